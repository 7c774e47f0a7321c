"""Rules from the thirteenth session (07/12/2026): a fresh dev round of plans and reports against a plan, annotated
blind by helpers and scored before it was read.

Each test asserts the reading the rule gives: (value, value_max, unit, op, change, role), on sentences written for
the test (not the passages'). Each fails without its rule; the guards pass with or without it.
"""

from __future__ import annotations

from tests.core.extraction.readings import read_targets as _read


def test_the_health_workforce_per_population_is_counted_by_its_noun():
    assert _read("Đến năm 2030 đạt 4,0 dược sĩ trên 10.000 dân, 33 điều dưỡng trên 10.000 dân.", "plan") == [
        ("4.0", None, "dược sĩ", ">=", None, "target"),
        ("33", None, "điều dưỡng", ">=", None, "target"),
    ]


def test_a_body_that_adopted_its_indicators_sets_what_follows():
    text = (
        "Theo Nghị quyết, HĐND thành phố đã thông qua 26 chỉ tiêu chủ yếu năm 2026; trong đó GRDP tăng 11%, "
        "GRDP bình quân đầu người 198 triệu đồng."
    )
    assert [r[0] for r in _read(text) if r[5] == "target"] == ["11", "198"]


def test_a_result_reached_against_the_indicators_stays_a_result():
    # guard: "đã hoàn thành … chỉ tiêu" tells how the indicators ended, no adoption
    text = "Năm 2024, huyện đã hoàn thành 20/24 chỉ tiêu; trong đó GRDP tăng 11%."
    assert [r[5] for r in _read(text)] == ["actual", "actual"]


def test_a_comparison_with_the_plan_measures_the_number_it_follows_not_the_next():
    text = "Sản lượng lúa đạt 12 triệu tấn, giảm 288 nghìn tấn so với kế hoạch và giảm 355 nghìn tấn so với năm 2023."
    assert [(r[0], r[5]) for r in _read(text, "report")] == [
        ("12", "actual"),
        ("288", "actual"),
        ("355", "actual"),
    ]


def test_a_plan_word_naming_the_number_after_it_still_sets_it():
    # guard: "vượt mục tiêu đưa 125.000 lao động" names this number's plan, whatever stands before
    text = "Đã đạt 114% kế hoạch năm 2024, như vậy vượt mục tiêu đưa từ 125.000 lao động đi làm việc ở nước ngoài."
    assert [(r[0], r[5]) for r in _read(text, "report")][-1] == ("125000", "target")


def test_a_round_thousand_grouped_by_spaces_is_one_number_after_any_verb():
    assert _read("Huy động 100 000 đơn vị máu; hỗ trợ 250 000 trẻ em có hoàn cảnh khó khăn.", "plan") == [
        ("100000", None, "đơn vị máu", ">=", None, "target"),
        ("250000", None, "trẻ em", ">=", None, "target"),
    ]


def test_spaced_numbers_that_are_not_a_round_thousand_stay_apart_after_a_plain_word():
    # guard: "Lớp 5 100 học sinh" is grade 5 and its 100 pupils; after no level word only "… 000" groups
    assert [r[0] for r in _read("Lớp 5 100 học sinh.", "plan")] == ["100"]


def test_the_past_tense_of_adopting_indicators_is_no_result_cue():
    # the uncued items after "đã thông qua … chỉ tiêu …:" take the plan the text is, not the "đã"
    text = (
        "HĐND đã thông qua 26 chỉ tiêu chủ yếu phát triển kinh tế - xã hội, trong đó: GRDP tăng 11%; "
        "GRDP/người 198 triệu đồng."
    )
    assert [(r[0], r[3], r[5]) for r in _read(text, "plan")] == [
        ("11", ">=", "target"),
        ("198", ">=", "target"),
    ]
