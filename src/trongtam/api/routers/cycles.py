"""Cycles: the list the caller sees and one cycle."""

from __future__ import annotations

from typing import Any, Literal

from django.http import HttpRequest
from ninja import Query, Router

from trongtam.registry.cycles.selectors import cycle_get_for_user, cycle_list_for_user

from .. import rows
from .. import schemas as s
from .common import LIST, READ, YEAR, PageQuery, paginate

router = Router()

CycleStatus = Literal["draft", "open", "consolidating", "sent", "approved", "adjusting", "closed"]


@router.get("/cycles", response={200: s.CyclePage, **LIST}, tags=["cycles"], summary="List cycles")
def cycles_list(
    request: HttpRequest,
    p: Query[PageQuery],
    year: int | None = YEAR,
    status: CycleStatus | None = None,
    owner: s.Id | None = None,
) -> Any:
    """The cycles the caller sees (as owner, office, invited or proposing unit), newest year first."""
    qs = cycle_list_for_user(user=request.auth)  # type: ignore[attr-defined]
    if year is not None:
        qs = qs.filter(year=year)
    if status is not None:
        qs = qs.filter(status=status)
    if owner is not None:
        qs = qs.filter(owner_id=owner)
    return paginate(request, qs.order_by("-year", "owner__name", "id"), p, rows.cycle_items)


@router.get("/cycles/{cycle_id}", response={200: s.CycleOut, **READ}, tags=["cycles"], summary="Read a cycle")
def cycles_get(request: HttpRequest, cycle_id: s.Id) -> Any:
    return cycle_get_for_user(user=request.auth, cycle_id=cycle_id)  # type: ignore[attr-defined]
