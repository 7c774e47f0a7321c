"""Task results, projections, timeliness counts and multi-part targets compared in full — counts, notes,
percents and the Vietnamese error messages — not by their status alone (mutation testing found the rest
unchecked)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from trongtam.core.assessment import (
    Measurement,
    TargetResult,
    TargetSpec,
    assess_parts,
    assess_task,
    at_risk,
    count_buckets,
    load_ruleset,
    percent_of,
    project_year_end,
)
from trongtam.core.assessment.projection import Projection
from trongtam.core.assessment.task import TaskResult
from trongtam.core.errors import AssessmentError

D = Decimal
DEFAULT = load_ruleset()


def _rules(tmp_path: Path, body: str):
    # Rule sets are cached by path: each body gets a file of its own.
    path = tmp_path / f"r{abs(hash(body))}.toml"
    path.write_text(
        '[ruleset]\nid = "r"\nextends = "default"\nname = "R"\nversion = "1"\nvalid_from = 2024-01-01\n'
        'source = "x"\n' + body,
        encoding="utf-8",
    )
    return load_ruleset(str(path))


# --- tasks -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("statuses", "judgement", "expected"),
    [
        (["exceeded", "met"], None, TaskResult("completed_clear", 2, 2, 1, False, "1/2 chỉ tiêu vượt.")),
        (
            ["exceeded", "met", "met"],
            None,
            TaskResult("completed", 3, 3, 1, False, "3/3 chỉ tiêu đạt và vượt."),
        ),
        (["met", "missed"], None, TaskResult("not_completed", 2, 1, 0, False, "1/2 chỉ tiêu đạt và vượt.")),
        (
            ["met", "no_data", "no_data"],
            None,
            TaskResult("no_data", 3, 1, 0, False, "Còn 2/3 chỉ tiêu chưa có số liệu."),
        ),
        (
            [],
            None,
            TaskResult(
                "no_data", 0, 0, 0, False, "Nhiệm vụ không có chỉ tiêu định lượng: chờ đánh giá của cơ quan."
            ),
        ),
        ([], "completed", TaskResult("completed", 0, 0, 0, True, "Theo đánh giá của cơ quan theo dõi.")),
        # With a value still missing, the office's judgement decides.
        (
            ["exceeded", "no_data"],
            "not_completed",
            TaskResult("not_completed", 2, 1, 1, True, "Theo đánh giá của cơ quan theo dõi."),
        ),
        (
            ["met", "right_direction"],
            None,
            TaskResult("not_completed", 2, 1, 0, False, "1/2 chỉ tiêu đạt và vượt."),
        ),
    ],
)
def test_a_tasks_result_in_full(statuses, judgement, expected):
    assert assess_task(statuses, judgement, rules=DEFAULT) == expected


def test_the_default_rule_set_is_used_when_none_is_given(tmp_path):
    lenient = _rules(tmp_path, "[task]\ncompleted_min_met_share = 50\nclear_min_exceeded_share = 25\n")
    statuses = ["exceeded", "met", "missed", "missed"]  # 50% met, 25% exceeded
    assert assess_task(statuses).status == "not_completed"
    assert assess_task(statuses, rules=lenient).status == "completed_clear"
    assert assess_task(["met", "met", "missed", "missed"], rules=lenient).status == "completed"
    assert assess_task(["met", "missed", "missed"], rules=lenient).status == "not_completed"  # 33% met


def test_right_direction_counts_as_met_only_when_the_rule_set_says_so(tmp_path):
    counting = _rules(tmp_path, "[task]\nright_direction_counts_as_met = true\n")
    result = assess_task(["right_direction", "met"], rules=counting)
    assert (result.status, result.targets_met) == ("completed", 2)
    assert assess_task(["right_direction", "met"], rules=DEFAULT).targets_met == 1


def test_the_office_judgement_always_wins_when_the_rule_set_says_so(tmp_path):
    always = _rules(tmp_path, '[task]\njudgement = "always"\n')
    result = assess_task(["exceeded"], "not_completed", rules=always)
    assert (result.status, result.from_judgement) == ("not_completed", True)
    assert assess_task(["exceeded"], "not_completed", rules=DEFAULT).status == "completed_clear"


def test_no_target_exceeded_is_never_clear_results(tmp_path):
    zero = _rules(tmp_path, "[task]\nclear_min_exceeded_share = 0\n")
    assert assess_task(["met", "met"], rules=zero).status == "completed"
    assert assess_task(["met", "exceeded"], rules=zero).status == "completed_clear"


def test_bad_task_inputs_are_named_in_vietnamese():
    with pytest.raises(AssessmentError) as bad_status:
        assess_task(["đạt"])  # type: ignore[list-item]
    assert bad_status.value.message_vi == "Trạng thái chỉ tiêu không hợp lệ: 'đạt'."
    assert str(bad_status.value) == "unknown target status 'đạt'"
    with pytest.raises(AssessmentError) as bad_judgement:
        assess_task([], "xuất sắc")  # type: ignore[arg-type]
    assert bad_judgement.value.message_vi == "Đánh giá nhiệm vụ không hợp lệ: 'xuất sắc'."
    assert str(bad_judgement.value) == "unknown task judgement 'xuất sắc'"


# --- projection --------------------------------------------------------------------------------


def test_a_rate_projection_in_full():
    p = project_year_end([(2, D("92")), (4, D("93.2"))], "rate")
    assert p == Projection(D("93.2"), D("93.2"), 4, "latest")


def test_a_cumulative_projection_in_full():
    assert project_year_end([(3, D(25)), (6, D(60))], "cumulative") == Projection(
        D(120), D(60), 6, "run_rate"
    )


def test_an_incremental_projection_over_a_quarter_year():
    p = project_year_end([(1, D(10)), (2, D(20))], "incremental", months_in_year=4)
    assert p == Projection(D(60), D(30), 2, "run_rate")


def test_the_last_month_of_the_year_is_a_month_and_month_nought_is_not():
    assert project_year_end([(12, D(5))], "cumulative") == Projection(D(5), D(5), 12, "run_rate")
    with pytest.raises(AssessmentError) as zero:
        project_year_end([(0, D(1))], "incremental")
    assert zero.value.message_vi == "Tháng 0 không hợp lệ." and str(zero.value) == "month 0 outside 1..12"
    with pytest.raises(AssessmentError) as bad:
        project_year_end([(1, D(1))], "average")  # type: ignore[arg-type]
    assert bad.value.message_vi == (
        "Cách cộng dồn không hợp lệ: 'average' (incremental, cumulative hoặc rate)."
    )
    assert str(bad.value) == "unknown aggregation 'average'"


def test_a_projection_keeps_forty_digits():
    p = project_year_end([(m, D(1)) for m in range(1, 8)] + [(8, D(2))], "incremental")
    assert p is not None and p.value == D(9) / D(8) * 12 and p.value == D("13.5")
    thirds = project_year_end([(1, D(1)), (2, D(1)), (3, D(0))], "incremental", months_in_year=10)
    assert thirds is not None and str(thirds.value) == "6.666666666666666666666666666666666666667"


def test_a_projection_met_but_below_the_at_risk_percent_is_at_risk(tmp_path):
    spec = TargetSpec(value=D(100), unit="tỷ đồng")
    p = Projection(D(100), D(50), 6, "run_rate")
    safe = at_risk(spec, p, unit="tỷ đồng", rules=DEFAULT)
    assert (safe.at_risk, safe.projected.status, safe.projected.percent, safe.projection) == (
        False,
        "met",
        D(100),
        p,
    )
    strict = _rules(tmp_path, "[projection]\nat_risk_below_percent = 110\n")
    risky = at_risk(spec, p, unit="tỷ đồng", rules=strict)
    assert risky.at_risk and risky.projected.status == "met"
    exactly = at_risk(
        spec, p, unit="tỷ đồng", rules=_rules(tmp_path, "[projection]\nat_risk_below_percent = 100\n")
    )
    assert not exactly.at_risk


def test_an_at_risk_projection_takes_the_targets_unit_and_baseline():
    spec = TargetSpec(value=D(10), unit="%", change="increase", basis="relative")
    p = Projection(D(121), D(60), 6, "run_rate")
    result = at_risk(spec, p, unit="tỷ đồng", baseline=Measurement(D(100), "tỷ đồng"), rules=DEFAULT)
    assert not result.at_risk and result.projected.status == "exceeded"
    behind = at_risk(spec, Projection(D(105), D(50), 6, "run_rate"), baseline=Measurement(D(100)))
    assert behind.at_risk and behind.projected.status in ("missed", "right_direction")


def test_a_projection_whose_percent_has_no_meaning_is_judged_by_status_alone():
    spec = TargetSpec(value=D(15), op="<", unit="%", direction="lower")
    result = at_risk(spec, Projection(D(14), D(14), 9, "latest"), unit="%", rules=DEFAULT)
    assert result.projected.status in ("met", "exceeded")
    assert result.at_risk is (result.projected.percent is not None and result.projected.percent < 100)


# --- timeliness and multi-part targets ---------------------------------------------------------


def test_buckets_are_counted_in_the_usual_order_with_zeros():
    counts = count_buckets(["late", "on_time", "late", "overdue"])
    assert list(counts.items()) == [("on_time", 1), ("late", 2), ("not_yet_due", 0), ("overdue", 1)]
    with pytest.raises(AssessmentError) as bad:
        count_buckets(["on_time", "sớm"])  # type: ignore[list-item]
    assert bad.value.message_vi == "Loại tiến độ không hợp lệ: 'sớm'."
    assert str(bad.value) == "unknown timeliness bucket 'sớm'"


def test_a_multi_part_target_in_full():
    parts = [TargetResult("met", D(100)), TargetResult("exceeded", D(125)), TargetResult("missed", D(80))]
    assert assess_parts(parts, DEFAULT) == TargetResult("missed", D(80), note_vi="2/3 thành phần đạt.")
    empty = assess_parts([], DEFAULT)
    assert empty == TargetResult("no_data", None, note_vi="Chỉ tiêu nhiều thành phần chưa có thành phần nào.")


def test_the_multi_part_percent_follows_the_rule_set(tmp_path):
    parts = [TargetResult("met", D(100)), TargetResult("exceeded", D("125.5"))]
    mean = _rules(tmp_path, '[target]\nmultipart_percent = "mean"\n')
    assert assess_parts(parts, mean).percent == D("112.75")
    assert assess_parts(parts).percent == D(100)
    none = _rules(tmp_path, '[target]\nmultipart_percent = "none"\n')
    assert assess_parts(parts, none).percent is None


def test_percent_of_rounds_per_the_rule_set(tmp_path):
    assert percent_of(D("195000"), D("179830")) == D("108.44")
    assert percent_of(D(1), D(3), DEFAULT) == D("33.33")
    assert percent_of(D(5), D(0)) is None
    coarse = _rules(tmp_path, "[target]\npercent_decimals = 0\n")
    assert percent_of(D(1), D(3), coarse) == D(33)


@pytest.mark.parametrize(
    ("option", "status"), [("exceeded", "exceeded"), ("met", "met"), ("missed", "missed")]
)
def test_beyond_the_better_end_of_a_range_follows_the_rule_set(tmp_path, option, status):
    from trongtam.core.assessment import assess_target

    rules = _rules(tmp_path, f'[target]\nrange_beyond_better_end = "{option}"\n')
    spec = TargetSpec(value=D(10), value_max=D(20), op="range", unit="%")
    assert assess_target(spec, Measurement(D(25), "%"), rules=rules).status == status


def test_at_risk_judges_the_projection_by_the_rule_set_it_is_given(tmp_path):
    narrow = _rules(tmp_path, "[target]\ntolerance = 2\n")
    spec = TargetSpec(value=D(100), op="~")  # "khoảng 100": within the rule set's tolerance
    p = Projection(D(96), D(48), 6, "run_rate")
    assert at_risk(spec, p, rules=DEFAULT).projected.status == "met"  # 5% tolerance
    judged = at_risk(spec, p, rules=narrow)
    assert judged.projected.status == "missed" and judged.at_risk


@pytest.mark.parametrize(
    ("spec", "actual", "baseline", "message"),
    [
        (
            TargetSpec(value=D(10), unit="%", change="increase", basis="relative"),
            Measurement(D(110), "tỷ đồng"),
            Measurement(D(100), "lượt"),
            "Trường baseline: đơn vị «lượt» không so sánh được với đơn vị của chỉ tiêu «tỷ đồng».",
        ),
        (
            TargetSpec(value=D(3), unit="%", change="increase", basis="points"),
            Measurement(D(60), "%"),
            Measurement(D(55), "tỷ đồng"),
            "Trường baseline: đơn vị «tỷ đồng» không so sánh được với đơn vị của chỉ tiêu «%».",
        ),
        (
            TargetSpec(value=D(3), unit="%", change="increase", basis="points"),
            Measurement(D(60), "tỷ đồng"),
            Measurement(D(55), "%"),
            "Trường actual: đơn vị «tỷ đồng» không so sánh được với đơn vị của chỉ tiêu «%».",
        ),
        (
            TargetSpec(value=D(3), unit="xã", change="increase"),
            Measurement(D(10), "xã"),
            Measurement(D(5), "%"),
            "Trường baseline: đơn vị «%» không so sánh được với đơn vị của chỉ tiêu «xã».",
        ),
        (
            TargetSpec(value=D(3), unit="xã", change="increase"),
            Measurement(D(10), "hộ"),
            Measurement(D(5), "xã"),
            "Trường actual: đơn vị «hộ» không so sánh được với đơn vị của chỉ tiêu «xã».",
        ),
    ],
)
def test_a_change_in_units_that_do_not_compare_names_the_value_at_fault(spec, actual, baseline, message):
    from trongtam.core.assessment import assess_target

    with pytest.raises(AssessmentError) as info:
        assess_target(spec, actual, baseline, DEFAULT)
    assert info.value.message_vi == message


def test_a_percent_change_of_plain_numbers_counts_points():
    from trongtam.core.assessment import assess_target

    spec = TargetSpec(value=D(10), unit="%", change="increase")
    # 50 → 60 without units: 10 points (a relative reading would say 20%).
    assert assess_target(spec, Measurement(D(60)), Measurement(D(50)), DEFAULT).achieved == D(10)
    # Baseline in money: a relative change, 100 → 110 is 10%.
    relative = assess_target(spec, Measurement(D(110)), Measurement(D(100), "tỷ đồng"), DEFAULT)
    assert relative.achieved == D(10) and relative.status == "met"
