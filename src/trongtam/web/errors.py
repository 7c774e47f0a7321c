"""Short error pages in Vietnamese that need no database: a malformed request (400), a missing file (404),
a busy database (503). Rendered standalone, so they answer even when the database cannot."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string

MISSING_FILE_VI = (
    "Không tìm thấy tệp trên máy chủ: tệp có thể đã bị xóa hoặc chưa được khôi phục từ bản sao lưu. "
    "Lỗi đã được ghi lại; vui lòng báo quản trị viên."
)
TITLES = {400: "Yêu cầu không hợp lệ", 404: "Không tìm thấy", 503: "Hệ thống đang bận"}


def message_response(request: HttpRequest, message: str, *, status: int) -> HttpResponse:
    """A page with one Vietnamese message and the given status."""
    body = render_to_string("web/message.html", {"title": TITLES.get(status, "Lỗi"), "message": message})
    return HttpResponse(body, status=status)


class BadRequestMessage(Exception):
    """Raised by a view for a malformed id or value; answered 400 with ``message`` (see ``web.busy``)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def id_or_400(raw: str | None, what: str) -> int:
    """The positive integer id in ``raw``; BadRequestMessage naming ``what`` otherwise (empty counts as 0)."""
    text = (raw or "").strip()
    if not text:
        return 0
    if not text.isascii() or not text.isdigit() or len(text) > 18:
        raise BadRequestMessage(f"Mã {what} không hợp lệ: “{text[:40]}”.")
    return int(text)


def ids_or_400(raws: list[str], what: str) -> list[int]:
    """Every id in ``raws`` (a multiple choice), or BadRequestMessage naming ``what``."""
    return [id_or_400(raw, what) for raw in raws if raw.strip()]
