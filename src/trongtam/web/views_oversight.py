"""Oversight pages: the remarks (kiến nghị) on a task, target or report, with the overseer's form to add one
and the body's form to answer; the remarks awaiting an answer. Rights come from ``registry.policy``."""

from __future__ import annotations

from typing import Any, cast

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db.models import Model
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from trongtam.registry import policy
from trongtam.registry.cycles import selectors as cycle_selectors
from trongtam.registry.cycles.models import Cycle, KeyTask, Target
from trongtam.registry.oversight import selectors, services
from trongtam.registry.oversight.models import Remark, RemarkSubject
from trongtam.registry.progress.models import Report
from trongtam.web.forms_common import SummaryItem

SUBJECTS: dict[str, tuple[str, type[Model]]] = {
    "nhiem-vu": (RemarkSubject.TASK, KeyTask),
    "chi-tieu": (RemarkSubject.TARGET, Target),
    "bao-cao": (RemarkSubject.REPORT, Report),
}


def _object(request: HttpRequest, cycle: Cycle, kind: str, object_id: int) -> Any:
    # The object must be of the cycle and readable by the user (404 otherwise, as if it did not exist).
    if kind not in SUBJECTS:
        raise Http404("Không tìm thấy.")
    model = SUBJECTS[kind][1]
    if model is Report:
        report = (
            Report.objects.filter(pk=object_id, period__cycle=cycle)
            .select_related("period__cycle", "unit")
            .first()
        )
        if report is None or not policy.can(request.user, "report.view", report):
            raise Http404("Không tìm thấy báo cáo.")
        return report
    path = "cycle" if model is KeyTask else "key_task__cycle"
    found = model._default_manager.filter(
        policy.visible_q(request.user, model), pk=object_id, **{path: cycle}
    ).first()
    if found is None:
        raise Http404("Không tìm thấy.")
    return found


@login_required
def remark_page(request: HttpRequest, cycle_id: int, kind: str, object_id: int) -> HttpResponse:
    cycle = cycle_selectors.cycle_get_for_user(user=request.user, cycle_id=cycle_id)
    obj = _object(request, cycle, kind, object_id)
    subject = SUBJECTS[kind][0]
    refused: dict[str, Any] | None = None
    if request.method == "POST":
        answering = request.POST.get("action") == "answer"
        try:
            if answering:
                remark = Remark.objects.filter(
                    pk=_int(request.POST.get("remark")), cycle=cycle, subject=subject
                ).first()
                if (
                    remark is None
                    or getattr(
                        remark, {"task": "key_task_id", "target": "target_id", "report": "report_id"}[subject]
                    )
                    != obj.pk
                ):
                    raise Http404("Không tìm thấy kiến nghị.")
                services.remark_answer(
                    user=cast(User, request.user), remark=remark, text=request.POST.get("text", "")
                )
                messages.success(request, "Đã ghi trả lời kiến nghị.")
            else:
                services.remark_create(
                    user=cast(User, request.user), obj=obj, text=request.POST.get("text", "")
                )
                messages.success(request, "Đã ghi kiến nghị; cơ quan, đơn vị sẽ trả lời.")
        except ValidationError as exc:
            # The page again (400) with the text typed in its form and the reason beside it.
            field_id = f"answer-{_int(request.POST.get('remark'))}" if answering else "remark-text"
            refused = {
                "remark_id": _int(request.POST.get("remark")) if answering else None,
                "field_id": field_id,
                "text": request.POST.get("text", ""),
                "error": " ".join(exc.messages),
            }
        else:
            return redirect("web:remark_page", cycle_id=cycle.id, kind=kind, object_id=obj.pk)
    remarks = [
        (r, policy.can(request.user, "remark.answer", r))
        for r in selectors.remark_list(cycle_id=cycle.id, subject=subject, object_id=obj.pk)
    ]
    return render(
        request,
        "web/oversight/remarks.html",
        {
            "cycle": cycle,
            "obj": obj,
            "kind": kind,
            "subject_label": RemarkSubject(subject).label,
            "remarks": remarks,
            "can_remark": policy.can(request.user, "remark.create", obj),
            "refused": refused,
            "error_summary": [SummaryItem(refused["field_id"], refused["error"])] if refused else [],
        },
        status=400 if refused else 200,
    )


def _int(raw: object) -> int:
    text = str(raw or "")
    return int(text) if text.isdigit() and len(text) < 18 else 0


@login_required
def remarks_awaiting(request: HttpRequest, cycle_id: int) -> HttpResponse:
    # Remarks of the cycle not answered yet, for the body that must answer them and the overseer.
    cycle = cycle_selectors.cycle_get_for_user(user=request.user, cycle_id=cycle_id)
    items = [
        r
        for r in selectors.remarks_awaiting(cycle_ids={cycle.id})
        if policy.can(request.user, "remark.view", r)
    ]
    rows = [(r, _kind_of(r), r.key_task_id or r.target_id or r.report_id) for r in items]
    return render(request, "web/oversight/awaiting.html", {"cycle": cycle, "rows": rows})


def _kind_of(remark: Remark) -> str:
    return {"task": "nhiem-vu", "target": "chi-tieu", "report": "bao-cao"}[remark.subject]
