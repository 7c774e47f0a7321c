"""Rules from the blind validation batch's part A (07/12/2026 session), on made-up sentences.

Each asserts the reading the rule gives: (value, value_max, unit, op, change, role).
"""

from __future__ import annotations

from tests.core.extraction.readings import read_targets as _read


def test_percentage_points_written_with_the_sign_keep_the_sign_in_the_unit():
    got = _read("Năm qua, khu vực dịch vụ tăng 6,1%, đóng góp 2,4 điểm % vào mức tăng chung.")
    assert ("2.4", None, "điểm %", "=", None, "actual") in got


def test_percentage_points_with_the_sign_are_a_gap_against_the_plan_like_percent():
    got = _read("Tỷ lệ lao động qua đào tạo đạt 71%, vượt 1,5 điểm % so với kế hoạch.")
    assert ("1.5", None, "điểm %", "=", "increase", "actual") in got


def test_a_level_reached_and_found_short_is_a_result_even_beside_a_plan():
    got = _read("Theo mục tiêu, mỗi xã có 2 bác sĩ; nhưng xã miền núi mới chỉ đạt 1,2 bác sĩ.")
    assert ("2", None, "bác sĩ", ">=", None, "target") in got
    assert ("1.2", None, "bác sĩ", "=", None, "actual") in got


def test_a_rate_per_a_scale_word_keeps_the_counted_denominator():
    got = _read("Phấn đấu đạt 12 bác sĩ/vạn dân và 35 giường bệnh/vạn dân.")
    assert ("12", None, "bác sĩ/vạn dân", ">=", None, "target") in got
    assert ("35", None, "giường bệnh/vạn dân", ">=", None, "target") in got


def test_new_members_reaching_a_share_are_not_a_level_found_short():
    got = _read("Phấn đấu năm 2027 tỷ lệ kết nạp đảng viên mới đạt từ 5% trở lên.")
    assert ("5", None, "%", ">=", None, "target") in got


def test_an_area_kept_stable_is_a_level_to_hold():
    got = _read("Đến năm 2030, diện tích trồng lúa ổn định 42.000 ha, sản lượng đạt 250.000 tấn.")
    assert ("42000", None, "ha", "=", None, "target") in got
    assert ("250000", None, "tấn", ">=", None, "target") in got


def test_vaccine_shots_are_counted():
    got = _read("Trong tháng, trạm y tế đã tiêm chủng cho 1.240 trẻ với 2.615 mũi.")
    assert ("2615", None, "mũi", "=", None, "actual") in got


def test_an_estimated_growth_under_the_aim_set_is_the_plan():
    got = _read("Năm 2027, tỉnh đặt mục tiêu GRDP ước tăng 7,5%.")
    assert ("7.5", None, "%", ">=", "increase", "target") in got


def test_harms_a_plan_caps_are_upper_bounds():
    text = (
        "Năm 2027 phấn đấu: tỷ số giới tính khi sinh 109 bé trai/100 bé gái; "
        "tỷ lệ hồ sơ trễ hạn 2%; tỷ lệ người chấp hành xong án phạt tù tái phạm 3%."
    )
    ops = {v: op for v, _, _, op, _, _ in _read(text)}
    assert ops["109"] == "<="
    assert ops["2"] == "<="
    assert ops["3"] == "<="


def test_a_number_before_a_clause_with_its_own_subject_is_no_qualifier():
    text = "Năm 2027, huyện phấn đấu thu hút 15.000 lượt du khách, bình quân đón 13.000 lượt khách/năm và doanh thu tăng 15%/năm."
    got = _read(text)
    assert ("13000", None, "lượt khách/năm", ">=", None, "target") in got
    assert ("15", None, "%/năm", ">=", "increase", "target") in got


def test_a_number_defining_the_indicator_is_still_a_qualifier():
    assert [v for v, *_ in _read("Phấn đấu số bác sĩ trên 10.000 dân đạt 13,5 bác sĩ.")] == ["13.5"]


def test_a_lead_in_telling_the_plan_was_reached_makes_its_list_results():
    text = (
        "Năm 2026, các chỉ tiêu được giao về công tác dân số của xã đạt và vượt kế hoạch đề ra: "
        "tỷ lệ sàng lọc trước sinh 91,5%; tỷ lệ sàng lọc sơ sinh 88%; số người mới áp dụng biện pháp tránh thai là 1.204."
    )
    got = _read(text)
    assert ("91.5", None, "%", "=", None, "actual") in got
    assert ("88", None, "%", "=", None, "actual") in got
    assert ("1204", None, "", "=", None, "actual") in got


def test_a_lead_in_that_plans_keeps_its_list_plans():
    got = _read("Năm 2027, xã phấn đấu các chỉ tiêu đạt và vượt kế hoạch: tỷ lệ sàng lọc sơ sinh 95%.")
    assert ("95", None, "%", ">=", None, "target") in got


def test_a_share_of_the_economy_is_direction_neutral():
    got = _read("Đến năm 2030, kinh tế số phải đạt 30% GRDP của tỉnh; tỷ lệ đô thị hóa đạt 45%.")
    assert ("30", None, "%", "=", None, "target") in got
    assert ("45", None, "%", ">=", None, "target") in got


def test_who_is_present_at_a_congress_and_its_breakdown_are_no_results():
    text = (
        "Đại hội có mặt 29 đảng viên trên tổng số 30 đảng viên được triệu tập. "
        "Trong đó đảng viên chính thức 28 đồng chí, đảng viên dự bị 01 đồng chí. Năm qua chi bộ kết nạp 2 đảng viên mới."
    )
    assert _read(text) == [("2", None, "đảng viên", "=", None, "actual")]


def test_a_table_head_cell_over_its_column_gives_the_role_past_text_columns():
    text = (
        "STT | Chỉ số | Đơn vị tính | Ước thực hiện 2026 | Chỉ tiêu 2027 |\n"
        "1 | Tỷ lệ dân số được quản lý sức khỏe | % | 80 | 90 |\n"
        "2 | Tuổi thọ trung bình | Tuổi | 73,7 | 73,8 |"
    )
    roles = {v: role for v, _, _, _, _, role in _read(text)}
    assert roles == {"80": "actual", "90": "target", "73.7": "actual", "73.8": "target"}


def test_a_rate_per_a_population_bounded_from_below_keeps_its_denominator():
    got = _read("Phấn đấu năm 2027 đạt 32,5 giường bệnh/trên 10.000 dân.")
    assert ("32.5", None, "giường bệnh/trên 10.000 dân", ">=", None, "target") in got


def test_grassroots_associations_and_lodgings_are_counted_whole():
    got = _read("Năm qua đã xây dựng được 4 hội cơ sở; toàn huyện có thêm 12 cơ sở lưu trú.")
    units = [u for _, _, u, *_ in got]
    assert "hội cơ sở" in units
    assert "cơ sở lưu trú" in units


def test_a_range_with_the_unit_after_both_ends_is_one_range():
    got = _read(
        # (not "mỗi suất quà từ 200.000đ …": the worth of each share given is the size of a share, no target)
        "Phấn đấu thu nhập bình quân từ 50 triệu đồng đến 60 triệu đồng/năm; quỹ hội tăng thêm từ 200.000đ đến 500.000đ."
    )
    assert ("50", "60", "triệu đồng/năm", "range", None, "target") in got
    assert ("200000", "500000", "đ", "range", "increase", "target") in got


def test_two_amounts_in_other_units_are_no_range():
    got = _read("Phấn đấu từ 5 ha đến 7 tấn.")
    assert [(v, m) for v, m, *_ in got] == [("5", None), ("7", None)]


def test_a_population_and_its_ethnic_shares_described_are_no_results():
    text = "2. Dân số: 462.420 người, trong đó dân tộc Thái chiếm 32,34%, dân tộc Kinh 15,28%, các dân tộc khác chiếm 13,02%."
    assert _read(text) == []


def test_the_poor_of_an_ethnic_group_stay_an_indicator():
    got = _read("Phấn đấu giảm tỷ lệ hộ nghèo dân tộc thiểu số 3%.")
    assert ("3", None, "%", ">=", "decrease", "target") in got


def test_the_population_a_plan_aims_at_is_a_target():
    got = _read("Phấn đấu quy mô dân số khoảng 1,2 triệu người vào năm 2030.")
    assert ("1.2", None, "triệu người", "~", None, "target") in got


def test_the_population_of_the_place_described_stays_no_target():
    assert _read("Huyện có dân số hơn 100.000 người, diện tích tự nhiên 1.234 km2.") == []
