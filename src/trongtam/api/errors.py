"""Every API error is JSON: ``{"code", "message" (Vietnamese), "message_en", "details"}``.

The codes are stable; programs test them, people read the messages. Ninja's default handlers are
replaced so no error leaves the API as HTML or as ninja's ``{"detail": …}``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from django.core.exceptions import PermissionDenied, RequestDataTooBig, SuspiciousOperation, ValidationError
from django.db import OperationalError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError

from trongtam.core.errors import TrongtamError
from trongtam.registry.busy import BUSY_EN, BUSY_VI, is_busy
from trongtam.registry.progress.errors import ConflictError, ProgressError

if TYPE_CHECKING:
    from ninja import NinjaAPI

logger = logging.getLogger("trongtam.api")

# code → (status, Vietnamese, English): the fixed messages; others carry the service's own Vietnamese.
MESSAGES: dict[str, tuple[int, str, str]] = {
    "bad_request": (400, "Yêu cầu không hợp lệ.", "The request is not valid."),
    "malformed_body": (
        400,
        "Không đọc được nội dung yêu cầu: JSON hoặc biểu mẫu không hợp lệ.",
        "The request body could not be parsed: invalid JSON or form data.",
    ),
    "unauthorized": (
        401,
        "Cần đăng nhập hoặc gửi khóa truy cập API hợp lệ (Authorization: Bearer …).",
        "Sign in or send a valid API token (Authorization: Bearer …).",
    ),
    "forbidden": (403, "Bạn không có quyền thực hiện thao tác này.", "You may not do this."),
    "csrf_failed": (
        403,
        "Thiếu hoặc sai mã CSRF: từ trình duyệt, hãy gửi kèm tiêu đề X-CSRFToken.",
        "CSRF check failed: from a browser, send the X-CSRFToken header.",
    ),
    "not_found": (404, "Không tìm thấy.", "Not found."),
    "method_not_allowed": (405, "Phương thức không được hỗ trợ.", "Method not allowed."),
    "version_conflict": (
        409,
        "Dữ liệu vừa được người khác cập nhật; hãy đọc lại rồi gửi lại.",
        "Someone else changed this since you read it; read it again and resend.",
    ),
    "too_large": (413, "Tệp hoặc yêu cầu quá lớn.", "The file or request is too large."),
    "validation_error": (422, "Dữ liệu gửi lên không hợp lệ.", "The data sent is not valid."),
    "unreadable": (422, "Không đọc được tệp.", "The file could not be read."),
    "unsupported": (422, "Không nhận loại tệp này.", "This kind of file is not accepted."),
    "empty": (422, "Tệp rỗng.", "The file is empty."),
    "busy": (503, BUSY_VI, BUSY_EN),
    "server_error": (500, "Lỗi máy chủ; đã ghi nhận để xử lý.", "Server error; it has been logged."),
}


class ApiError(Exception):
    """An error raised by an endpoint with a stable code (and optionally its own messages)."""

    def __init__(
        self, code: str, message: str | None = None, message_en: str | None = None, status: int | None = None
    ) -> None:
        default_status, default_vi, default_en = MESSAGES.get(code, (400, "", ""))
        self.code = code
        self.status = status or default_status
        self.message = message or default_vi
        self.message_en = message_en or default_en
        super().__init__(self.message_en)


def error_body(
    code: str, message: str | None = None, message_en: str | None = None, **extra: Any
) -> dict[str, Any]:
    _, vi, en = MESSAGES.get(code, (400, "", ""))
    return {"code": code, "message": message or vi, "message_en": message_en or en, "details": [], **extra}


def error_response(
    code: str,
    message: str | None = None,
    message_en: str | None = None,
    *,
    status: int | None = None,
    **extra: Any,
) -> HttpResponse:
    """The JSON response of an error (also used outside ninja, for unknown /api/ paths)."""
    return JsonResponse(
        error_body(code, message, message_en, **extra), status=status or MESSAGES.get(code, (400,))[0]
    )


def _validation_message(errors: list[dict[str, Any]]) -> tuple[str, str]:
    where = []
    for e in errors[:5]:
        loc = [
            str(p) for p in e.get("loc", ()) if p not in ("body", "query", "path", "form", "file", "payload")
        ]
        where.append(".".join(loc) or "?")
    names = ", ".join(dict.fromkeys(where))
    return (
        f"Dữ liệu gửi lên không hợp lệ ở: {names}.",
        f"The data sent is not valid at: {names}.",
    )


def _details(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for e in errors[:50]:
        out.append(
            {
                "loc": [str(p) for p in e.get("loc", ())],
                "type": str(e.get("type", "")),
                "msg": str(e.get("msg", "")),
            }
        )
    return out


def _django_validation(exc: ValidationError) -> tuple[str, str, int]:
    code = getattr(exc, "code", None) or ""
    if not code and hasattr(exc, "error_list") and exc.error_list:
        code = exc.error_list[0].code or ""
    message = " ".join(str(m) for m in exc.messages)
    if code == "too_large":
        return "too_large", message, 413
    if code in ("unreadable", "unsupported", "empty"):
        return code, message, 422
    return "bad_request", message, 400


def install(api: NinjaAPI) -> None:
    """Replace ninja's handlers with ones answering the error JSON."""

    def respond(request: HttpRequest, status: int, body: dict[str, Any]) -> HttpResponse:
        return api.create_response(request, body, status=status)

    def on_api_error(request: HttpRequest, exc: Any) -> HttpResponse:
        assert isinstance(exc, ApiError)
        return respond(request, exc.status, error_body(exc.code, exc.message, exc.message_en))

    def on_validation(request: HttpRequest, exc: Any) -> HttpResponse:
        assert isinstance(exc, NinjaValidationError)
        vi, en = _validation_message(exc.errors)
        body = error_body("validation_error", vi, en)
        body["details"] = _details(exc.errors)
        return respond(request, 422, body)

    def on_http_error(request: HttpRequest, exc: Any) -> HttpResponse:
        assert isinstance(exc, HttpError)
        if isinstance(exc, AuthenticationError) or exc.status_code == 401:
            return respond(request, 401, error_body("unauthorized"))
        if exc.status_code == 403 and "CSRF" in exc.message:
            return respond(request, 403, error_body("csrf_failed"))
        if exc.status_code == 400 and "parse" in exc.message.lower():
            return respond(request, 400, error_body("malformed_body"))
        if exc.status_code == 405:
            return respond(request, 405, error_body("method_not_allowed"))
        code = {400: "bad_request", 403: "forbidden", 404: "not_found", 409: "version_conflict"}.get(
            exc.status_code, "bad_request"
        )
        return respond(request, exc.status_code, error_body(code, message_en=exc.message or None))

    def on_404(request: HttpRequest, exc: Any) -> HttpResponse:
        message = str(exc) if exc.args and str(exc) else None
        return respond(request, 404, error_body("not_found", message))

    def on_403(request: HttpRequest, exc: Any) -> HttpResponse:
        message = str(exc) if exc.args and str(exc) else None
        return respond(request, 403, error_body("forbidden", message))

    def on_django_validation(request: HttpRequest, exc: Any) -> HttpResponse:
        assert isinstance(exc, ValidationError)
        code, message, status = _django_validation(exc)
        _, _, en = MESSAGES[code]
        return respond(request, status, error_body(code, message, en))

    def on_conflict(request: HttpRequest, exc: Any) -> HttpResponse:
        assert isinstance(exc, ConflictError)
        return respond(request, 409, error_body("version_conflict", exc.message_vi, str(exc)))

    def on_progress(request: HttpRequest, exc: Any) -> HttpResponse:
        assert isinstance(exc, ProgressError)
        code = {
            "ExplanationRequired": "explanation_required",
            "WorkflowError": "workflow",
        }.get(type(exc).__name__, "progress_rule")
        return respond(request, 400, error_body(code, exc.message_vi, str(exc)))

    def on_trongtam(request: HttpRequest, exc: Any) -> HttpResponse:
        assert isinstance(exc, TrongtamError)
        return respond(request, 422, error_body("unreadable", exc.message_vi, str(exc)))

    def on_too_big(request: HttpRequest, exc: Any) -> HttpResponse:
        return respond(request, 413, error_body("too_large"))

    def on_suspicious(request: HttpRequest, exc: Any) -> HttpResponse:
        return respond(request, 400, error_body("bad_request"))

    def on_any(request: HttpRequest, exc: Any) -> HttpResponse:
        logger.exception("API error on %s %s", request.method, request.path, exc_info=exc)
        return respond(request, 500, error_body("server_error"))

    def on_database(request: HttpRequest, exc: Any) -> HttpResponse:
        # A lock still held after the wait: the transaction was rolled back, nothing is half-saved.
        if is_busy(exc):
            logger.warning("Database busy on %s %s: %s", request.method, request.path, exc)
            response = respond(request, 503, error_body("busy"))
            response["Retry-After"] = "5"
            return response
        return on_any(request, exc)

    api.add_exception_handler(Exception, on_any)
    api.add_exception_handler(OperationalError, on_database)
    api.add_exception_handler(ApiError, on_api_error)
    api.add_exception_handler(NinjaValidationError, on_validation)
    api.add_exception_handler(HttpError, on_http_error)
    api.add_exception_handler(Http404, on_404)
    api.add_exception_handler(PermissionDenied, on_403)
    api.add_exception_handler(ValidationError, on_django_validation)
    api.add_exception_handler(ConflictError, on_conflict)
    api.add_exception_handler(ProgressError, on_progress)
    api.add_exception_handler(TrongtamError, on_trongtam)
    api.add_exception_handler(RequestDataTooBig, on_too_big)
    api.add_exception_handler(SuspiciousOperation, on_suspicious)
