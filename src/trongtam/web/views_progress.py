"""Progress pages: periods, a unit's report, the office's review, assessment with overrides, the dashboard.

Views stay thin: reads through ``progress.selectors``, writes through ``progress.services``. Every view
first finds the cycle through what the user may see (404 otherwise), then checks the unit (404 for a
unit's report the user may not read) and the action (403 for a write the user may not make).
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable, Hashable
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar, cast

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from trongtam.core.assessment import BUCKET_LABELS_VI, STATUS_LABELS_VI, TASK_STATUS_LABELS_VI, timeliness
from trongtam.core.numbers import DEFAULT_BOUND, NumberError, read_number
from trongtam.registry import policy
from trongtam.registry.cycles import selectors as cycle_selectors
from trongtam.registry.cycles.models import Cycle
from trongtam.registry.numbers import bound_of
from trongtam.registry.progress import datacache, selectors, services
from trongtam.registry.progress.errors import ConflictError, ProgressError
from trongtam.registry.progress.models import (
    Aggregation,
    BodyAssessment,
    Entry,
    Evidence,
    Period,
    Report,
    TargetAssessment,
    TargetSetting,
    TaskAssessment,
    TaskProgress,
)

from . import charts
from .errors import MISSING_FILE_VI, message_response

T = TypeVar("T")


def _user(request: HttpRequest) -> User:
    # Every view here is behind login_required, so the user is a real account.
    return cast(User, request.user)


def _cycle(request: HttpRequest, cycle_id: int) -> tuple[Cycle, selectors.Access]:
    # One read of the person's memberships (and, for an inspector, what they oversee) serves both the
    # visibility rule and the rights.
    user = _user(request)
    person = policy.principal_of(user)
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


def _cached_for_cycle(request: HttpRequest, cycle_id: int, key: Hashable, build: Callable[[], T]) -> T:
    """``build()``, kept under the stamps of the cycle's family (``datacache.family_stamps``: the cycle,
    the owner's earlier years, which the dashboard compares with, and stamp 0), read once per request."""
    if not datacache.enabled():
        return build()
    read: tuple[int, tuple[tuple[int, str], ...]] | None = getattr(request, "trongtam_stamps", None)
    if read is None or read[0] != cycle_id:
        read = (cycle_id, datacache.family_stamps(cycle_id))
        request.trongtam_stamps = read  # type: ignore[attr-defined]
    return datacache.cached_under(key, read[1], build)


def parse_number(raw: str, *, column: Any = None, label: str = "Giá trị") -> Decimal | None:
    """A number typed the Vietnamese way, checked against ``column`` (a model field); blank → None.

    A ProgressError (not a ValueError) so the form answers 400 with the message, naming the field.
    """
    bound = bound_of(column) if column is not None else DEFAULT_BOUND
    try:
        return read_number(raw, bound=bound, label=label)
    except NumberError as exc:
        raise ProgressError(str(exc), message_vi=exc.message_vi) from None


def _count_rows(counts: Any) -> list[tuple[str, str, int]]:
    return [(key, BUCKET_LABELS_VI[key], n) for key, n in counts.items()]


def _round(value: Decimal) -> Decimal:
    """Two decimals for small numbers, whole numbers for large ones (a projection is an estimate)."""
    return value.quantize(Decimal(1) if abs(value) >= 1000 else Decimal("0.01"))


def _version(raw: str | None) -> int | None:
    return int(raw) if raw and raw.isdigit() and int(raw) > 0 else None


@login_required
def overview(request: HttpRequest, cycle_id: int) -> HttpResponse:
    # The periods of the cycle and, for each, every unit's report with its timeliness bucket.
    cycle, access = _cycle(request, cycle_id)
    today = timezone.localdate()
    data = services.compute.cycle_data_load(cycle=cycle, with_stored=False)
    rows = services.compute.report_timeliness(data, today=today, required_only=False)
    visible = [r for r in rows if access.can_view_unit(r.unit.id)]
    by_period: dict[int, list[Any]] = {}
    for r in visible:
        by_period.setdefault(r.period.id, []).append((r, BUCKET_LABELS_VI[r.bucket]))
    counts = services.compute.bucket_counts(r.bucket for r in visible if r.period.required)
    return render(
        request,
        "web/progress/overview.html",
        {
            "cycle": cycle,
            "access": access,
            "periods": [(p, by_period.get(p.id, [])) for p in data.periods],
            "counts": _count_rows(counts),
            "buckets_chart": charts.buckets_bar(counts, BUCKET_LABELS_VI, label="Tiến độ gửi báo cáo"),
        },
    )


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
    try:
        services.period_update(
            period=period,
            end=date.fromisoformat(request.POST["end"]) if request.POST.get("end") else None,
            due=date.fromisoformat(request.POST["due"]) if request.POST.get("due") else None,
            required=request.POST.get("required") == "on",
        )
        messages.success(request, f"Đã cập nhật kỳ {period.label}.")
    except (ValueError, ProgressError) as exc:
        messages.error(request, getattr(exc, "message_vi", "Ngày không hợp lệ (dd/mm/yyyy)."))
    return redirect("web:progress_overview", cycle_id=cycle.id)


def _report_context(
    request: HttpRequest, cycle: Cycle, access: selectors.Access, period_id: int, unit_id: int
) -> dict[str, Any]:
    # The user's right to read the unit is checked before anything is read (404 either way).
    if not access.can_view_unit(unit_id):
        raise Http404("Không tìm thấy báo cáo.")
    rights = (access.can_edit_unit(unit_id), access.can_request_explanation)
    # The same for everyone with these rights and read-only, so kept while the cycle's data is unchanged.
    parts = _cached_for_cycle(
        request,
        cycle.id,
        ("report_page", cycle.id, period_id, unit_id, *rights),
        lambda: _report_parts(cycle, period_id, unit_id, *rights),
    )
    page = parts["page"]
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


def _report_parts(
    cycle: Cycle, period_id: int, unit_id: int, can_edit_unit: bool, can_request_explanation: bool
) -> dict[str, Any]:
    """The report page's data and its rendered rows, for one set of rights (cached by ``_report_context``)."""
    page = selectors.report_page(cycle=cycle, period_id=period_id, unit_id=unit_id)
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
                    getattr(row.result, "status", "no_data"),
                    label=row.target.indicator,
                ),
            )
            for row in page.rows
        ],
    }
    return {
        "page": page,
        "editable": editable,
        "evidence": selectors.report_evidence(report=page.report),
        "target_rows_html": render_to_string("web/progress/_report_target_rows.html", rows),
        "task_rows_html": render_to_string("web/progress/_report_task_rows.html", rows),
    }


logger = logging.getLogger("trongtam.web")

# Where each cached form wants this request's CSRF token: a comment no escaped text can produce.
CSRF_SLOT = "<!--csrf-->"


def _render_report(request: HttpRequest, context: dict[str, Any], status: int = 200) -> HttpResponse:
    """The report page: its rows with this request's CSRF token."""
    field = format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', get_token(request))
    fresh = {"target_rows_html": mark_safe(context["target_rows_html"].replace(CSRF_SLOT, field))}
    return render(request, "web/progress/report.html", {**context, **fresh}, status=status)


@login_required
def report(request: HttpRequest, cycle_id: int, period_id: int, unit_id: int) -> HttpResponse:
    # GET shows the unit's report; POST saves it (action "save") or sends it (action "submit").
    cycle, access = _cycle(request, cycle_id)
    context = _report_context(request, cycle, access, period_id, unit_id)
    if request.method != "POST":
        return _render_report(request, context)
    if not context["can_edit_unit"]:
        raise PermissionDenied("Chỉ cán bộ của đơn vị được nhập báo cáo này.")
    period, unit = context["period"], context["unit"]
    link = reverse("web:progress_report", args=[cycle.id, period.id, unit.id])
    report_obj = context["report"] or services.report_get_or_create(period=period, unit=unit)
    try:
        entries = [
            services.EntryInput(
                target=row.target,
                kind=request.POST.get(f"kind_{row.target.id}", "estimate"),
                value=parse_number(
                    request.POST.get(f"value_{row.target.id}", ""),
                    column=Entry._meta.get_field("value"),
                    label=f"Số liệu «{row.target.indicator}»",
                ),
                version=_version(
                    request.POST.get(
                        f"ver_{row.target.id}_{request.POST.get(f'kind_{row.target.id}', 'estimate')}"
                    )
                ),
                note=request.POST.get(f"note_{row.target.id}", "").strip(),
                explanation=request.POST.get(f"expl_{row.target.id}", "").strip(),
            )
            for row in context["page"].rows
            if f"value_{row.target.id}" in request.POST
        ]
        tasks = [
            services.TaskInput(
                key_task=t.task,
                status=request.POST.get(f"tstatus_{t.task.id}", TaskProgress.IN_PROGRESS),
                version=_version(request.POST.get(f"tver_{t.task.id}")),
                narrative=request.POST.get(f"tnarr_{t.task.id}", "").strip(),
                done_on=date.fromisoformat(request.POST[f"tdone_{t.task.id}"])
                if request.POST.get(f"tdone_{t.task.id}")
                else None,
            )
            for t in context["page"].tasks
            if f"tstatus_{t.task.id}" in request.POST
        ]
        # Everything is checked before anything is written, then written at once: values and files
        # are saved together or not at all.
        uploads = request.FILES.getlist("evidence")
        evidence_target = _evidence_target(request, context) if uploads else None
        for upload in uploads:
            if upload.size is not None and upload.size > services.MAX_EVIDENCE_BYTES:
                raise ProgressError(
                    "evidence too large", message_vi=EVIDENCE_TOO_LARGE.format(name=upload.name)
                )
        with transaction.atomic():
            services.report_save(report=report_obj, entries=entries, tasks=tasks, user=_user(request))
            for upload in uploads:
                services.evidence_add(
                    report=report_obj, file=upload, target=evidence_target, user=_user(request)
                )
        if request.POST.get("action") == "submit":
            services.report_submit(report=report_obj, user=_user(request), link=link)
            messages.success(request, f"Đã gửi báo cáo {period.label}.")
        else:
            messages.success(request, "Đã lưu báo cáo.")
    except ConflictError as exc:
        messages.error(request, exc.message_vi)
        context = _report_context(request, cycle, access, period_id, unit_id)
        return _render_report(request, context, status=409)
    except ValueError:
        messages.error(request, "Ngày hoàn thành không hợp lệ.")
        return _render_report(request, context, status=400)
    except ProgressError as exc:
        messages.error(request, exc.message_vi)
        context = _report_context(request, cycle, access, period_id, unit_id)
        return _render_report(request, context, status=400)
    return redirect(link)


EVIDENCE_TOO_LARGE = "Tệp minh chứng “{name}” quá lớn (tối đa 20 MB); báo cáo chưa được lưu."


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
    context = _report_context(request, cycle, access, period_id, unit_id)
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
        messages.error(request, exc.message_vi)
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
    services.entry_request_explanation(
        entry=entry, text=request.POST.get("text", ""), user=_user(request), link=link
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
    try:
        services.entry_explain(
            entry=entry,
            explanation=request.POST.get("explanation", ""),
            version=_version(request.POST.get("version")) or 0,
            user=_user(request),
        )
        messages.success(request, "Đã lưu giải trình.")
    except ProgressError as exc:
        messages.error(request, exc.message_vi)
    return redirect(link)


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


def _period_or_default(cycle: Cycle, raw: str | None) -> Any:
    periods = selectors.period_list(cycle=cycle)
    if raw and raw.isdigit():
        # The period is one of the list just read: no second query, and 404 for another cycle's.
        chosen = next((p for p in periods if p.id == int(raw)), None)
        if chosen is None:
            raise Http404("Không tìm thấy kỳ báo cáo.")
        return chosen, periods
    return selectors.default_period(periods, timezone.localdate()), periods


@login_required
def assessment(request: HttpRequest, cycle_id: int) -> HttpResponse:
    # Stored statuses of every target, task and body at a period, with the office's overrides.
    cycle, access = _cycle(request, cycle_id)
    if not access.reads_all:
        raise Http404("Không tìm thấy trang đánh giá.")
    period, periods = _period_or_default(cycle, request.GET.get("ky"))
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
        status_choices=list(STATUS_LABELS_VI.items()),
        task_choices=list(TASK_STATUS_LABELS_VI.items()),
        bucket_labels=BUCKET_LABELS_VI,
    )
    return render(request, "web/progress/assessment.html", context)


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
            if request.POST.get("clear"):
                services.assessment_override_clear(assessment=record, reason=reason, user=_user(request))
            else:
                services.target_assessment_override(
                    assessment=record,
                    status=request.POST.get("status", ""),
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
            elif request.POST.get("clear"):
                services.assessment_override_clear(assessment=record, reason=reason, user=_user(request))
            else:
                services.task_assessment_override(
                    assessment=record,
                    status=request.POST.get("status", ""),
                    reason=reason,
                    user=_user(request),
                )
        elif kind == "co-quan":
            record = get_object_or_404(BodyAssessment, pk=record_id, period__cycle=cycle)
            level = request.POST.get("level", "").strip()
            labels = {lv.code: lv.label for lv in services.compute.ruleset_for_cycle(cycle).levels}
            if level not in labels:
                raise ProgressError("unknown level", message_vi="Mức xếp loại không có trong bộ quy tắc.")
            services.body_assessment_override(
                assessment=record,
                level=level,
                label=labels[level],
                reason=reason,
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


def _dashboard_view(
    cycle: Cycle, raw_period: str | None, unit_id: int | None, today: date
) -> dict[str, object]:
    """The dashboard's periods, chosen period and parts (``_dashboard_parts``); no period yet: only that."""
    period, periods = _period_or_default(cycle, raw_period)
    if period is None:
        return {"period": None}
    return {
        "period": period,
        "periods": periods,
        **_dashboard_parts(cycle, period, periods, unit_id, today),
    }


def _dashboard_parts(
    cycle: Cycle, period: Period, periods: list[Period], unit_id: int | None, today: date
) -> dict[str, object]:
    """Everything on the dashboard that follows from the cycle's data (cached while that data is unchanged)."""
    board = selectors.dashboard(cycle=cycle, period=period, today=today, unit_id=unit_id)
    rows = []
    for line in board.lines:
        rows.append(
            {
                "line": line,
                "projected": _round(line.projection.value) if line.projection else None,
                "bar": charts.target_bar(
                    line.result.percent, line.result.status, label=line.row.target.indicator
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
    }
    return {
        "board": board,
        "body_html": render_to_string("web/progress/_dashboard_body.html", body),
        "is_demo": Report.objects.filter(period__cycle=cycle, is_demo=True).exists(),
    }


@login_required
def notices(request: HttpRequest) -> HttpResponse:
    items = list(selectors.notices_for_user(user=_user(request))[:200])
    return render(request, "web/progress/notices.html", {"notices": items})


@login_required
@require_POST
def notice_read(request: HttpRequest, notice_id: int) -> HttpResponse:
    services.notice_mark_read(user=_user(request), notice_id=notice_id)
    return redirect("web:progress_notices")


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
        try:
            items = [
                services.SettingInput(
                    target=row.target,
                    aggregation=request.POST.get(f"agg_{row.target.id}", row.aggregation),
                    baseline=parse_number(
                        request.POST.get(f"base_{row.target.id}", ""),
                        column=TargetSetting._meta.get_field("baseline"),
                        label=f"Giá trị kỳ gốc «{row.target.indicator}»",
                    ),
                    parts_group=request.POST.get(f"group_{row.target.id}", ""),
                )
                for row in data.rows
                if f"agg_{row.target.id}" in request.POST
            ]
            changed = services.target_settings_save(cycle=cycle, settings=items)
            messages.success(request, f"Đã lưu cấu hình {changed} chỉ tiêu.")
        except ProgressError as exc:
            # Nothing was saved: the page again, with the reason, as a 400.
            messages.error(request, exc.message_vi)
            return render(
                request,
                "web/progress/target_settings.html",
                {"cycle": cycle, "access": access, "rows": data.rows, "aggregations": Aggregation.choices},
                status=400,
            )
        return redirect("web:progress_target_settings", cycle_id=cycle.id)
    return render(
        request,
        "web/progress/target_settings.html",
        {"cycle": cycle, "access": access, "rows": data.rows, "aggregations": Aggregation.choices},
    )
