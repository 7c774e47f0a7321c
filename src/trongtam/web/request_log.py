"""One log line per request — method, path, status, user, milliseconds — under a request id that every
log line of the request carries and the response returns as ``X-Request-ID``."""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Callable
from contextvars import ContextVar

from django.http import HttpRequest, HttpResponse

logger = logging.getLogger(__name__)

REQUEST_ID: ContextVar[str] = ContextVar("trongtam_request_id", default="-")
# An id given by the proxy (nginx's $request_id) is kept when it looks like one; anything else is replaced.
_GIVEN_ID = re.compile(r"[A-Za-z0-9._-]{8,64}")
# Load balancers poll the health check every few seconds: its lines are debug, not info.
_QUIET_PATHS = ("/healthz",)


class RequestContextFilter(logging.Filter):
    """Gives every log record the id of the request it was written in ("-" outside a request)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = REQUEST_ID.get()
        return True


class RequestLogMiddleware:
    """Outermost middleware: times the whole request, including the other middleware."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        given = request.headers.get("X-Request-ID", "")
        request_id = given if _GIVEN_ID.fullmatch(given) else uuid.uuid4().hex
        token = REQUEST_ID.set(request_id)
        start = time.perf_counter()
        try:
            response = self.get_response(request)
            elapsed_ms = round((time.perf_counter() - start) * 1000, 1)
            user = getattr(request, "user", None)
            username = user.get_username() if user is not None and user.is_authenticated else ""
            level = logging.DEBUG if request.path in _QUIET_PATHS else logging.INFO
            logger.log(
                level,
                "%s %s %s %s ms",
                request.method,
                request.path,
                response.status_code,
                elapsed_ms,
                extra={
                    "method": request.method,
                    "path": request.path,
                    "status": response.status_code,
                    "user": username,
                    "duration_ms": elapsed_ms,
                },
            )
            response["X-Request-ID"] = request_id
            return response
        finally:
            REQUEST_ID.reset(token)
