"""Rules from the blind validation batch's part A (07/12/2026 session), on made-up sentences.

Each asserts the reading the rule gives: (value, value_max, unit, op, change, role).
"""

from __future__ import annotations

from trongtam.core.extraction.targets import find_targets


def _read(text, kind=None):
    return [
        (str(t.value), str(t.value_max) if t.value_max is not None else None, t.unit, t.op, t.change, t.role)
        for t in find_targets(text, kind=kind)
    ]


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
