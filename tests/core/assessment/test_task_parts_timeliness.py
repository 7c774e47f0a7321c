"""Multi-part targets, task statuses, timeliness buckets and the Vietnamese phrases of reports."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from trongtam.core.assessment import (
    Measurement,
    TargetResult,
    TargetSpec,
    assess_parts,
    assess_target,
    assess_task,
    count_buckets,
    format_number_vi,
    format_percent_vi,
    load_ruleset,
    percent_phrase_vi,
    ratio_phrase,
    targets_summary_vi,
    tasks_summary_vi,
    timeliness,
)

# "Tai nạn giao thông giảm cả 3 tiêu chí": số vụ, số người chết, số người bị thương, each ≥ 0 relative fall.
TNGT = TargetSpec(value=Decimal(0), op=">", unit="%", change="decrease", basis="relative", direction="lower")


def _part(before: int, after: int) -> TargetResult:
    return assess_target(TNGT, Measurement(Decimal(after), "vụ"), Measurement(Decimal(before), "vụ"))


def test_a_multi_part_target_is_met_only_when_every_part_is() -> None:
    all_fell = assess_parts([_part(100, 89), _part(50, 42), _part(120, 100)])
    assert all_fell.status == "exceeded"  # each part fell, strictly more than "> 0"
    one_rose = assess_parts([_part(100, 89), _part(50, 52), _part(120, 100)])
    assert one_rose.status == "missed"
    assert one_rose.note_vi == "2/3 thành phần đạt."


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        (["met", "met", "met"], "met"),
        (["met", "exceeded", "exceeded"], "met"),
        (["exceeded", "exceeded"], "exceeded"),
        (["met", "right_direction"], "right_direction"),
        (["met", "no_data"], "no_data"),
        (["missed", "no_data"], "missed"),
        (["exceeded", "missed"], "missed"),
        ([], "no_data"),
    ],
)
def test_multi_part_status_combination(statuses: list[str], expected: str) -> None:
    parts = [TargetResult(s, Decimal(100)) for s in statuses]  # type: ignore[arg-type]
    assert assess_parts(parts).status == expected


def test_multi_part_percent_is_the_weakest_part() -> None:
    parts = [TargetResult("met", Decimal(100)), TargetResult("exceeded", Decimal(120))]
    assert assess_parts(parts).percent == Decimal(100)
    assert assess_parts([TargetResult("met", None), TargetResult("met", Decimal(1))]).percent is None


@pytest.mark.parametrize(
    ("statuses", "judgement", "expected"),
    [
        (["met", "met"], None, "completed"),
        (["exceeded", "met"], None, "completed_clear"),  # 50% exceeded
        (["exceeded", "met", "met"], None, "completed"),  # 33% exceeded
        (["exceeded", "exceeded"], None, "completed_clear"),
        (["met", "missed"], None, "not_completed"),
        (["met", "right_direction"], None, "not_completed"),
        (["met", "no_data"], None, "no_data"),
        ([], None, "no_data"),
        ([], "completed_clear", "completed_clear"),  # a task without numbers takes the office's judgement
        ([], "not_completed", "not_completed"),
        (["met", "missed"], "completed", "not_completed"),  # judgement does not override numbers by default
    ],
)
def test_task_status(statuses: list[str], judgement: str | None, expected: str) -> None:
    assert assess_task(statuses, judgement).status == expected  # type: ignore[arg-type]


def test_task_labels_are_vietnamese() -> None:
    assert assess_task(["exceeded"]).label_vi == "Hoàn thành có kết quả rõ nét"
    assert assess_task(["missed"]).label_vi == "Không hoàn thành"


def test_right_direction_can_count_as_met_for_tasks(tmp_path: Path) -> None:
    path = tmp_path / "t.toml"
    path.write_text(
        '[ruleset]\nid = "t"\nextends = "default"\nname = "T"\nversion = "1"\nvalid_from = 2024-01-01\n'
        'source = "x"\n[task]\nright_direction_counts_as_met = true\njudgement = "always"\n',
        encoding="utf-8",
    )
    rs = load_ruleset(str(path))
    assert assess_task(["met", "right_direction"], rules=rs).status == "completed"
    assert assess_task(["met", "missed"], "completed", rules=rs).status == "completed"


DUE = date(2026, 6, 15)


@pytest.mark.parametrize(
    ("done", "today", "bucket"),
    [
        (date(2026, 6, 14), date(2026, 7, 1), "on_time"),
        (DUE, date(2026, 7, 1), "on_time"),
        (date(2026, 6, 16), date(2026, 7, 1), "late"),
        (None, date(2026, 6, 1), "not_yet_due"),
        (None, DUE, "not_yet_due"),
        (None, date(2026, 6, 16), "overdue"),
    ],
)
def test_timeliness_buckets(done: date | None, today: date, bucket: str) -> None:
    assert timeliness(DUE, done, today) == bucket


def test_without_a_due_date_nothing_is_late() -> None:
    assert timeliness(None, date(2026, 12, 31), date(2027, 1, 5)) == "on_time"
    assert timeliness(None, None, date(2027, 1, 5)) == "not_yet_due"


def test_grace_days_come_from_the_rule_set(tmp_path: Path) -> None:
    path = tmp_path / "g.toml"
    path.write_text(
        '[ruleset]\nid = "g"\nextends = "default"\nname = "G"\nversion = "1"\nvalid_from = 2024-01-01\n'
        'source = "x"\n[timeliness]\ngrace_days = 3\n',
        encoding="utf-8",
    )
    rs = load_ruleset(str(path))
    assert timeliness(DUE, date(2026, 6, 18), date(2026, 7, 1), rs) == "on_time"
    assert timeliness(DUE, date(2026, 6, 19), date(2026, 7, 1), rs) == "late"
    assert timeliness(DUE, None, date(2026, 6, 18), rs) == "not_yet_due"


def test_bucket_counts_include_every_bucket() -> None:
    assert count_buckets(["late", "on_time", "on_time"]) == {
        "on_time": 2,
        "late": 1,
        "not_yet_due": 0,
        "overdue": 0,
    }


def test_report_phrases() -> None:
    assert ratio_phrase(17, 19) == "17/19 chỉ tiêu đạt và vượt"
    assert (
        targets_summary_vi(["met"] * 17 + ["missed"] * 2)
        == "17/19 chỉ tiêu đạt và vượt kế hoạch, 2 chỉ tiêu không đạt"
    )
    assert tasks_summary_vi(["completed_clear"] * 6 + ["completed"] * 3) == (
        "hoàn thành 9/9 nhiệm vụ trọng tâm, trong đó 6/9 nhiệm vụ hoàn thành có kết quả rõ nét"
    )
    assert format_number_vi(Decimal("3800019")) == "3.800.019"
    assert format_percent_vi(Decimal("121.00")) == "121%"
    assert format_percent_vi(Decimal("0.11")) == "0,11%"
    assert (
        percent_phrase_vi(Decimal("548"), "so với dự toán tỉnh giao") == "đạt 548% so với dự toán tỉnh giao"
    )
    assert percent_phrase_vi(None) == ""


def test_year_over_year_percent_and_status_bands() -> None:
    from trongtam.core.assessment import STATUS_BANDS, count_statuses, percent_of

    assert percent_of(Decimal("14759.03"), Decimal("13610.6")) == Decimal("108.44")
    assert percent_of(Decimal(1), Decimal(0)) is None
    assert {STATUS_BANDS[s] for s in ("exceeded", "met", "right_direction", "missed", "no_data")} == {
        "green",
        "amber",
        "red",
        "grey",
    }
    assert count_statuses(["met", "met", "missed"]) == {"met": 2, "missed": 1}


def test_the_phrase_doctests_pass() -> None:
    import doctest

    from trongtam.core.assessment import phrases

    failures, tried = doctest.testmod(phrases)
    assert tried > 0 and failures == 0
