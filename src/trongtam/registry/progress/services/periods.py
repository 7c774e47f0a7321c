"""Reporting periods of a cycle and how each target's values add up (target settings)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from django.db import transaction

from trongtam.core.text.roman import to_roman
from trongtam.registry import policy
from trongtam.registry.cycles.models import Cycle, Target

from .. import compute
from ..errors import ProgressError
from ..models import Aggregation, Period, PeriodKind, TargetSetting
from ._common import MANAGE_ONLY, Actor

DEFAULT_DUE_AFTER_DAYS = 3


def _day(year: int, month: int, day: int) -> date:
    """A day of a month, where month 0 is December of the year before."""
    if month == 0:
        return date(year - 1, 12, day)
    return date(year, month, day)


def period_defaults(*, year: int, due_after_days: int = DEFAULT_DUE_AFTER_DAYS) -> list[dict[str, Any]]:
    """The default periods of a year under Nghị định 09/2019/NĐ-CP, Điều 12, as dicts.

    Month m runs from the 15th of the month before to the 14th; a quarter to the 14th of its last month;
    6 months, 9 months and the year from 15/12 of the year before to 14/6, 14/9 and 14/12. The unit's
    due date is the cut-off plus ``due_after_days`` (the decree leaves it to each body; 3 days by default).
    Months, 6 months and the year are required reports; quarters and 9 months are optional.
    """
    out: list[dict[str, Any]] = []
    delta = timedelta(days=due_after_days)

    def add(kind: str, number: int, label: str, start: date, end: date, required: bool) -> None:
        out.append(
            {
                "kind": kind,
                "number": number,
                "label": label,
                "start": start,
                "end": end,
                "due": end + delta,
                "required": required,
            }
        )

    for m in range(1, 13):
        add(PeriodKind.MONTH, m, f"Tháng {m}/{year}", _day(year, m - 1, 15), date(year, m, 14), True)
    for q in range(1, 5):
        add(
            PeriodKind.QUARTER,
            q,
            f"Quý {to_roman(q)}/{year}",
            _day(year, 3 * q - 3, 15),
            date(year, 3 * q, 14),
            False,
        )
    add(PeriodKind.HALF, 1, f"6 tháng đầu năm {year}", date(year - 1, 12, 15), date(year, 6, 14), True)
    add(PeriodKind.NINE_MONTHS, 1, f"9 tháng năm {year}", date(year - 1, 12, 15), date(year, 9, 14), False)
    add(PeriodKind.YEAR, 1, f"Năm {year}", date(year - 1, 12, 15), date(year, 12, 14), True)
    return out


@transaction.atomic
def period_generate_defaults(*, cycle: Cycle, due_after_days: int = DEFAULT_DUE_AFTER_DAYS) -> list[Period]:
    """Create the cycle's default periods (Nghị định 09/2019); periods that exist already are kept as edited."""
    out = []
    for spec in period_defaults(year=cycle.year, due_after_days=due_after_days):
        period, _ = Period.objects.get_or_create(
            cycle=cycle, kind=spec.pop("kind"), number=spec.pop("number"), defaults=spec
        )
        out.append(period)
    return sorted(out, key=compute.period_sort_key)


@transaction.atomic
def period_update(
    *,
    period: Period,
    start: date | None = None,
    end: date | None = None,
    due: date | None = None,
    label: str | None = None,
    required: bool | None = None,
    user: Actor,
) -> Period:
    """Edit one period of a cycle (the office sets its own cut-off and due dates)."""
    policy.require(user, "cycle.manage", period.cycle, MANAGE_ONLY)
    if start is not None:
        period.start = start
    if end is not None:
        period.end = end
    if due is not None:
        period.due = due
    if label is not None:
        period.label = label.strip()
    if required is not None:
        period.required = required
    if period.end < period.start:
        raise ProgressError(
            "period ends before it starts", message_vi="Ngày chốt số liệu phải sau ngày bắt đầu kỳ."
        )
    period.full_clean()
    period.save()
    return period


@transaction.atomic
def target_setting_set(
    *,
    target: Target,
    aggregation: str,
    baseline: Decimal | None = None,
    parts_group: str = "",
    note: str = "",
    user: Actor,
) -> TargetSetting:
    """Say how a target's values add up (incremental, cumulative, rate), give a missing baseline, and
    name the multi-part target it belongs to (targets of one task sharing ``parts_group``)."""
    policy.require(user, "cycle.manage", target.key_task.cycle, MANAGE_ONLY)
    setting, _ = TargetSetting.objects.get_or_create(target=target)
    setting.aggregation = aggregation
    setting.baseline = baseline
    setting.parts_group = parts_group.strip()
    setting.note = note
    setting.full_clean()
    setting.save()
    return setting


@dataclass(frozen=True)
class SettingInput:
    """How the office wants one target followed: aggregation, a missing baseline, its multi-part group."""

    target: Target
    aggregation: str
    baseline: Decimal | None = None
    parts_group: str = ""


@transaction.atomic
def target_settings_save(*, cycle: Cycle, settings: Sequence[SettingInput], user: Actor) -> int:
    """Save the settings of many targets of one cycle at once; returns how many changed."""
    policy.require(user, "cycle.manage", cycle, MANAGE_ONLY)
    changed = 0
    current = {s.target_id: s for s in TargetSetting.objects.filter(target__key_task__cycle=cycle)}
    for item in settings:
        if item.target.key_task.cycle_id != cycle.id:
            raise ProgressError("target of another cycle", message_vi="Chỉ tiêu không thuộc đợt này.")
        if item.aggregation not in Aggregation.values:
            raise ProgressError("unknown aggregation", message_vi="Cách cộng dồn không hợp lệ.")
        old = current.get(item.target.id)
        if old is not None and (old.aggregation, old.baseline, old.parts_group) == (
            item.aggregation,
            item.baseline,
            item.parts_group.strip(),
        ):
            continue
        if old is None and item.aggregation == compute.default_aggregation(item.target):
            if item.baseline is None and not item.parts_group.strip():
                continue
        target_setting_set(
            target=item.target,
            aggregation=item.aggregation,
            baseline=item.baseline,
            parts_group=item.parts_group,
            note=old.note if old is not None else "",
            user=user,
        )
        changed += 1
    return changed
