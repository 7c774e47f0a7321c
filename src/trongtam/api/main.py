"""The NinjaAPI instance: Bearer-token or session auth on every endpoint, JSON errors, OpenAPI 3."""

from __future__ import annotations

from typing import Any

from ninja import NinjaAPI
from ninja.openapi.schema import OpenAPISchema
from ninja.operation import Operation

from . import errors
from .auth import AUTH
from .routers import build

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


class Api(NinjaAPI):
    _schemas: dict[str, OpenAPISchema]

    def get_openapi_schema(
        self, *, path_prefix: str | None = None, path_params: dict[str, Any] | None = None
    ) -> OpenAPISchema:
        """Built once per path prefix: the routes are fixed when the process starts, and building the schema
        (pydantic's JSON schema of every model, 0,4 s) on each request to /api/openapi.json wasted that much."""
        if path_prefix is None:
            path_prefix = self.get_root_path(path_params or {})
        cache = self.__dict__.setdefault("_schemas", {})
        if path_prefix not in cache:
            cache[path_prefix] = super().get_openapi_schema(path_prefix=path_prefix)
        return cache[path_prefix]

    def get_openapi_operation_id(self, operation: Operation) -> str:
        """``trongtam_api_endpoints_<function>``: the ids the operations had when one module held them all,
        kept whichever router module holds an endpoint now, so clients generated from the schema stay valid."""
        name = operation.view_func.__name__
        return f"trongtam_api_endpoints_{name}"


api = Api(
    title="API trongtam — nhiệm vụ trọng tâm và chỉ tiêu",
    version="1",
    description=DESCRIPTION,
    auth=AUTH,
    urls_namespace="api",
    docs_url="/docs",
)
errors.install(api)
api.add_router("", build())
