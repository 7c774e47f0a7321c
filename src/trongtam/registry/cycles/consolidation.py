"""The office's side of a cycle: consolidate proposals, choose between values, approve, adjust, carry over, remind.

The consolidated list is made of KeyTask rows without a proposal; each keeps the proposed tasks it came from in
``sources``, so the unit's own proposal stays exactly as submitted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from rapidfuzz import fuzz

from trongtam.core.text.normalize import match_key
from trongtam.core.text.roman import to_roman
from trongtam.registry.notifications import services as notifications
from trongtam.registry.organisations.models import Organisation

from .models import (
    ApprovedVersion,
    Cycle,
    CycleStatus,
    Field,
    KeyTask,
    Numbering,
    Proposal,
    ProposalStatus,
    Reminder,
    Target,
    ValueChoice,
)
from .permissions import is_coordinator, is_leader, require
from .services import field_get_or_create

User = AbstractBaseUser | AnonymousUser

# Two proposed tasks (or indicators) whose normalised texts score at least this with rapidfuzz's token-set
# ratio are offered to the office as one group; the office can still split or merge by hand.
TASK_SIMILARITY = 85
INDICATOR_SIMILARITY = 85
EDITABLE = {CycleStatus.DRAFT, CycleStatus.OPEN, CycleStatus.CONSOLIDATING, CycleStatus.ADJUSTING}


def _require_editable(cycle: Cycle) -> None:
    if cycle.status not in EDITABLE:
        raise ValidationError(
            "Danh mục đã được phê duyệt và khóa. Hãy mở điều chỉnh (có lý do) trước khi sửa."
        )


def _similar(a: str, b: str, threshold: int) -> bool:
    return fuzz.token_set_ratio(match_key(a), match_key(b)) >= threshold


def list_tasks(cycle: Cycle) -> Any:
    """The consolidated list's top-level tasks (no proposal), in order."""
    return KeyTask.objects.filter(cycle=cycle, proposal__isnull=True, parent__isnull=True)


@transaction.atomic
def consolidation_build(*, cycle: Cycle, user: User) -> int:
    """Group the submitted proposals' tasks into the list; returns how many proposed tasks were newly taken in.

    Tasks already taken in are skipped, so the office can run it again after a late proposal arrives.
    """
    require(is_coordinator(user, cycle), "Chỉ văn phòng tham mưu được tổng hợp đề xuất.")
    _require_editable(cycle)
    taken = set(
        KeyTask.sources.through.objects.filter(from_keytask__cycle=cycle).values_list(
            "to_keytask_id", flat=True
        )
    )
    proposed = (
        KeyTask.objects.filter(cycle=cycle, parent__isnull=True, proposal__status=ProposalStatus.SUBMITTED)
        .exclude(id__in=taken)
        .select_related("field", "proposal__unit")
        .prefetch_related("targets", "children__targets")
        .order_by("proposal__unit__name", "field__order", "order")
    )
    existing = list(list_tasks(cycle).select_related("field").prefetch_related("targets"))
    count = 0
    for task in proposed:
        home = next(
            (
                t
                for t in existing
                if _same_field(t.field, task.field) and _similar(t.text, task.text, TASK_SIMILARITY)
            ),
            None,
        )
        if home is None:
            home = _copy_task(task, cycle=cycle, field=task.field, parent=None)
            existing.append(home)
        else:
            _merge_targets(home, list(task.targets.all()))
        home.sources.add(task)
        count += 1
    if count and cycle.status == CycleStatus.OPEN:
        cycle.status = CycleStatus.CONSOLIDATING
        cycle.save(update_fields=["status"])
    return count


def _same_field(a: Field | None, b: Field | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.id == b.id or match_key(a.title) == match_key(b.title)


def _copy_task(task: KeyTask, *, cycle: Cycle, field: Field | None, parent: KeyTask | None) -> KeyTask:
    order = (
        KeyTask.objects.filter(cycle=cycle, proposal__isnull=True, parent=parent, field=field).aggregate(
            m=Max("order")
        )["m"]
        or 0
    ) + 1
    copy = KeyTask.objects.create(
        cycle=cycle,
        field=field,
        parent=parent,
        number=task.number,
        order=order,
        text=task.text,
        lead_text=task.lead_text,
        coordinating_text=task.coordinating_text,
        deadline=task.deadline,
        deadline_text=task.deadline_text,
        places=task.places,
    )
    copy.lead_units.set(task.lead_units.all())
    copy.coordinating_units.set(task.coordinating_units.all())
    for target in task.targets.all():
        _copy_target(target, copy)
    for child in task.children.all():
        child_copy = _copy_task(child, cycle=cycle, field=field, parent=copy)
        child_copy.sources.add(child)
    return copy


def _copy_target(target: Target, into: KeyTask) -> Target:
    copy = Target.objects.create(
        key_task=into,
        order=into.targets.count() + 1,
        indicator=target.indicator,
        op=target.op,
        value=target.value,
        value_max=target.value_max,
        unit=target.unit,
        change=target.change,
        basis=target.basis,
        baseline=target.baseline,
        baseline_period=target.baseline_period,
        ref=target.ref,
        direction=target.direction,
        period=target.period,
        deadline=target.deadline,
        is_main=target.is_main,
        quote=target.quote,
    )
    copy.sources.add(target)
    return copy


def _alternative(target: Target) -> dict[str, Any]:
    unit = target.key_task.proposal.unit.name if target.key_task.proposal else ""
    return {
        "target_id": target.id,
        "unit": unit,
        "op": target.op,
        "value": None if target.value is None else str(target.value),
        "value_max": None if target.value_max is None else str(target.value_max),
        "unit_of_measure": target.unit,
    }


def _merge_targets(home: KeyTask, incoming: Iterable[Target]) -> None:
    """Pool another unit's targets into a list task; differing values for one indicator become a ValueChoice."""
    for target in incoming:
        match = next(
            (
                t
                for t in home.targets.all()
                if t.unit == target.unit and _similar(t.indicator, target.indicator, INDICATOR_SIMILARITY)
            ),
            None,
        )
        if match is None:
            _copy_target(target, home)
            continue
        match.sources.add(target)
        if (match.value, match.value_max, match.op) != (target.value, target.value_max, target.op):
            choice = match.value_choices.filter(decided_at__isnull=True).first()
            if choice is None:
                first = match.sources.exclude(id=target.id).select_related("key_task__proposal__unit").first()
                alternatives = [_alternative(first)] if first else []
                choice = ValueChoice.objects.create(target=match, alternatives=alternatives)
            choice.alternatives = [*choice.alternatives, _alternative(target)]
            choice.save(update_fields=["alternatives"])


@transaction.atomic
def value_choice_decide(*, choice: ValueChoice, user: User, target_id: int, note: str = "") -> Target:
    """Record which unit's value the list keeps, and apply it."""
    target = choice.target
    cycle = target.key_task.cycle
    require(is_coordinator(user, cycle), "Chỉ văn phòng tham mưu được chọn giá trị.")
    _require_editable(cycle)
    alt = next((a for a in choice.alternatives if a["target_id"] == target_id), None)
    if alt is None:
        raise ValidationError("Phương án được chọn không thuộc chỉ tiêu này.")
    target.value = None if alt["value"] is None else Decimal(alt["value"])
    target.value_max = None if alt["value_max"] is None else Decimal(alt["value_max"])
    target.op = alt["op"]
    target.version += 1
    target.full_clean()
    target.save()
    choice.chosen_value = target.value
    choice.note = note or f"Chọn giá trị của {alt['unit']}"
    choice.decided_by = user if user.is_authenticated else None  # type: ignore[assignment]
    choice.decided_at = timezone.now()
    choice.save()
    return target


@transaction.atomic
def list_task_update(
    *,
    task: KeyTask,
    user: User,
    expected_version: int | None = None,
    text: str | None = None,
    field: Field | None = None,
    lead_units: Iterable[Organisation] | None = None,
    coordinating_units: Iterable[Organisation] | None = None,
    deadline: date | None = None,
    clear_deadline: bool = False,
) -> KeyTask:
    """The office edits a list task: wording, field, lead and coordinating units, deadline."""
    require(is_coordinator(user, task.cycle), "Chỉ văn phòng tham mưu được sửa danh mục.")
    _require_editable(task.cycle)
    # Re-read the row under a lock: two requests that loaded the same version must not both pass the check.
    current = KeyTask.objects.select_for_update().values_list("version", flat=True).get(pk=task.pk)
    task.version = current
    if expected_version is not None and task.version != expected_version:
        raise ValidationError(
            "Nhiệm vụ đã được người khác sửa trong lúc bạn sửa. Hãy tải lại trang để xem bản mới."
        )
    if text is not None:
        if not text.strip():
            raise ValidationError("Nội dung nhiệm vụ không được để trống.")
        task.text = text.strip()
    if field is not None:
        task.field = field
    if deadline is not None or clear_deadline:
        task.deadline = deadline
    task.version += 1
    task.full_clean()
    task.save()
    if lead_units is not None:
        task.lead_units.set(list(lead_units))
        task.lead_text = "; ".join(o.name for o in task.lead_units.all())
    if coordinating_units is not None:
        task.coordinating_units.set(list(coordinating_units))
        task.coordinating_text = "; ".join(o.name for o in task.coordinating_units.all())
    task.save()
    return task


@transaction.atomic
def list_task_merge(*, task: KeyTask, other: KeyTask, user: User) -> KeyTask:
    """Merge ``other`` into ``task``: its sources, targets and sub-items move, its text is appended if different."""
    require(is_coordinator(user, task.cycle), "Chỉ văn phòng tham mưu được gộp nhiệm vụ.")
    _require_editable(task.cycle)
    if other.cycle_id != task.cycle_id or other.id == task.id or other.proposal_id or task.proposal_id:
        raise ValidationError("Chỉ gộp được hai nhiệm vụ khác nhau của cùng một danh mục.")
    if not _similar(task.text, other.text, 99):
        task.text = f"{task.text.rstrip()} {other.text.strip()}"
    task.sources.add(*other.sources.all())
    _merge_targets(task, list(other.targets.all()))
    other.children.update(parent=task)
    other.delete()
    task.version += 1
    task.save()
    return task


@transaction.atomic
def list_task_move(*, task: KeyTask, user: User, offset: int) -> None:
    """Move a list task up (offset -1) or down (+1) within its field."""
    require(is_coordinator(user, task.cycle), "Chỉ văn phòng tham mưu được sắp xếp danh mục.")
    _require_editable(task.cycle)
    siblings = list(
        KeyTask.objects.filter(
            cycle=task.cycle, proposal__isnull=True, parent=task.parent, field=task.field
        ).order_by("order", "id")
    )
    i = next(k for k, t in enumerate(siblings) if t.id == task.id)
    j = i + offset
    if 0 <= j < len(siblings):
        siblings[i], siblings[j] = siblings[j], siblings[i]
    for order, t in enumerate(siblings, start=1):
        if t.order != order:
            t.order = order
            t.save(update_fields=["order"])


@transaction.atomic
def list_task_delete(*, task: KeyTask, user: User) -> None:
    """Drop a task from the list (the unit's proposal keeps it)."""
    require(is_coordinator(user, task.cycle), "Chỉ văn phòng tham mưu được bỏ nhiệm vụ khỏi danh mục.")
    _require_editable(task.cycle)
    if task.proposal_id:
        raise ValidationError("Không thể xóa nhiệm vụ trong đề xuất của đơn vị.")
    task.delete()


@transaction.atomic
def target_mark_main(*, target: Target, user: User, is_main: bool) -> Target:
    """Mark or unmark a target as a main target (chỉ tiêu chủ yếu)."""
    require(
        is_coordinator(user, target.key_task.cycle), "Chỉ văn phòng tham mưu được đánh dấu chỉ tiêu chủ yếu."
    )
    _require_editable(target.key_task.cycle)
    target.is_main = is_main
    target.version += 1
    target.save()
    return target


def list_snapshot(cycle: Cycle) -> list[dict[str, Any]]:
    """The list as plain data, the way it is kept in an approved version."""
    out: list[dict[str, Any]] = []
    tasks = (
        list_tasks(cycle)
        .select_related("field")
        .prefetch_related("targets", "lead_units", "coordinating_units", "children__targets")
        .order_by("field__order", "order", "id")
    )
    for task in tasks:
        out.append(_task_data(task))
    return out


def _task_data(task: KeyTask) -> dict[str, Any]:
    return {
        "id": task.id,
        "field": task.field.title if task.field else "",
        "field_number": task.field.number if task.field else "",
        "number": task.number,
        "text": task.text,
        "lead": "; ".join(o.name for o in task.lead_units.all()) or task.lead_text,
        "coordinating": "; ".join(o.name for o in task.coordinating_units.all()) or task.coordinating_text,
        "deadline": task.deadline.isoformat() if task.deadline else task.deadline_text,
        "targets": [
            {
                "indicator": t.indicator,
                "op": t.op,
                "value": None if t.value is None else str(t.value),
                "value_max": None if t.value_max is None else str(t.value_max),
                "unit": t.unit,
                "change": t.change,
                "is_main": t.is_main,
            }
            for t in task.targets.all()
        ],
        "children": [_task_data(c) for c in task.children.all()],
    }


AWAITING_LIST = {CycleStatus.OPEN, CycleStatus.CONSOLIDATING, CycleStatus.ADJUSTING}


def _require_list_ready(cycle: Cycle) -> None:
    if not list_tasks(cycle).exists():
        raise ValidationError("Danh mục chưa có nhiệm vụ nào. Hãy tổng hợp các đề xuất trước.")
    pending = ValueChoice.objects.filter(target__key_task__cycle=cycle, decided_at__isnull=True).count()
    if pending:
        raise ValidationError(f"Còn {pending} chỉ tiêu có giá trị khác nhau giữa các đơn vị chưa được chọn.")


def _is_adjustment(cycle: Cycle) -> bool:
    return cycle.status == CycleStatus.ADJUSTING or (
        cycle.status == CycleStatus.SENT and cycle.approved_versions.exists()
    )


@transaction.atomic
def cycle_send_to_leader(*, cycle: Cycle, user: User) -> Cycle:
    """The office submits the consolidated list to the leader; it is locked until approved or returned."""
    require(is_coordinator(user, cycle), "Chỉ văn phòng tham mưu được trình danh mục lên lãnh đạo.")
    if cycle.status not in AWAITING_LIST:
        raise ValidationError("Chỉ trình được danh mục đang tổng hợp hoặc đang điều chỉnh.")
    _require_list_ready(cycle)
    cycle.status = CycleStatus.SENT
    cycle._change_reason = "Văn phòng trình lãnh đạo phê duyệt"  # type: ignore[attr-defined]
    cycle.save()
    notifications.notify_list_sent(cycle=cycle, actor=user)
    return cycle


@transaction.atomic
def cycle_return_to_office(*, cycle: Cycle, user: User, reason: str = "") -> Cycle:
    """The leader (or the office itself) takes a list back for more work before approval."""
    require(is_coordinator(user, cycle) or is_leader(user, cycle), "Bạn không có quyền trả lại danh mục.")
    if cycle.status != CycleStatus.SENT:
        raise ValidationError("Danh mục không ở trạng thái chờ phê duyệt.")
    cycle.status = CycleStatus.ADJUSTING if cycle.approved_versions.exists() else CycleStatus.CONSOLIDATING
    cycle._change_reason = reason.strip() or "Trả lại văn phòng để hoàn thiện"  # type: ignore[attr-defined]
    cycle.save()
    return cycle


@dataclass(frozen=True)
class ApprovalCheck:
    """What the leader should know before approving: each warning is one sentence in Vietnamese."""

    warnings: list[str]
    missing_units: list[Organisation]
    adjustment: bool


def cycle_approval_check(*, cycle: Cycle, today: date | None = None) -> ApprovalCheck:
    """Units that have not submitted, a deadline not yet passed, a list the office has not sent."""
    today = today or timezone.localdate()
    statuses = cycle_unit_statuses(cycle=cycle, today=today)
    missing = [
        s.unit for s in statuses if s.proposal is None or s.proposal.status != ProposalStatus.SUBMITTED
    ]
    warnings = []
    if missing:
        names = ", ".join(u.name for u in missing)
        warnings.append(f"{len(missing)} đơn vị chưa gửi đề xuất: {names}.")
    if cycle.proposal_deadline is not None and today <= cycle.proposal_deadline:
        warnings.append(
            f"Hạn đề xuất ({cycle.proposal_deadline.strftime('%d/%m/%Y')}) chưa qua: "
            "các đơn vị vẫn có thể gửi thêm đề xuất."
        )
    if cycle.status != CycleStatus.SENT:
        warnings.append("Văn phòng chưa trình danh mục này lên lãnh đạo.")
    return ApprovalCheck(warnings=warnings, missing_units=missing, adjustment=_is_adjustment(cycle))


@transaction.atomic
def cycle_approve(*, cycle: Cycle, user: User, reason: str = "") -> ApprovedVersion:
    """The board approves the list: it is numbered, locked, and kept as a version.

    The cycle's row is locked first and its status read again under the lock, so a repeated or parallel
    click finds the list already approved instead of adding a second version.
    """
    require(is_leader(user, cycle), "Chỉ lãnh đạo của cơ quan được phê duyệt danh mục.")
    cycle.status = Cycle.objects.select_for_update().values_list("status", flat=True).get(pk=cycle.pk)
    if cycle.status == CycleStatus.APPROVED:
        raise ValidationError("Danh mục đã được phê duyệt (có thể do một lần bấm trước): không tạo thêm bản.")
    if cycle.status not in AWAITING_LIST | {CycleStatus.SENT}:
        raise ValidationError("Đợt này không ở trạng thái chờ phê duyệt.")
    if _is_adjustment(cycle) and not reason.strip():
        raise ValidationError("Phê duyệt điều chỉnh cần nêu lý do.")
    _require_list_ready(cycle)
    _renumber(cycle)
    number = (cycle.approved_versions.aggregate(m=Max("number"))["m"] or 0) + 1
    version = ApprovedVersion.objects.create(
        cycle=cycle,
        number=number,
        approved_at=timezone.now(),
        approved_by=user if user.is_authenticated else None,  # type: ignore[misc]
        reason=reason.strip(),
        snapshot=list_snapshot(cycle),
    )
    cycle.status = CycleStatus.APPROVED
    cycle.save(update_fields=["status"])
    notifications.notify_list_approved(cycle=cycle, actor=user)
    return version


@transaction.atomic
def cycle_set_numbering(*, cycle: Cycle, user: User, numbering: str) -> Cycle:
    """The office chooses how the approved list is numbered: from 1 in each field, or continuously."""
    require(is_coordinator(user, cycle), "Chỉ văn phòng tham mưu được chọn cách đánh số.")
    if numbering not in Numbering.values:
        raise ValidationError("Cách đánh số không hợp lệ.")
    cycle.numbering = numbering
    cycle.save(update_fields=["numbering"])
    return cycle


def _renumber(cycle: Cycle) -> None:
    """Number fields I, II, … and tasks as the letter does: from 1 in each field, or on from field to field."""
    fields = list(cycle.fields.order_by("order", "id"))
    used = [f for f in fields if list_tasks(cycle).filter(field=f).exists()]
    for i, field in enumerate(used):
        field.number = to_roman(i + 1)
        field.save(update_fields=["number"])
    running = 0
    for group in [*used, None]:
        if cycle.numbering != Numbering.CONTINUOUS:
            running = 0
        for task in list_tasks(cycle).filter(field=group).order_by("order", "id"):
            running += 1
            task.number, task.order = str(running), running
            task.save(update_fields=["number", "order"])


@transaction.atomic
def cycle_start_adjustment(*, cycle: Cycle, user: User, reason: str) -> Cycle:
    """Reopen an approved list for a mid-year adjustment; the approved version is kept for comparison."""
    require(
        is_coordinator(user, cycle) or is_leader(user, cycle), "Bạn không có quyền mở điều chỉnh danh mục."
    )
    if cycle.status != CycleStatus.APPROVED:
        raise ValidationError("Chỉ điều chỉnh được danh mục đã phê duyệt.")
    if not reason.strip():
        raise ValidationError("Điều chỉnh danh mục cần nêu lý do.")
    cycle.status = CycleStatus.ADJUSTING
    cycle._change_reason = reason.strip()  # type: ignore[attr-defined]  # simple-history keeps it
    cycle.save()
    return cycle


@transaction.atomic
def key_task_carry_over(*, task: KeyTask, into: Cycle, user: User) -> KeyTask:
    """Carry an earlier cycle's task into a new cycle's list, linked to the original."""
    require(is_coordinator(user, into), "Chỉ văn phòng tham mưu được chuyển tiếp nhiệm vụ.")
    _require_editable(into)
    if task.cycle_id == into.id:
        raise ValidationError("Nhiệm vụ đã thuộc đợt này.")
    if KeyTask.objects.filter(cycle=into, carried_from=task).exists():
        raise ValidationError("Nhiệm vụ này đã được chuyển tiếp vào đợt.")
    target_field = field_get_or_create(cycle=into, title=task.field.title) if task.field else None
    copy = _copy_task(task, cycle=into, field=target_field, parent=None)
    copy.carried_from = task
    copy.save(update_fields=["carried_from"])
    return copy


def carry_over_candidates(*, cycle: Cycle) -> list[KeyTask]:
    """List tasks of earlier cycles of the same body (or of the bodies it succeeded) not yet carried in."""
    owners = [cycle.owner_id, *cycle.owner.predecessors.values_list("id", flat=True)]
    carried = KeyTask.objects.filter(cycle=cycle, carried_from__isnull=False).values_list(
        "carried_from_id", flat=True
    )
    return list(
        KeyTask.objects.filter(
            cycle__owner_id__in=owners, cycle__year__lt=cycle.year, proposal__isnull=True, parent__isnull=True
        )
        .exclude(id__in=carried)
        .select_related("cycle", "field")
        .order_by("-cycle__year", "field__order", "order")[:200]
    )


@dataclass(frozen=True)
class UnitStatus:
    unit: Organisation
    proposal: Proposal | None
    late: bool
    reminded_at: Any


def cycle_unit_statuses(*, cycle: Cycle, today: date | None = None) -> list[UnitStatus]:
    """Each invited unit with its proposal, and whether it is late (no submitted proposal after the deadline)."""
    today = today or timezone.localdate()
    proposals = {p.unit_id: p for p in cycle.proposals.all()}
    reminders: dict[int, Any] = {}
    for r in cycle.reminders.order_by("sent_at"):
        reminders[r.unit_id] = r.sent_at
    out = []
    for unit in cycle.invited_units.order_by("name"):
        proposal = proposals.get(unit.id)
        submitted = proposal is not None and proposal.status == ProposalStatus.SUBMITTED
        late = not submitted and cycle.proposal_deadline is not None and today > cycle.proposal_deadline
        out.append(UnitStatus(unit=unit, proposal=proposal, late=late, reminded_at=reminders.get(unit.id)))
    return out


@transaction.atomic
def cycle_remind_units(*, cycle: Cycle, user: User, units: Iterable[Organisation]) -> list[Reminder]:
    """Remind units that have not proposed: an e-mail to the unit and its staff, and an in-app notice."""
    from trongtam.registry.organisations.models import Membership

    require(is_coordinator(user, cycle), "Chỉ văn phòng tham mưu được gửi nhắc nhở.")
    sent = []
    deadline = cycle.proposal_deadline.strftime("%d/%m/%Y") if cycle.proposal_deadline else "đã định"
    subject = f"Nhắc đề xuất nhiệm vụ trọng tâm năm {cycle.year}"
    for unit in units:
        emails = {unit.email} if unit.email else set()
        emails |= set(
            Membership.objects.filter(organisation=unit, role__in=["unit_staff", "admin"])
            .exclude(user__email="")
            .values_list("user__email", flat=True)
        )
        body = (
            f"Kính gửi {unit.name},\n\n"
            f"Theo công văn số {cycle.request_reference or '…'}, đơn vị được đề nghị đề xuất {cycle.title.lower()} "
            f"trước ngày {deadline}. Đến nay hệ thống chưa nhận được đề xuất của đơn vị. "
            f"Đề nghị đơn vị khẩn trương gửi đề xuất.\n\n{cycle.office.name if cycle.office else cycle.owner.name}"
        )
        if emails:
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, sorted(emails), fail_silently=False)
        sent.append(
            Reminder.objects.create(
                cycle=cycle,
                unit=unit,
                sent_by=user if user.is_authenticated else None,  # type: ignore[misc]
                recipients=", ".join(sorted(emails)),
            )
        )
    return sent
