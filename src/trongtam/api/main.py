"""The NinjaAPI instance: Bearer-token or session auth on every endpoint, JSON errors, OpenAPI 3."""

from __future__ import annotations

from ninja import NinjaAPI

from . import errors
from .auth import AUTH
from .endpoints import router

DESCRIPTION = """\
API của trongtam: đợt đăng ký, đề xuất, nhiệm vụ trọng tâm, chỉ tiêu, kỳ báo cáo, số liệu tiến độ và kết quả đánh giá.

**Authentication.** Send `Authorization: Bearer <token>` with a token created on the
“Khóa truy cập API” page of the web interface (the token is shown once). A signed-in browser may use
its session instead (writes need the `X-CSRFToken` header). The caller sees exactly what the web
interface shows them: objects they may not see answer 404, writes they may not make answer 403.

**Numbers.** Decimal quantities are JSON strings in plain notation (`"195000"`, `"16.6"`); ids, years,
counts and versions are integers. Dates are `yyyy-mm-dd`.

**Errors.** Every error is `{"code", "message" (Vietnamese), "message_en", "details"}` with a stable
`code`: `unauthorized` (401), `forbidden`/`csrf_failed` (403), `not_found` (404), `version_conflict`
(409), `too_large` (413), `validation_error`/`unreadable`/`unsupported`/`empty` (422), and for 400:
`bad_request`, `malformed_body`, `unit_required`, `unknown_item`, `workflow`, `explanation_required`, `progress_rule`.

**Pagination.** Lists take `page` (from 1) and `page_size` (1–200, default 50) and answer
`{"count", "page", "page_size", "items"}`.
"""

api = NinjaAPI(
    title="trongtam API",
    version="1",
    description=DESCRIPTION,
    auth=AUTH,
    urls_namespace="api",
    docs_url="/docs",
)
errors.install(api)
api.add_router("", router)
