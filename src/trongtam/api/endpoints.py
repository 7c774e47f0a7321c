"""The endpoints: reads with filters and pagination, and the writes a unit makes.

Every read goes through ``access.Scope`` (the web's visibility rules); every write through a registry
service, which checks the permission itself (403) after the object was found visible (else 404).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal, TypeVar

from django.db import transaction
from django.db.models import Model, Prefetch, QuerySet
from django.http import HttpRequest, HttpResponse
from ninja import File, Form, Query, Router
from ninja.files import UploadedFile
from ninja.renderers import JSONRenderer
from pydantic import Field

from trongtam.core.extraction import read_document
from trongtam.registry.cycles import proposals as proposal_services
from trongtam.registry.cycles.models import KeyTask, Proposal, Target
from trongtam.registry.cycles.selectors import cycle_get_for_user, cycle_list_for_user, list_scope
from trongtam.registry.organisations.models import Organisation
from trongtam.registry.progress import datacache
from trongtam.registry.progress import services as progress_services
from trongtam.registry.progress.models import (
    BodyAssessment,
    Entry,
    Period,
    Report,
    TargetAssessment,
    TaskAssessment,
)
from trongtam.registry.progress.selectors import progress_access

from . import rows
from . import schemas as s
from .access import Scope
from .errors import ApiError

router = Router()

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


def _json(request: HttpRequest, data: Any) -> HttpResponse:
    """``data``, already in the shape of the operation's response schema, rendered as the API renders."""
    content = _RENDERER.render(request, data, response_status=200)
    return HttpResponse(content, content_type=f"{_RENDERER.media_type}; charset={_RENDERER.charset}")


def _paginate(
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
    return _json(request, {"count": count, "page": q.page, "page_size": q.page_size, "items": items})


PROPOSAL_ROWS = rows.FlatRows(s.ProposalOut, Proposal)
PERIOD_ROWS = rows.FlatRows(s.PeriodOut, Period)
TARGET_ASSESSMENT_ROWS = rows.FlatRows(s.TargetAssessmentOut, TargetAssessment)
TASK_ASSESSMENT_ROWS = rows.FlatRows(s.TaskAssessmentOut, TaskAssessment)
BODY_ASSESSMENT_ROWS = rows.FlatRows(s.BodyAssessmentOut, BodyAssessment)


def _scope(request: HttpRequest) -> Scope:
    cached: Scope | None = getattr(request, "_trongtam_scope", None)
    if cached is None:
        cached = Scope.of(request.auth)  # type: ignore[attr-defined]
        request._trongtam_scope = cached  # type: ignore[attr-defined]
    return cached


def _one_cycle_list(
    request: HttpRequest, name: str, cycle: int, params: tuple[Any, ...], build: Callable[[], HttpResponse]
) -> HttpResponse:
    """A list narrowed to one cycle (``?cycle=``), kept under that cycle's change stamp.

    Everything such a list shows — reports, values, task statuses, units' names, and whether the caller
    sees the cycle at all — moves the stamp when it changes (``progress.datacache``), so the rendered JSON
    is reused for every request with the same filters and the same rights (the caller's organisations and
    roles are part of the key) until something changes, in whichever process or by whatever path.
    """
    scope = _scope(request)
    key = ("api", name, cycle, params, scope.key)
    content = datacache.cached(key, [cycle], lambda: build().content)
    return HttpResponse(content, content_type=f"{_RENDERER.media_type}; charset={_RENDERER.charset}")


def _in_cycle(
    request: HttpRequest, model: type[M], cycle: int, cycle_path: str, unit_path: str
) -> QuerySet[M]:
    """``model``'s rows of one cycle the caller sees: the rule decided on that cycle alone
    (``Scope.progress_q_in_cycle``), so the list's query stays simple."""
    q = _scope(request).progress_q_in_cycle(cycle, cycle_path, unit_path)
    return model._default_manager.filter(q) if q is not None else model._default_manager.none()


def _one(qs: QuerySet[M], pk: int, what_vi: str, what_en: str) -> M:
    obj = qs.filter(pk=pk).first()
    if obj is None:
        raise ApiError("not_found", f"Không tìm thấy {what_vi}.", f"{what_en} not found.")
    return obj


# ---------------------------------------------------------------------------------------------
# Cycles

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
    return _paginate(request, qs.order_by("-year", "owner__name", "id"), p, rows.cycle_items)


@router.get("/cycles/{cycle_id}", response={200: s.CycleOut, **READ}, tags=["cycles"], summary="Read a cycle")
def cycles_get(request: HttpRequest, cycle_id: s.Id) -> Any:
    return cycle_get_for_user(user=request.auth, cycle_id=cycle_id)  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------------------------
# Proposals

ProposalStatus = Literal["draft", "submitted", "returned"]


def _proposals(request: HttpRequest) -> QuerySet[Proposal]:
    scope = _scope(request)
    return (
        Proposal.objects.filter(scope.cycle_ids() & scope.proposal_q())
        .select_related("unit")
        .order_by("cycle_id", "unit__name", "id")
    )


def _tasks_prefetched(qs: QuerySet[KeyTask]) -> QuerySet[KeyTask]:
    targets = Prefetch("targets", queryset=Target.objects.order_by("order", "id"))
    children = Prefetch(
        "children",
        queryset=KeyTask.objects.order_by("order", "id").prefetch_related(targets, "lead_units"),
    )
    return qs.select_related("field").prefetch_related(targets, children, "lead_units")


def _proposal_detail(proposal: Proposal) -> Proposal:
    tasks = _tasks_prefetched(
        KeyTask.objects.filter(proposal=proposal, parent__isnull=True).order_by("field__order", "order", "id")
    )
    proposal.api_tasks = list(tasks)  # type: ignore[attr-defined]
    return proposal


@router.get(
    "/proposals", response={200: s.ProposalPage, **LIST}, tags=["proposals"], summary="List proposals"
)
def proposals_list(
    request: HttpRequest,
    p: Query[PageQuery],
    cycle: s.Id | None = None,
    unit: s.Id | None = None,
    status: ProposalStatus | None = None,
    year: int | None = YEAR,
) -> Any:
    """Proposals the caller sees: their own unit's, or all of a cycle for its office and leaders."""
    qs = _proposals(request)
    if cycle is not None:
        qs = qs.filter(cycle_id=cycle)
    if unit is not None:
        qs = qs.filter(unit_id=unit)
    if status is not None:
        qs = qs.filter(status=status)
    if year is not None:
        qs = qs.filter(cycle__year=year)
    return _paginate(request, qs, p, PROPOSAL_ROWS)


@router.get(
    "/proposals/{proposal_id}",
    response={200: s.ProposalDetailOut, **READ},
    tags=["proposals"],
    summary="Read a proposal with its tasks and targets",
)
def proposals_get(request: HttpRequest, proposal_id: s.Id) -> Any:
    return _proposal_detail(_one(_proposals(request), proposal_id, "đề xuất", "Proposal"))


@router.post(
    "/cycles/{cycle_id}/proposals/upload",
    response={200: s.ProposalDetailOut, 413: s.ErrorOut, **WRITE},
    tags=["proposals"],
    summary="Upload a unit's proposal letter; answers what was read, for review",
)
def proposals_upload(
    request: HttpRequest,
    cycle_id: s.Id,
    file: File[UploadedFile],
    unit: s.Id | None = UNIT_FORM,
) -> Any:
    """Reads the letter (.docx, .pdf, .txt, .md, .doc) and makes it the unit's draft proposal, replacing an
    earlier draft. The answer is the proposal with the key tasks, sub-items and targets as read, to be
    reviewed (and corrected in the web interface) before submitting."""
    user = request.auth  # type: ignore[attr-defined]
    cycle = cycle_get_for_user(user=user, cycle_id=cycle_id)
    scope = _scope(request)
    if unit is None:
        if len(scope.principal.staff) != 1:
            raise ApiError(
                "unit_required",
                "Hãy cho biết đơn vị đề xuất (trường unit).",
                "Say which unit proposes (field unit).",
                status=400,
            )
        unit = next(iter(scope.principal.staff))
    organisation = Organisation.objects.filter(pk=unit).first()
    if organisation is None:
        raise ApiError("not_found", "Không tìm thấy đơn vị.", "Unit not found.")
    filename = file.name or "tệp"
    proposal_services.upload_check(filename=filename, size=file.size or 0)
    proposal = proposal_services.proposal_upload(
        cycle=cycle, unit=organisation, user=user, content=file.read(), filename=filename
    )
    return _proposal_detail(proposal)


@router.post(
    "/proposals/{proposal_id}/submit",
    response={200: s.ProposalOut, **WRITE},
    tags=["proposals"],
    summary="Submit a draft proposal to the office",
)
def proposals_submit(request: HttpRequest, proposal_id: s.Id) -> Any:
    proposal = _one(_proposals(request).select_related("cycle"), proposal_id, "đề xuất", "Proposal")
    return proposal_services.proposal_submit(proposal=proposal, user=request.auth)  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------------------------
# Key tasks and targets


def _key_tasks(request: HttpRequest) -> QuerySet[KeyTask]:
    return KeyTask.objects.filter(_scope(request).task_q())


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
    return _paginate(request, qs, p, rows.key_task_items)


@router.get(
    "/key-tasks/{task_id}",
    response={200: s.KeyTaskOut, **READ},
    tags=["key tasks"],
    summary="Read a key task",
)
def key_tasks_get(request: HttpRequest, task_id: s.Id) -> Any:
    return _one(_tasks_prefetched(_key_tasks(request)), task_id, "nhiệm vụ", "Key task")


def _targets(request: HttpRequest) -> QuerySet[Target]:
    return Target.objects.filter(_scope(request).task_q("key_task__"))


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
    return _paginate(request, qs, p, rows.target_items)


@router.get(
    "/targets/{target_id}", response={200: s.TargetOut, **READ}, tags=["targets"], summary="Read a target"
)
def targets_get(request: HttpRequest, target_id: s.Id) -> Any:
    return _one(_targets(request), target_id, "chỉ tiêu", "Target")


# ---------------------------------------------------------------------------------------------
# Periods, reports and progress values

PeriodKind = Literal["month", "quarter", "half", "nine_months", "year"]


def _periods(request: HttpRequest) -> QuerySet[Period]:
    return Period.objects.filter(_scope(request).cycle_ids())


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
    qs = _periods(request)
    if cycle is not None:
        qs = qs.filter(cycle_id=cycle)
    if kind is not None:
        qs = qs.filter(kind=kind)
    if year is not None:
        qs = qs.filter(cycle__year=year)
    if required is not None:
        qs = qs.filter(required=required)
    return _paginate(request, qs.order_by("cycle_id", "end", "kind", "id"), p, PERIOD_ROWS)


@router.get(
    "/periods/{period_id}", response={200: s.PeriodOut, **READ}, tags=["progress"], summary="Read a period"
)
def periods_get(request: HttpRequest, period_id: s.Id) -> Any:
    return _one(_periods(request), period_id, "kỳ báo cáo", "Period")


EntryKind = Literal["estimate", "official"]
ReportStatus = Literal["draft", "submitted", "returned", "accepted"]


def _entries(request: HttpRequest) -> QuerySet[Entry]:
    q = _scope(request).progress_q("report__period__cycle", "report__unit")
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
    return _one_cycle_list(
        request,
        "entries",
        cycle,
        (period, unit, target, kind, report_status, p.page, p.page_size),
        lambda: _entries_page(
            request,
            p,
            _in_cycle(request, Entry, cycle, "report__period__cycle", "report__unit"),
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
    return _paginate(request, qs, p, rows.entry_items)


@router.get(
    "/entries/{entry_id}", response={200: s.EntryOut, **READ}, tags=["progress"], summary="Read a value"
)
def entries_get(request: HttpRequest, entry_id: s.Id) -> Any:
    items = rows.entry_items(_entries(request).filter(pk=entry_id).order_by())
    if not items:
        raise ApiError("not_found", "Không tìm thấy số liệu.", "Value not found.")
    return _json(request, items[0])


def _reports(request: HttpRequest) -> QuerySet[Report]:
    q = _scope(request).progress_q("period__cycle", "unit")
    return Report.objects.filter(q)


def _report_response(request: HttpRequest, report_id: int) -> HttpResponse:
    items = rows.report_items(_reports(request).filter(pk=report_id).order_by())
    if not items:
        raise ApiError("not_found", "Không tìm thấy báo cáo.", "Report not found.")
    return _json(request, items[0])


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
    return _one_cycle_list(
        request,
        "reports",
        cycle,
        (period, unit, status, p.page, p.page_size),
        lambda: _reports_page(
            request, p, _in_cycle(request, Report, cycle, "period__cycle", "unit"), period, unit, status
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
    return _paginate(request, qs.order_by("period__end", "unit__name", "id"), p, rows.report_items)


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
    period = _one(_periods(request).select_related("cycle"), period_id, "kỳ báo cáo", "Period")
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


# ---------------------------------------------------------------------------------------------
# Assessments


@router.get(
    "/assessments/targets",
    response={200: s.TargetAssessmentPage, **LIST},
    tags=["assessments"],
    summary="List target assessments",
)
def target_assessments_list(
    request: HttpRequest,
    p: Query[PageQuery],
    cycle: s.Id | None = None,
    period: s.Id | None = None,
    target: s.Id | None = None,
    status: Literal["exceeded", "met", "right_direction", "missed", "no_data"] | None = None,
) -> Any:
    qs = TargetAssessment.objects.filter(_scope(request).assessment_q("period__cycle"))
    if cycle is not None:
        qs = qs.filter(period__cycle_id=cycle)
    if period is not None:
        qs = qs.filter(period_id=period)
    if target is not None:
        qs = qs.filter(target_id=target)
    if status is not None:
        qs = qs.filter(status=status)
    return _paginate(request, qs.order_by("period__end", "target_id", "id"), p, TARGET_ASSESSMENT_ROWS)


@router.get(
    "/assessments/targets/{assessment_id}",
    response={200: s.TargetAssessmentOut, **READ},
    tags=["assessments"],
    summary="Read a target assessment",
)
def target_assessments_get(request: HttpRequest, assessment_id: s.Id) -> Any:
    qs = TargetAssessment.objects.filter(_scope(request).assessment_q("period__cycle"))
    return _one(qs, assessment_id, "kết quả đánh giá", "Assessment")


@router.get(
    "/assessments/tasks",
    response={200: s.TaskAssessmentPage, **LIST},
    tags=["assessments"],
    summary="List key task assessments",
)
def task_assessments_list(
    request: HttpRequest,
    p: Query[PageQuery],
    cycle: s.Id | None = None,
    period: s.Id | None = None,
    key_task: s.Id | None = None,
    status: Literal["completed_clear", "completed", "not_completed", "no_data"] | None = None,
) -> Any:
    qs = TaskAssessment.objects.filter(_scope(request).assessment_q("period__cycle"))
    if cycle is not None:
        qs = qs.filter(period__cycle_id=cycle)
    if period is not None:
        qs = qs.filter(period_id=period)
    if key_task is not None:
        qs = qs.filter(key_task_id=key_task)
    if status is not None:
        qs = qs.filter(status=status)
    return _paginate(request, qs.order_by("period__end", "key_task_id", "id"), p, TASK_ASSESSMENT_ROWS)


@router.get(
    "/assessments/tasks/{assessment_id}",
    response={200: s.TaskAssessmentOut, **READ},
    tags=["assessments"],
    summary="Read a key task assessment",
)
def task_assessments_get(request: HttpRequest, assessment_id: s.Id) -> Any:
    qs = TaskAssessment.objects.filter(_scope(request).assessment_q("period__cycle"))
    return _one(qs, assessment_id, "kết quả đánh giá", "Assessment")


@router.get(
    "/assessments/bodies",
    response={200: s.BodyAssessmentPage, **LIST},
    tags=["assessments"],
    summary="List assessments of bodies and units",
)
def body_assessments_list(
    request: HttpRequest,
    p: Query[PageQuery],
    cycle: s.Id | None = None,
    period: s.Id | None = None,
    organisation: s.Id | None = None,
) -> Any:
    qs = BodyAssessment.objects.filter(_scope(request).assessment_q("period__cycle")).select_related(
        "organisation"
    )
    if cycle is not None:
        qs = qs.filter(period__cycle_id=cycle)
    if period is not None:
        qs = qs.filter(period_id=period)
    if organisation is not None:
        qs = qs.filter(organisation_id=organisation)
    qs = qs.order_by("period__end", "organisation__name", "id")
    return _paginate(request, qs, p, BODY_ASSESSMENT_ROWS)


@router.get(
    "/assessments/bodies/{assessment_id}",
    response={200: s.BodyAssessmentOut, **READ},
    tags=["assessments"],
    summary="Read an assessment of a body or unit",
)
def body_assessments_get(request: HttpRequest, assessment_id: s.Id) -> Any:
    qs = BodyAssessment.objects.filter(_scope(request).assessment_q("period__cycle")).select_related(
        "organisation"
    )
    return _one(qs, assessment_id, "kết quả đánh giá", "Assessment")


# ---------------------------------------------------------------------------------------------
# Extraction without saving


@router.post(
    "/extract",
    response={200: s.DocumentOut, 400: s.ErrorOut, 401: s.ErrorOut, 413: s.ErrorOut, 422: s.ErrorOut},
    tags=["extraction"],
    summary="Read a document and return its structure and targets, saving nothing",
)
def extract(
    request: HttpRequest,
    file: File[UploadedFile],
    kind: Literal["plan", "report"] | None = KIND_FORM,
) -> Any:
    filename = file.name or "tệp"
    proposal_services.upload_check(filename=filename, size=file.size or 0)
    document = read_document(file.read(), name=filename, kind=kind)
    return _document_dict(document)


def _document_dict(document: Any) -> dict[str, Any]:
    import dataclasses

    return dataclasses.asdict(document)
