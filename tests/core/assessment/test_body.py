"""Body levels under 366-QĐ/TW and 124-QĐ/TW at their boundaries, and how points come from the rule set's weights."""

from __future__ import annotations

from decimal import Decimal

import pytest

from trongtam.core.assessment import TargetFacts, TaskFacts, assess_body, compute_points, load_ruleset
from trongtam.core.errors import AssessmentError

R366 = load_ruleset("qd366-2025")
R124 = load_ruleset("qd124-2023")


def tasks(clear: int = 3, completed: int = 7, not_completed: int = 0, late: int = 0) -> list[TaskFacts]:
    """Ten-ish tasks: the first ``late`` of them late, the rest on time."""
    statuses = ["completed_clear"] * clear + ["completed"] * completed + ["not_completed"] * not_completed
    return [TaskFacts(s, "late" if i < late else "on_time") for i, s in enumerate(statuses)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("points", "kwargs", "level"),
    [
        ("90", {}, "HTXS"),
        ("100", {}, "HTXS"),
        ("89.99", {}, "HTT"),
        ("90", {"clear": 2, "completed": 8}, "HTT"),  # 20% exceeded is under 30%
        ("90", {"clear": 3, "completed": 7}, "HTXS"),  # exactly 30% exceeded
        ("90", {"late": 1}, "HT"),  # one task late: neither HTXS nor HTT
        ("70", {}, "HTT"),
        ("69.99", {}, "HT"),
        ("70", {"clear": 3, "completed": 6, "not_completed": 1}, "HT"),  # HTT needs every task completed
        ("50", {"late": 2}, "HT"),  # exactly 20% late
        ("50", {"late": 3}, "KHT"),  # 30% late
        ("60", {"clear": 3, "completed": 7, "late": 2}, "HT"),
        ("49.99", {}, "KHT"),
        ("0", {}, "KHT"),
    ],
)
def test_366_levels_at_their_boundaries(points: str, kwargs: dict[str, int], level: str) -> None:
    result = assess_body(tasks(**kwargs), rules=R366, points=Decimal(points))
    assert result.code == level, result.reasons_vi


def test_366_labels_are_vietnamese() -> None:
    labels = {lv.code: lv.label for lv in R366.levels}
    assert labels == {
        "HTXS": "Hoàn thành xuất sắc nhiệm vụ",
        "HTT": "Hoàn thành tốt nhiệm vụ",
        "HT": "Hoàn thành nhiệm vụ",
        "KHT": "Không hoàn thành nhiệm vụ",
    }


def test_a_disciplined_body_is_not_htxs_under_366() -> None:
    assert assess_body(tasks(), rules=R366, points=Decimal(95), disciplined=True).code == "HTT"


def test_366_points_come_from_the_rule_set_weights() -> None:
    # 30 manual points + 70 × mean(3 × 1 + 7 × 0.85) / 10 = 30 + 62.65.
    assert compute_points(tasks(), [], R366, Decimal(30)) == Decimal("92.65")
    assert assess_body(tasks(), rules=R366, manual_points=Decimal(30)).code == "HTXS"
    # All completed but none with clear results: 30 + 59.5 = 89.5, so HTT.
    only_completed = assess_body(tasks(clear=0, completed=10), rules=R366, manual_points=Decimal(30))
    assert only_completed.points == Decimal("89.50")
    assert only_completed.code == "HTT"


def test_lateness_lowers_the_points_by_its_factor() -> None:
    # One task of ten late: its score is multiplied by 0.7.
    late = compute_points(tasks(clear=0, completed=10, late=1), [], R366, Decimal(30))
    # 30 + 70 × (0.85 × 9 + 0.85 × 0.7) / 10 = 87.715, rounded half up to two places.
    assert late == Decimal("87.72")


def test_missing_manual_points_are_assumed_full_and_said_so() -> None:
    result = assess_body(tasks(), rules=R366)
    assert result.points == Decimal("92.65")
    assert any("Giả định đủ 30 điểm" in r for r in result.reasons_vi)


def test_manual_points_above_their_maximum_are_refused() -> None:
    with pytest.raises(AssessmentError):
        assess_body(tasks(), rules=R366, manual_points=Decimal(31))


def test_reasons_say_which_condition_held_the_body_back() -> None:
    result = assess_body(tasks(clear=2, completed=8), rules=R366, points=Decimal(95))
    assert result.code == "HTT"
    assert any(r.startswith("Chưa đạt HTXS: Tỷ lệ nhiệm vụ hoàn thành vượt mức") for r in result.reasons_vi)


def test_nothing_due_yet_counts_as_nothing_late() -> None:
    pending = [TaskFacts("completed", "not_yet_due")] * 4
    result = assess_body(pending, rules=R366, points=Decimal(75))
    assert result.facts.tasks_on_time_share == 100 and result.facts.tasks_late_share == 0


def targets(met: int, missed: int, main_missed: bool = False, exceeded: int = 0) -> list[TargetFacts]:
    out = [TargetFacts("exceeded") for _ in range(exceeded)]
    out += [TargetFacts("met") for _ in range(met)]
    out += [TargetFacts("missed", main=(main_missed and i == 0)) for i in range(missed)]
    return out


@pytest.mark.parametrize(
    ("kwargs", "level"),
    [
        ({"met": 4, "missed": 6, "main_missed": True}, "KHT"),  # 40% met and a main target missed
        ({"met": 4, "missed": 6}, "HT"),  # under 50% but no main target missed
        ({"met": 5, "missed": 5, "main_missed": True}, "HT"),  # exactly 50% is not "under 50%"
        ({"met": 5, "missed": 0, "exceeded": 5}, "HTXS"),  # all met, 50% exceeded (assumed criterion)
        ({"met": 6, "missed": 0, "exceeded": 4}, "HTT"),  # all met, 40% exceeded
        ({"met": 9, "missed": 1}, "HT"),
    ],
)
def test_124_levels(kwargs: dict[str, int], level: str) -> None:
    assert assess_body(tasks(), targets(**kwargs), rules=R124).code == level  # type: ignore[arg-type]


@pytest.mark.parametrize(("share", "level"), [("20", "HTXS"), ("20.01", "KHT")])
def test_124_kht_when_over_20_percent_of_units_are_disciplined(share: str, level: str) -> None:
    result = assess_body(
        tasks(), targets(met=5, missed=0, exceeded=5), rules=R124, units_disciplined_share=Decimal(share)
    )
    assert result.code == level


def test_124_kht_for_a_poor_criterion_or_a_disciplined_body() -> None:
    good = targets(met=5, missed=0, exceeded=5)
    assert assess_body(tasks(), good, rules=R124, poor_criterion=True).code == "KHT"
    assert assess_body(tasks(), good, rules=R124, disciplined=True).code == "KHT"


def test_main_targets_weigh_more_in_the_target_score() -> None:
    rs = R366
    mixed = [TargetFacts("met", main=True), TargetFacts("missed")]
    # Only tasks count under 366 (targets_weight 0): the target mix does not change the points.
    assert compute_points(tasks(), mixed, rs, Decimal(30)) == compute_points(tasks(), [], rs, Decimal(30))
