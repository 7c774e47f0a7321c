"""One number in its clause: role, change, reference, indicator, comparator and direction together."""

from __future__ import annotations

import re

from trongtam.core.extraction.targets._common import (
    _ROLE_WINDOW,
    _SPACES,
    _W,
    _WINDOW,
    _Found,
    _key_of,
    _last_match,
)
from trongtam.core.extraction.targets.changes import _OWN_CHANGE_AFTER, _change, _ref
from trongtam.core.extraction.targets.comparators import _comparator, _direction, _is_lower
from trongtam.core.extraction.targets.indicators import (
    _AND_END,
    _indicator,
    _measure_lead,
    _share_lead,
    _strip_indicator,
)
from trongtam.core.extraction.targets.lexicon import UPPER_CHARS as _UP
from trongtam.core.extraction.targets.lexicon import Lexicon
from trongtam.core.extraction.targets.roles import (
    _PAREN_AFTER_PLAN,
    _PLAN_OPENS_PAREN_END,
    _earlier_year_aside,
    _role,
    plan_quote,
    starting_level,
)
from trongtam.core.extraction.targets.scan import Boundaries, Number
from trongtam.core.letter import Op, Role

# What may stand between a growth rate named and a later percentage of the same sentence that is still its value: the
# periods it is told for, earlier percentages of it, the verbs of reaching and "chỉ số này" (nothing that names another
# measure).
_GROWTH_GOES_ON = re.compile(
    rf"(?:[\s,;]|(?<![{_W}])(?:đạt|ước|ước\s+tính|mức|ở\s+mức|khoảng|gần|và|là|chỉ\s+số\s+này|tháng|quý|năm|sáu|chín|"
    rf"đầu|cuối|cả|i|ii|iii|iv|gr?dp|kinh\s+tế|\d+(?:,\d+)?\s*%|\d+)(?![{_W}]))*"
)


# A place's name, each word capitalised ("Quảng Ninh", "Bà Rịa - Vũng Tàu"), then a colon right before the number.
_PLACE_LABEL_END = re.compile(
    rf"(?<![^\W\d_])[{_UP}][^\W\d_]*(?:(?:[ \t]+|[ \t]*[-–][ \t]*)[{_UP}][^\W\d_]*){{0,4}}[ \t]*:[ \t]*$"
)
# What may stand between one place's value and the next place's name: the bound's end, a stop or a ";", "Cụ thể," and
# a region's label with its colon.
_PLACE_LIST_BETWEEN = re.compile(
    r"(?:[ \t]*trở[ \t]+(?:lên|xuống))?[ \t]*[;.,]?\s*(?:cụ[ \t]+thể[ \t]*[,:]?[ \t]*)?(?:[^\d;:.\n%]{1,60}:[ \t]*)?"
)


def _growth_goes_on(key: str, lx: Lexicon, ss: int, s: int) -> bool:
    """A growth rate named earlier in the sentence, and nothing between it and the number but periods and its values."""
    g = _last_match(lx.growth, key, ss, s)
    return g is not None and _GROWTH_GOES_ON.fullmatch(key, g.end(), s) is not None and g.end() < s


# A clause that is only an average of what the clause before names: ", bình quân gần 8,5%".
# … or only its pace: "kinh tế tiếp tục tăng trưởng khá, tốc độ ước đạt 13,5%".
_AVERAGE_ONLY = re.compile(
    r"[\s,;]*(?:bình\s+quân|tốc\s+độ(?:\s+bình\s+quân)?)\s+(?:(?:ước|đạt|là|gần|trên|hơn|khoảng|xấp\s+xỉ)\s+)*"
)
# "tăng thu ngân sách bình quân hàng năm đạt 4,2%": a change named with what changes, then its yearly average.
_CHANGE_LED_AVERAGE_END = re.compile(
    rf"(?<![{_W}])(tăng|giảm)\s+[^\d,;:.()\n]{{1,60}}?\s+bình\s+quân(?:\s+(?:hằng|hàng|mỗi)\s+năm|/năm)?"
    r"\s+(?:đạt|là|ước\s+đạt)\s+(?:(?:khoảng|trên|hơn|từ)\s+)?$"
)
_COMMA_ONLY = re.compile(r"[ \t]*,[ \t]*")
_REACHED_IN_WORDS_COMMA = re.compile(r"[ \t]+(?:đạt|được\s+công\s+nhận)(?:[ \t]+[^\W\d_]+){1,8}[ \t]*,[ \t]*")
# A fall named right before the clause, with at most an adverb: "… giảm nhanh,", "… giảm mạnh,".
_FALL_VERB_END = re.compile(rf"(?<![{_W}])giảm(?:\s+(?:nhanh|mạnh|sâu|đều|dần|liên\s+tục))?\s*,?\s*$")
# A dashed row's own verb of level or change, or its label's colon ("- Nông, lâm, ngư nghiệp chiếm 12,1%").
_OWN_LEVEL_WORD = re.compile(rf"(?<![{_W}])(?:chiếm|đạt|là|tăng|giảm)(?![{_W}])|:")
_DASH_JOIN = re.compile(r"\s*[-–]\s*")
# "duy trì (vững chắc) mức …", "giữ (vững, ổn định) mức …": holding a level, not reaching past it.
_HOLD_LEVEL = re.compile(
    rf"(?<![{_W}])(?:duy\s+trì|giữ)(?:\s+(?:vững\s+chắc|vững|ổn\s+định))?\s+mức(?![{_W}])"
)


def _holds_level(key: str, lo: int, s: int) -> bool:
    """The number is the level a "duy trì mức …" phrase before it holds, with no other number between."""
    m = _last_match(_HOLD_LEVEL, key, lo, s)
    return m is not None and not any(c.isdigit() for c in key[m.end() : s])


_DOWN_TO_END = re.compile(rf"(?<![{_W}])(?:còn|xuống(?:\s+mức)?)\s*$")
# From a change's number to the bracket a plan's value of it opens (``_PLAN_OPENS_PAREN_END``): "% so với cùng kỳ ".
_TO_PLAN_PAREN = re.compile(r"[^\d();.\n]{0,40}")
# "giảm 15% … (21 hộ)", "tăng 183 hợp tác xã (khoảng 27%)": the bracket may bound or round its number.
_PAREN_ONLY = re.compile(r"[^();.\n]*\(\s*(?:(?:khoảng|gần|hơn|trên|dưới|xấp\s+xỉ)\s+)?$")
# "so với năm 2020 (": a bracket right after the baseline may give the baseline's level.
_BASELINE_BEFORE_PAREN = re.compile(
    rf"(?<![{_W}])so\s+(?:với\s+)?(?:cùng\s+kỳ|(?:cuối\s+|đầu\s+)?(?:năm|tháng|quý)\s+(?:trước|ngoái|[\dIVX]))"
    rf"[^();.\n]{{0,20}}\(\s*$"
)
# "…, trong đó, … nông - lâm - thủy sản bình quân 3,3%/năm; ngành công nghiệp - xây dựng bình quân 12%/năm": a
# ";"-item naming only its sector before "bình quân N%/năm" measures what the item before it measured.
_SECTOR_ITEM = re.compile(r"\s*;\s*[^;:.()\d\n]{1,60}?\s+bình\s+quân\s*$")
# "Tăng trưởng quý III đạt 8,3% so với cùng kỳ …; quý IV đạt 8,5%": a ";"-item naming only its period before its
# level measures what the item before it measured, a growth rate.
_PERIOD_ITEM_END = re.compile(
    r";\s*(?:và\s+)?(?:quý\s+[ivx\d]+|tháng\s+\d{1,2}|\d{1,2}\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?|cả\s+năm|năm\s+(?:19|20)\d\d)"
    r"(?:\s*(?:năm\s+)?/?\s*(?:19|20)\d\d)?\s+(?:ước\s+|dự\s+kiến\s+)?(?:đạt|là)\s+(?:khoảng\s+|trên\s+|hơn\s+)?$"
)


# "giảm mỗi năm khoảng 1% - 1,5%, trong đó vùng miền núi từ 2% - 3%": a part named after "trong đó" with no verb
# of its own measures what the whole's number measured, its change too.
# A change by a count, then the share of the whole it makes: "tăng 137 hộ so với đầu năm, chiếm tỷ lệ 0,04%".
_SHARE_OF_CHANGE = re.compile(
    r"(?:\s+so\s+với\s+[^\d,;:.()\n]{1,30}?)?\s*,\s*chiếm\s+(?:t[ỷỉ]\s+lệ\s+)?(?:(?:khoảng|gần|hơn|trên)\s+)?$"
)
_PART_OF_CHANGE = re.compile(r"\s*[,;]?\s*(?:\(\s*)?trong\s+đó[,:]?\s+[^\d;:.()\n]{1,50}?\s+(?:từ\s+)?$")
# "… cũng tăng 3,7%, trong đó, gần 50% người sinh con thứ ba là …": no part is named before the number, only how
# near it is; what it shares out is named after it, and it is a share of the whole, not a part of its change.
_UNNAMED_PART = re.compile(
    r"\s*[,;]?\s*(?:\(\s*)?trong\s+đó[,:]?\s+(?:(?:gần|khoảng|hơn|trên|dưới|có|chỉ|ít\s+nhất|tới|đến)\s+)+$"
)

_SECTOR_NAME = re.compile(
    rf"(?<![{_W}])(?:nông(?:,|\s+-)?\s*lâm|nông\s+nghiệp|công\s+nghiệp|xây\s+dựng|dịch\s+vụ|thương\s+mại|"
    rf"thuế\s+sản\s+phẩm|khu\s+vực\s+(?:i{{1,3}}|[123]))(?![{_W}])"
)

# "công nghiệp giảm xuống còn 60,3%, dịch vụ tăng lên 37,6%": a sector brought to a level in percent is its share of the
# economy, direction-neutral as shares are (a sector's growth is "tăng 10%", no "lên").
_SECTOR_LEVEL = re.compile(
    rf"(?:^\s*|[,;:]\s*|\s+và\s+)(?:ngành\s+|khu\s+vực\s+)?{_SECTOR_NAME.pattern}(?:\s*-\s*[{_W} ]{{1,20}}?)?"
    rf"\s+(?:giảm|tăng)\s+(?:(?:xuống|lên)(?:\s+(?:còn|mức|đến))?|còn)\s*$"
)

_LABEL_CHANGE_LEAD = re.compile(
    r"\s*(?:[-+•*–]\s*)?(?:\d{1,2}[.)]\s*)?(giảm|tăng)\s+(?!trưởng|cường|gia)(?=\S)"
)

# The whole a share is of: the economy's product ("20% GRDP", "30% tổng sản phẩm trên địa bàn", "8% trong GDP").
_SHARE_OF_ECONOMY_AFTER = re.compile(
    rf"\s*(?:(?:trong|của)\s+)?(?:tổng\s+)?(?:grdp|gdp|tổng\s+sản\s+phẩm)(?![{_W}])"
)
_VALUE_BEFORE_COMMA = re.compile(r"(\d[\d.,]*\d|\d)[^,;\d]{0,24}[,;]")
_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")


# An audit's findings, listed after what the auditors asked ("kiến nghị tăng thu ngân sách 420 triệu đồng, giảm chi
# ngân sách 1,35 tỷ đồng", "thu hồi, giảm chi 251,5 tỷ đồng"): the money found under a name, not a change of it.
_AUDIT_FINDING_END = re.compile(
    rf"(?<![{_W}])(?:kiến\s+nghị|thu\s+hồi|xuất\s+toán)(?![{_W}])[^;:.()]{{0,100}}?"
    rf"(?<![{_W}])(?:tăng|giảm)\s+(?:thu|chi)(?![{_W}])[^;:.()\d]{{0,40}}$"
)


_DONE_FOR_END = re.compile(
    rf"(?<![{_W}])(?:hỗ\s+trợ|xây(?:\s+dựng)?|sửa\s+chữa|xóa|xoá|xóa\s+bỏ|trao|tặng|bàn\s+giao|khắc\s+phục|cứu\s+trợ|"
    rf"giúp(?:\s+đỡ)?)(?![{_W}])(?:\s+(?:mới|thêm|được|cho|khoảng|ít\s+nhất|tối\s+thiểu|từ|trên|hơn|gần))*\s*$"
)


_SPREAD_FURTHER_END = re.compile(
    rf"(?<![{_W}])(?:xảy\s+ra|phát\s+sinh|xuất\s+hiện|lây\s+lan|bùng\s+phát)\s+thêm\s+(?:ở|tại)\s+"
    rf"(?:(?:gần|hơn|trên|khoảng)\s+)?$"
)


def _analyse(
    num: Number,
    text: str,
    key: str,
    b: Boundaries,
    lx: Lexicon,
    kind: str,
    found: list[_Found],
    last_role: dict[int, Role],
) -> _Found | None:
    s = num.start
    ss = b.start_of(b.sentences, s)
    cs = max(b.start_of(b.clauses, s), s - _WINDOW)
    ics = max(b.start_of(b.iclauses, s), s - _WINDOW)
    ce = min(b.end_of(b.clauses, num.unit_end, b.n), num.unit_end + _WINDOW)
    left_clause = key[cs:s]
    ileft = key[ics:s]
    role, decided = _role(num, key, b, lx, kind, last_role)
    ps = b.start_of(b.sentences, s)
    if (
        not _PAREN_AFTER_PLAN.search(key[max(0, s - 60) : s])
        and not plan_quote(num, key, b)
        and not starting_level(num, key, b)
        # "(năm 2025 ước đạt 158 triệu đồng)": a base told aside (``_role`` decided it, a result)
        and not (decided and role == "actual" and _earlier_year_aside(key, b, s))
    ):
        last_role[ps] = role
        if decided:
            last_role[-1 - b.start_of(b.paragraphs, s)] = role  # keys below 0: paragraphs
    if role == "target" and lx.existing_after.match(key, num.unit_end):
        return None
    prev = found[-1] if found else None
    if (
        prev is not None
        and prev.num.unit_key == num.unit_key
        and (dj := _DASH_JOIN.match(key, prev.num.unit_end, s)) is not None
        # "- Tỷ lệ tăng dân số tự nhiên dưới 1,2%\n- Tỷ lệ giảm nghèo đa chiều trên 4%": a dashed item naming a
        # measure of its own is a new target; a row naming only a part ("- Nông, lâm nghiệp và thủy sản % 3.40")
        # goes on with the one above.
        and (
            dj.end() == s
            or (
                lx.measure_head.match(key, dj.end()) is None
                and _OWN_LEVEL_WORD.search(key, dj.end(), s) is None
            )
        )
    ):
        # "cơ cấu … tương ứng 36,20% - 34,50% - 29,30%": one list, the items share what the first has.
        return _Found(
            num=num,
            role=prev.role,
            op=prev.op,
            change=prev.change,
            ref=prev.ref,
            period=None,
            indicator=prev.indicator,
            start=s,
            direction=prev.direction,
        )
    change, direct = _change(
        num, left_clause, ileft, lx, found, ss, key[num.unit_end : ce], key[num.unit_end : num.unit_end + 40]
    )
    if change is None and _SPREAD_FURTHER_END.search(key, max(ss, s - 40), s):
        # "dịch tả lợn châu Phi phát sinh thêm tại 22 xã": the outbreak reached more places
        change = "increase"
    if change is not None and starting_level(num, key, b):
        change = None  # "giảm … từ 5% (năm 2016) xuống còn 3,04%": where the change starts, no change itself
    if change is not None and _AUDIT_FINDING_END.search(key, max(ss, s - 150), s):
        change = None  # "kiến nghị tăng thu ngân sách 420 triệu đồng, giảm chi …": an audit finding's name, no change
    if change is None and num.unit_key == "%":
        cs = b.start_of(b.iclauses, s)
        if (
            cs > ss
            and _AVERAGE_ONLY.fullmatch(key, cs, s)
            and lx.growth.search(key, max(ss, cs - 60), cs)
            and not lx.reduction.search(key, max(ss, cs - 60), cs)
        ):
            change = "increase"  # "Tăng trưởng kinh tế khá, bình quân gần 8,5%": the average of the growth just named
        elif (
            cs > ss
            and _AVERAGE_ONLY.fullmatch(key, cs, s)
            and _FALL_VERB_END.search(key, max(ss, cs - 30), cs)
        ):
            change = "decrease"  # "tỷ lệ hộ nghèo giảm nhanh, bình quân 4,78%/năm": the average of the fall just named
    if change is None and num.unit_key == "%" and key[max(0, s - 1) : s] == "(":
        # "mức tăng trưởng … gồm: Quảng Ngãi (11,51%), Hải Phòng (11,2%)": a named item in brackets
        # measures what the list's lead-in names.
        colon = key.rfind(":", ss, s)
        if colon > ss and lx.growth.search(key, ss, colon) and not lx.reduction.search(key, ss, colon):
            change = "increase"
        elif colon > ss and not any(c.isdigit() for c in key[ss:colon]):
            # "thu ngân sách của một số xã giảm so với năm trước, gồm: xã An Hòa (12,5%), …": each item's share is
            # the change its lead-in names.
            word = _last_match(lx.change_word, key, ss, colon)
            if word is not None and lx.false_friend.match(key, word.start()) is None:
                change = lx.change_kind.get(_SPACES.sub(" ", word.group(0)))  # type: ignore[assignment]
    if (
        change is None
        and found
        # (its number may hold the decimal comma that starts this clause: "2 - 2,5 cm … và 1,5 - 2 cm")
        and found[-1].num.unit_end > ics
        and _AND_END.search(key[found[-1].num.unit_end : s])
        # "… tăng 12,1% và 26,4 tỷ tấn.km, tăng 9,4%": an item stating its own change after it is a level.
        and not _OWN_CHANGE_AFTER.match(key, num.unit_end)
    ):
        change = found[-1].change  # "có thêm 75 xã … và 48 xã": the coordinated item shares the change
    elif (
        change is None
        and found
        and found[-1].change is not None
        and found[-1].direct_change
        and found[-1].num.unit_kind == "counted"
        and num.unit_kind == "counted"
        and num.unit_key != "%"
        and (
            _COMMA_ONLY.fullmatch(key, found[-1].num.unit_end, s)
            # "có thêm 10-15 xã đạt chuẩn nông thôn mới kiểu mẫu, 1 huyện đạt chuẩn nông thôn mới nâng cao": each item
            # names in words what it reached, and the list goes on counting what is added.
            or _REACHED_IN_WORDS_COMMA.fullmatch(key, found[-1].num.unit_end, s)
        )
        and not _OWN_CHANGE_AFTER.match(key, num.unit_end)
    ):
        # "có thêm 3 xã, 2 huyện đạt chuẩn": places counted together share the change
        change, direct = found[-1].change, True
    elif (
        change is None
        and found
        and found[-1].change is not None
        and found[-1].num.start >= ss
        and found[-1].num.unit_key == num.unit_key
        and _PART_OF_CHANGE.match(key, found[-1].num.unit_end, s)
        and not _UNNAMED_PART.match(key, found[-1].num.unit_end, s)
        and not lx.change_word.search(key, found[-1].num.unit_end, s)
        and not lx.level.search(key, found[-1].num.unit_end, s)
    ):
        change = found[-1].change  # "…, trong đó vùng miền núi từ 2% - 3%": a part of the whole's change
    elif (
        change is None
        and found
        and found[-1].change is not None
        and found[-1].num.unit != num.unit
        and s - found[-1].num.unit_end <= 60
        and _PAREN_ONLY.match(key, found[-1].num.unit_end, s)
        and not (
            # "… là 3.100 tỉ đồng, tăng 45% so với năm 2020 (2.128 tỉ đồng)": the baseline's own level, in the unit
            # of the level the sentence stated before its change
            _BASELINE_BEFORE_PAREN.search(key, found[-1].num.unit_end, s)
            and any(g.num.unit == num.unit and g.num.start >= ss for g in found[:-1])
        )
        and not num.is_ratio
        and role == found[-1].role  # "vượt 19,8% mục tiêu cả năm (735,6 tỷ đồng)": the plan's own value
    ):
        change = found[-1].change  # "giảm 15% … (21 hộ)": the same change in another unit
    elif (
        change is None
        and found
        and found[-1].change is not None
        and found[-1].num.unit_key == num.unit_key
        and (paren := _PLAN_OPENS_PAREN_END.search(key, max(found[-1].num.unit_end, s - 40), s)) is not None
        and _TO_PLAN_PAREN.fullmatch(key, found[-1].num.unit_end, paren.start())
    ):
        # "… tăng 12,41% so với cùng kỳ (kế hoạch năm 3,28%)", "tăng 7,78% (KH 6-7%)": the plan's value in brackets
        # after a change is the change the plan set
        change = found[-1].change
    if (
        change is None
        and found
        and found[-1].change is not None
        and num.unit.startswith("%/")
        and found[-1].num.unit == num.unit
        and found[-1].num.start >= ss
        and _SECTOR_ITEM.match(key, found[-1].num.unit_end, s)
        and not lx.change_word.search(key, found[-1].num.unit_end, s)
        and not lx.level.search(key, found[-1].num.unit_end, s)
    ):
        change = found[-1].change
    if (
        change is None
        and found
        and found[-1].change == "increase"
        and num.unit_key == "%"
        and found[-1].num.unit_key == "%"
        and found[-1].num.start >= ss
        and (pi := _PERIOD_ITEM_END.search(key, found[-1].num.unit_end, s)) is not None
        and lx.growth.search(key, ss, found[-1].num.start)
        and not lx.change_word.search(key, pi.start(), s)
    ):
        change = "increase"  # "tăng trưởng quý III đạt 8,3% so với cùng kỳ; quý IV đạt 8,5%": the next period's growth
    if (
        change is None
        and num.unit_key == "%"
        and found
        and found[-1].change is not None
        and found[-1].num.unit_key == "%"
        and found[-1].num.start >= s - 300
        and (place := _PLACE_LABEL_END.search(text, max(0, s - 60), s)) is not None
        and _PLACE_LIST_BETWEEN.fullmatch(key, found[-1].num.unit_end, place.start())
    ):
        # "… đặt mục tiêu tăng trưởng GRDP từ 10% trở lên. Cụ thể, vùng Đồng bằng sông Hồng: Quảng Ninh: 12%; Hải
        # Dương: 10,2%": places named one after the other, each with its value, measure what the lead-in measured.
        change = found[-1].change
    if change is None and num.unit_key == "%" and _growth_goes_on(key, lx, ss, s):
        change = "increase"  # "tăng trưởng GDP quý 1 đạt 6,08% và sáu tháng đầu năm chỉ số này đạt mức 6,28%"
    if (
        change is None
        and found
        and found[-1].change is not None
        and found[-1].num.unit_key != "%"
        and num.unit_key == "%"
        and found[-1].num.start >= ss
        and _SHARE_OF_CHANGE.match(key, found[-1].num.unit_end, s)
    ):
        # "(tăng 137 hộ so với đầu năm, chiếm tỷ lệ 0,04%)": the count's change as a share of the whole
        change = found[-1].change
    if change is None and key[max(ss, s - 2) : s].strip() == ":":
        # "Mức giảm tỷ suất sinh thô bình quân hàng năm: 0,01%o": a label naming a rate of change, the value
        # right after its colon.
        lab = key[max(b.start_of(b.clauses, s - 2), s - 100) : s - 1]
        if lx.reduction.search(lab):
            change = "decrease"
        elif lx.growth.search(lab):
            change = "increase"
        else:
            # "- Giảm tỷ lệ sinh con thứ 3 trở lên: 0,1% so với năm 2022": a label led by the change verb.
            lead = _LABEL_CHANGE_LEAD.match(lab)
            if lead is not None and not lx.false_friend.match(lab, lead.start(1)):
                change = "decrease" if lead.group(1) == "giảm" else "increase"
    ref = _ref(num, key, ileft, change, lx, ce)
    seg = b.start_of(b.segments, s)
    lead_from = max(ss, s - _ROLE_WINDOW)
    share: str | None = None
    head: str | None = None
    colon = key.rfind(":", lead_from, ics)
    if colon >= 0:

        def own_head() -> bool:
            w = max(seg, s - _WINDOW)
            return lx.measure_head.match(key, max(seg, ics)) is not None or bool(
                lx.measure_head.match(_strip_indicator(text[w:s], key[w:s], lx)[1])
            )

        share = _share_lead(key, lead_from, colon, seg, own_head) if num.unit_key == "%" else None
        head = _measure_lead(text, key, lead_from, colon, lx) if share is None else None
    indicator, ind_key, start, from_left = _indicator(
        num, text, key, b, lx, found, borrow=share is None and head is None
    )
    if head is not None and not from_left and indicator.strip() in ("", num.unit):
        # "Tỷ lệ tăng dân số tự nhiên: 1,1%": the label before the colon is the indicator.
        indicator, ind_key, from_left = head, _key_of(head), True
    direction = _direction(ind_key if from_left else num.unit_key, ileft, lx)
    if (
        direction == "lower"
        and ics > ss
        and (first := lx.lower.search(ileft)) is not None
        and not ileft[: first.start()].strip()
        and not _is_lower(key[max(ss, ics - 60) : s], lx)
    ):
        # "tỷ lệ trẻ em thuộc hộ nghèo, hộ cận nghèo đi học đúng độ tuổi": a clause opened by a harm that goes on a
        # list the clause before negated ("thuộc") is negated with it.
        direction = "higher"
    if num.unit_key == "%" and change is None and _SECTOR_LEVEL.search(ileft):
        direction = "exact"  # "…, công nghiệp giảm xuống còn 60,3%": the sector's share brought to a level
    if (
        direction == "lower"
        and num.unit_kind == "counted"
        and change is None
        and _DONE_FOR_END.search(key, max(cs, s - 40), s)
    ):
        # "hỗ trợ xây mới 320 căn nhà cho hộ nghèo", "xóa 180 nhà tạm, nhà dột nát": things done for the poor or harms
        # removed, counted; the more the better, whatever harm is named beside them.
        direction = "higher"
    if share is not None:
        direction = "exact"
        if not ind_key.startswith(share.split(":")[0]):
            indicator = f"{share} {indicator}"
    elif from_left and not lx.measure_head.match(ind_key):
        if head is not None:
            indicator = f"{head} {indicator}"
            ind_key = _key_of(indicator)
            direction = _direction(ind_key, ileft, lx)
    if direction == "higher" and num.unit_key == "%" and _SHARE_OF_ECONOMY_AFTER.match(key, num.unit_end):
        # "kinh tế số phải đạt 20% GRDP": a share of the economy, as a sector's, is direction-neutral.
        direction = "exact"
    if (
        direction == "higher"
        and found
        and found[-1].direction == "exact"
        and found[-1].num.start >= ss
        and found[-1].num.unit_key == num.unit_key
        and (found[-1].change is None) == (change is None)
        and _SECTOR_NAME.search(ileft)
        and not lx.growth.search(ileft)
    ):
        # "Tỷ trọng nông nghiệp giảm 1,2 điểm phần trăm, công nghiệp tăng 0,9 điểm phần trăm": the next sector's shift
        # of the same structure is as direction-neutral as the first; so is its share ("cơ cấu kinh tế, nông, lâm
        # nghiệp, thủy sản chiếm 12,44%; công nghiệp xây dựng 42,42%; dịch vụ 36,43%").
        direction = "exact"
    if change is None and from_left:
        led = _CHANGE_LED_AVERAGE_END.search(ileft)
        if led is not None and not lx.false_friend.match(ileft, led.start()):
            change = "increase" if led.group(1) == "tăng" else "decrease"
        # The indicator itself is a rate of change: "Tỷ lệ tăng dân số tự nhiên: 1,1%".  Only its own words
        # count: a name read back over earlier values ("Tốc độ tăng trưởng kinh tế đạt 15,53%, tổng giá trị …
        # 7.491,82 tỷ đồng, trong đó Khu vực I thực hiện") names no growth rate for the amount.
        own = ind_key
        for m in _VALUE_BEFORE_COMMA.finditer(ind_key):
            if not _YEAR_ONLY.fullmatch(m.group(1)):
                own = ind_key[m.end() :]
        if lx.reduction.search(own):
            change = "decrease"
        elif lx.growth.search(own):
            change = "increase"
    comp = _comparator(num, key[max(0, s - 60) : s], ileft, lx)
    op: Op
    if comp is not None:
        op = comp
    elif role == "actual":
        op = "="
    elif direction == "exact" or (lx.neutral.search(ileft[-30:]) and change is None):
        op = "="
    elif change is None and _holds_level(key, max(ss, s - _ROLE_WINDOW // 2), s):
        op = "="  # "duy trì vững chắc mức sinh thay thế (… 2,1 con)": a level held, neither floor nor ceiling
    elif change is not None:
        # Growth of what should stay low is capped ("tỷ lệ tăng dân số tự nhiên 1,1%").
        op = "<=" if change == "increase" and direction == "lower" else ">="
    elif direction == "lower" or _DOWN_TO_END.search(left_clause):
        # "giảm … còn 3%", "giảm số xã … xuống 250 xã": a level reached by falling is a ceiling.
        op = "<="
    else:
        op = ">="
    if direction == "exact" and op in (">=", "<="):
        direction = "higher" if op == ">=" else "lower"
    return _Found(
        num=num,
        role=role,
        op=op,
        change=change,
        ref=ref,
        period=None,
        indicator=indicator,
        start=start,
        direction=direction,
        direct_change=direct,
    )
