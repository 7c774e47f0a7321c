"""Periods, unit reports and their entries, assessment records, reminders and in-app notices.

A Report is one unit's report for one period; it holds numeric entries (per target, estimate and
official kept side by side) and task entries (status and narrative for tasks without numbers).
Assessment records keep the computed status beside any override the office made, with history.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from trongtam.registry.cycles.models import DECIMAL_PLACES, MAX_DIGITS, Cycle, KeyTask, Target
from trongtam.registry.numbers import NumberField
from trongtam.registry.organisations.models import Organisation


class PeriodKind(models.TextChoices):
    MONTH = "month", "Tháng"
    QUARTER = "quarter", "Quý"
    HALF = "half", "6 tháng"
    NINE_MONTHS = "nine_months", "9 tháng"
    YEAR = "year", "Năm"


# Among periods closing on the same day, the longer one is listed (and preferred) last.
KIND_ORDER = {"month": 0, "quarter": 1, "half": 2, "nine_months": 3, "year": 4}


class Period(models.Model):
    cycle = models.ForeignKey(Cycle, verbose_name="đợt", on_delete=models.CASCADE, related_name="periods")
    kind = models.CharField("loại kỳ", max_length=16, choices=PeriodKind.choices)
    number = models.PositiveSmallIntegerField("số thứ tự trong năm", default=1)
    label = models.CharField("tên kỳ", max_length=64)
    start = models.DateField("từ ngày")
    end = models.DateField("chốt số liệu đến ngày")
    due = models.DateField("hạn gửi báo cáo")
    required = models.BooleanField(
        "đơn vị phải gửi báo cáo",
        default=True,
        help_text="Kỳ không bắt buộc vẫn nhận số liệu nếu đơn vị gửi.",
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = "kỳ báo cáo"
        verbose_name_plural = "kỳ báo cáo"
        ordering = ["cycle", "end", "kind"]
        constraints = [
            models.UniqueConstraint(fields=["cycle", "kind", "number"], name="period_unique"),
            models.CheckConstraint(condition=models.Q(end__gte=models.F("start")), name="period_range"),
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def month_index(self) -> int:
        """The month of the year the period closes on (1–12), used for run-rate projections."""
        if self.kind == PeriodKind.MONTH:
            return self.number
        if self.kind == PeriodKind.QUARTER:
            return 3 * self.number
        return {"half": 6, "nine_months": 9, "year": 12}[self.kind]


class Aggregation(models.TextChoices):
    INCREMENTAL = "incremental", "Số phát sinh từng kỳ, cộng dồn thành lũy kế"
    CUMULATIVE = "cumulative", "Số lũy kế từ đầu năm"
    RATE = "rate", "Tỷ lệ, mức (lấy số mới nhất)"


class TargetSetting(models.Model):
    """How progress on a target is added up, and a baseline supplied when registration had none."""

    target = models.OneToOneField(
        Target, verbose_name="chỉ tiêu", on_delete=models.CASCADE, related_name="progress_setting"
    )
    aggregation = models.CharField(
        "cách cộng dồn", max_length=16, choices=Aggregation.choices, default=Aggregation.INCREMENTAL
    )
    baseline = NumberField(
        "giá trị kỳ gốc (bổ sung)",
        null=True,
        blank=True,
        max_digits=MAX_DIGITS,
        decimal_places=DECIMAL_PLACES,
        help_text="Dùng khi chỉ tiêu tăng/giảm chưa ghi giá trị gốc lúc đăng ký.",
    )
    parts_group = models.CharField(
        "nhóm thành phần",
        max_length=64,
        blank=True,
        help_text=(
            "Các chỉ tiêu cùng nhiệm vụ có cùng nhóm là thành phần của một chỉ tiêu nhiều thành phần "
            "(ví dụ «giảm cả 3 tiêu chí»): chỉ đạt khi mọi thành phần đạt."
        ),
    )
    note = models.CharField("ghi chú", max_length=255, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "cấu hình theo dõi chỉ tiêu"
        verbose_name_plural = "cấu hình theo dõi chỉ tiêu"

    def __str__(self) -> str:
        return f"{self.target} ({self.get_aggregation_display()})"


class ReportStatus(models.TextChoices):
    DRAFT = "draft", "Đang nhập"
    SUBMITTED = "submitted", "Đã gửi"
    RETURNED = "returned", "Bị trả lại"
    ACCEPTED = "accepted", "Đã chấp nhận"


SECRET_LOCK_VI = (
    "Báo cáo này đã được đánh dấu {level}: trongtam chỉ lưu đơn vị, kỳ, hạn, trạng thái và độ mật, không lưu "
    "số liệu, nội dung hay tệp của báo cáo mật, nên không nhập hay sửa được số liệu (kể cả bằng biểu mẫu "
    "bảng tính hay API). Hãy quản lý số liệu này theo chế độ bảo vệ bí mật nhà nước, trên máy không kết nối "
    "Internet."
)


class Report(models.Model):
    period = models.ForeignKey(Period, verbose_name="kỳ", on_delete=models.CASCADE, related_name="reports")
    unit = models.ForeignKey(
        Organisation, verbose_name="đơn vị", on_delete=models.PROTECT, related_name="progress_reports"
    )
    status = models.CharField(
        "trạng thái", max_length=16, choices=ReportStatus.choices, default=ReportStatus.DRAFT
    )
    first_submitted_at = models.DateTimeField("gửi lần đầu lúc", null=True, blank=True)
    submitted_at = models.DateTimeField("gửi lúc", null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người gửi",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    return_reason = models.TextField("lý do trả lại", blank=True)
    reviewed_at = models.DateTimeField("xem xét lúc", null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người xem xét",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_demo = models.BooleanField("dữ liệu minh họa", default=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "báo cáo tiến độ"
        verbose_name_plural = "báo cáo tiến độ"
        ordering = ["period__end", "unit__name"]
        constraints = [models.UniqueConstraint(fields=["period", "unit"], name="report_unique")]

    def __str__(self) -> str:
        return f"{self.unit} — {self.period}"

    @property
    def lock_reason_vi(self) -> str | None:
        """Why the unit cannot change this report's values now, or None while it can (draft or returned).

        The one rule for "is this report editable": the services, the form import and the pages all ask it.
        A report marked secret (``cascade.SecretMark``, reverse ``secret``) takes no figure by any path.
        """
        mark = getattr(self, "secret", None) if self.pk is not None else None
        if mark is not None:
            return SECRET_LOCK_VI.format(level=mark.get_level_display().upper())
        if self.status == ReportStatus.ACCEPTED:
            return "Báo cáo kỳ này đã được chấp nhận: số liệu đã khóa, không sửa hay nhập thêm được."
        if self.status == ReportStatus.SUBMITTED:
            return "Báo cáo kỳ này đã gửi, đang chờ xem xét: chỉ sửa hay nhập được khi bị trả lại."
        return None

    @property
    def editable(self) -> bool:
        return self.lock_reason_vi is None


class EntryKind(models.TextChoices):
    ESTIMATE = "estimate", "Ước thực hiện"
    OFFICIAL = "official", "Chính thức"


class Entry(models.Model):
    """One value of one target in one report; an official value sits beside the estimate it replaces."""

    report = models.ForeignKey(
        Report, verbose_name="báo cáo", on_delete=models.CASCADE, related_name="entries"
    )
    target = models.ForeignKey(
        Target, verbose_name="chỉ tiêu", on_delete=models.CASCADE, related_name="progress_entries"
    )
    kind = models.CharField(
        "loại số liệu", max_length=16, choices=EntryKind.choices, default=EntryKind.ESTIMATE
    )
    value = NumberField(
        "giá trị", null=True, blank=True, max_digits=MAX_DIGITS, decimal_places=DECIMAL_PLACES
    )
    note = models.TextField("ghi chú", blank=True)
    explanation = models.TextField("giải trình", blank=True)
    explanation_requested = models.BooleanField("được yêu cầu giải trình", default=False)
    explanation_request = models.TextField("nội dung yêu cầu giải trình", blank=True)
    version = models.PositiveIntegerField("phiên bản", default=1)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người cập nhật",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = "số liệu chỉ tiêu"
        verbose_name_plural = "số liệu chỉ tiêu"
        ordering = ["report", "target__key_task__order", "target__order", "kind"]
        constraints = [models.UniqueConstraint(fields=["report", "target", "kind"], name="entry_unique")]

    def __str__(self) -> str:
        return f"{self.target} — {self.report.period}: {self.value}"


class TaskProgress(models.TextChoices):
    NOT_STARTED = "not_started", "Chưa triển khai"
    IN_PROGRESS = "in_progress", "Đang thực hiện"
    DONE = "done", "Đã hoàn thành"
    NOT_DONE = "not_done", "Không hoàn thành"


class TaskEntry(models.Model):
    """The status and narrative of a task (chiefly one without numbers) in one report."""

    report = models.ForeignKey(
        Report, verbose_name="báo cáo", on_delete=models.CASCADE, related_name="task_entries"
    )
    key_task = models.ForeignKey(
        KeyTask, verbose_name="nhiệm vụ", on_delete=models.CASCADE, related_name="progress_entries"
    )
    status = models.CharField(
        "tình hình thực hiện", max_length=16, choices=TaskProgress.choices, default=TaskProgress.IN_PROGRESS
    )
    done_on = models.DateField("hoàn thành ngày", null=True, blank=True)
    narrative = models.TextField("kết quả thực hiện", blank=True)
    explanation = models.TextField("giải trình", blank=True)
    version = models.PositiveIntegerField("phiên bản", default=1)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "tình hình nhiệm vụ"
        verbose_name_plural = "tình hình nhiệm vụ"
        constraints = [models.UniqueConstraint(fields=["report", "key_task"], name="task_entry_unique")]

    def __str__(self) -> str:
        return f"{self.key_task} — {self.report.period}"


class Evidence(models.Model):
    report = models.ForeignKey(
        Report, verbose_name="báo cáo", on_delete=models.CASCADE, related_name="evidence"
    )
    target = models.ForeignKey(
        Target, verbose_name="chỉ tiêu", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    file = models.FileField("tệp minh chứng", upload_to="progress/evidence/%Y/")
    name = models.CharField("tên tệp", max_length=255)
    uploaded_at = models.DateTimeField("tải lên lúc", auto_now_add=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người tải lên",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = "minh chứng"
        verbose_name_plural = "minh chứng"

    def __str__(self) -> str:
        return self.name


class TargetStatus(models.TextChoices):
    EXCEEDED = "exceeded", "Vượt"
    MET = "met", "Đạt"
    RIGHT_DIRECTION = "right_direction", "Đúng hướng"
    MISSED = "missed", "Không đạt"
    NO_DATA = "no_data", "Chưa đánh giá"


class TaskStatus(models.TextChoices):
    COMPLETED_CLEAR = "completed_clear", "Hoàn thành có kết quả rõ nét"
    COMPLETED = "completed", "Hoàn thành"
    NOT_COMPLETED = "not_completed", "Không hoàn thành"
    NO_DATA = "no_data", "Chưa đánh giá"


class Timeliness(models.TextChoices):
    ON_TIME = "on_time", "Đúng hạn"
    LATE = "late", "Trễ hạn"
    NOT_YET_DUE = "not_yet_due", "Chưa đến hạn"
    OVERDUE = "overdue", "Quá hạn"


class _Override(models.Model):
    overridden = models.BooleanField("đã điều chỉnh", default=False)
    override_reason = models.TextField("lý do điều chỉnh", blank=True)
    overridden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người điều chỉnh",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    ruleset = models.CharField("bộ quy tắc", max_length=128)
    assessed_at = models.DateTimeField("đánh giá lúc", auto_now=True)

    class Meta:
        abstract = True


class TargetAssessment(_Override):
    period = models.ForeignKey(
        Period, verbose_name="kỳ", on_delete=models.CASCADE, related_name="target_assessments"
    )
    target = models.ForeignKey(
        Target, verbose_name="chỉ tiêu", on_delete=models.CASCADE, related_name="assessments"
    )
    actual = NumberField(
        "số thực hiện", null=True, blank=True, max_digits=MAX_DIGITS, decimal_places=DECIMAL_PLACES
    )
    computed_status = models.CharField("trạng thái tính được", max_length=16, choices=TargetStatus.choices)
    computed_percent = NumberField(
        "% tính được", null=True, blank=True, max_digits=MAX_DIGITS, decimal_places=DECIMAL_PLACES
    )
    status = models.CharField("trạng thái", max_length=16, choices=TargetStatus.choices)
    percent = NumberField(
        "% thực hiện", null=True, blank=True, max_digits=MAX_DIGITS, decimal_places=DECIMAL_PLACES
    )
    note = models.TextField("ghi chú", blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "đánh giá chỉ tiêu"
        verbose_name_plural = "đánh giá chỉ tiêu"
        constraints = [models.UniqueConstraint(fields=["period", "target"], name="target_assessment_unique")]

    def __str__(self) -> str:
        return f"{self.target} — {self.period}: {self.get_status_display()}"


class TaskAssessment(_Override):
    period = models.ForeignKey(
        Period, verbose_name="kỳ", on_delete=models.CASCADE, related_name="task_assessments"
    )
    key_task = models.ForeignKey(
        KeyTask, verbose_name="nhiệm vụ", on_delete=models.CASCADE, related_name="assessments"
    )
    judgement = models.CharField(
        "nhận định của cơ quan theo dõi",
        max_length=16,
        choices=TaskStatus.choices,
        blank=True,
        help_text="Dùng cho nhiệm vụ không có chỉ tiêu định lượng.",
    )
    computed_status = models.CharField("trạng thái tính được", max_length=16, choices=TaskStatus.choices)
    status = models.CharField("trạng thái", max_length=16, choices=TaskStatus.choices)
    timeliness = models.CharField("tiến độ", max_length=16, choices=Timeliness.choices)
    note = models.TextField("ghi chú", blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "đánh giá nhiệm vụ"
        verbose_name_plural = "đánh giá nhiệm vụ"
        constraints = [models.UniqueConstraint(fields=["period", "key_task"], name="task_assessment_unique")]

    def __str__(self) -> str:
        return f"{self.key_task} — {self.period}: {self.get_status_display()}"


class BodyAssessment(_Override):
    period = models.ForeignKey(
        Period, verbose_name="kỳ", on_delete=models.CASCADE, related_name="body_assessments"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name="cơ quan, đơn vị",
        on_delete=models.CASCADE,
        related_name="body_assessments",
    )
    computed_level = models.CharField("mức tính được", max_length=16)
    level = models.CharField("mức xếp loại", max_length=16)
    label = models.CharField("tên mức", max_length=128)
    points = NumberField("điểm", max_digits=8, decimal_places=2)
    reasons = models.TextField("căn cứ", blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "đánh giá cơ quan, đơn vị"
        verbose_name_plural = "đánh giá cơ quan, đơn vị"
        constraints = [
            models.UniqueConstraint(fields=["period", "organisation"], name="body_assessment_unique")
        ]

    def __str__(self) -> str:
        return f"{self.organisation} — {self.period}: {self.label}"


class ReminderLevel(models.TextChoices):
    UNIT = "unit", "Đầu mối đơn vị"
    ADMIN = "admin", "Quản trị đơn vị"
    OFFICE = "office", "Cơ quan tham mưu, tổng hợp"


class ReminderLog(models.Model):
    """One reminder about one unit's report for one period, at most one a day (idempotence)."""

    period = models.ForeignKey(Period, verbose_name="kỳ", on_delete=models.CASCADE, related_name="reminders")
    unit = models.ForeignKey(Organisation, verbose_name="đơn vị", on_delete=models.CASCADE, related_name="+")
    sent_on = models.DateField("ngày nhắc")
    level = models.CharField("cấp nhận", max_length=16, choices=ReminderLevel.choices)
    recipients = models.TextField("người nhận", blank=True)
    days_to_due = models.IntegerField("số ngày đến hạn (âm: đã quá hạn)")

    class Meta:
        verbose_name = "lần nhắc"
        verbose_name_plural = "lần nhắc"
        constraints = [
            models.UniqueConstraint(fields=["period", "unit", "sent_on"], name="reminder_once_a_day")
        ]

    def __str__(self) -> str:
        return f"{self.unit} — {self.period} ({self.sent_on})"


class CycleStamp(models.Model):
    """A cycle's change stamp, kept by database triggers (migration 0003), never written by the app.

    Every insert, update or delete of a row that a cycle's dashboard or report page reads (the cycle, its
    fields, proposals, tasks, lead units, targets, settings, periods, reports, values, task statuses and
    stored assessments) moves ``token`` to a new random value for that cycle — by trigger, so bulk
    writes, ``QuerySet.update()`` and ``COPY`` are covered as well as ``save()``. Organisations, which every
    cycle shows by name, stamp the row ``cycle_id = 0``. Pages cache what they computed from a cycle under
    its stamp (``datacache``) and recompute as soon as it moves. ``structure_token`` moves only with the
    cycle's tasks, targets and periods, so that a save recomputes the values alone (``datacache``).
    """

    derived_by_triggers = True  # not backed up: restoring the other tables writes it again (backup.py)

    cycle_id = models.BigIntegerField("đợt (0: mọi đợt)", primary_key=True)
    n = models.BigIntegerField("số lần thay đổi", default=0)
    token = models.CharField("dấu thay đổi", max_length=32)
    #: Moved only by writes to the cycle's structure — its row, fields, proposals, tasks and their units,
    #: targets, target settings and periods (migration 0008) — never by a unit's values or reports.
    structure_token = models.CharField("dấu thay đổi cấu trúc", max_length=32, default="", db_default="")

    class Meta:
        verbose_name = "dấu thay đổi của đợt"
        verbose_name_plural = "dấu thay đổi của đợt"

    def __str__(self) -> str:
        return f"{self.cycle_id}: {self.n}"
