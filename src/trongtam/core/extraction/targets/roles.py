"""Role: whether a number is a planned target or a reported result, from its clause's own cues first."""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from typing import Literal

from trongtam.core.extraction.targets._common import _ROLE_WINDOW, _SPACES, _W, RATE_UNITS, _last_match
from trongtam.core.extraction.targets.lexicon import Lexicon
from trongtam.core.extraction.targets.scan import (
    Boundaries,
    Number,
    is_aligned_cell,
    is_column_cell,
    is_table_cell,
    line_bounds,
    row_numbers,
)
from trongtam.core.letter import Role

_DUOC_BEFORE = re.compile(rf"[{_W}]+\s+được\s+(?:(?:khoảng|hơn|trên|gần|thêm)\s+)?$")

_PAREN_AFTER_PLAN = re.compile(
    rf"(?<![{_W}])(?:kế\s+hoạch|nghị\s+quyết|chỉ\s+tiêu|mục\s+tiêu|kh|nq)(?![{_W}])[^(),;\n]{{0,25}}\(\s*$"
)

# "đạt 105% chỉ tiêu kế hoạch": the whole run of plan words names what the result is measured against.
_PCT_PLAN = re.compile(
    rf"%\s*(?:so\s+với\s+)?(?:(?:kế\s+hoạch|nghị\s+quyết|chỉ\s+tiêu|mục\s+tiêu|dự\s+toán|kh|nq)(?![{_W}])\s*)+"
)

# "bằng 98,5% cùng kỳ", "gấp 1,5 lần cùng kỳ năm trước": the same period right after the number, "so với" left out.
_SAME_PERIOD_AFTER = re.compile(
    rf"(?:[^,;.()\n]{{0,20}}?(?<![{_W}])so(?:\s+với)?\s+|[ \t]*)cùng\s+kỳ(?![{_W}])"
)

# "so với cùng kỳ" earlier in the sentence: the sentence tells results ("giảm cả 3 tiêu chí so với cùng
# kỳ: giảm 66 người chết …"); a plan compares with a year, not with the same period.
_SAME_PERIOD_BEFORE = re.compile(rf"(?<![{_W}])so(?:\s+với)?\s+cùng\s+kỳ(?![{_W}])")
# Any comparison with the same period, "so với cùng kỳ", "thấp hơn cùng kỳ", "(cùng kỳ tăng 7,66%)": a report's habit.
_SAME_PERIOD_ANY = re.compile(rf"(?<![{_W}])cùng\s+kỳ(?![{_W}])")

# A result's own words before "100% kế hoạch" ("đã hoàn thành 100% kế hoạch", "ước đạt 100% kế hoạch").
_FULL_PLAN_DONE = re.compile(rf"(?<![{_W}])(?:đã|ước|vừa|được)(?![{_W}])")
_PCT_OF_PLAN_AFTER = re.compile(rf"\s*(?:so\s+với\s+)?(?:kế\s+hoạch|dự\s+toán|nghị\s+quyết|kh|nq)(?![{_W}])")

# A count given with its share of the whole ("có 1.068 hộ nghèo, chiếm tỷ lệ 22,11%", "đạt 4.325 ha, bằng 125,8%"):
# a level measured, not one aimed at.
_SHARE_OF_WHOLE_AFTER = re.compile(
    r"[^\d;:.()\n]{0,30}?(?:,\s*|\s*\(\s*)(?:chiếm|bằng)\s+(?:t[ỷỉ]\s+lệ\s+)?"
    r"(?:(?:khoảng|gần|hơn|trên)\s+)?\d[\d.,]*\s*%"
)
_PCT_OF_TARGET_AFTER = re.compile(rf"\s*(?:so\s+với\s+)?(?:chỉ\s+tiêu|mục\s+tiêu)(?![{_W}])")

_RESULT_VERB_AFTER = re.compile(
    rf"\s*(?:đã\s+)?(?:đạt|vượt|hoàn\s+thành|chưa\s+đạt|không\s+đạt|gần\s+đạt|cơ\s+bản\s+đạt|có\s+khả\s+năng)(?![{_W}])"
)

# "đã thực hiện vượt 9 chỉ tiêu, đạt 13 chỉ tiêu": indicators counted right after the verb telling how they ended.
_RESULT_VERB_BEFORE = re.compile(
    rf"(?<![{_W}])(?:đạt\s+được|hoàn\s+thành|thực\s+hiện\s+được|đạt\s+và\s+vượt|(?:thực\s+hiện\s+)?(?:vượt|đạt))\s*$"
)

_COUNTED_CUE = re.compile(rf"\d[\d.,/]*\s*(?:chỉ\s+tiêu|mục\s+tiêu|kế\s+hoạch)(?![{_W}])")

_RESULT_AFTER = re.compile(
    rf"[^,;.()\n]*?(?<![{_W}])(?:đạt\s+và\s+vượt|chưa\s+đạt|không\s+đạt|vượt\s+kế\s+hoạch)(?![{_W}])"
)
# "đạt 71.912 tấn/ kế hoạch 67.150 tấn": a result written over the plan it is measured against.
_OVER_PLAN_AFTER = re.compile(rf"\s*/\s*(?:kế\s+hoạch|kh|chỉ\s+tiêu|dự\s+toán|nghị\s+quyết|nq)(?![{_W}])")
# "thu ngân sách 12 tỷ đồng (kế hoạch 11 tỷ đồng)", "trồng 320 ha rừng (KH: 300 ha)": the plan's value quoted in
# brackets right after a number (and the few words naming it) is what it is set against: the number is the result.
_PLAN_IN_PARENS_AFTER = re.compile(
    rf"(?:\s+[{_W}]+){{0,3}}\s*\(\s*(?:kế\s+hoạch|kh|chỉ\s+tiêu|dự\s+toán|nghị\s+quyết|nq)(?![{_W}])"
    rf"(?:\s+(?:năm\s+(?:19|20)\d\d|giao|đề\s+ra|được\s+giao))?\s*(?:là\s+|:\s*)?"
    rf"(?:(?:tăng|giảm|khoảng|trên|hơn|từ)\s+)?\d"
)
# "… đạt 8,2%/năm, vượt chỉ tiêu Nghị quyết": the next clause measures this number against the plan.
_RESULT_NEXT = re.compile(
    rf"[^,;.()\n]{{0,40}}?,\s*(?:(?:và|đã)\s+)?(?:đạt\s+và\s+vượt|vượt|hoàn\s+thành|chưa\s+đạt|không\s+đạt)\s+"
    # "…, vượt 5 xã so với kế hoạch": the excess in the number's own unit before the plan
    rf"(?:\d[\d.,]*\s*[^\d,;.()%\n]{{0,20}}?\s*so\s+(?:với\s+)?)?"
    rf"(?:(?:các|mức)\s+)?(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu|nghị\s+quyết|dự\s+toán|kh|nq)(?![{_W}])"
)
# "Năm 2023, kế hoạch giao trồng 500 ha rừng, thực hiện 520 ha": a clause opened by "thực hiện" after the plan given
# earlier in its sentence tells what was done against it.
_DONE_AFTER_PLAN_END = re.compile(r"[,;]\s*thực\s+hiện\s+(?:(?:khoảng|hơn|trên|gần)\s+)?$")
_PLAN_GIVEN = re.compile(
    rf"(?<![{_W}])(?:kế\s+hoạch|chỉ\s+tiêu|dự\s+toán|nghị\s+quyết|kh)(?:\s+[{_W}]+){{0,3}}\s+giao(?![{_W}])"
    rf"|(?<![{_W}])giao\s+(?:kế\s+hoạch|chỉ\s+tiêu|dự\s+toán)(?![{_W}])"
)
# "vượt 5 xã so với kế hoạch": how far a result passed the plan, in its own unit.
_VUOT_END = re.compile(rf"(?<![{_W}])vượt\s+(?:(?:khoảng|hơn|trên|gần)\s+)?$")
_EXCESS_OVER_PLAN = re.compile(
    rf"\s*so\s+(?:với\s+)?(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu|nghị\s+quyết|dự\s+toán|kh|nq)(?![{_W}])"
)
# … also when a few words say what the excess is of, or a second excess stands between ("vượt 6% về việc, vượt 17% về
# tiền so với chỉ tiêu giao").
_EXCESS_NAMED_OVER_PLAN = re.compile(
    rf"(?:\s+[{_W}]+){{1,3}}(?:\s*,\s*vượt\s+\d[\d.,]*\s*%?(?:\s+[{_W}]+){{0,3}})?{_EXCESS_OVER_PLAN.pattern}"
)
# "Dự kiến năm 2024 thu ngân sách đạt 450 tỷ đồng, vượt 12% dự toán" / ", bằng 105% kế hoạch": a share of the plan
# (or how far past it) in the next clause measures the number too, unless a plan verb governs it.
_RESULT_NEXT_PCT = re.compile(
    rf"[^,;.()\n]{{0,40}}?,\s*(?:(?:và|đã)\s+)?(?:đạt|vượt|bằng)\s+(?:(?:khoảng|hơn|trên|gần)\s+)?\d[\d.,]*\s*%\s*"
    rf"(?:so\s+với\s+)?(?:chỉ\s+tiêu|kế\s+hoạch|nghị\s+quyết|dự\s+toán|kh|nq)(?![{_W}])"
)

# A verb of aiming right before "đạt chỉ tiêu N%" makes N the level aimed at, not a share of the plan reached.
_PLAN_VERB_END = re.compile(rf"(?<![{_W}])(?:phấn\s+đấu|cần|phải|sẽ|nhằm)\s+$")
# "Diện tích lúa nương kế hoạch giao 270 ha thực hiện được 236 ha": the number right after the plan that was handed
# down ("kế hoạch giao", "KH giao", "chỉ tiêu được giao") is that plan's own value, unless a comparison verb comes
# before the plan noun ("vượt kế hoạch giao 12 ha" is how far a result passed it).
# "đạt 3.751 tấn/KH 67.000 tấn": the plan written after the result's slash.
_PLAN_AFTER_SLASH_END = re.compile(
    rf"/\s*(?:kế\s+hoạch|kh|chỉ\s+tiêu|dự\s+toán|nghị\s+quyết|nq)(?![{_W}])\s*:?\s*(?:là\s+)?$"
)
# "(đạt 52,4% chỉ tiêu tỉnh giao 240ha)": who gave the plan may stand between the plan word and "giao".
_PLAN_GIVEN_END = re.compile(
    rf"(?<![{_W}])(?:(?:vượt|đạt|so\s+với|bằng|hoàn\s+thành|thấp\s+hơn|cao\s+hơn)\s+)?(?:kế\s+hoạch|kh|chỉ\s+tiêu)\s+"
    rf"(?:được\s+)?(?:(?:tỉnh|huyện|thành\s+phố|trung\s+ương|cấp\s+trên|xã|thị\s+xã)\s+)?giao"
    rf"\s+(?:(?:là|từ|trên|khoảng|hơn|tối\s+thiểu|ít\s+nhất)\s+)?$"
)
# "Đến 30/6/2023, cả nước có 6.022/8.177 xã …": a sentence counting up to a day already named is a report's tally; a
# plan sets a year ("đến năm 2025") or says it aims ("phấn đấu đến 31/12 …").
_DATED_CUTOFF_LEAD = re.compile(
    rf"(?<![{_W}])(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?\d{{1,2}}\s*[/.\-]\s*\d{{1,2}}\s*[/.\-]\s*(?:19|20)\d\d\s*,"
)


# "38/37 đồng chí được kết nạp", "đạt 11/10 chỉ tiêu": more than the whole of what was set is a result, as a
# share over 100% is; nobody plans past the plan. "20.000/1.700 người" (two plans side by side) is no share: a whole
# passed is passed by a little.
def _over_whole(num: Number) -> bool:
    return num.is_ratio and num.whole is not None and num.whole < num.value <= 2 * num.whole


# A share worked out from its counts with an equals sign: "5 /424 trẻ = 1,2 %", "113/124 = 91,1%".
_COMPUTED_SHARE_BEFORE = re.compile(
    r"\d[\d.,]*[ \t]*/[ \t]*\d[\d.,]*[ \t]*[^\W\d_]*(?:[ \t]+[^\W\d_]+)?[ \t]*=[ \t]*$"
)
_COMPUTED_SHARE_AFTER = re.compile(
    r"[ \t]*/[ \t]*\d[\d.,]*[ \t]*[^\W\d_]*(?:[ \t]+[^\W\d_]+)?[ \t]*=[ \t]*\d"
)


# "ít nhất đạt 85%", "đạt tối thiểu 40%", "không quá 5 ngày": a floor or a ceiling set on the value is a requirement
# (a plan, a criterion, a norm); a result is measured to a point, so it says how far it got, not how far it must.
_REQUIRED_BOUND_END = re.compile(
    rf"(?<![{_W}])(?:ít\s+nhất|tối\s+thiểu|không\s+(?:dưới|thấp\s+hơn|ít\s+hơn|quá|vượt\s+quá|cao\s+hơn))"
    rf"\s+(?:(?:phải\s+)?đạt\s+|là\s+|(?:ở\s+)?mức\s+)?(?:từ\s+)?$"
)
# "góp phần hoàn thành chỉ tiêu GRDP tăng trưởng 8%": a purpose names the plan's own value after the plan noun.
# "… đầu tư cơ sở vật chất để đảm bảo các điều kiện dạy học.": a plan word after "để"/"nhằm" with no number after it
# in its sentence gives the purpose of something done; it plans no number of the sentences around it.
_PURPOSE_LEAD = re.compile(rf"(?<![{_W}])(?:để|nhằm)\s+$")


def _purpose_only(key: str, b: Boundaries, at: int, end: int) -> bool:
    """The plan word at ``at``..``end`` follows "để"/"nhằm" and no digit follows it in its sentence."""
    if not _PURPOSE_LEAD.search(key, max(0, at - 8), at):
        return False
    se = b.end_of(b.sentences, end, b.n)
    return not any(ch.isdigit() for ch in key[end:se])


# A bracket opened by the plan, before its value: "(KH ", "(kế hoạch năm 2024 là ", "(kế hoạch đầu năm ", "(mục tiêu ".
_PLAN_OPENS_PAREN_END = re.compile(
    r"\(\s*(?:kh|kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu|nq|nghị\s+quyết|dự\s+toán)"
    r"(?:\s+(?:(?:đầu\s+)?năm(?:\s+(?:19|20)\d\d)?|giao|đề\s+ra|được\s+giao))?"
    r"\s*:?\s*(?:là\s+)?(?:(?:từ|khoảng|trên|dưới|hơn)\s+)?$"
)
# An amount, then what it is for: "… 850 triệu đồng để xây dựng ", "… 300 triệu đồng nhằm hỗ trợ ".
_PURPOSE_OF_AMOUNT_END = re.compile(
    rf"\d\s*(?:tỷ|tỉ|triệu|nghìn|ngàn)?\s*(?:đồng|đ)(?![{_W}])[^\d;:.()\n]{{0,30}}?(?<![{_W}])(?:để|nhằm)\s+"
    rf"(?:[^\W\d_]+\s+){{1,4}}(?:(?:cho|gần|hơn|trên|khoảng)\s+)?$"
)
_DOSSIER_ASKS_END = re.compile(
    rf"(?<![{_W}])hồ\s+sơ\s+(?:đề\s+nghị|xin)\s+(?:hỗ\s+trợ|cấp|vay)\s+(?:[^\W\d_]+\s+){{0,5}}(?:[^\d;:.()\n]{{0,60}}?(?<![{_W}])trị\s+giá\s+)?"
    rf"(?:(?:gần|hơn|trên|khoảng)\s+)?$"
)
_PURPOSE_END = re.compile(rf"(?<![{_W}])(?:góp\s+phần|nhằm|để|phấn\s+đấu|quyết\s+tâm)\s+$")
# "Thanh Hóa đã đạt mục tiêu đưa điện lưới quốc gia đến 27/27 huyện": the aim told as already reached.
_DONE_END = re.compile(rf"(?<![{_W}])(?:đã|vừa)\s+$")
_YEAR_SPAN = re.compile(
    rf"(?<![{_W}])từ\s+(?:năm\s+)?(?:19|20)\d{{2}}\s*(?:đến|tới)\s+(?:hết\s+)?năm(?![{_W}])"
)
# "Trong nhiệm kỳ qua 2015-2020, … vận động người dân mua bảo hiểm y tế đến năm 2019 đạt 96,6%": a year inside a
# term the text looked back on before it is a cut-off of that term, no deadline ahead.
_LOOKED_BACK_TERM = re.compile(
    rf"(?<![{_W}])(?:nhiệm\s+kỳ|giai\s+đoạn)\s+(?:vừa\s+)?qua\s*\(?\s*((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)"
)
_UP_TO_YEAR = re.compile(rf"(?<![{_W}])đến\s+(?:hết\s+)?năm\s+((?:19|20)\d\d)(?![{_W}])")


@functools.lru_cache(maxsize=8)
def _looked_back_terms(key: str) -> tuple[tuple[int, int, int], ...]:
    """The terms the text looks back on, read once a text: (start, first year, last year)."""
    return tuple((m.start(), int(m.group(1)), int(m.group(2))) for m in _LOOKED_BACK_TERM.finditer(key))


# A level given at a year, then "đến năm" a later one: two levels of one series, the second no deadline.
_LEVELS_SPAN = re.compile(
    rf"(?<![{_W}])năm\s+(?:19|20)\d{{2}}\s+(?:là|đạt|có)\s+\d[\d.,]*[^,;.()\n\d]{{0,20}}?((?:đến|tới)\s+năm)(?![{_W}])"
)
# "đến năm 2000 mới có 14,5%", "đến năm 2020 vẫn chỉ đạt 60%": only by that year, a level looked back on, no deadline.
_ONLY_BY_YEAR = re.compile(
    rf"(?<![{_W}])(?:đến|tới)\s+năm(?=\s+(?:19|20)\d\d\s*,?\s*(?:mới|vẫn\s+chỉ|chỉ)\s)"
)
_PLAN_VERB = re.compile(
    # "mục tiêu … là phải hoàn thành các chỉ tiêu như: …": what must be done is an aim.
    rf"(?<![{_W}])(?:phấn\s+đấu|sẽ|đặt\s+mục\s+tiêu|hướng\s+tới|cần\s+đạt|phải\s+đạt|kịch\s+bản|"
    rf"(?<!gặp\s)(?:phải|cần)\s+hoàn\s+thành|"
    rf"(?<!tính\s)(?:đến|tới)\s+năm(?!\s+(?:19|20)\d\d\s*,?\s*(?:mới|vẫn\s+chỉ|chỉ)\s))(?![{_W}])"
)
# The words of a result that a plan verb right before makes the aim ("phấn đấu thực hiện đạt và vượt chỉ tiêu").
# (a comparison with the plan masked between leaves "thực hiện … được" of "thực hiện đạt và vượt chỉ tiêu được … giao")
_AIMED_RESULT_WORDS = frozenset(
    {"đạt và vượt", "thực hiện đạt", "hoàn thành", "đạt", "thực hiện", "hiện", "thực hiện được"}
)
# "phấn đấu đạt chuẩn thêm 2/19 tiêu chí": a count right after a plan verb (no "hoàn thành đạt và vượt" between).
_AIMED_COUNT = re.compile(
    # "phấn đấu hoàn thành đạt và vượt 18/18 chỉ tiêu": the indicators to be reached are aimed at too.
    # ("nỗ lực phấn đấu hoàn thành đạt và vượt 7/7 chỉ tiêu" looks back on the effort made: a result)
    rf"(?<![{_W}])(?<!nỗ\slực\s)(?:phấn\s+đấu|sẽ|đặt\s+mục\s+tiêu)\s+(?:hoàn\s+thành\s+)?(?:đạt(?:\s+chuẩn|\s+và\s+vượt)?\s+)?"
    rf"(?:thêm\s+)?(?:từ\s+)?$"
)
_PLAN_VALUE_LEAD = re.compile(
    r"\s*(?:(?:từ\s+)?(?:đầu|cuối)\s+)?(?:năm\s+(?:(?:19|20)\d{2}|nay)\s*)?(?:là|:)\s*"
)
_EARLIER_PERIOD = re.compile(
    rf"(?<![{_W}])so\s+với\s+(?:(?:năm\s+(?:học\s+)?)(?:trước|ngoái|(?:19|20)\d{{2}})"
    # "tăng hơn so với tháng trước 3 cháu", "so với quý trước": a month or a quarter looked back on, as a year.
    rf"|(?:tháng|quý|tuần|học\s+kỳ|vụ|kỳ|nhiệm\s+kỳ|giai\s+đoạn|đợt)\s+(?:trước|liền\s+kề)"
    # "so với tháng 7/2024", "so với quý II/2024", "so với vụ Đông Xuân 2023-2024", "so với Tết Giáp Thìn 2024", "so với
    # đầu năm", "so với đầu giai đoạn": a level looked back on, named by its date or its start.
    rf"|(?:tháng|quý|vụ|tết|đợt)\s+[^\d;:.()\n]{{0,20}}?(?:\d{{1,2}}\s*/\s*)?(?:19|20)\d\d"
    rf"|(?:đầu|cuối)\s+(?:năm|kỳ|nhiệm\s+kỳ|giai\s+đoạn))(?![{_W}])"
)
# "giảm mạnh từ mức rất cao 3,9% … xuống còn 1,03%": the starting level may be named as a level ("mức"), graded.
_TU_END = re.compile(rf"(?<![{_W}])từ(?:\s+mức(?:\s+(?:rất\s+|khá\s+)?(?:cao|thấp))?)?\s*$")

# "từ 14,65% lên 24,14%": the level a change starts from has been reached already.
# "từ 3.552 USD năm 2020 lên hơn 5.000 USD": the starting year may be written (in brackets too: "từ 5% (năm
# 2016) xuống còn 3,04%"), the new level bounded, and the level restated as a share on the way ("giảm từ 3.500 hộ,
# chiếm 10,5% xuống còn 2.900 hộ").
_TO_LEVEL_AFTER = re.compile(
    r"\s*(?:\(\s*(?:năm\s+)?(?:19|20)\d{2}\s*\)\s*)?(?:(?:vào\s+)?(?:(?:cuối|đầu)\s+)?năm\s+(?:19|20)\d{2}\s*)?"
    r"(?:,?\s*\(?\s*(?:chiếm(?:\s+tỷ\s+lệ)?|tỷ\s+lệ|bằng|tương\s+ứng(?:\s+với)?)\s+\d[\d.,]*\s*%\s*\)?)?"
    r",?\s*(?:lên|xuống)"
    r"(?:\s+(?:còn|mức|khoảng|hơn|trên|gần))*\s+\d"
)


def starting_level(num: Number, key: str, b: Boundaries) -> bool:
    """The number is the level a change starts from ("giảm số hộ nghèo từ 28 hộ xuống còn 23 hộ").

    It has been reached already (a result), but it does not pass its role on to the level aimed at or to the
    numbers after it (a plan states where it starts from as often as a report does).
    """
    if num.value_max is not None:
        return False
    ss = max(b.start_of(b.segments, num.start), num.start - 30)
    if _TU_END.search(key, ss, num.start) is None:
        return False
    return _TO_LEVEL_AFTER.match(key, num.unit_end) is not None or (
        # "tỷ lệ hộ nghèo còn 3,15%, giảm từ 5,42% cuối năm 2022.": the level it fell from, dated, the clause ending there
        _CHANGED_FROM_END.search(key, ss, num.start) is not None
        and _DATED_END_AFTER.match(key, num.unit_end) is not None
    )


_CHANGED_FROM_END = re.compile(
    rf"(?<![{_W}])(?:giảm|tăng)(?:\s+(?:mạnh|nhanh|dần|được|đáng\s+kể))?\s+từ(?:\s+mức)?\s*$"
)
_DATED_END_AFTER = re.compile(
    r"\s*\(?\s*(?:vào\s+)?(?:(?:(?:cuối|đầu)\s+)?năm\s+(?:19|20)\d{2}"
    r"|(?:cuối|đầu)\s+(?:năm|kỳ|nhiệm\s+kỳ|giai\s+đoạn)(?:\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)?)"
    r"\s*\)?\s*(?:[.;,\n]|$)"
)


def _votes(
    numbers: list[Number], key: str, b: Boundaries, lx: Lexicon
) -> tuple[Literal["plan", "report"], dict[int, Role]]:
    """The text's own prior (the role most of its cued numbers have) and each sentence's majority.

    Only numbers whose own clause carries a cue vote; a tie (or no cue at all) reads as a plan,
    after the cue words of the whole text have had their say.
    """
    votes = {"target": 0, "actual": 0}
    per_sentence: dict[int, dict[str, int]] = {}
    quotes: list[tuple[int, int]] = []
    for num in numbers:
        ss = b.start_of(b.sentences, num.start)
        if plan_quote(num, key, b):
            cs = b.start_of(b.iclauses, num.start)
            quotes.append((cs, num.start))
            if _CONTRAST.search(key, cs, num.start):
                # "…đạt 79 triệu USD, trong khi kế hoạch là 65 triệu USD": set against the plan, the
                # sentence reports.
                votes["actual"] += 1
                sv = per_sentence.setdefault(ss, {"target": 0, "actual": 0})
                sv["actual"] += 1
            continue
        if key.rfind("(", ss, num.start) > key.rfind(")", ss, num.start):
            continue  # an aside "(chỉ tiêu kế hoạch là 3,88%)" says nothing of the numbers around it
        role, decided = _role(num, key, b, lx, "plan", {})
        if decided:
            votes[role] += 1
            sv = per_sentence.setdefault(ss, {"target": 0, "actual": 0})
            sv[role] += 1
    by_sentence: dict[int, Role] = {
        ss: ("actual" if sv["actual"] > sv["target"] else "target")
        for ss, sv in per_sentence.items()
        if sv["actual"] != sv["target"]
    }
    b.roles.cued_roles = by_sentence
    b.roles.plans_year = {}
    # The text's cue words, with comparisons with the plan, deadlines that are none and quoted plans masked.
    masked = lx.plan_comparison.sub(lambda m: " " * len(m.group(0)), key)
    masked = _ONLY_BY_YEAR.sub(lambda m: " " * len(m.group(0)), masked)  # "đến năm 2000 mới có": no deadline
    for qs, qe in quotes:  # the words of a quoted plan are the plan's, not the text's
        masked = masked[:qs] + " " * (qe - qs) + masked[qe:]
    # A sentence opened by the year or the window it tells of ("Năm 2024, huyện đón …") breaks a tie below; when it
    # says what was reached ("Năm 2024, tỷ lệ đô thị hóa đạt 38,6%") it gives its own numbers their role, as cued
    # numbers give theirs.
    told = _told_leads(masked, b, lx)
    for at in told:
        if _REACHED_VERB.search(key, at, b.end_of(b.segments, at, b.n)):
            by_sentence.setdefault(b.start_of(b.sentences, at), "actual")
    if votes["actual"] == votes["target"]:
        # No cued number decides: the cue words of the whole text do ("đã", "ước đạt" … "phấn đấu" …).
        said: tuple[str, int] | None = None  # the last cue word counted and the clause it stood in
        for m in lx.role_cue.finditer(masked):
            word = _SPACES.sub(" ", m.group(0))
            kind_of = lx.role_kind.get(word)
            if word == "hiện" and (
                _DOING.match(masked, max(0, m.start() - 5), m.end()) or _NOT_NOW_AFTER.match(masked, m.end())
            ):
                continue  # "thực hiện" is carrying out, "hiện đại" modern, "giá hiện hành" current prices: no "now"
            cs = b.start_of(b.iclauses, m.start())
            if kind_of == "target" and _purpose_only(key, b, m.start(), m.end()):
                continue  # "… để đảm bảo các điều kiện dạy học.": the purpose of something done, no plan
            if word == "đạt và vượt" and said == ("target", cs):
                continue  # "ký cam kết thực hiện đạt và vượt 11 nội dung": the aim of the plan verb before it
            if word in _PLAN_NOUNS and _ABOUT_AFTER.match(masked, m.end()):
                continue  # "Một số chỉ tiêu về y tế …": the plan noun names the indicators, it announces no plan
            if word in _PLAN_NOUNS and (
                _COUNTED_BEFORE.search(masked, max(0, m.start() - 12), m.start())
                or _DOCUMENTS_AROUND.search(masked, max(0, m.start() - 12), min(len(masked), m.end() + 16))
                or _DOCUMENT_NUMBER_AFTER.match(masked, m.end())
            ):
                # "ban hành 64 văn bản (trong đó 42 kế hoạch, …)", "sơ kết các chỉ thị, nghị quyết của Đảng": documents
                # counted or studied, no plan announced
                continue
            if kind_of in votes:
                votes[kind_of] += 1
                said = (kind_of, cs)
        # … and comparisons with the same period or an earlier one, mostly a report's habit.
        votes["actual"] += sum(1 for _ in _SAME_PERIOD_ANY.finditer(masked))
        votes["actual"] += sum(1 for _ in _EARLIER_PERIOD.finditer(masked))
        # … and values measured against the plan ("thấp hơn 0,3 điểm phần trăm so với mục tiêu đề ra", "cơ bản hoàn thành
        # so với kế hoạch"): how a plan went, unless a plan verb sets them as the aim ("phấn đấu hoàn thành kế hoạch").
        votes["actual"] += sum(
            1
            for m in lx.plan_comparison.finditer(key)
            if not _PLAN_VERB.search(key, max(0, m.start() - 40), m.end())
            and not _PLAN_VERB_END.search(key, max(0, m.start() - 40), m.start())
        )
        # … and sentences opened by the year or the window they tell of ("Năm 2024, huyện đón …", "Vụ Đông Xuân
        # 2024-2025, năng suất lúa …"): a plan names its year with its aim ("Năm 2025, phấn đấu …", "Đến năm …").
        votes["actual"] += len(told)
        # … and a page stamped after every year it names speaks of the past; so does, in a text with not one word of
        # a plan or of a result, a paragraph of two sentences or more ("Đoàn xã ra quân với 60 đoàn viên tham gia. Sau
        # buổi ra quân, …") or a news lead dated to the day ("Ngày 12/9, … tổ chức …"): a plan announces itself (phấn
        # đấu, mục tiêu, dự kiến, sẽ, đến năm …), a story that never does tells what was done.
        # Lines each a paragraph ("Tỷ lệ hộ nghèo giảm trên 1%." then "Số bác sĩ trên 10.000 dân đạt khoảng 13,5 bác
        # sĩ.") are a list, whose heading may have announced a plan: they keep the prior, as a single line does.
        if votes["actual"] == votes["target"] and (
            _years_before_stamp(key)
            or (said is None and (_prose(key, b) or _DATELINE.search(key) is not None))
        ):
            votes["actual"] += 1
    return ("report" if votes["actual"] > votes["target"] else "plan"), by_sentence


# "các chỉ tiêu về tỷ lệ lao động …", "Một số chỉ tiêu về y tế …": a plan noun before "về" names indicators.
_ABOUT_AFTER = re.compile(r"\s+về(?![\w])")
# A page's own stamp: "Đăng ngày 10-11-2022 11:13", "Ngày đăng 06/01/2022 | 11:09", "Cập nhật: 05/3/2023".
_STAMP = re.compile(
    rf"(?<![{_W}])(?:đăng\s+ngày|ngày\s+đăng|ngày\s+cập\s+nhật|cập\s+nhật(?:\s+lúc)?)\s*:?\s*"
    r"\d{1,2}[-/.]\d{1,2}[-/.]((?:19|20)\d{2})"
)


# A sentence opened by the year or the window it is about, then a comma: "Năm 2024, …", "Năm học 2023-2024, …",
# "9 tháng năm 2024, …", "Vụ Đông Xuân 2024-2025, …", "Quý III/2024, …".
_PERIOD_LEAD = re.compile(
    r"(?m)(?:^|(?<=[.!?;] ))[ \t\-–•+*]*(?:trong\s+)?"
    r"(?:(?:\d{1,2}|ba|sáu|chín)\s+tháng(?:\s+đầu)?\s+năm|năm(?:\s+học)?|vụ\s+[^\d,;:.\n]{1,24}?|quý\s+[ivx\d]+\s*(?:/|năm)?"
    r"|tháng\s+\d{1,2}\s*(?:/|năm)?)\s*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?<=(?P<year>\d{4}))\s*,"
    # … not a directive with no subject, a plan's item ("Năm 2025, duy trì 100% thôn …", "Năm 2025, tiếp tục …")
    r"(?!\s*(?:duy\s+trì|tiếp\s+tục|đẩy\s+mạnh|nâng\s+cao|giữ\s+vững|tập\s+trung|chú\s+trọng|quan\s+tâm|tăng\s+cường"
    r"|ưu\s+tiên|phấn\s+đấu|cố\s+gắng|quyết\s+tâm)(?![a-zà-ỹđ]))"
)


def _told_leads(key: str, b: Boundaries, lx: Lexicon) -> list[int]:
    """Where the sentences opened by the year or window they are about begin their text, when their ";" part holds no
    word of a plan and the year is not after the page's own stamp (a page of 2024 telling "Năm 2025, …" speaks of the
    year ahead)."""
    stamp = _STAMP.search(key)
    out: list[int] = []
    for m in _PERIOD_LEAD.finditer(key):
        if stamp is not None and int(m.group("year")) > int(stamp.group(1)):
            continue
        stop = b.end_of(b.segments, m.end(), b.n)
        if not any(
            lx.role_kind.get(_SPACES.sub(" ", c.group(0))) == "target"
            for c in lx.role_cue.finditer(key, m.end(), stop)
        ):
            out.append(m.end() - 1)
    return out


_REACHED_VERB = re.compile(
    rf"(?<![{_W}])(?:đạt(?!\s+chuẩn)|đã|tăng|giảm|xảy\s+ra)(?![{_W}])"
)  # not "đạt chuẩn", a kind


# A news lead dated to the day ("Ngày 12/9, …", "- Chiều 7-4, …", "Sáng ngày 5 tháng 3 năm 2024, …"): an event told.
_DATELINE = re.compile(
    r"(?m)(?:^|(?<=[.!?] ))[ \t\-–•]*(?:(?:sáng|chiều|tối|trưa|đêm)\s+(?:ngày\s+)?|ngày\s+)"
    r"(?:\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{4})?|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)\s*,"
    # … or a news lead opened by the paper's tag: "(Baonghean.vn) -Nhân dịp …", "(TTXVN) – …"
    r"|^[ \t]*\([^()\n\d]{2,30}\)\s*[-–—]"
)


def _prose(key: str, b: Boundaries) -> bool:
    """Whether a paragraph of the text holds two sentences or more (prose told, not a list of lines)."""
    told: dict[int, int] = {}
    for i, ss in enumerate(b.sentences):
        se = b.sentences[i + 1] if i + 1 < len(b.sentences) else b.n
        # A line opened by a blank ("\n Tỷ lệ …") starts with an empty sentence, and a heading's label ("1. Mạng viễn
        # thông …") is no sentence told: neither has a word.
        if any(c.isalpha() for c in key[ss:se]):
            ps = b.start_of(b.paragraphs, ss)
            told[ps] = told.get(ps, 0) + 1
            if told[ps] >= 2:
                return True
    return False


def _years_before_stamp(key: str) -> bool:
    """The page was stamped in a later year than every year it names ("Đăng ngày 10-11-2022 …; Một số chỉ tiêu
    … năm 2021: … là 93,02"): what it tells is past, a report's figures."""
    stamp = _STAMP.search(key)
    if stamp is None:
        return False
    years = [int(m.group(1)) for m in _YEAR_NAMED.finditer(key)]
    return bool(years) and max(years) < int(stamp.group(1))


# A label opening a sentence: "Kết quả đánh giá … năm 2020:", "- Phương hướng năm 2021:".
_ENDED_IN_LABEL = re.compile(rf"(?<![{_W}])(?:đạt|vượt|hoàn\s+thành)(?![{_W}])")
_LABEL_AT = re.compile(r"[ \t\-–•+*]*([^:;,.()\n]{3,80}?)\s*:(?!\d)")


# A lead-in up to a colon, with no number of its own but years: "Năm 2023, các chỉ tiêu được giao về công tác dân số
# của huyện đạt và vượt kế hoạch đề ra: …".
_COLON_LEAD = re.compile(r"[^:;\n]{10,250}?:(?!\d)")
_NOT_YEAR_DIGIT = re.compile(rf"(?<![{_W}])(?!(?:19|20)\d\d(?![{_W}]))\d[\d.,]*(?![{_W}])")


def _reached_lead(key: str, lx: Lexicon, ps: int, s: int) -> int | None:
    """Where the lead-in ends, when the sentence opens with one that tells the plan was reached: the items after
    its colon are results, and a plan noun in it ("các chỉ tiêu được giao") names them, it announces no plan."""
    m = _COLON_LEAD.match(key, ps, s)
    if m is None or _NOT_YEAR_DIGIT.search(key, ps, m.end()) or _PLAN_VERB.search(key, ps, m.end()):
        return None
    reached = any(
        c.group().startswith(("đạt", "vượt", "hoàn thành"))
        for c in lx.plan_comparison.finditer(key, ps, m.end())
    )
    return m.end() if reached else None


# A sentence led by the window under report ("Theo báo cáo, 6 tháng đầu năm, …", "9 tháng năm 2023, …", "Quý I,
# …"): an estimate in it ("dự kiến tăng 4%") tells how the window ends, a result.
_PAST_WINDOW_LEAD = re.compile(
    r"[\s\-–•+*]*(?:theo\s+báo\s+cáo\s*,?\s*)?(?:trong\s+|tính\s+chung\s+)?"
    r"(?:(?:\d+|ba|sáu|chín|mười\s+một)\s+tháng(?!\s+cuối)(?:\s+đầu)?(?:\s+năm)?(?:\s+\d{4})?"
    r"|quý\s+(?:[ivx]+|\d)(?:\s*(?:/|năm)\s*\d{4})?|nửa\s+đầu\s+năm(?:\s+\d{4})?)\s*,"
)


# The elapsed window named in the number's own clause ("dự kiến tốc độ tăng trưởng GRDP 9 tháng năm 2024 … đạt
# khoảng 7,5-8%", "Tốc độ tăng trưởng GRDP 9 tháng … dự kiến đạt …"): the estimate tells how the window ended.
_PAST_WINDOW_IN = re.compile(
    rf"(?<![{_W}])(?:(?:[1-9]|1[01]|ba|sáu|chín)\s+tháng(?:\s+đầu)?(?:\s+năm)?|quý\s+(?:i{{1,3}}|[123]))"
    rf"(?![{_W}])(?!\s+(?:cuối|tới|sau|còn\s+lại))"
)


# An aside that opens with its own year and a level ("… 200 triệu đồng vào năm 2030 (năm 2025 ước đạt 158 triệu
# đồng)", "đón 20 triệu lượt khách (năm 2024 đạt 19,1 triệu lượt)").
_YEAR_ASIDE_END = re.compile(
    r"\(\s*(?:năm\s+)?((?:19|20)\d\d)\s*(?:,|:)?\s*(?:(?:đã|ước|ước\s+đạt|ước\s+tính|đạt|là|mới\s+đạt|chỉ\s+đạt|"
    r"có|đón|thu|được)\s+)*(?:(?:khoảng|gần|hơn|trên)\s+)?$"
)
_YEAR_IN = re.compile(r"(?<![\d/.,])(?:19|20)\d\d(?![\d/]|[.,]\d)")


def _earlier_year_aside(key: str, b: Boundaries, s: int) -> bool:
    """The number stands in a bracketed aside giving the level of a year before the one its sentence aims at or
    tells of: the base, a result."""
    m = _YEAR_ASIDE_END.search(key, max(0, s - 40), s)
    if m is None:
        return False
    ps = b.start_of(b.sentences, s)
    before = [int(y.group()) for y in _YEAR_IN.finditer(key, ps, m.start())]
    return bool(before) and max(before) > int(m.group(1))


def _role(
    num: Number,
    key: str,
    b: Boundaries,
    lx: Lexicon,
    kind: str,
    last_role: dict[int, Role],
) -> tuple[Role, bool]:
    s = num.start
    column = _column_role(num, key)
    if column is not None:
        return column[0], column[1]
    ss = max(b.start_of(b.segments, s), s - _ROLE_WINDOW)
    left = key[ss:s]
    if _earlier_year_aside(key, b, s):
        return "actual", True
    if _plan_aside(left[-60:], lx) and not (
        # "13/15 chỉ tiêu đã đề ra (8 chỉ tiêu vượt và 5 chỉ tiêu đạt kế hoạch)": indicators counted by how they ended
        num.unit_key in lx.ratio_only and _RESULT_VERB_AFTER.match(key, num.unit_end)
    ):
        return "target", True
    given = _PLAN_GIVEN_END.search(left[-40:])
    if given and not given.group().startswith(("vượt", "đạt", "so", "bằng", "hoàn", "thấp", "cao")):
        return "target", True
    if _over_whole(num):
        return "actual", True
    if _PLAN_OPENS_PAREN_END.search(left[-40:]):
        # "22.710 tỷ đồng, đạt 102,3% KH (KH 22.200 tỷ đồng)", "tăng 7,78% (KH 6-7%)": the plan's own value in the
        # bracket after a result
        return "target", False
    if _DOSSIER_ASKS_END.search(left[-120:]):
        # "hoàn thiện hồ sơ đề nghị hỗ trợ xóa 5 nhà dột nát, … trị giá 215 triệu đồng": what a dossier asks for
        return "target", False
    if num.unit_kind == "counted" and _PURPOSE_OF_AMOUNT_END.search(left[-90:]):
        # "vận động được 850 triệu đồng để xây dựng 17 căn nhà đại đoàn kết": what an amount raised is for is aimed at
        return "target", False
    if _COMPUTED_SHARE_BEFORE.search(key, max(0, s - 40), s) or _COMPUTED_SHARE_AFTER.match(
        key, num.unit_end
    ):
        return "actual", True  # "3/424 trẻ = 0,7%": a share worked out from the counts, as only a result is
    if _PLAN_AFTER_SLASH_END.search(left[-24:]):
        return "target", True
    if _REQUIRED_BOUND_END.search(left[-40:]):
        return "target", True
    if _DUOC_BEFORE.search(left[-30:]) and not _aimed_by_plan_verb(key, b, lx, s):
        return "actual", True
    if starting_level(num, key, b):
        return "actual", True
    if (
        num.unit_key == "%"
        and num.value > 100
        and num.value_max is None
        and not lx.change_word.search(left[-16:])
    ):
        return "actual", True  # "thu ngân sách đạt 148,32%": nobody plans more than all of something
    # Mask comparisons with the plan ("vượt kế hoạch", "đạt 99% kế hoạch") unless the plan word
    # names this very number ("vượt mục tiêu đưa 125.000 lao động").
    cs = b.start_of(b.clauses, s)
    masked = list(left)
    for m in lx.plan_comparison.finditer(left):
        if (
            m.start() + ss >= cs
            and m.group().startswith(("hoàn thành", "đạt"))
            and _PURPOSE_END.search(left, max(0, m.start() - 20), m.start())
            and not _RESULT_AFTER.match(key, num.unit_end, min(b.n, num.unit_end + 60))
        ):
            return "target", True
        if (
            num.unit_key != "%"
            and num.unit_key not in lx.ratio_only
            and m.group().startswith("vượt")
            and not left[m.end() :].strip()
            and not _PLAN_VERB_END.search(left, 0, m.start())
        ):
            return "actual", True  # "vượt kế hoạch 2.660 ha": how far a result passed the plan, in its unit
        if (
            num.unit_key != "%"
            and m.start() + ss >= cs
            and m.group().startswith(("đạt", "hoàn thành"))
            and _DONE_END.search(left, max(0, m.start() - 8), m.start())
        ):
            return "actual", True  # "đã đạt mục tiêu đưa điện lưới quốc gia đến 27/27 huyện": the aim reached
        if (
            num.unit_key != "%"
            and m.start() + ss >= cs
            and not _AFTER_OTHER_NUMBER.search(left, 0, m.start())
        ):
            continue
        if num.unit_key == "%" and not left[m.end() :].strip():
            if m.group().startswith("đạt") and _PLAN_VERB_END.search(left, 0, m.start()):
                return "target", True  # "phấn đấu đạt chỉ tiêu 100% các cấp bộ đoàn …": the level aimed at
            return "actual", True  # "vượt chỉ tiêu đề ra 87,62%": how far a result passed the plan
        if _PLAN_VALUE_LEAD.fullmatch(left, m.end()):
            return "target", True  # "(vượt so với Nghị quyết đề ra là 40%)": the plan's own value
        masked[m.start() : m.end()] = " " * (m.end() - m.start())
    for m in _PCT_PLAN.finditer(left):
        if _PLAN_VALUE_LEAD.fullmatch(left, m.end()):
            return "target", True  # "(đạt 130,2% kế hoạch năm nay là 20.000 người)": the plan's own value
        masked[m.start() : m.end()] = " " * (m.end() - m.start())
    for m in _YEAR_SPAN.finditer(left):
        # "từ năm 2020 đến năm 2024": the end of a span looked back on, no deadline ahead.
        masked[m.start() : m.end()] = " " * (m.end() - m.start())
    for m in _ONLY_BY_YEAR.finditer(left):
        masked[m.start() : m.end()] = " " * (m.end() - m.start())
    if "đến" in left:
        terms = [t for t in _looked_back_terms(key) if t[0] < s]
        for m in _UP_TO_YEAR.finditer(left):
            if any(y1 <= int(m.group(1)) <= y2 for _, y1, y2 in terms):
                masked[m.start() : m.end()] = " " * (m.end() - m.start())
    for m in _LEVELS_SPAN.finditer(left):
        # "đàn gia súc năm 2015 là 348 con đến năm 2017 là 406 con": a level at one year set beside the next.
        masked[m.start(1) : m.end(1)] = " " * (m.end(1) - m.start(1))
    ics0 = b.start_of(b.iclauses, s) - ss
    for m in _PLAN_QUOTE.finditer(left, 0, ics0):
        # A plan quoted in an earlier clause ("trong khi kế hoạch là 65 triệu USD") speaks for its own number only.
        masked[m.start() : m.end()] = " " * (m.end() - m.start())
    for m in _COUNTED_CUE.finditer(left):
        # "đạt được 177 chỉ tiêu": the word counts things here, it does not announce a plan.
        masked[m.start() : m.end()] = " " * (m.end() - m.start())
    for m in _ADOPTED_AIMS.finditer(left):
        # "HĐND đã thông qua 26 chỉ tiêu chủ yếu, trong đó …": the past tells the adoption, not a result reached.
        masked[m.start(1) : m.end(1)] = " " * (m.end(1) - m.start(1))
    mleft = "".join(masked)
    cue: str | None = None
    cue_at, cue_word = s, ""
    # "phấn đấu đạt chuẩn thêm 2/19 tiêu chí chưa đạt chuẩn": the count a plan verb right before aims at
    aimed = (num.unit_key in lx.ratio_only or num.is_ratio) and _AIMED_COUNT.search(
        key, max(b.start_of(b.iclauses, s), s - 40), s
    )
    if not aimed and (
        _RESULT_AFTER.match(key, num.unit_end, min(b.n, num.unit_end + 60))
        or (
            _RESULT_NEXT.match(key, num.unit_end, min(b.n, num.unit_end + 120))
            # "phấn đấu vận động hiến 930 đơn vị máu, vượt 30 đơn vị so với chỉ tiêu": the aim is to pass the plan
            and not _aimed_by_plan_verb(key, b, lx, s)
        )
    ):
        return "actual", True  # "18/20 chỉ tiêu đạt và vượt kế hoạch"
    if _RESULT_NEXT_PCT.match(key, num.unit_end, min(b.n, num.unit_end + 120)) and not _PLAN_VERB.search(
        key, b.start_of(b.segments, s), s
    ):
        # Its own role, but no vote for the text's prior: the share after it already votes.
        return "actual", False
    if _DONE_AFTER_PLAN_END.search(left[-20:]) and _PLAN_GIVEN.search(key, b.start_of(b.sentences, s), s):
        return (
            "actual",
            False,
        )  # "kế hoạch giao trồng 500 ha rừng, thực hiện 520 ha": done against the plan given
    if (
        num.unit_key != "%"
        and _EXCESS_OVER_PLAN.match(key, num.unit_end)
        and _VUOT_END.search(left[-30:])
        # "phấn đấu vận động hiến 930 đơn vị máu, vượt 30 đơn vị so với chỉ tiêu tỉnh giao": aimed past the plan
        and not _under_plan_verb(key, b, lx, s)
    ):
        return "actual", True  # "120 xã đạt chuẩn, vượt 5 xã so với kế hoạch"
    # "vượt 6% về việc, vượt 17% về tiền so với chỉ tiêu giao": how far past the plan
    if (
        _EXCESS_NAMED_OVER_PLAN.match(key, num.unit_end, b.end_of(b.segments, num.unit_end, b.n))
        and _VUOT_END.search(left[-30:])
        and not _under_plan_verb(key, b, lx, s)
    ):
        return "actual", True
    if _OVER_PLAN_AFTER.match(key, num.unit_end) or _PLAN_IN_PARENS_AFTER.match(key, num.unit_end):
        return "actual", True
    if (
        num.unit_key in lx.ratio_only
        and (num.is_ratio or _RESULT_VERB_AFTER.match(key, num.unit_end))
        and not aimed
    ):
        return "actual", True  # "07 chỉ tiêu vượt, 12 chỉ tiêu đạt": counts of results
    # The nearest cue of the clause itself ("," ";" or a sentence end bound it) decides first …
    ics = b.start_of(b.iclauses, s) - ss
    far: str | None = None
    weak = False
    window_led = (
        _PAST_WINDOW_LEAD.match(key, b.start_of(b.sentences, s)) is not None
        or _PAST_WINDOW_IN.search(key, b.start_of(b.iclauses, s), s) is not None
    )
    for m in lx.role_cue.finditer(mleft):
        kind_of = lx.role_kind.get(_SPACES.sub(" ", m.group(0)))
        if _SPACES.sub(" ", m.group(0)) in _PLAN_NOUNS and (
            _ENDED_AFTER.match(left, m.end()) or _ABOUT_AFTER.match(left, m.end())
        ):
            # "những chỉ tiêu đạt và vượt kế hoạch như: …", "Một số chỉ tiêu về y tế …": the indicators named, no plan
            continue
        if _SPACES.sub(" ", m.group(0)) in _RANK_WORDS and _AIM_RIGHT_BEFORE.search(mleft, 0, m.start()):
            continue  # "(dự kiến đứng thứ 30 trên thế giới, tăng 2 bậc)": a rank aimed at, not one reached
        if _SPACES.sub(" ", m.group(0)) in _CUTOFF_WORDS and _PLAN_VERB.search(
            key, b.start_of(b.sentences, s), ss + m.start()
        ):
            continue  # "phấn đấu đến hết tháng 6 giải ngân 60% …": a deadline of the plan, no cut-off looked back on
        if window_led and _SPACES.sub(" ", m.group(0)) == "dự kiến":
            kind_of = (
                "actual"  # "6 tháng đầu năm, GDP toàn ngành dự kiến tăng khoảng 4%": the window's estimate
            )
        elif _SPACES.sub(" ", m.group(0)) == "dự kiến" and _estimates_base_year(key, b, s):
            kind_of = "actual"  # "dự kiến hoàn thành 18/23 chỉ tiêu năm 2023" beside the plan for 2024
        if m.group(0) == "hiện" and (
            _DOING.match(mleft, max(0, m.start() - 5), m.end()) or _NOT_NOW_AFTER.match(mleft, m.end())
        ):
            continue  # "tham mưu thực hiện nhiệm vụ và hoàn thành 100% …": carrying out, not "hiện" (now)
        if kind_of in ("target", "actual"):
            if m.start() >= ics:
                if (
                    kind_of == "actual"
                    and cue == "target"
                    and not weak
                    and _SPACES.sub(" ", m.group(0)) in ("đạt và vượt", "thực hiện đạt")
                ):
                    continue  # "ký cam kết thực hiện đạt và vượt 11 nội dung": the aim of the plan verb before it
                cue = kind_of
                cue_at, cue_word = ss + m.start(), _SPACES.sub(" ", m.group(0))
                weak = kind_of == "target" and _SPACES.sub(" ", m.group(0)) in _PLAN_NOUNS
            elif not (kind_of == "target" and _purpose_only(key, b, ss + m.start(), ss + m.end())):
                if (
                    kind_of == "actual"
                    and far == "target"
                    and _SPACES.sub(" ", m.group(0)) in _AIMED_RESULT_WORDS
                    and _PLAN_VERB.search(
                        key, max(b.start_of(b.iclauses, ss + m.start()), ss + m.start() - 40), ss + m.start()
                    )
                ):
                    continue  # "phấn đấu thực hiện đạt và vượt chỉ tiêu …, cụ thể như sau: …": the aim, no result
                far = kind_of
    if (
        cue == "actual"
        and cue_word in _ESTIMATE_WORDS
        and num.value_max is not None
        and _under_plan_verb(key, b, lx, cue_at)
    ):
        # "Chỉ tiêu năm 2019 phấn đấu đạt …. Doanh thu du lịch tăng khoảng 10% …, ước đạt từ 4.700 - 4.900 tỷ
        # đồng": a range estimated under a plan verb is the plan's (a result is estimated to a point).
        return "target", True
    if cue == "actual" and cue_word in _ESTIMATE_WORDS and _estimate_under_future(key, b, lx, s, cue_at):
        # "Kế hoạch năm 2023, Tây Ninh dự kiến sẽ đón khoảng 5 triệu du khách, doanh thu ước đạt 1.800 tỉ đồng":
        # an estimate in a sentence a future verb governs is the plan's figure, not one reached.
        return "target", True
    if (
        (cue is None or weak)
        and _tail_role(num, key, b, lx) == "actual"
        # "Bình Dương đặt ra mục tiêu đến năm 2025, …; 100% cán bộ … được tập huấn; … hoàn thành 100% số hóa … đối
        # với hồ sơ, giấy tờ, kết quả giải quyết thủ tục hành chính.": the aim a plan verb set at the sentence's
        # start runs to its end, and a result word in its closing clause names what the plan covers.
        and not _aimed_by_plan_verb(key, b, lx, s)
    ):
        # "Riêng các chỉ tiêu về … đạt 44%; … là 31%, hiện đã thực hiện đạt kế hoạch đề ra": the closing
        # clause of the sentence tells its numbers are results; a plan noun only names the indicator.
        return "actual", True
    # A result measured against something: "tăng 5% so với cùng kỳ", "đạt 118% kế hoạch".
    ce = min(b.end_of(b.clauses, num.unit_end, b.n), num.unit_end + 60)
    # "vượt 0,2 điểm phần trăm so với kế hoạch": a gap in points against the plan, as one in percent.
    mplan = _PCT_OF_PLAN_AFTER.match(key, num.unit_end, ce) if num.unit_key in RATE_UNITS else None
    if (
        weak
        and mplan is not None
        and num.value != 100
        and num.value_max is None
        and not _under_plan_verb(key, b, lx, s)
    ):
        # "các chỉ tiêu tỉnh giao đạt trên 90% kế hoạch": the plan noun names what is measured; a share of the plan
        # reached is a result (a plan asks for all of it)
        return "actual", True
    if cue is not None:
        return ("target" if cue == "target" else "actual"), True
    cue = far
    se = min(b.end_of(b.segments, s, b.n), num.unit_end + _ROLE_WINDOW)
    right = key[num.unit_end : se]
    for m in lx.role_cue.finditer(right):
        w = _SPACES.sub(" ", m.group(0))
        if w == "đạt và vượt" and not _under_plan_verb(key, b, lx, s):
            # "phấn đấu …, vận động xây dựng 1 mái ấm, phát triển hội viên đạt và vượt chỉ tiêu giao": aimed at
            return "actual", True
    if (
        mplan is not None
        and num.value == 100
        and num.value_max is None
        and not _FULL_PLAN_DONE.search(left[-30:])
        and not any(c.isdigit() for c in key[b.start_of(b.iclauses, s) : s])
    ):
        # "giải ngân vốn đầu tư công đạt 100% kế hoạch": the whole plan met, which a plan sets as often as a report
        # tells it; the sentence and the text decide (not "kết nạp 12 đảng viên mới đạt 100% kế hoạch": a count
        # measured against its plan).
        mplan = None
    if mplan is not None:
        # "tăng 20,35% so với dự toán năm 2024" under "phấn đấu": a planned growth over last year's plan.
        # A range ("tăng bình quân từ 15 - 20% so với kế hoạch được giao") is a plan's habit: a result is
        # measured to a point.
        planned_growth = "so" in mplan.group(0) and (
            num.value_max is not None
            or (lx.change_word.search(left[-16:]) is not None and _under_plan_verb(key, b, lx, s))
        )
        return ("target" if planned_growth else "actual"), True
    if _SAME_PERIOD_AFTER.match(key, num.unit_end, ce):
        # A plan states growth against the same period too ("Huyện phấn đấu … đạt 3.563 tỷ đồng, tăng
        # 4,18% so với cùng kỳ. Giá trị … tăng 6,57% so với cùng kỳ"): a plan verb earlier in the
        # paragraph, with no result cue since, keeps its numbers plans.
        return ("target" if _under_plan_verb(key, b, lx, s) or num.value_max is not None else "actual"), True
    if (
        num.unit_key != "%"
        and _SHARE_OF_WHOLE_AFTER.match(key, num.unit_end, b.end_of(b.sentences, num.unit_end, b.n))
        and not _under_plan_verb(key, b, lx, s)
    ):
        return "actual", True  # "Tổng số hộ nghèo: 212 hộ nghèo, chiếm tỷ lệ 39,7%": a stock measured
    # "12/34 tỉnh, thành phố hoàn thành …", "13/14 xã đạt chuẩn": a share of a set that got there.
    if num.is_ratio and _RESULT_VERB_AFTER.match(key, num.unit_end) and not aimed:
        return "actual", True
    # "đạt 86,7% chỉ tiêu đề ra" is how far a result got; a plan asks for 100% of its targets.
    if num.unit_key == "%" and num.value != 100 and _PCT_OF_TARGET_AFTER.match(key, num.unit_end, ce):
        return "actual", True
    # … then what the number is measured against, then a cue earlier in the segment, unless it stands in a lead-in
    # that tells the plan was reached ("các chỉ tiêu được giao … đạt và vượt kế hoạch đề ra: …").
    if cue == "target" and _reached_lead(key, lx, b.start_of(b.sentences, s), s) is not None:
        return "actual", False
    if cue is not None:
        return ("target" if cue == "target" else "actual"), True
    ps = b.start_of(b.sentences, s)
    label = _LABEL_AT.match(key, ps, s)
    if label is not None:
        # "Kết quả đánh giá … năm 2020: …; Về phân loại đảng viên: có 2/12 đảng viên …": a sentence opened by a
        # heading label ending in a colon, the label led by a cue word, is read under it across its ";" parts.
        # A lead-in with a verb first ("Kỳ họp đã thống nhất các chỉ tiêu …:") is no heading, and a plan noun
        # followed by how the indicators ended ("Chỉ tiêu đạt cao gồm:") names them, it announces no plan.
        lead = lx.role_cue.match(label.group(1))
        word = _SPACES.sub(" ", lead.group(0)) if lead is not None else ""
        said = lx.role_kind.get(word) if word else None
        if word in _PLAN_NOUNS and (
            _ENDED_IN_LABEL.search(label.group(1)) or _ABOUT_AFTER.match(label.group(1), lead.end())  # type: ignore[union-attr]
        ):
            said = None
        if said in ("target", "actual"):
            return ("target" if said == "target" else "actual"), False
    if _reached_lead(key, lx, ps, s) is not None:
        return "actual", False
    if _SAME_PERIOD_BEFORE.search(key, ps, s) and not any(
        lx.role_kind.get(_SPACES.sub(" ", m.group(0))) == "target" for m in lx.role_cue.finditer(key, ps, s)
    ):
        return "actual", True
    if _DATED_CUTOFF_LEAD.search(key, ps, s) and not _PLAN_VERB.search(key, ps, s):
        return "actual", True
    led = _lead_in_role(num, key, b, lx)
    if led is not None:
        return led, True
    # An item of a list under a lead-in that proposes tasks or announces its items' role ("… đề xuất một số nhiệm vụ
    # trọng tâm năm 2025 như sau:" then "+ Lĩnh vực nông nghiệp: …"): the lead-in, before the item's other numbers.
    listed = _list_lead_role(key, b, lx, b.start_of(b.paragraphs, s))
    if listed is not None:
        return listed, False
    if ps in last_role and last_role[ps] == "actual" and _names_next_year(key, b, lx, s):
        # "Năm 2023 đã kết nạp 12 đảng viên mới, đạt 120% chỉ tiêu; năm 2024 kết nạp từ 10 đảng viên trở lên": the
        # year after the one the sentence reported, named in the number's own clause, is the one it plans.
        return "target", False
    if ps in last_role:
        return last_role[ps], False
    led = _lead_segment_role(key, b, lx, ps, s)
    if led is not None:
        return led, False
    framed = _frame_role(ps, b, key, last_role)
    if framed is not None:
        return framed, False
    if _names_base_year(key, b, s):
        return "actual", False
    # The nearest cued number before it in its paragraph (a list item, a line under a heading), before
    # the text's prior: "Nhiệm kỳ qua, … đạt và vượt kế hoạch. Tổng thu … đạt 67 tỷ đồng" is a result
    # even when the next paragraph plans ("Nhiệm kỳ 2025-2030, … phấn đấu …").
    pstart = b.start_of(b.paragraphs, s)
    pk = -1 - pstart
    if pk in last_role:
        return last_role[pk], False
    # A list continued on a new line ("… trong đó phấn đấu: … 400 thanh niên trở lên;" then "100% Đoàn cơ sở
    # …"): the item takes the role of the last decided number of the line it continues.
    before = key[max(0, pstart - 200) : pstart].rstrip()
    if pstart > 0 and before.endswith((";", ":")):
        prev = -1 - b.start_of(b.paragraphs, pstart - 1)
        if prev in last_role:
            return last_role[prev], False
    told = _told_before(key, b, lx, max(pstart, s - 600), ps)
    if told is not None:
        return told, False
    return ("actual" if kind == "report" else "target"), False


# A list's item: a line opened by a bullet or a list label ("+ Lĩnh vực nông nghiệp: …", "- Tổng thu …", "a) …").
_LIST_ITEM_START = re.compile(r"[ \t]*(?:[-+•*–]|[a-zđ]\)|\d{1,2}[.)])[ \t]")
# A lead-in that proposes, registers or adopts the tasks and targets listed under it, a plan: "UBND xã Tân Vinh đề xuất
# một số nhiệm vụ trọng tâm năm 2025 như sau:" (the seed's kind of letter), "V/v đăng ký các chỉ tiêu năm 2026:", "kỳ họp
# đã thống nhất các chỉ tiêu chủ yếu năm 2024 như sau:", "Kế hoạch … đặt ra các mục tiêu:".
_PROPOSED_LIST_LEAD = re.compile(
    rf"(?<![{_W}])(?:đề\s+xuất|đăng\s+ký|kiến\s+nghị\s+giao|thống\s+nhất|thông\s+qua|quyết\s+nghị|đề\s+ra|đặt\s+ra|"
    rf"xác\s+định|giao)(?![{_W}])[^:]{{0,80}}?"
    rf"(?<![{_W}])(?:nhiệm\s+vụ|chỉ\s+tiêu|mục\s+tiêu)(?![{_W}])[^:]{{0,80}}:\s*$"
)


# A lead-in that announces what was reached, results: "Thành tựu kinh tế xã hội huyện Hải Hậu năm 2020:", "Kết quả
# thực hiện các chỉ tiêu chủ yếu năm 2024:", "Những kết quả đạt được:".
_REACHED_LIST_LEAD = re.compile(
    rf"(?:^|\n)[ \t\-–•+*\d.)IVX]*(?:những\s+|các\s+|một\s+số\s+)?(?:thành\s+tựu|kết\s+quả(?:\s+(?:đạt\s+được|thực\s+hiện|nổi\s+bật|chủ\s+yếu))?)"
    rf"(?![{_W}])[^:\n]{{0,80}}:\s*$"
)


def _list_lead_role(key: str, b: Boundaries, lx: Lexicon, pstart: int) -> Role | None:
    """The role the lead-in above a list announces for its items: the line before the list's first item, ending in a
    colon, proposing tasks (a plan) or told by cue words that agree."""
    cache = b.roles.list_leads
    if pstart in cache:
        return cache[pstart]
    role: Role | None = None
    i = bisect_right(b.paragraphs, pstart) - 1
    if _LIST_ITEM_START.match(key, pstart):
        while i > 0:
            i -= 1
            prev, end = b.paragraphs[i], b.paragraphs[i + 1]
            if _LIST_ITEM_START.match(key, prev):
                if prev in cache:  # an item of the same list, already read: its lead-in is this one's
                    role = cache[prev]
                    break
                continue  # an item of the same list
            lead = key[max(prev, end - 200) : end].rstrip()
            if lead.endswith(":"):
                if _PROPOSED_LIST_LEAD.search(lead):
                    role = "target"
                elif _REACHED_LIST_LEAD.search(lead):
                    role = "actual"
                else:
                    ls = b.start_of(b.sentences, max(prev, end - 2))
                    role = _one_role(_cue_kinds(key, lx, ls, end))
            break
    cache[pstart] = role
    return role


def _lead_segment_role(key: str, b: Boundaries, lx: Lexicon, ps: int, s: int) -> Role | None:
    """The role the first ";" part of the sentence announces for the items after it, when its cues agree.

    "Nhiệm kỳ 2023 – 2028, Hội đặt mục tiêu tổ chức tốt 3 phong trào thi đua; phát triển 35 hội viên mới; …":
    the items after the lead-in are its aims, though none of them repeats the cue.
    """
    fe = b.end_of(b.segments, ps, b.n)
    if s < fe or fe - ps > _ROLE_WINDOW:
        return None
    cache = b.roles.lead_roles
    if ps not in cache:
        cache[ps] = _lead_role(key, lx, ps, fe)
    return cache[ps]


def _lead_role(key: str, lx: Lexicon, ps: int, fe: int) -> Role | None:
    return _one_role(_cue_kinds(key, lx, ps, fe, now_doing=True))


def _cue_kinds(key: str, lx: Lexicon, lo: int, hi: int, *, now_doing: bool = False) -> set[str]:
    """The kinds ("target", "actual") the role cues of ``key[lo:hi]`` name: comparisons with the plan masked, a cue
    that states a purpose and the plan nouns (which name indicators too) left out; with ``now_doing``, "hiện" beside
    a verb of doing ("thực hiện") neither."""
    masked = lx.plan_comparison.sub(lambda m: " " * len(m.group(0)), key[lo:hi])
    words = {
        _SPACES.sub(" ", m.group(0))
        for m in lx.role_cue.finditer(masked)
        if not _PURPOSE_LEAD.search(masked, max(0, m.start() - 8), m.start())
    } - _PLAN_NOUNS
    if now_doing and "hiện" in words and _DOING.search(masked):
        words.discard("hiện")
    return {lx.role_kind.get(w) for w in words} & {"target", "actual"}  # type: ignore[return-value]


def _one_role(kinds: set[str]) -> Role | None:
    """The role the cues agree on, or None when they name none or both."""
    if len(kinds) == 1:
        return "actual" if "actual" in kinds else "target"
    return None


# "giảm 288 nghìn tấn so với kế hoạch và giảm 355 nghìn tấn …": a comparison right after another number and its unit
# measures that number, not the next one in its clause.
_AFTER_OTHER_NUMBER = re.compile(r"\d(?:[\d.,]*\d)?[ \t]*[^\W\d_]*(?:[ \t]+[^\W\d_]+){0,2}[ \t]+$")

_TRONG_DO_LEAD = re.compile(r"\s*trong\s+đó\b")
# A body adopting or setting its aims before "trong đó": the verb, then the indicators, tasks or aims it set ("đã
# thông qua 26 chỉ tiêu chủ yếu", "xác định 5 nhiệm vụ trọng tâm"); a past tense tells the adoption, not a result.
_ADOPTS_AIMS = re.compile(
    rf"(?<![{_W}])(?:thông\s+qua|đề\s+ra|đặt\s+ra|xác\s+định|thống\s+nhất|quyết\s+nghị)(?![{_W}])[^,;:.()\n]{{0,30}}?"
    rf"(?<![{_W}])(?:chỉ\s+tiêu|mục\s+tiêu|nhiệm\s+vụ)(?![{_W}])"
)
_ADOPTED_AIMS = re.compile(rf"(?<![{_W}])(đã|vừa)\s+(?:{_ADOPTS_AIMS.pattern})")


def _lead_in_role(num: Number, key: str, b: Boundaries, lx: Lexicon) -> Role | None:
    """The role the sentence's first segment gives a later segment opening with "trong đó".

    "Nghị quyết đề ra 24 chỉ tiêu chủ yếu … năm 2024; trong đó, tốc độ tăng GRDP đạt từ 6,5-7%": the items after
    "trong đó" are parts of what the lead-in set (or reached), and take its cue.
    """
    seg = b.start_of(b.segments, num.start)
    ps = b.start_of(b.sentences, num.start)
    if seg <= ps or not _TRONG_DO_LEAD.match(key, seg):
        return None
    first_end = b.end_of(b.segments, ps, b.n)
    if _ADOPTS_AIMS.search(key, ps, first_end):
        return "target"  # "HĐND đã thông qua 26 chỉ tiêu chủ yếu …, trong đó: GRDP tăng 11%": what was adopted is aimed at
    kinds = {
        lx.role_kind.get(_SPACES.sub(" ", m.group(0)))
        for m in lx.role_cue.finditer(key, ps, first_end)
        if _SPACES.sub(" ", m.group(0)) not in _PLAN_NOUNS
    } & {"target", "actual"}
    return _one_role(kinds)  # type: ignore[arg-type]


def _told_before(key: str, b: Boundaries, lx: Lexicon, lo: int, hi: int) -> Role | None:
    """The role a sentence without numbers earlier in the paragraph announces, when its cues agree.

    "Trong nhiệm kỳ qua, chi bộ đã …, các chỉ tiêu cơ bản đạt và vượt kế hoạch đề ra. Cụ thể, …; 100% đảng viên …":
    the lead-in tells that what follows are results, before any number has been decided in the paragraph.
    """
    i = bisect_right(b.sentences, hi) - 1
    while i >= 0 and b.sentences[i] >= lo:
        ss = b.sentences[i]
        se = b.end_of(b.sentences, ss, b.n)
        i -= 1
        if ss >= hi or any(c.isdigit() for c in key[ss:se]):
            continue
        kinds = _cue_kinds(key, lx, ss, se)
        if kinds:
            return _one_role(kinds)
    return None


# "…, trong khi kế hoạch là 65 triệu USD", "theo kế hoạch là trên 515.000 người", "chỉ tiêu giao là 44%": the
# plan quoted beside a result. Its number is the plan's, but it says nothing of the clauses around it.
_PLAN_QUOTE_END = re.compile(
    rf"(?<![{_W}])(?:kế\s+hoạch|chỉ\s+tiêu|nghị\s+quyết|mục\s+tiêu|dự\s+toán)(?![{_W}])[^\d,;()\n]{{0,40}}?"
    rf"(?<![{_W}])(?:là|:)\s*(?:(?:từ|trên|dưới|khoảng|hơn|gần|tối\s+thiểu|ít\s+nhất)\s+)?$"
)


_PLAN_QUOTE = re.compile(_PLAN_QUOTE_END.pattern[:-1] + r"(?=\d)")
_CONTRAST = re.compile(rf"(?<![{_W}])(?:trong\s+khi|so\s+với|nhưng|còn)(?![{_W}])")


def plan_quote(num: Number, key: str, b: Boundaries) -> bool:
    """The number is a plan's value quoted inside its own clause ("trong khi kế hoạch là 65 triệu USD")."""
    cs = max(b.start_of(b.iclauses, num.start), num.start - _ROLE_WINDOW)
    return _PLAN_QUOTE_END.search(key, cs, num.start) is not None


# A plan noun followed by how the indicators ended names the ones that got there ("bên cạnh những chỉ tiêu đạt và
# vượt kế hoạch như: Tổng sản lượng … đạt 722 tấn"): it announces no plan.
_ENDED_AFTER = re.compile(rf"\s+(?:đã\s+)?(?:đạt|vượt|hoàn\s+thành)(?![{_W}])")
# Plan nouns name an indicator as often as they announce a plan ("các chỉ tiêu về tỷ lệ … đạt 44%").
_PLAN_NOUNS = frozenset({"chỉ tiêu", "mục tiêu", "kế hoạch", "nghị quyết"})
_COUNTED_BEFORE = re.compile(r"\d\s*$")
_DOCUMENTS_AROUND = re.compile(
    rf"(?<![{_W}])(?:chỉ\s+thị\s*,\s*nghị\s+quyết|nghị\s+quyết\s*,\s*chỉ\s+thị|nghị\s+quyết\s+của\s+(?:đảng|trung\s+ương|bộ\s+chính\s+trị))"
    rf"(?![{_W}])"
)
# "Căn cứ Kế hoạch 36 - KH/ĐU, ngày 28/4/2022 …", "Nghị quyết số 05-NQ/TU": a document cited by its number, no plan.
_DOCUMENT_NUMBER_AFTER = re.compile(rf"\s*(?:số\s*)?:?\s*\d+\s*[-/]\s*(?!\d)[{_W}]")
_LAST_NUMBER = re.compile(r"\d[^\d]*$")
_DOING = re.compile(rf"(?<![{_W}])thực\s+hiện(?![{_W}])")  # carrying out, not "hiện" (now)
# "các biện pháp tránh thai hiện đại", "theo giá hiện hành", "hiện tượng", "hiện trạng", "thành hiện thực": words that
# begin with "hiện" but say nothing of now.
_NOT_NOW_AFTER = re.compile(rf"\s+(?:đại|hành|tượng|trạng|thực)(?![{_W}])")


def _tail_role(num: Number, key: str, b: Boundaries, lx: Lexicon) -> str | None:
    """The role the sentence's closing clause gives, when it follows its last number and holds no number.

    "…, hiện đã thực hiện đạt kế hoạch đề ra." reports; a plan comparison in it ("đạt kế hoạch") is no cue.
    """
    se = min(b.end_of(b.sentences, num.start, b.n), num.unit_end + _ROLE_WINDOW)
    last = _LAST_NUMBER.search(key, num.unit_end, se)
    lp = last.start() if last else num.unit_end
    ts = b.end_of(b.iclauses, lp, b.n)
    if ts >= se or b.start_of(b.segments, ts) != b.start_of(b.segments, lp):
        return None  # no closing clause, or a new item after ";" with its own subject
    tail = _DOING.sub(lambda m: " " * len(m.group(0)), key[ts:se])
    tail = lx.plan_comparison.sub(lambda m: " " * len(m.group(0)), tail)
    kinds = {lx.role_kind.get(_SPACES.sub(" ", m.group(0))) for m in lx.role_cue.finditer(tail)}
    if "actual" in kinds and "target" not in kinds:
        return "actual"
    return None


# A table's column heads, in order: "Thực hiện năm 2019 | Kế hoạch năm 2020 | Ước TH tháng 01 | So cùng kỳ (%)".
# "Dự toán 2024 | Ước năm 2024 | So sánh (%)", "NQ | TH | So với NQ (%)" are heads too: what is compared
# with the plan is a result, the plan (its estimate, its resolution) a target.
# The words heading a table's plan columns and its done or compared ones.
_PLAN_HEADS = r"kế\s+hoạch|mục\s+tiêu|dự\s+kiến|dự\s+toán|nghị\s+quyết|kh|nq"
_DONE_HEADS = (
    r"ước\s+thực\s+hiện|ước\s+th|ước\s+tính|ước\s+đạt|ước|thực\s+hiện|th|so\s+sánh|so\s+(?:với\s+)?cùng\s+kỳ"
    r"|so\s+(?:với\s+)?(?:kế\s+hoạch|kh|dự\s+toán|nghị\s+quyết|nq|ck)|tỷ\s+lệ\s+%"
)
_COLUMN_HEAD = re.compile(rf"(?<![{_W}])(?:(chỉ\s+tiêu\s+giao|{_PLAN_HEADS})|({_DONE_HEADS}))(?![{_W}])")
_DATA_ROW = re.compile(r"[^|\n]*[a-zà-ỹđ][^|\n]*(?:\|[ \t\xa0]*[\d.,]*[ \t\xa0]*)+\|?[ \t\xa0]*$")


_CELL_LINE = re.compile(
    r"[ \t\xa0]*(?:[<>≤≥][ \t\xa0]*)?\d[\d.,]*[ \t\xa0]*%?[ \t\xa0]*|[ \t\xa0]*-[ \t\xa0]*"
)


def _role_by_heads(key: str, start: int) -> Role | None:
    """The role of a cell of a table copied one cell a line, read from the column heads above its first row.

    "Thực hiện 2019 / Thực hiện 2020 / Mục tiêu đến năm 2020 / Mục tiêu đến năm 2025" above rows "1. Số bác sỹ
    cho 10000 dân" then "9.06", "9.81", "9", "10" each on its line: the first row gives the number of columns,
    the last that many heads above it name them (a title above them, "Chỉ tiêu mục tiêu", is no column), and a
    cell's place in its run is its column.  None when the heads cannot be told.
    """
    pos = key.rfind("\n", 0, start) + 1
    rows = row_numbers(key)  # the rows' ordinals, no cells ("2" above "Chi ngân sách …")

    def ordinal(at: int, line: str) -> bool:
        return at + len(line) - len(line.lstrip(" \t\xa0")) in rows

    below, nxt = 0, key.find("\n", start)
    while 0 <= nxt < len(key) and below < 60:  # the rest of the cell's own run, down to the next label
        end = key.find("\n", nxt + 1)
        line = key[nxt + 1 : len(key) if end < 0 else end]
        if line.strip() and (not _CELL_LINE.fullmatch(line) or ordinal(nxt + 1, line)):
            break
        below += 1 if line.strip() else 0
        nxt = end
    index, run = 0, 1 + below  # the cell's place in its row's run; the values counted in the run being walked
    first_label, columns = -1, 0
    for _ in range(400):  # up through the rows, a bounded walk
        if pos == 0:
            break
        prev = key.rfind("\n", 0, pos - 1) + 1
        line = key[prev : pos - 1]
        pos = prev
        if not line.strip():
            continue
        if ordinal(prev, line):
            continue  # the next row's ordinal: no cell of the row above
        if _CELL_LINE.fullmatch(line):
            run += 1
            if first_label < 0:
                index += 1
            continue
        if run == 0:
            break  # a line of text right above a row's label: the head
        first_label, columns, run = prev, run, 0
    if first_label < 0 or columns < 2 or index >= columns:
        return None
    heads = list(_COLUMN_HEAD.finditer(key, max(0, first_label - 500), first_label))
    if len(heads) < columns:
        return None
    return "target" if heads[len(heads) - columns + index].group(1) else "actual"


def _alone_between_bars(key: str, num: Number) -> bool:
    """A cell of a bar table copied one cell a line: the number alone on its line, a bar above and below."""
    ls, le = line_bounds(key, num.start, num.unit_end)
    return (
        is_table_cell(key, num.start, num.unit_end)
        and key[ls:le].strip(" \t\xa0\r") == key[num.start : num.unit_end].strip()
    )


def _column_role(num: Number, key: str) -> tuple[Role, bool] | None:
    """The role a table's column head gives its cell: plan columns are targets, done or compared ones results.

    Rows are lines "label | n | n | n |"; the heads are read, in order, from the lines above the first row,
    and used only when there are as many heads as the row has cells.  A table continued without its head
    ("Số phòng (phòng) | 23.389 | 23.700 | 23.389 | 100,0 |" with no head line above) is read as results when
    its rows have three cells or more: a plan is one column of such a table (done last year | plan | done
    this year | % of last year), the others are done, estimated or compared.  Such a cell does not vote.
    """
    if (
        is_column_cell(key, num.start, num.unit_end)
        or is_aligned_cell(key, num.start, num.unit_end)
        or _alone_between_bars(key, num)
    ):
        # A table copied one cell a line ("Số giường bệnh\n7.343\n7.323", "|\n748.700\n|"): a statistics
        # series, results, unless its head names a plan column; such a cell does not vote.
        by_column = _role_by_heads(key, num.start) if is_column_cell(key, num.start, num.unit_end) else None
        if by_column is not None:
            return by_column, False
        head = key[max(0, num.start - 600) : num.start]
        if any(m.group(1) for m in _COLUMN_HEAD.finditer(head)):
            return None
        return "actual", False
    if not is_table_cell(key, num.start, num.unit_end):
        return None
    ls, le = line_bounds(key, num.start, num.start)
    by_cell = _head_of_cell(key, ls, le, num.start)
    if by_cell is not None:
        return by_cell, True
    cells = key.count("|", ls, le) - 1
    col = key.count("|", ls, num.start)
    top = ls
    for _ in range(40):  # up through the rows of the table, a bounded walk
        if top == 0:
            break
        prev = key.rfind("\n", 0, top - 1) + 1
        if not _DATA_ROW.match(key, prev, top - 1):
            break
        top = prev
    # The head line right above the rows first (a second table under the first has its own), then the
    # lines above it (heads wrapped over several lines).
    head_line = key.rfind("\n", 0, max(0, top - 1)) + 1
    heads = ["target" if m.group(1) else "actual" for m in _COLUMN_HEAD.finditer(key, head_line, top)]
    if len(heads) != cells:
        heads = [
            "target" if m.group(1) else "actual" for m in _COLUMN_HEAD.finditer(key, max(0, top - 400), top)
        ]
    if not heads and cells >= 3 and 1 <= col <= cells:
        return "actual", False
    if cells < 2 or len(heads) != cells or not 1 <= col <= cells:
        return None
    return ("target" if heads[col - 1] == "target" else "actual"), True


# A head cell of its own naming a plan or a result column ("Chỉ tiêu 2024", "Ước thực hiện 2023"): in a cell alone,
# "chỉ tiêu" heads the column of the plan's values (the column of the indicators' names holds no number).
_CELL_HEAD = re.compile(rf"(?:(chỉ\s+tiêu|{_PLAN_HEADS})|({_DONE_HEADS}|kết\s+quả))(?![{_W}])")


def _cells(line: str) -> list[str]:
    cells = [c.strip() for c in line.split("|")]
    if cells and not cells[-1]:
        cells.pop()
    return cells


def _head_of_cell(key: str, ls: int, le: int, s: int) -> Role | None:
    """The role the head cell above a number gives it, in a table whose head line has as many cells as the
    number's row ("STT | Chỉ số | Đơn vị tính | Ước thực hiện 2023 | Chỉ tiêu 2024 |" over "1 | … | % | 80 | 90 |");
    the rows between hold numbers in that column."""
    cells = _cells(key[ls:le])
    col = key.count("|", ls, s)
    if len(cells) < 3 or not 0 < col < len(cells):
        return None
    top = ls
    for _ in range(40):  # up through the rows of the table, a bounded walk
        if top == 0:
            return None
        prev = key.rfind("\n", 0, top - 1) + 1
        heads = _cells(key[prev : top - 1])
        if len(heads) != len(cells):
            return None
        if not heads[col] or _CELL_LINE.fullmatch(heads[col]):
            top = prev
            continue
        m = _CELL_HEAD.match(heads[col])
        if m is None:
            return None
        return "target" if m.group(1) else "actual"
    return None


def _plan_aside(window: str, lx: Lexicon) -> bool:
    """A bracket after a plan word holds the plan's value ("(chỉ tiêu …: N)", "chưa đạt chỉ tiêu NQ (38%)") …

    … unless a list opens between them after a result measured against the plan: "các đảng bộ vượt chỉ
    tiêu gồm có: Công an tỉnh (158,18%)" lists results, each item taking the lead-in's role.
    """
    m = _PAREN_AFTER_PLAN.search(window)
    if m is None:
        return False
    if ":" not in m.group(0):
        return True
    return not any(pc.start() < m.start() + 1 <= pc.end() for pc in lx.plan_comparison.finditer(window))


_ESTIMATE_WORDS = frozenset({"ước đạt", "ước", "ước tính", "ước thực hiện", "ước tăng", "ước giảm"})
# A rank reached is a result ("đứng thứ 9 cả nước"); right after a plan word it is the rank aimed at.
_RANK_WORDS = frozenset({"đứng thứ", "xếp thứ"})
_AIM_RIGHT_BEFORE = re.compile(
    rf"(?<![{_W}])(?:dự\s+kiến|phấn\s+đấu|mục\s+tiêu|sẽ|nhằm)\s+(?:(?:vươn\s+lên|vào|lọt)\s+)?$"
)
# A cut-off within the year a report counts up to ("đến hết tháng 7, …"), unless a plan verb sets it as a deadline.
_CUTOFF_WORDS = frozenset(
    {
        "đến hết tháng",
        "tới hết tháng",
        "đến hết quý",
        "tới hết quý",
        "đến cuối tháng",
        "đến trung tuần tháng",
        "đến giữa tháng",
        "đến đầu tháng",
    }
)


def _aimed_by_plan_verb(key: str, b: Boundaries, lx: Lexicon, s: int) -> bool:
    """A plan verb earlier in the number's sentence, with no result cue since: what "được" gets is aimed at.

    "Hội phấn đấu mỗi năm giúp được thêm 300 hộ thoát nghèo", "sẽ xây dựng được 4 cây cầu": the verb before
    "được" tells what the plan wants to get, not what was got ("đã xây dựng được 4 cây cầu" keeps its result).
    """
    verb = _last_match(_PLAN_VERB, key, b.start_of(b.sentences, s), s)
    if verb is None:
        return False
    masked = lx.plan_comparison.sub(lambda m: " " * len(m.group(0)), key[verb.end() : s])
    return not any(
        lx.role_kind.get(_SPACES.sub(" ", m.group(0))) == "actual" for m in lx.role_cue.finditer(masked)
    )


_FUTURE_VERB = re.compile(rf"(?<![{_W}])(?:sẽ|phấn\s+đấu|đặt\s+mục\s+tiêu)(?![{_W}])")


def _estimate_under_future(key: str, b: Boundaries, lx: Lexicon, s: int, cue_at: int) -> bool:
    """A future verb earlier in the sentence of ``s`` governs the estimate word at ``cue_at``."""
    ss = b.start_of(b.sentences, s)
    verb = _last_match(_FUTURE_VERB, key, ss, cue_at)
    if verb is None and _FRAME_LEAD.match(key, ss) is None and _YEAR_NAMED.search(key, ss, cue_at) is None:
        # "… tỉnh đặt mục tiêu GRDP ước tăng 8,7%. Chỉ tiêu thu ngân sách ước đạt 15.445 tỷ đồng.": the next sentence
        # goes on with the plan's estimates, unless it names a year of its own ("Năm 2024, … ước đạt …").
        verb = _last_match(
            _FUTURE_VERB, key, max(b.start_of(b.paragraphs, s), s - 3 * _ROLE_WINDOW // 2), cue_at
        )
    if verb is None:
        return False
    masked = lx.plan_comparison.sub(lambda m: " " * len(m.group(0)), key[verb.end() : cue_at])
    # "tỉnh đặt mục tiêu GRDP ước tăng 8,7%, GRDP bình quân đầu người ước đạt 84,8 triệu đồng/người": the estimates
    # the verb governs follow one another; only a result of another kind ends its reach.
    return not any(
        lx.role_kind.get(w) == "actual" and w not in _ESTIMATE_WORDS
        for w in (_SPACES.sub(" ", m.group(0)) for m in lx.role_cue.finditer(masked))
    )


def _under_plan_verb(key: str, b: Boundaries, lx: Lexicon, s: int) -> bool:
    """A plan verb ("phấn đấu", "sẽ", "đến năm" …) earlier in the paragraph, with no result cue since."""
    lo = max(b.start_of(b.paragraphs, s), s - 3 * _ROLE_WINDOW // 2)
    verb = _last_match(_PLAN_VERB, key, lo, s)
    if verb is None:
        return False
    masked = lx.plan_comparison.sub(lambda m: " " * len(m.group(0)), key[verb.end() : s])
    return not any(
        lx.role_kind.get(_SPACES.sub(" ", m.group(0))) == "actual" for m in lx.role_cue.finditer(masked)
    )


# A sentence led by the period it speaks of: "Năm 2025, …", "Nhiệm kỳ 2025-2030: …", "Bước sang năm 2026, …".
_FRAME_LEAD = re.compile(
    r"[\s\-–•+*]*(?:(?:trong|bước\s+sang|sang|cả)\s+)?"
    r"(?:năm\s+((?:19|20)\d{2})|(?:nhiệm\s+kỳ|giai\s+đoạn)\s+((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2}))"
    r"(?!\s*[-–/]?\s*\d)\s*[,:]?"
)


def _frames(key: str, b: Boundaries) -> dict[int, tuple[int, int]]:
    """The period each sentence opens with, as (first year, last year), for the sentences that open with one.

    A sentence that opens with none is under the period of the last one that did in its paragraph ("Năm 2019, …
    phát triển toàn diện. Tổng giá trị sản xuất đạt 553 tỷ đồng …": the second sentence still speaks of 2019).
    """
    if b.roles.frames is not None:
        return b.roles.frames
    out: dict[int, tuple[int, int]] = {}
    last: tuple[int, tuple[int, int]] | None = None  # the paragraph and the period its last frame opened
    for ss in b.sentences:
        m = _FRAME_LEAD.match(key, ss)
        if m is not None:
            f = (int(m.group(1)), int(m.group(1))) if m.group(1) else (int(m.group(2)), int(m.group(3)))
            out[ss] = f
            last = (b.start_of(b.paragraphs, ss), f)
        elif last is not None and last[0] == b.start_of(b.paragraphs, ss):
            out[ss] = last[1]
    b.roles.frames = out
    return out


# A year named in a sentence, not a season's ("Vụ Đông năm 2023" and "Vụ Xuân năm 2024" follow each other).
_YEAR_NAMED = re.compile(rf"(?<![{_W}])năm\s+((?:19|20)\d{{2}})(?![{_W}])")
_SEASON_YEAR = re.compile(rf"(?<![{_W}])vụ\s+[{_W}]+\s+năm\s+$")


def _estimates_base_year(key: str, b: Boundaries, s: int) -> bool:
    """The latest year the sentence names is the one before the year the text plans: an estimate of it reports.

    "Thành phố dự kiến hoàn thành 18/23 chỉ tiêu năm 2023; tăng trưởng GRDP dự kiến tăng 6,27%" in a text whose
    resolution sets the targets of 2024 tells how 2023 ends, as "ước" would.
    """
    ss = b.start_of(b.sentences, s)
    years = [
        int(m.group(1))
        for m in _YEAR_NAMED.finditer(key, ss, b.end_of(b.sentences, s, b.n))
        if not _SEASON_YEAR.search(key, max(0, m.start(1) - 25), m.start(1))
    ]
    return bool(years) and _plans_next_year(key, b, max(years))


_COMPARED_YEAR = re.compile(rf"(?<![{_W}])(?:so\s+với|từ|đến|tới|sau|trước)(?:\s+(?:cuối|đầu|giữa))?\s+$")


def _names_base_year(key: str, b: Boundaries, s: int) -> bool:
    """An uncued number whose own clause names the year before the one the text plans: the base, a result.

    "Mục tiêu năm 2024 …, thu nhập bình quân đạt 18 triệu đồng/tháng. Theo Sở …, tỷ lệ hộ nghèo năm 2023 còn
    2,93%": the year is the indicator's, not a deadline; a year it is compared with or counted from ("tăng 12% so
    với năm 2024", "từ năm 2023") is no such year.
    """
    cs = b.start_of(b.iclauses, s)
    years = [
        int(m.group(1))
        for m in _YEAR_NAMED.finditer(key, cs, s)
        if not _COMPARED_YEAR.search(key, max(cs, m.start() - 16), m.start())
        and not _SEASON_YEAR.search(key, max(0, m.start(1) - 25), m.start(1))
    ]
    return (bool(years) and _plans_next_year(key, b, max(years))) or _plan_follows_in_sentence(key, b, s)


_PLAN_NOUN_END = re.compile(rf"(?<![{_W}])(?:mục\s+tiêu|kế\s+hoạch|chỉ\s+tiêu)(?:\s+(?:đến|cho|của))?\s+$")


def _plan_follows_in_sentence(key: str, b: Boundaries, s: int) -> bool:
    """The number's clause names a year, and a later clause of its sentence plans a later year.

    "Tỷ lệ hộ nghèo giảm từ 4,2% năm 2022 xuống 3,1% năm 2023; năm 2024 phấn đấu giảm còn 2,5%": 2023 is the base
    the plan of 2024 starts from, a result (its year may follow the number in its clause).
    """
    # The number's ";" part, so that a year heading it counts ("Năm 2022, tỉnh đón 3,2 triệu lượt khách; …").
    cs = max(b.start_of(b.segments, s), s - _ROLE_WINDOW)
    ce = min(b.end_of(b.segments, s, b.n), s + _ROLE_WINDOW)
    years = [
        int(m.group(1))
        for m in _YEAR_NAMED.finditer(key, cs, ce)
        if not _COMPARED_YEAR.search(key, max(cs, m.start() - 16), m.start())
        and not _SEASON_YEAR.search(key, max(0, m.start(1) - 25), m.start(1))
    ]
    if not years:
        return False
    se = min(b.end_of(b.sentences, s, b.n), ce + _ROLE_WINDOW)
    for m in _YEAR_NAMED.finditer(key, ce, se):
        if int(m.group(1)) <= max(years):
            continue
        if _PLAN_VERB.search(key, m.start(), min(se, m.end() + 40)) or _PLAN_NOUN_END.search(
            key, max(ce, m.start() - 20), m.start()
        ):
            return True  # "…; mục tiêu năm 2024 là 4,5 triệu lượt khách", "năm 2024 phấn đấu …"
    return False


_WINDOW_OF_YEAR = re.compile(
    rf"(?<![{_W}])(?:quý|tháng|đầu|cuối|giữa|hết)(?:\s+[{_W}\d]+)?\s+năm\s+(?:19|20)\d\d(?![{_W}])"
)


def _names_next_year(key: str, b: Boundaries, lx: Lexicon, s: int) -> bool:
    """The number's own clause names the year after the latest one named earlier in its sentence, and that one only.

    "Năm 2023 … đạt 120% chỉ tiêu; năm 2024 kết nạp từ 10 đảng viên trở lên": the next year's aim after the
    year's result; a year compared with or counted from ("so với năm 2023", "từ năm 2023") is no such year.
    """
    cs = b.start_of(b.iclauses, s)
    ss = max(b.start_of(b.sentences, s), cs - _ROLE_WINDOW)

    def named(lo: int, hi: int) -> list[int]:
        return [
            int(m.group(1))
            for m in _YEAR_NAMED.finditer(key, lo, hi)
            if not _COMPARED_YEAR.search(key, max(lo, m.start() - 16), m.start())
            and not _SEASON_YEAR.search(key, max(0, m.start(1) - 25), m.start(1))
        ]

    own = named(cs, s)
    if len(own) != 1 or cs <= ss or _WINDOW_OF_YEAR.search(key, cs, s):
        # "năm 2023 tăng 5%; quý I năm 2024 tăng 3%": a window of the next year is reported, not planned
        return False
    earlier = named(ss, cs)
    # … and the year before was measured against its plan ("đạt 120% chỉ tiêu", "vượt kế hoạch"): a year closed, the
    # next one planned; "Năm 2022 thu 10 tỷ đồng; năm 2023 thu 12 tỷ đồng" may as well report two years.
    closed = _PCT_PLAN.search(key, ss, cs) is not None or lx.plan_comparison.search(key, ss, cs) is not None
    return bool(earlier) and max(earlier) == own[0] - 1 and closed


def _plans_next_year(key: str, b: Boundaries, year: int) -> bool:
    """A sentence whose cued numbers plan names the year after ``year`` ("mục tiêu … trong năm 2025")."""
    cued = b.roles.cued_roles
    known = b.roles.plans_year
    if year not in known:
        want = re.compile(rf"(?<![{_W}])năm\s+{year + 1}(?![{_W}\-–/])")
        known[year] = any(
            role == "target" and want.search(key, ss, b.end_of(b.sentences, ss, b.n)) is not None
            for ss, role in cued.items()
        )
    return known[year]


def _frame_role(ps: int, b: Boundaries, key: str, last_role: dict[int, Role]) -> Role | None:
    """An uncued sentence's role from the periods the text's sentences open with.

    A review followed by the next period's aims in one text ("Năm 2024, thu ngân sách đạt 120 tỷ đồng. Năm 2025,
    thu ngân sách 135 tỷ đồng"; "Nhiệm kỳ 2020-2025 … Nhiệm kỳ 2025-2030: …"): a sentence opening with the text's
    latest period, after one opening with an earlier period whose numbers are results, plans; a sentence opening
    with an earlier period, before one opening with a later period whose cued numbers plan, reports.
    """
    frames = _frames(key, b)
    mine = frames.get(ps)
    if mine is None:
        return None
    if mine[0] == mine[1] and _plans_next_year(key, b, mine[0]):
        # "Năm 2024, Hà Nội có 412 trường đạt chuẩn quốc gia …" beside "mục tiêu … 80-85% … trong năm 2025": the
        # year before the one the text plans is its base, told as results.
        return "actual"
    if len(frames) < 2:
        return None
    latest = max(f[0] for f in frames.values())
    for ss, f in frames.items():
        if ss < ps and f[1] <= mine[0] and f[0] < mine[0] and mine[0] == latest:
            if last_role.get(ss) == "actual":
                return "target"
        if ss > ps and f[0] >= mine[1] and f[0] > mine[0] and last_role.get(ss) == "target":
            return "actual"
    return None
