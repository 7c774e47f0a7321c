"""Progress values (entries): the list, narrowed to one cycle under its change stamp, and one value."""

from __future__ import annotations

from typing import Any, Literal

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from ninja import Query, Router

from trongtam.registry.progress.models import Entry

from .. import rows
from .. import schemas as s
from ..errors import ApiError
from .common import LIST, READ, PageQuery, in_cycle, json_response, one_cycle_list, paginate, scope_of

router = Router()

EntryKind = Literal["estimate", "official"]
ReportStatus = Literal["draft", "submitted", "returned", "accepted"]


def _entries(request: HttpRequest) -> QuerySet[Entry]:
    q = scope_of(request).progress_q("report__period__cycle", "report__unit")
    return Entry.objects.filter(q)


@router.get(
    "/entries", response={200: s.EntryPage, **LIST}, tags=["progress"], summary="List progress values"
)
def entries_list(
    request: HttpRequest,
    p: Query[PageQuery],
    cycle: s.Id | None = None,
    period: s.Id | None = None,
    unit: s.Id | None = None,
    target: s.Id | None = None,
    kind: EntryKind | None = None,
    report_status: ReportStatus | None = None,
) -> Any:
    """Values units reported (estimate and official side by side), those the caller may see."""
    if cycle is None:
        return _entries_page(request, p, _entries(request), period, unit, target, kind, report_status)
    return one_cycle_list(
        request,
        "entries",
        cycle,
        (period, unit, target, kind, report_status, p.page, p.page_size),
        lambda: _entries_page(
            request,
            p,
            in_cycle(request, Entry, cycle, "report__period__cycle", "report__unit"),
            period,
            unit,
            target,
            kind,
            report_status,
        ),
    )


def _entries_page(
    request: HttpRequest,
    p: PageQuery,
    qs: QuerySet[Entry],
    period: int | None,
    unit: int | None,
    target: int | None,
    kind: str | None,
    report_status: str | None,
) -> HttpResponse:
    if period is not None:
        qs = qs.filter(report__period_id=period)
    if unit is not None:
        qs = qs.filter(report__unit_id=unit)
    if target is not None:
        qs = qs.filter(target_id=target)
    if kind is not None:
        qs = qs.filter(kind=kind)
    if report_status is not None:
        qs = qs.filter(report__status=report_status)
    qs = qs.order_by("report__period__end", "report__unit__name", "target_id", "kind", "id")
    return paginate(request, qs, p, rows.entry_items)


@router.get(
    "/entries/{entry_id}", response={200: s.EntryOut, **READ}, tags=["progress"], summary="Read a value"
)
def entries_get(request: HttpRequest, entry_id: s.Id) -> Any:
    items = rows.entry_items(_entries(request).filter(pk=entry_id).order_by())
    if not items:
        raise ApiError("not_found", "Không tìm thấy số liệu.", "Value not found.")
    return json_response(request, items[0])
