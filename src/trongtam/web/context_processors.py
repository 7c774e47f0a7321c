"""Template context every page shares: the header's count of unread notifications."""

from __future__ import annotations

from functools import cache
from typing import Any

from django.http import HttpRequest

from trongtam.registry.notifications import selectors


def notifications(request: HttpRequest) -> dict[str, Any]:
    # Counted only when a template shows it (one indexed query), once per page however often it is shown.
    @cache
    def unread() -> int:
        return selectors.unread_count(user=request.user)

    return {"unread_notifications": unread}
