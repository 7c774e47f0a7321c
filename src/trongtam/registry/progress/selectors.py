"""Reads on progress: who may see and do what, a unit's report, and the cycle dashboard's figures.

Rights come from ``registry.policy``: unit staff enter their own unit's reports; the coordinators review,
accept, return and override; the leaders and overseers read everything of their body. Others get 404.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Prefetch
from django.http import Http404

from trongtam.core.assessment import BUCKET_LABELS_VI, STATUS_LABELS_VI
from trongtam.core.assessment.model import Bucket
from trongtam.core.text.normalize import match_key
from trongtam.registry import policy
from trongtam.registry.cycles.models import Cycle, Target
from trongtam.registry.organisations.models import Organisation

from . import compute, datacache
from .models import Aggregation, Entry, Evidence, Period, Report, TaskEntry

User = AbstractBaseUser | AnonymousUser


# What one user may do in one cycle's progress: the policy's roles in that cycle.
Access = policy.CycleRights


def progress_access(
    *, user: User, cycle: Cycle, roles: Mapping[int, AbstractSet[str]] | None = None
) -> Access:
    """The user's rights in the cycle's progress (``registry.policy``; the cycle is assumed visible to them).

    ``roles`` (``membership_roles_by_org``) spares the membership read when the caller already has it.
    """
    frozen = None if roles is None else {o: frozenset(r) for o, r in roles.items()}
    return policy.cycle_rights(policy.principal_of(user, frozen), cycle)


def period_get(*, cycle: Cycle, period_id: int) -> Period:
    """A period of the cycle, or 404."""
    try:
        return Period.objects.get(cycle=cycle, pk=period_id)
    except Period.DoesNotExist as exc:
        raise Http404("Không tìm thấy kỳ báo cáo.") from exc


def period_list(*, cycle: Cycle) -> list[Period]:
    return sorted(Period.objects.filter(cycle=cycle), key=compute.period_sort_key)


@dataclass
class ReportRow:
    target: Target
    row: compute.TargetRow
    estimate: Entry | None
    official: Entry | None
    ytd: Decimal | None
    result: object
    at_risk: bool
    projected: object
    in_year: object = None

    @property
    def current(self) -> Entry | None:
        return self.official or self.estimate

    @property
    def aggregation_label(self) -> str:
        return str(Aggregation(self.row.aggregation).label)


@dataclass
class TaskRow:
    task: object
    entry: TaskEntry | None
    has_targets: bool


@dataclass
class ReportPage:
    report: Report | None
    period: Period
    unit: Organisation
    rows: list[ReportRow]
    tasks: list[TaskRow]
    #: False for ``report_form_page``: rows and tasks without values, statuses or task entries.
    complete: bool = True


def report_page(*, cycle: Cycle, period_id: int, unit_id: int) -> ReportPage:
    """A unit's report for a period: each target it leads with its estimate, official value and year to date.

    Fixed number of queries: the report with its values and task entries, then the cycle's data, which also
    gives the period and the unit. 404 for a period not of the cycle or a unit that leads nothing. Everything
    read here moves the cycle's change stamp, so the page may be cached under it (its evidence may not: see
    ``report_evidence``).
    """
    report = (
        Report.objects.filter(period_id=period_id, period__cycle=cycle, unit_id=unit_id)
        .order_by()
        .select_related("secret")  # its lock (``Report.lock_reason_vi``) read with it
        .prefetch_related(
            Prefetch("entries", queryset=Entry.objects.order_by()),
            Prefetch("task_entries", queryset=TaskEntry.objects.order_by()),
        )
        .first()
    )
    extra = [report.id] if report is not None else []
    # Read-only here, so shared with every request while the cycle's data is unchanged (datacache).
    data = datacache.cached(
        ("cycle_data", cycle.id, tuple(extra), False),
        [cycle.id],
        lambda: compute.cycle_data_load(cycle=cycle, extra_report_ids=extra, with_stored=False),
    )
    period = next((p for p in data.periods if p.id == period_id), None)
    if period is None:
        raise Http404("Không tìm thấy kỳ báo cáo.")
    entries: dict[tuple[int, str], Entry] = {}
    task_entries: dict[int, TaskEntry] = {}
    if report is not None:
        entries = {(e.target_id, e.kind): e for e in report.entries.all()}
        task_entries = {te.key_task_id: te for te in report.task_entries.all()}
    rows = []
    for row in data.rows:
        if unit_id not in row.units:
            continue
        ytd = compute.ytd_value(data, row, period)
        result = compute.judge(data, row, ytd)
        _, projected, risky = compute.project(data, row, period, ytd)
        rows.append(
            ReportRow(
                row.target,
                row,
                entries.get((row.target.id, "estimate")),
                entries.get((row.target.id, "official")),
                ytd,
                result,
                risky,
                projected,
                compute.pace(data, row, period, ytd),
            )
        )
    with_targets = {r.task.id for r in data.rows}
    tasks = [
        TaskRow(t, task_entries.get(t.id), t.id in with_targets)
        for t in data.tasks
        if unit_id in data.task_units.get(t.id, ())
    ]
    unit = data.units.get(unit_id)
    if unit is None or not (rows or tasks):
        raise Http404("Đơn vị không chủ trì nhiệm vụ nào trong đợt này.")
    return ReportPage(report, period, unit, rows, tasks)


def report_form_page(*, cycle: Cycle, period_id: int, unit_id: int) -> ReportPage:
    """What a save or a send reads its form against: the unit's report and the targets and tasks it
    reports, without values, statuses or task entries (``complete`` False; ``report_page`` has them).

    Two queries while the cycle's structure is unchanged (the report, the structure stamp), where the whole
    page reads and judges every value of the cycle — work a redirect never shows. The same 404s as
    ``report_page``.
    """
    report = (
        Report.objects.filter(period_id=period_id, period__cycle=cycle, unit_id=unit_id)
        .order_by()
        .select_related("secret")  # its lock (``Report.lock_reason_vi``) read with it
        .first()
    )
    structure = compute.cycle_structure(cycle=cycle)
    period = next((p for p in structure.periods if p.id == period_id), None)
    if period is None:
        raise Http404("Không tìm thấy kỳ báo cáo.")
    rows = [
        ReportRow(row.target, row, None, None, None, None, False, None)
        for row in structure.rows
        if unit_id in row.units
    ]
    with_targets = {r.task.id for r in structure.rows}
    tasks = [
        TaskRow(t, None, t.id in with_targets)
        for t in structure.tasks
        if unit_id in structure.task_units.get(t.id, ())
    ]
    unit = structure.units.get(unit_id)
    if unit is None or not (rows or tasks):
        raise Http404("Đơn vị không chủ trì nhiệm vụ nào trong đợt này.")
    return ReportPage(report, period, unit, rows, tasks, complete=False)


def report_evidence(*, report: Report | None) -> list[Evidence]:
    """A report's evidence files in upload order."""
    if report is None:
        return []
    return list(Evidence.objects.filter(report_id=report.id).order_by("id"))


@dataclass
class FieldCount:
    title: str
    met: int
    total: int


@dataclass
class Dashboard:
    cycle: Cycle
    period: Period
    periods: list[Period]
    snapshot: compute.Snapshot
    lines: list[compute.TargetLine]
    units: list[compute.BodyLine]
    unit: object | None
    met: int
    total: int
    status_counts: dict[str, int]
    fields: list[FieldCount]
    report_buckets: dict[Bucket, int]
    task_buckets: dict[Bucket, int]
    trend: list[tuple[Period, int, int]]
    at_risk: int
    previous_cycle: Cycle | None
    report_rows: list[compute.ReportTimeliness]
    #: Whether any report of the cycle is demonstration data (read with the cycle's reports).
    is_demo: bool = False

    @property
    def bucket_labels(self) -> dict[str, str]:
        return BUCKET_LABELS_VI

    @property
    def status_rows(self) -> list[tuple[str, str, int]]:
        return [(k, STATUS_LABELS_VI[k], self.status_counts.get(k, 0)) for k in STATUS_LABELS_VI]


def default_period(periods: list[Period], today: date) -> Period | None:
    """The latest period whose cut-off has passed, else the first one."""
    past = [p for p in periods if p.end <= today]
    return past[-1] if past else (periods[0] if periods else None)


def latest_period_with_data(*, cycle: Cycle, periods: list[Period], today: date) -> Period | None:
    """The period a dashboard opens on: the latest one with any value reported (the widest of those that
    end on the same day, e.g. the half year over June), else ``default_period``."""
    with_data = set(
        Entry.objects.filter(report__period__cycle=cycle, value__isnull=False)
        .values_list("report__period_id", flat=True)
        .distinct()
    )
    found = [p for p in periods if p.id in with_data]
    if found:
        return max(found, key=lambda p: (p.end, -p.start.toordinal()))
    return default_period(periods, today)


def dashboard(
    *,
    cycle: Cycle,
    period: Period,
    today: date,
    unit_id: int | None = None,
    structure: compute.CycleStructure | None = None,
) -> Dashboard:
    """Every figure of the cycle dashboard at one period, in a fixed number of queries (``structure``: the
    cycle's, when the caller has just read it for the periods)."""
    data = compute.cycle_data_load(cycle=cycle, structure=structure)
    snap = compute.snapshot(data, period, today=today, trends=True)
    lines = snap.targets
    tasks = snap.tasks
    unit = None
    if unit_id is not None:
        if unit_id not in data.unit_ids:
            raise Http404("Đơn vị không có nhiệm vụ trong đợt này.")
        unit = data.units[unit_id]
        lines = [line for line in lines if unit_id in line.row.units]
        tasks = [t for t in tasks if unit_id in data.task_units.get(t.task.id, ())]
    met = sum(1 for line in lines if line.result.status in ("met", "exceeded"))
    counts = Counter(line.result.status for line in lines)
    fields: dict[str, FieldCount] = {}
    for line in lines:
        title = line.row.field.title if line.row.field else "Chưa xếp lĩnh vực"
        fc = fields.setdefault(title, FieldCount(title, 0, 0))
        fc.total += 1
        fc.met += line.result.status in ("met", "exceeded")
    trend: list[tuple[Period, int, int]] = []
    months = [p for p in data.periods if p.kind == "month" and p.end <= period.end]
    for i, p in enumerate(months):
        n = sum(1 for line in lines if line.trend[i].on_track)
        trend.append((p, n, len(lines)))
    report_rows = [r for r in compute.report_timeliness(data, today=today) if r.period.end <= period.end]
    if unit_id is not None:
        report_rows = [r for r in report_rows if r.unit.id == unit_id]
    previous = _previous_year(cycle, lines)
    return Dashboard(
        cycle=cycle,
        period=period,
        periods=data.periods,
        snapshot=snap,
        lines=lines,
        units=snap.units,
        unit=unit,
        met=met,
        total=len(lines),
        status_counts={str(k): n for k, n in counts.items()},
        fields=list(fields.values()),
        report_buckets=compute.bucket_counts(r.bucket for r in report_rows),
        task_buckets=compute.bucket_counts(t.timeliness for t in tasks),
        trend=trend,
        at_risk=sum(1 for line in lines if line.at_risk),
        previous_cycle=previous,
        report_rows=report_rows,
        is_demo=any(r.is_demo for r in data.reports.values()),
    )


def _previous_year(cycle: Cycle, lines: list[compute.TargetLine]) -> Cycle | None:
    """Attach last year's value of the same indicator (same owner, matched by normalised wording and unit)."""
    previous = Cycle.objects.filter(owner_id=cycle.owner_id, year__lt=cycle.year).order_by("-year").first()
    if previous is None:
        return None
    keyed = [
        ((match_key(line.row.target.indicator), match_key(line.row.target.unit)), line) for line in lines
    ]
    if datacache.enabled():
        # Kept under the previous cycle's own stamps: a save in this year's cycle (every few seconds on
        # deadline day) recomputes this year's dashboard, not last year's figures — every indicator's, as
        # every unit's view of the dashboard shares them.
        values = datacache.cached(
            ("year_end_values", previous.id), [previous.id], lambda: _year_end_values(previous)
        )
    else:
        # Computed for this request alone: the indicators the page shows.
        values = _year_end_values(previous, {key for key, _ in keyed})
    for key, line in keyed:
        if key in values:
            line.previous_year = values[key]
    return previous


def _year_end_values(
    cycle: Cycle, keys: AbstractSet[tuple[str, str]] | None = None
) -> dict[tuple[str, str], Decimal | None]:
    """Each indicator's (normalised wording, unit) value at the cycle's last period; the last target wins.
    ``keys``: of those indicators only (the page cache off: for this request alone, so last year's structure
    is read without its organisations and fields, which no figure of it needs)."""
    structure = (
        compute.cycle_structure(cycle=cycle)
        if keys is None
        else compute.cycle_structure_load(cycle=cycle, lean=True)
    )
    if not structure.periods:
        return {}
    by_key: dict[tuple[str, str], compute.TargetRow] = {}
    for row in structure.rows:
        by_key[(match_key(row.target.indicator), match_key(row.target.unit))] = row
    if keys is not None:
        by_key = {key: row for key, row in by_key.items() if key in keys}
    values = compute.year_end_values(
        cycle=cycle, structure=structure, rows=list(by_key.values()) if keys is not None else None
    )
    return {key: values[row.target.id] for key, row in by_key.items()}


def dashboard_unit_for(*, cycle: Cycle, unit_ids: AbstractSet[int]) -> int | None:
    """The first of ``unit_ids`` with a part in the cycle's dashboard (a unit's own view), or None."""
    if not unit_ids:
        return None
    data = datacache.cached(
        ("cycle_data", cycle.id, (), False),
        [cycle.id],
        lambda: compute.cycle_data_load(cycle=cycle, extra_report_ids=[], with_stored=False),
    )
    return next((u for u in sorted(unit_ids) if u in data.unit_ids), None)
