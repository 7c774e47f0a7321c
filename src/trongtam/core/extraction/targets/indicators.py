"""Indicators: the words naming what a number measures, read before or after it."""

from __future__ import annotations

import re
from collections.abc import Callable

from trongtam.core.extraction.targets._common import (
    _SO_VOI_OTHER,
    _SPACES,
    _TRIM,
    _W,
    _WINDOW,
    _WORD,
    _Found,
    _key_of,
    _last_match,
)
from trongtam.core.extraction.targets.lexicon import Lexicon
from trongtam.core.extraction.targets.periods import _SCOPE_BODY
from trongtam.core.extraction.targets.scan import Boundaries, Number

_AFTER_LEAD = re.compile(rf"(?:và|là|với|của|cho|ở|tại)(?![{_W}])")

_AFTER_TAIL = re.compile(
    rf"(?<![{_W}])(?:và|với|cho|của|trong|tại|ở|đều|là|khi|đã|để|theo|thì|mà|như|gồm|trở\s+lên|trở\s+xuống|"
    rf"đạt|từ|trên|dưới|khoảng|tối\s+thiểu|tối\s+đa|đến|lên|xuống|còn|bằng|hơn)\s*$"
)

_LIST_MARK = re.compile(r"\s*(?:[-+•*–]\s*|\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[ivx]{1,4})[.)]\s+)")

_WEAK_CUT = re.compile(r"đã")

_DANGLING_HEAD = re.compile(rf"(?<![{_W}])(?:tốc\s+độ|tỷ\s+lệ|mức|chỉ\s+số|số|tổng)\s*$")

_TRONG_DO = re.compile(r"\s*trong\s+đó")

_AND_END = re.compile(rf"^[^,;:.()\n]*(?<![{_W}])(?:và|cùng)\s*$")

_DIGIT_RUN = re.compile(r"\d[\d.,/:-]*")

_AFTER_CUT = re.compile(
    rf"\d|\(|(?<![{_W}])(?:còn|là|chiếm|so\s+với|trong\s+đó|thoát\s+khỏi|tăng|giảm)(?![{_W}])"
)

_LEAD_PAREN = re.compile(r"\s*\([^()]*\)")

_CHANGE_TAIL = re.compile(rf"(?<![{_W}])(?:tăng|giảm)\s*$", re.IGNORECASE)


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
            return f.indicator, _key_of(f.indicator), start, True  # borrowed: read as written before
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


def _measure_lead(text: str, key: str, sentence_start: int, colon: int, lx: Lexicon) -> str | None:
    """The head of a list introduced by a measure ("Tỷ lệ trường đạt chuẩn: mầm non 70%, …").

    ``colon`` is the last colon of the sentence before the number's clause.
    """
    # the label right before the colon, after any label or item before it ("Chỉ tiêu về dân số năm 2025: Tỷ lệ tăng dân
    # số tự nhiên: 1,2%; tỷ lệ hộ nghèo: 1,5%")
    sentence_start = max(
        sentence_start, key.rfind(":", sentence_start, colon) + 1, key.rfind(";", sentence_start, colon) + 1
    )
    if colon - sentence_start > 200:
        return None
    t, k = _strip_indicator(text[sentence_start:colon], key[sentence_start:colon], lx)
    return t if t and lx.measure_head.match(k) else None


def _share_lead(
    key: str, sentence_start: int, colon: int, seg: int, own_head: Callable[[], bool]
) -> str | None:
    """The shares of a list introduced by "Cơ cấu kinh tế:" or "tỷ trọng các ngành … là:".

    ``colon`` is the last colon of the sentence before the number's clause.  Items in later
    ";"-segments belong to the list unless they name their own measure.
    """
    if colon < seg and own_head():
        return None
    lead = key[sentence_start:colon]
    if "tỷ trọng" in lead:
        return "tỷ trọng"
    if "cơ cấu kinh tế" in lead:
        return "cơ cấu kinh tế:"
    if "cơ cấu" in lead:
        return "cơ cấu"
    return None
