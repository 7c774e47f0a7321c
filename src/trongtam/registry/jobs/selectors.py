"""Reads on background jobs: a user sees only their own jobs (another user's answers 404)."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import QuerySet
from django.http import Http404

from .models import Job


def job_get(*, user: AbstractBaseUser, job_id: int) -> Job:
    """One of ``user``'s jobs, or 404."""
    job = Job.objects.filter(pk=job_id, user_id=user.pk).first()
    if job is None:
        raise Http404("Không tìm thấy việc này.")
    return job


def job_list(*, user: AbstractBaseUser, limit: int = 50) -> QuerySet[Job]:
    """``user``'s most recent jobs, newest first."""
    return Job.objects.filter(user_id=user.pk).order_by("-created_at", "-id")[:limit]
