"""One test per rule class of issue 15, on sentences made up for the purpose (not corpus passages).

Each asserts the reading the rule gives: (value, value_max, unit, op, change, role, period).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from trongtam.core.extraction.targets import find_targets


def _read(text, kind=None):
    return [
        (
            str(t.value),
            str(t.value_max) if t.value_max is not None else None,
            t.unit,
            t.op,
            t.change,
            t.role,
        )
        for t in find_targets(text, kind=kind)
    ]


# 1. Role per clause, the document's kind only a prior.
def test_a_plan_quoted_in_a_report_stays_a_plan_and_the_results_stay_results():
    text = "Năm qua thu ngân sách đạt 120 tỷ đồng, tăng 8% so với cùng kỳ (chỉ tiêu kế hoạch là 110 tỷ đồng)."
    got = _read(text)
    assert ("120", None, "tỷ đồng", "=", None, "actual") in got
    assert ("8", None, "%", "=", "increase", "actual") in got
    assert ("110", None, "tỷ đồng", ">=", None, "target") in got


def test_without_a_kind_the_cued_numbers_vote_for_the_prior():
    report = "Đã trồng mới 50 ha rừng. Ước đạt 900 tấn cá. Đào tạo nghề cho 300 lao động."
    plan = "Phấn đấu trồng mới 50 ha rừng. Mục tiêu đạt 900 tấn cá. Đào tạo nghề cho 300 lao động."
    assert _read(report)[-1] == ("300", None, "lao động", "=", None, "actual")
    assert _read(plan)[-1] == ("300", None, "lao động", ">=", None, "target")


def test_the_callers_kind_is_only_a_prior_a_clause_cue_wins():
    text = "Phấn đấu năm sau trồng thêm 40 ha rừng."
    assert _read(text, kind="report") == [("40", None, "ha", ">=", "increase", "target")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Thu ngân sách đạt 148,5%.", ("148.5", None, "%", "=", None, "actual")),
        ("Giá trị xuất khẩu tăng 12% so với cùng kỳ.", ("12", None, "%", "=", "increase", "actual")),
        ("Sản lượng đạt 96,5% kế hoạch.", ("96.5", None, "%", "=", None, "actual")),
        ("Kết nạp đảng viên vượt chỉ tiêu đề ra 15%.", ("15", None, "%", "=", "increase", "actual")),
        ("Giải ngân đạt 72% chỉ tiêu được giao.", ("72", None, "%", "=", None, "actual")),
        (
            "Tính đến 31/12/2023, toàn tỉnh trồng mới 1.200 ha rừng.",
            ("1200", None, "ha", "=", None, "actual"),
        ),
        (
            "Tăng trưởng cao hơn chỉ tiêu Nghị quyết đề ra 3,2%.",
            ("3.2", None, "%", "=", "increase", "actual"),
        ),
        ("Giải ngân thấp hơn kế hoạch tỉnh giao 5%.", ("5", None, "%", "=", "decrease", "actual")),
    ],
)
def test_clause_cues_of_a_result(text, expected):
    assert _read(text, kind="plan") == [expected]


def test_counts_of_indicators_reached_are_results():
    assert _read("Có 07 chỉ tiêu vượt, 12 chỉ tiêu đạt.") == [
        ("7", None, "chỉ tiêu", "=", None, "actual"),
        ("12", None, "chỉ tiêu", "=", None, "actual"),
    ]
    assert _read("Xã đề ra 20 chỉ tiêu chủ yếu.") == []


def test_a_cue_in_an_earlier_clause_yields_to_what_the_number_is_measured_against():
    text = "Các mục tiêu đề ra trong kế hoạch đều đạt, xuất khẩu tăng 12% so với cùng kỳ."
    assert _read(text, kind="plan") == [("12", None, "%", "=", "increase", "actual")]


def test_keeping_something_up_says_nothing_of_plan_or_result():
    text = "Trong năm, huyện duy trì 9 xã đạt chuẩn nông thôn mới."
    assert _read(text, kind="report") == [("9", None, "xã", "=", None, "actual")]
    assert _read(text, kind="plan") == [("9", None, "xã", ">=", None, "target")]


def test_a_cue_word_inside_a_name_or_counting_things_is_no_cue():
    text = "Theo Sở Kế hoạch và Đầu tư, tỷ lệ hộ nghèo năm ngoái còn 3,1%."
    assert _read(text, kind="report") == [("3.1", None, "%", "=", None, "actual")]
    text = "Đến nay toàn huyện đạt được 150 chỉ tiêu nông thôn mới, bình quân đạt 15,5 tiêu chí/xã."
    assert [r[5] for r in _read(text)] == ["actual", "actual"]


# 2. Comparison words inside names are not comparators.
@pytest.mark.parametrize(
    "text",
    ["Bổ sung ngân sách cấp dưới 52.300 triệu đồng.", "Chuyển tuyến trên 1.200 ca bệnh."],
)
def test_level_names_are_not_bounds(text):
    (t,) = find_targets(text, kind="plan")
    assert t.op == ">="


def test_a_bound_beats_an_approximation():
    assert _read("Phấn đấu có ít nhất khoảng 40 xã đạt chuẩn.")[0][3] == ">="


# 3. Units.
@pytest.mark.parametrize(
    "text,value,unit",
    [
        ("Phấn đấu kết nạp 25 đồng chí vào Đảng.", "25", "đồng chí"),
        ("Có 12/34 tỉnh, thành phố hoàn thành.", "12", "tỉnh, thành phố"),
        ("Phấn đấu có 15 đơn vị cấp xã đạt chuẩn.", "15", "đơn vị cấp xã"),
        ("Phấn đấu đạt 25 giường bệnh/1 vạn dân.", "25", "giường bệnh/1 vạn dân"),
        ("Phấn đấu đón 2,4 triệu lượt khách du lịch.", "2.4", "triệu lượt khách du lịch"),
        ("Phấn đấu thu 12 tỷ 500 triệu đồng.", "12500", "triệu đồng"),
        ("Phấn đấu hỗ trợ 3 tỷ 2 trăm triệu đồng.", "3200", "triệu đồng"),
        ("Phấn đấu xuất khẩu 8.500 USD mỗi người.", "8500", "usd"),
        ("Phấn đấu giữ 500.000 héc ta rừng.", "500000", "héc ta"),
        ("Phấn đấu thu hút 1,2 tỉ USD.", "1.2", "tỉ usd"),
    ],
)
def test_units_are_read_whole(text, value, unit):
    (t,) = find_targets(text, kind="plan")
    assert (str(t.value), t.unit) == (value, unit)


# 4. Values that used to be missed.
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Sản lượng ngô:1.250 tấn.", ("1250", None, "tấn")),
        ("Diện tích lúa đạt 53,5/52 ha.", ("53.5", None, "ha")),
        ("Đã giải quyết (2.100/2.350 vụ).", ("2100", None, "vụ")),
        ("Năm nay đạt 11/10 chỉ tiêu.", ("11", None, "chỉ tiêu")),
        ("Tăng 2 đến 3 xã đạt chuẩn nông thôn mới.", ("2", "3", "xã")),
        ("Tỷ lệ khám đạt 86.38% số hộ.", ("86.38", None, "%")),
        ("Đã khám cho 1974 công dân.", ("1974", None, "công dân")),
        ("Bình quân mỗi xã đạt 12,6 tiêu chí.", ("12.6", None, "tiêu chí")),
    ],
)
def test_missed_values_are_found(text, expected):
    assert [r[:3] for r in _read(text)] == [expected]


def test_a_date_is_not_a_ratio_and_a_supposition_is_not_a_target():
    assert _read("Ngày 30/4 tổ chức lễ kỷ niệm.") == []
    assert _read("Nếu mỗi năm giảm được 5% số vụ thì có thêm 200 gia đình bình yên.") == []


def test_descriptions_of_the_body_and_project_sizes_are_not_targets():
    assert _read("Đảng bộ xã có 12 chi bộ trực thuộc.") == []
    assert _read("Khởi công khu nhà ở quy mô 300 ha.") == []
    assert _read("Huyện có 25 đơn vị hành chính, gồm 22 xã và 3 thị trấn.") == []
    assert _read("Giao chỉ tiêu cho 22 cơ sở đảng kết nạp 170 đảng viên.") == [
        ("170", None, "đảng viên", ">=", None, "target")
    ]
    assert _read("Khởi công khu đô thị 220 ha.") == []


# 5. Direction and change.
def test_growth_of_what_should_stay_low_is_capped():
    (t,) = find_targets("Tỷ lệ tăng dân số tự nhiên: 1,1%.", kind="plan")
    assert (t.op, t.change, t.indicator) == ("<=", "increase", "Tỷ lệ tăng dân số tự nhiên")


def test_a_change_per_year_or_against_a_baseline_stays_a_change():
    assert _read("Phấn đấu giảm tỷ lệ hộ nghèo là 2%/năm.")[0][3:5] == (">=", "decrease")
    assert _read("Phấn đấu giảm tỷ lệ trẻ thấp còi xuống 1% so với năm trước.")[0][3:5] == (">=", "decrease")


def test_a_clause_broken_across_lines_keeps_its_change():
    (t,) = find_targets("Tốc độ tăng trưởng kinh tế\nđạt 9,5%.", kind="plan")
    assert (t.change, t.op) == ("increase", ">=")


def test_shares_in_a_dash_list_are_neutral_and_not_a_range():
    got = _read("Cơ cấu kinh tế nông nghiệp - công nghiệp - dịch vụ tương ứng 30% - 40% - 30%.", kind="plan")
    assert [(v, vmax, op) for v, vmax, _, op, _, _ in got] == [
        ("30", None, "="),
        ("40", None, "="),
        ("30", None, "="),
    ]


def test_a_held_level_is_exact():
    assert _read("Giữ ổn định diện tích lúa ở mức 4.000 ha.", kind="plan")[0][3] == "="


# 6. Periods.
def test_a_clause_period_beats_the_document_term_and_a_congress_term_is_no_period():
    text = "Đại hội lần thứ V, nhiệm kỳ 2025 - 2030 đề ra: thu nhập bình quân 80 triệu đồng; đến năm 2030 tỷ lệ đô thị hóa đạt 40%."
    found = find_targets(text, kind="plan")
    assert [(t.value, t.period) for t in found] == [(Decimal(80), None), (Decimal(40), "2030")]


def test_a_term_that_scopes_the_list_is_its_period():
    found = find_targets(
        "CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2020-2025\n- Thu nhập bình quân 60 triệu đồng.", kind="plan"
    )
    assert [t.period for t in found] == ["2020-2025"]


# Second round (dev split only): a comparison with the same period earlier in the sentence, GDP
# growth without the word "tăng", "ghi nhận" as a result cue, and more counted nouns.
def test_a_same_period_comparison_before_a_list_makes_its_uncued_items_results():
    text = "Trong dịp lễ, cháy nổ giảm cả 3 tiêu chí so với cùng kỳ: giảm 12 vụ; giảm 5 người bị thương."
    got = _read(text, kind="plan")
    assert ("12", None, "vụ", "=", "decrease", "actual") in got
    assert ("5", None, "người", "=", "decrease", "actual") in got


def test_a_same_period_comparison_does_not_override_a_plan_cue():
    text = "Phấn đấu thu ngân sách tăng 10% so với cùng kỳ; thu nhập bình quân đạt 70 triệu đồng."
    got = _read(text)
    assert ("70", None, "triệu đồng", ">=", None, "target") in got


def test_a_percentage_of_gdp_itself_is_its_growth_but_a_share_or_per_head_value_is_not():
    got = _read("Năm tới phấn đấu GRDP từ 8% trở lên; tỷ trọng công nghiệp trong GRDP đạt 30%.")
    assert ("8", None, "%", ">=", "increase", "target") in got
    assert any(v == "30" and change is None for v, _, _, _, change, _ in got)
    got = _read("Phấn đấu GDP bình quân đầu người đạt 4.000 USD.")
    assert got == [("4000", None, "usd", ">=", None, "target")]


def test_recorded_values_are_results():
    got = _read("Toàn tỉnh ghi nhận 14 điểm sạt lở mới.", kind="plan")
    assert got and got[0][5] == "actual"


def test_counted_nouns_of_police_and_voluntary_work_are_units():
    got = _read("Đã khởi tố 40 vụ, 65 bị can; hội viên đóng góp 1.200 ngày công.")
    units = {unit for _, _, unit, _, _, _ in got}
    assert {"vụ", "bị can", "ngày công"} <= units


def test_a_body_described_by_its_parts_and_members_is_no_target():
    assert _read("Đảng bộ xã gồm có 12 chi bộ, với 340 đảng viên.") == []
    assert _read("Hội có 40 cơ sở hội, với gần 9 nghìn hội viên.") == []
    got = _read("Công an đã khởi tố 12 vụ với 20 bị can.")
    assert {v for v, *_ in got} == {"12", "20"}


def test_the_whole_a_part_is_counted_from_is_no_target():
    got = _read("Trong số 25 huyện, có 6 huyện đạt tăng trưởng trên 9%.", kind="report")
    values = {v for v, *_ in got}
    assert "25" not in values and "6" in values


def test_the_level_a_planned_change_starts_from_is_a_result():
    got = _read("Phấn đấu nâng tỷ lệ che phủ rừng từ 42% lên 45%.")
    assert ("42", None, "%", "=", None, "actual") in got
    assert ("45", None, "%", ">=", None, "target") in got


def test_unit_symbols_with_capitals_inside_are_units_but_a_capitalised_word_is_a_name():
    assert _read("Sản lượng điện đã đạt 1.516.000 MWh.") == [("1516000", None, "mwh", "=", None, "actual")]
    assert _read("Trạm Hồ Sơn 1 Xã Hòa Bình được nâng cấp.") == []


def test_named_items_in_brackets_measure_the_growth_their_lead_in_names():
    got = _read(
        "Có 2 tỉnh đạt tăng trưởng cao nhất gồm: Bắc Giang (12,5%) và Hải Dương (11,2%).", kind="report"
    )
    assert ("12.5", None, "%", "=", "increase", "actual") in got
    assert ("11.2", None, "%", "=", "increase", "actual") in got
    got = _read("Cơ cấu kinh tế gồm: nông nghiệp (20%), dịch vụ (45%).", kind="report")
    assert all(change is None for *_, change, _ in got)


def test_double_digit_growth_is_no_count_and_pieces_after_a_scale_keep_their_noun():
    assert _read("Phấn đấu tăng trưởng 2 con số.") == []
    assert _read("Đã sản xuất 67,5 ngàn cái áo.") == [("67.5", None, "ngàn cái", "=", None, "actual")]


def test_turns_of_a_counted_thing_keep_the_thing_in_the_unit():
    got = _read("Đã huy động 1.200 lượt cán bộ và 300 lượt tổ công tác; có 50 lượt tham gia.")
    assert [unit for _, _, unit, *_ in got] == ["lượt cán bộ", "lượt tổ công tác", "lượt"]


def test_a_membership_total_is_a_stock_but_the_admissions_are_results():
    got = _read("Năm qua đã kết nạp 15 đảng viên mới, nâng tổng số đảng viên toàn Đảng bộ lên 420 đồng chí.")
    assert [v for v, *_ in got] == ["15"]
