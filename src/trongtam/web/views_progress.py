"""Progress pages: periods, a unit's report, the office's review, assessment with overrides, the dashboard.

Views stay thin: reads through ``progress.selectors``, writes through ``progress.services``. Every view
first finds the cycle through what the user may see (404 otherwise), then checks the unit (404 for a
unit's report the user may not read) and the action (403 for a write the user may not make).
"""

from __future__ import annotations

import contextlib
import copy
import logging
from collections import Counter
from collections.abc import Callable, Hashable
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar, cast

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.http.response import HttpResponseBase
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from trongtam.core.assessment import (
    BUCKET_LABELS_VI,
    OUTLOOK_LABELS_VI,
    PACE_LABELS_VI,
    STATUS_LABELS_VI,
    TASK_STATUS_LABELS_VI,
    elapsed_months,
    timeliness,
)
from trongtam.registry import policy
from trongtam.registry.cycles import selectors as cycle_selectors
from trongtam.registry.cycles.models import Cycle
from trongtam.registry.progress import datacache, selectors, services
from trongtam.registry.progress.errors import ConflictError, ProgressError
from trongtam.registry.progress.models import (
    Aggregation,
    BodyAssessment,
    Entry,
    Evidence,
    Period,
    TargetAssessment,
    TaskAssessment,
    TaskProgress,
)
from trongtam.web.filters import ReportFilter

from . import charts
from .errors import MISSING_FILE_VI, message_response
from .forms_common import SummaryItem, error_summary, field_state
from .forms_progress import (
    EVIDENCE_TOO_LARGE,
    ExplainForm,
    ExplanationRequestForm,
    OverrideLevelForm,
    OverrideStatusForm,
    PeriodForm,
    ReportForm,
    TargetSettingsForm,
    version_of,
)

T = TypeVar("T")


def _user(request: HttpRequest) -> User:
    # Every view here is behind login_required, so the user is a real account.
    return cast(User, request.user)


def _cycle(request: HttpRequest, cycle_id: int) -> tuple[Cycle, selectors.Access]:
    # One read of the person's memberships (and, for an inspector, what they oversee) serves both the
    # visibility rule and the rights.
    user = _user(request)
    person = policy.principal_of(user)
    request.trongtam_principal = person  # type: ignore[attr-defined]  # the services' rights, read once
    if request.method == "GET":
        # Pages that only read: the cycle and whether these organisations see it are kept under the
        # cycle's stamps (its row, invitations and proposals move them; organisations move stamp 0).
        found = _cached_for_cycle(
            request,
            cycle_id,
            ("cycle_for", cycle_id, person.key),
            lambda: _cycle_or_none(user, cycle_id, person),
        )
        if found is None:
            raise Http404("Không tìm thấy đợt đăng ký.")
        cycle = copy.copy(found)  # the shared instance stays untouched whatever the view does
    else:
        cycle = cycle_selectors.cycle_get_for_user(
            user=user, cycle_id=cycle_id, org_ids=person.member, overseen=person.overseen
        )
    return cycle, policy.cycle_rights(person, cycle)


def _cycle_or_none(user: User, cycle_id: int, person: policy.Principal) -> Cycle | None:
    try:
        return cycle_selectors.cycle_get_for_user(
            user=user, cycle_id=cycle_id, org_ids=person.member, overseen=person.overseen
        )
    except Http404:
        return None


def _family_stamps(request: HttpRequest, cycle_id: int) -> tuple[tuple[int, str], ...]:
    """The stamps of the cycle's family, read once per request (until a save moves them)."""
    read: tuple[int, tuple[tuple[int, str], ...]] | None = getattr(request, "trongtam_stamps", None)
    if read is None or read[0] != cycle_id:
        read = (cycle_id, datacache.family_stamps(cycle_id))
        request.trongtam_stamps = read  # type: ignore[attr-defined]
    return read[1]


def _kept_for_cycle(request: HttpRequest, cycle_id: int, key: Hashable) -> Any:
    """What ``_cached_for_cycle`` keeps under ``key`` for the cycle as it is now, or None (nothing built)."""
    if not datacache.enabled():
        return None
    return datacache.kept(key, _family_stamps(request, cycle_id))


def _cached_for_cycle(request: HttpRequest, cycle_id: int, key: Hashable, build: Callable[[], T]) -> T:
    """``build()``, kept under the stamps of the cycle's family (``datacache.family_stamps``: the cycle,
    the owner's earlier years, which the dashboard compares with, and stamp 0), read once per request."""
    if not datacache.enabled():
        return build()
    return datacache.cached_under(key, _family_stamps(request, cycle_id), build)


def _count_rows(counts: Any) -> list[tuple[str, str, int]]:
    return [(key, BUCKET_LABELS_VI[key], n) for key, n in counts.items()]


def _round(value: Decimal) -> Decimal:
    """Two decimals for small numbers, whole numbers for large ones (a projection is an estimate)."""
    return value.quantize(Decimal(1) if abs(value) >= 1000 else Decimal("0.01"))


@login_required
def overview(request: HttpRequest, cycle_id: int) -> HttpResponse:
    # The periods of the cycle and, for each, every unit's report with its timeliness bucket.
    cycle, access = _cycle(request, cycle_id)
    return _overview(request, cycle, access)


def _overview(
    request: HttpRequest,
    cycle: Cycle,
    access: selectors.Access,
    *,
    refused: tuple[int, PeriodForm] | None = None,
) -> HttpResponse:
    """The overview page; with ``refused`` (period id, form) that period's edit drawn again as typed (400)."""
    today = timezone.localdate()
    data = services.compute.cycle_data_load(cycle=cycle, with_stored=False)
    rows = services.compute.report_timeliness(data, today=today, required_only=False)
    visible = [r for r in rows if access.can_view_unit(r.unit.id)]
    found = ReportFilter(request.GET, periods=data.periods, units=[r.unit for r in visible])
    by_period: dict[int, list[Any]] = {}
    for r in filter(found.keep, visible):
        by_period.setdefault(r.period.id, []).append((r, BUCKET_LABELS_VI[r.bucket]))
    counts = services.compute.bucket_counts(r.bucket for r in visible if r.period.required)
    periods = [(p, by_period.get(p.id, [])) for p in data.periods if not request.GET or p.id in by_period]
    return render(
        request,
        "web/progress/overview.html",
        {
            "cycle": cycle,
            "access": access,
            "periods": periods,
            "filter": found,
            "shown": sum(len(rows) for rows in by_period.values()),
            "counts": _count_rows(counts),
            "buckets_chart": charts.buckets_bar(counts, BUCKET_LABELS_VI, label="Tiến độ gửi báo cáo"),
            **_period_refusal(refused),
        },
        status=400 if refused else 200,
    )


def _period_refusal(refused: tuple[int, PeriodForm] | None) -> dict[str, Any]:
    if refused is None:
        return {}
    period_id, form = refused
    ids = {"end": f"end-{period_id}", "due": f"due-{period_id}"}
    return {
        "refused_period": period_id,
        "period_form": {
            "end": field_state(form, "end", ids["end"]),
            "due": field_state(form, "due", ids["due"]),
            "required": form.data.get("required") == "on",
        },
        "error_summary": error_summary(form, ids=ids),
    }


@login_required
@require_POST
def periods_generate(request: HttpRequest, cycle_id: int) -> HttpResponse:
    # Only the office sets up the reporting calendar of a cycle.
    cycle, access = _cycle(request, cycle_id)
    if not access.can_review:
        raise PermissionDenied("Chỉ cơ quan tham mưu, tổng hợp được tạo kỳ báo cáo.")
    services.period_generate_defaults(cycle=cycle)
    messages.success(request, "Đã tạo các kỳ báo cáo theo Nghị định 09/2019/NĐ-CP.")
    return redirect("web:progress_overview", cycle_id=cycle.id)


@login_required
@require_POST
def period_edit(request: HttpRequest, cycle_id: int, period_id: int) -> HttpResponse:
    cycle, access = _cycle(request, cycle_id)
    period = selectors.period_get(cycle=cycle, period_id=period_id)
    if not access.can_review:
        raise PermissionDenied("Chỉ cơ quan tham mưu, tổng hợp được sửa kỳ báo cáo.")
    form = PeriodForm(request.POST)
    if form.is_valid():
        try:
            services.period_update(
                period=period,
                end=form.cleaned_data["end"],
                due=form.cleaned_data["due"],
                required=form.cleaned_data["required"],
                user=_user(request),
            )
        except ProgressError as exc:
            # The only refusal of the service: the closing day before the period starts.
            form.add_error("end", exc.message_vi)
    if form.errors:
        return _overview(request, cycle, access, refused=(period.id, form))
    messages.success(request, f"Đã cập nhật kỳ {period.label}.")
    return redirect("web:progress_overview", cycle_id=cycle.id)


def _report_context(
    request: HttpRequest,
    cycle: Cycle,
    access: selectors.Access,
    period_id: int,
    unit_id: int,
    *,
    rendered: bool = True,
) -> dict[str, Any]:
    """The report page's context; ``rendered=False`` (a save or a send): the report's data without its
    drawn rows, which only a page shown needs (a refused form draws them again as typed)."""
    # The user's right to read the unit is checked before anything is read (404 either way).
    if not access.can_view_unit(unit_id):
        raise Http404("Không tìm thấy báo cáo.")
    rights = (access.can_edit_unit(unit_id), access.can_request_explanation)
    if not rendered:
        # A save or a send reads its form against the unit's targets and tasks alone: the values and
        # statuses of the whole cycle, recomputed after every save of any unit, are for a page shown. The
        # whole page's data serves as well when it is already kept (the page was just read, nothing moved).
        page = _kept_for_cycle(request, cycle.id, ("report_data", cycle.id, period_id, unit_id))
        if page is None:
            page = _cached_for_cycle(
                request,
                cycle.id,
                ("report_form", cycle.id, period_id, unit_id),
                lambda: selectors.report_form_page(cycle=cycle, period_id=period_id, unit_id=unit_id),
            )
    else:
        page = _report_data(request, cycle, period_id, unit_id)
    if rendered:
        parts = _cached_for_cycle(
            request,
            cycle.id,
            ("report_page", cycle.id, period_id, unit_id, *rights),
            lambda: _report_rows(cycle, page, *rights),
        )
    else:
        parts = {"page": page, "editable": rights[0] and (page.report is None or page.report.editable)}
    period, report = page.period, page.report
    submitted = report.first_submitted_at if report is not None else None
    bucket = timeliness(
        period.due, timezone.localdate(submitted) if submitted else None, timezone.localdate()
    )
    return {
        **parts,
        "cycle": cycle,
        "period": period,
        "unit": page.unit,
        "report": report,
        "access": access,
        "can_edit_unit": rights[0],
        "status_labels": STATUS_LABELS_VI,
        "bucket": bucket,
        "bucket_label": BUCKET_LABELS_VI[bucket],
    }


def _report_data(request: HttpRequest, cycle: Cycle, period_id: int, unit_id: int) -> selectors.ReportPage:
    """The whole report page's data: the same for everyone and read-only, so kept while the cycle's data is
    unchanged (the rows drawn for one set of rights are kept beside it, under the same stamps)."""
    return _cached_for_cycle(
        request,
        cycle.id,
        ("report_data", cycle.id, period_id, unit_id),
        lambda: selectors.report_page(cycle=cycle, period_id=period_id, unit_id=unit_id),
    )


def _report_rows(
    cycle: Cycle,
    page: Any,
    can_edit_unit: bool,
    can_request_explanation: bool,
    form: ReportForm | None = None,
    side: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The report's rows drawn as stored, or (``form``: a refused report) as typed, errors beside fields.

    ``side``: a refused request for or answer to an explanation ({"entry": id, "kind": "rq"|"ex",
    "field": FieldState}), drawn as typed with its error beside it."""
    editable = can_edit_unit and (page.report is None or page.report.editable)
    rows = {
        "cycle": cycle,
        "page": page,
        "editable": editable,
        "can_edit_unit": can_edit_unit,
        "can_request_explanation": can_request_explanation,
        "task_progress": TaskProgress.choices,
        "target_rows": [
            (
                row,
                charts.target_bar(
                    getattr(row.result, "percent", None),
                    _PACE_BANDS[row.in_year.pace]
                    if row.in_year
                    else getattr(row.result, "status", "no_data"),
                    label=row.target.indicator,
                    status_text=f"{row.in_year.pace_label_vi} (tạm tính)" if row.in_year else None,
                ),
                form.row_state(row.target.id) if form is not None else None,
            )
            for row in page.rows
        ],
        "task_rows": [(t, form.task_state(t.task.id) if form is not None else None) for t in page.tasks],
        "side": side or {},
    }
    return {
        "page": page,
        "editable": editable,
        "evidence": selectors.report_evidence(report=page.report),
        "target_rows_html": _jinja("web/progress/_report_target_rows.html", rows),
        "task_rows_html": _jinja("web/progress/_report_task_rows.html", rows),
    }


logger = logging.getLogger("trongtam.web")


def _jinja(name: str, context: dict[str, Any]) -> str:
    """A fragment drawn for every row of a busy page, by the ``jinja2`` engine (``trongtam.web.jinja``:
    the same output as Django's templates at a fraction of their CPU), safe to draw as it is."""
    return mark_safe(render_to_string(name, context, using="jinja2"))  # every value escaped by the engine


# Where each cached form wants this request's CSRF token: a comment no escaped text can produce.
CSRF_SLOT = "<!--csrf-->"


def _render_report(request: HttpRequest, context: dict[str, Any], status: int = 200) -> HttpResponse:
    """The report page: its rows with this request's CSRF token."""
    field = format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', get_token(request))
    if "target_rows_html" not in context:
        # A POST read the report's form data only (``rendered=False``); a page shown after all reads the
        # whole page's data and draws its rows.
        page = context["page"]
        if not page.complete:
            page = _report_data(request, context["cycle"], page.period.id, page.unit.id)
        context = {
            **context,
            "page": page,
            "report": page.report,
            **_report_rows(
                context["cycle"],
                page,
                context["can_edit_unit"],
                context["access"].can_request_explanation,
            ),
        }
    fresh = {"target_rows_html": mark_safe(context["target_rows_html"].replace(CSRF_SLOT, field))}
    return render(request, "web/progress/report.html", {**context, **fresh}, status=status)


@login_required
def report(request: HttpRequest, cycle_id: int, period_id: int, unit_id: int) -> HttpResponse:
    # GET shows the unit's report; POST saves it (action "save") or sends it (action "submit").
    cycle, access = _cycle(request, cycle_id)
    if request.method != "POST":
        return _render_report(request, _report_context(request, cycle, access, period_id, unit_id))
    # A save reads the cycle's structure for its form and again for the tasks the unit reports; a send for
    # its checks too (and, refused, for the page drawn again): built once while its structure stamp stands,
    # the page cache off too.
    with datacache.structure_scope():
        return _report_post(request, cycle, access, period_id, unit_id)


def _report_post(
    request: HttpRequest, cycle: Cycle, access: selectors.Access, period_id: int, unit_id: int
) -> HttpResponse:
    context = _report_context(request, cycle, access, period_id, unit_id, rendered=False)
    if not context["can_edit_unit"]:
        raise PermissionDenied("Chỉ cán bộ của đơn vị được nhập báo cáo này.")
    period, unit, page = context["period"], context["unit"], context["page"]
    link = reverse("web:progress_report", args=[cycle.id, period.id, unit.id])
    form = ReportForm(request.POST, request.FILES, rows=page.rows, tasks=page.tasks)
    # Everything is checked before anything is written, then written at once: values and files are
    # saved together or not at all. A refusal shows the page again as typed, each error by its field.
    uploads = request.FILES.getlist("evidence")
    if form.is_valid():
        for upload in uploads:
            if upload.size is not None and upload.size > services.MAX_EVIDENCE_BYTES:
                form.add_error(None, EVIDENCE_TOO_LARGE.format(name=upload.name))
        evidence_target = None
        if uploads:
            try:
                evidence_target = _evidence_target(request, context)
            except ProgressError as exc:
                form.add_error(None, exc.message_vi)
    if form.errors:
        return _render_refused(request, context, form, status=400)
    # None as the form read it: created without reading it again (read only if another request created it).
    report_obj = context["report"] or services.report_get_or_create(
        period=period, unit=unit, known_missing=True
    )
    # The person's rights as ``_cycle`` read them for this request: the services check them again without
    # reading the memberships again (one query each for the save and the send).
    actor = getattr(request, "trongtam_principal", None) or _user(request)
    try:
        # With files, the values and the files are written in one transaction; without, the save's own is
        # the whole write (no savepoint nested in an outer transaction that holds nothing else).
        with transaction.atomic() if uploads else contextlib.nullcontext():
            services.report_save(
                report=report_obj, entries=form.entries(), tasks=form.task_inputs(), user=actor
            )
            for upload in uploads:
                services.evidence_add(report=report_obj, file=upload, target=evidence_target, user=actor)
    except ConflictError as exc:
        messages.error(request, exc.message_vi)
        context = _report_context(request, cycle, access, period_id, unit_id)
        return _render_report(request, context, status=409)
    except ProgressError as exc:
        form.add_error(None, exc.message_vi)
        return _render_refused(request, context, form, status=400)
    if request.POST.get("action") == "submit":
        try:
            services.report_submit(report=report_obj, user=actor, link=link)
        except ProgressError as exc:
            # The values were saved (the page shows them as stored); what stops the sending is on top.
            messages.success(request, "Đã lưu báo cáo.")
            request.trongtam_stamps = None  # type: ignore[attr-defined]  # read again: the save moved them
            context = _report_context(request, cycle, access, period_id, unit_id)
            summary = [SummaryItem("", exc.message_vi)]
            return _render_report(request, {**context, "error_summary": summary}, status=400)
        messages.success(request, f"Đã gửi báo cáo {period.label}.")
    else:
        messages.success(request, "Đã lưu báo cáo.")
    return redirect(link)


def _render_refused(
    request: HttpRequest, context: dict[str, Any], form: ReportForm, *, status: int
) -> HttpResponse:
    """The report page drawn again as typed: each error beside its field and in a summary on top."""
    page = context["page"]
    if not page.complete:  # a save's form data: the page drawn needs its values and statuses
        page = _report_data(request, context["cycle"], page.period.id, page.unit.id)
        context = {**context, "page": page, "report": page.report}
    rows = _report_rows(
        context["cycle"],
        page,
        context["can_edit_unit"],
        context["access"].can_request_explanation,
        form=form,
    )
    ids = {name: name for name in form.fields}
    return _render_report(
        request, {**context, **rows, "error_summary": error_summary(form, ids=ids)}, status=status
    )


def _evidence_target(request: HttpRequest, context: dict[str, Any]) -> Any:
    """The target the uploaded evidence belongs to (None: the whole report); ProgressError if malformed."""
    raw = (request.POST.get("evidence_target") or "").strip()
    if not raw:
        return None
    targets = {str(row.target.id): row.target for row in context["page"].rows}
    if raw not in targets:
        raise ProgressError(
            f"bad evidence target {raw!r}",
            message_vi=f"Chỉ tiêu gắn với minh chứng không hợp lệ («{raw[:40]}»); báo cáo chưa được lưu.",
        )
    return targets[raw]


@login_required
@require_POST
def report_review(request: HttpRequest, cycle_id: int, period_id: int, unit_id: int) -> HttpResponse:
    # The office accepts a submitted report (its values lock) or returns it with a reason.
    cycle, access = _cycle(request, cycle_id)
    context = _report_context(request, cycle, access, period_id, unit_id, rendered=False)
    if not access.can_review:
        raise PermissionDenied("Chỉ cơ quan tham mưu, tổng hợp được xem xét báo cáo.")
    report_obj = context["report"]
    if report_obj is None:
        raise Http404("Đơn vị chưa có báo cáo kỳ này.")
    link = reverse("web:progress_report", args=[cycle.id, period_id, unit_id])
    try:
        if request.POST.get("action") == "accept":
            services.report_accept(report=report_obj, user=_user(request), link=link)
            messages.success(request, "Đã chấp nhận báo cáo; số liệu đã khóa.")
        else:
            services.report_return(
                report=report_obj,
                reason=request.POST.get("reason", ""),
                user=_user(request),
                link=link,
            )
            messages.success(request, "Đã trả lại báo cáo cho đơn vị.")
    except ProgressError as exc:
        # The report page again (400) with the reason typed and why the answer was refused beside it.
        returning = request.POST.get("action") != "accept"
        context["review_refused"] = {
            "reason": request.POST.get("reason", "") if returning else "",
            "error": exc.message_vi if returning else "",
        }
        context["error_summary"] = [SummaryItem("reason" if returning else "", exc.message_vi)]
        return _render_report(request, context, status=400)
    return redirect(link)


def _entry(request: HttpRequest, cycle: Cycle, access: selectors.Access, entry_id: int) -> Entry:
    entry = get_object_or_404(
        Entry.objects.select_related("report__period", "report__unit", "target"),
        pk=entry_id,
        report__period__cycle=cycle,
    )
    if not access.can_view_unit(entry.report.unit_id):
        raise Http404("Không tìm thấy số liệu.")
    return entry


@login_required
@require_POST
def entry_request(request: HttpRequest, cycle_id: int, entry_id: int) -> HttpResponse:
    # A leader or the office asks the unit to explain a value.
    cycle, access = _cycle(request, cycle_id)
    entry = _entry(request, cycle, access, entry_id)
    if not access.can_request_explanation:
        raise PermissionDenied("Chỉ lãnh đạo hoặc cơ quan theo dõi được yêu cầu giải trình.")
    link = reverse("web:progress_report", args=[cycle.id, entry.report.period_id, entry.report.unit_id])
    form = ExplanationRequestForm(request.POST)
    if not form.is_valid():
        return _refused_side(request, cycle, access, entry, form, kind="rq", name="text")
    services.entry_request_explanation(
        entry=entry, text=form.cleaned_data["text"], user=_user(request), link=link
    )
    messages.success(request, "Đã gửi yêu cầu giải trình cho đơn vị.")
    return redirect(link)


@login_required
@require_POST
def entry_explain(request: HttpRequest, cycle_id: int, entry_id: int) -> HttpResponse:
    # The unit answers a request for explanation, even on a report already accepted.
    cycle, access = _cycle(request, cycle_id)
    entry = _entry(request, cycle, access, entry_id)
    if not access.can_edit_unit(entry.report.unit_id):
        raise PermissionDenied("Chỉ cán bộ của đơn vị được giải trình.")
    link = reverse("web:progress_report", args=[cycle.id, entry.report.period_id, entry.report.unit_id])
    form = ExplainForm(request.POST)
    if not form.is_valid():
        return _refused_side(request, cycle, access, entry, form, kind="ex", name="explanation")
    try:
        services.entry_explain(
            entry=entry,
            explanation=form.cleaned_data["explanation"],
            version=version_of(form.cleaned_data["version"]) or 0,
            user=_user(request),
        )
    except ProgressError as exc:
        form.add_error("explanation", exc.message_vi)
        status = 409 if isinstance(exc, ConflictError) else 400
        return _refused_side(
            request, cycle, access, entry, form, kind="ex", name="explanation", status=status
        )
    messages.success(request, "Đã lưu giải trình.")
    return redirect(link)


def _refused_side(
    request: HttpRequest,
    cycle: Cycle,
    access: selectors.Access,
    entry: Entry,
    form: Any,
    *,
    kind: str,
    name: str,
    status: int = 400,
) -> HttpResponse:
    """The report page again with a refused explanation request (``rq``) or answer (``ex``) as typed,
    its error beside the field (id ``rq-<entry>`` / ``ex-<entry>``) and in the summary on top."""
    field_id = f"{kind}-{entry.id}"
    context = _report_context(request, cycle, access, entry.report.period_id, entry.report.unit_id)
    side = {"entry": entry.id, "kind": kind, "field": field_state(form, name, field_id)}
    rows = _report_rows(
        cycle, context["page"], context["can_edit_unit"], access.can_request_explanation, side=side
    )
    summary = error_summary(form, ids={name: field_id})
    return _render_report(request, {**context, **rows, "error_summary": summary}, status=status)


@login_required
def evidence(request: HttpRequest, cycle_id: int, evidence_id: int) -> HttpResponseBase:
    # Evidence files are served only to those who may read the unit's report.
    cycle, access = _cycle(request, cycle_id)
    item = get_object_or_404(
        Evidence.objects.select_related("report"), pk=evidence_id, report__period__cycle=cycle
    )
    if not access.can_view_unit(item.report.unit_id):
        raise Http404("Không tìm thấy tệp.")
    try:
        handle = item.file.open("rb")
    except OSError:
        logger.error(
            "Evidence %s of report %s is missing on disk: %s", item.pk, item.report_id, item.file.name
        )
        return message_response(request, MISSING_FILE_VI, status=404)
    return FileResponse(handle, as_attachment=True, filename=item.name)


def _period_or_default(
    cycle: Cycle, raw: str | None, *, latest_with_data: bool = False, periods: list[Period] | None = None
) -> Any:
    """The period asked for (404 if not the cycle's), else the default one, and the cycle's periods in order
    (``periods``: already read, e.g. with the cycle's structure)."""
    if periods is None:
        periods = selectors.period_list(cycle=cycle)
    if raw and raw.isdigit():
        # The period is one of the list just read: no second query, and 404 for another cycle's.
        chosen = next((p for p in periods if p.id == int(raw)), None)
        if chosen is None:
            raise Http404("Không tìm thấy kỳ báo cáo.")
        return chosen, periods
    if latest_with_data:
        # The dashboard opens on the latest figures reported, not on the first month.
        found = selectors.latest_period_with_data(cycle=cycle, periods=periods, today=timezone.localdate())
        return found, periods
    return selectors.default_period(periods, timezone.localdate()), periods


@login_required
def assessment(request: HttpRequest, cycle_id: int) -> HttpResponse:
    # Stored statuses of every target, task and body at a period, with the office's overrides.
    cycle, access = _cycle(request, cycle_id)
    if not access.reads_all:
        raise Http404("Không tìm thấy trang đánh giá.")
    period, periods = _period_or_default(cycle, request.GET.get("ky"))
    return render(
        request, "web/progress/assessment.html", _assessment_context(cycle, access, period, periods)
    )


def _assessment_context(cycle: Cycle, access: selectors.Access, period: Any, periods: Any) -> dict[str, Any]:
    context: dict[str, Any] = {"cycle": cycle, "access": access, "period": period, "periods": periods}
    if period is not None:
        context["targets"] = list(
            TargetAssessment.objects.filter(period=period)
            .select_related("target__key_task", "overridden_by")
            .order_by("target__key_task__order", "target__order")
        )
        context["tasks"] = list(
            TaskAssessment.objects.filter(period=period, key_task__parent__isnull=True)
            .select_related("key_task", "overridden_by")
            .order_by("key_task__field__order", "key_task__order")
        )
        context["bodies"] = list(
            BodyAssessment.objects.filter(period=period).select_related("organisation", "overridden_by")
        )
    context.update(
        level_choices=_level_choices(cycle),
        status_choices=list(STATUS_LABELS_VI.items()),
        task_choices=list(TASK_STATUS_LABELS_VI.items()),
        bucket_labels=BUCKET_LABELS_VI,
    )
    return context


def _refused_override(
    request: HttpRequest, cycle: Cycle, access: selectors.Access, kind: str, record: Any, form: Any
) -> HttpResponse:
    """The assessment page again (400) with the refused override's row open, what was typed kept and
    each error beside its field (ids ``s-``/``r-`` for a target, ``ts-``/``tr-`` for a task,
    ``lv-``/``rb-`` for a body's level)."""
    choice, reason_prefix, rows_key = {
        "chi-tieu": ("s", "r", "targets"),
        "nhiem-vu": ("ts", "tr", "tasks"),
        "co-quan": ("lv", "rb", "bodies"),
    }[kind]
    choice_name = "level" if kind == "co-quan" else "status"
    ids = {choice_name: f"{choice}-{record.id}", "reason": f"{reason_prefix}-{record.id}"}
    period, periods = _period_or_default(cycle, str(record.period_id))
    context = _assessment_context(cycle, access, period, periods)
    rows = context.get(rows_key, [])
    for row in rows:
        if row.id == record.id:
            row.refused = {name: field_state(form, name, ids[name]) for name in ids}
    context["error_summary"] = error_summary(form, ids=ids)
    return render(request, "web/progress/assessment.html", context, status=400)


@login_required
@require_POST
def assess_run(request: HttpRequest, cycle_id: int, period_id: int) -> HttpResponse:
    cycle, access = _cycle(request, cycle_id)
    period = selectors.period_get(cycle=cycle, period_id=period_id)
    if not access.can_review:
        raise PermissionDenied("Chỉ cơ quan tham mưu, tổng hợp được chạy đánh giá.")
    snap = services.cycle_assess(cycle=cycle, period=period)
    messages.success(
        request,
        f"Đã đánh giá {len(snap.targets)} chỉ tiêu, {len(snap.tasks)} nhiệm vụ ({snap.ruleset_name}).",
    )
    return redirect(f"{reverse('web:progress_assessment', args=[cycle.id])}?ky={period.id}")


def _level_choices(cycle: Cycle) -> list[tuple[str, str]]:
    """The rule set's levels of a body, best first, as (code, name) for the override's choice."""
    return [(lv.code, lv.label) for lv in services.compute.ruleset_for_cycle(cycle).levels]


@login_required
@require_POST
def override(request: HttpRequest, cycle_id: int, kind: str, record_id: int) -> HttpResponse:
    # The office replaces a computed status; the reason is required and kept in the history.
    cycle, access = _cycle(request, cycle_id)
    if not access.can_review:
        raise PermissionDenied("Chỉ cơ quan tham mưu, tổng hợp được điều chỉnh kết quả đánh giá.")
    reason = request.POST.get("reason", "")
    record: Any
    try:
        if kind == "chi-tieu":
            record = get_object_or_404(TargetAssessment, pk=record_id, period__cycle=cycle)
            clear = bool(request.POST.get("clear"))
            form = OverrideStatusForm(request.POST, choices=list(STATUS_LABELS_VI.items()), clear=clear)
            if not form.is_valid():
                return _refused_override(request, cycle, access, kind, record, form)
            reason = form.cleaned_data["reason"]
            if clear:
                services.assessment_override_clear(assessment=record, reason=reason, user=_user(request))
            else:
                services.target_assessment_override(
                    assessment=record,
                    status=form.cleaned_data["status"],
                    reason=reason,
                    user=_user(request),
                )
        elif kind == "nhiem-vu":
            record = get_object_or_404(TaskAssessment, pk=record_id, period__cycle=cycle)
            if request.POST.get("judgement") is not None and not request.POST.get("status"):
                services.task_judgement_set(
                    period=record.period,
                    key_task=record.key_task,
                    judgement=request.POST["judgement"],
                    user=_user(request),
                )
            else:
                clear = bool(request.POST.get("clear"))
                form = OverrideStatusForm(
                    request.POST, choices=list(TASK_STATUS_LABELS_VI.items()), clear=clear
                )
                if not form.is_valid():
                    return _refused_override(request, cycle, access, kind, record, form)
                reason = form.cleaned_data["reason"]
                if clear:
                    services.assessment_override_clear(assessment=record, reason=reason, user=_user(request))
                else:
                    services.task_assessment_override(
                        assessment=record,
                        status=form.cleaned_data["status"],
                        reason=reason,
                        user=_user(request),
                    )
        elif kind == "co-quan":
            record = get_object_or_404(BodyAssessment, pk=record_id, period__cycle=cycle)
            choices = _level_choices(cycle)
            level_form = OverrideLevelForm(request.POST, levels=choices)
            if not level_form.is_valid():
                return _refused_override(request, cycle, access, kind, record, level_form)
            level = level_form.cleaned_data["level"]
            services.body_assessment_override(
                assessment=record,
                level=level,
                label=dict(choices)[level],
                reason=level_form.cleaned_data["reason"],
                user=_user(request),
            )
        else:
            raise Http404("Không tìm thấy.")
        messages.success(request, "Đã lưu điều chỉnh kết quả đánh giá.")
        period_id = record.period_id
    except ProgressError as exc:
        messages.error(request, exc.message_vi)
        period_id = request.POST.get("period", "")
    return redirect(f"{reverse('web:progress_assessment', args=[cycle.id])}?ky={period_id}")


@login_required
def dashboard(request: HttpRequest, cycle_id: int) -> HttpResponse:
    # The cycle at a glance: counts, bars against target lines, trends, timeliness, units, projections.
    cycle, access = _cycle(request, cycle_id)
    unit_raw = request.GET.get("don_vi")
    unit_id = int(unit_raw) if unit_raw and unit_raw.isdigit() else None
    if unit_id is not None and not access.can_view_unit(unit_id):
        raise Http404("Không tìm thấy đơn vị.")
    if unit_id is None and not access.reads_all:
        # The whole body's figures (every unit's ratings) are for the body's readers; a unit sees its own part.
        own = selectors.dashboard_unit_for(cycle=cycle, unit_ids=access.member_units)
        if own is None:
            raise Http404("Không tìm thấy đơn vị.")
        return redirect(f"{reverse('web:progress_dashboard', args=[cycle.id])}?don_vi={own}")
    today = timezone.localdate()
    # The periods, the chosen one and everything below the navigation follow from the cycle's data and
    # the previous year's cycle: one stamp read covers them all while nothing has changed.
    view = _cached_for_cycle(
        request,
        cycle.id,
        ("dashboard", cycle.id, request.GET.get("ky"), unit_id, today),
        lambda: _dashboard_view(cycle, request.GET.get("ky"), unit_id, today),
    )
    return render(request, "web/progress/dashboard.html", {"cycle": cycle, "access": access, **view})


@login_required
def dashboard_old(request: HttpRequest, cycle_id: int) -> HttpResponse:
    # The dashboard's address before it was named "Bảng theo dõi" (bookmarks, links in old e-mails): a
    # permanent redirect with the same query, only for a cycle the person sees (404 otherwise, as there).
    _cycle(request, cycle_id)
    url = reverse("web:progress_dashboard", args=[cycle_id])
    query = request.META.get("QUERY_STRING", "")
    return HttpResponsePermanentRedirect(f"{url}?{query}" if query else url)


def _dashboard_view(
    cycle: Cycle, raw_period: str | None, unit_id: int | None, today: date
) -> dict[str, object]:
    """The dashboard's periods, chosen period and parts (``_dashboard_parts``); no period yet: only that.

    The periods are the cycle's structure's, which the dashboard's data is then computed from: read once."""
    structure = services.compute.cycle_structure(cycle=cycle)
    period, periods = _period_or_default(cycle, raw_period, latest_with_data=True, periods=structure.periods)
    if period is None:
        return {"period": None}
    return {
        "period": period,
        "periods": periods,
        **_dashboard_parts(cycle, period, periods, unit_id, today, structure),
    }


def _dashboard_parts(
    cycle: Cycle,
    period: Period,
    periods: list[Period],
    unit_id: int | None,
    today: date,
    structure: services.compute.CycleStructure | None = None,
) -> dict[str, object]:
    """Everything on the dashboard that follows from the cycle's data (cached while that data is unchanged)."""
    board = selectors.dashboard(cycle=cycle, period=period, today=today, unit_id=unit_id, structure=structure)
    provisional = board.snapshot.provisional
    rows = []
    for line in board.lines:
        pace = line.in_year if provisional else None
        rows.append(
            {
                "line": line,
                "pace": pace,
                "expected": _round(pace.expected) if pace and pace.expected is not None else None,
                "projected": _round(pace.projected)
                if pace and pace.projected is not None
                else (_round(line.projection.value) if line.projection else None),
                "bar": charts.target_bar(
                    line.result.percent,
                    _PACE_BANDS[pace.pace] if pace else line.result.status,
                    label=line.row.target.indicator,
                    status_text=f"{pace.pace_label_vi} (tạm tính)" if pace else None,
                ),
                "spark": charts.sparkline(
                    [point.value for point in line.trend],
                    line.row.target.value,
                    [point.result.status for point in line.trend],
                    label=f"Diễn biến: {line.row.target.indicator}",
                ),
            }
        )
    trend_points = [(p.label.replace("Tháng ", "T").split("/")[0], n) for p, n, _ in board.trend]
    body = {
        "cycle": cycle,
        "period": period,
        "periods": periods,
        "board": board,
        "rows": rows,
        "trend_chart": charts.trend_line(
            trend_points, board.total, label="Số chỉ tiêu đạt hoặc đúng tiến độ theo tháng"
        ),
        "reports_chart": charts.buckets_bar(
            board.report_buckets, BUCKET_LABELS_VI, label="Tiến độ gửi báo cáo của các đơn vị"
        ),
        "tasks_chart": charts.buckets_bar(
            board.task_buckets, BUCKET_LABELS_VI, label="Tiến độ thực hiện nhiệm vụ"
        ),
        "status_labels": STATUS_LABELS_VI,
        "bucket_labels": BUCKET_LABELS_VI,
        "provisional": provisional,
    }
    if provisional:
        body.update(_in_year_counts(board))
    return {
        "board": board,
        "body_html": _jinja("web/progress/_dashboard_body.html", body),
        "is_demo": board.is_demo,
    }


# Colour of a target's bar before the year is in: green on pace, amber behind, grey without figures.
_PACE_BANDS = {"on_pace": "met", "behind_pace": "right_direction", "no_data": "no_data"}


def _in_year_counts(board: selectors.Dashboard) -> dict[str, object]:
    """Before the year is in: how many targets are on pace, behind, forecast to be met, per field and unit."""
    lines = [line for line in board.lines if line.in_year is not None]
    paces: Counter[str] = Counter(line.in_year.pace for line in lines if line.in_year)
    outlooks: Counter[str] = Counter(line.in_year.outlook for line in lines if line.in_year)
    by_field: dict[str, list[int]] = {}
    for line in lines:
        title = line.row.field.title if line.row.field else "Chưa xếp lĩnh vực"
        counts = by_field.setdefault(title, [0, 0])
        counts[0] += bool(line.in_year and line.in_year.pace == "on_pace")
        counts[1] += 1
    units = [
        (
            u,
            sum(
                1
                for line in board.snapshot.targets
                if u.organisation.id in line.row.units and line.in_year and line.in_year.pace == "on_pace"
            ),
        )
        for u in board.units
    ]
    months = elapsed_months(board.period.kind, board.period.number)
    return {
        "pace_rows": [(key, PACE_LABELS_VI[key], paces[key]) for key in PACE_LABELS_VI if paces[key]],
        "outlook_rows": [
            (key, OUTLOOK_LABELS_VI[key], outlooks[key]) for key in OUTLOOK_LABELS_VI if outlooks[key]
        ],
        "on_pace": paces["on_pace"],
        "field_pace": [(title, on, total) for title, (on, total) in by_field.items()],
        "unit_pace": units,
        "months_elapsed": months,
    }


@login_required
def target_settings(request: HttpRequest, cycle_id: int) -> HttpResponse:
    # How each target adds up over the year (and missing baselines, multi-part groups); the office edits it.
    cycle, access = _cycle(request, cycle_id)
    if not access.reads_all:
        raise Http404("Không tìm thấy trang.")
    data = services.compute.cycle_data_load(cycle=cycle, with_stored=False)
    if request.method == "POST":
        if not access.can_review:
            raise PermissionDenied("Chỉ cơ quan tham mưu, tổng hợp được cấu hình chỉ tiêu.")
        form = TargetSettingsForm(request.POST, rows=data.rows)
        if form.is_valid():
            try:
                changed = services.target_settings_save(
                    cycle=cycle, settings=form.settings(), user=_user(request)
                )
            except ProgressError as exc:
                form.add_error(None, exc.message_vi)
            else:
                messages.success(request, f"Đã lưu cấu hình {changed} chỉ tiêu.")
                return redirect("web:progress_target_settings", cycle_id=cycle.id)
        # Nothing was saved: the page again as typed, each error by its field, as a 400.
        return render(
            request,
            "web/progress/target_settings.html",
            {
                "cycle": cycle,
                "access": access,
                "rows": [(row, form.state(row.target.id)) for row in data.rows],
                "aggregations": Aggregation.choices,
                "error_summary": error_summary(form, ids={name: name for name in form.fields}),
            },
            status=400,
        )
    return render(
        request,
        "web/progress/target_settings.html",
        {
            "cycle": cycle,
            "access": access,
            "rows": [(row, None) for row in data.rows],
            "aggregations": Aggregation.choices,
        },
    )
