"""Year-end projection from the months so far, and the at-risk flag."""

from __future__ import annotations

from decimal import Decimal

import pytest

from trongtam.core.assessment import Measurement, TargetSpec, at_risk, project_year_end
from trongtam.core.errors import AssessmentError

D = Decimal


def test_incremental_values_project_by_run_rate() -> None:
    p = project_year_end([(m, D(10)) for m in range(1, 7)], "incremental")
    assert p is not None
    assert (p.value, p.year_to_date, p.months, p.method) == (D(120), D(60), 6, "run_rate")


def test_cumulative_values_project_from_the_latest_year_to_date() -> None:
    p = project_year_end([(3, D(25)), (6, D(60)), (5, D(48))], "cumulative")
    assert p is not None and p.value == D(120) and p.months == 6


def test_a_missing_month_counts_as_zero_for_incremental_values() -> None:
    p = project_year_end([(1, D(10)), (3, D(20))], "incremental")
    assert p is not None and p.value == D(120)  # 30 over 3 months


def test_a_rate_projects_as_its_latest_value() -> None:
    p = project_year_end([(1, D("91.5")), (4, D("93.2")), (2, D("92"))], "rate")
    assert p is not None and p.value == D("93.2") and p.method == "latest"


def test_no_values_no_projection() -> None:
    assert project_year_end([], "incremental") is None


def test_bad_months_and_aggregations_are_refused() -> None:
    with pytest.raises(AssessmentError):
        project_year_end([(13, D(1))], "incremental")
    with pytest.raises(AssessmentError):
        project_year_end([(1, D(1))], "average")  # type: ignore[arg-type]


def test_a_target_the_run_rate_will_miss_is_at_risk() -> None:
    p = project_year_end([(m, D(10)) for m in range(1, 7)], "incremental")
    assert p is not None
    risky = at_risk(TargetSpec(value=D(130), unit="tỷ đồng"), p, unit="tỷ đồng")
    assert risky.at_risk and risky.projected.status == "missed"
    assert risky.projected.percent == D("92.31")
    safe = at_risk(TargetSpec(value=D(100), unit="tỷ đồng"), p, unit="tỷ đồng")
    assert not safe.at_risk and safe.projected.status == "exceeded"


def test_a_lower_is_better_rate_above_its_cap_is_at_risk() -> None:
    p = project_year_end([(9, D("16"))], "rate")
    assert p is not None
    spec = TargetSpec(value=D(15), op="<", unit="%", direction="lower")
    assert at_risk(spec, p, unit="%").at_risk


def test_a_change_target_projection_uses_its_baseline() -> None:
    p = project_year_end([(6, D("5.5"))], "rate")
    assert p is not None
    spec = TargetSpec(value=D(3), op=">=", unit="%", change="decrease", basis="points", direction="lower")
    result = at_risk(spec, p, unit="%", baseline=Measurement(D(7), "%"))
    assert result.at_risk and result.projected.status == "right_direction"
