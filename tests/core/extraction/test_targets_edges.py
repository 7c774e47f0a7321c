"""Edges of the target finder that ``make mutation`` found unguarded, read through ``find_targets`` only.

Each test states what a reader of the clause expects: a bound written at the very start of a text, a
"tương đương" opening a sentence, the same fall told in a second unit, a run-on paragraph of a report,
brackets inside an indicator, a label before a colon that names no measure, a share list cut by ";".
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from trongtam.core.extraction.targets import find_targets

# Filler of a run-on report paragraph: commas only, no number and no sentence end (about 700 characters).
_RUN_ON = (
    "tập trung chỉ đạo sản xuất nông nghiệp theo hướng hàng hóa, ứng dụng công nghệ cao, xây dựng các "
    "vùng sản xuất tập trung, khuyến khích doanh nghiệp đầu tư vào nông nghiệp, nông thôn, phát triển "
    "các hợp tác xã kiểu mới, đẩy mạnh xúc tiến thương mại, quảng bá sản phẩm OCOP, hỗ trợ nông dân "
    "tiếp cận vốn vay ưu đãi, chuyển đổi cơ cấu cây trồng, vật nuôi phù hợp với điều kiện thổ nhưỡng, "
    "khí hậu của từng vùng, tăng cường công tác phòng, chống dịch bệnh trên cây trồng, vật nuôi, nâng "
    "cao chất lượng công tác khuyến nông, chuyển giao tiến bộ khoa học kỹ thuật cho người dân, gắn với "
    "xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu và phát triển du lịch sinh thái, du lịch "
    "cộng đồng, bảo tồn các giá trị văn hóa truyền thống của đồng bào các dân tộc trên địa bàn, "
)


@pytest.mark.parametrize(
    ("text", "op"),
    [
        ("Trên 95% hộ gia đình đạt danh hiệu gia đình văn hóa.", ">"),
        ("Dưới 3% hộ dân còn sử dụng nước chưa hợp vệ sinh.", "<"),
    ],
)
def test_a_bound_opening_the_text_bounds_its_number(text: str, op: str) -> None:
    (t,) = find_targets(text)
    assert t.op == op
    assert t.value in (Decimal(95), Decimal(3))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Trên 10.000 người tham gia bảo hiểm y tế.", "10000", "người"),
        ("Hỗ trợ trên 1.000 hộ thoát nghèo.", "1000", "hộ"),
    ],
)
def test_a_round_count_after_tren_near_the_start_is_a_bound_not_a_denominator(
    text: str, value: str, unit: str
) -> None:
    # "5 ca trên 100.000 người" divides by the round number after "trên"; the first number of a text
    # has no number before it to divide, so "trên 10.000 người" is a count bounded from below.
    (t,) = find_targets(text)
    assert (t.value, t.unit, t.op) == (Decimal(value), unit, ">")


def test_tuong_duong_opening_a_sentence_borrows_no_change_from_the_sentence_before() -> None:
    first, second = find_targets(
        "Số hộ nghèo giảm 120 hộ. Trong đó hộ nghèo dân tộc thiểu số tương đương 40%."
    )
    assert (first.value, first.change) == (Decimal(120), "decrease")
    assert (second.value, second.unit, second.change) == (Decimal(40), "%", None)


def test_a_comparison_with_last_year_before_the_change_word_is_its_reference() -> None:
    (t,) = find_targets("Kim ngạch xuất khẩu so với năm trước tăng 8,5%.")
    assert (t.value, t.change, t.ref, t.basis) == (Decimal("8.5"), "increase", "previous_year", "relative")


def test_the_same_fall_told_again_in_brackets_in_another_unit_keeps_its_change() -> None:
    pct, households = find_targets("Số hộ nghèo trên địa bàn huyện giảm 15% (21 hộ).")
    assert (pct.value, pct.unit, pct.change) == (Decimal(15), "%", "decrease")
    assert (households.value, households.unit, households.change) == (Decimal(21), "hộ", "decrease")


def test_in_a_run_on_paragraph_only_a_vote_near_the_number_drops_it() -> None:
    far = (
        "Hội nghị đã biểu quyết thông qua nghị quyết về nhiệm vụ năm, theo đó huyện "
        + _RUN_ON
        + "nhờ đó giá trị sản xuất nông nghiệp tăng 4,5% so với cùng kỳ."
    )
    near = (
        "Trong năm qua huyện "
        + _RUN_ON
        + "nhờ đó giá trị sản xuất nông nghiệp tăng 4,5% so với cùng kỳ, được đại biểu biểu quyết tán thành."
    )
    assert len(far) > 800 and len(near) > 800  # longer than two role windows: read as a run-on text
    (t,) = find_targets(far)
    assert (t.value, t.unit, t.change, t.ref, t.role) == (
        Decimal("4.5"),
        "%",
        "increase",
        "same_period",
        "actual",
    )
    assert find_targets(near) == []


def test_a_decimal_done_against_planned_is_a_result_not_a_date() -> None:
    # "30/4" is a date, "10,5/10 km" the kilometres built against the ten planned.
    (t,) = find_targets("Đã làm 10,5/10 km đường giao thông nông thôn, vượt kế hoạch.")
    assert (t.value, t.unit, t.role) == (Decimal("10.5"), "km", "actual")


def test_a_classifier_followed_by_a_function_word_names_nothing_more() -> None:
    (t,) = find_targets("Bố trí 12 điểm tại các xã vùng cao.")
    assert (t.value, t.unit) == (Decimal(12), "điểm")


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        (
            "Số người tham gia bảo hiểm xã hội (bắt buộc và tự nguyện) đạt 12.000 người.",
            "Số người tham gia bảo hiểm xã hội (bắt buộc và tự nguyện)",
        ),
    ],
)
def test_brackets_inside_an_indicator_stay_whole(text: str, indicator: str) -> None:
    (t,) = find_targets(text)
    assert t.indicator == indicator


def test_brackets_cut_by_the_indicator_are_closed() -> None:
    (t,) = find_targets("Số xã đạt chuẩn nông thôn mới (theo Bộ tiêu chí mới) đạt 12 xã.")
    assert t.indicator.startswith("Số xã đạt chuẩn nông thôn mới (")
    assert t.indicator.endswith(")")


def test_a_label_before_a_colon_that_names_no_measure_is_not_put_before_the_indicator() -> None:
    planted, harvest = find_targets(
        "Lĩnh vực nông nghiệp: trồng mới 120 ha rừng, sản lượng lương thực đạt 45.000 tấn."
    )
    assert (planted.indicator, planted.value, planted.unit) == ("trồng rừng", Decimal(120), "ha")
    assert (harvest.indicator, harvest.value, harvest.unit) == ("sản lượng lương thực", Decimal(45000), "tấn")


def test_a_share_list_cut_by_semicolons_keeps_its_lead_for_every_item() -> None:
    got = find_targets("Cơ cấu kinh tế: nông nghiệp 36,2%; công nghiệp - xây dựng 34,5%; dịch vụ 29,3%.")
    assert [(t.indicator, t.value, t.op, t.direction) for t in got] == [
        ("cơ cấu kinh tế: nông nghiệp", Decimal("36.2"), "=", "exact"),
        ("cơ cấu kinh tế: công nghiệp - xây dựng", Decimal("34.5"), "=", "exact"),
        ("cơ cấu kinh tế: dịch vụ", Decimal("29.3"), "=", "exact"),
    ]


def test_a_report_sentence_states_one_period_for_all_its_results() -> None:
    text = (
        "Năm 2023, thu ngân sách đạt 100 tỷ đồng. "
        "Thu ngân sách năm 2024 đạt 120 tỷ đồng; tổng vốn đầu tư 500 tỷ đồng."
    )
    got = [(t.value, t.period) for t in find_targets(text, kind="report")]
    assert got == [(Decimal(100), "2023"), (Decimal(120), "2024"), (Decimal(500), "2024")]


def test_an_aside_in_brackets_closed_before_the_comma_stays_in_the_indicator() -> None:
    text = "Thu ngân sách nhà nước (theo dự toán tỉnh giao), phấn đấu đạt 150 tỷ đồng."
    (t,) = find_targets(text)
    assert t.indicator == "Thu ngân sách nhà nước (theo dự toán tỉnh giao)"
    assert text[t.start : t.end] == t.quote == "phấn đấu đạt 150 tỷ đồng"


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "Thu ngân sách đạt 120 tỷ đồng (tăng 12% so với cùng kỳ), chi ngân sách (thường xuyên) 90 tỷ đồng.",
            ["Thu ngân sách đạt 120 tỷ đồng", "(tăng 12%", "chi ngân sách (thường xuyên) 90 tỷ đồng"],
        ),
        # After a year the quote starts at the signed number, sign included.
        ("Chỉ số sản xuất công nghiệp năm 2024 +7,5% so với cùng kỳ.", ["+7,5%"]),
    ],
)
def test_each_quote_is_the_text_of_its_number_with_what_leads_to_it(text: str, quotes: list[str]) -> None:
    got = find_targets(text)
    assert [t.quote for t in got] == quotes
    assert all(text[t.start : t.end] == t.quote for t in got)


def test_a_year_written_with_nam_scopes_the_passage_after_it() -> None:
    text = "Tổng thu ngân sách năm 2025 đạt 200 tỷ đồng. Số doanh nghiệp thành lập mới 50 doanh nghiệp."
    assert [(t.value, t.period) for t in find_targets(text)] == [
        (Decimal(200), "2025"),
        (Decimal(50), "2025"),
    ]
