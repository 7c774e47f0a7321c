"""What each person must do next (việc cần làm), for the start page: one line per thing, with its deadline
and the page where it is done.

Who must do what is the policy's: each line is an action ``policy`` lets this person take on that object
(``proposal.create``, ``proposal.return``, ``cycle.manage``, ``cycle.approve``, ``report.edit``,
``report.review``, ``remark.create``/``remark.answer``), asked without a superuser's blanket rights.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.urls import reverse
from django.utils import timezone

from trongtam.registry import policy
from trongtam.registry.cycles.models import Cycle, CycleStatus, Proposal, ProposalStatus
from trongtam.registry.cycles.selectors import cycle_has_list, cycle_list_for_user

# The sections of the start page, in the order a person holding several roles reads them.
ROLE_LABELS = {
    "unit": "Việc của đơn vị",
    "office": "Việc của văn phòng tham mưu, tổng hợp",
    "leader": "Việc của lãnh đạo",
    "overseer": "Việc kiểm tra, giám sát",
}


@dataclass(frozen=True)
class Todo:
    """One thing to do: what, for which cycle, by when, and the link that does it."""

    role: str
    text: str
    cycle: Cycle
    link: str
    action: str
    due: date | None = None
    overdue: bool = False


def _proposal_todos(p: policy.Principal, cycle: Cycle, today: date) -> list[Todo]:
    out: list[Todo] = []
    invited = set(cycle.invited_units.values_list("id", flat=True)) & p.staff
    if not invited:
        return out
    proposals = {
        pr.unit_id: pr
        for pr in Proposal.objects.filter(cycle=cycle, unit_id__in=invited).select_related("unit")
    }
    for unit_id in sorted(invited):
        if not policy.can(p, "proposal.create", policy.UnitInCycle(cycle, unit_id)):
            continue
        proposal = proposals.get(unit_id)
        if proposal is not None and proposal.status not in (ProposalStatus.DRAFT, ProposalStatus.RETURNED):
            continue
        due = cycle.proposal_deadline
        if proposal is not None and proposal.status == ProposalStatus.RETURNED:
            text, action = "Sửa và gửi lại đề xuất bị trả lại", "Sửa đề xuất"
        elif proposal is not None:
            text, action = "Hoàn thiện và gửi đề xuất", "Tiếp tục đề xuất"
        else:
            text, action = "Viết và gửi đề xuất nhiệm vụ trọng tâm", "Viết đề xuất"
        out.append(
            Todo(
                "unit",
                text,
                cycle,
                reverse("web:proposal_home", args=[cycle.id]),
                action,
                due,
                due is not None and today > due,
            )
        )
    return out


def _report_todos(p: policy.Principal, cycle: Cycle, rights: policy.CycleRights, today: date) -> list[Todo]:
    from trongtam.registry.progress import compute, datacache

    if not (rights.staff_units or rights.coordinator) or not cycle.periods.exists():
        return []
    data = datacache.cached(
        ("cycle_data", cycle.id, (), False),
        [cycle.id],
        lambda: compute.cycle_data_load(cycle=cycle, extra_report_ids=[], with_stored=False),
    )
    out = []
    late: set[str] = set()
    for row in compute.report_timeliness(data, today=today):
        report, period, unit = row.report, row.period, row.unit
        status = report.status if report is not None else "draft"
        if (
            unit.id in p.staff
            and status in ("draft", "returned")
            and (period.start <= today or status == "returned")
        ):
            out.append(
                Todo(
                    "unit",
                    f"{'Sửa và gửi lại' if status == 'returned' else 'Nhập và gửi'} báo cáo tiến độ "
                    f"{period.label} — {unit.name}",
                    cycle,
                    reverse("web:progress_report", args=[cycle.id, period.id, unit.id]),
                    "Mở báo cáo",
                    period.due,
                    row.bucket == "overdue",
                )
            )
        if rights.coordinator:
            if status == "submitted" and report is not None and policy.can(p, "report.review", report):
                out.append(
                    Todo(
                        "office",
                        f"Xem xét, chấp nhận báo cáo tiến độ {period.label} — {unit.name}",
                        cycle,
                        reverse("web:progress_report_review", args=[cycle.id, period.id, unit.id]),
                        "Xem xét",
                        period.due,
                    )
                )
            elif row.bucket == "overdue" and period.required:
                late.add(unit.name)
    if late:
        out.append(
            Todo(
                "office",
                f"{len(late)} đơn vị chậm gửi báo cáo tiến độ: {', '.join(sorted(late))}",
                cycle,
                reverse("web:progress_overview", args=[cycle.id]),
                "Xem các báo cáo",
                None,
                True,
            )
        )
    return out


def _office_todos(p: policy.Principal, cycle: Cycle, today: date) -> list[Todo]:
    out = []
    if cycle.status in (CycleStatus.OPEN, CycleStatus.CONSOLIDATING, CycleStatus.ADJUSTING):
        waiting = cycle.proposals.filter(status=ProposalStatus.SUBMITTED).count()
        if waiting and not cycle_has_list(cycle=cycle):
            out.append(
                Todo(
                    "office",
                    f"{waiting} đề xuất đã gửi, chờ tổng hợp",
                    cycle,
                    reverse("web:consolidation", args=[cycle.id]),
                    "Tổng hợp",
                    cycle.proposal_deadline,
                )
            )
        elif cycle.status != CycleStatus.OPEN and cycle_has_list(cycle=cycle):
            out.append(
                Todo(
                    "office",
                    "Hoàn thiện danh mục và trình lãnh đạo phê duyệt",
                    cycle,
                    reverse("web:consolidation", args=[cycle.id]),
                    "Mở danh mục",
                )
            )
        elif waiting:
            out.append(
                Todo(
                    "office",
                    f"{waiting} đề xuất đã gửi: tổng hợp vào danh mục",
                    cycle,
                    reverse("web:consolidation", args=[cycle.id]),
                    "Tổng hợp",
                    cycle.proposal_deadline,
                )
            )
    return out


def _remark_todos(p: policy.Principal, cycle: Cycle, rights: policy.CycleRights) -> list[Todo]:
    from trongtam.registry.oversight.selectors import remarks_awaiting

    out = []
    waiting = list(remarks_awaiting(cycle_ids={cycle.id}))
    if rights.overseer and waiting:
        out.append(
            Todo(
                "overseer",
                f"{len(waiting)} kiến nghị chưa được trả lời",
                cycle,
                reverse("web:remarks_awaiting", args=[cycle.id]),
                "Xem kiến nghị",
            )
        )
    to_answer = [r for r in waiting if policy.can(p, "remark.answer", r)]
    if to_answer:
        role = "office" if rights.coordinator or rights.leader else "unit"
        out.append(
            Todo(
                role,
                f"Trả lời {len(to_answer)} kiến nghị của cơ quan kiểm tra, giám sát",
                cycle,
                reverse("web:remarks_awaiting", args=[cycle.id]),
                "Trả lời",
            )
        )
    return out


def todo_for(*, user: Any, today: date | None = None) -> dict[str, list[Todo]]:
    """Everything the person must do next, by role (only the roles with something to do), soonest first."""
    today = today or timezone.localdate()
    p = policy.principal_of(user)
    # A superuser's blanket rights would make every cycle's work theirs: count only what their roles give.
    p = dataclasses.replace(p, superuser=False)
    items: list[Todo] = []
    for cycle in cycle_list_for_user(user=user).exclude(status=CycleStatus.CLOSED):
        rights = policy.cycle_rights(p, cycle)
        if cycle.status in (CycleStatus.DRAFT, CycleStatus.OPEN):
            items += _proposal_todos(p, cycle, today)
        if rights.coordinator:
            items += _office_todos(p, cycle, today)
        if rights.leader and cycle.status == CycleStatus.SENT:
            items.append(
                Todo(
                    "leader",
                    "Phê duyệt danh mục nhiệm vụ trọng tâm",
                    cycle,
                    reverse("web:approve", args=[cycle.id]),
                    "Xem và phê duyệt",
                )
            )
        items += _report_todos(p, cycle, rights, today)
        if rights.overseer or rights.coordinator or rights.leader or rights.staff_units:
            items += _remark_todos(p, cycle, rights)
    grouped: dict[str, list[Todo]] = {}
    for role in ROLE_LABELS:
        mine = [t for t in items if t.role == role]
        if mine:
            grouped[role] = sorted(mine, key=lambda t: (t.due is None, t.due or today, t.cycle.id))
    return grouped
