"""Hand-down and roll-up pages: assign a province target to its communes (form or spreadsheet), answer
their proposals, show the communes what was handed down, and roll their reports back up; secrecy marks.

Views stay thin: reads through ``cascade.selectors``, writes through ``cascade.services``/``sheets``/
``secrets``. The cycle is found through what the user may see (404 otherwise); writes the user may not
make answer 403 from the services.
"""

from __future__ import annotations

from dataclasses import dataclass
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
from trongtam.registry.cascade import permissions, secrets, selectors, services, sheets
from trongtam.registry.cascade.models import HandDown, RollupMethod, Secrecy, SecretMark, Share, ShareStatus
from trongtam.registry.cycles import selectors as cycle_selectors
from trongtam.registry.cycles.models import Cycle, KeyTask, Target
from trongtam.registry.organisations.models import Organisation
from trongtam.registry.progress.models import Period, Report

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SIGNING_SALT = "trongtam.cascade.sheet"
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
    if not permissions.can_hand_down(_user(request), cycle):
        raise PermissionDenied("Chỉ văn phòng của tỉnh được giao chỉ tiêu cho các xã.")


@login_required
def hand_down_list(request: HttpRequest, cycle_id: int) -> HttpResponse:
    # The province office's overview: every target, whether it is handed down, and proposals to answer.
    cycle = _cycle(request, cycle_id)
    if not permissions.can_read_rollup(_user(request), cycle):
        raise Http404("Không tìm thấy trang.")
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
            "can_edit": permissions.can_hand_down(_user(request), cycle),
            "is_province": cycle.owner.level == "province",
        },
    )


@dataclass
class _Item:
    commune: Organisation
    share: Share | None
    value_text: str
    base_text: str
    same: bool


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
        else:
            messages.success(request, f"Đã giao chỉ tiêu «{target.indicator}» cho các xã.")
            return redirect("web:cascade_list", cycle_id=cycle.id)
    total = sum((r.share.value for r in rows if r.share and r.share.value is not None), start=Decimal(0))
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
            "total": total,
        },
        status=400 if error else 200,
    )


@login_required
def hand_down_sheet(request: HttpRequest, cycle_id: int, target_id: int) -> HttpResponse:
    # The pre-filled sheet to download and fill.
    cycle = _cycle(request, cycle_id)
    target = _target(cycle, target_id)
    _require_office(request, cycle)
    response = HttpResponse(sheets.shares_sheet(target=target), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="giao-chi-tieu-{target.id}.xlsx"'
    return response


def _sign(target: Target, method: str, base_label: str, rows: list[services.ShareInput]) -> str:
    payload = {
        "t": target.id,
        "m": method,
        "b": base_label,
        "r": [[r.commune_id, r.value, r.base, r.same] for r in rows],
    }
    return signing.dumps(payload, salt=SIGNING_SALT, compress=True)


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
    preview = sheets.shares_sheet_preview(target=target, method=method, data=upload.read())
    token = _sign(target, method, base_label, preview.rows) if preview.ok else ""
    return render(
        request,
        "web/cascade/sheet_preview.html",
        {"cycle": cycle, "target": target, "preview": preview, "token": token, "name": upload.name},
        status=200 if preview.ok else 400,
    )


@login_required
@require_POST
def hand_down_confirm(request: HttpRequest, cycle_id: int, target_id: int) -> HttpResponse:
    # Confirm the dry run: the rows it showed are saved through the service, all or none.
    cycle = _cycle(request, cycle_id)
    target = _target(cycle, target_id)
    _require_office(request, cycle)
    try:
        payload: dict[str, Any] = signing.loads(
            request.POST.get("token", ""), salt=SIGNING_SALT, max_age=3600
        )
    except signing.BadSignature:
        messages.error(request, "Bản kiểm tra thử đã hết hạn hoặc không hợp lệ: hãy tải tệp lên lại.")
        return redirect("web:cascade_hand_down", cycle_id=cycle.id, target_id=target.id)
    if payload.get("t") != target.id:
        raise Http404("Không tìm thấy trang.")
    rows = [
        services.ShareInput(commune_id=int(c), value=v, base=b, same=bool(s)) for c, v, b, s in payload["r"]
    ]
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
    share = get_object_or_404(Share, pk=share_id, hand_down__target__key_task__cycle=cycle)
    try:
        if request.POST.get("action") == "accept":
            services.share_accept(share=share, user=_user(request))
            messages.success(request, f"Đã chấp nhận mức đề nghị của {share.commune.name}.")
        else:
            services.share_return(share=share, reason=request.POST.get("reason", ""), user=_user(request))
            messages.success(request, f"Đã trả lại đề nghị của {share.commune.name}.")
    except services.CascadeError as exc:
        messages.error(request, exc.message_vi)
    return redirect("web:cascade_list", cycle_id=cycle.id)


@login_required
def commune_shares(request: HttpRequest, cycle_id: int) -> HttpResponse:
    # In a commune's own cycle: the targets the province handed down, pre-filled and linked.
    cycle = _cycle(request, cycle_id)
    shares = selectors.shares_for_commune_cycle(cycle=cycle)
    return render(
        request,
        "web/cascade/commune.html",
        {
            "cycle": cycle,
            "shares": shares,
            "can_propose": {s.id: permissions.can_propose_share(_user(request), s) for s in shares},
        },
    )


@login_required
@require_POST
def share_propose(request: HttpRequest, cycle_id: int, share_id: int) -> HttpResponse:
    # A commune proposes a different figure with a reason.
    cycle = _cycle(request, cycle_id)
    share = get_object_or_404(Share, pk=share_id, commune_target__key_task__cycle=cycle)
    try:
        services.share_propose(
            share=share,
            value=request.POST.get("value", ""),
            reason=request.POST.get("reason", ""),
            user=_user(request),
        )
        messages.success(request, "Đã gửi đề nghị mức khác tới văn phòng của tỉnh.")
    except services.CascadeError as exc:
        messages.error(request, exc.message_vi)
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
    if not permissions.can_read_rollup(_user(request), cycle):
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
    if not permissions.can_read_rollup(_user(request), cycle):
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
    if not permissions.can_read_rollup(_user(request), cycle):
        raise Http404("Không tìm thấy trang.")
    share = get_object_or_404(
        Share.objects.select_related("commune", "commune_target__key_task", "hand_down__target"),
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
    can_mark = permissions.can_mark_secret(_user(request), cycle)
    if request.method == "POST":
        if not can_mark:
            raise PermissionDenied("Chỉ văn phòng được đánh dấu mật.")
        level = request.POST.get("level", "")
        try:
            if request.POST.get("task"):
                task = get_object_or_404(KeyTask, pk=request.POST["task"], cycle=cycle)
                secrets.secret_mark_task(task=task, level=level, user=_user(request))
            elif request.POST.get("report"):
                report = get_object_or_404(Report, pk=request.POST["report"], period__cycle=cycle)
                secrets.secret_mark_report(report=report, level=level, user=_user(request))
            else:
                raise secrets.SecretError(
                    "nothing chosen", message_vi="Hãy chọn nhiệm vụ hoặc báo cáo cần đánh dấu."
                )
            messages.success(
                request, "Đã đánh dấu mật: trongtam chỉ còn giữ số, đơn vị chủ trì, thời hạn, trạng thái."
            )
        except TrongtamError as exc:
            messages.error(request, exc.message_vi)
        return redirect("web:cascade_secrets", cycle_id=cycle.id)
    marks = list(
        SecretMark.objects.filter(key_task__cycle=cycle)
        | SecretMark.objects.filter(report__period__cycle=cycle)
        | SecretMark.objects.filter(document__cycle=cycle)
    )
    marked_tasks = {m.key_task_id for m in marks if m.key_task_id is not None}
    marked_reports = {m.report_id for m in marks if m.report_id is not None}
    return render(
        request,
        "web/cascade/secrets.html",
        {
            "cycle": cycle,
            "marks": marks,
            "can_mark": can_mark,
            "levels": Secrecy.choices,
            "tasks": KeyTask.objects.filter(cycle=cycle).exclude(id__in=marked_tasks).order_by("order")
            if can_mark
            else [],
            "reports": Report.objects.filter(period__cycle=cycle)
            .exclude(id__in=marked_reports)
            .select_related("period", "unit")
            if can_mark
            else [],
        },
    )
