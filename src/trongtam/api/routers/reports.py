"""Unit reports: the list, one report, and a unit's submission of its progress values."""

from __future__ import annotations

from typing import Any, Literal

from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from ninja import Query, Router

from trongtam.registry.cycles.models import KeyTask, Target
from trongtam.registry.organisations.models import Organisation
from trongtam.registry.progress import services as progress_services
from trongtam.registry.progress.models import Report
from trongtam.registry.progress.selectors import progress_access

from .. import rows
from .. import schemas as s
from ..errors import ApiError
from .common import (
    LIST,
    READ,
    WRITE,
    PageQuery,
    in_cycle,
    json_response,
    one,
    one_cycle_list,
    paginate,
    scope_of,
)
from .periods import periods_of

router = Router()

ReportStatus = Literal["draft", "submitted", "returned", "accepted"]


def _reports(request: HttpRequest) -> QuerySet[Report]:
    q = scope_of(request).progress_q("period__cycle", "unit")
    return Report.objects.filter(q)


def _report_response(request: HttpRequest, report_id: int) -> HttpResponse:
    items = rows.report_items(_reports(request).filter(pk=report_id).order_by())
    if not items:
        raise ApiError("not_found", "Không tìm thấy báo cáo.", "Report not found.")
    return json_response(request, items[0])


@router.get("/reports", response={200: s.ReportPage, **LIST}, tags=["progress"], summary="List unit reports")
def reports_list(
    request: HttpRequest,
    p: Query[PageQuery],
    cycle: s.Id | None = None,
    period: s.Id | None = None,
    unit: s.Id | None = None,
    status: ReportStatus | None = None,
) -> Any:
    if cycle is None:
        return _reports_page(request, p, _reports(request), period, unit, status)
    return one_cycle_list(
        request,
        "reports",
        cycle,
        (period, unit, status, p.page, p.page_size),
        lambda: _reports_page(
            request, p, in_cycle(request, Report, cycle, "period__cycle", "unit"), period, unit, status
        ),
    )


def _reports_page(
    request: HttpRequest,
    p: PageQuery,
    qs: QuerySet[Report],
    period: int | None,
    unit: int | None,
    status: str | None,
) -> HttpResponse:
    if period is not None:
        qs = qs.filter(period_id=period)
    if unit is not None:
        qs = qs.filter(unit_id=unit)
    if status is not None:
        qs = qs.filter(status=status)
    return paginate(request, qs.order_by("period__end", "unit__name", "id"), p, rows.report_items)


@router.get(
    "/reports/{report_id}", response={200: s.ReportOut, **READ}, tags=["progress"], summary="Read a report"
)
def reports_get(request: HttpRequest, report_id: s.Id) -> Any:
    return _report_response(request, report_id)


@router.post(
    "/periods/{period_id}/reports/{unit_id}",
    response={200: s.ReportOut, 409: s.ErrorOut, **WRITE},
    tags=["progress"],
    summary="Submit a unit's progress values for a period",
)
def progress_submit(request: HttpRequest, period_id: s.Id, unit_id: s.Id, payload: s.ProgressIn) -> Any:
    """Saves the values (and task statuses) of the unit's report, all or none, and with ``submit`` sends it.

    Each value names the ``version`` it was read at (0 or null for a value not reported yet); if someone
    saved it since, nothing is saved and the answer is 409 ``version_conflict``. Values that are off track
    need an ``explanation`` before the report can be sent (400 ``explanation_required``)."""
    user = request.auth  # type: ignore[attr-defined]
    period = one(periods_of(request).select_related("cycle"), period_id, "kỳ báo cáo", "Period")
    cycle = period.cycle
    access = progress_access(user=user, cycle=cycle)
    unit = Organisation.objects.filter(pk=unit_id).first()
    if unit is None or not access.can_view_unit(unit.pk):
        raise ApiError("not_found", "Không tìm thấy báo cáo.", "Report not found.")
    if not access.can_edit_unit(unit.pk):
        raise ApiError(
            "forbidden",
            "Chỉ cán bộ của đơn vị được nhập báo cáo này.",
            "Only the unit's staff enter this report.",
        )
    target_ids = {e.target for e in payload.entries}
    task_ids = {t.key_task for t in payload.tasks}
    targets = {
        t.pk: t
        for t in Target.objects.filter(pk__in=target_ids, key_task__cycle=cycle).select_related("key_task")
    }
    tasks = {t.pk: t for t in KeyTask.objects.filter(pk__in=task_ids, cycle=cycle)}
    missing = sorted((target_ids - set(targets)) | (task_ids - set(tasks)))
    if missing:
        raise ApiError(
            "unknown_item",
            f"Chỉ tiêu hoặc nhiệm vụ không thuộc đợt này: {', '.join(map(str, missing[:10]))}.",
            f"Targets or tasks not in this cycle: {', '.join(map(str, missing[:10]))}.",
            status=400,
        )
    entries = [
        progress_services.EntryInput(
            target=targets[e.target],
            kind=e.kind,
            value=s.Decimal(e.value) if e.value is not None else None,
            version=e.version,
            note=e.note.strip(),
            explanation=e.explanation.strip(),
        )
        for e in payload.entries
    ]
    task_inputs = [
        progress_services.TaskInput(
            key_task=tasks[t.key_task],
            status=t.status,
            version=t.version,
            narrative=t.narrative.strip(),
            done_on=t.done_on,
        )
        for t in payload.tasks
    ]
    with transaction.atomic():
        report = progress_services.report_get_or_create(period=period, unit=unit)
        progress_services.report_save(report=report, entries=entries, tasks=task_inputs, user=user)
        if payload.submit:
            progress_services.report_submit(report=report, user=user)
    return _report_response(request, report.pk)
