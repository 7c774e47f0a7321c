"""Reporting periods: the list and one period."""

from __future__ import annotations

from typing import Any, Literal

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Query, Router

from trongtam.registry.progress.models import Period

from .. import rows
from .. import schemas as s
from .common import LIST, READ, YEAR, PageQuery, one, paginate, scope_of

router = Router()

PERIOD_ROWS = rows.FlatRows(s.PeriodOut, Period)

PeriodKind = Literal["month", "quarter", "half", "nine_months", "year"]


def periods_of(request: HttpRequest) -> QuerySet[Period]:
    return Period.objects.filter(scope_of(request).cycle_ids())


@router.get(
    "/periods", response={200: s.PeriodPage, **LIST}, tags=["progress"], summary="List reporting periods"
)
def periods_list(
    request: HttpRequest,
    p: Query[PageQuery],
    cycle: s.Id | None = None,
    kind: PeriodKind | None = None,
    year: int | None = YEAR,
    required: bool | None = None,
) -> Any:
    qs = periods_of(request)
    if cycle is not None:
        qs = qs.filter(cycle_id=cycle)
    if kind is not None:
        qs = qs.filter(kind=kind)
    if year is not None:
        qs = qs.filter(cycle__year=year)
    if required is not None:
        qs = qs.filter(required=required)
    return paginate(request, qs.order_by("cycle_id", "end", "kind", "id"), p, PERIOD_ROWS)


@router.get(
    "/periods/{period_id}", response={200: s.PeriodOut, **READ}, tags=["progress"], summary="Read a period"
)
def periods_get(request: HttpRequest, period_id: s.Id) -> Any:
    return one(periods_of(request), period_id, "kỳ báo cáo", "Period")
