"""Oversight relations between organisations, remarks (kiến nghị) with their answers, and the read log."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords


class OversightRelation(models.Model):
    """``overseer`` (e.g. an inspection committee) reads everything of ``overseen`` between the dates."""

    overseer = models.ForeignKey(
        "organisations.Organisation",
        verbose_name="cơ quan kiểm tra, giám sát",
        on_delete=models.CASCADE,
        related_name="oversees",
    )
    overseen = models.ForeignKey(
        "organisations.Organisation",
        verbose_name="cơ quan chịu kiểm tra, giám sát",
        on_delete=models.CASCADE,
        related_name="overseen_by",
    )
    valid_from = models.DateField("hiệu lực từ", null=True, blank=True)
    valid_to = models.DateField("hiệu lực đến", null=True, blank=True)
    note = models.CharField("căn cứ", max_length=255, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "quan hệ kiểm tra, giám sát"
        verbose_name_plural = "quan hệ kiểm tra, giám sát"
        constraints = [
            models.UniqueConstraint(
                fields=["overseer", "overseen", "valid_from"], name="oversight_relation_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(valid_to__isnull=True)
                | models.Q(valid_from__isnull=True)
                | models.Q(valid_to__gte=models.F("valid_from")),
                name="oversight_relation_valid_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.overseer} → {self.overseen}"

    def is_active_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


class RemarkSubject(models.TextChoices):
    TASK = "task", "Nhiệm vụ"
    TARGET = "target", "Chỉ tiêu"
    REPORT = "report", "Báo cáo"


class Remark(models.Model):
    """A recorded remark (kiến nghị) of an overseer on a task, target or report, and the body's answer."""

    cycle = models.ForeignKey("cycles.Cycle", verbose_name="đợt", on_delete=models.CASCADE, related_name="+")
    subject = models.CharField("về", max_length=16, choices=RemarkSubject.choices)
    key_task = models.ForeignKey(
        "cycles.KeyTask",
        verbose_name="nhiệm vụ",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    target = models.ForeignKey(
        "cycles.Target",
        verbose_name="chỉ tiêu",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    report = models.ForeignKey(
        "progress.Report",
        verbose_name="báo cáo",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    overseer = models.ForeignKey(
        "organisations.Organisation",
        verbose_name="cơ quan kiến nghị",
        on_delete=models.PROTECT,
        related_name="+",
    )
    text = models.TextField("nội dung kiến nghị")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="người kiến nghị", on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField("kiến nghị lúc", auto_now_add=True)
    answer = models.TextField("trả lời", blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người trả lời",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    answered_at = models.DateTimeField("trả lời lúc", null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "kiến nghị"
        verbose_name_plural = "kiến nghị"
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["cycle", "answered_at"], name="remark_cycle_answered")]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def answered(self) -> bool:
        return self.answered_at is not None


class ReadLog(models.Model):
    """One read made by an overseer: who, what (the path and the cycle), when. Never edited."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="người đọc", on_delete=models.PROTECT, related_name="+"
    )
    path = models.CharField("địa chỉ", max_length=500)
    cycle_id = models.BigIntegerField("đợt", null=True, blank=True)
    view = models.CharField("trang", max_length=100, blank=True)
    status = models.PositiveSmallIntegerField("mã trả lời")
    at = models.DateTimeField("lúc", auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = "nhật ký đọc"
        verbose_name_plural = "nhật ký đọc"
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.user} {self.path}"
