"""Periods: the scopes written in the text (years, terms, windows, cut-off dates) and which number each scopes."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from trongtam.core.extraction.targets._common import (
    _PARENS,
    _SO_VOI_OTHER,
    _SPACES,
    _W,
    BREAKDOWN_LEAD,
    _Found,
)
from trongtam.core.extraction.targets.scan import Boundaries

# Period expressions (matched on the key).
_SCOPE_BODY = (
    r"(?:"
    # From the start of a named year or of the year the text speaks of, as written: "từ đầu năm đến nay".
    r"(?P<since>từ\s+(?:đầu\s+)?năm\s+(?:19|20)\d{2}\s+(?:đến|tới)\s+nay|từ\s+đầu\s+năm\s+(?:đến|tới)\s+nay)"
    r"|(?P<season>vụ\s+(?:đông\s+xuân|hè\s+thu|thu\s+đông|xuân\s+hè|xuân|hè|thu|đông|mùa|chiêm)\s+(?:năm\s+)?"
    r"(?:19|20)\d{2}(?:\s*[-–—]\s*(?:19|20)\d{2})?)"
    r"|(?P<win>(?:\d{1,2}|hai|ba|bốn|sáu|bảy|tám|chín|mười)\s+tháng\s+(?:đầu\s+năm|cuối\s+năm|năm|qua|vừa\s+qua|đầu|cuối)"
    r"(?:\s+(?:19|20)\d{2}|\s+nay)?)"
    # Half a term, as written: "nửa đầu nhiệm kỳ 2020-2025", "nửa nhiệm kỳ vừa qua".
    r"|(?P<half>nửa\s+(?:đầu\s+|cuối\s+)?nhiệm\s+kỳ\s+(?:(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}|vừa\s+qua|qua))"
    # Part of a month and a running total of months, as written: "giữa tháng 8", "trung tuần tháng 2", "tính chung 3
    # tháng" (read "3 tháng").
    r"|(?P<partmon>(?:giữa|trung\s+tuần|thượng\s+tuần|hạ\s+tuần|nửa\s+đầu|nửa\s+cuối)\s+tháng\s+\d{1,2})"
    r"|(?P<sofar>tính\s+chung\s+\d{1,2}\s+tháng)(?!\s{1,3}(?:đầu|cuối|năm|qua|vừa))"
    # A quarter and its year joined by '/', '-' or 'năm', as written: "quý I-2020".
    r"|(?P<quy>quý\s+(?:i{1,3}|iv|[1-4])(?:\s*[/-]\s*|\s+năm\s+)(?:19|20)\d{2})"
    # A month with its year written in words reads as one written with '/': "tháng 10 năm 2020" → "10/2020".
    # A quarter without its year, as written: "Cụ thể quý I, …" (the year is the text's).
    r"|(?P<quarter>quý\s+(?:i{1,3}|iv|[1-4]))(?![\s/-]{0,3}(?:năm\s{1,3})?(?:19|20)\d{2})"
    r"|(?P<monyear>tháng\s+(?:1[0-2]|0?[1-9])\s+năm\s+(?:19|20)\d{2})"
    r"|(?P<month>tháng\s+\d{1,2}\s*[/-]\s*(?:19|20)\d{2})"
    r"|(?P<mon>tháng\s+(?:1[0-2]|0?[1-9])(?=\s*[,:]))"
    r"|(?P<months>\d{1,2}\s+tháng(?=\s*,))"
    r"|(?P<date>(?:tính\s+)?(?:đến\s+hết|đến|tới|hết)\s+(?:thời\s+điểm\s+)?(?:ngày\s+)?\d{1,2}/\d{1,2}/(?:19|20)\d{2})"
    r"|(?P<term>(?:giai\s+đoạn|nhiệm\s+kỳ|thời\s+kỳ|năm\s+học|năm|từ\s+năm)\s+(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2})"
    r"|(?P<year>(?:(?:đến\s+hết|đến\s+cuối|đến|vào|cuối|trong|hết|đầu|tới)\s+)?năm\s+(?:19|20)\d{2})"
    r"|(?P<span>từ\s+ngày\s+\d{1,2}/\d{1,2}(?:/(?:19|20)\d{2})?\s+đến\s+(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/(?:19|20)\d{2})?)"
    # Years counted from a start the text names, as written: "Sau 7 năm thực hiện, …" ("sau 5 năm nữa" looks ahead).
    r"|(?P<after>sau\s+(?:\d{1,2}|hai|ba|bốn|năm|mười)\s+năm)(?!\s{1,3}(?:nữa|tới))"
    r"|(?P<rel>(?:(?:\d{1,2}|hai|ba|bốn|năm|mười|những)\s+)?(?:năm\s+học|năm|nhiệm\s+kỳ|tháng|tuần|quý)\s+(?:vừa\s+)?qua"
    r"|qua\s+(?:\d{1,2}|hai|ba|bốn|năm|mười)\s+năm"
    # The term or years ahead a plan speaks of, as written: "Nhiệm kỳ tới, Hội phấn đấu …", "5 năm tới", "năm tới".
    r"|(?:(?:(?:\d{1,2}|hai|ba|bốn|năm|mười)\s+)?năm|nhiệm\s+kỳ)\s+tới"
    # The year the text speaks from, as written: "Năm nay, huyện giao chỉ tiêu trồng 700 ha rừng".
    r"|năm\s+nay)"
    r")"
)

_SCOPE = re.compile(rf"(?<![{_W}]){_SCOPE_BODY}(?![{_W}/])")

_YEARS = re.compile(r"(?:19|20)\d{2}")

_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{4}")

_BODY_BEFORE = re.compile(
    rf"(?<![{_W}])(?:đại\s+hội|hđnd|hội\s+đồng\s+nhân\s+dân|khóa|lần\s+thứ|ban\s+chấp\s+hành|đảng\s+bộ|kỳ\s+họp)"
    rf"(?![{_W}])[^.;:\n]{{0,40}}[,(\s]*$"
)

_SO_VOI_BEFORE = re.compile(rf"(?<![{_W}])so\s+với\s+(?:(?:cùng\s+kỳ|cuối|đầu|hết)\s+)*$")

_DATE_BEFORE = re.compile(r"(?:ngày|tháng)\s+\d{1,2}\s+(?:tháng\s+\d{1,2}\s+)?$")

_GAP_AFTER = re.compile(rf"^[ \t\xa0\u202f]*(?:[{_W}]+[ \t\xa0\u202f]+){{0,2}}$")

_SCOPE_LOOKBACK = 64  # scopes examined before a number

_CLAUSE_REACH = 80  # characters from a number to a scope later in its clause

# Words between a number and a later scope that make the scope a comparison's: "so (với)", "cùng kỳ".
_COMPARED_GAP = re.compile(rf"(?<![{_W}])(?:so|cùng\s+kỳ)(?![{_W}])")

# "so với" right before a scope, at most three words between: "nhiều hơn so với số xã năm 2020" (a plan "so với kế
# hoạch đề ra đầu năm 2022" is further off, and the year the plan was set is the report's).
_COMPARED_RIGHT_BEFORE = re.compile(rf"(?<![{_W}])so(?:\s+với)?(?!\s*sánh)(?:\s+[{_W}]+){{0,3}}\s*$")

_TO_COLON = re.compile(rf"[ \t\xa0\u202f]*(?:[{_W}]+[ \t\xa0\u202f]*){{0,3}}:")


# Tables copied as text (the yearbook rule of docs/annotation.md): a cell's period is its row's year, or its
# column's when the head is a run of years and the row has as many cells as the head has years.
_YR = r"(?:19|20)\d{2}(?:[ \t\xa0]*[-–][ \t\xa0]*(?:19|20)\d{2})?"
_PRELIM = r"(?:sơ[ \t\xa0]+bộ[ \t\xa0]*(?:-[ \t\xa0]*)?(?:prel\.?)?[ \t\xa0]*)?"
# A line that is only a year or a school year (a row's or a column's head), a preliminary one marked so.
_YEAR_LINE = re.compile(rf"[ \t\xa0|]*{_PRELIM}({_YR})[ \t\xa0|]*")
# A row on one line led by its year, its cells parted by runs of spaces or bars ("2018      325.517,2   41,20").
_ROW_HEAD = re.compile(rf"[ \t\xa0|]*{_PRELIM}((?:19|20)\d{{2}})(?:[ \t\xa0]{{2,}}|[ \t\xa0]*\|)")
_ROW_CELLS = re.compile(r"(?:[ \t\xa0|]+|\d[\d.,]*|-)*")
# A line that is one value cell, or an empty one.
_CELL_LINE = re.compile(r"[ \t\xa0|]*(?:\d[\d.,]*|-)[ \t\xa0|]*")
_EMPTY_LINE = re.compile(r"[ \t\xa0|\r]*")
# A mark between a column head's years ("Sơ bộ" / "Prel." on lines of their own).
_PRELIM_LINE = re.compile(r"[ \t\xa0]*(?:sơ[ \t\xa0]+bộ|prel\.?)[ \t\xa0]*")
_TABLE_WALK = 400  # lines examined above a cell


def _norm_years(raw: str) -> str:
    return re.sub(r"[ \t\xa0]*[-–][ \t\xa0]*", "-", raw)


def _lines_up(key: str, pos: int) -> Iterator[tuple[int, int]]:
    """The (start, end) of the lines above the line starting at ``pos``, nearest first, at most _TABLE_WALK."""
    end = pos - 1
    for _ in range(_TABLE_WALK):
        if end < 0:
            return
        start = key.rfind("\n", 0, end) + 1
        yield start, end
        end = start - 1


def _next_content(key: str, pos: int) -> tuple[int, int] | None:
    """The nearest line above the line starting at ``pos`` that is not empty."""
    return next(((a, b) for a, b in _lines_up(key, pos) if not _EMPTY_LINE.fullmatch(key, a, b)), None)


def _table_period(key: str, start: int, end: int) -> str | None:
    """The period a table gives the cell at ``start:end``: its row's year or its column's; None outside tables."""
    ls = key.rfind("\n", 0, start) + 1
    le = key.find("\n", end)
    le = len(key) if le < 0 else le
    row = _ROW_HEAD.match(key, ls)
    if row is not None and row.end() <= start and _ROW_CELLS.fullmatch(key, row.end(), start):
        return row.group(1)
    if _CELL_LINE.fullmatch(key, ls, le) is None:
        return None
    above = _lines_up(key, ls)
    index = 0  # cells of this row above this one
    label: tuple[int, int] | None = None
    for a, b in above:
        if _EMPTY_LINE.fullmatch(key, a, b):
            continue
        year = _YEAR_LINE.fullmatch(key, a, b)
        if year is None and _CELL_LINE.fullmatch(key, a, b):
            index += 1
            continue
        if year is not None:
            # A year line alone heads its row; one of a run of years heads columns and no row.
            prev = _next_content(key, a)
            if prev is not None and (_YEAR_LINE.fullmatch(key, *prev) or _PRELIM_LINE.fullmatch(key, *prev)):
                return None
            return _norm_years(year.group(1))
        label = (a, b)
        break
    if label is None:
        return None
    # The row's cells: the cell lines right under its label.
    cells = 0
    pos = label[1] + 1
    for _ in range(_TABLE_WALK):
        if pos >= len(key):
            break
        nl = key.find("\n", pos)
        nl = len(key) if nl < 0 else nl
        if _CELL_LINE.fullmatch(key, pos, nl):
            cells += 1
        elif not _EMPTY_LINE.fullmatch(key, pos, nl):
            break
        pos = nl + 1
    # The column head: the nearest run of year lines above, read top to bottom.
    heads: list[str] = []
    for a, b in above:
        year = _YEAR_LINE.fullmatch(key, a, b)
        if year is not None:
            heads.append(_norm_years(year.group(1)))
        elif heads and not (_EMPTY_LINE.fullmatch(key, a, b) or _PRELIM_LINE.fullmatch(key, a, b)):
            break
    heads.reverse()
    firsts = [int(h[:4]) for h in heads]
    if len(heads) < 2 or len(heads) != cells or firsts != sorted(set(firsts)):
        return None
    return heads[index]


def _clean_period(raw_text: str, group: str) -> str:
    txt = _SPACES.sub(" ", raw_text.strip())
    if txt.isupper():
        txt = txt.lower()
    elif txt[:1].isupper() and not txt[1:2].isupper():
        txt = txt[0].lower() + txt[1:]  # a capital that only starts the sentence
    # The patterns of these groups guarantee their years and dates (see _SCOPE_BODY).
    years: list[str] = _YEARS.findall(txt)
    if group == "year":
        return years[-1]
    if group == "season":
        return f"{years[0]}-{years[1]}" if len(years) >= 2 else txt  # "vụ đông năm 2023" as written
    if group == "term":
        first, second = years
        return f"{first}-{second}"
    if group == "date":
        dates: list[str] = _DATE.findall(txt)
        return dates[0]
    if group == "month":
        return re.sub(r"(?i)^tháng\s+", "", txt).replace(" ", "")
    if group == "monyear":
        return "/".join(re.findall(r"\d+", txt))
    if group == "sofar":
        return re.sub(r"(?i)^tính\s+chung\s+", "", txt)
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


def _next_scopes(
    found: list[_Found], scopes: list[_Scope], n: int
) -> Iterator[tuple[int, _Found, int, _Scope, int]]:
    """Each number (in text order) with the first scope that starts after its unit: the number's index, the number,
    the scope's index and the scope, and where the next number starts (the text's end after the last)."""
    si = 0
    for idx, f in enumerate(found):
        while si < len(scopes) and scopes[si].start < f.num.unit_end:
            si += 1
        if si >= len(scopes):
            return
        yield idx, f, si, scopes[si], (found[idx + 1].num.start if idx + 1 < len(found) else n)


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
    for idx, f, si, sc, nxt_start in _next_scopes(found, scopes, b.n):
        ue = f.num.unit_end
        gap = key[ue : sc.start] if sc.start - ue <= 25 else "x"
        if (
            sc.start - ue <= 25
            and f.num.unit_key != "lần"
            and _GAP_AFTER.match(gap)
            and not _SO_VOI_OTHER.search(gap)
            and sc.start < nxt_start
            and not re.search(r"kế\s+hoạch|chỉ\s+tiêu|nghị\s+quyết", gap)
        ):
            after_scope[idx] = sc.value
            claimed.add(si)
    # A scope later in the number's own clause, before the next number, is its period when nothing else gives one
    # ("11 xã đăng ký về đích năm 2020"); a comparison's year ("tăng 2,58 lần so năm 2015") is none.
    in_clause: dict[int, str] = {}
    for idx, f, _, sc, nxt_start in _next_scopes(found, scopes, b.n):
        ue = f.num.unit_end
        if (
            idx not in after_scope
            and f.num.unit_key != "lần"  # "gấp 1,6 lần năm 2020": the year is what it is compared with
            and not sc.in_parens
            and sc.start - ue <= _CLAUSE_REACH
            and sc.start < nxt_start
            and sc.end <= b.end_of(b.iclauses, ue, b.n)
            and not _COMPARED_GAP.search(key, ue, sc.start)
        ):
            in_clause[idx] = sc.value
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
    # A report's lead (its first sentence) states the window the whole passage reports on ("GDP 9 tháng năm 2021 chỉ
    # tăng 1,42% …"; "Trong năm 2016, … dự kiến đạt 8/12 chỉ tiêu"): its first scope is every number's period when
    # nothing nearer gives one, as a lead-in for the whole passage.
    lead_scope: str | None = None
    if report and passage is None and usable and usable[0][1].start < b.end_of(b.sentences, 0, b.n):
        first = usable[0][1]
        # … unless it is what a number is compared with ("12 xã đạt chuẩn, nhiều hơn so với số xã năm 2020")
        if not _COMPARED_RIGHT_BEFORE.search(
            key, max(b.start_of(b.iclauses, first.start), first.start - 40), first.start
        ):
            lead_scope = first.value

    for idx, f in enumerate(found):
        in_table = _table_period(key, f.num.start, f.num.unit_end)
        if in_table is not None:
            f.period = in_table
            continue
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
        if (
            chosen is None
            and idx > 0
            and BREAKDOWN_LEAD.match(key, sent)
            and found[idx - 1].num.start >= b.start_of(b.sentences, sent - 1)
        ):
            # "Trong đó, …" breaks down the sentence before: its numbers share that sentence's period.
            chosen = found[idx - 1].period
        if chosen is None:
            # A list lead-in ("Đến năm 2025:" at the end of a line) scopes the items below it.
            k = j
            while k >= 0 and j - k < _SCOPE_LOOKBACK:
                sc = usable[k][1]
                if sc.list_lead and sc.end <= s:
                    chosen = sc.value
                    break
                k -= 1
        f.period = chosen or passage or default_period or in_clause.get(idx) or lead_scope
