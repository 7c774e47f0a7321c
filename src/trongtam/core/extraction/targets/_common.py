"""Shared pieces of the target extractor: the word-character class, windows, the per-number record."""

from __future__ import annotations

import re
from dataclasses import dataclass

from trongtam.core.extraction.targets.lexicon import WORD_CHARS, lexicon
from trongtam.core.extraction.targets.scan import Number
from trongtam.core.letter import Change, Direction, Op, Ref, Role

_W = WORD_CHARS

_SO_VOI_OTHER = re.compile(rf"(?<![{_W}])so\s+với(?![{_W}])")

_SPACES = re.compile(r"\s+")

_PARENS = re.compile(r"[()]")

# A sentence that breaks down the one before it ("Trong đó, khu vực 1 tăng 3,63%").
BREAKDOWN_LEAD = re.compile(rf"[ \t\xa0\n(\-+•*]*trong\s+đó(?![{_W}])")

_WINDOW = 240  # characters of a clause read on either side of a number (keeps the cost linear)

_ROLE_WINDOW = 400  # characters before a number searched for role cues (keeps the cost linear)

# A rate's own scale: percent, and the percentage points a rate moved by, in words or with the sign
# ("giảm 1,2 điểm phần trăm", "đóng góp 0,78 điểm %").
RATE_UNITS = frozenset({"%", "điểm phần trăm", "điểm %", "điểm%"})

_TRIM = " \t\n,;:.-–—+•*()\"“”'"

_WORD = re.compile(r"[^\W\d_][\w-]*")


@dataclass
class _Found:
    num: Number
    role: Role
    op: Op
    change: Change | None
    ref: Ref | None
    period: str | None
    indicator: str
    start: int
    direction: Direction
    direct_change: bool = False


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
