"""Believable progress values for the demo cycle — clearly labelled "Dữ liệu minh họa" — from a seed.

For every target a year-end outcome is drawn (most met or exceeded, some short), then monthly values
that reach it: increments for amounts and counts, a drifting level for rates. Units report every month
(estimate and official), at 6 months and at year end; a few reports come in late. Running it again
with the same seed gives the same values (the previous demo reports are replaced).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

from django.db import transaction
from django.utils import timezone

from trongtam.registry.cycles.models import Cycle
from trongtam.registry.policy import SYSTEM

from . import compute, services
from .models import (
    Aggregation,
    Entry,
    EntryKind,
    Period,
    PeriodKind,
    Report,
    ReportStatus,
    TaskAssessment,
    TaskEntry,
    TaskProgress,
)

DEMO_NOTE = "Dữ liệu minh họa"


@dataclass(frozen=True)
class DemoResult:
    reports: int
    entries: int
    targets: int


def round_places(value: Decimal, places: int) -> Decimal:
    """Round half up to ``places`` decimals (the demo generators' one rounding)."""
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _q(value: Decimal, whole: bool) -> Decimal:
    """Round like the indicator: counts and amounts stay whole, rates keep two decimals."""
    return round_places(value, 0 if whole else 2)


#: How far a year's result goes against its target, as bands (share of targets so far, low, high):
#: mostly met or exceeded, some short. The sample cycle uses a slightly tamer set.
PROGRESS_BANDS: tuple[tuple[float, float, float], ...] = (
    (0.4, 1.04, 1.2),
    (0.82, 1.005, 1.03),
    (0.92, 0.88, 0.97),
    (1.0, 0.6, 0.85),
)


def result_ratio(
    rng: random.Random, bands: tuple[tuple[float, float, float], ...] = PROGRESS_BANDS
) -> Decimal:
    """A result/target ratio drawn from ``bands`` (one draw picks the band, one the ratio inside it)."""
    r = rng.random()
    for edge, low, high in bands:
        if r < edge or edge >= 1.0:
            return Decimal(str(round(rng.uniform(low, high), 3)))
    raise AssertionError("the last band must reach 1.0")  # pragma: no cover


def _final(row: compute.TargetRow, ratio: Decimal) -> tuple[Decimal, Decimal | None]:
    """The year-end value a ratio gives, and the baseline a change target needs."""
    target = row.target
    value = target.value or Decimal(0)
    if target.op == "range" and target.value_max is not None:
        value = (target.value_max if target.direction == "higher" else target.value) or value
    if target.change in ("increase", "decrease"):
        baseline = row.baseline
        if baseline is None:
            baseline = Decimal(20) if target.basis == "points" else Decimal(100)
        change = value * ratio
        if target.basis == "relative" or (not target.basis and (target.unit or "").strip() == "%"):
            delta = baseline * change / 100
        else:
            delta = change
        return (baseline + delta if target.change == "increase" else baseline - delta), baseline
    if target.direction == "lower":
        return (value / ratio if ratio else value), None
    if target.direction == "exact":
        return (value if ratio >= 1 else value * ratio), None
    return value * ratio, None


@transaction.atomic
def progress_demo_generate(*, cycle: Cycle, seed: int = 0) -> DemoResult:
    """Generate a year of demo progress for ``cycle`` (replacing earlier demo data) and assess it."""
    rng = random.Random(seed)
    Report.objects.filter(period__cycle=cycle, is_demo=True).delete()
    services.period_generate_defaults(cycle=cycle)
    data = compute.cycle_data_load(cycle=cycle, with_stored=False)
    periods = {(p.kind, p.number): p for p in data.periods}
    months = [periods[(PeriodKind.MONTH, m)] for m in range(1, 13)]
    half, year = periods[(PeriodKind.HALF, 1)], periods[(PeriodKind.YEAR, 1)]

    # Per unit, per period: target id -> (estimate, official or None).
    values: dict[tuple[int, int], dict[int, tuple[Decimal, Decimal | None]]] = {}
    explanations: dict[tuple[int, int], set[int]] = {}
    targets = 0
    for row in data.rows:
        if row.spec is None or not row.units:
            continue
        targets += 1
        ratio = result_ratio(rng)
        final, baseline = _final(row, ratio)
        if "%" in (row.target.unit or "") and row.target.change == "level" and final > 100:
            final = Decimal(100)  # a share cannot pass 100%
        if baseline is not None and row.baseline is None:
            services.target_setting_set(
                target=row.target,
                aggregation=Aggregation.RATE,
                baseline=baseline,
                note=DEMO_NOTE,
                user=SYSTEM,
            )
            row.baseline = baseline
        aggregation = row.aggregation
        if aggregation == Aggregation.RATE or row.target.change != "level":
            # A rate that ends on target runs close to it all year; one that ends short starts further off.
            gap = Decimal(str(rng.uniform(0.0, 0.03) if ratio >= 1 else rng.uniform(0.03, 0.1)))
            drift = 1 + gap if row.target.direction == "lower" else 1 - gap
            start = row.baseline if row.baseline is not None else final * drift
            series = [
                start + (final - start) * Decimal(m) / 12 + final * Decimal(str(rng.uniform(-0.01, 0.01)))
                for m in range(1, 13)
            ]
            series[-1] = final
            if "%" in (row.target.unit or ""):
                series = [min(v, Decimal(100)) for v in series]
            ytd = series
        else:
            weights = [Decimal(str(rng.uniform(0.7, 1.3))) for _ in range(12)]
            total = sum(weights, Decimal(0))
            series = [final * w / total for w in weights]
            ytd = [sum(series[: m + 1], Decimal(0)) for m in range(12)]
            if aggregation == Aggregation.CUMULATIVE:
                series = ytd
        registered = row.target.value
        like = (
            "%" not in (row.target.unit or "")
            and registered is not None
            and registered == registered.to_integral_value()
        )
        unit_id = row.units[0]
        for m, period in enumerate(months):
            official = _q(series[m], like)
            # Estimates miss the official figure by a few percent, except the last one, which stands alone.
            noise = Decimal(str(rng.uniform(0.97, 1.03))) if m < 11 else Decimal(1)
            estimate = _q(series[m] * noise, like)
            # The last month's official figure is not in yet at the cut-off: only the estimate.
            values.setdefault((period.id, unit_id), {})[row.target.id] = (
                estimate,
                None if m == 11 else official,
            )
        values.setdefault((half.id, unit_id), {})[row.target.id] = (_q(ytd[5], like), _q(ytd[5], like))
        values.setdefault((year.id, unit_id), {})[row.target.id] = (_q(ytd[11], like), None)
        if ratio < 1:
            for period in [*months[5:], year]:
                explanations.setdefault((period.id, unit_id), set()).add(row.target.id)

    reports = entries = 0
    for (period_id, unit_id), by_target in values.items():
        period = next(p for p in data.periods if p.id == period_id)
        report = _demo_report(period, unit_id, rng)
        reports += 1
        batch = []
        for target_id, pair in by_target.items():
            explain = target_id in explanations.get((period_id, unit_id), set())
            for kind, amount in ((EntryKind.ESTIMATE, pair[0]), (EntryKind.OFFICIAL, pair[1])):
                if amount is None:
                    continue
                batch.append(
                    Entry(
                        report=report,
                        target_id=target_id,
                        kind=kind,
                        value=amount,
                        note=DEMO_NOTE,
                        explanation=(
                            f"{DEMO_NOTE}: giá vật tư tăng, một số dự án chậm giải ngân; đơn vị đề ra giải pháp "
                            "đẩy nhanh tiến độ trong các tháng cuối năm."
                            if explain
                            else ""
                        ),
                    )
                )
        Entry.objects.bulk_create(batch)
        entries += len(batch)

    # Tasks without numbers: the unit reports them done at 6 months or at year end; the office judges them.
    with_targets = {r.task.id for r in data.rows}
    for task in data.tasks:
        if task.id in with_targets or not data.task_units.get(task.id):
            continue
        unit_id = data.task_units[task.id][0]
        report = _demo_report(year, unit_id, rng)
        done = rng.random() < 0.85
        TaskEntry.objects.update_or_create(
            report=report,
            key_task=task,
            defaults={
                "status": TaskProgress.DONE if done else TaskProgress.IN_PROGRESS,
                "done_on": (year.end - timedelta(days=rng.randint(10, 200))) if done else None,
                "narrative": f"{DEMO_NOTE}: đã triển khai các nội dung của nhiệm vụ theo kế hoạch.",
            },
        )
        TaskAssessment.objects.update_or_create(
            period=year,
            key_task=task,
            defaults={
                "judgement": ("completed_clear" if rng.random() < 0.4 else "completed")
                if done
                else "not_completed",
                "computed_status": "no_data",
                "status": "no_data",
                "timeliness": "not_yet_due",
            },
        )
    for period in [*months, half, year]:
        services.cycle_assess(cycle=cycle, period=period)
    return DemoResult(reports=reports, entries=entries, targets=targets)


def _demo_report(period: Period, unit_id: int, rng: random.Random) -> Report:
    existing = Report.objects.filter(period=period, unit_id=unit_id).first()
    if existing is not None:
        return existing
    late = rng.random() < 0.12
    day = (
        period.due + timedelta(days=rng.randint(1, 5))
        if late
        else period.due - timedelta(days=rng.randint(0, 3))
    )
    at = timezone.make_aware(datetime.combine(day, time(9, 0)))
    status = ReportStatus.SUBMITTED if period.kind == PeriodKind.YEAR else ReportStatus.ACCEPTED
    return Report.objects.create(
        period=period,
        unit_id=unit_id,
        status=status,
        first_submitted_at=at,
        submitted_at=at,
        reviewed_at=at + timedelta(days=2) if status == ReportStatus.ACCEPTED else None,
        is_demo=True,
    )


__all__ = ["DEMO_NOTE", "DemoResult", "progress_demo_generate"]
