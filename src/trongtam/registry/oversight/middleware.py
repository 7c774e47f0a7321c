"""Logs every read an overseer makes: who, which page or file, which cycle, when, with what answer.

The policy marks a request whose rights came from oversight (``policy.oversight_read``) when it reads the
person's roles, so no one else pays a query for this.
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth.models import User
from django.http import HttpRequest, HttpResponse

from trongtam.registry import policy

from .services import read_log_record


class ReadLogMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = policy.oversight_read.set(False)
        try:
            response = self.get_response(request)
            if policy.oversight_read.get() and request.method in ("GET", "HEAD"):
                match = getattr(request, "resolver_match", None)
                kwargs = match.kwargs if match is not None else {}
                cycle = kwargs.get("cycle_id")
                user = getattr(request, "auth", None) or request.user
                if isinstance(user, User) and user.is_authenticated:
                    read_log_record(
                        user=user,
                        path=request.get_full_path()[:500],
                        cycle_id=cycle if isinstance(cycle, int) else None,
                        view=(match.view_name if match is not None else "")[:100],
                        status=response.status_code,
                    )
            return response
        finally:
            policy.oversight_read.reset(token)
