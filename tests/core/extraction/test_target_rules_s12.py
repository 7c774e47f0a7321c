"""Rules from the twelfth session (07/12/2026): a fresh dev round of text of the seed's kind, annotated blind by
helpers and scored before it was read.

Each test asserts the reading the rule gives: (value, value_max, unit, op, change, role), on sentences written for
the test (not the passages'). Each fails without its rule; the guards pass with or without it.
"""

from __future__ import annotations

from tests.core.extraction.readings import read_targets as _read


def test_a_range_with_no_unit_word_after_a_level_verb_or_a_label_is_read():
    assert _read(
        "Tỷ trọng công nghiệp chế biến trong giá trị sản xuất công nghiệp đạt từ 28-30.", "plan"
    ) == [("28", "30", "", "range", None, "target")]
    assert _read("Số bác sĩ/vạn dân: 13-14", "plan") == [("13", "14", "", "range", None, "target")]
    assert _read("Phấn đấu tỷ lệ che phủ rừng đạt 57-57,5.", "plan") == [
        ("57", "57.5", "", "range", None, "target")
    ]


def test_a_code_or_a_date_after_a_colon_is_no_range():
    # guards: two runs of digits of a code, a date's span, a range of hours with its unit
    assert _read("Tạp chí Kinh tế. ISSN: 0866-7756. Giá trị sản xuất tăng 5%.", "report")[0][0] == "5"
    assert _read("Ngày họp: 13-14/5", "plan") == []
    assert _read("Thời gian: 13-14 giờ", "plan") == []


def test_a_counted_kind_written_with_a_capital_after_a_verb_is_a_unit():
    assert _read("Năm 2024, Hội đã hỗ trợ thành lập 7 Hợp tác xã.", "report") == [
        ("7", None, "hợp tác xã", "=", None, "actual")
    ]
    assert _read("Các cấp hội thành lập mới 35 Câu lạc bộ “Gia đình hạnh phúc”.", "report") == [
        ("35", None, "câu lạc bộ", "=", None, "actual")
    ]


def test_a_capitalised_place_or_a_number_after_a_capitalised_word_stays_a_name():
    # guards: "Thôn 2 Xã …" names a hamlet; "Đội 3 Chi hội …" a team
    assert _read("Thôn 2 Xã Tân Lập đạt chuẩn văn hóa.", "report") == []
    assert _read("Đội 3 Chi hội Nông dân tham gia.", "report") == []


def test_a_share_of_the_plan_reached_by_the_indicators_is_a_result():
    got = _read("Năm 2023, các chỉ tiêu tỉnh giao đạt trên 90% kế hoạch; kết nạp thêm 59 hội viên.", "report")
    assert got == [("90", None, "%", ">", None, "actual"), ("59", None, "hội viên", "=", None, "actual")]


def test_a_plan_that_asks_for_a_share_of_its_plan_keeps_it_a_target():
    # guard: a plan verb before the share makes it the level aimed at
    assert _read("Phấn đấu các chỉ tiêu đạt trên 90% kế hoạch.", "plan")[0][5] == "target"


def test_a_quality_of_what_is_counted_with_da_is_no_report():
    # "đã qua đào tạo" names trained workers; its "đã" is no tense: a plan's level stays a plan's
    assert _read("Năm 2025, phấn đấu tỷ lệ lao động đã qua đào tạo đạt 70%.") == [
        ("70", None, "%", ">=", None, "target")
    ]
    got = _read("Các cơ sở phấn đấu tuyển sinh đạt 40.000 người, nâng tỷ lệ lao động đã qua đào tạo đạt 70%.")
    assert got[-1] == ("70", None, "%", ">=", None, "target")


def test_a_done_clause_with_da_still_reports():
    # guard: "đã" as the tense of the clause still makes a result
    assert _read("Năm 2023, tỉnh đã đạt tỷ lệ lao động qua đào tạo 68%.", "plan")[0][5] == "actual"


def test_a_compound_amount_in_three_scales_is_one_amount():
    got = _read(
        "Tổng số giải quyết 1.088 tỷ 473 triệu 419 nghìn đồng, tăng 286 tỷ 970 triệu 654 nghìn đồng so với cùng kỳ.",
        "report",
    )
    assert got == [
        ("1088473419", None, "nghìn đồng", "=", None, "actual"),
        ("286970654", None, "nghìn đồng", "=", "increase", "actual"),
    ]
    # guard: two scales as before
    assert _read("Thu ngân sách đạt 107 tỷ 508 triệu đồng.", "report") == [
        ("107508", None, "triệu đồng", "=", None, "actual")
    ]


def test_passing_the_plan_by_a_margin_is_passing_the_plan():
    # "vượt mức kế hoạch" reads as "vượt kế hoạch": the excess over the plan, a result against it
    assert _read("Thu ngân sách vượt mức kế hoạch 12%.") == _read("Thu ngân sách vượt kế hoạch 12%.")
    assert _read("Thu ngân sách vượt mức kế hoạch 12%.")[0][4] == "increase"
    got = _read(
        "Một số đơn vị hoàn thành vượt mức kế hoạch đề ra như: xã Châu Minh kết nạp được 7/5 đạt 140%, "
        "xã Đoan Bái kết nạp được 6/6 đạt 100%.",
        "report",
    )
    assert [g for g in got if g[2] == "%"] == [
        ("140", None, "%", "=", None, "actual"),
        ("100", None, "%", "=", None, "actual"),
    ]
