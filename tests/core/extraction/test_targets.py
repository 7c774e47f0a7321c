"""The target extractor: real phrases, hard negatives, robustness, and the quality bar on the gold sets."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.data import SEED_GOLD as GOLDEN
from tests.data import SEED_TXT

from trongtam.core.extraction.batch import FIELDS, extract_batch
from trongtam.core.extraction.targets import find_targets


def test_doctests_pass():
    import doctest

    import trongtam.core.extraction.targets as targets

    result = doctest.testmod(targets)
    assert result.failed == 0 and result.attempted > 0


def _one(text, kind="plan", **kw):
    found = find_targets(text, kind=kind, **kw)
    assert len(found) == 1, [t.quote for t in found]
    return found[0]


# (text, kind, value, value_max, unit, op, change, ref, role)
PHRASES = [
    (
        "Tổng thu ngân sách trên địa bàn 195.000 triệu đồng.",
        "plan",
        "195000",
        None,
        "triệu đồng",
        ">=",
        None,
        None,
        "target",
    ),
    (
        "Xây dựng 02 xã Minh Tiến và Quyết Thắng đạt chuẩn nông thôn mới.",
        "plan",
        "2",
        None,
        "xã",
        ">=",
        None,
        None,
        "target",
    ),
    (
        "thu hút lượng khách du lịch năm 2024 đạt 750.000 lượt người.",
        "plan",
        "750000",
        None,
        "lượt người",
        ">=",
        None,
        None,
        "target",
    ),
    (
        "phân đầu tỷ lệ giải quyết khiếu nại đạt từ 90% trở lên.",
        "plan",
        "90",
        None,
        "%",
        ">=",
        None,
        None,
        "target",
    ),
    ("tỷ lệ giải quyết các vụ việc chậm hạn dưới 15%.", "plan", "15", None, "%", "<", None, None, "target"),
    (
        "Tạo việc làm mới cho khoảng 2.500 lao động.",
        "plan",
        "2500",
        None,
        "lao động",
        "~",
        None,
        None,
        "target",
    ),
    ("giảm số vụ phạm pháp hình sự từ 5% trở lên.", "plan", "5", None, "%", ">=", "decrease", None, "target"),
    ("Tỷ lệ hộ nghèo còn 3%.", "plan", "3", None, "%", "<=", None, None, "target"),
    ("Tỷ lệ thất nghiệp ở khu vực thành thị dưới 4%.", "plan", "4", None, "%", "<", None, None, "target"),
    ("Tốc độ tăng trưởng GDP từ 6,0 - 6,5%.", "plan", "6.0", "6.5", "%", "range", "increase", None, "target"),
    ("Tỷ lệ che phủ rừng từ 5 đến 7%.", "plan", "5", "7", "%", "range", None, None, "target"),
    ("Tỷ lệ lao động qua đào tạo đạt 8–8,5%.", "plan", "8", "8.5", "%", "range", None, None, "target"),
    (
        "Tổng thu ngân sách 107 tỷ 508 triệu đồng.",
        "plan",
        "107508",
        None,
        "triệu đồng",
        ">=",
        None,
        None,
        "target",
    ),
    (
        "GDP bình quân đầu người đạt khoảng 4.700 - 4.730 đô la Mỹ (USD).",
        "plan",
        "4700",
        "4730",
        "đô la mỹ",
        "range",
        None,
        None,
        "target",
    ),
    (
        "Thu nhập bình quân đầu người ước đạt 50,5 triệu đồng/năm.",
        "report",
        "50.5",
        None,
        "triệu đồng/năm",
        "=",
        None,
        None,
        "actual",
    ),
    (
        "giá trị sản phẩm đến năm 2025 đạt 124,5 triệu đồng /ha.",
        "plan",
        "124.5",
        None,
        "triệu đồng/ha",
        ">=",
        None,
        None,
        "target",
    ),
    (
        "Số bác sĩ trên 10.000 dân đạt khoảng 13,5 bác sĩ.",
        "plan",
        "13.5",
        None,
        "bác sĩ",
        "~",
        None,
        None,
        "target",
    ),
    (
        "Tổng giá trị sản xuất đạt 100,01% kế hoạch.",
        "report",
        "100.01",
        None,
        "%",
        "=",
        None,
        "plan",
        "actual",
    ),
    (
        "Thu ngân sách hơn 646 tỷ đồng vượt hơn 9% kế hoạch tỉnh giao.",
        "report",
        "646",
        None,
        "tỷ đồng",
        ">",
        None,
        None,
        "actual",
    ),
    (
        "GRDP ước tăng 7,36% so với năm 2016.",
        "report",
        "7.36",
        None,
        "%",
        "=",
        "increase",
        "previous_year",
        "actual",
    ),
    (
        "Diện tích gieo trồng tăng 0,56% so với cùng kỳ năm 2022.",
        "report",
        "0.56",
        None,
        "%",
        "=",
        "increase",
        "same_period",
        "actual",
    ),
    (
        "Số vụ phạm tội về ma túy ít hơn 18,29%.",
        "report",
        "18.29",
        None,
        "%",
        "=",
        "decrease",
        None,
        "actual",
    ),
    (
        "Năm 2024, 10/10 chỉ tiêu kinh tế đạt và vượt.",
        "report",
        "10",
        None,
        "chỉ tiêu",
        "=",
        None,
        None,
        "actual",
    ),
    ("Kim ngạch xuất khẩu giảm (-19,76%).", "report", "19.76", None, "%", "=", "decrease", None, "actual"),
    (
        "Chỉ số GII thuộc nhóm 60 nước đứng đầu vào năm 2025.",
        "plan",
        "60",
        None,
        "nước",
        "<=",
        None,
        None,
        "target",
    ),
    (
        "Không để người dân chờ đợi kéo dài trên 30 phút.",
        "plan",
        "30",
        None,
        "phút",
        "<=",
        None,
        None,
        "target",
    ),
    (
        "Tổng sản lượng lương thực đạt trên 61,8 vạn tấn.",
        "report",
        "61.8",
        None,
        "vạn tấn",
        ">",
        None,
        None,
        "actual",
    ),
    ("Năng suất lúa vụ xuân đạt 55,99 tạ/ha.", "report", "55.99", None, "tạ/ha", "=", None, None, "actual"),
    ("Tốc độ tăng trưởng bình quân 5%/năm.", "plan", "5", None, "%/năm", ">=", "increase", None, "target"),
    (
        "Tỷ lệ hộ nghèo giảm bình quân mỗi năm 2,1%.",
        "plan",
        "2.1",
        None,
        "%",
        ">=",
        "decrease",
        None,
        "target",
    ),
    (
        "Tỷ trọng lao động nông nghiệp trong tổng lao động xã hội đạt 26,5%.",
        "plan",
        "26.5",
        None,
        "%",
        "<=",
        None,
        None,
        "target",
    ),
    ("Cơ cấu kinh tế: dịch vụ chiếm 46%.", "plan", "46", None, "%", "=", None, None, "target"),
    (
        "Tăng trưởng kinh tế đạt 3,2% (chỉ tiêu kế hoạch là 3,88%).",
        "report",
        "3.2",
        None,
        "%",
        "=",
        "increase",
        None,
        "actual",
    ),
]


@pytest.mark.parametrize(
    ("text", "kind", "value", "value_max", "unit", "op", "change", "ref", "role"), PHRASES
)
def test_real_phrases(text, kind, value, value_max, unit, op, change, ref, role):
    t = find_targets(text, kind=kind)[0]
    assert (t.value, t.value_max, t.unit, t.op, t.change, t.ref, t.role) == (
        Decimal(value),
        Decimal(value_max) if value_max else None,
        unit,
        op,
        change,
        ref,
        role,
    ), t
    assert t.quote == text[t.start : t.end]


def test_planned_value_quoted_in_a_report():
    found = find_targets("Tăng trưởng kinh tế đạt 3,2% (chỉ tiêu kế hoạch là 3,88%).", kind="report")
    assert [(t.value, t.role) for t in found] == [(Decimal("3.2"), "actual"), (Decimal("3.88"), "target")]
    found = find_targets("Tỷ lệ đô thị hóa đạt 35%, chưa đạt chỉ tiêu Nghị quyết (38%).", kind="report")
    assert [(t.value, t.role) for t in found] == [(Decimal(35), "actual"), (Decimal(38), "target")]


def test_two_entries_for_percent_and_count():
    found = find_targets("Có 85% (17 xã) đạt chuẩn nông thôn mới.", kind="report")
    assert [(t.value, t.unit) for t in found] == [(Decimal(85), "%"), (Decimal(17), "xã")]


def test_periods():
    text = "CÁC CHỈ TIÊU CHỦ YẾU TRONG NHIỆM KỲ 2020-2025\n- Tốc độ tăng trưởng bình quân 7%/năm.\n"
    assert _one(text).period == "2020-2025"
    found = find_targets("Tỷ lệ lao động có kỹ năng đạt 80% năm 2025 và 90% năm 2030.")
    assert [t.period for t in found] == ["2025", "2030"]
    assert _one("Tỷ lệ lao động đạt 80%.", default_period="2024").period == "2024"
    assert _one("Trong 9 tháng qua, đã phát hiện 120 vụ vi phạm.", kind="report").period == "9 tháng qua"
    assert _one("Trong tháng 7/2024, phấn đấu thêm 4 huyện đạt chuẩn.", kind="report").period == "7/2024"


def test_lexicon_rules_generalise():
    # Direction: a lower-is-better word that is negated or helped is not lower-is-better.
    assert _one("Tỷ lệ xã không có ma túy đạt 80%.").op == ">="
    assert _one("Tỷ lệ hộ nghèo còn dưới 3%.").op == "<"
    # Descriptive statistics and durations are not targets; duration bounds are.
    assert find_targets("Huyện có diện tích tự nhiên 1.234 km2, dân số hơn 100.000 người.") == []
    assert find_targets("Giải quyết trong thời gian 15 ngày.") == []
    assert _one("Rút ngắn thời gian giải quyết thủ tục xuống dưới 3 ngày.").op == "<"
    # A comparator containing a change word is no change.
    t = _one("Tổng thu ngân sách không thấp hơn 15.000 tỷ đồng.")
    assert (t.op, t.change) == (">=", None)
    # Periods written as a date or a school year.
    assert (
        _one("Tính đến ngày 31/12/2023, toàn tỉnh có 1.234 doanh nghiệp.", kind="report").period
        == "31/12/2023"
    )
    assert _one("Năm học 2023-2024 có 98% học sinh lên lớp.").period == "2023-2024"
    # Results stated against a resolution are results; list markers are not part of the indicator.
    t = find_targets("Sau 5 năm thực hiện Nghị quyết, 18/20 chỉ tiêu đạt và vượt kế hoạch.", kind="report")[0]
    assert (t.value, t.unit, t.op, t.role) == (Decimal(18), "chỉ tiêu", "=", "actual")
    assert (
        _one("(1) Tốc độ tăng trưởng kinh tế bình quân đạt 8,5%/năm.").indicator
        == "Tốc độ tăng trưởng kinh tế"
    )
    # A restatement in another unit shares the change.
    found = find_targets("Tỷ lệ hộ nghèo giảm 1,5% (tương ứng 21 hộ).", kind="report")
    assert [t.change for t in found] == ["decrease", "decrease"]
    # Non-breaking spaces between number and unit.
    assert _one("Tổng thu ngân sách 195.000\xa0triệu đồng.").unit == "triệu đồng"


def test_direction_and_basis():
    t = _one("Tỷ lệ hộ nghèo giảm 1,5%.")
    assert (t.direction, t.basis) == ("lower", "points")
    assert _one("Thu ngân sách tăng 10% so với cùng kỳ.", kind="report").basis == "relative"
    assert _one("Thu ngân sách đạt 500 tỷ đồng.").basis is None
    assert _one("Tỷ lệ lao động qua đào tạo đạt 64%.").direction == "higher"


HARD_NEGATIVES = [
    "Nghị quyết số 03-NQ/TU ngày 19/5/2021 của Tỉnh ủy; Kế hoạch số 12/KH-UBND.",
    "Ngày 30.9 lúc 18:47, 05/10/2020 kỷ niệm (30/4/1975-30/4/2021).",
    "nhiệm kỳ 2020-2025, giai đoạn 2021 – 2025, lần thứ VII, Kỳ họp thứ 16, khóa XV, lần thứ 3.",
    "3.1.3. Phương hướng bảo vệ môi trường giai đoạn 2011 - 2015.",
    "Đề ra 25 nhóm chỉ tiêu và 3 khâu đột phá; tai nạn giao thông giảm cả 3 tiêu chí.",
    "sản phẩm OCOP từ 3 sao trở lên; xã đạt 19 tiêu chí; trẻ từ 12-17 tuổi; học 2 buổi/ngày.",
    "nước sạch tối thiểu 60 lít/người/ngày; đô thị loại 4; phủ sóng 4G; COVID-19; ISO 14001; sức khỏe loại 1.",
    "trên 1 vạn dân; / 10.000 dân; trên 1ha; Trung đoàn 990; QL14B; trong 2 tháng; 5 năm qua.",
    "Chiều 9/11, với 447 đại biểu tham gia biểu quyết tán thành (chiếm tỷ lệ 90,49%), Quốc hội thông qua.",
    "Ngày đăng: 03/01/2018, 09:24 am\nLượt xem: 4945",
    "Cụm công nghiệp Hồ Sơn 1, Cụm công nghiệp Hòa Sơn 1 và khu căn cứ chiến đấu 1 của huyện; lớp 5, lớp 9.",
    "Đồ án Quy hoạch chung đô thị, tỷ lệ 1/5000, hoàn thành tháng 12/2024.",
    "kỷ niệm 80 năm ngày thành lập Quân đội (22/12/1944 - 22/12/2024) và 35 năm Ngày Hội quốc phòng toàn dân.",
    "Đảng bộ đề ra 12 chỉ tiêu cụ thể; Xã hội 11-11-2022; tháng 6-2021.",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives_produce_nothing(text):
    assert find_targets(text) == []
    assert find_targets(text, kind="report") == []


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("0123456789.,%/-–:;() \nabcđăâêôơưáàảãạtrêndướikhoảngđạttừtỷtriệuxã")),
        max_size=200,
    )
)
def test_never_raises_on_number_soup(text):
    for kind in ("plan", "report"):
        for t in find_targets(text, kind=kind):
            assert 0 <= t.start <= t.end <= len(text)
            assert t.quote == text[t.start : t.end]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_arbitrary_text(text):
    for t in find_targets(text):
        assert 0 <= t.start <= t.end <= len(text)


def test_batch_format():
    lines = [
        json.dumps({"id": "a", "text": "Tỷ lệ hộ nghèo giảm 1,5%.", "kind": "plan"}),
        "",
        json.dumps({"id": "b", "text": "Không có số."}),
    ]
    out = [json.loads(x) for x in extract_batch(lines)]
    assert [o["id"] for o in out] == ["a", "b"]
    assert set(out[0]["targets"][0]) == set(FIELDS)
    assert out[0]["targets"][0]["value"] == 1.5 and out[1]["targets"] == []


def _score(gold_path: Path, default_period: str | None = None):
    from trongtam.core.evaluation.scoring import load_jsonl, score

    def predict(rec):
        found = find_targets(rec["text"], kind=rec.get("kind", "plan"), default_period=default_period)
        return [json.loads(json.dumps(t.to_dict())) for t in found]

    return score(load_jsonl(gold_path), predict).figures()


def test_seed_gold_reaches_the_bar():
    res = _score(GOLDEN)
    assert res["strict_f1"] >= 0.95, res
    assert res["negative_hits"] == 0, res
    assert res["period_acc"] >= 0.9, res


def test_seed_letter_targets():
    found = find_targets(SEED_TXT.read_text(encoding="utf-8"))
    assert len(found) == 21
    assert all(t.period in ("2024", "2025") for t in found)
