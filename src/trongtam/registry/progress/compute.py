"""The cycle's progress loaded in a fixed number of queries, and judged with the pure assessment core.

``cycle_data_load`` reads everything a dashboard or an assessment needs; ``snapshot`` turns it into
statuses for one period (targets, tasks, the body and each unit), projections and timeliness buckets.
Nothing here writes; ``services.cycle_assess`` stores what ``snapshot`` computes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cached_property
from typing import cast

from django.utils import timezone

from trongtam.core.assessment import (
    InYear,
    Measurement,
    Projection,
    RuleSet,
    TargetFacts,
    TargetResult,
    TargetSpec,
    TaskFacts,
    TaskResult,
    assess_body,
    assess_parts,
    assess_target,
    assess_task,
    at_risk,
    count_buckets,
    elapsed_months,
    in_year,
    load_ruleset,
    project_year_end,
    timeliness,
)
from trongtam.core.assessment.body import BodyResult
from trongtam.core.assessment.model import Aggregation as AggregationName
from trongtam.core.assessment.model import Basis, Bucket, Change, Direction, Op, Status
from trongtam.core.assessment.model import TaskStatus as TaskStatusName
from trongtam.core.errors import TrongtamError
from trongtam.registry.cycles.models import Cycle, Field, KeyTask, Target
from trongtam.registry.cycles.selectors import reporting_tasks
from trongtam.registry.organisations.models import Organisation

from . import datacache
from .models import (
    KIND_ORDER,
    Aggregation,
    BodyAssessment,
    Entry,
    EntryKind,
    Period,
    PeriodKind,
    Report,
    ReportStatus,
    TargetAssessment,
    TargetSetting,
    TaskAssessment,
    TaskEntry,
    TaskProgress,
)

COUNTED = (ReportStatus.SUBMITTED, ReportStatus.ACCEPTED)
YTD_KINDS = (PeriodKind.HALF, PeriodKind.NINE_MONTHS, PeriodKind.YEAR)


def ruleset_for_cycle(cycle: Cycle) -> RuleSet:
    """The cycle's rule set; a name the core does not know falls back to a near spelling, then the default.

    The sample cycle names "qd-124-2023" while the file's id is "qd124-2023": this adapter tolerates the
    hyphen instead of failing the whole dashboard.
    """
    name = (cycle.ruleset or "").strip()
    for candidate in (name, name.replace("qd-", "qd"), name.replace("-", "")):
        if not candidate:
            continue
        try:
            return load_ruleset(candidate)
        except TrongtamError:
            continue
    return load_ruleset(None)


def period_sort_key(period: Period) -> tuple[date, int]:
    return (period.end, KIND_ORDER[period.kind])


def target_spec(target: Target) -> TargetSpec | None:
    """The core's specification of a registered target; None when it has no value to judge against."""
    if target.value is None:
        return None
    try:
        return TargetSpec(
            value=target.value,
            op=cast(Op, target.op),
            unit=target.unit,
            value_max=target.value_max,
            change=None if target.change in ("", "level") else cast(Change, target.change),
            basis=cast(Basis | None, target.basis or None),
            direction=cast(Direction, target.direction),
        )
    except TrongtamError:
        return None


def default_aggregation(target: Target) -> str:
    """Rates and percentages take their latest value; counts and amounts add up month by month."""
    unit = (target.unit or "").strip().lower()
    if "%" in unit or "tỷ lệ" in target.indicator.lower() or target.change != "level":
        return Aggregation.RATE
    return Aggregation.INCREMENTAL


@dataclass
class TargetRow:
    target: Target
    task: KeyTask  # the top-level task the target counts for
    field: Field | None
    aggregation: str
    baseline: Decimal | None
    spec: TargetSpec | None
    units: tuple[int, ...]
    parts_group: str = ""


@dataclass
class CycleData:
    cycle: Cycle
    rules: RuleSet
    periods: list[Period]
    rows: list[TargetRow]
    tasks: list[KeyTask]
    task_units: dict[int, tuple[int, ...]]
    units: dict[int, Organisation]
    # (target_id, period_id) -> value chosen among units and estimate/official.
    values: dict[tuple[int, int], Decimal]
    reports: dict[tuple[int, int], Report]
    task_entries: dict[tuple[int, int], TaskEntry]
    stored_targets: dict[tuple[int, int], TargetAssessment] = field(default_factory=dict)
    stored_tasks: dict[tuple[int, int], TaskAssessment] = field(default_factory=dict)
    stored_bodies: dict[tuple[int, int], BodyAssessment] = field(default_factory=dict)
    #: The structure the data was loaded with (its fields are read from it when asked for).
    structure: CycleStructure | None = None

    @property
    def fields(self) -> list[Field]:
        """The cycle's fields in order (``CycleStructure.fields``: read on first use)."""
        return self.structure.fields if self.structure is not None else []

    @property
    def unit_ids(self) -> list[int]:
        seen: dict[int, None] = {}
        for units in self.task_units.values():
            for u in units:
                seen.setdefault(u, None)
        return sorted(seen, key=lambda u: self.units[u].name)


def task_units_of(task: KeyTask, parent: KeyTask | None = None) -> tuple[int, ...]:
    """The units that report on a task: its lead units, else its parent's, else the proposing unit."""
    leads = tuple(sorted(u.id for u in task.lead_units.all()))
    if leads:
        return leads
    if parent is not None:
        parent_leads = tuple(sorted(u.id for u in parent.lead_units.all()))
        if parent_leads:
            return parent_leads
    proposal = (
        task.proposal if task.proposal_id else (parent.proposal if parent and parent.proposal_id else None)
    )
    if proposal is not None:
        return (proposal.unit_id,)
    # A task of the consolidated list without lead units is reported by the units that proposed it.
    sources = [s for s in task.sources.all() if s.proposal_id] or (
        [s for s in parent.sources.all() if s.proposal_id] if parent is not None else []
    )
    return tuple(sorted({s.proposal.unit_id for s in sources if s.proposal is not None}))


def task_unit_map(
    tops: Iterable[tuple[int, int | None]],
) -> tuple[dict[int, tuple[int, ...]], dict[int, int]]:
    """``task_units_of`` for top-level tasks and their sub-items at once, from plain values.

    ``tops``: each top-level task as (id, unit of its proposal or None). Returns the units reporting on
    each top-level task (its own and its sub-items', united, sorted) and each sub-item's top-level task.
    At most three queries of plain values whatever the number of tasks (two when every task has a lead or
    proposing unit to go by: the sources are not read) — the same answer as ``task_units_of`` over
    prefetched tasks (six prefetches of model instances), which every dashboard, report page, save and
    send paid for again after each write to the cycle.
    """
    proposal_unit = dict(tops)
    children = list(
        KeyTask.objects.filter(parent_id__in=list(proposal_unit))
        .order_by()
        .values_list("id", "parent_id", "proposal__unit_id")
    )
    ids = [*proposal_unit, *(c for c, _, _ in children)]
    leads: dict[int, set[int]] = {}
    for task_id, org_id in KeyTask.lead_units.through.objects.filter(keytask_id__in=ids).values_list(
        "keytask_id", "organisation_id"
    ):
        leads.setdefault(task_id, set()).add(org_id)
    # The sources are the last resort of the rule below: read only for the tasks (and their parents) that
    # have no lead unit and no proposing unit to go by — none, once a consolidated list has its lead units.
    unsettled: set[int] = set()
    for task_id, unit in proposal_unit.items():
        if not leads.get(task_id) and unit is None:
            unsettled.add(task_id)
    for child, parent, unit in children:
        if not leads.get(child) and not leads.get(parent) and unit is None and proposal_unit[parent] is None:
            unsettled.update((child, parent))
    sources: dict[int, set[int]] = {}
    if unsettled:
        for task_id, unit_id in KeyTask.sources.through.objects.filter(
            from_keytask_id__in=sorted(unsettled), to_keytask__proposal__isnull=False
        ).values_list("from_keytask_id", "to_keytask__proposal__unit_id"):
            sources.setdefault(task_id, set()).add(unit_id)

    def units_of(task_id: int, unit: int | None, parent: int | None = None) -> set[int]:
        # The rule of task_units_of: lead units, else the parent's, else the proposing unit (the task's
        # proposal, else the parent's), else the units whose proposals the task (else its parent) came from.
        if leads.get(task_id):
            return leads[task_id]
        if parent is not None and leads.get(parent):
            return leads[parent]
        if unit is None and parent is not None:
            unit = proposal_unit[parent]
        if unit is not None:
            return {unit}
        return sources.get(task_id) or (sources.get(parent, set()) if parent is not None else set())

    units = {t: set(units_of(t, u)) for t, u in proposal_unit.items()}
    parent_of: dict[int, int] = {}
    for child, parent, unit in children:
        parent_of[child] = parent
        units[parent].update(units_of(child, unit, parent))
    return {t: tuple(sorted(u)) for t, u in units.items()}, parent_of


@dataclass(frozen=True)
class CycleStructure:
    """What a cycle's data holds that a unit's values never change: kept under the cycle's structure stamp.

    Shared between requests and threads by the page cache (``datacache.cached_structure``): read-only.
    """

    periods: list[Period]
    rows: list[TargetRow]
    tasks: list[KeyTask]
    task_units: dict[int, tuple[int, ...]]
    units: dict[int, Organisation]
    #: Each sub-item's top-level task (``task_unit_map``): the tasks a unit reports without reading them again.
    parent_of: dict[int, int] = field(default_factory=dict)
    #: The cycle whose fields ``fields`` reads; None for a lean structure (no fields).
    fields_of: int | None = None

    @cached_property
    def fields(self) -> list[Field]:
        """The cycle's fields in order, read on first use: no page, save or send draws them (a task's own
        field comes with the task), so a structure's build does not read them. Read once per structure."""
        if self.fields_of is None:
            return []
        return list(Field.objects.filter(cycle_id=self.fields_of).order_by("order"))


def cycle_structure_load(*, cycle: Cycle, lean: bool = False) -> CycleStructure:
    """The cycle's periods, reporting tasks and the units of each, targets with their settings, fields, and
    the organisations of its units and owner — every table it reads moves the structure stamp (migration
    0008 of progress), and no value, report or assessment is read.

    ``lean``: without the organisations and fields (``units`` and ``fields`` empty) — for last year's
    figures (``year_end_values``), built for one request with the page cache off; never kept in the cache.
    """
    periods = sorted(Period.objects.filter(cycle=cycle), key=period_sort_key)
    tasks = list(
        reporting_tasks(cycle=cycle)
        .select_related("field", "proposal")
        .order_by("field__order", "order", "id")
    )
    task_by_id = {t.id: t for t in tasks}
    task_units, parent_of = task_unit_map((t.id, t.proposal.unit_id if t.proposal else None) for t in tasks)
    child_parent = {child: task_by_id[parent] for child, parent in parent_of.items()}
    targets = list(
        Target.objects.filter(key_task__cycle=cycle)
        .select_related("progress_setting")
        .order_by("key_task__order", "order", "id")
    )
    rows: list[TargetRow] = []
    for target in targets:
        top = task_by_id.get(target.key_task_id) or child_parent.get(target.key_task_id)
        if top is None:
            continue  # a target of a grandchild: not modelled by the registry's tree either
        setting: TargetSetting | None = getattr(target, "progress_setting", None)
        aggregation = setting.aggregation if setting is not None else default_aggregation(target)
        baseline = target.baseline if target.baseline is not None else (setting.baseline if setting else None)
        rows.append(
            TargetRow(
                target=target,
                task=top,
                field=top.field,
                aggregation=aggregation,
                baseline=baseline,
                spec=target_spec(target),
                units=task_units.get(top.id, ()),
                parts_group=setting.parts_group if setting is not None else "",
            )
        )
    rows.sort(key=lambda r: ((r.field.order if r.field else 10**6), r.task.order, r.task.id, r.target.order))
    wanted = {u for us in task_units.values() for u in us} | {cycle.owner_id}
    return CycleStructure(
        periods=periods,
        rows=rows,
        tasks=tasks,
        task_units=task_units,
        units={} if lean else {o.id: o for o in Organisation.objects.filter(id__in=wanted)},
        parent_of=parent_of,
        fields_of=None if lean else cycle.id,
    )


def cycle_structure(*, cycle: Cycle) -> CycleStructure:
    """``cycle_structure_load``, kept under the cycle's structure stamp (one query while it has not moved)."""
    return datacache.cached_structure(
        ("cycle_structure", cycle.id, cycle.owner_id), cycle.id, lambda: cycle_structure_load(cycle=cycle)
    )


def cycle_data_load(
    *,
    cycle: Cycle,
    extra_report_ids: Iterable[int] = (),
    with_stored: bool = True,
    values_only: bool = False,
    structure: CycleStructure | None = None,
) -> CycleData:
    """Load a cycle's periods, targets, values and stored assessments in a fixed number of queries.

    Values count from submitted and accepted reports, plus the reports in ``extra_report_ids`` (a unit's
    own draft, so that its page shows what submitting would do). The structure (``cycle_structure_load``)
    is kept under the cycle's structure stamp, so that after a save only the values are read again.

    ``values_only``: the structure and the values that count, no more — ``reports`` and ``task_entries``
    empty (the reports' status read as plain values): what judging a unit's values needs (a send's checks,
    ``report_problems``), not what a page draws. ``structure``: the cycle's, when the caller has just read it.
    """
    rules = ruleset_for_cycle(cycle)
    structure = structure or cycle_structure(cycle=cycle)
    extra = set(extra_report_ids)
    reports: dict[tuple[int, int], Report] = {}
    if values_only:
        counted_reports = {
            rid
            for rid, status in Report.objects.filter(period__cycle=cycle)
            .order_by()
            .values_list("id", "status")
            if status in COUNTED or rid in extra
        }
    else:
        reports = {
            (r.period_id, r.unit_id): r
            for r in Report.objects.filter(period__cycle=cycle)
            .order_by()
            .select_related("submitted_by", "reviewed_by")
        }
        counted_reports = {r.id for r in reports.values() if r.status in COUNTED or r.id in extra}
    # Per (target, period): unit -> (official, estimate).
    raw: dict[tuple[int, int], dict[int, dict[str, Decimal]]] = {}
    # Unordered: the model's ordering would join each value's target and task and sort them all.
    for target_id, period_id, unit_id, kind, value, report_id in (
        Entry.objects.filter(report__period__cycle=cycle, value__isnull=False)
        .order_by()
        .values_list("target_id", "report__period_id", "report__unit_id", "kind", "value", "report_id")
    ):
        if report_id not in counted_reports or value is None:
            continue
        raw.setdefault((target_id, period_id), {}).setdefault(unit_id, {})[kind] = value
    values = _chosen_values(raw, {r.target.id: r.units for r in structure.rows})
    task_entries = (
        {}
        if values_only
        else {
            (te.key_task_id, te.report.period_id): te
            for te in TaskEntry.objects.filter(report__period__cycle=cycle).select_related("report")
            if te.report.status in COUNTED or te.report_id in extra
        }
    )
    # The units of reports no task of the cycle names any more (rare): read beside the structure's, which
    # is shared and never written to.
    units = structure.units
    missing = {k[1] for k in reports} - set(units)
    if missing:
        units = {**units, **{o.id: o for o in Organisation.objects.filter(id__in=missing)}}
    data = CycleData(
        cycle=cycle,
        rules=rules,
        periods=structure.periods,
        rows=structure.rows,
        tasks=structure.tasks,
        task_units=structure.task_units,
        units=units,
        values=values,
        reports=reports,
        task_entries=task_entries,
        structure=structure,
    )
    if with_stored:
        data.stored_targets = {
            (a.target_id, a.period_id): a for a in TargetAssessment.objects.filter(period__cycle=cycle)
        }
        data.stored_tasks = {
            (a.key_task_id, a.period_id): a for a in TaskAssessment.objects.filter(period__cycle=cycle)
        }
        data.stored_bodies = {
            (a.organisation_id, a.period_id): a for a in BodyAssessment.objects.filter(period__cycle=cycle)
        }
    return data


def _chosen_values(
    raw: dict[tuple[int, int], dict[int, dict[str, Decimal]]], units_of_target: dict[int, tuple[int, ...]]
) -> dict[tuple[int, int], Decimal]:
    """Per (target, period), the value that counts: the first of the target's units (then any other unit,
    by id) with an official value, else an estimate."""
    values: dict[tuple[int, int], Decimal] = {}
    for (target_id, period_id), by_unit in raw.items():
        order = list(units_of_target.get(target_id, ())) + sorted(
            set(by_unit) - set(units_of_target.get(target_id, ()))
        )
        for unit_id in order:
            kinds = by_unit.get(unit_id, {})
            chosen = kinds.get(EntryKind.OFFICIAL, kinds.get(EntryKind.ESTIMATE))
            if chosen is not None:
                values[(target_id, period_id)] = chosen
                break
    return values


def year_end_values(
    *, cycle: Cycle, structure: CycleStructure | None = None, rows: Iterable[TargetRow] | None = None
) -> dict[int, Decimal | None]:
    """Each target's year-to-date value at the cycle's last period (``ytd_value``), by target id, from the
    submitted and accepted reports — of ``rows`` only when given (else every target of the cycle);
    ``structure``: the cycle's, when the caller has it.

    The structure (kept under its stamp when the page cache is on) and one query of the counted values of
    those targets: not the whole ``cycle_data_load`` (its reports, task entries and every value), which a
    dashboard paid for last year's figures alone.
    """
    structure = structure or cycle_structure(cycle=cycle)
    if not structure.periods:
        return {}
    wanted = structure.rows if rows is None else list(rows)
    entries = Entry.objects.filter(
        report__period__cycle=cycle, report__status__in=COUNTED, value__isnull=False
    ).order_by()  # the model's ordering would join each value's target and task and sort them all
    if rows is not None:
        entries = entries.filter(target_id__in=[r.target.id for r in wanted])
    raw: dict[tuple[int, int], dict[int, dict[str, Decimal]]] = {}
    for target_id, period_id, unit_id, kind, value in entries.values_list(
        "target_id", "report__period_id", "report__unit_id", "kind", "value"
    ):
        if value is not None:
            raw.setdefault((target_id, period_id), {}).setdefault(unit_id, {})[kind] = value
    values = _chosen_values(raw, {r.target.id: r.units for r in structure.rows})
    last = structure.periods[-1]
    return {r.target.id: _ytd(values, structure.periods, r, last) for r in wanted}


def ytd_value(data: CycleData, row: TargetRow, period: Period) -> Decimal | None:
    """The year-to-date value of a target at a period's cut-off, by the target's aggregation."""
    return _ytd(data.values, data.periods, row, period)


def _ytd(
    values: dict[tuple[int, int], Decimal], periods: list[Period], row: TargetRow, period: Period
) -> Decimal | None:
    tid = row.target.id
    own = values.get((tid, period.id))
    cut = period_sort_key(period)  # once, not once per period compared
    earlier = [p for p in periods if period_sort_key(p) <= cut]
    if row.aggregation != Aggregation.INCREMENTAL:
        for p in reversed(earlier):
            value = values.get((tid, p.id))
            if value is not None:
                return value
        return None
    if own is not None and period.kind in YTD_KINDS:
        return own
    # The latest year-to-date report (6 tháng, 9 tháng) is the base; months after it add up.
    base, base_end = None, None
    for p in reversed(earlier):
        if p.kind in YTD_KINDS and (tid, p.id) in values:
            base, base_end = values[(tid, p.id)], p.end
            break
    after = [p for p in earlier if base_end is None or p.end > base_end]
    months = [values[(tid, p.id)] for p in after if p.kind == PeriodKind.MONTH and (tid, p.id) in values]
    if not months:
        months = [
            values[(tid, p.id)] for p in after if p.kind == PeriodKind.QUARTER and (tid, p.id) in values
        ]
    if base is None and not months:
        return None
    return (base or Decimal(0)) + sum(months, Decimal(0))


@dataclass(frozen=True)
class TrendPoint:
    """A target at one month's cut-off: year to date, its status, and whether it is on track for the year."""

    period: Period
    value: Decimal | None
    result: TargetResult
    on_track: bool


@dataclass
class TargetLine:
    row: TargetRow
    actual: Decimal | None
    result: TargetResult
    computed: TargetResult
    overridden: bool = False
    override_reason: str = ""
    projection: Projection | None = None
    projected: TargetResult | None = None
    at_risk: bool = False
    trend: list[TrendPoint] = field(default_factory=list)
    previous_year: Decimal | None = None
    #: Before the year is in: pace against the months elapsed and the forecast (None at the year).
    in_year: InYear | None = None


@dataclass
class TaskLine:
    task: KeyTask
    result: TaskResult
    computed: TaskResult
    timeliness: Bucket
    overridden: bool = False
    override_reason: str = ""
    judgement: str = ""
    unit_status: str = ""


@dataclass
class BodyLine:
    organisation: Organisation
    result: BodyResult
    level: str
    label: str
    overridden: bool = False
    override_reason: str = ""
    targets_total: int = 0
    targets_met: int = 0


@dataclass
class Snapshot:
    period: Period
    targets: list[TargetLine]
    tasks: list[TaskLine]
    body: BodyLine
    units: list[BodyLine]
    ruleset_id: str
    ruleset_name: str

    @property
    def provisional(self) -> bool:
        """Before the year's period: progress and forecasts only, no rating of targets or bodies."""
        return self.period.kind != PeriodKind.YEAR


def judge(data: CycleData, row: TargetRow, actual: Decimal | None) -> TargetResult:
    """One target's status and percent for a year-to-date value, never raising on odd data."""
    if row.spec is None:
        return TargetResult("no_data", None, note_vi="Chỉ tiêu chưa có giá trị định lượng.")
    baseline = Measurement(row.baseline) if row.baseline is not None else None
    try:
        return assess_target(
            row.spec, Measurement(actual) if actual is not None else None, baseline, data.rules
        )
    except TrongtamError as exc:
        return TargetResult("no_data", None, note_vi=exc.message_vi)


def project(
    data: CycleData, row: TargetRow, period: Period, actual: Decimal | None
) -> tuple[Projection | None, TargetResult | None, bool]:
    """The projected year-end value from the year to date and whether it puts the target at risk."""
    if actual is None or row.spec is None or period.month_index >= 12:
        return None, None, False
    aggregation: AggregationName = "rate" if row.aggregation == Aggregation.RATE else "cumulative"
    try:
        projection = project_year_end([(period.month_index, actual)], aggregation)
        if projection is None:
            return None, None, False
        baseline = Measurement(row.baseline) if row.baseline is not None else None
        risk = at_risk(row.spec, projection, baseline=baseline, rules=data.rules)
    except TrongtamError:
        return None, None, False
    return projection, risk.projected, risk.at_risk


def pace(data: CycleData, row: TargetRow, period: Period, actual: Decimal | None) -> InYear | None:
    """Before the year is in, where the target stands against the time elapsed (core ``in_year``);
    None for the year's own period, or a target with no quantity to follow."""
    if row.spec is None or period.kind == PeriodKind.YEAR:
        return None
    aggregation: AggregationName = "rate" if row.aggregation == Aggregation.RATE else "cumulative"
    baseline = Measurement(row.baseline) if row.baseline is not None else None
    try:
        months = elapsed_months(period.kind, period.number)
        return in_year(row.spec, actual, aggregation, months, baseline=baseline, rules=data.rules)
    except TrongtamError:
        return None


def task_target_statuses(data: CycleData, lines: list[TargetLine]) -> list[Status]:
    """The statuses a task is judged on: a multi-part target counts once, met only when every part is."""
    statuses: list[Status] = []
    groups: dict[str, list[TargetResult]] = {}
    for line in lines:
        if line.row.parts_group:
            groups.setdefault(line.row.parts_group, []).append(line.result)
        else:
            statuses.append(line.result.status)
    statuses.extend(assess_parts(parts, data.rules).status for parts in groups.values())
    return statuses


def _task_due(task: KeyTask, cycle: Cycle) -> date:
    return task.deadline or date(cycle.year, 12, 31)


def snapshot(
    data: CycleData,
    period: Period,
    *,
    today: date,
    trends: bool = False,
    apply_overrides: bool = True,
) -> Snapshot:
    """Every status at one period: targets (with projections), tasks, the body and each unit."""
    # A past period is seen as it stood at its due date; the year's assessment as it stands today.
    as_of = today if period.kind == PeriodKind.YEAR else min(today, period.due)
    lines: list[TargetLine] = []
    trend_periods = [p for p in data.periods if p.kind == PeriodKind.MONTH and p.end <= period.end]
    for row in data.rows:
        actual = ytd_value(data, row, period)
        computed = judge(data, row, actual)
        line = TargetLine(row=row, actual=actual, result=computed, computed=computed)
        stored = data.stored_targets.get((row.target.id, period.id))
        if apply_overrides and stored is not None and stored.overridden:
            line.result = TargetResult(
                cast(Status, stored.status), stored.percent, actual, stored.override_reason
            )
            line.overridden, line.override_reason = True, stored.override_reason
        line.projection, line.projected, line.at_risk = project(data, row, period, actual)
        line.in_year = pace(data, row, period, actual)
        if trends:
            for p in trend_periods:
                value = ytd_value(data, row, p)
                result = judge(data, row, value)
                _, projected, risky = project(data, row, p, value)
                on_track = result.status in ("met", "exceeded") or (projected is not None and not risky)
                line.trend.append(TrendPoint(p, value, result, on_track))
        lines.append(line)

    by_task: dict[int, list[TargetLine]] = {}
    for line in lines:
        by_task.setdefault(line.row.task.id, []).append(line)
    task_lines: list[TaskLine] = []
    for task in data.tasks:
        stored_task = data.stored_tasks.get((task.id, period.id))
        judgement = (
            cast(TaskStatusName, stored_task.judgement) if stored_task and stored_task.judgement else None
        )
        statuses = task_target_statuses(data, by_task.get(task.id, []))
        computed_task = assess_task(statuses, judgement, data.rules)
        entry = data.task_entries.get((task.id, period.id))
        tl = TaskLine(task=task, result=computed_task, computed=computed_task, timeliness="not_yet_due")
        if apply_overrides and stored_task is not None and stored_task.overridden:
            tl.result = TaskResult(
                cast(TaskStatusName, stored_task.status), note_vi=stored_task.override_reason
            )
            tl.overridden, tl.override_reason = True, stored_task.override_reason
        tl.judgement = judgement or ""
        tl.unit_status = entry.get_status_display() if entry else ""
        done: date | None = None
        if entry is not None and entry.status == TaskProgress.DONE:
            done = entry.done_on or entry.report.period.end
        elif tl.result.status in ("completed", "completed_clear"):
            done = period.end
        tl.timeliness = timeliness(_task_due(task, data.cycle), done, as_of, data.rules)
        task_lines.append(tl)

    body = _body(data, period, data.cycle.owner_id, task_lines, lines, apply_overrides)
    units = []
    for unit_id in data.unit_ids:
        unit_tasks = [t for t in task_lines if unit_id in data.task_units.get(t.task.id, ())]
        unit_targets = [t for t in lines if unit_id in t.row.units]
        units.append(_body(data, period, unit_id, unit_tasks, unit_targets, apply_overrides))
    return Snapshot(period, lines, task_lines, body, units, data.rules.id, data.rules.name)


def _body(
    data: CycleData,
    period: Period,
    org_id: int,
    tasks: list[TaskLine],
    targets: list[TargetLine],
    apply_overrides: bool,
) -> BodyLine:
    result = assess_body(
        [TaskFacts(t.result.status, t.timeliness) for t in tasks],
        [TargetFacts(t.result.status, t.row.target.is_main) for t in targets],
        rules=data.rules,
    )
    line = BodyLine(
        organisation=data.units[org_id],
        result=result,
        level=result.code,
        label=result.label,
        targets_total=len(targets),
        targets_met=sum(1 for t in targets if t.result.status in ("met", "exceeded")),
    )
    stored = data.stored_bodies.get((org_id, period.id))
    if apply_overrides and stored is not None and stored.overridden:
        line.level, line.label = stored.level, stored.label
        line.overridden, line.override_reason = True, stored.override_reason
    return line


@dataclass(frozen=True)
class ReportTimeliness:
    period: Period
    unit: Organisation
    report: Report | None
    bucket: Bucket


def report_timeliness(data: CycleData, *, today: date, required_only: bool = True) -> list[ReportTimeliness]:
    """Every (period, unit) a report is expected for, with its bucket: on time, late, not yet due, overdue."""
    out = []
    for period in data.periods:
        if (
            required_only
            and not period.required
            and not any((period.id, u) in data.reports for u in data.unit_ids)
        ):
            continue
        for unit_id in data.unit_ids:
            report = data.reports.get((period.id, unit_id))
            submitted = report.first_submitted_at if report is not None else None
            done = timezone.localtime(submitted).date() if submitted is not None else None
            bucket = timeliness(period.due, done, today, data.rules)
            out.append(ReportTimeliness(period, data.units[unit_id], report, bucket))
    return out


def bucket_counts(buckets: Iterable[Bucket]) -> dict[Bucket, int]:
    return count_buckets(buckets)
