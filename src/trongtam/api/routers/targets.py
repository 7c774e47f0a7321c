"""Targets: the list and one target."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Query, Router

from trongtam.registry.cycles.models import Target
from trongtam.registry.cycles.selectors import list_scope

from .. import rows
from .. import schemas as s
from .common import LIST, READ, PageQuery, one, paginate, scope_of

router = Router()


def _targets(request: HttpRequest) -> QuerySet[Target]:
    return Target.objects.filter(scope_of(request).task_q("key_task__"))


@router.get("/targets", response={200: s.TargetPage, **LIST}, tags=["targets"], summary="List targets")
def targets_list(
    request: HttpRequest,
    p: Query[PageQuery],
    cycle: s.Id | None = None,
    key_task: s.Id | None = None,
    proposal: s.Id | None = None,
    is_main: bool | None = None,
) -> Any:
    qs = _targets(request)
    if cycle is not None:
        qs = qs.filter(key_task__cycle_id=cycle)
        if proposal is None and key_task is None:
            # A cycle's targets are its list's (consolidated, or the submitted proposals before), not both.
            qs = qs.filter(key_task_id__in=list_scope(cycle=cycle).values("id"))
    if key_task is not None:
        qs = qs.filter(key_task_id=key_task)
    if proposal is not None:
        qs = qs.filter(key_task__proposal_id=proposal)
    if is_main is not None:
        qs = qs.filter(is_main=is_main)
    qs = qs.order_by("key_task__cycle_id", "key_task_id", "order", "id")
    return paginate(request, qs, p, rows.target_items)


@router.get(
    "/targets/{target_id}", response={200: s.TargetOut, **READ}, tags=["targets"], summary="Read a target"
)
def targets_get(request: HttpRequest, target_id: s.Id) -> Any:
    return one(_targets(request), target_id, "chỉ tiêu", "Target")
