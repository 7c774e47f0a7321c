"""A projected year-end value from the months reported so far, and whether the target is at risk;
before the year is in, a target's pace against the time elapsed and its forecast (:func:`in_year`).

Incremental indicators (a value per month) and cumulative ones (a year-to-date value each month) are
projected by their linear run-rate; a rate projects as its latest value.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Context, Decimal, localcontext
from typing import Literal

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


# ---------------------------------------------------------------------------------------------
# Before the year is in: progress against the time elapsed, and a forecast, never a rating.

#: Months of the year a period's figures cover, by period kind (``number`` is the month or quarter).
_MONTHS_COVERED = {"month": 1, "quarter": 3}
_FIXED_MONTHS = {"half": 6, "nine_months": 9, "year": 12}

Pace = Literal["on_pace", "behind_pace", "no_data"]
Outlook = Literal["forecast_met", "forecast_not_met", "no_data"]

PACE_LABELS_VI: dict[str, str] = {
    "on_pace": "Đúng tiến độ",
    "behind_pace": "Chậm tiến độ",
    "no_data": "Chưa có số liệu",
}
OUTLOOK_LABELS_VI: dict[str, str] = {
    "forecast_met": "Dự báo đạt",
    "forecast_not_met": "Dự báo không đạt",
    "no_data": "Chưa dự báo được",
}


def elapsed_months(kind: str, number: int = 1, months_in_year: int = 12) -> int:
    """The months of the year elapsed at a period's cut-off, counted in whole months from 1 January.

    A period's figures run from the start of the year to the last day of the period (year to date), so
    the time elapsed is the months up to and including the period's last month: month ``n`` → n,
    quarter ``q`` → 3q, the half year 6, nine months 9, the year 12 (then nothing is provisional any
    more). The days between the cut-off and the reporting deadline do not count: the figures stop at the
    cut-off. The share of the year elapsed is this over 12.

    >>> elapsed_months("month", 1), elapsed_months("quarter", 2), elapsed_months("nine_months")
    (1, 6, 9)
    """
    if kind in _FIXED_MONTHS:
        months = _FIXED_MONTHS[kind]
    elif kind in _MONTHS_COVERED:
        months = _MONTHS_COVERED[kind] * number
    else:
        raise AssessmentError(f"unknown period kind {kind!r}", message_vi=f"Loại kỳ không hợp lệ: {kind!r}.")
    if not 1 <= months <= months_in_year:
        raise AssessmentError(
            f"period {kind} {number} outside the year", message_vi=f"Kỳ {kind} {number} nằm ngoài năm."
        )
    return months


@dataclass(frozen=True)
class InYear:
    """A target part-way through the year: its pace against the time elapsed and a year-end forecast.

    ``expected`` is what an even pace would have reached by now (a ceiling for a lower-is-better target;
    None where an even pace has no meaning: a rate, a change against a baseline). ``projected`` is the
    year-end value at the pace so far. Always provisional: not a rating.
    """

    pace: Pace
    outlook: Outlook
    months: int
    year_to_date: Decimal | None
    expected: Decimal | None
    projected: Decimal | None
    projected_result: TargetResult | None

    months_in_year: int = 12

    @property
    def share(self) -> Decimal:
        """The share of the year elapsed (0–1)."""
        return Decimal(self.months) / Decimal(self.months_in_year)

    @property
    def pace_label_vi(self) -> str:
        return PACE_LABELS_VI[self.pace]

    @property
    def outlook_label_vi(self) -> str:
        return OUTLOOK_LABELS_VI[self.outlook]


def _lower_is_better(spec: TargetSpec) -> bool:
    return spec.op in ("<=", "<") or spec.direction == "lower"


def in_year(
    spec: TargetSpec,
    year_to_date: Decimal | None,
    aggregation: Aggregation,
    months: int,
    *,
    months_in_year: int = 12,
    baseline: Measurement | None = None,
    rules: RuleSet | None = None,
) -> InYear:
    """Where a target stands after ``months`` of the year (see :func:`elapsed_months`).

    Sums (``incremental``, ``cumulative``) are expected to grow evenly over the year: by now a level
    target should have reached months/12 of its value (or, lower-is-better, stay under that share of its
    ceiling), and the year-end forecast is the year to date times 12/months. A ``rate`` has no
    even pace: its latest value is compared with the target as it stands, and is its own forecast. A
    change against a baseline ("tăng 10%") is on pace when its forecast reaches the target.
    The forecast is "đạt" when the projected value would be met or exceeded at year end, at no less
    than the rule set's ``projection.at_risk_below_percent``.
    """
    if not 1 <= months <= months_in_year:
        raise AssessmentError(
            f"months {months} outside 1..{months_in_year}",
            message_vi=f"Số tháng đã qua không hợp lệ: {months}.",
        )
    if aggregation not in AGGREGATIONS:
        raise AssessmentError(
            f"unknown aggregation {aggregation!r}",
            message_vi=f"Cách cộng dồn không hợp lệ: {aggregation!r} (incremental, cumulative hoặc rate).",
        )
    if year_to_date is None:
        return InYear("no_data", "no_data", months, None, None, None, None, months_in_year)
    rs = rules if rules is not None else load_ruleset()
    with localcontext(_CONTEXT):
        if aggregation == "rate":
            projected = year_to_date
        else:
            projected = year_to_date * months_in_year / months
        projection = Projection(projected, year_to_date, 0, "latest" if aggregation == "rate" else "run_rate")
        risk = at_risk(spec, projection, baseline=baseline, rules=rs)
        outlook: Outlook = "forecast_not_met" if risk.at_risk else "forecast_met"
        expected: Decimal | None = None
        if aggregation == "rate":
            now = assess_target(spec, Measurement(year_to_date), baseline, rs)
            on_pace = now.status in ("met", "exceeded")
        elif spec.change is None:
            expected = spec.value * months / months_in_year
            if spec.op == "range" and spec.value_max is not None:
                on_pace = expected <= year_to_date <= spec.value_max * months / months_in_year
            elif _lower_is_better(spec):
                on_pace = year_to_date <= expected
            else:
                on_pace = year_to_date >= expected
        else:
            on_pace = outlook == "forecast_met"
    return InYear(
        "on_pace" if on_pace else "behind_pace",
        outlook,
        months,
        year_to_date,
        expected,
        projected,
        risk.projected,
        months_in_year,
    )
