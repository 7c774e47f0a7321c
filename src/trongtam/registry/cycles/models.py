"""Cycle, Proposal, Field, KeyTask and Target: one year's key tasks of a body, as registered.

Periods, progress entries and assessments live in their own app and point at Target and KeyTask.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from trongtam.registry.numbers import NumberField
from trongtam.registry.organisations.models import Organisation

MAX_DIGITS, DECIMAL_PLACES = 24, 6


class CycleStatus(models.TextChoices):
    DRAFT = "draft", "Đang chuẩn bị"
    OPEN = "open", "Đang nhận đề xuất"
    CONSOLIDATING = "consolidating", "Đang tổng hợp"
    SENT = "sent", "Chờ lãnh đạo phê duyệt"
    APPROVED = "approved", "Đã phê duyệt"
    ADJUSTING = "adjusting", "Đang điều chỉnh"
    CLOSED = "closed", "Đã kết thúc"


class Numbering(models.TextChoices):
    PER_FIELD = "per_field", "Đánh số lại từ 1 trong mỗi lĩnh vực (như công văn mẫu)"
    CONTINUOUS = "continuous", "Đánh số liên tục qua các lĩnh vực"


class Cycle(models.Model):
    owner = models.ForeignKey(
        Organisation,
        verbose_name="cơ quan có nhiệm vụ",
        on_delete=models.PROTECT,
        related_name="cycles",
        help_text="Cơ quan mà các nhiệm vụ trọng tâm thuộc về, ví dụ Ban Thường vụ Huyện ủy.",
    )
    office = models.ForeignKey(
        Organisation,
        verbose_name="cơ quan tham mưu, tổng hợp",
        on_delete=models.PROTECT,
        related_name="coordinated_cycles",
        null=True,
        blank=True,
    )
    year = models.PositiveIntegerField("năm")
    title = models.CharField("tên đợt", max_length=255)
    request_number = models.CharField("số công văn đề nghị", max_length=32, blank=True)
    request_symbol = models.CharField("ký hiệu", max_length=64, blank=True)
    request_date = models.DateField("ngày công văn", null=True, blank=True)
    request_issuer = models.ForeignKey(
        Organisation,
        verbose_name="cơ quan ban hành công văn",
        on_delete=models.PROTECT,
        related_name="issued_requests",
        null=True,
        blank=True,
    )
    request_subject = models.CharField("trích yếu", max_length=500, blank=True)
    request_file = models.FileField("tệp công văn", upload_to="requests/%Y/", blank=True)
    invited_units = models.ManyToManyField(
        Organisation, verbose_name="đơn vị được đề nghị", related_name="invited_cycles", blank=True
    )
    proposal_deadline = models.DateField("hạn đề xuất", null=True, blank=True)
    ruleset = models.CharField("bộ quy tắc đánh giá", max_length=128, blank=True)
    status = models.CharField(
        "trạng thái", max_length=16, choices=CycleStatus.choices, default=CycleStatus.DRAFT
    )
    extra_reason = models.TextField(
        "lý do mở thêm đợt",
        blank=True,
        help_text="Bắt buộc khi cơ quan đã có đợt đăng ký cùng năm.",
    )
    numbering = models.CharField(
        "cách đánh số nhiệm vụ khi phê duyệt",
        max_length=16,
        choices=Numbering.choices,
        default=Numbering.PER_FIELD,
    )
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "đợt đăng ký"
        verbose_name_plural = "đợt đăng ký"
        ordering = ["-year", "owner__name"]

    def __str__(self) -> str:
        return self.title

    @property
    def request_reference(self) -> str:
        """The request letter as written in a document: "1292-CV/HU"."""
        if not self.request_number and not self.request_symbol:
            return ""
        sep = "-" if self.owner.document_format == "party" else "/"
        return f"{self.request_number}{sep}{self.request_symbol}".strip(sep)


class ProposalStatus(models.TextChoices):
    DRAFT = "draft", "Bản nháp"
    SUBMITTED = "submitted", "Đã gửi"
    RETURNED = "returned", "Bị trả lại"


class Proposal(models.Model):
    cycle = models.ForeignKey(Cycle, verbose_name="đợt", on_delete=models.CASCADE, related_name="proposals")
    unit = models.ForeignKey(
        Organisation, verbose_name="đơn vị đề xuất", on_delete=models.PROTECT, related_name="proposals"
    )
    letter_number = models.CharField("số văn bản", max_length=32, blank=True)
    letter_symbol = models.CharField("ký hiệu", max_length=64, blank=True)
    letter_date = models.DateField("ngày văn bản", null=True, blank=True)
    place = models.CharField("địa danh", max_length=128, blank=True)
    subject = models.CharField("trích yếu", max_length=500, blank=True)
    recipients = models.TextField("kính gửi", blank=True)
    distribution = models.TextField("nơi nhận", blank=True)
    signer_authority = models.CharField("thẩm quyền ký", max_length=255, blank=True)
    signer_title = models.CharField("chức vụ người ký", max_length=255, blank=True)
    signer_name = models.CharField("người ký", max_length=255, blank=True)
    preamble = models.TextField("phần mở đầu", blank=True)
    source_file = models.FileField("tệp gốc", upload_to="proposals/%Y/", blank=True)
    source_name = models.CharField("tên tệp gốc", max_length=255, blank=True)
    source_text = models.TextField("văn bản gốc (đã đọc)", blank=True)
    # What the reader did to the file before reading it: legacy encoding converted, pages read by OCR.
    reading_notes = models.TextField("ghi chú khi đọc tệp", blank=True)
    status = models.CharField(
        "trạng thái", max_length=16, choices=ProposalStatus.choices, default=ProposalStatus.DRAFT
    )
    returned_reason = models.TextField("lý do trả lại", blank=True)
    submitted_at = models.DateTimeField("gửi lúc", null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="người gửi", null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "đề xuất"
        verbose_name_plural = "đề xuất"
        ordering = ["cycle", "unit__name"]
        # One proposal per unit and cycle: two simultaneous uploads must not create two.
        constraints = [models.UniqueConstraint(fields=["cycle", "unit"], name="proposal_one_per_unit")]

    def __str__(self) -> str:
        return f"{self.unit} — {self.cycle}"


class Field(models.Model):
    """A field (lĩnh vực) such as "Kinh tế - xã hội"; tasks are grouped and numbered within it."""

    cycle = models.ForeignKey(Cycle, verbose_name="đợt", on_delete=models.CASCADE, related_name="fields")
    number = models.CharField("số thứ tự", max_length=16, blank=True)
    title = models.CharField("tên lĩnh vực", max_length=255)
    order = models.PositiveIntegerField("thứ tự", default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "lĩnh vực"
        verbose_name_plural = "lĩnh vực"
        ordering = ["cycle", "order"]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}" if self.number else self.title


class KeyTask(models.Model):
    cycle = models.ForeignKey(Cycle, verbose_name="đợt", on_delete=models.CASCADE, related_name="key_tasks")
    field = models.ForeignKey(
        Field,
        verbose_name="lĩnh vực",
        on_delete=models.PROTECT,
        related_name="key_tasks",
        null=True,
        blank=True,
    )
    proposal = models.ForeignKey(
        Proposal,
        verbose_name="đề xuất",
        on_delete=models.SET_NULL,
        related_name="key_tasks",
        null=True,
        blank=True,
    )
    parent = models.ForeignKey(
        "self",
        verbose_name="nhiệm vụ cha",
        on_delete=models.CASCADE,
        related_name="children",
        null=True,
        blank=True,
    )
    number = models.CharField("số thứ tự (như văn bản)", max_length=16, blank=True)
    order = models.PositiveIntegerField("thứ tự", default=0)
    text = models.TextField("nội dung")
    lead_units = models.ManyToManyField(
        Organisation, verbose_name="đơn vị chủ trì", related_name="led_tasks", blank=True
    )
    coordinating_units = models.ManyToManyField(
        Organisation, verbose_name="đơn vị phối hợp", related_name="coordinated_tasks", blank=True
    )
    lead_text = models.CharField("chủ trì (như văn bản)", max_length=500, blank=True)
    coordinating_text = models.CharField("phối hợp (như văn bản)", max_length=500, blank=True)
    deadline = models.DateField("thời hạn", null=True, blank=True)
    deadline_text = models.CharField("thời hạn (như văn bản)", max_length=128, blank=True)
    places = models.CharField("địa bàn", max_length=500, blank=True)
    needs_check = models.BooleanField("cần kiểm tra (OCR đọc chưa chắc)", default=False)
    source_start = models.PositiveIntegerField("vị trí bắt đầu trong văn bản gốc", null=True, blank=True)
    source_end = models.PositiveIntegerField("vị trí kết thúc", null=True, blank=True)
    sources = models.ManyToManyField(
        "self",
        verbose_name="nhiệm vụ đề xuất được tổng hợp",
        symmetrical=False,
        related_name="consolidated_into",
        blank=True,
    )
    version = models.PositiveIntegerField("phiên bản", default=1)
    carried_from = models.ForeignKey(
        "self",
        verbose_name="chuyển tiếp từ",
        on_delete=models.SET_NULL,
        related_name="carried_into",
        null=True,
        blank=True,
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = "nhiệm vụ trọng tâm"
        verbose_name_plural = "nhiệm vụ trọng tâm"
        ordering = ["cycle", "field__order", "order"]
        indexes = [models.Index(fields=["cycle", "order"])]

    def __str__(self) -> str:
        return f"{self.number}. {self.text[:80]}" if self.number else self.text[:80]


class Op(models.TextChoices):
    GE = ">=", "từ … trở lên (≥)"
    GT = ">", "trên (>)"
    LE = "<=", "không quá (≤)"
    LT = "<", "dưới (<)"
    EQ = "=", "bằng (=)"
    APPROX = "~", "khoảng (≈)"
    RANGE = "range", "từ … đến …"


class Change(models.TextChoices):
    LEVEL = "level", "mức đạt"
    INCREASE = "increase", "tăng"
    DECREASE = "decrease", "giảm"


class Basis(models.TextChoices):
    NONE = "", "—"
    POINTS = "points", "điểm phần trăm"
    RELATIVE = "relative", "phần trăm tương đối"


class Ref(models.TextChoices):
    NONE = "", "—"
    PLAN = "plan", "kế hoạch"
    PREVIOUS_YEAR = "previous_year", "năm trước"
    SAME_PERIOD = "same_period", "cùng kỳ"


class Direction(models.TextChoices):
    HIGHER = "higher", "càng cao càng tốt"
    LOWER = "lower", "càng thấp càng tốt"
    EXACT = "exact", "đúng giá trị"


class Target(models.Model):
    key_task = models.ForeignKey(
        KeyTask, verbose_name="nhiệm vụ", on_delete=models.CASCADE, related_name="targets"
    )
    order = models.PositiveIntegerField("thứ tự", default=0)
    indicator = models.CharField("chỉ tiêu", max_length=500)
    op = models.CharField("so sánh", max_length=8, choices=Op.choices, default=Op.GE)
    value = NumberField(
        "giá trị", null=True, blank=True, max_digits=MAX_DIGITS, decimal_places=DECIMAL_PLACES
    )
    value_max = NumberField(
        "giá trị tối đa (khoảng)", null=True, blank=True, max_digits=MAX_DIGITS, decimal_places=DECIMAL_PLACES
    )
    unit = models.CharField("đơn vị tính", max_length=64, blank=True)
    change = models.CharField("loại", max_length=16, choices=Change.choices, default=Change.LEVEL)
    basis = models.CharField(
        "cách tính mức thay đổi", max_length=16, choices=Basis.choices, blank=True, default=""
    )
    baseline = NumberField(
        "giá trị gốc", null=True, blank=True, max_digits=MAX_DIGITS, decimal_places=DECIMAL_PLACES
    )
    baseline_period = models.CharField("kỳ gốc", max_length=64, blank=True)
    ref = models.CharField("so với", max_length=16, choices=Ref.choices, blank=True, default="")
    direction = models.CharField(
        "chiều đánh giá", max_length=8, choices=Direction.choices, default=Direction.HIGHER
    )
    period = models.CharField("thời điểm, kỳ", max_length=64, blank=True)
    deadline = models.DateField("thời hạn", null=True, blank=True)
    is_main = models.BooleanField("chỉ tiêu chủ yếu", default=False)
    source_start = models.PositiveIntegerField("vị trí bắt đầu", null=True, blank=True)
    source_end = models.PositiveIntegerField("vị trí kết thúc", null=True, blank=True)
    quote = models.TextField("trích dẫn", blank=True)
    sources = models.ManyToManyField(
        "self",
        verbose_name="chỉ tiêu đề xuất được tổng hợp",
        symmetrical=False,
        related_name="consolidated_into",
        blank=True,
    )
    version = models.PositiveIntegerField("phiên bản", default=1)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "chỉ tiêu"
        verbose_name_plural = "chỉ tiêu"
        ordering = ["key_task", "order"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(op="range") | models.Q(value_max__isnull=False),
                name="target_range_has_max",
            ),
        ]

    def __str__(self) -> str:
        return self.indicator


class ValueChoice(models.Model):
    """The office's choice between different values that units proposed for one indicator."""

    target = models.ForeignKey(
        Target, verbose_name="chỉ tiêu", on_delete=models.CASCADE, related_name="value_choices"
    )
    alternatives = models.JSONField("các phương án", default=list)
    chosen_value = NumberField(
        "giá trị được chọn", null=True, blank=True, max_digits=MAX_DIGITS, decimal_places=DECIMAL_PLACES
    )
    note = models.TextField("ghi chú", blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="người chọn", null=True, blank=True, on_delete=models.SET_NULL
    )
    decided_at = models.DateTimeField("chọn lúc", null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "lựa chọn giá trị"
        verbose_name_plural = "lựa chọn giá trị"

    def __str__(self) -> str:
        return f"{self.target} — {self.note or 'chưa chọn'}"


class ApprovedVersion(models.Model):
    """A snapshot of the list as approved; later adjustments add versions and keep the earlier ones."""

    cycle = models.ForeignKey(
        Cycle, verbose_name="đợt", on_delete=models.CASCADE, related_name="approved_versions"
    )
    number = models.PositiveIntegerField("lần phê duyệt")
    approved_at = models.DateTimeField("phê duyệt lúc")
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="người phê duyệt", null=True, on_delete=models.SET_NULL
    )
    reason = models.TextField("lý do điều chỉnh", blank=True)
    snapshot = models.JSONField("danh mục")

    class Meta:
        verbose_name = "bản phê duyệt"
        verbose_name_plural = "bản phê duyệt"
        ordering = ["cycle", "number"]
        constraints = [models.UniqueConstraint(fields=["cycle", "number"], name="approved_version_unique")]

    def __str__(self) -> str:
        return f"{self.cycle} — lần {self.number}"


class Reminder(models.Model):
    """A reminder sent to a unit that had not proposed by the deadline."""

    cycle = models.ForeignKey(Cycle, verbose_name="đợt", on_delete=models.CASCADE, related_name="reminders")
    unit = models.ForeignKey(Organisation, verbose_name="đơn vị", on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField("gửi lúc", auto_now_add=True)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="người gửi", null=True, on_delete=models.SET_NULL
    )
    recipients = models.TextField("người nhận", blank=True)

    class Meta:
        verbose_name = "nhắc nhở"
        verbose_name_plural = "nhắc nhở"
        ordering = ["-sent_at"]

    def __str__(self) -> str:
        return f"{self.unit} — {self.cycle}"
