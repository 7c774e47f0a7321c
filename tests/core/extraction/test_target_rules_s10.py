"""Rules from the tenth session (07/12/2026): four rounds of fresh dev passages annotated blind by helpers (new pages
of dev-split sites), each scored before it was read, then studied; and the written rules' own cases that the code read
only in the wording they were written from.

Each test asserts the reading the rule gives: (value, value_max, unit, op, change, role), on sentences written for
the test (not the passages'). Each fails without its rule; the guards pass with or without it.
"""

from __future__ import annotations

import re

from tests.core.extraction.readings import read_targets as _read

from trongtam.core.extraction.targets.lexicon import UPPER_CHARS

# --- plan or result ------------------------------------------------------------------------------------------------


def test_estimates_a_future_verb_governs_follow_one_another():
    got = _read(
        "Năm 2026, huyện đặt mục tiêu giá trị sản xuất ước tăng 7,5%, thu nhập bình quân đầu người ước đạt 70 triệu "
        "đồng/người."
    )
    assert [(v, role) for v, *_, role in got] == [("7.5", "target"), ("70", "target")]


def test_the_next_sentence_goes_on_with_the_plan_estimates():
    got = _read(
        "Huyện đặt mục tiêu giá trị sản xuất ước tăng 7,5%. Thu ngân sách trên địa bàn ước đạt 150 tỷ đồng. "
        "Tổng vốn đầu tư ước đạt 900 tỷ đồng."
    )
    assert [(v, role) for v, *_, role in got] == [("7.5", "target"), ("150", "target"), ("900", "target")]


def test_a_sentence_with_a_year_of_its_own_estimates_a_result():
    # guard: "Năm 2025, … ước đạt …" after the plan's sentence tells last year's estimate
    got = _read(
        "Huyện đặt mục tiêu năm 2026 thu ngân sách đạt 160 tỷ đồng. Năm 2025, thu ngân sách ước đạt 150 tỷ đồng."
    )
    assert [(v, role) for v, *_, role in got] == [("160", "target"), ("150", "actual")]


# --- change --------------------------------------------------------------------------------------------------------


def test_counts_after_them_named_by_what_they_reached_share_the_added():
    got = _read(
        "Năm 2026, tỉnh phấn đấu có thêm 12 xã đạt chuẩn nông thôn mới, 5 xã đạt chuẩn nông thôn mới nâng cao, "
        "2 xã đạt chuẩn nông thôn mới kiểu mẫu."
    )
    assert [(v, u, change) for v, _, u, _, change, _ in got] == [
        ("12", "xã", "increase"),
        ("5", "xã", "increase"),
        ("2", "xã", "increase"),
    ]


def test_a_count_with_a_number_in_what_the_one_before_reached_is_no_part_of_the_list():
    # guard: "đạt 19 tiêu chí" holds a number of its own; the next count is no longer led by "thêm"
    got = _read(
        "Năm 2024 có thêm 3 xã đạt chuẩn nông thôn mới; toàn tỉnh có 40 xã đạt 19 tiêu chí, 12 xã đạt 15 tiêu chí."
    )
    changes = {v: change for v, _, u, _, change, _ in got if u == "xã"}
    assert changes["3"] == "increase" and changes["12"] is None


def test_a_growth_rate_named_earlier_measures_the_later_percentages_told_by_period():
    got = _read("Tăng trưởng GRDP quý I đạt 6,2% và sáu tháng đầu năm chỉ số này đạt 6,9%.")
    assert [(v, change) for v, _, _, _, change, _ in got] == [("6.2", "increase"), ("6.9", "increase")]


def test_a_percentage_after_another_measure_is_no_growth():
    # guard: thu ngân sách named between the growth and the number
    got = _read("Tăng trưởng GRDP đạt 6,2%, thu ngân sách đạt 95% dự toán.")
    assert [(v, change) for v, _, _, _, change, _ in got] == [("6.2", "increase"), ("95", None)]


def test_what_an_amount_raised_is_for_is_aimed_at():
    got = _read(
        "Năm qua, Hội đã vận động được 640 triệu đồng để xây dựng 12 căn nhà tình nghĩa cho hội viên."
    )
    assert [(v, u, role) for v, _, u, _, _, role in got] == [
        ("640", "triệu đồng", "actual"),
        ("12", "căn nhà", "target"),
    ]


def test_a_length_built_with_an_amount_stays_done():
    # guard: the purpose rule counts things, not a road's length ("ủng hộ 300 triệu đồng để đổ bê tông 590m đường")
    got = _read("Năm qua, nhân dân ủng hộ 300 triệu đồng để đổ bê tông 590m đường giao thông nông thôn.")
    assert [(v, role) for v, *_, role in got] == [("300", "actual"), ("590", "actual")]


def test_what_a_dossier_asks_support_for_is_aimed_at():
    got = _read(
        "Năm qua, Hội đã hỗ trợ 3 hội viên sửa nhà; hoàn thiện hồ sơ đề nghị hỗ trợ xóa 6 nhà tạm cho hội viên trị "
        "giá 240 triệu đồng."
    )
    assert [(v, role) for v, *_, role in got] == [("3", "actual"), ("6", "target"), ("240", "target")]


def test_a_dossier_handed_over_for_action_is_done():
    # guard: "chuyển hồ sơ đề nghị xử lý" hands cases over, a result
    got = _read("Năm 2024, Công an huyện chuyển hồ sơ đề nghị xử lý hành chính 21 vụ.")
    assert [(v, role) for v, *_, role in got] == [("21", "actual")]


# --- what is counted -----------------------------------------------------------------------------------------------


def test_the_persons_in_cases_are_counted_whatever_names_them():
    got = _read("Năm 2024, Công an huyện đề nghị truy tố 32 vụ với 57 cá nhân.")
    assert [(v, u) for v, _, u, *_ in got] == [("32", "vụ"), ("57", "cá nhân")]


def test_who_was_disciplined_is_counted():
    got = _read("Năm 2024, Thanh tra tỉnh kiến nghị xử lý kỷ luật 9 cá nhân.")
    assert [(v, u, role) for v, _, u, _, _, role in got] == [("9", "cá nhân", "actual")]


def test_persons_handed_an_award_stay_out():
    # guard: an award's persons are the meeting's routine
    got = _read("Hội nghị đã tặng giấy khen cho 5 tập thể và 12 cá nhân có thành tích xuất sắc.")
    assert got == []


def test_places_named_one_after_another_measure_what_the_lead_in_measured():
    got = _read(
        "Nghị quyết giao nhiều tỉnh mục tiêu tăng trưởng GRDP từ 9% trở lên.\n"
        "Cụ thể, vùng Tây Nguyên: Gia Lai: 9,5%; Đắk Lắk: 9,2%. Vùng Đông Nam Bộ: Bà Rịa - Vũng Tàu: 10%."
    )
    assert [(v, change) for v, _, _, _, change, _ in got] == [
        ("9", "increase"),
        ("9.5", "increase"),
        ("9.2", "increase"),
        ("10", "increase"),
    ]


def test_a_measure_label_after_a_growth_is_no_place():
    # guard: "Tỷ lệ hộ nghèo:" is a label of another measure (its words are not all capitalised)
    got = _read("Tăng trưởng kinh tế đạt 8,2%; Tỷ lệ hộ nghèo: 2,1%.")
    assert [(v, change) for v, _, _, _, change, _ in got] == [("8.2", "increase"), ("2.1", None)]


def test_labelled_values_one_a_line_are_read_without_a_unit():
    got = _read(
        "5. Y tế\n\n- Số bác sĩ bình quân 1 vạn dân (người): 11\n\n- Số giường bệnh bình quân 1 vạn dân (giường): 34\n"
    )
    assert [(v, u) for v, _, u, *_ in got] == [("11", ""), ("34", "")]


def test_a_page_counter_column_is_no_list_of_values():
    # guard: "Thống kê truy cập" lines are page metadata
    got = _read("Thống kê truy cập\nThống kê lượt xem: 21.926\nĐang trực tuyến hôm nay: 455\n")
    assert got == []


def test_the_membership_a_body_reaches_and_its_parts_are_a_stock():
    got = _read(
        "Nhiệm kỳ qua, toàn Hội kết nạp 21.400 hội viên mới, nâng tổng số hội viên của toàn Hội là 301.470 người, "
        "trong đó có 243.060 hội viên là cựu chiến binh."
    )
    assert [(v, u) for v, _, u, *_ in got] == [("21400", "hội viên")]


def test_a_total_written_before_its_members_noun_is_a_stock():
    got = _read("Trong quý, Hội kết nạp được 24 hội viên, nâng tổng số 1.529 hội viên.")
    assert [(v, u) for v, _, u, *_ in got] == [("24", "hội viên")]


def test_communes_brought_to_a_total_are_still_counted():
    # guard: only members' totals are a stock ("nâng tổng số … lên 28 xã" stays)
    got = _read("Năm 2024, tỉnh có thêm 6 xã đạt chuẩn nông thôn mới, nâng tổng số lên 28 xã.")
    assert [v for v, *_ in got] == ["6", "28"]


def test_an_aim_to_pass_the_plan_by_a_count_stays_an_aim():
    got = _read(
        "Năm 2026, huyện phấn đấu vận động hiến 1.200 đơn vị máu, vượt 50 đơn vị so với chỉ tiêu tỉnh giao."
    )
    assert [(v, role) for v, *_, role in got] == [("1200", "target"), ("50", "target")]


def test_a_count_past_the_plan_with_no_aim_is_a_result():
    # guard: no plan verb, so the excess over the plan reports
    got = _read("Năm 2025, huyện vận động hiến 1.250 đơn vị máu, vượt 50 đơn vị so với chỉ tiêu tỉnh giao.")
    assert [(v, role) for v, *_, role in got] == [("1250", "actual"), ("50", "actual")]


def test_a_harm_listed_after_a_negated_one_is_negated_too():
    got = _read("Phấn đấu tỷ lệ trẻ em thuộc hộ nghèo, hộ cận nghèo đi học đúng độ tuổi đạt 95%.")
    assert [(v, op) for v, _, _, op, _, _ in got] == [("95", ">=")]


def test_a_change_whose_unit_was_left_out_is_read_against_its_baseline():
    got = _read("Năm 2024, tổng sản lượng thủy sản đạt 1.200 tấn, tăng 2,5 so với cùng kỳ.")
    assert [(v, u, change) for v, _, u, _, change, _ in got] == [
        ("1200", "tấn", None),
        ("2.5", "", "increase"),
    ]


def test_a_bare_number_after_a_change_word_with_no_baseline_stays_out():
    # guard: "tăng 3 bậc" style words aside, a bare number with nothing after it is no value
    got = _read("Năm 2024, tổng sản lượng thủy sản đạt 1.200 tấn, tăng 2,5 trong năm.")
    assert [(v, u) for v, _, u, *_ in got] == [("1200", "tấn")]


def test_administrative_procedures_settled_are_counted_in_their_name():
    got = _read("Năm 2024, bộ phận một cửa của xã đã giải quyết 2.140 thủ tục hành chính.")
    assert [(v, u) for v, _, u, *_ in got] == [("2140", "thủ tục hành chính")]


def test_a_classifier_noun_stops_before_a_verb():
    got = _read("Năm 2024, phường phân bổ hơn 2.100 suất quà hỗ trợ cho các hộ khó khăn.")
    assert [(v, u) for v, _, u, *_ in got] == [("2100", "suất quà")]


def test_results_a_plan_keeps_are_its_object_not_a_report():
    got = _read(
        "Đối với giáo dục phổ thông, duy trì vững chắc kết quả phổ cập giáo dục tiểu học; 70% số xã đạt chuẩn phổ "
        "cập mức độ 3; 45% số xã đạt chuẩn mức độ 2."
    )
    assert [(v, role) for v, *_, role in got] == [("70", "target"), ("45", "target")]


def test_indicators_to_be_reached_under_an_aim_are_aimed_at():
    got = _read("Tỉnh phấn đấu hoàn thành đạt và vượt 20/20 chỉ tiêu kinh tế - xã hội năm 2026.")
    assert [(v, u, op, role) for v, _, u, op, _, role in got] == [("20", "chỉ tiêu", ">=", "target")]


def test_indicators_reached_after_an_effort_made_are_results():
    # guard: "nỗ lực phấn đấu hoàn thành …" looks back on a term
    got = _read("Nhiệm kỳ qua, các cấp hội đã nỗ lực phấn đấu hoàn thành đạt và vượt 9/9 chỉ tiêu đề ra.")
    assert [(v, role) for v, *_, role in got] == [("9", "actual")]


# --- lists ---------------------------------------------------------------------------------------------------------


def test_a_dashed_item_naming_its_own_measure_is_a_new_target():
    got = _read(
        "Chỉ tiêu xã hội năm 2026:\n\n- Tỷ lệ tăng dân số tự nhiên dưới 1,1%\n\n- Tỷ lệ giảm nghèo đa chiều trên 3%\n\n"
        "- Tỷ lệ lao động qua đào tạo đạt 70%\n"
    )
    assert [(v, op, change) for v, _, _, op, change, _ in got] == [
        ("1.1", "<", "increase"),
        ("3", ">", "decrease"),
        ("70", ">=", None),
    ]


def test_a_dashed_item_with_its_own_share_verb_is_a_new_target():
    got = _read(
        "- Tốc độ tăng trưởng kinh tế: trên 8%\n\n- Nông nghiệp chiếm 15%; công nghiệp - xây dựng 40%; dịch vụ 45%\n"
    )
    assert [(v, op, change) for v, _, _, op, change, _ in got][:2] == [
        ("8", ">", "increase"),
        ("15", "=", None),
    ]


def test_a_dashed_part_row_goes_on_with_the_row_above():
    # guard: a row naming only a part of the measure above keeps that measure
    got = _read(
        "B. CHỈ TIÊU KINH TẾ\n\nChỉ tiêu ĐV tính 2016 2017 2018\nTốc độ tăng trưởng kinh tế GRDP % 9.60 10.70 13.30\n"
        "- Nông, lâm nghiệp và thủy sản % 5.00 3.50 4.10\n"
    )
    assert [(v, change) for v, _, _, _, change, _ in got][3:] == [
        ("5.00", "increase"),
        ("3.50", "increase"),
        ("4.10", "increase"),
    ]


def test_the_plan_value_in_the_bracket_after_a_result_is_a_target():
    got = _read(
        "Năm 2024, vốn đầu tư toàn xã hội đạt 22.710 tỷ đồng (KH 22.200 tỷ đồng); năng suất lao động tăng 7,8% (KH 6-7%)."
    )
    assert [(v, role) for v, *_, role in got] == [
        ("22710", "actual"),
        ("22200", "target"),
        ("7.8", "actual"),
        ("6", "target"),
    ]


def test_a_bracketed_plan_value_does_not_make_the_other_results_plans():
    got = _read(
        "Năm 2024, kim ngạch xuất nhập khẩu ước đạt 5,98 tỷ USD, đạt 119,6% kế hoạch (kế hoạch 5 tỷ USD). Trong đó, "
        "xuất khẩu 3,12 tỷ USD, nhập khẩu 2,86 tỷ USD."
    )
    assert [(v, role) for v, *_, role in got] == [
        ("5.98", "actual"),
        ("119.6", "actual"),
        ("5", "target"),
        ("3.12", "actual"),
        ("2.86", "actual"),
    ]


def test_now_as_the_baseline_of_an_aim_is_no_report():
    got = _read(
        "Đại hội đặt ra mục tiêu mới: quy mô nền kinh tế gấp đôi hiện nay, thu nhập bình quân đầu người đạt 90 triệu "
        "đồng vào năm 2030."
    )
    assert [(v, role) for v, *_, role in got] == [("90", "target")]


def test_a_crops_area_then_its_own_change_is_no_qualifier():
    got = _read("Vụ đông năm 2024 gieo trồng 520 ha khoai lang, tăng 3,1%; 180 ha đậu tăng 12%.")
    assert [(v, u, change) for v, _, u, _, change, _ in got] == [
        ("520", "ha", None),
        ("3.1", "%", "increase"),
        ("180", "ha", None),
        ("12", "%", "increase"),
    ]


def test_communes_sorted_by_what_they_collected_are_counted_and_the_bands_dropped():
    got = _read(
        "Đến hết quý II, 4 xã thu đạt từ 60% trở lên, 3 xã thu đạt từ 50%-60%, 7 xã còn lại thu dưới 50% dự toán."
    )
    assert [(v, u) for v, _, u, *_ in got] == [("4", "xã"), ("3", "xã"), ("7", "xã")]


def test_the_membership_total_written_with_the_members_abbreviation_is_a_stock():
    got = _read("Đảng bộ kết nạp 14 ĐV mới. Nâng tổng số ĐV của Đảng bộ lên 1.952 đồng chí.")
    assert [(v, u) for v, _, u, *_ in got] == [("14", "đv")]


def test_carrying_out_the_budget_announces_no_plan():
    got = _read(
        "Theo báo cáo công khai tình hình thực hiện dự toán ngân sách nhà nước của huyện, trong 6 tháng đầu năm 2024, "
        "tổng thu ngân sách trên địa bàn đạt 412 tỷ đồng."
    )
    assert [(v, role) for v, *_, role in got] == [("412", "actual")]


def test_units_named_in_a_list_each_with_its_bare_number_are_read():
    got = _read(
        "Năm 2025, các đảng bộ phát triển 1.200 đảng viên mới. Cụ thể: Đảng bộ thành phố chỉ tiêu 150 đảng viên mới; "
        "Hội An 110; Điện Bàn 140; Đại Lộc 125."
    )
    assert [(v, u) for v, _, u, *_ in got] == [
        ("1200", "đảng viên"),
        ("150", "đảng viên"),
        ("110", ""),
        ("140", ""),
        ("125", ""),
    ]


def test_a_lone_named_number_is_no_list():
    # guard: one capitalised name and a number is an address or a name, not a list of values
    got = _read("Năm 2024, xã tổ chức lễ ra quân tại Trường Tiểu học Số 2; trồng 500 cây xanh.")
    assert [(v, u) for v, _, u, *_ in got] == [("500", "cây xanh")]


def test_a_bare_change_in_brackets_after_a_count_is_its_change():
    got = _read("Năm 2024, huyện thành lập mới 245 tổ hợp tác (tăng 06) và 512 hợp tác xã (tăng 4).")
    assert [(v, change) for v, _, _, _, change, _ in got] == [
        ("245", None),
        ("6", "increase"),
        ("512", None),
        ("4", "increase"),
    ]


def test_resolutions_studied_and_plans_drawn_up_announce_no_plan():
    got = _read(
        "5 năm qua, các cấp bộ Đoàn đã tổ chức 150 buổi học tập nghị quyết của Đảng và 80 buổi quán triệt chuyên đề; "
        "Hội đã chủ động xây dựng các chương trình, kế hoạch triển khai nhiệm vụ như: giúp đỡ 270 ngày công cho 229 "
        "gia đình hội viên."
    )
    assert {role for *_, role in got} == {"actual"}


def test_a_place_name_is_told_by_its_capitals_not_by_its_accents():
    # the capitals class holds "Đ", "Ấ", "Ỹ" and none of the small letters ("đ", "ấ", "ỹ") a range "À-Ỹ" would take
    capital = re.compile(f"[{UPPER_CHARS}]")
    assert all(capital.fullmatch(c) for c in "ĐẤỸQ")
    assert not any(capital.fullmatch(c) for c in "đấỹq")
