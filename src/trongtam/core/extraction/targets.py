"""Measurable targets and reported results in Vietnamese text, each tied to the clause it came from.

    >>> [t.to_dict()["value"] for t in find_targets("Tổng thu ngân sách trên địa bàn 195.000 triệu đồng.")]
    [195000]

The annotation rules of the evaluation set are the specification (see ``lexicon.toml`` for the
words): one target per number occurrence that is a planned value or a reported result, with its
indicator, value (``value_max`` for ranges), unit as written, comparison operator, change, reference,
role and period.  Dates, codes, terms, ordinals, qualifiers and denominators are skipped.

The pipeline, linear in the length of the text (every look-around is a bounded window):

1. ``match_key``: a same-length matching form (lower case, unified tones and spelling, typos such
   as "phân đầu" → "phấn đấu" from the lexicon), so offsets into it are offsets into the text;
2. ``Boundaries``: paragraph, sentence, ";"-segment and comma-clause starts, bisected per number;
3. ``scan_numbers``: number expressions with scale words, ranges, ratios and their unit, skipping
   dates, times, codes ("1292-CV/HU"), year terms and glued names ("4G", "QL14B");
4. context filters: ordinals, votes, population and area, durations, qualifiers, denominators;
5. per number: role (nearest cue in its segment, else the passage kind), change, reference,
   comparator and direction (lexicon), indicator (the clause before the number, or the words after
   it, over comma lists and list lead-ins), then periods (the number's own, its item's, a lead-in's,
   the passage's, else ``default_period``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from trongtam.core.document import Basis, Change, Direction, Op, Ref, Role, Target
from trongtam.core.extraction._target_lexicon import Lexicon, lexicon
from trongtam.core.extraction._target_scan import Boundaries, Number, match_key, power_of_ten, scan_numbers

__all__ = ["find_targets"]

_W = "0-9a-zà-ỹđ"

# Period expressions (matched on the key).
_SCOPE_BODY = (
    r"(?:"
    r"(?P<win>\d{1,2}\s+tháng\s+(?:đầu\s+năm|cuối\s+năm|năm|qua|vừa\s+qua|đầu|cuối)(?:\s+(?:19|20)\d{2})?)"
    r"|(?P<quy>quý\s+(?:i{1,3}|iv|[1-4])(?:\s*/\s*|\s+năm\s+)(?:19|20)\d{2})"
    r"|(?P<month>tháng\s+\d{1,2}\s*[/-]\s*(?:19|20)\d{2})"
    r"|(?P<date>(?:tính\s+)?(?:đến\s+hết|đến|tới|hết)\s+(?:ngày\s+)?\d{1,2}/\d{1,2}/(?:19|20)\d{2})"
    r"|(?P<term>(?:giai\s+đoạn|nhiệm\s+kỳ|thời\s+kỳ|năm\s+học|năm|từ\s+năm)\s+(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2})"
    r"|(?P<year>(?:(?:đến\s+hết|đến\s+cuối|đến|vào|cuối|trong|hết|đầu|tới)\s+)?năm\s+(?:19|20)\d{2})"
    r"|(?P<span>từ\s+ngày\s+\d{1,2}/\d{1,2}(?:/(?:19|20)\d{2})?\s+đến\s+(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/(?:19|20)\d{2})?)"
    r"|(?P<rel>(?:năm|nhiệm\s+kỳ|tháng|tuần|quý)\s+(?:vừa\s+)?qua)"
    r")"
)
_SCOPE = re.compile(rf"(?<![{_W}]){_SCOPE_BODY}(?![{_W}/])")
_YEARS = re.compile(r"(?:19|20)\d{2}")
_LEVEL_NAME_END = re.compile(rf"(?<![{_W}])(?:cấp|tuyến|bậc|phía|bên|ngành)\s*$")
_BODY_BEFORE = re.compile(
    rf"(?<![{_W}])(?:đại\s+hội|hđnd|hội\s+đồng\s+nhân\s+dân|khóa|lần\s+thứ|ban\s+chấp\s+hành|đảng\s+bộ|kỳ\s+họp)"
    rf"(?![{_W}])[^.;:\n]{{0,40}}[,(\s]*$"
)
_SO_VOI_BEFORE = re.compile(rf"(?<![{_W}])so\s+với\s+(?:(?:cùng\s+kỳ|cuối|đầu|hết)\s+)*$")
_DATE_BEFORE = re.compile(r"(?:ngày|tháng)\s+\d{1,2}\s+(?:tháng\s+\d{1,2}\s+)?$")
_GAP_AFTER = re.compile(rf"^[ \t\xa0\u202f]*(?:[{_W}]+[ \t\xa0\u202f]+){{0,2}}$")
_PREV_YEAR = re.compile(
    rf"(?<![{_W}])so\s+với\s+(?:(?:cuối|đầu|hết|cùng\s+kỳ)\s+)?(?:năm\s+)?(?:(?:19|20)\d{{2}}|trước|ngoái)"
)
_SO_VOI_OTHER = re.compile(rf"(?<![{_W}])so\s+với(?![{_W}])")
_DUOC_BEFORE = re.compile(rf"[{_W}]+\s+được\s+(?:(?:khoảng|hơn|trên|gần|thêm)\s+)?$")
_PAREN_AFTER_PLAN = re.compile(
    rf"(?<![{_W}])(?:kế\s+hoạch|nghị\s+quyết|chỉ\s+tiêu|mục\s+tiêu|kh|nq)(?![{_W}])[^(),;\n]{{0,25}}\(\s*$"
)
_PCT_PLAN = re.compile(
    rf"%\s*(?:so\s+với\s+)?(?:kế\s+hoạch|nghị\s+quyết|chỉ\s+tiêu|mục\s+tiêu|dự\s+toán|kh|nq)(?![{_W}])"
)
_SAME_PERIOD_AFTER = re.compile(rf"[^,;.()\n]{{0,20}}?(?<![{_W}])so(?:\s+với)?\s+cùng\s+kỳ(?![{_W}])")
# "so với cùng kỳ" earlier in the sentence: the sentence tells results ("giảm cả 3 tiêu chí so với cùng
# kỳ: giảm 66 người chết …"); a plan compares with a year, not with the same period.
_SAME_PERIOD_BEFORE = re.compile(rf"(?<![{_W}])so(?:\s+với)?\s+cùng\s+kỳ(?![{_W}])")
# A percentage of GDP/GRDP itself is its growth ("GDP quý 2 đạt khoảng 7,7%"), unless it is a share,
# a structure or a per-head amount.
_GDP_RATE = re.compile(rf"(?<![{_W}])gr?dp(?![{_W}])")
_GDP_PART = re.compile(
    r"tỷ\s+trọng|tỉ\s+trọng|cơ\s+cấu|chiếm|trong\s+gr?dp|bình\s+quân\s+đầu\s+người|đóng\s+góp"
)
# "có 05 chi bộ, với 98 đảng viên", "gồm 4 thôn với 539 hộ": a body described by its parts and members.
_HAS_END = re.compile(rf"(?<![{_W}])(?:có|gồm|gồm\s+có|bao\s+gồm)\s*$")
_WITH_MEMBERS_AFTER = re.compile(
    r"(?:\s+[^\s,;.()\d]+){0,2}\s*,?\s*với\s+(?:gần\s+|trên\s+|hơn\s+|khoảng\s+)?\d"
)
# "nâng tổng số đảng viên … lên 264": the membership it brings, a stock like "Tổng số đảng viên hiện nay".
_MEMBER_TOTAL_END = re.compile(
    rf"(?<![{_W}])nâng\s+tổng\s+số\s+(?:đảng|hội|đoàn)\s+viên[^,;.()]{{0,40}}(?<![{_W}])lên\s*$"
)
_PCT_OF_PLAN_AFTER = re.compile(rf"\s*(?:so\s+với\s+)?(?:kế\s+hoạch|dự\s+toán|nghị\s+quyết|kh|nq)(?![{_W}])")
_PCT_OF_TARGET_AFTER = re.compile(rf"\s*(?:so\s+với\s+)?(?:chỉ\s+tiêu|mục\s+tiêu)(?![{_W}])")
_SO_VOI_AFTER = re.compile(
    rf"\s*(?:\(\s*)?so(?:\s+với)?\s+(?:cùng\s+kỳ|năm|kế\s+hoạch|dự\s+toán|cuối|đầu)(?![{_W}])"
)
_QUALIFIED_BY_END = re.compile(rf"\d[\d.,]*\s+[{_W} ]{{1,16}}\s+đạt\s*$")
_AVERAGE_END = re.compile(rf"(?<![{_W}])bình\s+quân(?![{_W}])[^,;()]{{0,40}}$")
_RESULT_VERB_AFTER = re.compile(
    rf"\s*(?:đã\s+)?(?:đạt|vượt|hoàn\s+thành|chưa\s+đạt|không\s+đạt|có\s+khả\s+năng)(?![{_W}])"
)
_RESULT_VERB_BEFORE = re.compile(rf"(?<![{_W}])(?:đạt\s+được|hoàn\s+thành|thực\s+hiện\s+được)\s*$")
_COUNTED_CUE = re.compile(r"\d[\d.,/]*\s*(?:chỉ\s+tiêu|mục\s+tiêu|kế\s+hoạch)(?![0-9a-zà-ỹđ])")
_DASH_JOIN = re.compile(r"\s*[-–]\s*")
_FROM_TO_LEVEL = re.compile(rf"(?<![{_W}])(?:xuống|lên|còn)(?![{_W}])")
_WITHIN_END = re.compile(rf"(?<![{_W}])trong(?:\s+(?:vòng|thời\s+gian|thời\s+hạn))?\s*$")
_AFTER_LEAD = re.compile(rf"(?:và|là|với|của|cho|ở|tại)(?![{_W}])")
_AFTER_TAIL = re.compile(
    rf"(?<![{_W}])(?:và|với|cho|của|trong|tại|ở|đều|là|khi|đã|để|theo|thì|mà|như|gồm|trở\s+lên|trở\s+xuống|"
    rf"đạt|từ|trên|dưới|khoảng|tối\s+thiểu|tối\s+đa|đến|lên|xuống|còn|bằng|hơn)\s*$"
)
_RATE_WORDS = re.compile(
    rf"(?<![{_W}])(?:tỷ\s+lệ|tỷ\s+trọng|tốc\s+độ|mức\s+tăng|mức\s+giảm|cơ\s+cấu)(?![{_W}])"
)
_PAREN_ONLY = re.compile(r"[^();.\n]*\(\s*$")
_LIST_MARK = re.compile(r"\s*(?:[-+•*–]\s*|\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[ivx]{1,4})[.)]\s+)")
_RESULT_AFTER = re.compile(
    rf"[^,;.()\n]*?(?<![{_W}])(?:đạt\s+và\s+vượt|chưa\s+đạt|không\s+đạt|vượt\s+kế\s+hoạch)(?![{_W}])"
)
_TIMES_YEAR = re.compile(r"\s*(?:so\s+với\s+)?(?:cuối\s+|đầu\s+)?năm\s+(?:19|20)\d{2}")
_WEAK_CUT = re.compile(r"đã")
_DANGLING_HEAD = re.compile(rf"(?<![{_W}])(?:tốc\s+độ|tỷ\s+lệ|mức|chỉ\s+số|số|tổng)\s*$")
_TRONG_DO = re.compile(r"\s*trong\s+đó")
_NOT_END = re.compile(rf"(?<![{_W}])không\s*$")
_TU_END = re.compile(rf"(?<![{_W}])từ\s*$")
# "từ 14,65% lên 24,14%": the level a change starts from has been reached already.
_TO_LEVEL_AFTER = re.compile(r"\s*(?:lên|xuống)(?:\s+(?:còn|mức|khoảng))?\s+\d")
_TRO_LEN = re.compile(rf"(?<![{_W}])trở\s+(?:lên|xuống)(?![{_W}])")
_AND_END = re.compile(rf"^[^,;:.()\n]*(?<![{_W}])(?:và|cùng)\s*$")
_VUOT_PLAN_END = re.compile(
    rf"(?<![{_W}])(?:vượt|cao\s+hơn)\s+(?:(?:mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch|nghị\s+quyết|dự\s+toán)\s*)+"
    rf"(?:(?!và\s)[A-Za-zà-ỹđ.]+\s+){{0,3}}$"
)
_UNDER_PLAN_END = re.compile(
    rf"(?<![{_W}])thấp\s+hơn\s+(?:(?:mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch|nghị\s+quyết|dự\s+toán)\s*)+"
    rf"(?:(?!và\s)[A-Za-zà-ỹđ.]+\s+){{0,3}}$"
)
_QUAL_VERB = re.compile(rf"(?<![{_W}])(?:đạt|là|chiếm|còn|giảm|tăng)(?![{_W}])")
_SUBJ_VERB = re.compile(
    rf"(?<![{_W}])(?:đạt|là|chiếm|còn|giảm|tăng|thêm|có|được|bằng|ước|vượt|phấn\s+đấu|xây\s+dựng|tạo|kết\s+nạp|"
    rf"giải\s+ngân|hoàn\s+thành|thu\s+hút|đào\s+tạo|mở|tiếp\s+nhận|với|gồm|cho)(?![{_W}])"
)
_SPACES = re.compile(r"\s+")
_PARENS = re.compile(r"[()]")
_WINDOW = 240  # characters of a clause read on either side of a number (keeps the cost linear)
_ROLE_WINDOW = 400  # characters before a number searched for role cues (keeps the cost linear)
_SCOPE_LOOKBACK = 64  # scopes examined before a number
_TO_COLON = re.compile(rf"[ \t\xa0\u202f]*(?:[{_W}]+[ \t\xa0\u202f]*){{0,3}}:")
_DIGIT_RUN = re.compile(r"\d[\d.,/:-]*")
_AFTER_CUT = re.compile(
    rf"\d|\(|(?<![{_W}])(?:còn|là|chiếm|so\s+với|trong\s+đó|thoát\s+khỏi|tăng|giảm)(?![{_W}])"
)
_LEAD_PAREN = re.compile(r"\s*\([^()]*\)")
_CHANGE_TAIL = re.compile(rf"(?<![{_W}])(?:tăng|giảm)\s*$", re.IGNORECASE)
_TRIM = " \t\n,;:.-–—+•*()\"“”'"
_WORD = re.compile(r"[^\W\d_][\w-]*")


@dataclass
class _Found:
    num: Number
    role: Role
    role_decided: bool
    op: Op
    change: Change | None
    ref: Ref | None
    period: str | None
    indicator: str
    start: int
    direction: Direction
    direct_change: bool = False


def _clean_period(raw_text: str, group: str) -> str:
    txt = _SPACES.sub(" ", raw_text.strip())
    if txt.isupper():
        txt = txt.lower()
    elif txt[:1].isupper() and not txt[1:2].isupper():
        txt = txt[0].lower() + txt[1:]  # a capital that only starts the sentence
    if group == "year":
        years = _YEARS.findall(txt)
        return years[-1] if years else txt
    if group == "term":
        years = _YEARS.findall(txt)
        return f"{years[0]}-{years[1]}" if len(years) >= 2 else txt
    if group == "date":
        m = re.search(r"\d{1,2}/\d{1,2}/\d{4}", txt)
        return m.group(0) if m else txt
    if group == "month":
        return re.sub(r"(?i)^tháng\s+", "", txt).replace(" ", "")
    if group == "quy":
        return re.sub(r"\s*/\s*", "/", txt)
    return txt


@dataclass
class _Scope:
    start: int
    end: int
    value: str
    detached: bool
    in_parens: bool
    lead: bool
    list_lead: bool = False
    bare_year: bool = False


def _scopes(text: str, key: str) -> list[_Scope]:
    out: list[_Scope] = []
    depth_at: list[int] = []
    depth = 0
    # Parenthesis depth at each '(' / ')' is computed lazily with a running scan.
    opens = [m.start() for m in _PARENS.finditer(key)]
    del depth_at
    oi = 0
    for m in _SCOPE.finditer(key):
        while oi < len(opens) and opens[oi] < m.start():
            depth += 1 if key[opens[oi]] == "(" else -1
            depth = max(depth, 0)
            oi += 1
        before = key[max(0, m.start() - 30) : m.start()]
        if _SO_VOI_BEFORE.search(before) or _DATE_BEFORE.search(before):
            continue
        if (
            m.lastgroup == "term"
            and key.startswith("nhiệm", m.start())
            and _BODY_BEFORE.search(key, max(0, m.start() - 60), m.start())
        ):
            continue  # "Đại hội … lần thứ I, nhiệm kỳ 2025-2030" names the congress, it scopes nothing
        group = m.lastgroup or "year"
        nxt = key[m.end() : m.end() + 2].lstrip(" \t")
        detached = nxt == "" or nxt[0] in ",;:.\n)"
        ml = _TO_COLON.match(key, m.end())
        lead = nxt[:1] == "," or ml is not None
        if ml is not None:
            detached = True
        list_lead = ml is not None and key[ml.end() : ml.end() + 3].lstrip(" \t")[:1] in ("\n", "")
        value = _clean_period(text[m.start() : m.end()], group)
        bare = group == "year" and key[m.start() : m.start() + 3] == "năm"
        out.append(_Scope(m.start(), m.end(), value, detached, depth > 0, lead, list_lead, bare))
    return out


def find_targets(
    text: str, *, kind: Literal["plan", "report"] | None = None, default_period: str | None = None
) -> list[Target]:
    """Every measurable target or reported result in ``text``, in reading order.

    The role of each number (planned ``target`` or reported ``actual``) is decided from the cues of
    its own clause ("phấn đấu", "đến năm", "dự kiến" … against "đạt được", "ước đạt", "so với cùng
    kỳ", "% kế hoạch" …).  A number without a cue takes its sentence's role, else the prior: ``kind``
    when the caller knows it (a proposal is a plan, a progress report a report), otherwise the role
    most of the text's cued numbers have.  ``default_period`` is used when the text states no scope.
    Offsets (``start``/``end``) index ``text``.
    """
    if not text or not any(c.isdigit() for c in text):
        return []
    lx = lexicon()
    key = match_key(text, lx)
    bounds = Boundaries(text, key)
    numbers = scan_numbers(text, key, lx)
    if not numbers:
        return []
    numbers = _filter_context(numbers, key, bounds, lx)
    voted, by_sentence = _votes(numbers, key, bounds, lx)
    if kind is None:
        kind = voted
    scopes = _scopes(text, key)
    found: list[_Found] = []
    # A sentence whose cued numbers agree gives its uncued numbers their role, before any prior.
    last_role: dict[int, Role] = dict(by_sentence)
    for num in numbers:
        f = _analyse(num, text, key, bounds, lx, kind, found, last_role)
        if f is not None:
            found.append(f)
    found = _drop_qualifiers(found, key, bounds)
    _assign_periods(found, scopes, key, bounds, default_period, report=kind == "report")
    _propagate_refs(found, key, bounds)
    out: list[Target] = []
    for f in found:
        num = f.num
        start, end = f.start, num.unit_end
        # A change written in "%": percentage points for a rate ("tỷ lệ hộ nghèo giảm 1,5%"),
        # relative for an amount ("thu ngân sách tăng 10% so với cùng kỳ").
        basis: Basis | None = None
        if f.change is not None and num.unit.startswith("%"):
            basis = "points" if _RATE_WORDS.search(_key_of(f.indicator)) else "relative"
        out.append(
            Target(
                indicator=f.indicator,
                value=num.value,
                unit=num.unit,
                op=f.op,
                value_max=num.value_max,
                change=f.change,
                ref=f.ref,
                role=f.role,
                period=f.period,
                start=start,
                end=end,
                direction=f.direction,
                basis=basis,
                quote=text[start:end],
            )
        )
    return out


def _filter_context(numbers: list[Number], key: str, b: Boundaries, lx: Lexicon) -> list[Number]:
    keep: list[Number] = []
    vote: dict[int, bool] = {}
    described: dict[int, str] = {}
    members_until = -1
    prev_end = -10
    for num in numbers:
        after_number, prev_end = num.start - prev_end <= 8, num.unit_end
        s = num.start
        ss = b.start_of(b.sentences, s)
        se = b.end_of(b.sentences, s, b.n)
        if lx.hypothetical.match(key, ss):
            continue  # "Nếu mỗi năm giảm được 5% …": a supposition, not a target or a result
        if se - ss <= 2 * _ROLE_WINDOW:
            if ss not in vote:
                vote[ss] = lx.neg_sentence.search(key, ss, se) is not None
            if vote[ss]:
                continue
        elif lx.neg_sentence.search(key, max(ss, s - _ROLE_WINDOW), min(se, s + _ROLE_WINDOW)):
            continue  # a run-on text: only the neighbourhood of the number counts
        before = key[max(0, s - 40) : s]
        if lx.neg_before.search(before):
            continue
        if _MEMBER_TOTAL_END.search(key, max(0, s - 80), s):
            continue
        # Descriptive statistics of the locality: "dân số hơn 100.000 người", "diện tích tự nhiên 1.234 km2".
        mc = lx.comparator_before.search(before)
        bare = before[: mc.start()] if mc else before
        if lx.population_end.search(bare) and not lx.population_exempt.search(bare):
            continue
        cs = max(b.start_of(b.iclauses, s), s - _WINDOW)
        clause_left = key[cs:s]
        if lx.neg_after_unit.match(key, num.unit_end):
            described[ss] = num.unit_key
            continue
        if s <= members_until:
            continue  # the members of a body just described
        if _HAS_END.search(before) and _WITH_MEMBERS_AFTER.match(key, num.unit_end):
            members_until = _WITH_MEMBERS_AFTER.match(key, num.unit_end).end()  # type: ignore[union-attr]
            continue
        tag = described.get(ss)
        if tag is not None and (tag == num.unit_key or (tag == "admin" and num.unit_key in lx.admin_units)):
            continue  # "có 12 chi bộ trực thuộc, trong đó có 07 chi bộ thôn": the parts of a description
        if num.unit_key == "đơn vị hành chính":
            described[ss] = "admin"  # "có 25 đơn vị hành chính, gồm 22 xã và 3 thị trấn"
            continue
        if num.unit_kind == "never":
            if (
                num.unit_key == "tiêu chí"
                and (
                    num.is_ratio
                    or num.value != num.value.to_integral_value()
                    or _AVERAGE_END.search(clause_left)
                )
                and not _QUALIFIED_BY_END.search(clause_left)
            ):
                pass  # "bình quân đạt 16,68 tiêu chí/xã", "đạt 4/9 tiêu chí": a result, not a definition
            elif (
                num.unit_key in lx.duration
                and lx.duration_context.search(clause_left)
                and not _WITHIN_END.search(clause_left)
            ):
                pass
            elif num.unit_key == "tuổi" and lx.age_context.search(clause_left):
                pass
            else:
                continue
        if (
            num.unit_key in lx.ratio_only
            and not num.is_ratio
            and not _RESULT_VERB_AFTER.match(key, num.unit_end)
            and not _RESULT_VERB_BEFORE.search(clause_left)
        ):
            continue  # "25 chỉ tiêu chủ yếu" counts indicators; "07 chỉ tiêu vượt" reports results
        if num.unit.replace(" ", "") in lx.never_full:
            continue
        # Denominators: "trên 1ha", "30 giường bệnh trên 1 vạn dân", "5 ca trên 100.000 người".
        if (
            num.value_max is None
            and power_of_ten(num.value)
            and num.unit_key in lx.denominator_units
            and lx.denominator_before.search(key[max(0, s - 12) : s])
            and (num.value == 1 or after_number)
        ):
            continue
        keep.append(num)
    return keep


def _votes(
    numbers: list[Number], key: str, b: Boundaries, lx: Lexicon
) -> tuple[Literal["plan", "report"], dict[int, Role]]:
    """The text's own prior (the role most of its cued numbers have) and each sentence's majority.

    Only numbers whose own clause carries a cue vote; a tie (or no cue at all) reads as a plan,
    after the cue words of the whole text have had their say.
    """
    votes = {"target": 0, "actual": 0}
    per_sentence: dict[int, dict[str, int]] = {}
    for num in numbers:
        ss = b.start_of(b.sentences, num.start)
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
    if votes["actual"] == votes["target"]:
        # No cued number decides: the cue words of the whole text do ("đã", "ước đạt" … "phấn đấu" …).
        masked = lx.plan_comparison.sub(lambda m: " " * len(m.group(0)), key)
        for m in lx.role_cue.finditer(masked):
            kind_of = lx.role_kind.get(_SPACES.sub(" ", m.group(0)))
            if kind_of in votes:
                votes[kind_of] += 1
    return ("report" if votes["actual"] > votes["target"] else "plan"), by_sentence


def _comparator(num: Number, left: str, clause_left: str, lx: Lexicon) -> Op | None:
    if num.value_max is not None:
        return "range"
    if num.op_after is not None:
        return ">=" if num.op_after == ">=" else "<="
    tail = left[-40:]
    if lx.not_comparator_hon.search(tail):
        return None
    mc = lx.comparator_before.search(tail)
    if (
        mc
        and mc.lastgroup
        and _LEVEL_NAME_END.search(tail, 0, mc.start())
        and mc.group(0).strip() in ("trên", "dưới")
    ):
        mc = None  # "ngân sách cấp dưới 52.300 triệu đồng", "tuyến trên": a level's name, not a bound
    if mc and mc.lastgroup:
        op = lx.comparator_ops[mc.lastgroup]
        if op == "~":
            # "ít nhất khoảng 2.765 xã": the bound is the target, the approximation only softens it.
            mb = lx.comparator_before.search(tail[: mc.start()].rstrip() + " ")
            if mb and mb.lastgroup and lx.comparator_ops[mb.lastgroup] in (">=", ">", "<", "<="):
                op = lx.comparator_ops[mb.lastgroup]
        if op == ">" and lx.prohibit.search(clause_left):
            return "<="
        return op  # type: ignore[return-value]
    if lx.rank.search(tail[-20:]):
        return "<="
    return None


def _role(
    num: Number,
    key: str,
    b: Boundaries,
    lx: Lexicon,
    kind: str,
    last_role: dict[int, Role],
) -> tuple[Role, bool]:
    s = num.start
    ss = max(b.start_of(b.segments, s), s - _ROLE_WINDOW)
    left = key[ss:s]
    if _PAREN_AFTER_PLAN.search(left[-60:]):
        return "target", True
    if _DUOC_BEFORE.search(left[-30:]):
        return "actual", True
    if num.value_max is None and _TU_END.search(left) and _TO_LEVEL_AFTER.match(key, num.unit_end):
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
        if num.unit_key != "%" and m.start() + ss >= cs:
            continue
        if num.unit_key == "%" and not left[m.end() :].strip():
            return "actual", True  # "vượt chỉ tiêu đề ra 87,62%": how far a result passed the plan
        masked[m.start() : m.end()] = " " * (m.end() - m.start())
    for m in _PCT_PLAN.finditer(left):
        masked[m.start() : m.end()] = " " * (m.end() - m.start())
    for m in _COUNTED_CUE.finditer(left):
        # "đạt được 177 chỉ tiêu": the word counts things here, it does not announce a plan.
        masked[m.start() : m.end()] = " " * (m.end() - m.start())
    mleft = "".join(masked)
    cue: str | None = None
    if _RESULT_AFTER.match(key, num.unit_end, min(b.n, num.unit_end + 60)):
        return "actual", True  # "18/20 chỉ tiêu đạt và vượt kế hoạch"
    if num.unit_key in lx.ratio_only and (num.is_ratio or _RESULT_VERB_AFTER.match(key, num.unit_end)):
        return "actual", True  # "07 chỉ tiêu vượt, 12 chỉ tiêu đạt": counts of results
    # The nearest cue of the clause itself ("," ";" or a sentence end bound it) decides first …
    ics = b.start_of(b.iclauses, s) - ss
    far: str | None = None
    for m in lx.role_cue.finditer(mleft):
        kind_of = lx.role_kind.get(_SPACES.sub(" ", m.group(0)))
        if kind_of in ("target", "actual"):
            if m.start() >= ics:
                cue = kind_of
            else:
                far = kind_of
    if cue is not None:
        return ("target" if cue == "target" else "actual"), True
    cue = far
    se = min(b.end_of(b.segments, s, b.n), num.unit_end + _ROLE_WINDOW)
    right = key[num.unit_end : se]
    for m in lx.role_cue.finditer(right):
        w = _SPACES.sub(" ", m.group(0))
        if w == "đạt và vượt":
            return "actual", True
    # A result measured against something: "tăng 5% so với cùng kỳ", "đạt 118% kế hoạch".
    ce = min(b.end_of(b.clauses, num.unit_end, b.n), num.unit_end + 60)
    if _SAME_PERIOD_AFTER.match(key, num.unit_end, ce) or (
        num.unit_key == "%" and _PCT_OF_PLAN_AFTER.match(key, num.unit_end, ce)
    ):
        return "actual", True
    # "đạt 86,7% chỉ tiêu đề ra" is how far a result got; a plan asks for 100% of its targets.
    if num.unit_key == "%" and num.value != 100 and _PCT_OF_TARGET_AFTER.match(key, num.unit_end, ce):
        return "actual", True
    # … then what the number is measured against, then a cue earlier in the segment.
    if cue is not None:
        return ("target" if cue == "target" else "actual"), True
    ps = b.start_of(b.sentences, s)
    if _SAME_PERIOD_BEFORE.search(key, ps, s) and not any(
        lx.role_kind.get(_SPACES.sub(" ", m.group(0))) == "target" for m in lx.role_cue.finditer(key, ps, s)
    ):
        return "actual", True
    if ps in last_role:
        return last_role[ps], False
    return ("actual" if kind == "report" else "target"), False


def _change(
    num: Number,
    left_clause: str,
    ileft: str,
    lx: Lexicon,
    found: list[_Found],
    sentence_start: int,
    right: str = "",
) -> tuple[Change | None, bool]:
    """(change, is_direct)."""
    if num.sign == "-":
        return "decrease", True
    if num.sign == "+":
        return "increase", True
    tail = left_clause[-60:]
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
    # Direct: the change word governs the number ("tăng 7,36%", "giảm bình quân mỗi năm 2,1%").
    last = None
    for m in lx.change_word.finditer(left_clause):
        last = m
    if last is not None:
        between = left_clause[last.end() :]
        word = _SPACES.sub(" ", last.group(0))
        ff = lx.false_friend.match(left_clause, last.start())
        if ff is None and _NOT_END.search(left_clause, 0, last.start()):
            ff = last
        if ff is None:
            if re.fullmatch(rf"\s*(?:(?:{lx.between})\s+)*", between):
                if _TU_END.search(between) and _FROM_TO_LEVEL.search(_TRO_LEN.sub(" ", right)):
                    return None, True  # "giảm từ 42,61% … xuống còn": a starting level
                return lx.change_kind.get(word), True  # type: ignore[return-value]
            if not lx.level.search(between) and "(" not in between and word not in ("vượt", "thêm"):
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
    if num.unit_key == "%" and _GDP_RATE.search(ileft) and not _GDP_PART.search(ileft):
        return "increase", False
    return None, False


def _ref(
    num: Number, key: str, clause_left: str, change: Change | None, lx: Lexicon, clause_end: int
) -> Ref | None:
    right = key[num.unit_end : min(clause_end, num.unit_end + 80)]
    if lx.plan_after.match(right) and num.unit_key == "%":
        return "plan"
    if lx.same_period.search(right):
        return "same_period"
    if _PREV_YEAR.search(right) or lx.previous_year.search(right):
        return "previous_year"
    if num.unit_key == "lần" and _TIMES_YEAR.match(right):
        return "previous_year"  # "gấp 1,6 lần năm 2020"
    if change is not None:
        if (_VUOT_PLAN_END.search(clause_left[-60:]) or _UNDER_PLAN_END.search(clause_left[-60:])) and (
            num.unit_key == "%"
        ):
            return "plan"
        if lx.same_period.search(clause_left):
            return "same_period"
        if _PREV_YEAR.search(clause_left) or lx.previous_year.search(clause_left):
            return "previous_year"
    return None


def _remove_spans(t: str, k: str, pattern: re.Pattern[str]) -> tuple[str, str]:
    """Remove the matches of ``pattern`` (found on the key) from both aligned strings."""
    if not pattern.search(k):
        return t, k
    tp: list[str] = []
    kp: list[str] = []
    last = 0
    for m in pattern.finditer(k):
        tp.append(t[last : m.start()])
        kp.append(k[last : m.start()])
        tp.append(" ")
        kp.append(" ")
        last = m.end()
    tp.append(t[last:])
    kp.append(k[last:])
    return "".join(tp), "".join(kp)


def _strip_indicator(t: str, k: str, lx: Lexicon) -> tuple[str, str]:
    """Strip verbs, comparators and scopes from both ends of an indicator phrase (text and key aligned)."""
    t, k = _remove_spans(t, k, _SCOPE_STRIP)
    a, e = 0, len(k)
    ml = _LIST_MARK.match(k)
    if ml:
        a = ml.end()
    while True:
        while a < e and k[a] in _TRIM:
            a += 1
        while e > a and k[e - 1] in _TRIM:
            e -= 1
        changed = False
        m = lx.strip_leading.match(k, a, e)
        if m and m.end() > a:
            a = m.end()
            changed = True
        m2 = lx.strip_trailing.search(k, a, e)
        if m2 and m2.start() < e and not _DANGLING_HEAD.search(k, a, m2.start()):
            e = m2.start()  # but never leave "tốc độ" or "tỷ lệ" without what they measure
            changed = True
        if not changed:
            break
    t, k = _SPACES.sub(" ", t[a:e]), _SPACES.sub(" ", k[a:e])
    if t.count("(") > t.count(")"):
        t += ")"
        k += ")"
    return t, k


_SCOPE_STRIP = re.compile(
    rf"(?<![{_W}])(?:(?:đến\s+hết|đến\s+cuối|đến|vào|cuối|trong|hết|của\s+cả|trong\s+cả)\s+)?"
    rf"{re.sub(r'[?]P<[a-z]+>', '', _SCOPE_BODY)}(?![{_W}/])"
    rf"|(?<![{_W}])(?:của\s+cả\s+)?(?:giai\s+đoạn|nhiệm\s+kỳ|thời\s+kỳ)(?![{_W}])"
    rf"|(?<![{_W}])so\s+với\s+[^,;]*$",
)


def _key_of(s: str) -> str:
    """A light matching key for short phrases built from the text (lower case, spelling unified)."""
    k = s.lower()
    lx = lexicon()
    if lx.spelling is not None and len(k) == len(s):
        k = lx.spelling.sub(lambda m: lx.spelling_map.get(m.group(0), m.group(0)), k)
    return k


def _last_match(pattern: re.Pattern[str], string: str, pos: int, endpos: int) -> re.Match[str] | None:
    last = None
    for m in pattern.finditer(string, pos, endpos):
        last = m
    return last


def _left_phrase(
    text: str, key: str, b: Boundaries, lx: Lexicon, ls: int, s: int, bound: int, seg: int, has_after: bool
) -> tuple[str, str]:
    """The indicator written before the number, extended back over commas inside a noun list
    ("tỷ lệ điều tra, khám phá đạt …") until it starts with a measure word."""

    def read(lo: int, hi: int, cut_until: int) -> tuple[str, str]:
        mcut = _last_match(lx.indicator_cut, key, lo, cut_until)
        if mcut is not None and mcut.end() < hi:
            t, k = _strip_indicator(text[mcut.end() : hi], key[mcut.end() : hi], lx)
            if len(t) >= 2 or not _WEAK_CUT.fullmatch(mcut.group(0)):
                return t, k  # after "phấn đấu" the indicator may be written after the number
        return _strip_indicator(text[lo:hi], key[lo:hi], lx)

    t, k = read(ls, s, s)
    if t and lx.measure_head.match(k):
        return t, k
    lo = ls
    short_list = len(k.split()) <= 3
    for _ in range(6):
        if lo - 1 <= bound or key[lo - 1] != ",":
            break
        prev = max(b.start_of(b.iclauses, lo - 2), bound)
        if prev == bound and bound > seg:
            break  # the text right after another number belongs to that number ("112% dự toán, …")
        chunk = key[prev : lo - 1]
        mark = _LIST_MARK.match(chunk)
        if mark:
            chunk = chunk[mark.end() :]  # "12. Chỉ đạo …": the item's number is not a number of the text
        mcut = _last_match(lx.indicator_cut, chunk, 0, len(chunk))
        words = len(chunk[mcut.end() :].split()) if mcut else len(chunk.split())
        if any(c.isdigit() for c in chunk) or words > 20 or not chunk.strip():
            break
        short_list = short_list and words <= 3
        if not t and has_after:
            break  # "phấn đấu đạt 50% di tích …": the indicator follows the number
        if not t:
            # Nothing named in this clause ("…, phấn đấu đạt tỷ lệ 67%"): the clause before names it.
            t2, k2 = read(prev, lo - 1, lo - 1)
            return (t2, k2) if t2 else (t, k)
        lo = prev
        t2, k2 = read(lo, s, ls)
        if lx.measure_head.match(k2):
            return t2, k2
    if lo < ls and short_list and lo > 0 and key[lo - 1] == ":":
        return read(lo, s, ls)  # a list of short names after a lead-in: "nông, lâm, thủy sản 25%"
    return t, k


def _strip_after(t: str, k: str) -> tuple[str, str]:
    """Light trimming of a phrase read after the number: its own verbs ("được", "đạt") stay."""
    t, k = _remove_spans(t, k, _SCOPE_STRIP)
    a, e = 0, len(k)
    while True:
        while a < e and k[a] in _TRIM:
            a += 1
        while e > a and k[e - 1] in _TRIM:
            e -= 1
        m = _AFTER_LEAD.match(k, a, e)
        m2 = _AFTER_TAIL.search(k, a, e)
        if m and m.end() > a:
            a = m.end()
        elif m2 and m2.start() < e:
            e = m2.start()
        else:
            break
    return _SPACES.sub(" ", t[a:e]), _SPACES.sub(" ", k[a:e])


def _after_phrase(text: str, key: str, b: Boundaries, lx: Lexicon, p: int) -> tuple[str, str]:
    """The indicator written after the number and its unit, over commas of a noun list."""
    ce = min(b.end_of(b.iclauses, p, b.n), p + _WINDOW)
    for _ in range(4):
        if ce >= b.n or key[ce - 1] != ",":
            break
        nxt = min(b.end_of(b.iclauses, ce, b.n), ce + _WINDOW)
        chunk = key[ce:nxt]
        if any(c.isdigit() for c in chunk) or _AFTER_CUT.search(chunk) or len(chunk.split()) > 8:
            break
        ce = nxt
    t, k = _remove_spans(text[p:ce], key[p:ce], _SCOPE_STRIP)
    mparen = _LEAD_PAREN.match(t)
    if mparen:
        t, k = t[mparen.end() :], k[mparen.end() :]
    cut = _AFTER_CUT.search(k)
    if cut:
        t, k = t[: cut.start()], k[: cut.start()]
    return t, k


def _indicator(
    num: Number, text: str, key: str, b: Boundaries, lx: Lexicon, found: list[_Found], *, borrow: bool = True
) -> tuple[str, str, int, bool]:
    """(indicator, its key, span start, whether the indicator was read before the number)."""
    s = num.start
    cs = max(b.start_of(b.iclauses, s), s - _WINDOW)
    ss = b.start_of(b.sentences, s)
    seg = b.start_of(b.segments, s)
    prev_end = found[-1].num.unit_end if found and found[-1].num.unit_end > cs else cs
    coordinated = prev_end > cs and _AND_END.search(key[prev_end:s]) is not None
    cs0 = cs
    cs = max(cs, prev_end)
    bound = max(seg, found[-1].num.unit_end if found else 0)
    ls = cs
    # Inside parentheses opened in this clause: the indicator is before them.
    po, pc = key.rfind("(", cs, s), key.rfind(")", cs, s)
    in_paren = po > pc
    if in_paren:
        ls = po + 1
    after_raw = _after_phrase(text, key, b, lx, num.unit_end)
    has_after = num.unit_kind == "pct" and bool(_strip_after(*after_raw)[0])
    left, lkey = ("", "") if coordinated else _left_phrase(text, key, b, lx, ls, s, bound, seg, has_after)
    if in_paren and len(left) < 2 and not (found and found[-1].num.start >= cs0):
        left, lkey = _strip_indicator(text[cs:po], key[cs:po], lx)
        left, lkey = _strip_indicator(*_remove_spans(left, lkey, _CHANGE_TAIL), lx)
    start = cs + (len(text[cs:s]) - len(text[cs:s].lstrip(_TRIM)))
    if in_paren:
        start = text.rfind("(", cs, s)
    # The span never reaches back over another number of the clause (dates, codes, qualifiers).
    last_digit = -1
    for md in _DIGIT_RUN.finditer(key, start, s):
        last_digit = md.end()
    if last_digit >= 0:
        start = last_digit
        while start < s and key[start] in _TRIM:
            start += 1
    if len(left) >= 2 and not re.fullmatch(r"[\W\d]*", left):
        ind = left
        words = ind.split()
        if (
            (num.unit_kind == "counted" or (num.unit_kind == "measures" and len(words) <= 2))
            and not lx.measure_head.match(lkey)
            and num.unit not in lkey
        ):
            # A count after a verb phrase: "kết nạp được 358 đảng viên mới" → "kết nạp đảng viên mới".
            verb = " ".join(words[-6:])
            at, ak = after_raw
            at, ak = _strip_after(*_remove_name_runs(at, ak))
            unit = num.unit if num.unit_kind == "counted" else ""
            ind = " ".join(x for x in (verb, unit, at) if x)
            return ind, _key_of(ind), start, True
        # Elliptical list item: borrow the measure word of the previous indicator in the sentence.
        if (
            borrow
            and num.unit_key == "%"
            and not lx.measure_head.match(lkey)
            and found
            and (found[-1].num.start >= seg or (found[-1].num.start >= ss and _TRONG_DO.match(key, seg)))
            and found[-1].num.unit_key == "%"
            and lx.measure_head.match(_key_of(found[-1].indicator))
        ):
            ind = f"{found[-1].indicator} {ind}"
            lkey = f"{_key_of(found[-1].indicator)} {lkey}"
        return ind, lkey, start, True
    # The number opens the clause: the indicator follows it ("100% dân số đô thị …").
    after, after_key = after_raw
    if lx.plan_after.match(after_key) or _SO_VOI_OTHER.match(after_key.strip()) or in_paren:
        after, after_key = "", ""
    if num.unit_kind != "pct":
        after, after_key = _remove_name_runs(after, after_key)
    after, after_key = _strip_after(after, after_key)
    if num.unit_kind not in ("pct", "measures") and not after_key.startswith(num.unit):
        after = f"{num.unit} {after}".strip()
        after_key = _key_of(after)
    if after and len(after) >= 2:
        return after, after_key, start, False
    for f in reversed(found):
        if f.num.start >= seg:
            return f.indicator, _key_of(f.indicator), start, False
        break
    if not after:
        raw, rawk = _strip_after(text[ls:s], key[ls:s])
        mcut = _last_match(lx.indicator_cut, rawk, 0, len(rawk))
        if mcut is not None:
            raw, rawk = _strip_after(raw[mcut.end() :], rawk[mcut.end() :])
        if len(raw) >= 2:
            return raw, rawk, start, True
    return (after or num.unit), _key_of(after or num.unit), start, False


def _remove_name_runs(t: str, k: str) -> tuple[str, str]:
    """Drop capitalised words (place and person names, "xã Minh Tiến") from an aligned text/key pair.

    Acronyms in capitals (OCOP, THCS) are kept: they name what is measured.
    """
    out_t: list[str] = []
    out_k: list[str] = []
    pos = 0
    for m in _WORD.finditer(t):
        w = m.group(0)
        if w[0].isupper() and not w.isupper() and m.start() > 0:
            out_t.append(t[pos : m.start()])
            out_k.append(k[pos : m.start()])
            pos = m.end()
    out_t.append(t[pos:])
    out_k.append(k[pos:])
    return "".join(out_t), "".join(out_k)


def _is_lower(text: str, lx: Lexicon) -> bool:
    """A lower-is-better indicator named in ``text`` and not negated ("xã không có ma túy")."""
    for m in lx.lower.finditer(text):
        if not lx.lower_block.search(text[max(0, m.start() - 16) : m.start()]):
            return True
    return False


def _direction(ind_key: str, clause_left: str, lx: Lexicon) -> Direction:
    if _is_lower(ind_key, lx) or _is_lower(clause_left, lx):
        return "lower"
    if lx.neutral.search(ind_key) or lx.neutral.search(clause_left[-40:]):
        return "exact"
    return "higher"


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
    if not _PAREN_AFTER_PLAN.search(key[max(0, s - 60) : s]):
        last_role[ps] = role
    if role == "target" and lx.existing_after.match(key, num.unit_end):
        return None
    prev = found[-1] if found else None
    if (
        prev is not None
        and prev.num.unit_key == num.unit_key
        and _DASH_JOIN.match(key[prev.num.unit_end : s])
    ):
        # "cơ cấu … tương ứng 36,20% - 34,50% - 29,30%": one list, the items share what the first has.
        return _Found(
            num=num,
            role=prev.role,
            role_decided=prev.role_decided,
            op=prev.op,
            change=prev.change,
            ref=prev.ref,
            period=None,
            indicator=prev.indicator,
            start=s,
            direction=prev.direction,
        )
    change, direct = _change(num, left_clause, ileft, lx, found, ss, key[num.unit_end : ce])
    if change is None and num.unit_key == "%" and key[max(0, s - 1) : s] == "(":
        # "mức tăng trưởng … gồm: Quảng Ngãi (11,51%), Hải Phòng (11,2%)": a named item in brackets
        # measures what the list's lead-in names.
        colon = key.rfind(":", ss, s)
        if colon > ss and lx.growth.search(key, ss, colon) and not lx.reduction.search(key, ss, colon):
            change = "increase"
    if (
        change is None
        and found
        and found[-1].num.start >= ics
        and _AND_END.search(key[found[-1].num.unit_end : s])
    ):
        change = found[-1].change  # "có thêm 75 xã … và 48 xã": the coordinated item shares the change
    elif (
        change is None
        and found
        and found[-1].change is not None
        and found[-1].num.unit != num.unit
        and s - found[-1].num.unit_end <= 60
        and _PAREN_ONLY.match(key, found[-1].num.unit_end, s)
        and not num.is_ratio
    ):
        change = found[-1].change  # "giảm 15% … (21 hộ)": the same change in another unit
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

        share = _share_lead(key, lead_from, ics, seg, own_head) if num.unit_key == "%" else None
        head = _measure_lead(text, key, lead_from, ics, lx) if share is None else None
    indicator, ind_key, start, from_left = _indicator(
        num, text, key, b, lx, found, borrow=share is None and head is None
    )
    if head is not None and not from_left and indicator.strip() in ("", num.unit):
        # "Tỷ lệ tăng dân số tự nhiên: 1,1%": the label before the colon is the indicator.
        indicator, ind_key, from_left = head, _key_of(head), True
    direction = _direction(ind_key if from_left else num.unit_key, ileft, lx)
    if share is not None:
        direction = "exact"
        if not ind_key.startswith(share.split(":")[0]):
            indicator = f"{share} {indicator}"
    elif from_left and not lx.measure_head.match(ind_key):
        if head is not None:
            indicator = f"{head} {indicator}"
            ind_key = _key_of(indicator)
            direction = _direction(ind_key, ileft, lx)
    if change is None and from_left:
        # The indicator itself is a rate of change: "Tỷ lệ tăng dân số tự nhiên: 1,1%".
        if lx.reduction.search(ind_key):
            change = "decrease"
        elif lx.growth.search(ind_key):
            change = "increase"
    comp = _comparator(num, key[max(0, s - 60) : s], ileft, lx)
    op: Op
    if comp is not None:
        op = comp
    elif role == "actual":
        op = "="
    elif direction == "exact" or (lx.neutral.search(ileft[-30:]) and change is None):
        op = "="
    elif change is not None:
        # Growth of what should stay low is capped ("tỷ lệ tăng dân số tự nhiên 1,1%").
        op = "<=" if change == "increase" and direction == "lower" else ">="
    elif direction == "lower" or re.search(rf"(?<![{_W}])còn\s*$", left_clause):
        op = "<="
    else:
        op = ">="
    if direction == "exact" and op in (">=", "<="):
        direction = "higher" if op == ">=" else "lower"
    return _Found(
        num=num,
        role=role,
        role_decided=decided,
        op=op,
        change=change,
        ref=ref,
        period=None,
        indicator=indicator,
        start=start,
        direction=direction,
        direct_change=direct,
    )


def _measure_lead(text: str, key: str, sentence_start: int, clause_start: int, lx: Lexicon) -> str | None:
    """The head of a list introduced by a measure ("Tỷ lệ trường đạt chuẩn: mầm non 70%, …")."""
    colon = key.rfind(":", sentence_start, clause_start)
    if colon < 0 or colon - sentence_start > 200:
        return None
    t, k = _strip_indicator(text[sentence_start:colon], key[sentence_start:colon], lx)
    return t if t and lx.measure_head.match(k) else None


def _share_lead(
    key: str, sentence_start: int, clause_start: int, seg: int, own_head: Callable[[], bool]
) -> str | None:
    """The shares of a list introduced by "Cơ cấu kinh tế:" or "tỷ trọng các ngành … là:".

    Items in later ";"-segments belong to the list unless they name their own measure.
    """
    colon = key.rfind(":", sentence_start, clause_start)
    if colon < 0 or (colon < seg and own_head()):
        return None
    lead = key[sentence_start:colon]
    if "tỷ trọng" in lead:
        return "tỷ trọng"
    if "cơ cấu kinh tế" in lead:
        return "cơ cấu kinh tế:"
    if "cơ cấu" in lead:
        return "cơ cấu"
    return None


def _drop_qualifiers(found: list[_Found], key: str, b: Boundaries) -> list[_Found]:
    """A number in an indicator's definition ("Số bác sĩ trên 10.000 dân đạt 13,5") is not a target."""
    out: list[_Found] = []
    for i, f in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt is not None:
            gap = key[f.num.unit_end : nxt.num.start]
            cs = max(b.start_of(b.clauses, f.num.start), f.num.start - _WINDOW)
            if (
                not re.search(r"[,;:.()\n]", gap)
                and _QUAL_VERB.search(gap)
                and not _SUBJ_VERB.search(key, max(cs, f.num.start - 24), f.num.start)
                and not _SO_VOI_OTHER.match(gap.strip())  # "bằng 113,5% so với dự toán … và tăng 20%"
            ):
                continue
        out.append(f)
    return out


def _assign_periods(
    found: list[_Found],
    scopes: list[_Scope],
    key: str,
    b: Boundaries,
    default_period: str | None,
    report: bool = False,
) -> None:
    if not found:
        return
    # Scopes written right after a number belong to it alone.
    claimed: set[int] = set()
    after_scope: dict[int, str] = {}
    si = 0
    for idx, f in enumerate(found):
        ue = f.num.unit_end
        while si < len(scopes) and scopes[si].start < ue:
            si += 1
        if si < len(scopes):
            sc = scopes[si]
            gap = key[ue : sc.start] if sc.start - ue <= 25 else "x"
            if (
                sc.start - ue <= 25
                and f.num.unit_key != "lần"
                and _GAP_AFTER.match(gap)
                and not _SO_VOI_OTHER.search(gap)
            ):
                nxt_start = found[idx + 1].num.start if idx + 1 < len(found) else b.n
                if sc.start < nxt_start and not re.search(r"kế\s+hoạch|chỉ\s+tiêu|nghị\s+quyết", gap):
                    after_scope[idx] = sc.value
                    claimed.add(si)
    usable = [(i, sc) for i, sc in enumerate(scopes) if i not in claimed and not sc.in_parens]
    # Passage scope: the first detached scope, or one in a sentence without targets.
    target_sentences = {b.start_of(b.sentences, f.num.start) for f in found}
    passage: str | None = None
    for _, sc in usable:
        if sc.start > found[0].num.start:
            break
        if sc.detached or sc.bare_year or b.start_of(b.sentences, sc.start) not in target_sentences:
            passage = sc.value
            break
    starts = [sc.start for _, sc in usable]
    from bisect import bisect_left

    for idx, f in enumerate(found):
        if idx in after_scope:
            f.period = after_scope[idx]
            continue
        s = f.num.start
        seg = b.start_of(b.segments, s)
        sent = b.start_of(b.sentences, s)
        para = b.start_of(b.paragraphs, s)
        j = bisect_left(starts, s) - 1
        chosen: str | None = None
        k = j
        while k >= 0 and j - k < _SCOPE_LOOKBACK:
            sc = usable[k][1]
            if sc.end > s:
                k -= 1
                continue
            if sc.start >= seg:
                chosen = sc.value
                break
            if sc.start >= sent and sc.lead:
                chosen = sc.value
                break
            if sc.start >= para and sc.lead:
                chosen = sc.value
                break
            if report and sc.start >= sent:
                chosen = sc.value  # a report's sentence states one window for all its results
                break
            if sc.start < para:
                break
            k -= 1
        if chosen is None:
            # A list lead-in ("Đến năm 2025:" at the end of a line) scopes the items below it.
            k = j
            while k >= 0 and j - k < _SCOPE_LOOKBACK:
                sc = usable[k][1]
                if sc.list_lead and sc.end <= s:
                    chosen = sc.value
                    break
                k -= 1
        f.period = chosen or passage or default_period


def _propagate_refs(found: list[_Found], key: str, b: Boundaries) -> None:
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
    del key
