"""The body's facts and points to the last digit, the rule set's weights each doing their part, and the
Vietnamese reasons word for word (mutation testing found these unchecked)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from trongtam.core.assessment import (
    TargetFacts,
    TaskFacts,
    assess_body,
    body_facts,
    compute_points,
    load_ruleset,
)
from trongtam.core.assessment.body import _vi, describe, holds
from trongtam.core.assessment.rules import Condition
from trongtam.core.errors import AssessmentError

R366 = load_ruleset("qd366-2025")
R124 = load_ruleset("qd124-2023")
Q = Decimal("0.0001")


@pytest.fixture
def mixed_rules(tmp_path: Path):
    """Tasks weigh 1 and targets 3 in the results; a main target counts twice."""
    path = tmp_path / "tron.toml"
    path.write_text(
        '[ruleset]\nid = "tron"\nextends = "default"\nname = "Trộn"\nversion = "1"\n'
        'valid_from = 2024-01-01\nsource = "thử"\n\n'
        "[points]\ntasks_weight = 1\ntargets_weight = 3\nmain_target_factor = 2\n",
        encoding="utf-8",
    )
    return load_ruleset(str(path))


TASKS = [
    TaskFacts("completed_clear", "on_time"),  # 1 × 1
    TaskFacts("completed", "late"),  # 0.85 × 0.7
    TaskFacts("completed", "overdue"),  # 0.85 × 0.5
    TaskFacts("not_completed", "not_yet_due"),  # 0 × 1
    TaskFacts("completed"),  # no timeliness: counted on time, 0.85
]
TARGETS = [
    TargetFacts("exceeded", main=True),  # 1, weight 2
    TargetFacts("met"),  # 0.9
    TargetFacts("missed", main=True),  # 0, weight 2
    TargetFacts("right_direction"),  # 0.5
    TargetFacts("no_data"),  # 0
    TargetFacts("met"),  # 0.9
]


def test_points_mix_task_and_target_scores_by_their_weights(mixed_rules):
    # Tasks: (1 + 0.595 + 0.425 + 0 + 0.85) / 5 = 0.574; targets: (2 + 0.9 + 0 + 0.5 + 0 + 0.9) / 8 = 0.5375.
    # Results: (1 × 0.574 + 3 × 0.5375) / 4 = 0.546625; points 10 + 70 × results = 48.26375 → 48.26.
    assert compute_points(TASKS, TARGETS, mixed_rules, Decimal(10)) == Decimal("48.26")
    # Without manual points their maximum (30) is assumed.
    assert compute_points(TASKS, TARGETS, mixed_rules) == Decimal("68.26")


def test_each_side_alone_scores_by_itself(mixed_rules):
    assert compute_points(TASKS, [], mixed_rules, Decimal(0)) == Decimal("40.18")  # 70 × 0.574
    assert compute_points([], TARGETS, mixed_rules, Decimal(0)) == Decimal("37.63")  # 37.625, half up
    assert compute_points([], [], mixed_rules, Decimal(12)) == Decimal("12.00")
    # A main target missed costs twice an ordinary one.
    main_missed = [TargetFacts("met"), TargetFacts("missed", main=True)]
    ordinary_missed = [TargetFacts("met", main=True), TargetFacts("missed")]
    assert compute_points([], main_missed, mixed_rules, Decimal(0)) == Decimal("21.00")  # 70 × 0.9 / 3
    assert compute_points([], ordinary_missed, mixed_rules, Decimal(0)) == Decimal("42.00")  # 70 × 1.8 / 3


def test_targets_do_not_count_where_their_weight_is_nought():
    assert compute_points([], TARGETS, R366, Decimal(0)) == Decimal("0.00")


@pytest.mark.parametrize(("manual", "ok"), [("0", True), ("30", True), ("-0.01", False), ("30.01", False)])
def test_manual_points_must_lie_within_their_range(manual, ok):
    if ok:
        assert compute_points([], [], R366, Decimal(manual)) == Decimal(manual)
    else:
        with pytest.raises(AssessmentError, match="manual points"):
            compute_points([], [], R366, Decimal(manual))


def test_every_fact_is_computed_exactly():
    facts = body_facts(TASKS, TARGETS, rules=R366, manual_points=Decimal(20))
    assert facts.points == compute_points(TASKS, [], R366, Decimal(20)) == Decimal("60.18")
    assert facts.tasks_total == 5 and facts.targets_total == 6
    assert facts.tasks_completed_share == 80
    assert facts.tasks_exceeded_share == 20
    # Due: on time, late, overdue (not yet due and unknown are not due): one of three on time.
    assert facts.tasks_on_time_share.quantize(Q) == Decimal("33.3333")
    assert facts.tasks_late_share.quantize(Q) == Decimal("66.6667")
    assert facts.targets_met_share == 50
    assert facts.targets_exceeded_share.quantize(Q) == Decimal("16.6667")
    assert facts.main_targets_met_share == 50 and facts.main_targets_missed is True
    assert (facts.disciplined, facts.units_disciplined_share, facts.poor_criterion) == (False, 0, False)
    assert facts.get("tasks_completed_share") == 80


def test_given_points_and_flags_pass_through():
    facts = body_facts(
        TASKS,
        TARGETS,
        rules=R366,
        points=Decimal("88.5"),
        disciplined=True,
        units_disciplined_share=Decimal(15),
        poor_criterion=True,
    )
    assert facts.points == Decimal("88.5")
    assert (facts.disciplined, facts.units_disciplined_share, facts.poor_criterion) == (True, 15, True)


def test_with_nothing_to_count_shares_are_nought_but_nothing_is_late_or_missed():
    facts = body_facts([], [], rules=R366)
    assert facts.tasks_completed_share == 0 and facts.tasks_exceeded_share == 0
    assert facts.tasks_on_time_share == 100 and facts.tasks_late_share == 0
    assert facts.targets_met_share == 0 and facts.targets_exceeded_share == 0
    assert facts.main_targets_met_share == 100 and facts.main_targets_missed is False


@pytest.mark.parametrize(
    ("status", "missed"), [("right_direction", True), ("missed", True), ("no_data", False)]
)
def test_a_main_target_only_in_the_right_direction_is_missed(status, missed):
    facts = body_facts([], [TargetFacts(status, main=True)], rules=R366)
    assert facts.main_targets_missed is missed


@pytest.mark.parametrize(
    ("tasks", "targets", "kwargs"),
    [
        ([TaskFacts("done")], [], {}),  # type: ignore[arg-type]
        ([TaskFacts("completed", "soon")], [], {}),  # type: ignore[arg-type]
        ([], [TargetFacts("ok")], {}),  # type: ignore[arg-type]
        ([], [], {"points": Decimal("-0.01")}),
        ([], [], {"points": Decimal("100.01")}),
        ([], [], {"units_disciplined_share": Decimal("-0.01")}),
        ([], [], {"units_disciplined_share": Decimal("100.01")}),
    ],
)
def test_invalid_facts_are_refused(tasks, targets, kwargs):
    with pytest.raises(AssessmentError):
        body_facts(tasks, targets, rules=R366, **kwargs)


def test_the_bounds_themselves_are_accepted():
    for points, share in (("0", "0"), ("100", "100")):
        facts = body_facts([], [], rules=R366, points=Decimal(points), units_disciplined_share=Decimal(share))
        assert facts.points == Decimal(points) and facts.units_disciplined_share == Decimal(share)


def test_conditions_are_described_in_vietnamese():
    facts = body_facts([], [], rules=R366, points=Decimal("92.5"), disciplined=True)
    assert describe(Condition("points", ">=", Decimal(90)), facts) == "Tổng điểm ≥ 90 (thực tế 92,5)"
    assert describe(Condition("tasks_late_share", "<=", Decimal(20)), facts) == (
        "Tỷ lệ nhiệm vụ chậm tiến độ (%) ≤ 20 (thực tế 0)"
    )
    assert describe(Condition("points", "<", Decimal("50.5")), facts) == "Tổng điểm < 50,5 (thực tế 92,5)"
    assert describe(Condition("disciplined", "=", False), facts) == (
        "Tập thể bị kỷ luật: yêu cầu «không» (thực tế «có»)"
    )
    assert describe(Condition("poor_criterion", "=", True), facts) == (
        "Có tiêu chí xếp loại Kém: yêu cầu «có» (thực tế «không»)"
    )


def test_numbers_in_reasons_are_written_the_vietnamese_way():
    assert _vi(Decimal("30")) == "30"
    assert _vi(Decimal("33.333333")) == "33,33"
    assert _vi(Decimal("1E+2")) == "100"
    assert _vi(Decimal("NaN")) == "NaN"
    assert (_vi(True), _vi(False)) == ("có", "không")


def test_a_flag_condition_holds_only_for_the_same_flag():
    facts = body_facts([], [], rules=R366, disciplined=False)
    assert holds(Condition("disciplined", "=", False), facts)
    assert not holds(Condition("disciplined", "=", True), facts)
    assert holds(Condition("points", ">=", Decimal(30)), facts)  # full manual points, no results
    assert not holds(Condition("points", ">", Decimal(30)), facts)


def test_the_reasons_of_a_366_result_word_for_word():
    tasks = [TaskFacts("completed_clear", "on_time")] * 2 + [TaskFacts("completed", "on_time")] * 8
    result = assess_body(tasks, rules=R366, points=Decimal(95))
    assert (result.code, result.label, result.level_index, result.ruleset) == (
        "HTT",
        "Hoàn thành tốt nhiệm vụ",
        1,
        "qd366-2025",
    )
    assert result.points == 95
    assert result.reasons_vi == (
        "Chưa đạt HTXS: Tỷ lệ nhiệm vụ hoàn thành vượt mức, có kết quả rõ nét (%) ≥ 30 (thực tế 20).",
        "Đạt điều kiện: Tổng điểm ≥ 70 (thực tế 95).",
        "Đạt điều kiện: Tỷ lệ nhiệm vụ hoàn thành (%) ≥ 100 (thực tế 100).",
        "Đạt điều kiện: Tỷ lệ nhiệm vụ hoàn thành đúng hạn (%) ≥ 100 (thực tế 100).",
    )


def test_the_reasons_of_a_124_result_name_the_cases_passed_over_and_the_level_note():
    tasks = [TaskFacts("completed", "on_time")] * 2
    targets = [TargetFacts("exceeded"), TargetFacts("met")]
    result = assess_body(tasks, targets, rules=R124, manual_points=Decimal(30))
    assert result.code == "HTXS" and result.level_index == 4
    assert result.reasons_vi[:4] == (
        "Không thuộc trường hợp KHT (Có tiêu chí bị đánh giá Kém.).",
        "Không thuộc trường hợp KHT (Hoàn thành dưới 50% chỉ tiêu và có chỉ tiêu chủ yếu không đạt.).",
        "Không thuộc trường hợp KHT (Trên 20% tổ chức trực thuộc bị xử lý kỷ luật.).",
        "Không thuộc trường hợp KHT (Tập thể bị xử lý kỷ luật.).",
    )
    assert result.reasons_vi[-1] == R124.levels[4].note
    assert "Giả định đủ" not in " ".join(result.reasons_vi)


def test_assumed_manual_points_are_said_only_when_assumed():
    tasks = [TaskFacts("completed", "on_time")]
    assumed = assess_body(tasks, rules=R366).reasons_vi
    assert assumed[0] == "Giả định đủ 30 điểm chấm tay (chưa nhập điểm tiêu chí chung)."
    assert not any(
        "Giả định" in r for r in assess_body(tasks, rules=R366, manual_points=Decimal(30)).reasons_vi
    )
    assert not any("Giả định" in r for r in assess_body(tasks, rules=R366, points=Decimal(80)).reasons_vi)
