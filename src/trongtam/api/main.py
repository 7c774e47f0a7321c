"""The NinjaAPI instance: Bearer-token or session auth on every endpoint, JSON errors, OpenAPI 3."""

from __future__ import annotations

from ninja import NinjaAPI

from . import errors
from .auth import AUTH
from .endpoints import router

DESCRIPTION = """\
API của trongtam: đợt đăng ký, đề xuất, nhiệm vụ trọng tâm, chỉ tiêu, kỳ báo cáo, số liệu tiến độ và kết quả đánh giá.

**Xác thực.** Gửi tiêu đề `Authorization: Bearer <khóa>` với khóa tạo ở trang “Khóa truy cập API” của giao
diện web (khóa chỉ hiện một lần). Trình duyệt đã đăng nhập có thể dùng phiên đăng nhập (khi ghi cần tiêu đề
`X-CSRFToken`). Người gọi thấy đúng những gì giao diện web cho họ thấy: mục không được xem trả về 404, thao tác
không được làm trả về 403.

**Số.** Số thập phân là chuỗi JSON viết thường, dấu chấm thập phân (`"195000"`, `"16.6"`); mã, năm, số đếm và
phiên bản là số nguyên. Ngày viết `yyyy-mm-dd`.

**Lỗi.** Mọi lỗi có dạng `{"code", "message" (tiếng Việt), "message_en", "details"}` với `code` cố định:
`unauthorized` (401), `forbidden`/`csrf_failed` (403), `not_found` (404), `version_conflict` (409),
`too_large` (413), `validation_error`/`unreadable`/`unsupported`/`empty` (422), và với 400: `bad_request`,
`malformed_body`, `unit_required`, `unknown_item`, `workflow`, `explanation_required`, `progress_rule`.

**Phân trang.** Danh sách nhận `page` (từ 1) và `page_size` (1–200, mặc định 50) và trả về
`{"count", "page", "page_size", "items"}`.
"""

api = NinjaAPI(
    title="API trongtam — nhiệm vụ trọng tâm và chỉ tiêu",
    version="1",
    description=DESCRIPTION,
    auth=AUTH,
    urls_namespace="api",
    docs_url="/docs",
)
errors.install(api)
api.add_router("", router)
