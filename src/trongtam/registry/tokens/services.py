"""Writes on API tokens: create (the key is shown once), revoke, and authenticate a presented key."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.utils import timezone

from .models import ApiToken

User = AbstractBaseUser | AnonymousUser

KEY_PREFIX = "tt_"
MAX_ACTIVE_TOKENS = 20
# last_used_at is written at most this often, so a busy script does not write on every request.
TOUCH_EVERY = timedelta(minutes=1)


def token_hash(raw: str) -> str:
    """The stored form of a key: its SHA-256 hex digest."""
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


@transaction.atomic
def token_create(*, user: AbstractBaseUser, name: str) -> tuple[ApiToken, str]:
    """A new token for ``user``; returns the record and the key, which is never retrievable again."""
    name = " ".join(name.split())[:100]
    if not name:
        raise ValidationError("Hãy đặt tên cho khóa (ví dụ: “Tập lệnh tổng hợp số liệu”).", code="name")
    active = ApiToken.objects.filter(user_id=user.pk, revoked_at__isnull=True).count()
    if active >= MAX_ACTIVE_TOKENS:
        raise ValidationError(
            f"Mỗi người dùng có tối đa {MAX_ACTIVE_TOKENS} khóa đang dùng; hãy thu hồi khóa không cần nữa.",
            code="too_many",
        )
    raw = KEY_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(user_id=user.pk, name=name, prefix=raw[:10], key_hash=token_hash(raw))
    token.full_clean()
    token._history_user = user  # type: ignore[attr-defined]  # who, in the token's history
    token.save()
    return token, raw


@transaction.atomic
def token_revoke(*, user: AbstractBaseUser, token_id: int) -> ApiToken:
    """Revoke one of ``user``'s own tokens (idempotent); another user's token answers 404."""
    token = ApiToken.objects.select_for_update().filter(pk=token_id, user_id=user.pk).first()
    if token is None:
        raise Http404("Không tìm thấy khóa truy cập.")
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token._history_user = user  # type: ignore[attr-defined]
        token.save(update_fields=["revoked_at"])
    return token


def token_authenticate(*, raw: str) -> AbstractBaseUser | None:
    """The active user a presented key belongs to, or None (unknown, revoked, or the user is inactive)."""
    if not raw or len(raw) > 200:
        return None
    token = (
        ApiToken.objects.select_related("user")
        .filter(key_hash=token_hash(raw), revoked_at__isnull=True, user__is_active=True)
        .first()
    )
    if token is None:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at >= TOUCH_EVERY:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    user: AbstractBaseUser = token.user
    return user
