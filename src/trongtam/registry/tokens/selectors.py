"""Reads on API tokens."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import QuerySet

from .models import ApiToken


def token_list_for_user(*, user: AbstractBaseUser | AnonymousUser) -> QuerySet[ApiToken]:
    """The user's own tokens, newest first, revoked ones included (they show as revoked)."""
    if not user.is_authenticated:
        return ApiToken.objects.none()
    return ApiToken.objects.filter(user_id=user.pk).order_by("-created_at", "-id")
