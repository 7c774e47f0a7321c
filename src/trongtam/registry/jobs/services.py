"""Writes on background jobs: create and enqueue one per user action, then the task's progress and outcome.

The task writes each step in its own short transaction, so the page polling a job sees it move and no write
lock is held while LibreOffice converts or a long letter is read.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from .models import Job

UNEXPECTED_VI = (
    "Đã có lỗi ngoài dự kiến khi chạy việc này; dữ liệu của anh/chị không bị mất. "
    "Hãy thử lại; nếu vẫn lỗi, xin báo quản trị hệ thống kèm mã việc."
)


@transaction.atomic
def job_create(
    *,
    user: AbstractBaseUser,
    kind: str,
    title: str,
    params: dict[str, Any],
    result_url: str = "",
    input_name: str = "",
    input_data: bytes | None = None,
) -> Job:
    """Record a job for ``user`` (with its input file, if any) and queue its task.

    The worker picks the task up once this transaction commits.
    """
    from .tasks import run_job  # the task module imports these services

    job = Job(user_id=user.pk, kind=kind, title=title[:300], params=params, result_url=result_url[:500])
    if input_data is not None:
        job.input_file.save(input_name or "tep", ContentFile(input_data), save=False)
    job.save()
    result = run_job.enqueue(job.pk)
    Job.objects.filter(pk=job.pk).update(task_id=str(result.id)[:64])
    job.refresh_from_db()
    return job


def job_start(*, job: Job) -> None:
    """Mark the job running (outside any transaction, so a page polling it sees it at once)."""
    job.status, job.started_at, job.progress = Job.Status.RUNNING, timezone.now(), max(job.progress, 5)
    job.message = "Đang bắt đầu…"
    job.save(update_fields=["status", "started_at", "progress", "message"])


def job_progress(*, job: Job, progress: int, message: str) -> None:
    """Move the job's bar to ``progress`` (0–100) with a Vietnamese line saying what it is doing."""
    job.progress, job.message = max(0, min(100, int(progress))), message[:300]
    job.save(update_fields=["progress", "message"])


def job_finish(*, job: Job, message: str, file_name: str = "", data: bytes | None = None) -> None:
    """The job is done: full bar, its result file if any, and the time it finished."""
    if data is not None:
        job.result_file.save(file_name, ContentFile(data), save=False)
    job.status, job.progress, job.message, job.finished_at = (
        Job.Status.DONE,
        100,
        message[:300],
        timezone.now(),
    )
    job.save()


def job_fail(*, job: Job, error_vi: str) -> None:
    """The job failed: keep the Vietnamese reason the page shows."""
    job.status, job.error_vi, job.finished_at = Job.Status.FAILED, error_vi, timezone.now()
    job.message = "Không thành công."
    job.save(update_fields=["status", "error_vi", "finished_at", "message"])
