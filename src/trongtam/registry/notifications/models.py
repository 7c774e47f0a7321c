"""A notification to one person, and each person's choice of channels."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords


class Kind(models.TextChoices):
    CYCLE_OPENED = "cycle_opened", "Mở đợt đăng ký"
    PROPOSAL_SUBMITTED = "proposal_submitted", "Đơn vị gửi đề xuất"
    PROPOSAL_RETURNED = "proposal_returned", "Đề xuất bị trả lại"
    LIST_SENT = "list_sent", "Danh mục chờ phê duyệt"
    LIST_APPROVED = "list_approved", "Danh mục đã phê duyệt"
    REPORT_SUBMITTED = "report_submitted", "Đơn vị gửi báo cáo tiến độ"
    REPORT_RETURNED = "report_returned", "Báo cáo bị trả lại"
    REPORT_ACCEPTED = "report_accepted", "Báo cáo được chấp nhận"
    EXPLANATION_REQUESTED = "explanation_requested", "Đề nghị giải trình"
    REMINDER = "reminder", "Nhắc hạn báo cáo"


class Notification(models.Model):
    """One message to one person: ephemeral, only ever marked read (no history)."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người nhận",
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    kind = models.CharField("loại", max_length=32, choices=Kind.choices)
    text = models.TextField("nội dung")
    link = models.CharField("đường dẫn", max_length=500, blank=True)
    created = models.DateTimeField("tạo lúc", auto_now_add=True)
    read_at = models.DateTimeField("đọc lúc", null=True, blank=True)

    class Meta:
        verbose_name = "thông báo"
        verbose_name_plural = "thông báo"
        ordering = ["-created", "-id"]
        indexes = [models.Index(fields=["recipient", "read_at"], name="notification_unread")]

    def __str__(self) -> str:
        return self.text[:80]


class Preference(models.Model):
    """Which channels a person is told on; without a row: in the app yes, by e-mail if they have an address."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name="người dùng",
        on_delete=models.CASCADE,
        related_name="notification_preference",
    )
    in_app = models.BooleanField("nhận thông báo trong ứng dụng", default=True)
    email = models.BooleanField("nhận thông báo qua thư điện tử", default=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "cài đặt thông báo"
        verbose_name_plural = "cài đặt thông báo"

    def __str__(self) -> str:
        return (
            f"{self.user}: ứng dụng {'có' if self.in_app else 'không'}, thư {'có' if self.email else 'không'}"
        )
