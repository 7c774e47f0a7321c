"""Reads of the hand-down: a province's communes, the shares of a target, and the roll-up of one period.

The roll-up is one set-based query per page (``ROLLUP_SQL``): the communes' values of a period are picked
with joins and summed or weighted with GROUP BY in the database, never read commune by commune.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from django.db import connection
from django.db.models import Q, QuerySet

from trongtam.registry.cycles.models import Cycle, KeyTask, Target
from trongtam.registry.organisations.models import Organisation, OrganisationLevel
from trongtam.registry.progress.models import Entry, Period, Report, ReportStatus

from .models import HandDown, RollupMethod, Share

REPORTED = (ReportStatus.SUBMITTED.value, ReportStatus.ACCEPTED.value)
QUANTUM = Decimal("0.000001")


def province_of(organisation: Organisation) -> Organisation | None:
    """The province-level body at the top of ``organisation``'s tree, or None outside a province."""
    node: Organisation | None = organisation
    found = None
    while node is not None:
        if node.level == OrganisationLevel.PROVINCE:
            found = node
        node = node.parent
    return found


def _province_tree_ids(root: Organisation) -> set[int]:
    """The province body and every province-level body under it (one query per level of depth)."""
    ids, frontier = {root.id}, {root.id}
    while frontier:
        frontier = set(
            Organisation.objects.filter(parent_id__in=frontier, level=OrganisationLevel.PROVINCE)
            .exclude(id__in=ids)
            .values_list("id", flat=True)
        )
        ids |= frontier
    return ids


def communes_of_province(*, cycle: Cycle) -> QuerySet[Organisation]:
    """The communes (top commune-level bodies) under the province of the cycle's owner, active that year."""
    root = province_of(cycle.owner)
    if root is None:
        return Organisation.objects.none()
    year_start, year_end = date(cycle.year, 1, 1), date(cycle.year, 12, 31)
    return (
        Organisation.objects.filter(level=OrganisationLevel.COMMUNE, parent_id__in=_province_tree_ids(root))
        .filter(Q(valid_from__isnull=True) | Q(valid_from__lte=year_end))
        .filter(Q(valid_to__isnull=True) | Q(valid_to__gte=year_start))
        .order_by("name")
    )


@dataclass
class ShareRow:
    """A commune in the hand-down table, with its share if it has one."""

    commune: Organisation
    share: Share | None


def hand_down_table(*, target: Target) -> tuple[HandDown | None, list[ShareRow]]:
    """Every commune of the province with its current share of ``target`` (the hand-down form)."""
    hand_down = HandDown.objects.filter(target=target).first()
    shares = {}
    if hand_down is not None:
        shares = {s.commune_id: s for s in hand_down.shares.select_related("commune_target")}
    communes = list(communes_of_province(cycle=target.key_task.cycle))
    listed = {c.id for c in communes}
    rows = [ShareRow(c, shares.get(c.id)) for c in communes]
    # A share of a commune no longer active that year is still shown, so nothing disappears silently.
    rows += [ShareRow(s.commune, s) for cid, s in shares.items() if cid not in listed]
    return hand_down, rows


def hand_down_list(*, cycle: Cycle) -> list[HandDown]:
    """The cycle's handed-down targets with their shares, in the order of the list."""
    return list(
        HandDown.objects.filter(target__key_task__cycle=cycle)
        .select_related("target__key_task")
        .prefetch_related("shares__commune")
        .order_by("target__key_task__order", "target__order")
    )


def shares_for_commune_cycle(*, cycle: Cycle, visible: Q | None = None) -> list[Share]:
    """The shares linked to targets in a commune's cycle: what the province handed down to it (of them,
    those ``visible``: ``policy.visible_q(user, Share)``)."""
    return list(
        Share.objects.filter(commune_target__key_task__cycle=cycle)
        .filter(visible if visible is not None else Q())
        .select_related("hand_down__target__key_task__cycle__owner", "commune_target", "commune")
        .order_by("commune_target__key_task__order")
    )


def share_get(*, share_id: int) -> Share:
    """One share with what its pages show (404 handled by the caller's visibility rule)."""
    return Share.objects.select_related(
        "hand_down__target__key_task__cycle", "commune_target__key_task__cycle", "commune"
    ).get(pk=share_id)


# ---------------------------------------------------------------------------------------------
# Roll-up


def _tables() -> dict[str, str]:
    return {
        "share": Share._meta.db_table,
        "hand_down": HandDown._meta.db_table,
        "target": Target._meta.db_table,
        "task": KeyTask._meta.db_table,
        "period": Period._meta.db_table,
        "report": Report._meta.db_table,
        "entry": Entry._meta.db_table,
        "org": Organisation._meta.db_table,
    }


# One row per share: the commune's value for the period (official over estimate) from a report it has
# sent (submitted or accepted); NULL when it has not reported, so it is never counted as zero.
COMMUNE_VALUES = """
    SELECT s.id AS share_id, s.hand_down_id, s.commune_id, s.base, s.value AS assigned,
           COALESCE(MAX(CASE WHEN e.kind = 'official' THEN e.value END),
                    MAX(CASE WHEN e.kind = 'estimate' THEN e.value END)) AS value,
           MAX(CASE WHEN e.id IS NOT NULL THEN r.id END) AS report_id, MAX(p.id) AS period_id, MAX(t.id) AS task_id
    FROM {share} s
    JOIN {hand_down} h ON h.id = s.hand_down_id
    LEFT JOIN {target} ct ON ct.id = s.commune_target_id
    LEFT JOIN {task} t ON t.id = ct.key_task_id
    LEFT JOIN {period} p ON p.cycle_id = t.cycle_id AND p.kind = %s AND p.number = %s
    LEFT JOIN {report} r ON r.period_id = p.id AND r.status IN ('submitted', 'accepted')
    LEFT JOIN {entry} e ON e.report_id = r.id AND e.target_id = s.commune_target_id AND e.value IS NOT NULL
    WHERE {where}
    GROUP BY s.id, s.hand_down_id, s.commune_id, s.base, s.value
"""

# The roll-up of every handed-down target of a cycle for one period: sums, base-weighted rates, counts.
ROLLUP_SQL = """
    WITH cv AS ({values})
    SELECT cv.hand_down_id,
           COUNT(*) AS expected,
           COUNT(cv.value) AS reported,
           SUM(cv.value) AS total,
           SUM(cv.value * cv.base) AS weighted,
           SUM(CASE WHEN cv.value IS NOT NULL THEN cv.base END) AS base_total,
           SUM(cv.assigned) AS assigned_total
    FROM cv
    GROUP BY cv.hand_down_id
"""

# What the province itself reported for its own targets in the period.
PROVINCE_SQL = """
    SELECT e.target_id,
           COALESCE(MAX(CASE WHEN e.kind = 'official' THEN e.value END),
                    MAX(CASE WHEN e.kind = 'estimate' THEN e.value END)) AS value
    FROM {entry} e
    JOIN {report} r ON r.id = e.report_id AND r.status IN ('submitted', 'accepted')
    JOIN {hand_down} h ON h.target_id = e.target_id
    JOIN {target} pt ON pt.id = h.target_id
    JOIN {task} k ON k.id = pt.key_task_id
    WHERE r.period_id = %s AND k.cycle_id = %s AND e.value IS NOT NULL
    GROUP BY e.target_id
"""


def _dec(value: Any) -> Decimal | None:
    # SQLite hands sums back as floats; PostgreSQL as Decimal. Both become exact-looking Decimals.
    if value is None:
        return None
    if isinstance(value, Decimal):
        return value
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


def _norm(value: Decimal | None) -> Decimal | None:
    if value is None:
        return None
    value = value.quantize(QUANTUM)
    return value.normalize() if value == value.to_integral() else value.quantize(QUANTUM).normalize()


@dataclass
class RollupLine:
    """One handed-down target in one period: the communes' figure beside the province's own, and the gap."""

    hand_down: HandDown
    province_value: Decimal | None
    communes_value: Decimal | None
    reported: int
    expected: int
    assigned_total: Decimal | None

    @property
    def weighted(self) -> bool:
        return self.hand_down.method == RollupMethod.WEIGHTED

    @property
    def gap(self) -> Decimal | None:
        """The province's figure minus the communes' (None while either is missing)."""
        if self.province_value is None or self.communes_value is None:
            return None
        return _norm(self.province_value - self.communes_value)

    def _shown(self, value: Decimal | None) -> Decimal | None:
        # A recomputed rate is shown to two decimals (3,71 %); sums keep their own decimals.
        if value is None or not self.weighted:
            return value
        return value.quantize(Decimal("0.01"))

    @property
    def communes_shown(self) -> Decimal | None:
        return self._shown(self.communes_value)

    @property
    def gap_shown(self) -> Decimal | None:
        return self._shown(self.gap)

    @property
    def missing(self) -> int:
        return self.expected - self.reported


def rollup_execute(*, cycle_id: int, kind: str, number: int) -> list[tuple[Any, ...]]:
    """The raw roll-up rows of every handed-down target of a cycle for one period kind and number."""
    tables = _tables()
    where = "h.target_id IN (SELECT pt.id FROM {target} pt JOIN {task} k ON k.id = pt.key_task_id WHERE k.cycle_id = %s)"
    values = COMMUNE_VALUES.format(where=where.format(**tables), **tables)
    sql = ROLLUP_SQL.format(values=values)
    with connection.cursor() as cursor:
        cursor.execute(sql, [kind, number, cycle_id])
        return list(cursor.fetchall())


def rollup(*, cycle: Cycle, period: Period) -> list[RollupLine]:
    """Every handed-down target of the province cycle in ``period``: the roll-up beside the province's value."""
    # The targets only: the shares themselves are counted by the query, not read.
    hand_downs = {
        h.id: h
        for h in HandDown.objects.filter(target__key_task__cycle=cycle)
        .select_related("target")
        .order_by("target__key_task__order", "target__order")
    }
    if not hand_downs:
        return []
    tables = _tables()
    with connection.cursor() as cursor:
        cursor.execute(PROVINCE_SQL.format(**tables), [period.id, cycle.id])
        own = {target_id: _dec(v) for target_id, v in cursor.fetchall()}
    lines: dict[int, RollupLine] = {}
    for hd_id, expected, reported, total, weighted, base_total, assigned in rollup_execute(
        cycle_id=cycle.id, kind=period.kind, number=period.number
    ):
        hand_down = hand_downs[hd_id]
        if hand_down.method == RollupMethod.WEIGHTED:
            base = _dec(base_total)
            value = _dec(weighted) / base if reported and base else None  # type: ignore[operator]
        else:
            value = _dec(total) if reported else None
        lines[hd_id] = RollupLine(
            hand_down=hand_down,
            province_value=own.get(hand_down.target_id),
            communes_value=_norm(value),
            reported=int(reported),
            expected=int(expected),
            assigned_total=_norm(_dec(assigned)),
        )
    return [lines[h] for h in hand_downs if h in lines]


@dataclass
class CommuneLine:
    """One commune's value of a handed-down target in a period, and where to read its report."""

    share: Share
    value: Decimal | None
    report_id: int | None
    period_id: int | None
    cycle_id: int | None

    @property
    def reported(self) -> bool:
        return self.value is not None


def rollup_detail(*, hand_down: HandDown, period: Period) -> list[CommuneLine]:
    """The drill-down: every commune's value of one target in one period (one query), not-reported as None."""
    tables = _tables()
    sql = COMMUNE_VALUES.format(where="s.hand_down_id = %s", **tables)
    with connection.cursor() as cursor:
        cursor.execute(sql, [period.kind, period.number, hand_down.id])
        rows = {row[0]: row for row in cursor.fetchall()}
    shares = list(
        hand_down.shares.select_related("commune", "commune_target__key_task").order_by("commune__name")
    )
    out = []
    for share in shares:
        row = rows.get(share.id)
        value = _dec(row[5]) if row else None
        out.append(
            CommuneLine(
                share=share,
                value=_norm(value),
                report_id=row[6] if row else None,
                period_id=row[7] if row else None,
                cycle_id=share.commune_target.key_task.cycle_id if share.commune_target else None,
            )
        )
    return out


def rollup_periods(*, cycle: Cycle) -> list[Period]:
    """The province cycle's periods, in order."""
    return list(Period.objects.filter(cycle=cycle).order_by("end", "kind"))


def rollup_default_period(*, cycle: Cycle, periods: list[Period], today: date) -> Period | None:
    """The latest closed period for which a linked commune (or the province) has sent a report."""
    kinds = set(
        Report.objects.filter(
            status__in=REPORTED,
            entries__target__handed_down_share__hand_down__target__key_task__cycle=cycle,
        )
        .values_list("period__kind", "period__number")
        .distinct()
    )
    with_data = [p for p in periods if (p.kind, p.number) in kinds and p.end <= today]
    if with_data:
        return with_data[-1]
    past = [p for p in periods if p.end <= today]
    return past[-1] if past else (periods[0] if periods else None)


def commune_report_lines(*, share: Share, period: Period) -> tuple[Report | None, list[Entry]]:
    """The commune's report of the period matching ``period`` and its values of the handed-down targets."""
    if share.commune_target is None:
        return None, []
    cycle_id = share.commune_target.key_task.cycle_id
    report = (
        Report.objects.filter(
            period__cycle_id=cycle_id,
            period__kind=period.kind,
            period__number=period.number,
            entries__target__handed_down_share__isnull=False,
        )
        .select_related("period", "unit")
        .distinct()
        .first()
    )
    if report is None:
        return None, []
    entries = list(
        Entry.objects.filter(report=report, target__handed_down_share__isnull=False)
        .select_related("target__handed_down_share__hand_down__target")
        .order_by("target__key_task__order", "kind")
    )
    return report, entries
