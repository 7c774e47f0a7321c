"""Hand-down and roll-up pages: assign a province target to its communes (form or spreadsheet), answer
their proposals, show the communes what was handed down, and roll their reports back up; secrecy marks.

Views stay thin: reads through ``cascade.selectors``, writes through ``cascade.services``/``sheets``/
``secrets``. The cycle is found through what the user may see (404 otherwise); writes the user may not
make answer 403 from the services.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, cast

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from trongtam.core.errors import TrongtamError
from trongtam.core.numbers import format_number
from trongtam.registry import policy
from trongtam.registry.cascade import secrets, selectors, services, sheets
from trongtam.registry.cascade.models import HandDown, RollupMethod, Secrecy, SecretMark, Share, ShareStatus
from trongtam.registry.cycles import selectors as cycle_selectors
from trongtam.registry.cycles.models import Cycle, KeyTask, Target
from trongtam.registry.documents.models import IssuedDocument
from trongtam.registry.jobs import selectors as job_selectors
from trongtam.registry.jobs.models import Job
from trongtam.registry.organisations.models import Organisation
from trongtam.registry.progress.models import Period, Report
from trongtam.web.forms_cascade import SecretMarkForm, ShareProposeForm
from trongtam.web.forms_common import SummaryItem, error_summary, field_messages, field_state

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MAX_SHEET_BYTES = 5 * 1024 * 1024


def _user(request: HttpRequest) -> User:
    return cast(User, request.user)


def _cycle(request: HttpRequest, cycle_id: int) -> Cycle:
    return cycle_selectors.cycle_get_for_user(user=_user(request), cycle_id=cycle_id)


def _target(cycle: Cycle, target_id: int) -> Target:
    return get_object_or_404(
        Target.objects.select_related("key_task__cycle"), pk=target_id, key_task__cycle=cycle
    )


def _require_office(request: HttpRequest, cycle: Cycle) -> None:
    policy.require(
        _user(request), "cascade.hand_down", cycle, "Chỉ văn phòng của tỉnh được giao chỉ tiêu cho các xã."
    )


@login_required
def hand_down_list(request: HttpRequest, cycle_id: int) -> HttpResponse:
    # The province office's overview: every target, whether it is handed down, and proposals to answer.
    cycle = _cycle(request, cycle_id)
    if not policy.can(_user(request), "rollup.read", cycle):
        raise Http404("Không tìm thấy trang.")
    return _list_page(request, cycle)


def _list_page(request: HttpRequest, cycle: Cycle, refused: dict[str, Any] | None = None) -> HttpResponse:
    """The overview; with ``refused``, again (400) with the refused answer's reason as typed beside its error."""
    handed = {h.target_id: h for h in selectors.hand_down_list(cycle=cycle)}
    targets = list(
        Target.objects.filter(key_task__cycle=cycle)
        .select_related("key_task")
        .order_by("key_task__order", "order")
    )
    rows = [(t, handed.get(t.id)) for t in targets]
    pending = [s for h in handed.values() for s in h.shares.all() if s.status == ShareStatus.PROPOSED]
    return render(
        request,
        "web/cascade/list.html",
        {
            "cycle": cycle,
            "rows": rows,
            "pending": pending,
            "can_edit": policy.can(_user(request), "cascade.hand_down", cycle),
            "is_province": cycle.owner.level == "province",
            "refused": refused,
            "error_summary": [SummaryItem(refused["field_id"], refused["error"])] if refused else [],
        },
        status=400 if refused else 200,
    )


@dataclass
class _Item:
    commune: Organisation
    share: Share | None
    value_text: str
    base_text: str
    same: bool
    errors: dict[str, str] = field(default_factory=dict)


def _posted_rows(request: HttpRequest, commune_ids: list[int]) -> list[services.ShareInput]:
    return [
        services.ShareInput(
            commune_id=cid,
            value=request.POST.get(f"value_{cid}", ""),
            base=request.POST.get(f"base_{cid}", ""),
            same=request.POST.get(f"same_{cid}") == "1",
        )
        for cid in commune_ids
        if any(request.POST.get(f"{k}_{cid}") for k in ("value", "base", "same"))
    ]


@login_required
def hand_down(request: HttpRequest, cycle_id: int, target_id: int) -> HttpResponse:
    # The table of communes with a running total against the province's figure; POST saves all or nothing.
    cycle = _cycle(request, cycle_id)
    target = _target(cycle, target_id)
    _require_office(request, cycle)
    current, rows = selectors.hand_down_table(target=target)
    posted: dict[str, str] = {}
    error = ""
    field_errors: dict[str, str] = {}
    method = current.method if current else RollupMethod.SUM
    base_label = current.base_label if current else ""
    if request.method == "POST":
        method = request.POST.get("method", method)
        base_label = request.POST.get("base_label", "").strip()
        # Rows may also name communes not in the table (a forged or stale form): the service refuses them.
        ids = [r.commune.id for r in rows]
        extra = [int(k.split("_", 1)[1]) for k in request.POST if k.startswith("value_") and k[6:].isdigit()]
        ids += [i for i in extra if i not in ids]
        try:
            services.hand_down_save(
                target=target,
                method=method,
                base_label=base_label,
                rows=_posted_rows(request, ids),
                user=_user(request),
            )
        except services.CascadeError as exc:
            error = exc.message_vi
            posted = {k: str(v) for k, v in request.POST.items()}
            field_errors = _hand_down_field_errors(target, method, _posted_rows(request, ids))
        else:
            messages.success(request, f"Đã giao chỉ tiêu «{target.indicator}» cho các xã.")
            return redirect("web:cascade_list", cycle_id=cycle.id)
    total = sum((r.share.value for r in rows if r.share and r.share.value is not None), start=Decimal(0))
    # Each wrong field is marked beside itself and linked from the summary on top; what belongs to no
    # field of the table (no commune given, a commune outside the province) is a line of its own.
    shown = {f"{kind}_{r.commune.id}" for r in rows for kind in ("value", "base", "same")} | {"method"}
    summary = [SummaryItem(name if name in shown else "", m) for name, m in field_errors.items()]
    if error and not summary:
        summary = [SummaryItem("", error)]
    items = [
        _Item(
            commune=r.commune,
            share=r.share,
            value_text=posted.get(f"value_{r.commune.id}", "")
            if error
            else (
                format_number(r.share.value)
                if r.share and r.share.kind == "value" and r.share.value is not None
                else ""
            ),
            base_text=posted.get(f"base_{r.commune.id}", "")
            if error
            else (format_number(r.share.base) if r.share and r.share.base is not None else ""),
            same=posted.get(f"same_{r.commune.id}") == "1"
            if error
            else bool(r.share and r.share.kind == "same"),
            errors={
                kind: field_errors[f"{kind}_{r.commune.id}"]
                for kind in ("value", "base", "same")
                if f"{kind}_{r.commune.id}" in field_errors
            },
        )
        for r in rows
    ]
    return render(
        request,
        "web/cascade/hand_down.html",
        {
            "cycle": cycle,
            "target": target,
            "items": items,
            "hand_down": current,
            "method": method,
            "base_label": base_label,
            "methods": RollupMethod.choices,
            "posted": posted,
            "error": error,
            "field_errors": field_errors,
            "error_summary": summary,
            "total": total,
        },
        status=400 if error else 200,
    )


def _hand_down_field_errors(target: Target, method: str, rows: list[services.ShareInput]) -> dict[str, str]:
    """Why each field of a refused hand-down was wrong, by the field's name (``value_<id>``, ``base_<id>``,
    ``same_<id>``, ``method``): the service stops at the first wrong row, the page shows them all."""
    if method not in RollupMethod.values:
        return {"method": "Cách tổng hợp không hợp lệ."}
    errors: dict[str, str] = {}
    for row in rows:
        try:
            services.shares_parse(target=target, method=method, rows=[row])
        except services.CascadeError as exc:
            errors[f"{_field_of(exc)}_{row.commune_id}"] = exc.message_vi
    return errors


def _field_of(exc: services.CascadeError) -> str:
    """The field of a commune's row a refusal is about (the service says it in its English detail)."""
    detail = str(exc)
    if detail.startswith(("missing base", "base not positive")):
        return "base"
    if detail.startswith("same-as-province"):
        return "same"
    if detail.startswith("not a number") and exc.message_vi.startswith("Quyền số"):
        return "base"  # the number read is named by its label: "Quyền số của …" or "Mức giao của …"
    return "value"


@login_required
def hand_down_sheet(request: HttpRequest, cycle_id: int, target_id: int) -> HttpResponse:
    # The pre-filled sheet to download and fill.
    cycle = _cycle(request, cycle_id)
    target = _target(cycle, target_id)
    _require_office(request, cycle)
    response = HttpResponse(sheets.shares_sheet(target=target), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="giao-chi-tieu-{target.id}.xlsx"'
    return response


@login_required
@require_POST
def hand_down_upload(request: HttpRequest, cycle_id: int, target_id: int) -> HttpResponse:
    # The dry run: read the sheet, show every changed cell and every problem; nothing is saved.
    cycle = _cycle(request, cycle_id)
    target = _target(cycle, target_id)
    _require_office(request, cycle)
    upload = request.FILES.get("file")
    method = request.POST.get("method", RollupMethod.SUM)
    base_label = request.POST.get("base_label", "").strip()
    if upload is None:
        messages.error(request, "Hãy chọn tệp bảng tính (.xlsx) đã điền.")
        return redirect("web:cascade_hand_down", cycle_id=cycle.id, target_id=target.id)
    if upload.size and upload.size > MAX_SHEET_BYTES:
        messages.error(request, "Tệp quá lớn; giới hạn 5 MB.")
        return redirect("web:cascade_hand_down", cycle_id=cycle.id, target_id=target.id)
    data = upload.read()
    if len(data) > sheets.JOB_BYTES:
        # A big sheet is read and checked in the background, with a progress bar; its result is the dry run.
        job = sheets.hand_down_check_start(
            target=target,
            method=method,
            base_label=base_label,
            name=upload.name or "",
            data=data,
            user=_user(request),
        )
        return redirect("web:job_detail", job.id)
    preview = sheets.shares_sheet_preview(target=target, method=method, data=data)
    token = (
        sheets.sheet_token(target=target, method=method, base_label=base_label, rows=preview.rows)
        if preview.ok
        else ""
    )
    return render(
        request,
        "web/cascade/sheet_preview.html",
        {"cycle": cycle, "target": target, "preview": preview, "token": token, "name": upload.name},
        status=200 if preview.ok else 400,
    )


@login_required
def hand_down_checked(request: HttpRequest, cycle_id: int, target_id: int, job_id: int) -> HttpResponse:
    # The dry run a background job made of a big sheet (the user's own job, 404 otherwise), to confirm.
    cycle = _cycle(request, cycle_id)
    target = _target(cycle, target_id)
    _require_office(request, cycle)
    job = job_selectors.job_get(user=_user(request), job_id=job_id)
    checked = job.params.get("checked")
    if job.kind != Job.Kind.HAND_DOWN_CHECK or job.params.get("target_id") != target.id or not checked:
        raise Http404("Không tìm thấy bản kiểm tra thử.")
    return render(
        request,
        "web/cascade/sheet_preview.html",
        {
            "cycle": cycle,
            "target": target,
            "preview": sheets.preview_of_checked(checked),
            "token": checked["token"],
            "name": job.params.get("filename", ""),
        },
    )


@login_required
@require_POST
def hand_down_confirm(request: HttpRequest, cycle_id: int, target_id: int) -> HttpResponse:
    # Confirm the dry run: the rows it showed are saved through the service, all or none.
    cycle = _cycle(request, cycle_id)
    target = _target(cycle, target_id)
    _require_office(request, cycle)
    token = request.POST.get("token", "")
    try:
        payload = sheets.sheet_token_read(token)
    except signing.BadSignature:
        messages.error(request, "Bản kiểm tra thử đã hết hạn hoặc không hợp lệ: hãy tải tệp lên lại.")
        return redirect("web:cascade_hand_down", cycle_id=cycle.id, target_id=target.id)
    if payload.get("t") != target.id:
        raise Http404("Không tìm thấy trang.")
    rows = sheets.token_rows(payload)
    if len(rows) > sheets.JOB_ROWS:
        # Many communes are handed down in the background (still all or none), with a progress bar.
        job = sheets.hand_down_import_start(target=target, token=token, user=_user(request))
        return redirect("web:job_detail", job.id)
    try:
        services.hand_down_save(
            target=target, method=payload["m"], base_label=payload["b"], rows=rows, user=_user(request)
        )
    except services.CascadeError as exc:
        messages.error(request, exc.message_vi)
        return redirect("web:cascade_hand_down", cycle_id=cycle.id, target_id=target.id)
    messages.success(request, f"Đã nhập bảng giao chỉ tiêu: {len(rows)} xã.")
    return redirect("web:cascade_list", cycle_id=cycle.id)


@login_required
@require_POST
def share_answer(request: HttpRequest, cycle_id: int, share_id: int) -> HttpResponse:
    # The province office accepts or returns a commune's proposal.
    cycle = _cycle(request, cycle_id)
    share = get_object_or_404(
        Share.objects.filter(policy.visible_q(_user(request), Share)),
        pk=share_id,
        hand_down__target__key_task__cycle=cycle,
    )
    accepting = request.POST.get("action") == "accept"
    try:
        if accepting:
            services.share_accept(share=share, user=_user(request))
            messages.success(request, f"Đã chấp nhận mức đề nghị của {share.commune.name}.")
        else:
            services.share_return(share=share, reason=request.POST.get("reason", ""), user=_user(request))
            messages.success(request, f"Đã trả lại đề nghị của {share.commune.name}.")
    except services.CascadeError as exc:
        if not policy.can(_user(request), "share.answer", share):
            raise PermissionDenied("Chỉ văn phòng của tỉnh trả lời đề nghị của xã.") from None
        # The overview again with the reason typed and why the answer was refused beside it.
        refused = {
            "share_id": share.id,
            "field_id": "" if accepting else f"reason_{share.id}",
            "reason": request.POST.get("reason", ""),
            "error": exc.message_vi,
        }
        return _list_page(request, cycle, refused)
    return redirect("web:cascade_list", cycle_id=cycle.id)


@login_required
def commune_shares(request: HttpRequest, cycle_id: int) -> HttpResponse:
    # In a commune's own cycle: the targets the province handed down, pre-filled and linked.
    cycle = _cycle(request, cycle_id)
    return _commune_page(request, cycle)


def _commune_page(
    request: HttpRequest, cycle: Cycle, refused: tuple[int, ShareProposeForm] | None = None
) -> HttpResponse:
    """The commune's shares; with ``refused``, that share's proposal as typed, each error by its field."""
    shares = selectors.shares_for_commune_cycle(cycle=cycle, visible=policy.visible_q(_user(request), Share))
    summary: list[SummaryItem] = []
    for s in shares:
        s.typed = {"value": "", "reason": ""}  # type: ignore[attr-defined]
        s.ferr = {}  # type: ignore[attr-defined]
        if refused is not None and refused[0] == s.id:
            form = refused[1]
            s.typed = {"value": form.data.get("value", ""), "reason": form.data.get("reason", "")}  # type: ignore[attr-defined]
            s.ferr = field_messages(form)  # type: ignore[attr-defined]
            ids = {"value": f"pv_{s.id}", "reason": f"pr_{s.id}"}
            summary = [SummaryItem(ids.get(k, ""), m) for k, m in s.ferr.items()]  # type: ignore[attr-defined]
    return render(
        request,
        "web/cascade/commune.html",
        {
            "cycle": cycle,
            "shares": shares,
            "can_propose": {s.id: policy.can(_user(request), "share.propose", s) for s in shares},
            "error_summary": summary,
        },
        status=400 if refused is not None else 200,
    )


@login_required
@require_POST
def share_propose(request: HttpRequest, cycle_id: int, share_id: int) -> HttpResponse:
    # A commune proposes a different figure with a reason.
    cycle = _cycle(request, cycle_id)
    share = get_object_or_404(
        Share.objects.filter(policy.visible_q(_user(request), Share)),
        pk=share_id,
        commune_target__key_task__cycle=cycle,
    )
    form = ShareProposeForm(request.POST)
    if not form.is_valid():
        if not policy.can(_user(request), "share.propose", share):
            raise PermissionDenied("Chỉ xã được giao mới đề nghị mức khác được.")
        # Nothing was sent: the page again with what was typed and the reason beside the field.
        return _commune_page(request, cycle, refused=(share.id, form))
    try:
        services.share_propose(
            share=share,
            value=request.POST.get("value", ""),
            reason=request.POST.get("reason", ""),
            user=_user(request),
        )
        messages.success(request, "Đã gửi đề nghị mức khác tới văn phòng của tỉnh.")
    except services.CascadeError as exc:
        # Refused by the service (the share is not open to a proposal): the page again with what was typed.
        form.add_error(None, exc.message_vi)
        return _commune_page(request, cycle, refused=(share.id, form))
    return redirect("web:cascade_commune", cycle_id=cycle.id)


def _period(request: HttpRequest, cycle: Cycle) -> tuple[list[Period], Period | None]:
    periods = selectors.rollup_periods(cycle=cycle)
    wanted = request.GET.get("ky", "")
    if wanted.isdigit():
        chosen = next((p for p in periods if p.id == int(wanted)), None)
        if chosen is None:
            raise Http404("Không tìm thấy kỳ báo cáo.")
        return periods, chosen
    return periods, selectors.rollup_default_period(cycle=cycle, periods=periods, today=timezone.localdate())


@login_required
def rollup(request: HttpRequest, cycle_id: int) -> HttpResponse:
    # Per period: the communes' figures summed or base-weighted, beside the province's own, with the gap.
    cycle = _cycle(request, cycle_id)
    if not policy.can(_user(request), "rollup.read", cycle):
        raise Http404("Không tìm thấy trang.")
    periods, period = _period(request, cycle)
    lines = selectors.rollup(cycle=cycle, period=period) if period else []
    return render(
        request,
        "web/cascade/rollup.html",
        {"cycle": cycle, "periods": periods, "period": period, "lines": lines, "today": timezone.localdate()},
    )


@login_required
def rollup_detail(request: HttpRequest, cycle_id: int, hand_down_id: int) -> HttpResponse:
    # The drill-down: each commune's value, or that it has not reported (late once the due date passed).
    cycle = _cycle(request, cycle_id)
    if not policy.can(_user(request), "rollup.read", cycle):
        raise Http404("Không tìm thấy trang.")
    hand_down = get_object_or_404(
        HandDown.objects.select_related("target__key_task"), pk=hand_down_id, target__key_task__cycle=cycle
    )
    periods, period = _period(request, cycle)
    if period is None:
        raise Http404("Đợt chưa có kỳ báo cáo.")
    lines = selectors.rollup_detail(hand_down=hand_down, period=period)
    summary = next(
        (ln for ln in selectors.rollup(cycle=cycle, period=period) if ln.hand_down.id == hand_down.id), None
    )
    return render(
        request,
        "web/cascade/rollup_detail.html",
        {
            "cycle": cycle,
            "hand_down": hand_down,
            "periods": periods,
            "period": period,
            "lines": lines,
            "summary": summary,
            "late": period.due < timezone.localdate(),
        },
    )


@login_required
def rollup_commune(request: HttpRequest, cycle_id: int, share_id: int) -> HttpResponse:
    # The commune's report of the period as the province reads it: its values of the handed-down targets.
    cycle = _cycle(request, cycle_id)
    if not policy.can(_user(request), "rollup.read", cycle):
        raise Http404("Không tìm thấy trang.")
    share = get_object_or_404(
        Share.objects.filter(policy.visible_q(_user(request), Share)).select_related(
            "commune", "commune_target__key_task", "hand_down__target"
        ),
        pk=share_id,
        hand_down__target__key_task__cycle=cycle,
    )
    _periods, period = _period(request, cycle)
    if period is None:
        raise Http404("Đợt chưa có kỳ báo cáo.")
    report, entries = selectors.commune_report_lines(share=share, period=period)
    return render(
        request,
        "web/cascade/rollup_commune.html",
        {"cycle": cycle, "share": share, "period": period, "report": report, "entries": entries},
    )


# ---------------------------------------------------------------------------------------------
# State secrets


@login_required
def secrets_page(request: HttpRequest, cycle_id: int) -> HttpResponse:
    # The cycle's marked items (by reference only) and the office's form to mark a task or a report.
    cycle = _cycle(request, cycle_id)
    can_mark = policy.can(_user(request), "secret.mark", cycle)
    if request.method == "POST" and not can_mark:
        raise PermissionDenied("Chỉ văn phòng được đánh dấu mật.")
    marks = list(
        SecretMark.objects.filter(key_task__cycle=cycle)
        | SecretMark.objects.filter(report__period__cycle=cycle)
        | SecretMark.objects.filter(document__cycle=cycle)
    )
    marked_tasks = {m.key_task_id for m in marks if m.key_task_id is not None}
    marked_reports = {m.report_id for m in marks if m.report_id is not None}
    marked_documents = {m.document_id for m in marks if m.document_id is not None}
    tasks = list(KeyTask.objects.filter(cycle=cycle).exclude(id__in=marked_tasks).order_by("order"))
    reports = list(
        Report.objects.filter(period__cycle=cycle)
        .exclude(id__in=marked_reports)
        .select_related("period", "unit")
    )
    documents = list(
        IssuedDocument.objects.filter(cycle=cycle)
        .exclude(id__in=marked_documents)
        .order_by("-issued_on", "-id")
    )
    form = SecretMarkForm(
        request.POST if request.method == "POST" else None,
        tasks=[t.id for t in tasks],
        reports=[r.id for r in reports],
        documents=[d.id for d in documents],
    )
    if request.method == "POST" and form.is_valid():
        data, level = form.cleaned_data, form.cleaned_data["level"]
        try:
            if data["task"] is not None:
                task = next(t for t in tasks if t.id == data["task"])
                secrets.secret_mark_task(task=task, level=level, user=_user(request))
            elif data["report"] is not None:
                report = next(r for r in reports if r.id == data["report"])
                secrets.secret_mark_report(report=report, level=level, user=_user(request))
            else:
                document = next(d for d in documents if d.id == data["document"])
                secrets.secret_mark_document(document=document, level=level, user=_user(request))
        except TrongtamError as exc:
            form.add_error(None, exc.message_vi)
        else:
            messages.success(
                request, "Đã đánh dấu mật: trongtam chỉ còn giữ số, đơn vị chủ trì, thời hạn, trạng thái."
            )
            return redirect("web:cascade_secrets", cycle_id=cycle.id)
    # A refused mark: the page again (400) with the choices kept and each error beside its field.
    states = {name: field_state(form, name, name) for name in form.fields}
    return render(
        request,
        "web/cascade/secrets.html",
        {
            "cycle": cycle,
            "marks": marks,
            "can_mark": can_mark,
            "levels": Secrecy.choices,
            "tasks": tasks if can_mark else [],
            "reports": reports if can_mark else [],
            "documents": documents if can_mark else [],
            "typed": states,
            "error_summary": error_summary(form, ids={n: n for n in form.fields}) if form.is_bound else [],
        },
        status=400 if form.is_bound else 200,
    )
