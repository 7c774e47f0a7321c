"""Key tasks: the list (top-level tasks with their sub-items and targets) and one task."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Query, Router

from trongtam.registry.cycles.models import KeyTask
from trongtam.registry.cycles.selectors import list_scope

from .. import rows
from .. import schemas as s
from .common import LEAD_UNIT, LIST, OWN_LIST, READ, PageQuery, one, paginate, scope_of, tasks_prefetched

router = Router()


def _key_tasks(request: HttpRequest) -> QuerySet[KeyTask]:
    return KeyTask.objects.filter(scope_of(request).task_q())


@router.get("/key-tasks", response={200: s.KeyTaskPage, **LIST}, tags=["key tasks"], summary="List key tasks")
def key_tasks_list(
    request: HttpRequest,
    p: Query[PageQuery],
    cycle: s.Id | None = None,
    proposal: s.Id | None = None,
    unit: s.Id | None = LEAD_UNIT,
    field: s.Id | None = None,
    own_list: bool | None = OWN_LIST,
) -> Any:
    """Top-level key tasks, each with its sub-items and targets."""
    qs = _key_tasks(request).filter(parent__isnull=True)
    if cycle is not None:
        qs = qs.filter(cycle_id=cycle)
        if proposal is None and own_list is None:
            # A cycle's tasks are its list (consolidated, or the submitted proposals before), not both.
            qs = qs.filter(id__in=list_scope(cycle=cycle).values("id"))
    if proposal is not None:
        qs = qs.filter(proposal_id=proposal)
    if unit is not None:
        qs = qs.filter(lead_units__id=unit).distinct()
    if field is not None:
        qs = qs.filter(field_id=field)
    if own_list is not None:
        qs = qs.filter(proposal__isnull=own_list)
    qs = qs.order_by("cycle_id", "proposal_id", "field__order", "order", "id")
    return paginate(request, qs, p, rows.key_task_items)


@router.get(
    "/key-tasks/{task_id}",
    response={200: s.KeyTaskOut, **READ},
    tags=["key tasks"],
    summary="Read a key task",
)
def key_tasks_get(request: HttpRequest, task_id: s.Id) -> Any:
    return one(tasks_prefetched(_key_tasks(request)), task_id, "nhiệm vụ", "Key task")
