"""Word's automatic numbering resolved from numbering.xml, the way Word counts it.

python-docx does not put "I.", "1." or "a)" into paragraph text; the label lives in numbering.xml
(``w:abstractNum`` levels with ``w:start``, ``w:numFmt``, ``w:lvlText``, ``w:lvlRestart``) and is
selected by each paragraph's ``w:numPr`` (``w:numId``, ``w:ilvl``) or by its style's. Counters are
kept per abstract numbering, so numbering instances that share one continue each other unless a
``w:lvlOverride/w:startOverride`` restarts them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from trongtam.core.reading.labels import to_letter
from trongtam.core.reading.model import ListKind
from trongtam.core.text.roman import to_roman

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _val(el: Any, tag: str) -> str | None:
    child = el.find(W + tag) if el is not None else None
    if child is None:
        return None
    v = child.get(W + "val")
    return str(v) if v is not None else None


def _int(s: str | None, default: int) -> int:
    try:
        return int(s) if s is not None else default
    except ValueError:
        return default


@dataclass
class Level:
    """One level of an abstract numbering definition."""

    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # None: restart after any higher level; 0: never
    is_lgl: bool = False
    pstyle: str | None = None


@dataclass
class _Num:
    abstract: str
    start_overrides: dict[int, int] = field(default_factory=dict)
    level_overrides: dict[int, Level] = field(default_factory=dict)


def _parse_level(lvl: Any) -> Level:
    restart = _val(lvl, "lvlRestart")
    return (
        Level(
            start=_int(_val(lvl, "start"), 1),
            fmt=_val(lvl, "numFmt") or "decimal",
            text=_val(lvl, "lvlText") or "",
            restart=_int(restart, 0) if restart is not None else None,
            is_lgl=lvl.find(W + "isLgl") is not None,
            pstyle=_val(lvl, "pStyle"),
        )
        if lvl is not None
        else Level()
    )


def format_counter(n: int, fmt: str) -> str:
    """One counter in one of Word's number formats.

    >>> format_counter(4, "upperRoman"), format_counter(2, "lowerLetter"), format_counter(3, "decimalZero")
    ('IV', 'b', '03')
    """
    if fmt in ("upperRoman",):
        return to_roman(n)
    if fmt == "lowerRoman":
        return to_roman(n).lower()
    if fmt == "upperLetter":
        return to_letter(n).upper()
    if fmt == "lowerLetter":
        return to_letter(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


_KIND: dict[str, ListKind] = {
    "upperRoman": "roman",
    "lowerRoman": "letter",
    "upperLetter": "letter",
    "lowerLetter": "letter",
    "bullet": "bullet",
}

# Bullet glyphs in Symbol/Wingdings private-use code points, shown as a plain bullet; a typed dash
# or plus is kept as written because offices use them to mean different list levels.
_KEEP_BULLETS = set("-–—+o*")


@dataclass(frozen=True)
class Resolved:
    """A paragraph's resolved label."""

    label: str
    kind: ListKind | None
    level: int
    num_id: str


class NumberingResolver:
    """Resolves paragraph labels in document order; call :meth:`label` once per paragraph, in order."""

    def __init__(self, numbering_el: Any | None, styles_el: Any | None) -> None:
        self.abstracts: dict[str, dict[int, Level]] = {}
        self.nums: dict[str, _Num] = {}
        self.style_num: dict[str, tuple[str | None, int | None]] = {}
        self.style_based: dict[str, str] = {}
        self.abstract_style_link: dict[str, str] = {}
        self.counters: dict[str, list[int | None]] = {}
        self.started: set[tuple[str, int]] = set()
        if numbering_el is not None:
            self._load_numbering(numbering_el)
        if styles_el is not None:
            self._load_styles(styles_el)

    def _load_numbering(self, el: Any) -> None:
        for ab in el.findall(W + "abstractNum"):
            aid = ab.get(W + "abstractNumId")
            levels: dict[int, Level] = {}
            for lvl in ab.findall(W + "lvl"):
                levels[_int(lvl.get(W + "ilvl"), 0)] = _parse_level(lvl)
            link = _val(ab, "numStyleLink")
            if link:
                self.abstract_style_link[aid] = link
            self.abstracts[aid] = levels
        for num in el.findall(W + "num"):
            nid = num.get(W + "numId")
            abstract = _val(num, "abstractNumId") or ""
            n = _Num(abstract)
            for ov in num.findall(W + "lvlOverride"):
                ilvl = _int(ov.get(W + "ilvl"), 0)
                so = _val(ov, "startOverride")
                if so is not None:
                    n.start_overrides[ilvl] = _int(so, 1)
                lvl = ov.find(W + "lvl")
                if lvl is not None:
                    n.level_overrides[ilvl] = _parse_level(lvl)
            self.nums[nid] = n

    def _load_styles(self, el: Any) -> None:
        for st in el.findall(W + "style"):
            sid = st.get(W + "styleId")
            based = _val(st, "basedOn")
            if based:
                self.style_based[sid] = based
            ppr = st.find(W + "pPr")
            numpr = ppr.find(W + "numPr") if ppr is not None else None
            if numpr is not None:
                nid = _val(numpr, "numId")
                ilvl = _val(numpr, "ilvl")
                self.style_num[sid] = (nid, int(ilvl) if ilvl is not None else None)

    def _style_numpr(self, style: str | None) -> tuple[str | None, int | None]:
        seen: set[str] = set()
        while style and style not in seen:
            seen.add(style)
            if style in self.style_num:
                return self.style_num[style]
            style = self.style_based.get(style)
        return None, None

    def _abstract_of(self, num_id: str) -> str | None:
        num = self.nums.get(num_id)
        if num is None:
            return None
        aid = num.abstract
        link = self.abstract_style_link.get(aid)
        if link:
            # A numStyleLink points at a numbering style whose own numPr names the real list.
            linked, _ = self._style_numpr(link)
            if linked and linked in self.nums and self.nums[linked].abstract != aid:
                return self.nums[linked].abstract
        return aid

    def _level(self, num_id: str, aid: str, ilvl: int) -> Level:
        num = self.nums.get(num_id)
        if num is not None and ilvl in num.level_overrides:
            return num.level_overrides[ilvl]
        return self.abstracts.get(aid, {}).get(ilvl, Level())

    def label(self, ppr: Any | None, style_id: str | None) -> Resolved | None:
        """Advance the counters for one paragraph and return its label, or None if it is not numbered."""
        num_id: str | None = None
        ilvl: int | None = None
        numpr = ppr.find(W + "numPr") if ppr is not None else None
        if numpr is not None:
            num_id = _val(numpr, "numId")
            il = _val(numpr, "ilvl")
            ilvl = int(il) if il is not None and il.isdigit() else None
        if num_id is None:
            s_num, s_ilvl = self._style_numpr(style_id)
            num_id = s_num
            if ilvl is None:
                ilvl = s_ilvl
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return None
        aid = self._abstract_of(num_id)
        if aid is None:
            return None
        if ilvl is None:
            ilvl = self._ilvl_from_pstyle(aid, style_id)
        ilvl = max(0, min(ilvl, 8))
        counters = self.counters.setdefault(aid, [None] * 9)
        num = self.nums[num_id]
        lvl = self._level(num_id, aid, ilvl)
        # A deeper item with no parent before it makes the parent levels count as used at their
        # start value, so the next parent item is start + 1 (what Word and LibreOffice show).
        for k in range(ilvl):
            if counters[k] is None:
                counters[k] = self._level(num_id, aid, k).start
        first_use = (num_id, ilvl) not in self.started
        self.started.add((num_id, ilvl))
        if first_use and ilvl in num.start_overrides:
            # startOverride restarts this level the first time this numbering instance uses it.
            counters[ilvl] = num.start_overrides[ilvl]
        else:
            current = counters[ilvl]
            counters[ilvl] = lvl.start if current is None else current + 1
        for k in range(ilvl + 1, 9):
            restart = self._level(num_id, aid, k).restart
            if restart is None or (restart != 0 and ilvl < restart):
                counters[k] = None
        text = self._render(num_id, aid, ilvl, lvl, counters)
        kind: ListKind | None = _KIND.get(lvl.fmt, "number")
        if lvl.fmt == "none" and not text.strip():
            return None
        if lvl.fmt == "bullet":
            text = text.strip()
            text = text if text in _KEEP_BULLETS and text != "o" else "•"
            if text in ("*",):
                text = "•"
        return Resolved(text.strip(), kind, ilvl, num_id)

    def _ilvl_from_pstyle(self, aid: str, style_id: str | None) -> int:
        for k, lv in self.abstracts.get(aid, {}).items():
            if style_id and lv.pstyle == style_id:
                return k
        return 0

    def _render(self, num_id: str, aid: str, ilvl: int, lvl: Level, counters: list[int | None]) -> str:
        def sub(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            if not 0 <= k < 9:
                return ""
            kl = self._level(num_id, aid, k)
            value = counters[k]
            if value is None:
                value = kl.start
            fmt = "decimal" if lvl.is_lgl and kl.fmt not in ("bullet", "none") else kl.fmt
            return format_counter(value, fmt)

        return re.sub(r"%([1-9])", sub, lvl.text)
