"""Job: what a user asked to run in the background, its progress, and its result or a Vietnamese error."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Job(models.Model):
    class Kind(models.TextChoices):
        DOCUMENT_PDF = "document_pdf", "Chuyển văn bản sang PDF"
        PROPOSAL_IMPORT = "proposal_import", "Đọc văn bản đề xuất"
        FORM_CHECK = "form_check", "Kiểm tra biểu mẫu số liệu"
        FORM_IMPORT = "form_import", "Nhập biểu mẫu số liệu"
        DOCUMENT_ISSUE = "document_issue", "Ban hành văn bản"
        HAND_DOWN_CHECK = "hand_down_check", "Kiểm tra bảng giao chỉ tiêu cho xã"
        HAND_DOWN_IMPORT = "hand_down_import", "Nhập bảng giao chỉ tiêu cho xã"

    class Status(models.TextChoices):
        QUEUED = "queued", "Đang chờ"
        RUNNING = "running", "Đang chạy"
        DONE = "done", "Đã xong"
        FAILED = "failed", "Không thành công"

    kind = models.CharField("loại việc", max_length=32, choices=Kind.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="người yêu cầu", on_delete=models.CASCADE, related_name="jobs"
    )
    title = models.CharField("tên việc", max_length=300)
    status = models.CharField("trạng thái", max_length=16, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField("tiến độ (%)", default=0)
    message = models.CharField("đang làm", max_length=300, blank=True)
    params = models.JSONField("tham số", default=dict, blank=True)
    input_file = models.FileField("tệp đầu vào", upload_to="jobs/input/%Y/", blank=True)
    result_url = models.CharField("địa chỉ kết quả", max_length=500, blank=True)
    result_file = models.FileField("tệp kết quả", upload_to="jobs/%Y/", blank=True)
    error_vi = models.TextField("lỗi", blank=True)
    task_id = models.CharField("mã tác vụ", max_length=64, blank=True)
    # One click of a form (its page's key, or the dry run being confirmed): a repeated or parallel click
    # answers the job already recorded instead of starting the work twice (services.job_create).
    request_key = models.CharField("khóa yêu cầu", max_length=100, blank=True)
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    started_at = models.DateTimeField("bắt đầu lúc", null=True, blank=True)
    finished_at = models.DateTimeField("xong lúc", null=True, blank=True)
    # Who runs it ("host:pid" of the worker) and when it last said it was alive: a job whose worker is gone
    # (killed, restarted) is marked failed instead of showing "running" forever (services.jobs_reap).
    worker = models.CharField("tiến trình chạy", max_length=100, blank=True)
    heartbeat_at = models.DateTimeField("báo còn chạy lúc", null=True, blank=True)

    class Meta:
        verbose_name = "việc chạy nền"
        verbose_name_plural = "việc chạy nền"
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "-created_at"], name="job_user_recent")]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "kind", "request_key"],
                condition=~models.Q(request_key=""),
                name="job_one_per_request",
            )
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.get_status_display()})"

    @property
    def finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)
