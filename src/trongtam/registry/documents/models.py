"""Number registers (sổ đăng ký văn bản), committee terms, and the documents issued from a cycle's data.

State bodies number from 01 on 01/01 within the calendar year (Nghị định 30/2020, one register per body and
year); Party bodies number continuously per document type within the committee term (Hướng dẫn 36-HD/VPTW).
A register row holds the last number used; allocation locks it, and a unique constraint on the issued numbers
is the last line of defence against two clerks getting the same number.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from trongtam.registry.cycles.models import Cycle
from trongtam.registry.organisations.models import Organisation


class Term(models.Model):
    """A committee term (nhiệm kỳ) of a Party body: from the day after one congress closes to the next."""

    organisation = models.ForeignKey(
        Organisation, verbose_name="cơ quan", on_delete=models.CASCADE, related_name="terms"
    )
    label = models.CharField("nhiệm kỳ", max_length=64, help_text="Ví dụ: 2020 - 2025.")
    start = models.DateField("từ ngày")
    end = models.DateField("đến ngày", null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "nhiệm kỳ"
        verbose_name_plural = "nhiệm kỳ"
        ordering = ["organisation", "start"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "start"], name="term_unique_start"),
            models.CheckConstraint(
                condition=models.Q(end__isnull=True) | models.Q(end__gte=models.F("start")),
                name="term_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation} — nhiệm kỳ {self.label}"


class RegisterScope(models.TextChoices):
    YEAR = "calendar_year", "Theo năm dương lịch (Nghị định 30/2020/NĐ-CP)"
    TERM = "type_within_term", "Theo loại văn bản trong nhiệm kỳ (Hướng dẫn 36-HD/VPTW)"


class DocumentRegister(models.Model):
    """One running sequence of numbers: a body's year (state) or a body's document type within a term (Party)."""

    organisation = models.ForeignKey(
        Organisation, verbose_name="cơ quan ban hành", on_delete=models.CASCADE, related_name="registers"
    )
    scope = models.CharField("cách đánh số", max_length=32, choices=RegisterScope.choices)
    year = models.PositiveIntegerField("năm", null=True, blank=True)
    term = models.ForeignKey(
        Term,
        verbose_name="nhiệm kỳ",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="registers",
    )
    doc_type = models.CharField(
        "loại văn bản", max_length=16, blank=True, help_text="Để trống khi đánh số chung mọi loại văn bản."
    )
    last_number = models.PositiveIntegerField("số cuối cùng đã cấp", default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "sổ đăng ký văn bản đi"
        verbose_name_plural = "sổ đăng ký văn bản đi"
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "scope", "year", "doc_type"],
                condition=models.Q(term__isnull=True),
                name="register_unique_year",
            ),
            models.UniqueConstraint(
                fields=["organisation", "scope", "term", "doc_type"],
                condition=models.Q(term__isnull=False),
                name="register_unique_term",
            ),
        ]

    def __str__(self) -> str:
        span = f"năm {self.year}" if self.year else f"nhiệm kỳ {self.term.label if self.term else ''}"
        kind = f" ({self.doc_type})" if self.doc_type else ""
        return f"{self.organisation} — {span}{kind}"


class DocumentKind(models.TextChoices):
    REGISTRATION = "registration", "Công văn đăng ký nhiệm vụ trọng tâm"
    TASK_LIST = "task_list", "Danh mục nhiệm vụ trọng tâm"
    PROGRESS = "progress", "Báo cáo kết quả thực hiện"
    ASSESSMENT = "assessment", "Báo cáo đánh giá cuối năm"
    REMINDER = "reminder", "Công văn đôn đốc"


class IssuedDocument(models.Model):
    """A document generated from the data and numbered from a register, kept as .docx (and .pdf once made)."""

    cycle = models.ForeignKey(
        Cycle, verbose_name="đợt", on_delete=models.CASCADE, related_name="issued_documents"
    )
    kind = models.CharField("loại", max_length=16, choices=DocumentKind.choices)
    issuer = models.ForeignKey(
        Organisation,
        verbose_name="cơ quan ban hành",
        on_delete=models.PROTECT,
        related_name="issued_documents",
    )
    unit = models.ForeignKey(
        Organisation,
        verbose_name="đơn vị liên quan",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="Đơn vị đăng ký hoặc báo cáo (văn bản của riêng một đơn vị).",
    )
    period = models.ForeignKey(
        "progress.Period",
        verbose_name="kỳ",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    register = models.ForeignKey(
        DocumentRegister, verbose_name="sổ", on_delete=models.PROTECT, related_name="documents"
    )
    number = models.PositiveIntegerField("số")
    symbol = models.CharField("ký hiệu", max_length=64)
    number_line = models.CharField("số, ký hiệu (như in)", max_length=128)
    issued_on = models.DateField("ngày ban hành")
    subject = models.CharField("trích yếu", max_length=500)
    profile = models.CharField("thể thức", max_length=32)
    docx = models.FileField("tệp .docx", upload_to="documents/%Y/")
    pdf = models.FileField("tệp .pdf", upload_to="documents/%Y/", blank=True)
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người tạo",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    request_key = models.CharField(
        "mã yêu cầu ban hành",
        max_length=64,
        blank=True,
        default="",
        help_text="Mã của lần bấm “Ban hành”: bấm lại hay bấm song song vẫn chỉ ra một văn bản.",
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = "văn bản đã ban hành"
        verbose_name_plural = "văn bản đã ban hành"
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["register", "number"], name="issued_number_unique"),
            models.UniqueConstraint(
                fields=["request_key"], condition=~models.Q(request_key=""), name="issued_request_key_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number_line} — {self.subject[:80]}"


class FormImport(models.Model):
    """An uploaded progress form waiting for confirmation after its dry run; applying it saves the values.

    The file is kept so the confirmation applies exactly what the dry run showed, with the entry versions the
    dry run read: a value changed by someone else in between makes the whole import fail, not overwrite it.
    """

    cycle = models.ForeignKey(Cycle, verbose_name="đợt", on_delete=models.CASCADE, related_name="+")
    period = models.ForeignKey(
        "progress.Period", verbose_name="kỳ", on_delete=models.CASCADE, related_name="+"
    )
    unit = models.ForeignKey(Organisation, verbose_name="đơn vị", on_delete=models.CASCADE, related_name="+")
    name = models.CharField("tên tệp", max_length=255)
    data = models.BinaryField("nội dung tệp")
    versions = models.JSONField("phiên bản số liệu lúc kiểm tra", default=dict)
    rows = models.JSONField("các dòng đã đọc lúc chạy thử", default=list, blank=True)
    created_at = models.DateTimeField("tải lên lúc", auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người tải lên",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    applied_at = models.DateTimeField("đã nhập lúc", null=True, blank=True)
    applied_rows = models.PositiveIntegerField("số dòng đã nhập", default=0)

    class Meta:
        verbose_name = "biểu mẫu tải lên"
        verbose_name_plural = "biểu mẫu tải lên"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.unit} — {self.period}: {self.name}"
