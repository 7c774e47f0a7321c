"""What every router of the API shares: the error answers, pagination, the caller's scope, one-object reads.

Every read goes through ``access.Scope`` (the web's visibility rules); every write through a registry
service, which checks the permission itself (403) after the object was found visible (else 404).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from django.db.models import Model, Prefetch, QuerySet
from django.http import HttpRequest, HttpResponse
from ninja import Form, Query
from ninja.renderers import JSONRenderer
from pydantic import Field

from trongtam.registry.cycles.models import KeyTask, Target
from trongtam.registry.progress import datacache

from .. import rows
from .. import schemas as s
from ..access import Scope
from ..errors import ApiError

M = TypeVar("M", bound=Model)

READ = {401: s.ErrorOut, 404: s.ErrorOut, 422: s.ErrorOut}
WRITE = {400: s.ErrorOut, 401: s.ErrorOut, 403: s.ErrorOut, 404: s.ErrorOut, 422: s.ErrorOut}
LIST = {401: s.ErrorOut, 422: s.ErrorOut}


YEAR = Query(None, ge=1900, le=9999)
UNIT_FORM = Form(None, description="The proposing unit; may be left out when the caller staffs one unit.")
LEAD_UNIT = Query(None, description="Tasks this unit leads (chủ trì).")
OWN_LIST = Query(None, description="true: only the cycle's consolidated list; false: only proposed tasks.")
KIND_FORM = Form(None, description="Force the kind (plan or report); by default it is recognised.")


class PageQuery(s.Schema):
    page: int = Field(1, ge=1, le=1_000_000, description="Page number, from 1.")
    page_size: int = Field(50, ge=1, le=200, description="Items per page (at most 200).")


_RENDERER = JSONRenderer()  # the API's renderer (main.py keeps ninja's default)


def json_response(request: HttpRequest, data: Any) -> HttpResponse:
    """``data``, already in the shape of the operation's response schema, rendered as the API renders."""
    content = _RENDERER.render(request, data, response_status=200)
    return HttpResponse(content, content_type=f"{_RENDERER.media_type}; charset={_RENDERER.charset}")


def paginate(
    request: HttpRequest, qs: QuerySet[M], q: PageQuery, items_of: Callable[[QuerySet[M]], list[rows.Item]]
) -> HttpResponse:
    """A page whose items ``items_of`` builds from database rows in the schema's shape (see ``rows``); it
    skips building model instances and ninja's field-by-field validation, the most of a big page's cost."""
    start = (q.page - 1) * q.page_size
    items = items_of(qs[start : start + q.page_size])
    # A page that is neither full nor past the end is the last one: it tells the total without counting.
    if 0 < len(items) < q.page_size or (not items and start == 0):
        count = start + len(items)
    else:
        count = qs.count()
    return json_response(request, {"count": count, "page": q.page, "page_size": q.page_size, "items": items})


def scope_of(request: HttpRequest) -> Scope:
    cached: Scope | None = getattr(request, "_trongtam_scope", None)
    if cached is None:
        cached = Scope.of(request.auth)  # type: ignore[attr-defined]
        request._trongtam_scope = cached  # type: ignore[attr-defined]
    return cached


def one_cycle_list(
    request: HttpRequest, name: str, cycle: int, params: tuple[Any, ...], build: Callable[[], HttpResponse]
) -> HttpResponse:
    """A list narrowed to one cycle (``?cycle=``), kept under that cycle's change stamp.

    Everything such a list shows — reports, values, task statuses, units' names, and whether the caller
    sees the cycle at all — moves the stamp when it changes (``progress.datacache``), so the rendered JSON
    is reused for every request with the same filters and the same rights (the caller's organisations and
    roles are part of the key) until something changes, in whichever process or by whatever path.
    """
    scope = scope_of(request)
    key = ("api", name, cycle, params, scope.key)
    content = datacache.cached(key, [cycle], lambda: build().content)
    return HttpResponse(content, content_type=f"{_RENDERER.media_type}; charset={_RENDERER.charset}")


def in_cycle(
    request: HttpRequest, model: type[M], cycle: int, cycle_path: str, unit_path: str
) -> QuerySet[M]:
    """``model``'s rows of one cycle the caller sees: the rule decided on that cycle alone
    (``Scope.progress_q_in_cycle``), so the list's query stays simple."""
    q = scope_of(request).progress_q_in_cycle(cycle, cycle_path, unit_path)
    return model._default_manager.filter(q) if q is not None else model._default_manager.none()


def one(qs: QuerySet[M], pk: int, what_vi: str, what_en: str) -> M:
    obj = qs.filter(pk=pk).first()
    if obj is None:
        raise ApiError("not_found", f"Không tìm thấy {what_vi}.", f"{what_en} not found.")
    return obj


def tasks_prefetched(qs: QuerySet[KeyTask]) -> QuerySet[KeyTask]:
    targets = Prefetch("targets", queryset=Target.objects.order_by("order", "id"))
    children = Prefetch(
        "children",
        queryset=KeyTask.objects.order_by("order", "id").prefetch_related(targets, "lead_units"),
    )
    return qs.select_related("field").prefetch_related(targets, children, "lead_units")
