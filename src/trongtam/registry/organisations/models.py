"""Organisation and Membership: the bodies that register, approve and report, and their people."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords


class OrganisationKind(models.TextChoices):
    PARTY_COMMITTEE = "party_committee", "Cấp ủy (Tỉnh ủy, Huyện ủy, Đảng ủy)"
    STANDING_BOARD = "standing_board", "Ban Thường vụ"
    PARTY_AGENCY = "party_agency", "Ban, văn phòng của cấp ủy"
    COUNCIL = "council", "Hội đồng nhân dân"
    COUNCIL_STANDING = "council_standing", "Thường trực HĐND"
    PEOPLES_COMMITTEE = "peoples_committee", "Ủy ban nhân dân"
    STATE_AGENCY = "state_agency", "Cơ quan chuyên môn, đơn vị nhà nước"
    FRONT = "front", "Mặt trận Tổ quốc, đoàn thể"
    OTHER = "other", "Khác"


class OrganisationLevel(models.TextChoices):
    CENTRAL = "central", "Trung ương"
    PROVINCE = "province", "Tỉnh"
    DISTRICT = "district", "Huyện (đến 30/6/2025)"
    COMMUNE = "commune", "Xã, phường, đặc khu"


class DocumentFormat(models.TextChoices):
    STATE = "state", "Nhà nước (Nghị định 30/2020/NĐ-CP)"
    PARTY = "party", "Đảng (Hướng dẫn 36-HD/VPTW)"


class AreaKind(models.TextChoices):
    PROVINCE = "province", "Tỉnh"
    CITY = "city", "Thành phố trực thuộc trung ương"
    COMMUNE = "commune", "Xã"
    WARD = "ward", "Phường"
    SPECIAL_ZONE = "special_zone", "Đặc khu"


class AdministrativeUnit(models.Model):
    """A province or commune of the administrative map since 01/7/2025, under the statistics office's code."""

    code = models.CharField("mã số", max_length=8, unique=True, help_text="Mã của cơ quan thống kê.")
    name = models.CharField("tên", max_length=128)
    kind = models.CharField("loại", max_length=16, choices=AreaKind.choices)
    province = models.ForeignKey(
        "self",
        verbose_name="tỉnh, thành phố",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="communes",
    )
    valid_from = models.DateField("hiệu lực từ", null=True, blank=True)

    class Meta:
        verbose_name = "đơn vị hành chính"
        verbose_name_plural = "đơn vị hành chính"
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name


class Organisation(models.Model):
    name = models.CharField("tên", max_length=255)
    code = models.CharField(
        "ký hiệu viết tắt",
        max_length=32,
        help_text="Dùng trong số, ký hiệu văn bản: HU, TU, ĐU, HĐND, UBND…",
    )
    kind = models.CharField("loại", max_length=32, choices=OrganisationKind.choices)
    level = models.CharField("cấp", max_length=16, choices=OrganisationLevel.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name="trực thuộc",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    valid_from = models.DateField("hiệu lực từ", null=True, blank=True)
    valid_to = models.DateField("hiệu lực đến", null=True, blank=True)
    successors = models.ManyToManyField(
        "self",
        verbose_name="tổ chức kế thừa",
        symmetrical=False,
        blank=True,
        related_name="predecessors",
    )
    document_format = models.CharField(
        "thể thức văn bản", max_length=16, choices=DocumentFormat.choices, default=DocumentFormat.STATE
    )
    place_name = models.CharField(
        "địa danh", max_length=128, blank=True, help_text="Dùng ở dòng địa danh, ngày tháng."
    )
    email = models.EmailField("thư điện tử", blank=True)
    area = models.ForeignKey(
        AdministrativeUnit,
        verbose_name="địa bàn",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="organisations",
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = "cơ quan, tổ chức"
        verbose_name_plural = "cơ quan, tổ chức"
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(valid_to__isnull=True)
                | models.Q(valid_from__isnull=True)
                | models.Q(valid_to__gte=models.F("valid_from")),
                name="organisation_valid_range",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def is_active_on(self, day: date) -> bool:
        """True when the organisation existed on ``day``."""
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


class Role(models.TextChoices):
    ADMIN = "admin", "Quản trị"
    COORDINATOR = "coordinator", "Văn phòng điều phối"
    UNIT_STAFF = "unit_staff", "Cán bộ đơn vị"
    LEADER = "leader", "Lãnh đạo"
    INSPECTOR = "inspector", "Kiểm tra, giám sát"


class Membership(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người dùng",
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    organisation = models.ForeignKey(
        Organisation, verbose_name="cơ quan", on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField("vai trò", max_length=16, choices=Role.choices)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "thành viên"
        verbose_name_plural = "thành viên"
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation", "role"], name="membership_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.organisation} ({self.get_role_display()})"
