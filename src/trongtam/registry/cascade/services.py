"""Writes of the hand-down: assign a province target to communes, link their targets, answer their proposals.

Every write checks its input first and changes nothing when any row is wrong: a share that is not a
number, a commune outside the province or a base of zero raises ``CascadeError`` with a Vietnamese message.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.contrib.auth.models import User as AuthUser
from django.db import transaction

from trongtam.core.errors import TrongtamError
from trongtam.core.numbers import check_number, format_number, read_number
from trongtam.registry import policy
from trongtam.registry.cycles.models import Cycle, KeyTask, Target
from trongtam.registry.cycles.services import cycle_create
from trongtam.registry.organisations.models import Organisation, OrganisationLevel
from trongtam.registry.progress.models import Period, TargetSetting
from trongtam.registry.progress.services import period_generate_defaults

from .models import HandDown, RollupMethod, Share, ShareKind, ShareStatus
from .selectors import communes_of_province, province_of

User = AbstractBaseUser | AnonymousUser

COMMUNE_TASK_PREFIX = "Chỉ tiêu tỉnh giao"


class CascadeError(TrongtamError):
    """A hand-down, proposal or answer that cannot be made as asked."""


@dataclass(frozen=True)
class ShareInput:
    """One commune's row as typed or read from the spreadsheet: texts, parsed by ``shares_parse``."""

    commune_id: int
    value: str | Decimal = ""  # typed text (1.250; 12,5), or a Decimal already read (the API's "12.5")
    base: str | Decimal = ""
    same: bool = False


@dataclass(frozen=True)
class ParsedShare:
    commune: Organisation
    kind: str
    value: Decimal | None
    base: Decimal | None


def _number(text: str | Decimal, what: str, commune: str) -> Decimal | None:
    if isinstance(text, Decimal):
        try:
            return check_number(text, label=f"{what} của {commune}")
        except ValueError as exc:
            raise CascadeError(f"not a number: {text}", message_vi=str(exc)) from exc
    text = (text or "").strip()
    if not text:
        return None
    # One reader of numbers for the product: bounded by the column, no exponents, NaN or other digits.
    try:
        return read_number(text, label=f"{what} của {commune}")
    except ValueError as exc:
        raise CascadeError(
            f"not a number: {text!r}",
            message_vi=f"{exc} Ví dụ viết 1.250 hoặc 12,5.",
        ) from exc


def shares_parse(*, target: Target, method: str, rows: Sequence[ShareInput]) -> list[ParsedShare]:
    """Check every row against the province and the roll-up method; raise on the first wrong one."""
    if method not in RollupMethod.values:
        raise CascadeError(f"unknown method {method}", message_vi="Cách tổng hợp không hợp lệ.")
    cycle = target.key_task.cycle
    communes = {c.id: c for c in communes_of_province(cycle=cycle)}
    known = {c.id: c for c in Organisation.objects.filter(id__in=[r.commune_id for r in rows])}
    seen: set[int] = set()
    out: list[ParsedShare] = []
    for row in rows:
        commune = communes.get(row.commune_id)
        if commune is None:
            other = known.get(row.commune_id)
            name = other.name if other else f"mã {row.commune_id}"
            raise CascadeError(
                f"commune {row.commune_id} outside the province",
                message_vi=f"{name} không phải là xã, phường thuộc tỉnh của đợt này: không giao được.",
            )
        if commune.id in seen:
            raise CascadeError(
                "duplicate commune", message_vi=f"{commune.name} có hai dòng: chỉ giữ một dòng."
            )
        seen.add(commune.id)
        base = _number(row.base, "Quyền số", commune.name)
        if row.same:
            if method != RollupMethod.WEIGHTED:
                raise CascadeError(
                    "same-as-province for a summed target",
                    message_vi=(
                        f"{commune.name}: «như chỉ tiêu của tỉnh» chỉ dùng cho chỉ tiêu tỷ lệ "
                        "(tổng hợp theo quyền số); chỉ tiêu cộng số phải giao số cụ thể cho từng xã."
                    ),
                )
            kind, value = ShareKind.SAME, target.value
        else:
            kind, value = ShareKind.VALUE, _number(row.value, "Mức giao", commune.name)
            if value is None:
                continue  # an empty row assigns nothing to that commune
        if method == RollupMethod.WEIGHTED:
            if base is None:
                raise CascadeError(
                    "missing base",
                    message_vi=f"{commune.name}: chỉ tiêu tỷ lệ cần quyền số (số hộ, dân số…) để tổng hợp.",
                )
            if base <= 0:
                raise CascadeError(
                    "base not positive",
                    message_vi=(
                        f"{commune.name}: quyền số phải lớn hơn 0 (đang là {format_number(base)}); "
                        "tỷ lệ của xã không thể tính vào tỷ lệ chung với quyền số bằng 0."
                    ),
                )
        elif base is not None and base <= 0:
            raise CascadeError("base not positive", message_vi=f"{commune.name}: quyền số phải lớn hơn 0.")
        out.append(ParsedShare(commune, kind, value, base))
    return out


def _commune_cycle(*, commune: Organisation, year: int) -> Cycle:
    """The commune's cycle of the year (the commune or one of its bodies owns it), opened if missing."""
    cycle = (
        Cycle.objects.filter(
            year=year, owner__in=Organisation.objects.filter(id=commune.id) | commune.children.all()
        )
        .order_by("id")
        .first()
    )
    if cycle is None:
        cycle = cycle_create(owner=commune, office=commune, year=year, status="approved")
    if not Period.objects.filter(cycle=cycle).exists():
        period_generate_defaults(cycle=cycle)
    return cycle


def _link(share: Share, target: Target) -> None:
    """Create (or update) the commune's own target for its share, pre-filled and linked."""
    value = share.value
    existing = share.commune_target
    if existing is not None:
        if existing.value != value:
            existing.value = value
            existing.save(update_fields=["value"])
        return
    cycle = _commune_cycle(commune=share.commune, year=target.key_task.cycle.year)
    province_task = target.key_task
    task = KeyTask.objects.create(
        cycle=cycle,
        order=(KeyTask.objects.filter(cycle=cycle).count() + 1),
        text=f"{COMMUNE_TASK_PREFIX}: {province_task.text}",
        deadline=province_task.deadline,
        deadline_text=province_task.deadline_text,
    )
    task.lead_units.add(share.commune)
    commune_target = Target.objects.create(
        key_task=task,
        indicator=target.indicator,
        op=target.op,
        value=value,
        value_max=target.value_max if share.kind == ShareKind.SAME else None,
        unit=target.unit,
        change=target.change,
        basis=target.basis,
        ref=target.ref,
        direction=target.direction,
        period=target.period,
        deadline=target.deadline,
        is_main=target.is_main,
    )
    setting = TargetSetting.objects.filter(target=target).first()
    if setting is not None:
        TargetSetting.objects.create(target=commune_target, aggregation=setting.aggregation)
    share.commune_target = commune_target
    share.save(update_fields=["commune_target"])


@transaction.atomic
def hand_down_save(
    *, target: Target, method: str, base_label: str = "", rows: Sequence[ShareInput], user: User
) -> HandDown:
    """Assign ``target`` to the communes in ``rows`` (all rows or none) and link each commune's own target."""
    cycle = target.key_task.cycle
    policy.require(user, "cascade.hand_down", cycle, "Chỉ văn phòng của tỉnh được giao chỉ tiêu cho các xã.")
    if cycle.owner.level != OrganisationLevel.PROVINCE or province_of(cycle.owner) is None:
        raise CascadeError(
            "not a province cycle", message_vi="Chỉ chỉ tiêu của cấp tỉnh mới giao cho xã được."
        )
    if hasattr(target, "handed_down_share"):
        raise CascadeError(
            "target is itself a share", message_vi="Chỉ tiêu này là phần được giao, không giao tiếp được."
        )
    parsed = shares_parse(target=target, method=method, rows=rows)
    if not parsed:
        raise CascadeError(
            "no shares", message_vi="Chưa có xã nào được giao: hãy nhập mức giao cho ít nhất một xã."
        )
    hand_down, created = HandDown.objects.get_or_create(
        target=target,
        defaults={
            "method": method,
            "base_label": base_label,
            "created_by": user if isinstance(user, AuthUser) else None,
        },
    )
    if not created and (hand_down.method, hand_down.base_label) != (method, base_label):
        hand_down.method, hand_down.base_label = method, base_label
        hand_down.save(update_fields=["method", "base_label"])
    current = {s.commune_id: s for s in hand_down.shares.select_related("commune_target", "commune")}
    for p in parsed:
        share = current.get(p.commune.id)
        if share is None:
            share = Share(hand_down=hand_down, commune=p.commune)
        elif (share.kind, share.value, share.base) == (p.kind, p.value, p.base) and share.commune_target_id:
            continue
        share.kind, share.value, share.base = p.kind, p.value, p.base
        share.full_clean(exclude=["commune_target"])
        share.save()
        _link(share, target)
    return hand_down


@transaction.atomic
def share_propose(*, share: Share, value: str | Decimal, reason: str, user: User) -> Share:
    """The commune proposes a different figure for its share, with a reason the province office reads."""
    share = Share.objects.select_for_update(of=("self",)).select_related("commune").get(pk=share.pk)
    policy.require(user, "share.propose", share, "Chỉ xã được giao mới đề nghị mức khác được.")
    number = _number(value, "Mức đề nghị", share.commune.name)
    if number is None:
        raise CascadeError("no value", message_vi="Hãy nhập mức xã đề nghị.")
    if not reason.strip():
        raise CascadeError("no reason", message_vi="Hãy ghi lý do đề nghị mức khác.")
    share.proposed_value, share.proposed_reason = number, reason.strip()
    share.status, share.return_reason = ShareStatus.PROPOSED, ""
    share.save(update_fields=["proposed_value", "proposed_reason", "status", "return_reason"])
    return share


def _pending(share: Share) -> Share:
    share = (
        Share.objects.select_for_update(of=("self",))
        .select_related("hand_down__target__key_task__cycle", "commune_target", "commune")
        .get(pk=share.pk)
    )
    if share.status != ShareStatus.PROPOSED:
        raise CascadeError("nothing proposed", message_vi="Xã chưa gửi đề nghị nào đang chờ trả lời.")
    return share


@transaction.atomic
def share_accept(*, share: Share, user: User) -> Share:
    """The province office accepts the commune's figure: the share and the commune's target take it."""
    share = _pending(share)
    policy.require(user, "share.answer", share, "Chỉ văn phòng của tỉnh trả lời đề nghị của xã.")
    share.value, share.kind, share.status = share.proposed_value, ShareKind.VALUE, ShareStatus.ACCEPTED
    share.save(update_fields=["value", "kind", "status"])
    _link(share, share.hand_down.target)
    return share


@transaction.atomic
def share_return(*, share: Share, reason: str, user: User) -> Share:
    """The province office returns the commune's proposal with a reason; the assigned figure stands."""
    share = _pending(share)
    policy.require(user, "share.answer", share, "Chỉ văn phòng của tỉnh trả lời đề nghị của xã.")
    if not reason.strip():
        raise CascadeError("no reason", message_vi="Hãy ghi lý do trả lại đề nghị của xã.")
    share.status, share.return_reason = ShareStatus.RETURNED, reason.strip()
    share.save(update_fields=["status", "return_reason"])
    return share
