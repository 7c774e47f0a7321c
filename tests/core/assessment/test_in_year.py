"""Before the year is in: a target's pace against the time elapsed and its forecast, direction-aware."""

from __future__ import annotations

from decimal import Decimal

import pytest

from trongtam.core.assessment import Measurement, TargetSpec, elapsed_months, in_year
from trongtam.core.errors import AssessmentError

D = Decimal


@pytest.mark.parametrize(
    ("kind", "number", "months"),
    [
        ("month", 1, 1),
        ("month", 7, 7),
        ("quarter", 1, 3),
        ("quarter", 3, 9),
        ("half", 1, 6),
        ("nine_months", 1, 9),
        ("year", 1, 12),
    ],
)
def test_elapsed_is_the_whole_months_from_january_to_the_periods_cut_off(kind, number, months) -> None:
    assert elapsed_months(kind, number) == months


def test_an_unknown_period_or_one_past_the_year_is_refused() -> None:
    with pytest.raises(AssessmentError):
        elapsed_months("week", 1)
    with pytest.raises(AssessmentError):
        elapsed_months("quarter", 5)


def test_one_month_of_a_year_sum_is_on_pace_at_a_twelfth_and_forecast_met() -> None:
    # The case: 12% of the plan after one month is ahead of an even pace (8,3%), not "không đạt".
    spec = TargetSpec(D(195000))
    result = in_year(spec, D(23400), "cumulative", elapsed_months("month", 1))
    assert (result.pace, result.outlook) == ("on_pace", "forecast_met")
    assert result.expected == D(16250) and result.projected == D(280800)
    assert (result.pace_label_vi, result.outlook_label_vi) == ("Đúng tiến độ", "Dự báo đạt")


def test_a_sum_behind_an_even_pace_is_behind_and_forecast_not_met() -> None:
    spec = TargetSpec(D(1200))
    result = in_year(spec, D(500), "incremental", elapsed_months("half"))
    assert (result.pace, result.outlook) == ("behind_pace", "forecast_not_met")
    assert result.expected == D(600) and result.projected == D(1000)


def test_a_lower_is_better_sum_is_on_pace_while_under_its_share_of_the_ceiling() -> None:
    # "Số vụ tai nạn giao thông không quá 120 vụ": 25 by the end of the first quarter is under 30.
    spec = TargetSpec(D(120), op="<=", direction="lower")
    ok = in_year(spec, D(25), "incremental", elapsed_months("quarter", 1))
    assert (ok.pace, ok.outlook, ok.expected) == ("on_pace", "forecast_met", D(30))
    bad = in_year(spec, D(40), "incremental", elapsed_months("quarter", 1))
    assert (bad.pace, bad.outlook, bad.projected) == ("behind_pace", "forecast_not_met", D(160))


def test_a_rate_has_no_even_pace_and_is_judged_as_it_stands() -> None:
    poverty = TargetSpec(D("3.5"), op="<=", direction="lower")
    assert in_year(poverty, D("3.2"), "rate", elapsed_months("month", 2)).pace == "on_pace"
    late = in_year(poverty, D("4.1"), "rate", elapsed_months("month", 2))
    assert (late.pace, late.outlook, late.expected, late.projected) == (
        "behind_pace",
        "forecast_not_met",
        None,
        D("4.1"),
    )


def test_a_change_against_a_baseline_is_on_pace_when_its_forecast_reaches_it() -> None:
    growth = TargetSpec(D(10), change="increase", basis="relative")
    base = Measurement(D(1000))
    ahead = in_year(growth, D(560), "cumulative", elapsed_months("half"), baseline=base)
    assert (ahead.pace, ahead.outlook, ahead.expected) == ("on_pace", "forecast_met", None)
    behind = in_year(growth, D(520), "cumulative", elapsed_months("half"), baseline=base)
    assert (behind.pace, behind.outlook) == ("behind_pace", "forecast_not_met")


def test_no_value_yet_is_no_data_not_a_failure() -> None:
    result = in_year(TargetSpec(D(100)), None, "cumulative", elapsed_months("month", 3))
    assert (result.pace, result.outlook, result.projected) == ("no_data", "no_data", None)


def test_months_outside_the_year_is_refused() -> None:
    with pytest.raises(AssessmentError):
        in_year(TargetSpec(D(100)), D(1), "cumulative", 0)


def test_the_projection_doctests_pass() -> None:
    import doctest

    from trongtam.core.assessment import projection

    failures, tried = doctest.testmod(projection)
    assert tried > 0 and failures == 0
