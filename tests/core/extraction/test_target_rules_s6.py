"""Rules from the sixth session's blind dev batches (06/12/2026), on made-up sentences.

Each asserts the reading the rule gives: (value, value_max, unit, op, change, role). Each fails without its rule.
"""

from __future__ import annotations

from tests.core.extraction.readings import read_targets as _read


def test_a_floor_set_on_the_value_is_a_requirement_even_after_dat():
    got = _read(
        "Năm qua, tỷ lệ hộ dùng nước sạch đạt 82%. Theo bộ tiêu chí mới, tỷ lệ này ít nhất đạt 90%, "
        "nước máy đạt tối thiểu 50%."
    )
    assert ("82", None, "%", "=", None, "actual") in got
    assert ("90", None, "%", ">=", None, "target") in got
    assert ("50", None, "%", ">=", None, "target") in got


def test_a_ceiling_set_on_the_value_is_a_requirement():
    got = _read(
        "Năm qua đã giải quyết 1.200 hồ sơ đúng hạn. Thời gian giải quyết hồ sơ không quá 7 ngày làm việc."
    )
    assert [(v, op, role) for v, _, _, op, _, role in got] == [("1200", "=", "actual"), ("7", "<=", "target")]


def test_any_comparison_with_the_same_period_tells_a_report_when_no_number_is_cued():
    got = _read("Quý III/2025 GRDP tăng 6,2%, thấp hơn cùng kỳ (cùng kỳ tăng 6,9%); dịch vụ tăng 7,1%.")
    assert {role for *_, role in got} == {"actual"}
    assert [op for _, _, _, op, _, _ in got] == ["=", "=", "="]


def test_members_a_group_is_counted_with_are_its_size_not_a_result():
    assert (
        _read("Mô hình “Tổ xe ôm thiện nguyện” với 14 thành viên tham gia, đưa đón người bệnh miễn phí.")
        == []
    )


def test_members_an_event_had_are_its_result_and_a_quota_is_no_size():
    event = _read("Đoàn xã ra quân trồng cây xanh với 80 đoàn viên tham gia.")
    assert [v for v, *_ in event] == ["80"]
    quota = _read("Xã được giao chỉ tiêu kết nạp cao nhất huyện với 15 đảng viên.")
    assert [v for v, *_ in quota] == ["15"]


def test_a_change_counted_in_places_is_no_change():
    got = _read("Chỉ số sản xuất công nghiệp 9 tháng so với cùng kỳ đã tăng ở 52 địa phương.")
    assert ("52", None, "địa phương", "=", None, "actual") in got


def test_any_verb_with_duoc_counts_what_was_got_in_a_noun_the_lexicon_lacks():
    got = _read("Cuộc thi ảnh năm 2025 đã nhận được 31 clip ngắn của các chi đoàn.")
    assert ("31", None, "clip ngắn", "=", None, "actual") in got


def test_a_list_item_named_then_measured_against_how_far_it_got_is_no_qualifier():
    got = _read("Cây lúa gieo cấy 1.200 ha, đạt 101% KH, cây lạc 310,5 ha đạt 88,4%, khoai lang 95 ha.")
    assert ("310.5", None, "ha", "=", None, "actual") in got
    assert ("88.4", None, "%", "=", None, "actual") in got


def test_a_qualifier_still_hangs_on_a_word_that_sorts():
    got = _read("Tỷ lệ doanh nghiệp, trên 50 lao động đạt 30%.")
    assert [v for v, *_ in got] == ["30"]


def test_a_second_measure_named_after_a_number_leaves_the_number_its_own_level():
    got = _read(
        "Năm 2026 phấn đấu gieo trồng 5.000 ha, trong đó lúa xuân 3.800 ha năng suất đạt từ 65 tạ/ha trở lên."
    )
    assert ("3800", None, "ha", ">=", None, "target") in got


def test_a_share_written_at_both_ends_joined_by_den_is_one_range():
    got = _read("Hội nông dân phấn đấu đạt 75% đến 85% hội viên đăng ký hộ sản xuất giỏi.")
    assert got == [("75", "85", "%", "range", None, "target")]


def test_more_than_the_whole_of_a_ratio_is_a_result():
    got = _read("Chi bộ phấn đấu hoàn thành chỉ tiêu nhiệm kỳ sớm với 21/20 đảng viên được kết nạp.")
    assert ("21", None, "đảng viên", "=", None, "actual") in got


def test_two_plans_side_by_side_after_a_slash_are_no_ratio_passed():
    got = _read("Giải quyết việc làm cho 9.800 lao động (chỉ tiêu tương ứng 9.000/700 người).")
    assert ("9000", None, "người", ">=", None, "target") in got


def test_indicators_nearly_met_are_counted_results():
    got = _read("Đạt và vượt 20/26 chỉ tiêu nghị quyết đề ra, còn 6 chỉ tiêu gần đạt.")
    assert ("6", None, "chỉ tiêu", "=", None, "actual") in got


def test_what_must_be_completed_is_an_aim_not_a_plan_reached():
    got = _read(
        "Mục tiêu năm 2026 là phải hoàn thành các chỉ tiêu như: tỷ lệ dân số được dùng nước sạch là 90%; "
        "số xã đạt chuẩn nông thôn mới là 12 xã."
    )
    assert ("90", None, "%", ">=", None, "target") in got
    assert ("12", None, "xã", ">=", None, "target") in got


def test_a_tally_up_to_a_named_day_is_a_report():
    got = _read(
        'Nông thôn mới giai đoạn 2021-2025: Những con số "biết nói" Đến 31/3/2025, toàn tỉnh có 88/120 xã (73,3%) '
        "đạt chuẩn nông thôn mới, 20 xã đạt chuẩn nâng cao."
    )
    assert ("88", None, "xã", "=", None, "actual") in got
    assert ("20", None, "xã", "=", None, "actual") in got
    planned = _read("Phấn đấu đến 31/12/2026, toàn tỉnh có 100 xã đạt chuẩn nông thôn mới.")
    assert ("100", None, "xã", ">=", None, "target") in planned


def test_transport_output_is_measured_in_tonne_and_person_kilometres():
    got = _read("Năm qua, vận tải hàng hóa quý I đạt 120 triệu tấn, tăng 8% và 30,2 tỷ tấn.km, tăng 6,5%.")
    assert ("30.2", None, "tỷ tấn.km", "=", None, "actual") in got


def test_a_level_measured_against_the_plan_written_so_without_voi_is_no_qualifier():
    got = _read(
        "Năm qua, số ngày điều trị nội trú 30.100 ngày đạt 75,2 % so kế hoạch; công suất giường bệnh đạt 85%."
    )
    assert ("30100", None, "ngày", "=", None, "actual") in got


def test_medals_by_their_metal_and_readers_are_counted_nouns():
    got = _read(
        "Năm qua, đoàn thể thao tỉnh đạt 12 huy chương vàng, 7 HCB; thư viện phục vụ 20.500 lượt bạn đọc."
    )
    assert ("12", None, "huy chương vàng", "=", None, "actual") in got
    assert ("7", None, "hcb", "=", None, "actual") in got
    assert ("20500", None, "lượt bạn đọc", "=", None, "actual") in got


def test_places_of_three_kinds_counted_together_are_one_unit():
    got = _read("Năm qua, toàn huyện đã có 250/300 thôn, làng, khu phố đạt danh hiệu văn hóa.")
    assert ("250", None, "thôn, làng, khu phố", "=", None, "actual") in got


def test_a_dot_before_a_scale_word_with_no_group_of_three_is_a_decimal_mark():
    got = _read("Năm qua, vịnh Hạ Long đã đón 4.4 triệu khách, doanh thu từ du lịch đạt 867.5 tỷ đồng.")
    assert ("4.4", None, "triệu khách", "=", None, "actual") in got
    assert ("867.5", None, "tỷ đồng", "=", None, "actual") in got
    grouped = _read("Năm qua, thu ngân sách đạt 1.308 tỷ đồng.")
    assert [v for v, *_ in grouped] == ["1308"]


def test_two_levels_joined_by_den_after_a_level_verb_are_one_range():
    got = _read("Phấn đấu tỷ lệ lao động qua đào tạo đạt 60 đến 62%, có chứng chỉ đạt 24 đến 24,5%.")
    assert got == [("60", "62", "%", "range", None, "target"), ("24", "24.5", "%", "range", None, "target")]


def test_a_rate_followed_by_its_change_is_a_level_not_a_qualifier():
    got = _read("Năm qua, thu nhập bình quân đạt 66 triệu đồng. Tỷ lệ hộ nghèo 3,84% giảm 0,96%.")
    assert ("3.84", None, "%", "=", None, "actual") in got
    assert ("0.96", None, "%", "=", "decrease", "actual") in got


def test_a_flattened_row_may_hold_cells_written_with_their_percent_sign():
    got = _read(
        "Kết quả cung cấp dịch vụ công năm qua\n"
        "Tỷ lệ hồ sơ giải quyết đúng hạn 1520 100% 1210 79,6% 310 20,4%\n"
    )
    assert [v for v, *_ in got] == ["1520", "100", "1210", "79.6", "310", "20.4"]


def test_a_level_of_service_numbered_in_a_row_label_is_no_cell():
    got = _read("Kết quả giải quyết hồ sơ năm qua\nMức 1, 2 5120 4980 140 97,3%\nMức 3 860 842 18 97,9%\n")
    assert [v for v, *_ in got] == ["5120", "4980", "140", "97.3", "860", "842", "18", "97.9"]


def test_a_band_of_the_rate_things_are_sorted_by_is_no_target():
    got = _read(
        "Năm qua, toàn tỉnh có 7 huyện và thị xã có tỷ lệ hộ nghèo dưới 3%, 4 huyện tỷ lệ hộ nghèo từ 3% đến 5%."
    )
    assert [v for v, *_ in got] == ["7", "4"]


def test_the_rate_a_share_of_districts_aims_at_stays_a_target():
    got = _read("Phấn đấu 2/7 huyện nghèo tỷ lệ hộ nghèo còn dưới 40%.")
    assert ("40", None, "%", "<", None, "target") in got


def test_the_people_a_meeting_had_are_no_result():
    got = _read(
        "Năm qua, Hội tổ chức hội nghị chuyên đề có 528 lượt cán bộ, hội viên tham dự; kết nạp 40 hội viên."
    )
    assert [v for v, *_ in got] == ["40"]
    alongside = _read("Năm qua, tỉnh đón 1,2 triệu lượt khách nội địa, cùng với 47.000 lượt khách quốc tế.")
    assert [v for v, *_ in alongside] == ["1.2", "47000"]


def test_the_next_sectors_shares_of_a_structure_are_direction_neutral():
    got = _read(
        "Phấn đấu năm 2026 về cơ cấu kinh tế, nông, lâm nghiệp, thủy sản chiếm 12,5%; công nghiệp xây dựng 42,5%; "
        "dịch vụ 36,5%; thuế sản phẩm trừ trợ cấp sản phẩm 8,5%."
    )
    assert [op for _, _, _, op, _, _ in got] == ["=", "=", "=", "="]


def test_indicators_counted_by_how_they_ended_in_a_bracket_after_a_plan_word_are_results():
    got = _read("Năm 2025 dự kiến đạt 13/15 chỉ tiêu đã đề ra (8 chỉ tiêu vượt và 5 chỉ tiêu đạt kế hoạch).")
    assert ("8", None, "chỉ tiêu", "=", None, "actual") in got
    assert ("5", None, "chỉ tiêu", "=", None, "actual") in got


def test_the_plan_written_after_a_results_slash_is_a_target():
    got = _read("Năm qua, sản lượng chè búp tươi ước đạt 3.751 tấn/KH 4.000 tấn, đạt 93,8% KH.")
    assert ("3751", None, "tấn", "=", None, "actual") in got
    assert ("4000", None, "tấn", ">=", None, "target") in got


def test_who_gave_the_plan_may_stand_between_the_plan_word_and_giao():
    got = _read("Năm qua đã giải phóng mặt bằng 125,75 ha (đạt 52,4% chỉ tiêu tỉnh giao 240 ha).")
    assert ("240", None, "ha", ">=", None, "target") in got


def test_a_forecast_by_name_is_a_target():
    got = _read("Năm qua, kinh tế thế giới khó khăn. Tăng trưởng GDP của Thái Lan dự báo đạt 3,6% năm 2026.")
    assert ("3.6", None, "%", ">=", "increase", "target") in got


def test_the_cashew_crop_is_no_article_of_a_law():
    got = _read("Năm qua, cà phê đạt 202.000 tấn; tiếp đến hạt điều 21.000 tấn; hồ tiêu 16.000 tấn.")
    assert [v for v, *_ in got] == ["202000", "21000", "16000"]


def test_the_object_of_a_verb_just_done_is_no_qualifier_of_the_share_after_it():
    got = _read("Tính đến ngày 18/5/2025, diện tích lúa xuân đã trỗ 69.257 ha đạt 92,3% diện tích gieo cấy.")
    assert ("69257", None, "ha", "=", None, "actual") in got


def test_a_rate_written_with_its_population_denominator_alone_keeps_it_as_unit():
    got = _read("Năm qua, tỷ lệ bác sĩ đạt 8,65/10.000 dân; giường bệnh đạt 30/10.000 dân.")
    assert got == [
        ("8.65", None, "/10.000 dân", "=", None, "actual"),
        ("30", None, "/10.000 dân", "=", None, "actual"),
    ]
    share = _read("Năm qua có 120/1.000 hộ được vay vốn.")
    assert [(v, u) for v, _, u, *_ in share] == [("120", "hộ")]


def test_ministries_and_sectors_and_congresses_held_are_counted():
    got = _read("Năm qua, có 30/30 bộ, ngành và 63/63 địa phương đã tổ chức thành công 266 đại hội cơ sở.")
    assert ("30", None, "bộ, ngành", "=", None, "actual") in got
    assert ("266", None, "đại hội", "=", None, "actual") in got
