"""Reads: a person's own notifications (never anyone else's) and their channels."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from .models import Notification, Preference


def notification_list(*, user: Any) -> QuerySet[Notification]:
    """The person's notices, newest first."""
    if not user.is_authenticated:
        return Notification.objects.none()
    return Notification.objects.filter(recipient_id=user.pk).order_by("-created", "-id")


def unread_count(*, user: Any) -> int:
    """How many of the person's notices are unread (the bell's number)."""
    if not user.is_authenticated:
        return 0
    return Notification.objects.filter(recipient_id=user.pk, read_at__isnull=True).count()


def preference_for(*, user: Any) -> Preference:
    """The person's channels (the defaults, unsaved, when they never chose)."""
    return Preference.objects.filter(user_id=user.pk).first() or Preference(user=user)
