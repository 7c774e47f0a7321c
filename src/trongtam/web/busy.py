"""Last-resort answers for what a view could not handle itself: a database lock (503) and a malformed
id or value (400), both in Vietnamese instead of a server error.

Writes wait for the lock first (SQLite's timeout, transactions begun IMMEDIATE); only a request that still
meets a held lock after that wait comes here, its transaction already rolled back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from trongtam.registry.busy import BUSY_VI, RETRY_AFTER_SECONDS, is_busy

from .errors import BadRequestMessage, message_response

logger = logging.getLogger("trongtam.web")


class BusyMiddleware:
    """Answers 503 "the system is busy, nothing was lost" on a database lock, 400 on a malformed value."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, BadRequestMessage):
            return message_response(request, exception.message, status=400)
        if not is_busy(exception):
            return None
        logger.warning("Database busy on %s %s: %s", request.method, request.path, exception)
        response = message_response(request, BUSY_VI, status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
