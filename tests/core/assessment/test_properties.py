"""Property tests: any decimal input gives one of the five statuses or a clear AssessmentError, never a crash."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trongtam.core.assessment import (
    STATUSES,
    Measurement,
    TargetResult,
    TargetSpec,
    assess_parts,
    assess_target,
    assess_task,
    load_ruleset,
)
from trongtam.core.errors import AssessmentError

RULES = load_ruleset()
any_decimal = st.decimals(allow_nan=False, allow_infinity=False)
sane_decimal = st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=4)
ops = st.sampled_from([">=", ">", "<=", "<", "=", "~", "range"])
directions = st.sampled_from(["higher", "lower", "exact"])
changes = st.sampled_from([None, "increase", "decrease"])
bases = st.sampled_from([None, "points", "relative"])
units = st.sampled_from(["%", "", "hộ", "tỷ đồng", "triệu đồng"])


@st.composite
def specs(draw: st.DrawFn, numbers: st.SearchStrategy[Decimal]) -> TargetSpec:
    value = draw(numbers)
    op = draw(ops)
    value_max = max(value, draw(numbers)) if op == "range" else None
    return TargetSpec(
        value=value,
        op=op,
        unit=draw(units),
        value_max=value_max,
        change=draw(changes),
        basis=draw(bases),
        direction=draw(directions),
    )


def measurements(numbers: st.SearchStrategy[Decimal]) -> st.SearchStrategy[Measurement | None]:
    return st.none() | st.builds(Measurement, numbers, units)


@pytest.mark.slow
@settings(max_examples=400, deadline=None)
@given(specs(any_decimal), measurements(any_decimal), measurements(any_decimal))
def test_arbitrary_decimals_never_crash(
    spec: TargetSpec, actual: Measurement | None, baseline: Measurement | None
) -> None:
    try:
        result = assess_target(spec, actual, baseline, RULES)
    except AssessmentError as exc:
        assert exc.message_vi
        return
    assert result.status in STATUSES
    assert result.percent is None or result.percent.is_finite()


@settings(max_examples=400, deadline=None)
@given(specs(sane_decimal), sane_decimal, st.none() | sane_decimal)
def test_sane_numbers_in_the_targets_unit_always_assess(
    spec: TargetSpec, actual: Decimal, baseline: Decimal | None
) -> None:
    unit = spec.unit
    if spec.change is not None and spec.basis is not None:
        unit = "hộ" if spec.basis == "relative" else "%"
    base = None if baseline is None else Measurement(baseline, unit)
    result = assess_target(spec, Measurement(actual, unit), base, RULES)
    assert result.status in STATUSES
    if spec.change is not None and base is None:
        assert result.status == "no_data"
    if spec.direction == "exact":
        assert result.status in ("met", "missed", "no_data")


@settings(max_examples=200, deadline=None)
@given(specs(sane_decimal), sane_decimal)
def test_a_better_actual_never_gets_a_worse_status(spec: TargetSpec, actual: Decimal) -> None:
    if spec.change is not None or spec.direction == "exact":
        return
    rank = {"missed": 0, "right_direction": 1, "met": 2, "exceeded": 3}
    step = Decimal(1) if spec.direction == "higher" else Decimal(-1)
    worse = assess_target(spec, Measurement(actual, spec.unit), rules=RULES)
    better = assess_target(spec, Measurement(actual + step, spec.unit), rules=RULES)
    # An upper bound on a higher-is-better target (or a lower bound on a lower-is-better one) contradicts its
    # direction; only the consistent combinations promise monotonic statuses.
    contradictory = {"higher": ("<=", "<"), "lower": (">=", ">")}[spec.direction]
    if spec.op not in contradictory:
        assert rank[better.status] >= rank[worse.status]


@given(st.lists(st.sampled_from(STATUSES), max_size=8))
def test_parts_and_tasks_always_give_a_known_status(statuses: list[str]) -> None:
    parts = [TargetResult(s, None) for s in statuses]  # type: ignore[arg-type]
    assert assess_parts(parts, RULES).status in STATUSES
    assert assess_task(statuses, rules=RULES).status in (
        "completed_clear",
        "completed",
        "not_completed",
        "no_data",
    )  # type: ignore[arg-type]
