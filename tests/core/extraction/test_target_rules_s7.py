"""Rules from the seventh session's conformance study (06/12/2026): the written annotation rules turned into made-up
passages by helpers, the reader's failures on them, and the general rule each failure pointed to.

Each test asserts the reading the rule gives: (value, value_max, unit, op, change, role), on sentences written for
the test (not the helpers' cases). Each fails without its rule; the guards pass with or without it.
"""

from __future__ import annotations

from tests.core.extraction.readings import read_targets as _read

# --- the kind of a text with no cued number -----------------------------------------------------------------------


def test_a_sentence_opened_by_its_year_tells_what_was_done():
    got = _read("Năm 2023, huyện cấp 1.240 thẻ bảo hiểm y tế cho người cận nghèo; tổ chức 14 lớp dạy nghề.")
    assert [(v, op, role) for v, _, _, op, _, role in got] == [("1240", "=", "actual"), ("14", "=", "actual")]


def test_a_window_or_a_season_opening_the_sentence_tells_too():
    got = _read("Vụ Hè Thu 2024, sản lượng lúa toàn huyện 48.500 tấn.")
    assert got == [("48500", None, "tấn", "=", None, "actual")]
    got = _read("9 tháng năm 2024, số doanh nghiệp thành lập mới 126 doanh nghiệp.")
    assert got == [("126", None, "doanh nghiệp", "=", None, "actual")]


def test_a_year_opening_a_directive_or_a_plan_sentence_is_no_report():
    # guard: a plan's year opening its aims, with or without a plan word, stays a plan
    got = _read("Năm 2026, duy trì 100% xã đạt chuẩn quốc gia về y tế; tiếp tục kiên cố hóa 5 km kênh mương.")
    assert {role for *_, role in got} == {"target"}
    got = _read("Năm 2026, phấn đấu thu ngân sách trên địa bàn 14 tỷ đồng.")
    assert got == [("14", None, "tỷ đồng", ">=", None, "target")]


def test_a_comparison_with_an_earlier_season_term_month_or_holiday_tells_a_report():
    for text in (
        "Năng suất lúa bình quân 61 tạ/ha, tăng 2 tạ/ha so với vụ trước.",
        "Toàn Đảng bộ kết nạp 180 đảng viên, tăng 12 đảng viên so với nhiệm kỳ trước.",
        "Chỉ số giá tiêu dùng tăng 0,3% so với tháng 6/2024.",
        "Lượng khách đạt 150.000 lượt, tăng 9% so với Tết Quý Mão 2023.",
        "Số hộ nghèo giảm 215 hộ so với đầu giai đoạn.",
    ):
        assert {role for *_, role in _read(text)} == {"actual"}, text


def test_a_value_measured_against_the_plan_tells_a_report():
    got = _read("Tỷ lệ giải ngân vốn đầu tư công 91,5%, thấp hơn 3 điểm phần trăm so với mục tiêu đề ra.")
    assert ("91.5", None, "%", "=", None, "actual") in got
    assert ("3", None, "điểm phần trăm", "=", "decrease", "actual") in got


def test_the_plan_reached_set_as_an_aim_keeps_the_plan():
    # guard: "phấn đấu hoàn thành kế hoạch" sets the aim, it tells nothing done
    got = _read("Phấn đấu hoàn thành vượt kế hoạch thu ngân sách; giải ngân 100% vốn đầu tư công.")
    assert {role for *_, role in got} == {"target"}


# --- change ------------------------------------------------------------------------------------------------------


def test_named_items_in_brackets_take_the_change_of_their_lead_in():
    got = _read(
        "Năm qua, sản lượng thủy sản của một số xã giảm so với năm trước, gồm: xã Tân Hải (8,2%), xã Phú Lâm (3,5%)."
    )
    assert [(v, ch) for v, _, _, _, ch, _ in got] == [("8.2", "decrease"), ("3.5", "decrease")]


def test_a_rank_climbed_or_lost_is_a_change():
    assert _read("Chỉ số PAPI của tỉnh vươn lên 7 bậc so với năm 2022.") == [
        ("7", None, "bậc", "=", "increase", "actual")
    ]
    assert _read("Năm 2023, chỉ số năng lực cạnh tranh của tỉnh tụt 4 bậc.") == [
        ("4", None, "bậc", "=", "decrease", "actual")
    ]


def test_rising_out_of_poverty_is_no_rise():
    got = _read("Năm qua, hơn 300 hộ vươn lên thoát nghèo và 45 công trình được hoàn thành.")
    assert ("45", None, "công trình", "=", None, "actual") in got


def test_the_level_a_fall_started_from_dated_after_it_is_no_change():
    got = _read("Đến cuối năm 2024, tỷ lệ hộ nghèo còn 2,4%, giảm từ 4,1% cuối năm 2021.")
    assert ("4.1", None, "%", "=", None, "actual") in got
    # guard: a fall by an amount stays a change
    assert _read("Năm 2024, tỷ lệ hộ nghèo giảm 1,2% so với năm 2023.")[0][4] == "decrease"


# --- what is no target -------------------------------------------------------------------------------------------


def test_the_members_of_a_cell_named_with_its_numbered_place_describe_it():
    got = _read(
        "Chi bộ Tổ dân phố 5 có 37 đảng viên, trong đó 2 đảng viên dự bị. Năm qua, chi bộ kết nạp 3 đảng viên."
    )
    assert got == [("3", None, "đảng viên", "=", None, "actual")]


def test_the_members_of_a_group_end_where_its_clause_ends():
    got = _read("Nhóm tiết kiệm thôn Đông có 22 thành viên; năm qua nhóm kết nạp thêm 4 thành viên.")
    assert got == [("4", None, "thành viên", "=", None, "actual")]


def test_a_vote_tally_does_not_hide_the_targets_listed_after_a_colon():
    got = _read(
        "Đại hội biểu quyết thông qua Nghị quyết với 98% đại biểu tán thành, với các chỉ tiêu chủ yếu: "
        "tỷ lệ lao động qua đào tạo đạt 75%; kết nạp 120 đảng viên."
    )
    assert ("75", None, "%", ">=", None, "target") in got
    assert ("120", None, "đảng viên", ">=", None, "target") in got
    assert all(v != "98" for v, *_ in got)  # the tally stays out


def test_life_expectancy_is_counted_in_years():
    got = _read("Năm 2023, tuổi thọ trung bình của người dân đạt 73,8 năm.")
    assert got == [("73.8", None, "năm", "=", None, "actual")]


def test_a_numbered_steering_board_or_military_unit_is_a_name():
    got = _read(
        "Ban Chỉ đạo 138 huyện cho biết đã xử lý 26 vụ; Trung đoàn 738 tỉnh tổ chức 4 đợt huấn luyện."
    )
    assert [(v, u) for v, _, u, *_ in got] == [("26", "vụ"), ("4", "đợt")]


def test_what_each_household_is_given_is_a_term_of_the_support():
    got = _read(
        "Năm qua, huyện hỗ trợ 85 hộ bị thiệt hại do lũ, mỗi hộ có nhà bị cuốn trôi được hỗ trợ 40 triệu đồng."
    )
    assert got == [("85", None, "hộ", "=", None, "actual")]


def test_a_body_merged_or_split_and_what_it_became_is_no_result():
    got = _read(
        "Năm qua, Hội sắp xếp, sáp nhập các chi hội (54 chi hội thành 47 chi hội); kết nạp 210 hội viên."
    )
    assert [v for v, *_ in got] == ["210"]
    assert _read("Sau khi huyện được chia tách thành 2 huyện, dân số mỗi huyện đều tăng.") == []


def test_a_space_groups_the_thousands_of_a_change_too():
    got = _read("Năm 2023, diện tích lúa đạt 98 260 ha, giảm 1 450 ha so với năm trước.")
    assert got == [
        ("98260", None, "ha", "=", None, "actual"),
        ("1450", None, "ha", "=", "decrease", "actual"),
    ]


def test_places_counted_by_the_criteria_they_reached_are_results_and_the_criteria_no_target():
    got = _read(
        "Năm qua, toàn tỉnh có 14 xã đạt 19 tiêu chí, 22 xã đạt 15 - 18 tiêu chí và 6 xã đạt dưới 15 tiêu chí."
    )
    assert [(v, u) for v, _, u, *_ in got] == [("14", "xã"), ("22", "xã"), ("6", "xã")]


def test_things_counted_then_sorted_by_a_bound_keep_the_count():
    got = _read("Năm 2024, cả nước có 8 nhóm hàng đạt kim ngạch xuất khẩu trên 5 tỷ USD.")
    assert got == [("8", None, "nhóm hàng", "=", None, "actual")]


def test_a_bodys_membership_as_it_stands_is_description():
    got = _read(
        "Tổng số hội viên của Hội Nông dân huyện hiện nay là 12.480, trong đó 3.105 hội viên nữ. Năm qua, "
        "Hội kết nạp 640 hội viên."
    )
    assert got == [("640", None, "hội viên", "=", None, "actual")]


def test_a_sentence_opened_by_its_year_keeps_its_role_beside_a_plan_sentence():
    got = _read("Năm 2024, tỷ lệ che phủ rừng đạt 61,2%. Đến năm 2030, tỷ lệ che phủ rừng đạt 63%.")
    assert got == [("61.2", None, "%", "=", None, "actual"), ("63", None, "%", ">=", None, "target")]


def test_a_measure_named_before_its_colon_under_a_label_of_its_own_keeps_its_direction():
    got = _read("Các chỉ tiêu xã hội năm 2026: Tỷ lệ tăng dân số tự nhiên: 0,9%; tỷ lệ hộ nghèo: 1,5%.")
    assert got == [("0.9", None, "%", "<=", "increase", "target"), ("1.5", None, "%", "<=", None, "target")]


def test_an_audits_findings_name_money_found_and_change_nothing():
    got = _read(
        "Năm 2024, Thanh tra tỉnh kiến nghị tăng thu ngân sách 2,4 tỷ đồng, giảm chi ngân sách 860 triệu đồng."
    )
    assert [(v, ch) for v, _, _, _, ch, _ in got] == [("2.4", None), ("860", None)]
    # guard: revenue raised by a plan is a change
    assert _read("Phấn đấu tăng thu ngân sách 12% so với năm 2025.")[0][4] == "increase"


def test_the_items_under_a_proposal_of_key_tasks_are_its_plan():
    text = (
        "Kính gửi: UBND huyện.\n"
        "Thực hiện Công văn số 512/UBND-VP ngày 02/11/2025 của UBND huyện, UBND xã Hòa Sơn đề xuất các nhiệm vụ "
        "trọng tâm năm 2026 như sau:\n"
        "+ Về kinh tế: trồng mới 60 ha rừng; có thêm 1 sản phẩm OCOP đạt 3 sao.\n"
        "+ Về xã hội: giảm 12 hộ nghèo; tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%.\n"
        "Năm 2025, xã ước thực hiện đạt 17/19 chỉ tiêu Nghị quyết giao."
    )
    got = [(v, role) for v, *_, role in _read(text)]
    assert got == [("60", "target"), ("1", "target"), ("12", "target"), ("95", "target"), ("17", "actual")]


def test_things_done_for_the_poor_or_harms_removed_are_counted_up():
    got = _read("Năm 2026, phấn đấu hỗ trợ xây mới 210 căn nhà cho hộ nghèo; xóa 95 nhà tạm, nhà dột nát.")
    assert [(v, op) for v, _, _, op, *_ in got] == [("210", ">="), ("95", ">=")]
    # guard: a harm's level stays capped
    assert _read("Năm 2026, phấn đấu số hộ nghèo còn 140 hộ.")[0][3] == "<="


def test_a_policys_rate_of_support_per_item_is_no_target():
    got = _read("Huyện hỗ trợ sửa chữa 40 căn nhà (mức hỗ trợ 25 triệu đồng/căn, 15 triệu đồng/căn nhà phụ).")
    assert [v for v, *_ in got] == ["40"]


def test_an_aside_giving_an_earlier_years_level_is_the_base_and_passes_no_role_on():
    got = _read(
        "Huyện phấn đấu năng suất lúa đạt 65 tạ/ha vào năm 2030 (năm 2025 ước đạt 58 tạ/ha). Tỷ lệ che phủ rừng "
        "đạt 45%."
    )
    assert [(v, role) for v, *_, role in got] == [("65", "target"), ("58", "actual"), ("45", "target")]


def test_the_items_under_a_lead_in_adopting_targets_are_its_plan():
    text = (
        "Năm 2025, xã đã hoàn thành 15/17 chỉ tiêu. Kỳ họp đã thống nhất các chỉ tiêu chủ yếu năm 2026 như sau:\n"
        "- Sản lượng lương thực đạt 12.400 tấn;\n"
        "- Giao quân đạt 100% chỉ tiêu huyện giao."
    )
    got = [(v, role) for v, *_, role in _read(text)]
    assert got == [("15", "actual"), ("12400", "target"), ("100", "target")]


def test_the_whole_plan_met_is_left_to_the_sentence_but_a_count_measured_against_it_is_a_result():
    got = _read("Các chỉ tiêu năm 2026: giải ngân vốn đầu tư công đạt 100% kế hoạch; trồng mới 40 ha rừng.")
    assert {role for *_, role in got} == {"target"}
    got = _read("Trong năm kết nạp 9 đảng viên mới đạt 100% kế hoạch.")
    assert {role for *_, role in got} == {"actual"}


def test_kinds_lumped_together_are_no_grade():
    got = _read(
        "Năm 2024, sản lượng thép các loại đạt 1.240 nghìn tấn, tăng 6,5%; xi măng các loại 3,1 triệu tấn."
    )
    assert [(v, u) for v, _, u, *_ in got] == [("1240", "nghìn tấn"), ("6.5", "%"), ("3.1", "triệu tấn")]


def test_houses_built_under_a_name_rooms_and_weapons_are_counted():
    got = _read("Năm 2024, Công đoàn tỉnh trao 24 Mái ấm công đoàn; công an thu hồi 57 khẩu súng tự chế.")
    assert [(v, u) for v, _, u, *_ in got] == [("24", "mái ấm"), ("57", "khẩu súng")]
