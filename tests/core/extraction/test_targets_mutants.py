"""What ``find_targets`` makes of one sentence, field by field: written to kill the mutants of the target
finder that the rule tests let live (``make mutation``), through the public function only.

Each row is a sentence of the kind units write and the targets a reader should get from it. ``None`` in
the indicator column means the row does not judge the indicator.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from trongtam.core.extraction.targets import find_targets

# sentence -> [(indicator, value, unit, op, change, ref, role, period, direction)]
CASES = {
    # A sign written on the number is the change: "+" a rise, "-" a fall, both against the same period.
    "Chỉ số sản xuất công nghiệp +7,5% so với cùng kỳ.": [
        ("Chỉ số sản xuất công nghiệp", "7.5", "%", "=", "increase", "same_period", "actual", None, "higher"),
    ],
    "Số vụ tai nạn giao thông -12% so với cùng kỳ.": [
        ("Số vụ tai nạn giao thông", "12", "%", "=", "decrease", "same_period", "actual", None, "lower"),
    ],
    # "tương đương tăng 5%": the change word after "tương đương" is the change of the number after it.
    "Thu ngân sách đạt 120.000 triệu đồng, tương đương tăng 5% so với cùng kỳ.": [
        ("Thu ngân sách", "120000", "triệu đồng", "=", None, None, "actual", None, "higher"),
        ("Thu ngân sách", "5", "%", "=", "increase", "same_period", "actual", None, "higher"),
    ],
    # Without its own change word, "tương ứng" takes the change of the number before it in the sentence.
    "Số hộ nghèo giảm 120 hộ, tương ứng 2,5%.": [
        ("Số hộ nghèo", "120", "hộ", ">=", "decrease", None, "target", None, "lower"),
        ("Số hộ nghèo", "2.5", "%", ">=", "decrease", None, "target", None, "lower"),
    ],
    # Periods, as written or normalised: a year in capitals, a term, a date, a month, a quarter.
    "Tổng thu ngân sách NĂM 2024 đạt 195.000 triệu đồng.": [
        ("Tổng thu ngân sách", "195000", "triệu đồng", ">=", None, None, "target", "2024", "higher"),
    ],
    "Giai đoạn 2021 - 2025 trồng mới 640 ha rừng.": [
        ("trồng rừng", "640", "ha", ">=", None, None, "target", "2021-2025", "higher"),
    ],
    "Đến ngày 31/12/2024 trồng mới 640 ha rừng.": [
        ("trồng rừng", "640", "ha", ">=", None, None, "target", "31/12/2024", "higher"),
    ],
    "Trong tháng 6 / 2024 trồng mới 640 ha rừng.": [
        ("trồng rừng", "640", "ha", ">=", None, None, "target", "6/2024", "higher"),
    ],
    "Quý I / 2024 trồng mới 640 ha rừng.": [
        ("trồng rừng", "640", "ha", ">=", None, None, "target", "quý I/2024", "higher"),
    ],
    "6 THÁNG ĐẦU NĂM 2024 trồng mới 640 ha rừng.": [
        ("trồng rừng", "640", "ha", ">=", None, None, "target", "6 tháng đầu năm 2024", "higher"),
    ],
    # Comparators: "dưới" strictly below, "trên" strictly above, "trở lên" at least, a range.
    "Phấn đấu tỷ lệ hộ nghèo giảm còn dưới 3%.": [
        ("tỷ lệ hộ nghèo", "3", "%", "<", None, None, "target", None, "lower"),
    ],
    "Tỷ lệ che phủ rừng đạt trên 63%.": [
        ("Tỷ lệ che phủ rừng", "63", "%", ">", None, None, "target", None, "higher"),
    ],
    "Giải quyết việc làm mới cho 2.500 lao động trở lên.": [
        (None, "2500", "lao động", ">=", None, None, "target", None, "higher"),
    ],
    "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm xuống dưới 15%.": [
        (
            "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi",
            "15",
            "%",
            "<",
            None,
            None,
            "target",
            None,
            "lower",
        ),
    ],
    # Results: a "Kết quả" lead-in, a share of the plan, an overshoot of the plan.
    "Kết quả: trồng mới được 640 ha rừng, đạt 106,7% kế hoạch.": [
        ("trồng rừng", "640", "ha", "=", None, None, "actual", None, "higher"),
        ("trồng rừng", "106.7", "%", "=", None, "plan", "actual", None, "higher"),
    ],
    "Thu ngân sách vượt 5% so với kế hoạch.": [
        ("Thu ngân sách", "5", "%", "=", "increase", "plan", "actual", None, "higher"),
    ],
    # A list lead-in shares its indicator; "trong đó" opens a part of the whole.
    "Xây dựng thêm 3 trường đạt chuẩn quốc gia, trong đó có 2 trường mầm non.": [
        ("trường đạt chuẩn quốc gia", "3", "trường", ">=", "increase", None, "target", None, "higher"),
        ("trường mầm non", "2", "trường", ">=", None, None, "target", None, "higher"),
    ],
    "Thu nhập bình quân đầu người đạt 60 triệu đồng/người/năm.": [
        (
            "Thu nhập bình quân đầu người",
            "60",
            "triệu đồng/người/năm",
            ">=",
            None,
            None,
            "target",
            None,
            "higher",
        ),
    ],
    # A past year's result and this year's target in one sentence, each with its own year.
    "Năm 2023 đã trồng được 500 ha rừng; năm 2024 phấn đấu trồng 640 ha.": [
        ("trồng rừng", "500", "ha", "=", None, None, "actual", "2023", "higher"),
        (None, "640", "ha", ">=", None, None, "target", "2024", "higher"),
    ],
    # Uncued and compared with the year before: a result (the clause's own cue, issue 15 class 1).
    "Số vụ phạm pháp hình sự giảm 5% so với năm trước.": [
        ("Số vụ phạm pháp hình sự", "5", "%", "=", "decrease", "previous_year", "actual", None, "lower"),
    ],
    "Kim ngạch xuất khẩu tăng bình quân 10%/năm.": [
        ("Kim ngạch xuất khẩu", "10", "%/năm", ">=", "increase", None, "target", None, "higher"),
    ],
    "Giảm tỷ lệ hộ nghèo 1,5 điểm phần trăm.": [
        ("tỷ lệ hộ nghèo", "1.5", "điểm phần trăm", ">=", "decrease", None, "target", None, "lower"),
    ],
}


# Lines with no cue of their role, read as a line of a plan (told so): told nothing, a lone line takes the prior
# learned from the dev split (``test_kind_prior.py``).
PLAN_LINES = {
    "Đến ngày 31/12/2024 trồng mới 640 ha rừng.",
    "Trong tháng 6 / 2024 trồng mới 640 ha rừng.",
    "6 THÁNG ĐẦU NĂM 2024 trồng mới 640 ha rừng.",
    "Thu nhập bình quân đầu người đạt 60 triệu đồng/người/năm.",
}


@pytest.mark.parametrize("sentence", list(CASES))
def test_each_field_of_each_target_of_a_sentence(sentence):
    got = [
        (t.indicator, t.value, t.unit, t.op, t.change, t.ref, t.role, t.period, t.direction)
        for t in find_targets(sentence, kind="plan" if sentence in PLAN_LINES else None)
    ]
    want = CASES[sentence]
    assert len(got) == len(want), got
    for g, (indicator, value, *rest) in zip(got, want, strict=True):
        if indicator is not None:
            assert g[0] == indicator
        assert g[1] == Decimal(value)
        assert list(g[2:]) == rest


def test_the_plan_lines_are_rows_of_the_table():
    assert PLAN_LINES <= CASES.keys()


def test_a_range_keeps_both_ends_and_says_it_is_a_range():
    (t,) = find_targets("Tốc độ tăng trưởng kinh tế đạt từ 7% đến 7,5%.")
    assert (t.value, t.value_max, t.op, t.unit) == (Decimal("7"), Decimal("7.5"), "range", "%")


def test_every_target_points_back_at_its_number_in_the_text():
    text = "Năm 2023 đã trồng được 500 ha rừng; năm 2024 phấn đấu trồng 640 ha."
    spans = [text[t.start : t.end] for t in find_targets(text)]
    assert all(spans) and "500" in spans[0] and "640" in spans[1]


@pytest.mark.parametrize(
    ("share", "role", "op"),
    [("100", "target", ">="), ("101", "actual", "="), ("148,32", "actual", "=")],
)
def test_more_than_all_of_something_is_a_result_never_a_plan(share, role, op):
    (t,) = find_targets(f"Thu ngân sách trên địa bàn đạt {share}%.")
    assert (t.role, t.op) == (role, op)
