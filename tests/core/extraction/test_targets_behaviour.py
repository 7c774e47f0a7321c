"""The words of ``lexicon.toml`` at work: what ``find_targets`` reads from short made-up sentences.

Written from the annotation rules (docs/annotation.md), one or two sentences per group of lexicon words:
spelling, scales and units, comparators, change words and their false friends, references, role cues,
direction, periods, and the numbers that are no target at all.

The lexicon is compiled once per process and cached; one test compiles it afresh and reads every
sentence again, so a change to how ``lexicon.toml`` is compiled is judged by what it does to these
sentences (``make mutation`` relies on that: its mutants run in processes that have the cache filled).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from trongtam.core.errors import RuleSetError
from trongtam.core.extraction.targets import find_targets
from trongtam.core.extraction.targets.lexicon import (
    alternation,
    compile_lexicon,
    ending_re,
    lexicon,
    phrase_re,
    starting_re,
)


@pytest.fixture
def fresh_lexicon() -> Iterator[None]:
    lexicon.cache_clear()
    yield
    lexicon.cache_clear()


def _read(sentence: str, kind: str | None = None) -> list[dict[str, Any]]:
    return [
        {
            "indicator": t.indicator,
            "value": t.value,
            "value_max": t.value_max,
            "unit": t.unit,
            "op": t.op,
            "change": t.change,
            "ref": t.ref,
            "role": t.role,
            "period": t.period,
            "direction": t.direction,
        }
        for t in find_targets(sentence, kind=kind)  # type: ignore[arg-type]
    ]


def _check(sentence: str, want: list[dict[str, Any]], kind: str | None = None) -> None:
    got = _read(sentence, kind)
    assert len(got) == len(want), got
    for g, w in zip(got, want, strict=True):
        w = {k: (Decimal(v) if k == "value" else v) for k, v in w.items()}
        assert {k: g[k] for k in w} == w, g


def _one(value: str, unit: str, op: str, **more: Any) -> dict[str, Any]:
    return {"value": value, "unit": unit, "op": op, **more}


# Spelling variants and typos read as the standard word; the unit stays as written.
SPELLING = {
    "Phân đầu tỉ lệ hộ nghèo giảm 1,5%.": [
        _one(
            "1.5", "%", ">=", change="decrease", role="target", direction="lower", indicator="tỉ lệ hộ nghèo"
        )
    ],
    "Tỉ trọng công nghiệp chiếm 40%.": [_one("40", "%", "=", direction="exact")],
    "Thu ngân sách đạt 12 tỉ đồng.": [_one("12", "tỉ đồng", ">=", indicator="Thu ngân sách")],
}

# Scale words take the measure after them; counted nouns name the thing counted.
UNITS = {
    "Thu ngân sách đạt 2 nghìn tỷ đồng.": [_one("2", "nghìn tỷ đồng", ">=")],
    "Kim ngạch xuất khẩu đạt 150 triệu USD.": [_one("150", "triệu usd", ">=")],
    "Sản lượng lương thực đạt 25 vạn tấn.": [_one("25", "vạn tấn", ">=")],
    "Trồng mới 3 héc-ta rừng.": [_one("3", "héc-ta", ">=")],
    "Tiêu thụ 5 triệu kWh điện.": [_one("5", "triệu kwh", ">=")],
    "Xây dựng 12 km đường giao thông nông thôn.": [
        _one("12", "km", ">=", indicator="đường giao thông nông thôn")
    ],
    "Đón 750.000 lượt khách du lịch.": [_one("750000", "lượt khách du lịch", ">=")],
    "Cấp 1.200 giấy chứng nhận quyền sử dụng đất.": [_one("1200", "giấy chứng nhận", ">=")],
    "Tiêm 30.000 liều vắc xin.": [_one("30000", "liều vắc xin", ">=")],
    "Phấn đấu có 55 điểm tiêm chủng.": [_one("55", "điểm tiêm chủng", ">=")],
    "Thu hút 25.500 lượt tổ công tác.": [_one("25500", "lượt tổ công tác", ">=")],
    "Thu nhập bình quân đạt 60 triệu đồng/người/năm.": [_one("60", "triệu đồng/người/năm", ">=")],
    # A range or a ratio keeps the scale word written after its second number.
    "Thu nhập bình quân đạt 4,5 - 5 triệu đồng/người/tháng.": [
        {"value": "4.5", "value_max": Decimal(5), "unit": "triệu đồng/người/tháng", "op": "range"}
    ],
    # A rate "per 100.000 people" is no target; the count before it is.
    "Tỷ lệ tội phạm 5 vụ trên 100.000 người.": [_one("5", "vụ", "<=", direction="lower")],
}

# The comparator written before or after the number; an approximation yields to a bound.
COMPARATORS = {
    "Tỷ lệ trẻ em được tiêm chủng đạt ít nhất 95%.": [_one("95", "%", ">=")],
    "Tỷ lệ trẻ em được tiêm chủng không dưới 95%.": [_one("95", "%", ">=")],
    "Tổng thu ngân sách không ít hơn 500 tỷ đồng.": [_one("500", "tỷ đồng", ">=", change=None)],
    "Tỷ lệ che phủ rừng hơn 40%.": [_one("40", "%", ">")],
    "Thu hút vượt hơn 100 doanh nghiệp.": [_one("100", "doanh nghiệp", ">")],
    "Tỷ lệ hộ nghèo chưa đến 2%.": [_one("2", "%", "<", direction="lower")],
    "Tỷ lệ thất nghiệp thấp hơn mức 3%.": [_one("3", "%", "<", direction="lower")],
    "Tỷ lệ lạm phát không quá 4%.": [_one("4", "%", "<=", direction="lower")],
    "Bội chi ngân sách tối đa 300 tỷ đồng.": [_one("300", "tỷ đồng", "<=")],
    "Tỷ lệ nợ xấu không vượt quá 3%.": [_one("3", "%", "<=", change=None)],
    "Chỉ số giá tiêu dùng không cao hơn 4%.": [_one("4", "%", "<=", change=None)],
    "Thu hút khoảng 200 doanh nghiệp.": [_one("200", "doanh nghiệp", "~")],
    "Thu hút xấp xỉ 200 doanh nghiệp.": [_one("200", "doanh nghiệp", "~")],
    "Thu hút trên dưới 200 doanh nghiệp.": [_one("200", "doanh nghiệp", "~")],
    "Thu hút khoảng trên 200 doanh nghiệp.": [_one("200", "doanh nghiệp", ">")],
    "Đạt ít nhất khoảng 2.765 xã.": [_one("2765", "xã", ">=")],
    "Đào tạo 500 lao động trở lên.": [_one("500", "lao động", ">=")],
    "Tỷ lệ hộ nghèo 2% trở xuống.": [_one("2", "%", "<=")],
    "Phấn đấu thuộc nhóm 10 tỉnh đứng đầu cả nước.": [_one("10", "tỉnh", "<=")],
    "Không để thời gian chờ kéo dài trên 30 phút.": [_one("30", "phút", "<=")],
    "Thời gian giải quyết hồ sơ không quá 5 ngày.": [_one("5", "ngày", "<=")],
    # A reported value keeps the bound written after it.
    "Năm qua đã đào tạo 500 lao động trở lên.": [_one("500", "lao động", ">=", role="actual")],
    "Năm qua tỷ lệ hộ nghèo đã giảm còn 2% trở xuống.": [_one("2", "%", "<=", role="actual")],
    # "cấp dưới" names a level of the budget: no bound.
    "Ngân sách cấp dưới 52.300 triệu đồng.": [_one("52300", "triệu đồng", ">=")],
    # "ít hơn" is a change, not a comparator.
    "Xuất khẩu ít hơn 28,97% so với cùng kỳ.": [
        _one("28.97", "%", "=", change="decrease", ref="same_period", role="actual")
    ],
}

# Change words, the adverbs between them and the number, levels, and words that only look like them.
CHANGES = {
    "Số doanh nghiệp tăng thêm 50 doanh nghiệp.": [_one("50", "doanh nghiệp", ">=", change="increase")],
    "Số hộ nghèo giảm thêm 200 hộ.": [_one("200", "hộ", ">=", change="decrease", direction="lower")],
    "Chi phí sản xuất giảm bớt 5%.": [_one("5", "%", ">=", change="decrease", direction="lower")],
    "Số vụ tai nạn giao thông giảm thiểu 10%.": [_one("10", "%", ">=", change="decrease", direction="lower")],
    "Tăng cường kiểm tra 120 cơ sở kinh doanh.": [_one("120", "cơ sở", ">=", change=None)],
    "Tăng gia sản xuất 300 ha.": [_one("300", "ha", ">=", change=None)],
    "Tốc độ tăng trưởng kinh tế đạt 7%.": [_one("7", "%", ">=", change="increase")],
    "Tỷ lệ giảm sinh đạt 0,2%.": [_one("0.2", "%", ">=", change="decrease")],
    "Giảm tỷ lệ hộ nghèo bình quân mỗi năm 1,5%.": [
        _one("1.5", "%", ">=", change="decrease", indicator="tỷ lệ hộ nghèo")
    ],
    "Giảm tỷ lệ hộ nghèo xuống còn 2%.": [_one("2", "%", "<=", change=None)],
    "Tăng tỷ lệ che phủ rừng lên 45%.": [_one("45", "%", ">=", change=None)],
    "Kinh tế tăng trưởng âm 1,8%.": [_one("1.8", "%", ">=", change="decrease")],
    "Phấn đấu GRDP đạt 8%.": [_one("8", "%", ">=", change="increase", indicator="GRDP")],
    "Tỷ trọng GRDP công nghiệp đạt 40%.": [_one("40", "%", "=", change=None, direction="exact")],
    "Thu ngân sách đạt 500 tỷ đồng, tương đương tăng 8%.": [
        _one("500", "tỷ đồng", ">=", change=None),
        _one("8", "%", ">=", change="increase"),
    ],
    "Thu ngân sách đạt 500 tỷ đồng, tương đương tăng thêm 8%.": [
        _one("500", "tỷ đồng", ">=", change=None),
        _one("8", "%", ">=", change="increase"),
    ],
    "Thu ngân sách tăng 50 tỷ đồng, tức là 8%.": [
        _one("50", "tỷ đồng", ">=", change="increase"),
        _one("8", "%", ">=", change="increase"),
    ],
    "Tỷ lệ tăng dân số 1%.": [_one("1", "%", "<=", change="increase", direction="lower")],
}

# What a change is measured against.
REFERENCES = {
    "Tổng vốn đầu tư cao hơn 10% so với năm trước.": [
        _one("10", "%", "=", change="increase", ref="previous_year", role="actual")
    ],
    "Thu ngân sách nhiều hơn 15 tỷ đồng so với năm trước.": [
        _one("15", "tỷ đồng", "=", change="increase", ref="previous_year", role="actual")
    ],
    "Thu ngân sách tăng 10% so với năm 2020.": [_one("10", "%", "=", change="increase", ref="previous_year")],
    "Thu ngân sách tăng 10% so với năm liền trước.": [_one("10", "%", ">=", ref="previous_year")],
    "GDP tăng 7% so với cùng kỳ năm 2023.": [_one("7", "%", "=", change="increase", ref="same_period")],
    # The year after "gấp … lần" is what it is compared with, not its period.
    "Thu ngân sách gấp 1,6 lần năm 2020.": [
        _one("1.6", "lần", ">=", change=None, ref="previous_year", period=None)
    ],
    "Thu ngân sách vượt 6% so với dự toán.": [
        _one("6", "%", "=", change="increase", ref="plan", role="actual")
    ],
    "Doanh thu du lịch tăng 12% so với kế hoạch.": [_one("12", "%", "=", change="increase", ref="plan")],
    "Thu ngân sách thấp hơn kế hoạch 3%.": [_one("3", "%", "=", change="decrease", ref="plan")],
    # Parallel changes share the "so với …" written after the last of them, over adverbs too.
    "Nông nghiệp tăng bình quân 1,7% còn rừng sản xuất tăng bình quân 2,3% so với cùng kỳ năm trước.": [
        _one("1.7", "%", "=", change="increase", ref="same_period", indicator="Nông nghiệp"),
        _one("2.3", "%", "=", change="increase", ref="same_period", indicator="rừng sản xuất"),
    ],
    # A comparison with the plan under a plan verb is masked: the plan verb keeps the number a plan.
    "Phấn đấu thu ngân sách vượt kế hoạch, tăng 10% so với cùng kỳ.": [
        _one("10", "%", ">=", change="increase", ref="same_period", role="target")
    ],
    "Thu ngân sách đạt 104% dự toán tỉnh giao.": [_one("104", "%", "=", ref="plan", role="actual")],
    "Giải ngân đạt 95% kế hoạch vốn được giao.": [_one("95", "%", "=", ref="plan", role="actual")],
}

# The role cues: plans and deadlines ahead against results, tallies and time past.
ROLES = {
    "Dự kiến trồng mới 300 ha rừng.": [_one("300", "ha", ">=", role="target")],
    "Định hướng đến năm 2030 có 80 doanh nghiệp.": [_one("80", "doanh nghiệp", ">=", role="target")],
    "Năm tới trồng mới 300 ha rừng.": [_one("300", "ha", ">=", role="target")],
    "Thời gian tới trồng mới 300 ha rừng.": [_one("300", "ha", ">=", role="target")],
    "Bảo đảm 100% xã có điện lưới.": [_one("100", "%", ">=", role="target", indicator="xã có điện lưới")],
    "Ước tính thu ngân sách 500 tỷ đồng.": [_one("500", "tỷ đồng", "=", role="actual")],
    "Năm qua trồng mới 300 ha rừng.": [_one("300", "ha", "=", role="actual", period="năm qua")],
    "Lũy kế trồng mới 300 ha rừng.": [_one("300", "ha", "=", role="actual")],
    "Thống kê có 300 doanh nghiệp thành lập mới.": [_one("300", "doanh nghiệp", "=", role="actual")],
    "Từ đầu năm trồng mới 300 ha rừng.": [_one("300", "ha", "=", role="actual")],
    "Báo cáo cho biết trồng mới 300 ha rừng.": [
        _one("300", "ha", "=", role="actual", indicator="trồng rừng")
    ],
    "Theo báo cáo, trồng mới 300 ha rừng.": [_one("300", "ha", "=", role="actual", indicator="trồng rừng")],
    "Xảy ra 12 vụ cháy rừng.": [_one("12", "vụ", "=", role="actual")],
    "Ghi nhận 12 vụ cháy rừng.": [_one("12", "vụ", "=", role="actual")],
    "Tai nạn giao thông làm chết 12 người.": [_one("12", "người", "=", role="actual", direction="lower")],
    "Thời gian qua trồng mới 300 ha rừng.": [_one("300", "ha", "=", role="actual")],
    "Gần đây trồng mới 300 ha rừng.": [_one("300", "ha", "=", role="actual")],
    "Tính chung trồng mới 300 ha rừng.": [_one("300", "ha", "=", role="actual")],
    "Kết nạp được 358 đảng viên mới.": [
        _one("358", "đảng viên", "=", role="actual", indicator="Kết nạp đảng viên mới")
    ],
    # Carrying out a resolution says nothing of the number: the text's prior (a plan) decides.
    "Thực hiện nghị quyết, trồng mới 300 ha rừng.": [_one("300", "ha", ">=", role="target")],
    "18/20 chỉ tiêu đạt và vượt kế hoạch.": [_one("18", "chỉ tiêu", "=", role="actual")],
    "Có 12 chỉ tiêu không đạt.": [_one("12", "chỉ tiêu", "=", role="actual")],
    "Trồng rừng 300 ha chưa đạt kế hoạch.": [_one("300", "ha", "=", role="actual")],
    # An uncued number takes the role its sentence's cued numbers agree on, before the text's prior.
    "Phấn đấu trồng 500 ha rừng. Phấn đấu xây 3 trường học. Năm nay 200 ha keo, đã trồng được 150 ha.": [
        _one("500", "ha", ">=", role="target"),
        _one("3", "trường học", ">=", role="target"),
        _one("200", "ha", "=", role="actual"),
        _one("150", "ha", "=", role="actual"),
    ],
    # No number is cued: the cue words of the whole text decide (three of a report, one of a plan).
    "Huyện đã triển khai nhiều giải pháp. Kết quả đã rõ. Kế hoạch rõ ràng. Trồng 300 ha rừng.": [
        _one("300", "ha", "=", role="actual")
    ],
    "Thu hút 300 lao động, vượt chỉ tiêu nghị quyết.": [_one("300", "lao động", "=", role="actual")],
    "Thu ngân sách đạt 120 tỷ đồng, tăng 8% so với cùng kỳ (chỉ tiêu kế hoạch là 110 tỷ đồng).": [
        _one("120", "tỷ đồng", "=", role="actual"),
        _one("8", "%", "=", change="increase", ref="same_period", role="actual"),
        _one("110", "tỷ đồng", ">=", role="target"),
    ],
}

# Lower is better unless negated or helped; shares, structures and spending are neutral.
DIRECTIONS = {
    "Tỷ lệ hộ cận nghèo còn 3%.": [_one("3", "%", "<=", direction="lower")],
    "Tỷ lệ thất nghiệp ở đô thị 3%.": [_one("3", "%", "<=", direction="lower")],
    "Số vụ vi phạm giảm 10%.": [_one("10", "%", ">=", direction="lower")],
    "Tỷ lệ bỏ học 1%.": [_one("1", "%", "<=", direction="lower")],
    # A share ("chiếm") is exact even of what should stay low.
    "Tỷ lệ hộ nghèo chiếm 2%.": [_one("2", "%", "=", direction="lower")],
    "Tỷ lệ lao động nông nghiệp 30%.": [_one("30", "%", "<=", direction="lower")],
    "Tỷ lệ xã không có ma túy đạt 80%.": [_one("80", "%", ">=", direction="higher")],
    "Hỗ trợ 500 hộ nghèo.": [_one("500", "hộ", ">=", direction="higher")],
    "Xóa 200 nhà tạm, dột nát.": [_one("200", "nhà", ">=", direction="higher")],
    "Chi ngân sách 300 tỷ đồng.": [_one("300", "tỷ đồng", "=", direction="exact")],
    "Nhập khẩu 200 triệu USD.": [_one("200", "triệu usd", "=", direction="exact")],
    "Giữ ổn định ở mức 500.000 ha.": [_one("500000", "ha", "=", direction="exact")],
    # A bound on a neutral measure says which way is better.
    "Tỷ trọng công nghiệp tối thiểu 40%.": [_one("40", "%", ">=", direction="higher")],
    "Chi ngân sách không quá 300 tỷ đồng.": [_one("300", "tỷ đồng", "<=", direction="lower")],
    "Tỷ trọng dịch vụ chiếm trên 40%.": [_one("40", "%", ">", direction="exact")],
}

# Periods as written, normalised where the rules say so.
PERIODS = {
    "Các chỉ tiêu nhiệm kỳ 2020-2025: tốc độ tăng trưởng 8%.": [_one("8", "%", ">=", period="2020-2025")],
    "Vụ đông năm 2023 trồng 500 ha ngô.": [_one("500", "ha", ">=", period="vụ đông năm 2023")],
    "Vụ đông xuân 2023-2024 gieo cấy 1.200 ha lúa.": [_one("1200", "ha", ">=", period="2023-2024")],
    "Quý III năm 2023 thu ngân sách 120 tỷ đồng.": [_one("120", "tỷ đồng", ">=", period="quý III năm 2023")],
    "Tháng 5, thu ngân sách 12 tỷ đồng.": [_one("12", "tỷ đồng", ">=", period="tháng 5")],
    "9 tháng, thu ngân sách 90 tỷ đồng.": [_one("90", "tỷ đồng", ">=", period="9 tháng")],
    "Tháng 7/2024 trồng 300 ha rừng.": [_one("300", "ha", ">=", period="7/2024")],
    "Đến hết năm 2025 có 80% xã đạt chuẩn.": [_one("80", "%", ">=", period="2025")],
    "Tốc độ tăng trưởng kinh tế đạt 8% năm 2025.": [_one("8", "%", ">=", period="2025")],
    # A description of the body before a result does not stop the reading (two sentences in a paragraph, with no
    # word of a plan: a story told, a result).
    "Đảng bộ có 12 chi bộ trực thuộc, trong đó có 7 chi bộ thôn. Năm 2024 kết nạp 20 đảng viên.": [
        _one("20", "đảng viên", "=", role="actual", period="2024")
    ],
    # A closed bracket before the year leaves the year in force.
    "Kết quả (theo báo cáo) năm 2024 trồng 300 ha rừng.": [
        _one("300", "ha", "=", role="actual", period="2024")
    ],
    # A year leading a sentence with a comma scopes the sentence's later segments too, not what came before.
    # ("Phấn đấu": a text of several sentences with no word of a plan would read as a report.)
    "Phấn đấu trồng 100 ha rừng. Năm 2024, thu ngân sách 500 tỷ đồng; trồng 300 ha rừng.": [
        _one("100", "ha", ">=", period=None),
        _one("500", "tỷ đồng", ">=", period="2024"),
        _one("300", "ha", ">=", period="2024"),
    ],
    # A list lead-in at the end of a line scopes the items below it.
    "Đến năm 2025:\n- Trồng 300 ha rừng;\n- Xây 3 trường học.": [
        _one("300", "ha", ">=", period="2025"),
        _one("3", "trường học", ">=", period="2025"),
    ],
    # A term naming the congress scopes nothing.
    "Đại hội Đảng bộ huyện lần thứ X, nhiệm kỳ 2025-2030 đề ra chỉ tiêu thu ngân sách 300 tỷ đồng.": [
        _one("300", "tỷ đồng", ">=", period=None)
    ],
}

REPORT_PERIODS = {
    "Từ đầu năm 2021 đến nay, trồng 300 ha rừng.": "từ đầu năm 2021 đến nay",
    "Ba năm qua trồng 300 ha rừng.": "ba năm qua",
    "Qua 5 năm trồng 300 ha rừng.": "qua 5 năm",
    "Nhiệm kỳ qua kết nạp 120 đảng viên.": "nhiệm kỳ qua",
    "Từ ngày 1/1/2024 đến ngày 30/6/2024 trồng 300 ha rừng.": "từ ngày 1/1/2024 đến ngày 30/6/2024",
}

# Indicators: list lead-ins, structures, and the words stripped from an indicator's ends.
INDICATORS = {
    # An elliptical item borrows the measure of the item before it.
    "Tỷ lệ hộ nghèo giảm còn 2%, cận nghèo 3%.": [
        _one("2", "%", "<=", indicator="Tỷ lệ hộ nghèo"),
        _one("3", "%", "<=", indicator="Tỷ lệ hộ nghèo cận nghèo"),
    ],
    "Tỷ lệ tăng dân số tự nhiên: 1,1%.": [
        _one("1.1", "%", "<=", change="increase", direction="lower", indicator="Tỷ lệ tăng dân số tự nhiên")
    ],
    # A glued name ("4G") is no number; the share after it is.
    "Mạng 4G phủ sóng 100% xã.": [_one("100", "%", ">=")],
    "Tỷ lệ trường đạt chuẩn: mầm non 70%, tiểu học 80%.": [
        _one("70", "%", ">=", indicator="Tỷ lệ trường đạt chuẩn mầm non"),
        _one("80", "%", ">=", indicator="Tỷ lệ trường đạt chuẩn tiểu học"),
    ],
    "Cơ cấu kinh tế: nông nghiệp 20%, công nghiệp 40%, dịch vụ 40%.": [
        _one("20", "%", "=", direction="exact", indicator="cơ cấu kinh tế: nông nghiệp"),
        _one("40", "%", "=", direction="exact", indicator="cơ cấu kinh tế: công nghiệp"),
        _one("40", "%", "=", direction="exact", indicator="cơ cấu kinh tế: dịch vụ"),
    ],
    "Cơ cấu lao động: nông nghiệp 30%, phi nông nghiệp 70%.": [
        _one("30", "%", "=", direction="exact", indicator="cơ cấu nông nghiệp"),
        _one("70", "%", "=", direction="exact", indicator="cơ cấu phi nông nghiệp"),
    ],
    "Tỷ trọng các ngành: công nghiệp 40%, dịch vụ 35%.": [
        _one("40", "%", "=", direction="exact", indicator="tỷ trọng công nghiệp"),
        _one("35", "%", "=", direction="exact", indicator="tỷ trọng dịch vụ"),
    ],
    # A list joined by dashes: the items share what the first one has.
    "Cơ cấu kinh tế nông nghiệp, công nghiệp, dịch vụ tương ứng 36,20% - 34,50% - 29,30%.": [
        _one(v, "%", "=", change=None, role="target", direction="exact", period=None)
        for v in ("36.20", "34.50", "29.30")
    ],
    "Tỷ lệ trẻ em được tiêm chủng, khám sức khỏe đạt 95%.": [
        _one("95", "%", ">=", indicator="Tỷ lệ trẻ em được tiêm chủng, khám sức khỏe")
    ],
    "Phấn đấu đạt 50% di tích được tu bổ.": [_one("50", "%", ">=", indicator="di tích được tu bổ")],
    "Trong đó, tỷ lệ hộ nghèo 2%.": [_one("2", "%", "<=", indicator="tỷ lệ hộ nghèo")],
    "Toàn huyện có 120 doanh nghiệp thành lập mới.": [
        _one("120", "doanh nghiệp", ">=", indicator="doanh nghiệp thành lập mới")
    ],
    "Ngoài ra, trồng mới 300 ha rừng.": [_one("300", "ha", ">=", indicator="trồng rừng")],
    "Đồng thời trồng mới 300 ha rừng.": [_one("300", "ha", ">=", indicator="trồng rừng")],
    "Đạ Tẻh phấn đấu tốc độ tăng trưởng đạt 9%.": [_one("9", "%", ">=", indicator="tốc độ tăng trưởng")],
    # Place names are no part of what is counted.
    "Xây dựng 3 trường học tại xã Minh Tiến.": [_one("3", "trường học", ">=", indicator="trường học xã")],
    "Phấn đấu xây dựng 3 nhà văn hóa cho thôn Bản Lầu.": [
        _one("3", "nhà văn hóa", ">=", indicator="nhà văn hóa thôn")
    ],
    # After a share, a capitalised name stays in the indicator; after a count it is left out.
    "Phấn đấu 95% người dân tham gia Bảo hiểm y tế.": [
        _one("95", "%", ">=", indicator="người dân tham gia Bảo hiểm y tế")
    ],
    "Xây dựng 3 nhà văn hóa Tân Lập.": [_one("3", "nhà văn hóa", ">=", indicator="nhà văn hóa")],
    "100% dân số đô thị được dùng nước sạch.": [
        _one("100", "%", ">=", indicator="dân số đô thị được dùng nước sạch")
    ],
    "Năm 2024 phấn đấu đạt 95% dân số tham gia bảo hiểm y tế và 60% lao động qua đào tạo.": [
        _one("95", "%", ">=", period="2024", indicator="dân số tham gia bảo hiểm y tế"),
        _one("60", "%", ">=", period="2024", indicator="lao động qua đào tạo"),
    ],
    "Số bác sĩ trên 10.000 dân đạt 13,5 bác sĩ.": [
        _one("13.5", "bác sĩ", ">=", indicator="Số bác sĩ trên 10.000 dân")
    ],
}

ALL = {**SPELLING, **UNITS, **COMPARATORS, **CHANGES, **REFERENCES, **ROLES, **DIRECTIONS, **PERIODS}
ALL.update(INDICATORS)


# Lines with no cue of their role, whose rows judge a unit, a change or a period as a plan would state them: they are
# read as a line of a plan, told so. Told nothing, a lone line takes the prior learned from the dev split, which
# reads most of them, short and cue-less, as a report's (``test_kind_prior.py``).
PLAN_LINES = {
    "Xây dựng 12 km đường giao thông nông thôn.",
    "Tiêm 30.000 liều vắc xin.",
    "Thu hút 25.500 lượt tổ công tác.",
    "Thu nhập bình quân đạt 60 triệu đồng/người/năm.",
    "Thu ngân sách tăng 50 tỷ đồng, tức là 8%.",
    "Thu ngân sách tăng 10% so với năm liền trước.",
    "9 tháng, thu ngân sách 90 tỷ đồng.",
    "Tháng 5, thu ngân sách 12 tỷ đồng.",
    "Tháng 7/2024 trồng 300 ha rừng.",
    "Tỷ lệ tăng dân số tự nhiên: 1,1%.",
}


def _kind_of(sentence: str) -> str | None:
    return "plan" if sentence in PLAN_LINES else None


@pytest.mark.parametrize("sentence", list(ALL))
def test_a_sentence_gives_the_targets_the_rules_read_in_it(sentence: str) -> None:
    _check(sentence, ALL[sentence], _kind_of(sentence))


def test_the_plan_lines_are_rows_of_the_table() -> None:
    assert PLAN_LINES <= ALL.keys()


@pytest.mark.parametrize(
    ("sentence", "basis"),
    [
        # A change in "%" of a rate is in points, of an amount relative; "tỉ lệ" is "tỷ lệ".
        ("Tỉ lệ hộ nghèo giảm 1,5%.", "points"),
        ("TỈ LỆ HỘ NGHÈO GIẢM 1,5%.", "points"),
        ("Thu ngân sách tăng 10% so với cùng kỳ.", "relative"),
        ("Thu ngân sách đạt 500 tỷ đồng.", None),
    ],
)
def test_a_change_in_percent_says_whether_it_is_in_points(sentence: str, basis: str | None) -> None:
    assert [t.basis for t in find_targets(sentence)] == [basis]


def test_a_ratio_with_a_scale_word_gives_the_amount_done() -> None:
    (t,) = find_targets("Giá trị sản xuất đạt 1.809,5/75 triệu đồng.", kind="report")
    assert (t.value, t.unit, t.role) == (Decimal("1809.5"), "triệu đồng", "actual")


@pytest.mark.parametrize("sentence", list(REPORT_PERIODS))
def test_a_report_window_looked_back_on_is_kept_as_written(sentence: str) -> None:
    (t,) = _read(sentence, kind="report")
    assert (t["period"], t["role"]) == (REPORT_PERIODS[sentence], "actual")


# Numbers that are no target: ordinals and names, stocks and sizes of the place, votes, suppositions,
# parts of a body, counts of indicators, frequencies in a definition, prices.
NO_TARGET = [
    "Huyện hiện có 2.106 ha rừng.",
    "Khu công nghiệp 220 ha đã lấp đầy.",
    "Có 98% đại biểu biểu quyết tán thành.",
    "Nghị quyết được 45 phiếu bầu.",
    "Nếu mỗi năm giảm được 5% thì đạt mục tiêu.",
    "Giả sử tăng 10% thì thu ngân sách đạt 500 tỷ đồng.",
    "Dân số hơn 100.000 người.",
    "Dân số xấp xỉ 100.000 người.",
    "Tổng diện tích tự nhiên 5.000 ha.",
    "Đảng bộ có 12 chi bộ trực thuộc.",
    "Có 25 đơn vị hành chính, gồm 22 xã và 3 thị trấn.",
    "Giải quyết trong thời hạn 15 ngày.",
    "Có 25 chỉ tiêu chủ yếu.",
    "Mỗi xã có 2 buổi/tuần sinh hoạt.",
    "Giá lúa 7.500 đồng/kg.",
    "Tỉnh đứng thứ 5 cả nước.",
    "Đảm bảo 60 lít/người/ngày nước sạch.",
    "Sản xuất 2 vụ lúa/năm.",
]


@pytest.mark.parametrize("sentence", NO_TARGET)
def test_a_number_that_only_describes_is_no_target(sentence: str) -> None:
    assert find_targets(sentence) == []


KEPT = [
    # An ordinal, a grade, an anniversary, a road, an annex, a whole counted from: only the other number.
    ("Đại hội lần thứ 15 đề ra chỉ tiêu trồng 300 ha rừng.", "300"),
    ("Xếp loại 1 có 30 đơn vị.", "30"),
    ("Kỷ niệm 50 năm ngày thành lập, trồng 300 cây xanh.", "300"),
    ("Quốc lộ 14 được nâng cấp 20 km.", "20"),
    ("Theo Phụ lục 3, trồng 300 ha rừng.", "300"),
    ("Trong số 34 tỉnh, có 6 tỉnh đạt chuẩn.", "6"),
    ("Trong tổng số 200 hộ, có 50 hộ thoát nghèo.", "50"),
    ("Trồng 30 cây trên 1 ha.", "30"),
    # Criteria: an average reached is kept, a count that defines a group is not.
    ("Bình quân đạt 16 tiêu chí/xã.", "16"),
    ("Bình quân đạt 16,68 tiêu chí/xã.", "16.68"),
    # A number inside the indicator's definition is no target ("hộ dùng 60 lít nước sạch").
    ("Tỷ lệ hộ dùng 60 lít nước sạch đạt 95%.", "95"),
    # Durations and ages count where the indicator measures time.
    ("Số năm sống khỏe là 67 năm.", "67"),
    ("Tuổi thọ trung bình đạt 75 tuổi.", "75"),
]


@pytest.mark.parametrize(("sentence", "kept"), KEPT)
def test_only_the_measured_number_of_a_sentence_is_kept(sentence: str, kept: str) -> None:
    assert [t.value for t in find_targets(sentence)] == [Decimal(kept)]


def test_a_lexicon_compiled_afresh_reads_every_sentence_alike(fresh_lexicon: None) -> None:
    for sentence, want in ALL.items():
        _check(sentence, want, _kind_of(sentence))
    for sentence, period in REPORT_PERIODS.items():
        assert [t["period"] for t in _read(sentence, kind="report")] == [period]
    for sentence in NO_TARGET:
        assert find_targets(sentence) == [], sentence
    for sentence, kept in KEPT:
        assert [t.value for t in find_targets(sentence)] == [Decimal(kept)], sentence
    assert lexicon.cache_info().misses == 1


def test_what_exists_already_is_no_planned_value() -> None:
    # In a plan, "15 sản phẩm đã được chứng nhận" tells what there is; in a report it is a result.
    assert find_targets("Phấn đấu có 15 sản phẩm OCOP.")[0].value == 15
    assert find_targets("Phấn đấu có 15 sản phẩm đã được chứng nhận.") == []
    assert find_targets("Phấn đấu có 15 sản phẩm đã có thương hiệu.") == []
    (t,) = find_targets("Có 15 sản phẩm đã được chứng nhận.", kind="report")
    assert (t.value, t.role) == (15, "actual")


# The lexicon compiler: a broken file says which key is wrong.
def _minimal() -> dict[str, Any]:
    import tomllib
    from importlib import resources

    raw = resources.files("trongtam.core.extraction.targets").joinpath("lexicon.toml").read_text("utf-8")
    return tomllib.loads(raw)


@pytest.mark.parametrize(
    ("path", "message"),
    [
        (("units", "scales"), "lexicon.toml: missing key units.scales"),
        (("comparators", ">="), "lexicon.toml: missing key comparators.>="),
        (("negative", "population"), "lexicon.toml: missing key negative.population"),
    ],
)
def test_a_missing_key_of_the_lexicon_is_named(path: tuple[str, str], message: str) -> None:
    data = _minimal()
    del data[path[0]][path[1]]
    with pytest.raises(RuleSetError) as err:
        compile_lexicon(data)
    assert str(err.value) == message


def test_a_key_that_is_no_list_of_strings_is_named() -> None:
    data = _minimal()
    data["units"]["scales"] = ["nghìn", 3]
    with pytest.raises(RuleSetError) as err:
        compile_lexicon(data)
    assert str(err.value) == "lexicon.toml: units.scales must be a list of strings"
    data["units"]["scales"] = "nghìn"
    with pytest.raises(RuleSetError, match="must be a list of strings"):
        compile_lexicon(data)


def test_a_section_that_is_no_table_is_named() -> None:
    data = _minimal()
    data["units"] = ["nghìn"]
    with pytest.raises(RuleSetError) as err:
        compile_lexicon(data)
    assert str(err.value) == "lexicon.toml: missing key units.counted"


def test_spelling_must_be_a_table_of_same_length_rewrites() -> None:
    data = _minimal()
    data["spelling"] = ["tỉ lệ"]
    with pytest.raises(RuleSetError) as err:
        compile_lexicon(data)
    assert str(err.value) == "lexicon.toml: [spelling] must be a table"
    data["spelling"] = {"tỉ": "tỷ lệ"}
    with pytest.raises(RuleSetError) as err:
        compile_lexicon(data)
    assert str(err.value) == "lexicon.toml: spelling 'tỉ' → 'tỷ lệ' must keep the length"


def test_without_spelling_rewrites_the_text_is_read_as_written() -> None:
    data = _minimal()
    del data["spelling"]
    lx = compile_lexicon(data)
    assert lx.spelling is None and lx.spelling_map == {}
    assert lx.unit_kind["xã"] == "counted"


def test_a_lexicon_phrase_is_read_whatever_its_case_tones_and_spaces() -> None:
    data = _minimal()
    data["units"]["counted"].append("Nhà  Văn Hoá  cộng đồng")
    lx = compile_lexicon(data)
    assert lx.unit_kind["nhà văn hóa cộng đồng"] == "counted"


def test_phrases_match_whole_words_longest_first_and_any_spaces() -> None:
    assert alternation(["tăng", "Tăng thêm", "", "tăng"]) == r"tăng\s+thêm|tăng"
    assert phrase_re(["tăng"]).search("tăng  cường") is not None
    assert phrase_re(["tăng"]).search("tăngx") is None
    assert phrase_re(["tăng"]).search("xtăng") is None
    assert phrase_re(["tăng thêm"]).search("đã tăng   thêm").group(0) == "tăng   thêm"  # type: ignore[union-attr]
    assert ending_re(["trở lên"]).search("500 lao động trở lên  ") is not None
    assert ending_re(["trở lên"]).search("500 lao động trở lên nữa") is None
    assert ending_re(["lên"]).search("trở xlên") is None
    assert starting_re(["trở lên"]).match("  trở lên.") is not None
    assert starting_re(["trở lên"]).match(" trở lênh") is None
    assert starting_re(["trở lên"]).match("x trở lên") is None
