"""A projected year-end value from the months reported so far, and whether the target is at risk.

Incremental indicators (a value per month) and cumulative ones (a year-to-date value each month) are
projected by their linear run-rate; a rate projects as its latest value.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Context, Decimal, localcontext

from trongtam.core.assessment.model import AGGREGATIONS, Aggregation, Measurement, TargetResult, TargetSpec
from trongtam.core.assessment.rules import RuleSet, load_ruleset
from trongtam.core.assessment.target import assess_target
from trongtam.core.errors import AssessmentError

_CONTEXT = Context(prec=40)


@dataclass(frozen=True)
class Projection:
    """The projected year-end value, the year-to-date value it came from and the months it covers."""

    value: Decimal
    year_to_date: Decimal
    months: int
    method: str


@dataclass(frozen=True)
class Risk:
    """The status and percent the projection would reach, and whether that puts the target at risk."""

    at_risk: bool
    projected: TargetResult
    projection: Projection


def project_year_end(
    values: Iterable[tuple[int, Decimal]], aggregation: Aggregation, months_in_year: int = 12
) -> Projection | None:
    """Project the year-end value from ``(month, value)`` pairs (month 1 = first month of the year); None if empty."""
    if aggregation not in AGGREGATIONS:
        raise AssessmentError(
            f"unknown aggregation {aggregation!r}",
            message_vi=f"Cách cộng dồn không hợp lệ: {aggregation!r} (incremental, cumulative hoặc rate).",
        )
    by_month: dict[int, Decimal] = {}
    for month, value in values:
        if not 1 <= month <= months_in_year:
            raise AssessmentError(
                f"month {month} outside 1..{months_in_year}", message_vi=f"Tháng {month} không hợp lệ."
            )
        by_month[month] = value
    if not by_month:
        return None
    last = max(by_month)
    with localcontext(_CONTEXT):
        if aggregation == "rate":
            return Projection(by_month[last], by_month[last], last, "latest")
        ytd = sum(by_month.values(), Decimal(0)) if aggregation == "incremental" else by_month[last]
        # Months not reported inside the elapsed span count as zero for incremental indicators.
        projected = ytd / last * months_in_year
        return Projection(projected, ytd, last, "run_rate")


def at_risk(
    spec: TargetSpec,
    projection: Projection,
    *,
    unit: str = "",
    baseline: Measurement | None = None,
    rules: RuleSet | None = None,
) -> Risk:
    """Judge the projected value like an actual: at risk unless met/exceeded at the rule set's percent."""
    rs = rules if rules is not None else load_ruleset()
    result = assess_target(spec, Measurement(projection.value, unit), baseline, rs)
    risky = result.status not in ("met", "exceeded") or (
        result.percent is not None and result.percent < rs.projection.at_risk_below_percent
    )
    return Risk(risky, result, projection)
