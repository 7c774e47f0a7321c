"""Who is calling: a per-user Bearer token (scripts, other systems) or the browser's session."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from ninja.errors import HttpError
from ninja.security import APIKeyCookie, HttpBearer
from ninja.utils import check_csrf

from trongtam.registry.tokens.services import token_authenticate

SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}


class TokenAuth(HttpBearer):
    """``Authorization: Bearer tt_…`` with a token created on the “Khóa truy cập API” page."""

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        user = token_authenticate(raw=token.strip())
        if user is not None:
            # Services and the history log read the acting user from the request.
            request.user = user  # type: ignore[assignment]
        return user


class BrowserSessionAuth(APIKeyCookie):
    """The signed-in browser session; writes must carry the CSRF token (X-CSRFToken header)."""

    param_name: str = settings.SESSION_COOKIE_NAME

    def __init__(self) -> None:
        # The CSRF check happens below, only once a session is known, so that a request without
        # any credentials answers 401 rather than 403.
        super().__init__(csrf=False)

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        user = getattr(request, "user", None)
        if not key or user is None or not user.is_authenticated:
            return None
        if request.method not in SAFE_METHODS and check_csrf(request) is not None:
            raise HttpError(403, "CSRF check failed")
        return user


AUTH = [TokenAuth(), BrowserSessionAuth()]
