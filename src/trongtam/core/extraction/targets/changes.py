"""Change and reference: increase/decrease of a number and what it is compared with."""

from __future__ import annotations

import re

from trongtam.core.extraction.targets._common import _SPACES, _W, RATE_UNITS, _Found
from trongtam.core.extraction.targets.lexicon import Lexicon
from trongtam.core.extraction.targets.roles import _EXCESS_OVER_PLAN, _TU_END, _VUOT_END
from trongtam.core.extraction.targets.scan import Boundaries, Number
from trongtam.core.letter import Change, Ref

_PREV_YEAR = re.compile(
    rf"(?<![{_W}])so\s+với\s+(?:(?:cuối|đầu|hết|cùng\s+kỳ)\s+)?(?:năm\s+(?:học\s+)?)?(?:(?:19|20)\d{{2}}|trước|ngoái)"
)

# A percentage of GDP/GRDP itself is its growth ("GDP quý 2 đạt khoảng 7,7%"), unless it is a share,
# a structure or a per-head amount.
_GDP_RATE = re.compile(rf"(?<![{_W}])gr?dp(?![{_W}])")

_PERCENT_END = re.compile(r"%\s*$")

_GDP_PART = re.compile(
    r"tỷ\s+trọng|tỉ\s+trọng|cơ\s+cấu|chiếm|trong\s+gr?dp|bình\s+quân\s+đầu\s+người|đóng\s+góp"
)

_SO_VOI_AFTER = re.compile(
    rf"\s*(?:\(\s*)?so(?:\s+với)?\s+(?:cùng\s+kỳ|năm|kế\s+hoạch|dự\s+toán|cuối|đầu)(?![{_W}])"
)

# "giảm tỷ lệ sinh con thứ 3 trở lên so với năm trước 0,05%", "cao hơn so với cùng kỳ 0,52 tạ/ha": the baseline
# written between the change word and its number; its "với" is no level marker.
_SO_VOI_BETWEEN_END = re.compile(
    rf"(?<![{_W}])so\s+(?:với\s+)?(?:cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái|(?:19|20)\d\d))?"
    rf"|(?:cuối\s+|đầu\s+)?năm\s+(?:trước|ngoái|liền\s+trước|(?:19|20)\d\d)|kế\s+hoạch|dự\s+toán"
    rf"|(?:tháng|quý|vụ)\s+trước)\s*$"
)

_AT_LEVEL_END = re.compile(rf"(?<![{_W}])ở\s+mức\s+(?:(?:khoảng|hơn|trên|dưới|gần|từ)\s+)?$")
# "IIP … đã tăng ở 49 địa phương", "giảm tại 12 xã": the number counts the places where it changed, no change.
_WHERE_BETWEEN = re.compile(r"\s*(?:ở|tại)\s+(?:(?:gần|trên|hơn|khoảng)\s+)?")
_LEVEL_AFTER_OTHER = re.compile(rf"\d[^\d]*(?<![{_W}])(?:đạt|bằng|là|chiếm)\s*$")
_FROM_TO_LEVEL = re.compile(rf"(?<![{_W}])(?:xuống|lên|còn)(?![{_W}])")

_RATE_WORDS = re.compile(
    rf"(?<![{_W}])(?:tỷ\s+lệ|tỷ\s+trọng|tốc\s+độ|mức\s+tăng|mức\s+giảm|cơ\s+cấu)(?![{_W}])"
)

# A change verb, the rate it changes, then "là" and the amount: "giảm tỷ lệ hộ nghèo năm 2022 là 0,47%".
_RATE_THEN_LA = re.compile(
    rf"\s*t[ỷỉ]\s+lệ(?![{_W}])(?:[^\d(),;:]|năm\s+(?:19|20)\d\d){{0,60}}?(?<![{_W}])là\s+"
    rf"(?:(?:khoảng|hơn|trên|gần)\s+)?$"
)

_TIMES_YEAR = re.compile(r"\s*(?:so\s+với\s+)?(?:cuối\s+|đầu\s+)?năm\s+(?:19|20)\d{2}")

_NOT_END = re.compile(rf"(?<![{_W}])không\s*$")

# The last words before a number bounding it from above.
_PER_YEAR = re.compile(rf"(?<![{_W}])(?:bình\s+quân|trung\s+bình|mỗi\s+năm|hằng\s+năm|hàng\s+năm)(?![{_W}])")
_CEILING_END = re.compile(rf"(?<![{_W}])(?:không\s+(?:vượt\s+)?quá|tối\s+đa|dưới|thấp\s+hơn)\s*$")

_OWN_CHANGE_AFTER = re.compile(r"\s*,?\s*(?:tăng|giảm)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d")
_NEGATIVE_GROWTH_END = re.compile(rf"(?<![{_W}])tăng\s+trưởng\s+âm\s*$")
_TRO_LEN = re.compile(rf"(?<![{_W}])trở\s+(?:lên|xuống)(?![{_W}])")

_VUOT_PLAN_END = re.compile(
    rf"(?<![{_W}])(?:vượt|cao\s+hơn)\s+(?:mức\s+)?(?:(?:mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch|nghị\s+quyết|dự\s+toán)\s*)+"
    rf"(?:(?!và\s)[A-Za-zà-ỹđ.]+\s+){{0,3}}$"
)

# "vượt kế hoạch 2.660 ha", "vượt chỉ tiêu được giao 15 đảng viên": the excess itself, right after the plan words,
# in the plan's own unit (no word of what the plan is between, as in "vượt mục tiêu đưa 125.000 lao động").
_EXCESS_END = re.compile(
    rf"(?<![{_W}])vượt\s+(?:mức\s+)?(?:(?:mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch|nghị\s+quyết|dự\s+toán)\s*)+"
    rf"(?:(?:đề\s+ra|được\s+giao|giao|tỉnh\s+giao|huyện\s+giao|năm)\s+)?$"
)

_UNDER_PLAN_END = re.compile(
    rf"(?<![{_W}])thấp\s+hơn\s+(?:(?:mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch|nghị\s+quyết|dự\s+toán)\s*)+"
    rf"(?:(?!và\s)[A-Za-zà-ỹđ.]+\s+){{0,3}}$"
)


# A verb of admitting or recognising before "thêm" ("kết nạp thêm", "công nhận thêm", "thành lập thêm") counts what
# was done; "trồng thêm 40 ha", "xây dựng thêm" stay changes.
_DONE_MORE_END = re.compile(rf"(?<![{_W}])(?:kết\s+nạp|công\s+nhận|thành\s+lập|tiếp\s+nhận|vận\s+động)\s*$")


# "đạt và vượt", "đạt hoặc vượt": reaching or passing a level.
_REACHED_AND_END = re.compile(rf"(?<![{_W}])đạt\s+(?:và|hoặc)\s*$")


# An interest rate per year is a price, not a growth: "lãi suất cho vay 0,6%/năm" takes no direction from the item before.
_INTEREST = re.compile(rf"(?<![{_W}])lãi(?![{_W}])")


def _per_year(num: Number) -> bool:
    return num.unit.replace(" ", "").startswith("%/năm")


_AVERAGE_BETWEEN = re.compile(
    rf"\s*(?:so\s+với\s+)?(?:mức\s+)?(?:trung\s+bình|bình\s+quân)(?:\s+chung)?(?:\s+[{_W}]+){{0,4}}?\s*"
    rf"(?:là\s+)?(?:(?:khoảng|gần|hơn|trên)\s+)?"
)
_ABOVE_ONLY = re.compile(r"\s*trên\s*")
_SO_VOI_AHEAD = re.compile(r"(?<![^\W\d_])so\s+(?:với|cùng)(?![^\W\d_])")


def _change(
    num: Number,
    left_clause: str,
    ileft: str,
    lx: Lexicon,
    found: list[_Found],
    sentence_start: int,
    right: str = "",
    after: str = "",
) -> tuple[Change | None, bool]:
    """(change, is_direct)."""
    if num.sign == "-":
        return "decrease", True
    if num.sign == "+":
        return "increase", True
    tail = left_clause[-60:]
    if _NEGATIVE_GROWTH_END.search(tail):
        return "decrease", True  # "tăng trưởng âm 2,5%": a growth below zero is a fall
    me = lx.equivalent_end.search(tail)
    if me:
        w = me.group("w")
        if w:
            return lx.change_kind.get(_SPACES.sub(" ", w)), True  # type: ignore[return-value]
        for f in reversed(found):
            if f.num.start >= sentence_start:
                return f.change, True
            break
        return None, True
    if num.unit_key == "%" and _VUOT_PLAN_END.search(tail):
        return "increase", True
    if num.unit_key not in lx.ratio_only and _EXCESS_END.search(tail):
        return "increase", True  # "vượt kế hoạch 2.660 ha": by how much the result passed the plan
    if num.unit_key in lx.ratio_only or num.unit_key == "nhiệm vụ":
        return None, True  # "đạt và vượt 19 chỉ tiêu": how many indicators got there, no change
    # Direct: the change word governs the number ("tăng 7,36%", "giảm bình quân mỗi năm 2,1%").
    last = None
    for m in lx.change_word.finditer(left_clause):
        last = m
    if last is not None:
        between = left_clause[last.end() :]
        word = _SPACES.sub(" ", last.group(0))
        if word == "thêm" and _DONE_MORE_END.search(left_clause, 0, last.start()):
            return None, False  # "kết nạp thêm được 2 thành viên": how many more were done, no change
        if word in ("tăng", "giảm") and _WHERE_BETWEEN.fullmatch(between):
            return None, True
        if word == "vượt" and _ABOVE_ONLY.fullmatch(between) and _SO_VOI_AHEAD.search(right) is None:
            # "diện tích trồng tiêu cả nước đã vượt trên 80.000 ha": a level passed, no change
            return None, True
        if word == "vượt" and _REACHED_AND_END.search(left_clause, 0, last.start()):
            return None, True  # "đạt và vượt 50% so với kế hoạch": a level reached or passed, no change
        ff = lx.false_friend.match(left_clause, last.start())
        if ff is None and _NOT_END.search(left_clause, 0, last.start()):
            ff = last
        if (
            ff is None
            and word in ("cao hơn", "thấp hơn", "nhiều hơn", "ít hơn")
            and _AVERAGE_BETWEEN.fullmatch(between)
        ):
            # "cao hơn trung bình quận là 0,98 điểm", "cao hơn bình quân chung cả nước 7%": above an average, by that
            # much; unless the number is the average's own level, as large as the level compared with it ("bằng 98,6%
            # (cao hơn so với bình quân cả nước là 97,7%)").
            prev = found[-1] if found else None
            if not (
                prev is not None
                and prev.num.start >= sentence_start
                and prev.num.unit_key == num.unit_key
                and 2 * num.value >= prev.num.value
            ):
                return lx.change_kind.get(word), True  # type: ignore[return-value]
        if ff is None and word in ("tăng", "giảm") and _RATE_THEN_LA.match(between):
            # "giảm tỷ lệ hộ nghèo năm 2022 là 0,47%": the rate the verb changes, then how much; no level.
            return lx.change_kind.get(word), False  # type: ignore[return-value]
        if ff is None and _LEVEL_AFTER_OTHER.search(between):
            # "tăng 30% so với cùng kỳ và đạt 73,5% so với kế hoạch": the change word governs the number
            # before; this one is a level stated by its own verb.
            ff = last
        if ff is None:
            if (
                _TU_END.search(between)
                and not re.fullmatch(rf"\s*(?:(?:{lx.between})\s+)*", between)
                and _FROM_TO_LEVEL.search(_TRO_LEN.sub(" ", right))
            ):
                return None, False  # "giảm tỷ lệ hộ nghèo … từ 5,2% xuống còn 3%": a starting level
            if re.fullmatch(rf"\s*(?:(?:{lx.between})\s+)*", between):
                if _TU_END.search(between) and _FROM_TO_LEVEL.search(_TRO_LEN.sub(" ", right)):
                    return None, True  # "giảm từ 42,61% … xuống còn": a starting level
                return lx.change_kind.get(word), True  # type: ignore[return-value]
            # "tăng giá trị sản xuất lâm nghiệp hàng năm ở mức 5-5,5%": "ở mức" sizes the change the verb
            # names ("giữ … ở mức 500.000 ha", with no change verb, is a level held).
            at = _AT_LEVEL_END.search(between)
            if (
                at is not None
                and word in ("tăng", "giảm")
                and "(" not in between
                and not lx.level.search(_TRO_LEN.sub(" ", between[: at.start()]))
            ):
                return lx.change_kind.get(word), False  # type: ignore[return-value]
            # "giảm tỷ lệ sinh con thứ 3 trở lên 0,2%": "trở lên" bounds a name, it is no level "lên".
            sv = _SO_VOI_BETWEEN_END.search(between)
            core = between[: sv.start()] if sv is not None else between
            if (
                lx.change_kind.get(word) == "decrease"
                and _CEILING_END.search(core)
                and not _PER_YEAR.search(core)
                and not num.unit.replace(" ", "").startswith("%/")
            ):
                # "giảm dần tỷ lệ bội chi đến năm 2020 không quá 3,5%": a ceiling after the thing reduced is the
                # level it is brought under, not the size of the fall ("giảm không quá 1%", "giảm tỷ lệ … bình
                # quân mỗi năm không quá 1%" still are).
                head = _CEILING_END.sub("", core)
                if not re.fullmatch(rf"\s*(?:(?:{lx.between})\s+)*", head):
                    return None, False
            if any(c.isdigit() for c in between) and _OWN_CHANGE_AFTER.match(after):
                # "thuỷ sản 1,9 tỷ USD, tăng 16% và lâm sản trên 1,5 tỷ USD, tăng 21%": an item that states its
                # own change after it is a level; the change word before governs an earlier item.
                return None, False
            if (
                not lx.level.search(_TRO_LEN.sub(" ", core))
                and "(" not in between
                and word not in ("vượt", "thêm")
            ):
                return lx.change_kind.get(word), False  # type: ignore[return-value]
            # A level is not compared with a baseline, nor given per year: "giảm tỷ lệ … xuống 2% so
            # với năm 2024", "giảm tỷ lệ hộ nghèo là 4%/năm" are amounts of change.
            if "(" not in between and (
                _SO_VOI_AFTER.match(right) or num.unit.replace(" ", "").startswith("%/năm")
            ):
                return lx.change_kind.get(word), False  # type: ignore[return-value]
    if lx.reduction.search(ileft):
        return "decrease", False
    if lx.growth.search(ileft):
        return "increase", False
    if _per_year(num) and found and not _INTEREST.search(left_clause):
        prev = found[-1]
        if prev.num.start >= sentence_start and prev.change is not None and _per_year(prev.num):
            # "giá trị sản xuất nông nghiệp tăng bình quân 3,2%/năm; công nghiệp, xây dựng 11%/năm": a rate per year
            # listed right after another with no verb of its own runs the same way.
            return prev.change, False
    if num.unit_key == "%" and not _GDP_PART.search(ileft):
        # "… không quá 3,5% GDP và nợ công không quá 65%": a GDP right after an earlier percentage is that
        # percentage's base, not the subject of this one.
        off = len(left_clause) - len(ileft)
        for m in _GDP_RATE.finditer(ileft):
            before = left_clause[: off + m.start()] if off >= 0 else ileft[: m.start()]
            if not _PERCENT_END.search(before):
                return "increase", False
    return None, False


def _ref(
    num: Number, key: str, clause_left: str, change: Change | None, lx: Lexicon, clause_end: int
) -> Ref | None:
    right = key[num.unit_end : min(clause_end, num.unit_end + 80)]
    if lx.plan_after.match(right) and num.unit_key in RATE_UNITS:
        return "plan"
    if lx.same_period.search(right):
        return "same_period"
    if _PREV_YEAR.search(right) or lx.previous_year.search(right):
        return "previous_year"
    if num.unit_key == "lần" and _TIMES_YEAR.match(right):
        return "previous_year"  # "gấp 1,6 lần năm 2020"
    if change is not None:
        if _EXCESS_OVER_PLAN.match(right) and _VUOT_END.search(clause_left[-30:]):
            return "plan"  # "vượt 5 xã so với kế hoạch": the excess over the plan, in the number's own unit
        if (_VUOT_PLAN_END.search(clause_left[-60:]) or _UNDER_PLAN_END.search(clause_left[-60:])) and (
            num.unit_key == "%"
        ):
            return "plan"
        if _EXCESS_END.search(clause_left[-60:]):
            return "plan"
        if lx.same_period.search(clause_left):
            return "same_period"
        if _PREV_YEAR.search(clause_left) or lx.previous_year.search(clause_left):
            return "previous_year"
    return None


def _propagate_refs(found: list[_Found], b: Boundaries) -> None:
    """Parallel changes in one sentence share the "so với …" written after the last of them."""
    by_segment: dict[int, list[_Found]] = {}
    for f in found:
        by_segment.setdefault(b.start_of(b.segments, f.num.start), []).append(f)
    for items in by_segment.values():
        ref: Ref | None = None
        for f in reversed(items):
            if f.change is not None and f.direct_change and f.num.unit_key == "%":
                if f.ref in ("same_period", "previous_year"):
                    ref = f.ref
                elif f.ref is None and ref is not None:
                    f.ref = ref
            else:
                ref = None
