"""Writes on background jobs: create and enqueue one per user action, then the task's progress and outcome.

The task writes each step in its own short transaction, so the page polling a job sees it move and no write
lock is held while LibreOffice converts or a long letter is read.
"""

from __future__ import annotations

import os
import socket
from datetime import datetime, timedelta
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import Job

UNEXPECTED_VI = (
    "Đã có lỗi ngoài dự kiến khi chạy việc này; dữ liệu của anh/chị không bị mất. "
    "Hãy thử lại; nếu vẫn lỗi, xin báo quản trị hệ thống kèm mã việc."
)
INTERRUPTED_VI = (
    "Việc bị gián đoạn do máy chủ khởi động lại; hãy chạy lại. "
    "Không có gì được ghi dở: việc chạy nền chỉ ghi khi đã làm xong."
)
# A running job that has not reported for this long is taken as abandoned, wherever its worker ran. Every
# step of a job reports (job_progress); the longest single step, a LibreOffice conversion, times out sooner.
STALE_AFTER = timedelta(minutes=15)


def worker_name() -> str:
    """This process as a job's ``worker``: ``host:pid``."""
    return f"{socket.gethostname()}:{os.getpid()}"[:100]


def _worker_gone(worker: str) -> bool:
    """Whether ``worker`` ran on this host and its process no longer exists."""
    host, _, pid = worker.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def job_create(
    *,
    user: AbstractBaseUser,
    kind: str,
    title: str,
    params: dict[str, Any],
    result_url: str = "",
    input_name: str = "",
    input_data: bytes | None = None,
    request_key: str = "",
) -> Job:
    """Record a job for ``user`` (with its input file, if any) and queue its task.

    The worker picks the task up once this transaction commits. Under a ``request_key`` (one click of a
    form) a repeated or parallel click answers the job already recorded, which runs once.
    """
    key = request_key[:100]
    if key:
        earlier = Job.objects.filter(user_id=user.pk, kind=kind, request_key=key).first()
        if earlier is not None:
            return earlier
    try:
        return _job_create(
            user=user,
            kind=kind,
            title=title,
            params=params,
            result_url=result_url,
            input_name=input_name,
            input_data=input_data,
            request_key=key,
        )
    except IntegrityError:
        # A parallel click with the same key committed its job first: that job is the answer.
        earlier = Job.objects.filter(user_id=user.pk, kind=kind, request_key=key).first() if key else None
        if earlier is None:
            raise
        return earlier


@transaction.atomic
def _job_create(
    *,
    user: AbstractBaseUser,
    kind: str,
    title: str,
    params: dict[str, Any],
    result_url: str,
    input_name: str,
    input_data: bytes | None,
    request_key: str,
) -> Job:
    from .tasks import run_job  # the task module imports these services

    job = Job(
        user_id=user.pk,
        kind=kind,
        title=title[:300],
        params=params,
        result_url=result_url[:500],
        request_key=request_key,
    )
    if input_data is not None:
        job.input_file.save(input_name or "tep", ContentFile(input_data), save=False)
    job.save()
    result = run_job.enqueue(job.pk)
    Job.objects.filter(pk=job.pk).update(task_id=str(result.id)[:64])
    job.refresh_from_db()
    return job


def job_start(*, job: Job) -> None:
    """Mark the job running (outside any transaction, so a page polling it sees it at once)."""
    now = timezone.now()
    job.status, job.started_at, job.progress = Job.Status.RUNNING, now, max(job.progress, 5)
    job.message, job.worker, job.heartbeat_at = "Đang bắt đầu…", worker_name(), now
    job.save(update_fields=["status", "started_at", "progress", "message", "worker", "heartbeat_at"])


def job_progress(*, job: Job, progress: int, message: str) -> None:
    """Move the job's bar to ``progress`` (0–100) with a Vietnamese line saying what it is doing."""
    job.progress, job.message = max(0, min(100, int(progress))), message[:300]
    job.heartbeat_at = timezone.now()
    job.save(update_fields=["progress", "message", "heartbeat_at"])


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
    """The job failed: keep the Vietnamese reason the page shows.

    Its click no longer stands for it: the same form sent again (after fixing what was wrong) runs anew.
    """
    job.status, job.error_vi, job.finished_at = Job.Status.FAILED, error_vi, timezone.now()
    job.message, job.request_key = "Không thành công.", ""
    job.save(update_fields=["status", "error_vi", "finished_at", "message", "request_key"])


def jobs_reap(*, job_ids: list[int] | None = None, now: datetime | None = None) -> int:
    """Mark failed the running jobs whose worker is gone; returns how many.

    Gone: its worker ran on this host and the process no longer exists (killed, or the server restarted), or
    it has not reported for ``STALE_AFTER`` (a worker on another host, or a hung one). The job's own writes
    are all-or-nothing, so nothing half-done stays behind; the user is told to run it again. Runs when a
    worker starts (``manage.py jobs_worker``), before each job, and whenever a job's page is read.
    """
    now = now or timezone.now()
    running = Job.objects.filter(status=Job.Status.RUNNING)
    if job_ids is not None:
        running = running.filter(pk__in=job_ids)
    gone = [
        j.pk
        for j in running.only("pk", "worker", "heartbeat_at", "started_at")
        if (j.worker and _worker_gone(j.worker))
        or ((j.heartbeat_at or j.started_at or now) < now - STALE_AFTER)
    ]
    if not gone:
        return 0
    # Only a job still running is touched: one that finished meanwhile keeps its outcome.
    return Job.objects.filter(pk__in=gone, status=Job.Status.RUNNING).update(
        status=Job.Status.FAILED,
        error_vi=INTERRUPTED_VI,
        message="Bị gián đoạn.",
        finished_at=now,
        request_key="",
    )
