"""HandDown and Share (a province target assigned to its communes), SecretMark (a task, report or document
kept by reference only).

A HandDown belongs to one province target and says how the communes' figures roll back up: summed
(counts, amounts) or recomputed as a rate weighted by a declared base (households, population, pupils).
Each Share is one commune's part, linked to the Target created for it in the commune's own cycle.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from trongtam.registry.cycles.models import DECIMAL_PLACES, MAX_DIGITS, KeyTask, Target
from trongtam.registry.organisations.models import Organisation
from trongtam.registry.progress.models import Report


class RollupMethod(models.TextChoices):
    SUM = "sum", "Cộng số của các xã (số lượng, số tiền)"
    WEIGHTED = "weighted", "Tính lại tỷ lệ theo quyền số (số hộ, dân số, số học sinh…)"


class HandDown(models.Model):
    """A province target assigned to communes, and how their figures add back up to the province's."""

    target = models.OneToOneField(
        Target, verbose_name="chỉ tiêu của tỉnh", on_delete=models.CASCADE, related_name="hand_down"
    )
    method = models.CharField(
        "cách tổng hợp", max_length=16, choices=RollupMethod.choices, default=RollupMethod.SUM
    )
    base_label = models.CharField(
        "quyền số", max_length=64, blank=True, help_text="Ví dụ: số hộ, dân số, số học sinh."
    )
    created_at = models.DateTimeField("giao lúc", auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người giao",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = "giao chỉ tiêu cho xã"
        verbose_name_plural = "giao chỉ tiêu cho xã"

    def __str__(self) -> str:
        return f"{self.target} (giao cho xã)"


class ShareKind(models.TextChoices):
    VALUE = "value", "Giao số cụ thể"
    SAME = "same", "Như chỉ tiêu của tỉnh"


class ShareStatus(models.TextChoices):
    ASSIGNED = "assigned", "Đã giao"
    PROPOSED = "proposed", "Xã đề nghị mức khác"
    ACCEPTED = "accepted", "Đã chấp nhận đề nghị của xã"
    RETURNED = "returned", "Đề nghị bị trả lại"


class Share(models.Model):
    """One commune's part of a handed-down target."""

    hand_down = models.ForeignKey(
        HandDown, verbose_name="chỉ tiêu giao", on_delete=models.CASCADE, related_name="shares"
    )
    commune = models.ForeignKey(
        Organisation, verbose_name="xã, phường", on_delete=models.PROTECT, related_name="target_shares"
    )
    kind = models.CharField("cách giao", max_length=8, choices=ShareKind.choices, default=ShareKind.VALUE)
    value = models.DecimalField(
        "mức giao", null=True, blank=True, max_digits=MAX_DIGITS, decimal_places=DECIMAL_PLACES
    )
    base = models.DecimalField(
        "quyền số", null=True, blank=True, max_digits=MAX_DIGITS, decimal_places=DECIMAL_PLACES
    )
    commune_target = models.OneToOneField(
        Target,
        verbose_name="chỉ tiêu trong đợt của xã",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="handed_down_share",
    )
    status = models.CharField(
        "trạng thái", max_length=16, choices=ShareStatus.choices, default=ShareStatus.ASSIGNED
    )
    proposed_value = models.DecimalField(
        "mức xã đề nghị", null=True, blank=True, max_digits=MAX_DIGITS, decimal_places=DECIMAL_PLACES
    )
    proposed_reason = models.TextField("lý do đề nghị", blank=True)
    return_reason = models.TextField("lý do trả lại", blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "phần giao cho xã"
        verbose_name_plural = "phần giao cho xã"
        ordering = ["hand_down", "commune__name"]
        constraints = [
            models.UniqueConstraint(fields=["hand_down", "commune"], name="share_one_per_commune"),
            models.CheckConstraint(
                condition=models.Q(base__isnull=True) | models.Q(base__gt=0), name="share_base_positive"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.commune} — {self.hand_down.target}"


class Secrecy(models.TextChoices):
    SECRET = "mat", "Mật"
    TOP_SECRET = "toi_mat", "Tối mật"
    ULTRA_SECRET = "tuyet_mat", "Tuyệt mật"


class SecretMark(models.Model):
    """A task, report or issued document marked secret: trongtam keeps only its reference.

    Deliberately without history: the reference is all there is to keep.
    """

    key_task = models.OneToOneField(
        KeyTask,
        verbose_name="nhiệm vụ",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="secret",
    )
    report = models.OneToOneField(
        Report, verbose_name="báo cáo", null=True, blank=True, on_delete=models.CASCADE, related_name="secret"
    )
    document = models.OneToOneField(
        "documents.IssuedDocument",
        verbose_name="văn bản",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="secret",
    )
    level = models.CharField("độ mật", max_length=16, choices=Secrecy.choices)
    number = models.CharField("số, ký hiệu", max_length=128, blank=True)
    lead_unit = models.CharField("đơn vị chủ trì", max_length=500, blank=True)
    deadline = models.DateField("thời hạn", null=True, blank=True)
    status = models.CharField("trạng thái", max_length=128, blank=True)
    marked_at = models.DateTimeField("đánh dấu lúc", auto_now_add=True)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người đánh dấu",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = "tài liệu mật (chỉ lưu tham chiếu)"
        verbose_name_plural = "tài liệu mật (chỉ lưu tham chiếu)"
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(key_task__isnull=False, report__isnull=True, document__isnull=True)
                    | models.Q(key_task__isnull=True, report__isnull=False, document__isnull=True)
                    | models.Q(key_task__isnull=True, report__isnull=True, document__isnull=False)
                ),
                name="secret_mark_one_item",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_level_display()} — {self.number or self.pk}"
