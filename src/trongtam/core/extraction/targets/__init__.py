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
5. per number: role (nearest cue in its segment, else its sentence's, else the passage kind: the
   caller's, or the cue rules' vote weighed with the text's words by a model trained on the dev
   split, ``prior``), change, reference,
   comparator and direction (lexicon), indicator (the clause before the number, or the words after
   it, over comma lists and list lead-ins), then periods (the number's own, its item's, a lead-in's,
   the passage's, else ``default_period``).

The package follows those seams: ``scan`` (numbers, ranges, ratios, units, boundaries), ``lexicon``
(``lexicon.toml`` compiled), ``filters`` (what is no target), ``roles``, ``prior``, ``changes`` (change and
reference), ``comparators`` (bound and direction), ``indicators``, ``clauses`` (one number in its
clause) and ``periods``.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Literal

from trongtam.core.extraction.targets._common import _Found, _key_of
from trongtam.core.extraction.targets.changes import _RATE_WORDS, _propagate_refs
from trongtam.core.extraction.targets.clauses import _analyse
from trongtam.core.extraction.targets.filters import (
    _drop_qualifiers,
    _drop_sorting_bounds,
    _filter_context,
    drop_numbered_names,
    drop_row_numbers,
    drop_shares_of_dropped,
)
from trongtam.core.extraction.targets.lexicon import Lexicon
from trongtam.core.extraction.targets.lexicon import lexicon as _load_lexicon
from trongtam.core.extraction.targets.periods import _assign_periods, _scopes
from trongtam.core.extraction.targets.prior import learned_kind
from trongtam.core.extraction.targets.roles import _votes
from trongtam.core.extraction.targets.scan import Boundaries, Number, is_table_cell, match_key, scan_numbers
from trongtam.core.extraction.targets.syllables import glued_syllables
from trongtam.core.letter import Basis, Role, Target

__all__ = ["find_targets", "kind_evidence"]


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
    spaces = _spaces_to_put_back(text)
    if spaces:
        return _read_unglued(text, spaces, kind, default_period)
    return _find(text, kind, default_period)


# Words run together where a page dropped the spaces round inline formatting: "chế biến, chế tạotăng1,36%",
# "hơi nướctăng1,06%".  A change word glued to a number after it cannot be one Vietnamese syllable; nor can
# an estimate's verb ("năm 2020 ước đạt16.743 tỷ đồng").
# So can no plan verb nor "đạt" standing as its own word: "Phấn đấu100% số xã …", "tỷ lệ đạt98%".
_GLUED = re.compile(r"(?:tăng|giảm|Tăng|Giảm|(?<![^\W\d_])(?:đạt|Đạt)|(?:phấn|Phấn)\s+đấu)(?=\d)")
# Nor can any word with a Vietnamese letter: a PDF that dropped the space writes "khoảng22%", "trên8.000 lao động",
# "giai đoạn2011-2015". Codes and names glued to their number are written in capitals or plain Latin letters
# ("QL14B", "COVID-19", "ĐT741", "km2") and stay as they are.
_GLUED_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]*[^\x00-\x7f\W\d_][^\W\d_]*(?=\d)")
# … and the word after a number glued to it ("năm 2020cơ cấu tương ứng là 56%", "2020tăng hơn 2 lần"), a unit with a
# Vietnamese letter included ("20tấn" reads as "20 tấn", as units are written).
_GLUED_AFTER = re.compile(r"(?<=\d)[^\W\d_]*[^\x00-\x7f\W\d_][^\W\d_]*")


def _glued(text: str) -> list[tuple[int, int]]:
    """The words glued to the number after them, as (start, end) spans, in order."""
    spans = [m.span() for m in _GLUED.finditer(text)]
    # (a change word glued on both sides is cut out whole: "chế tạotăng1,36%" → "chế tạo tăng 1,36%")
    spans += [
        m.span()
        for m in _GLUED_WORD.finditer(text)
        if not m.group().isupper() and not any(a < m.end() and m.start() < z for a, z in spans)
    ]
    spans += [
        m.span()
        for m in _GLUED_AFTER.finditer(text)
        if m.group() not in _GLUED_UNITS
        and not m.group().isupper()
        and not any(a < m.end() and m.start() < z for a, z in spans)
    ]
    return sorted(spans)


# Units written glued to their number by habit, read as they are: "500.000đ".
_GLUED_UNITS = frozenset({"đ", "đồng"})


def _spaces_to_put_back(text: str) -> list[int]:
    """The offsets where a space belongs and was dropped: on each side of each glued word (``_glued``) and between
    syllables run together (``glued_syllables``), in order, each once."""
    points = set(glued_syllables(text))
    for a, z in _glued(text):
        if a > 0 and text[a - 1].isalnum():
            points.add(a)
        if z < len(text) and text[z].isalnum():
            points.add(z)
    return sorted(points)


def _unglue(text: str, spaces: list[int]) -> tuple[str, list[int]]:
    """``text`` with a space put back before each offset of ``spaces``, and where each of its characters came from
    (``origin[i]``: the index in ``text`` of character i; one more entry for the end)."""
    parts: list[str] = []
    origin: list[int] = []
    last = 0
    for at in spaces:
        parts.append(text[last:at])
        origin.extend(range(last, at))
        parts.append(" ")
        origin.append(at)
        last = at
    parts.append(text[last:])
    origin.extend(range(last, len(text)))
    origin.append(len(text))
    return "".join(parts), origin


def _read_unglued(
    text: str,
    spaces: list[int],
    kind: Literal["plan", "report"] | None,
    default_period: str | None,
) -> list[Target]:
    """Read the text with a space put back before each offset of ``spaces``; offsets index ``text``."""
    unglued, origin = _unglue(text, spaces)
    out = []
    for t in _find(unglued, kind, default_period):
        start, end = origin[t.start], origin[t.end]
        out.append(dataclasses.replace(t, start=start, end=end, quote=text[start:end]))
    return out


def kind_evidence(text: str) -> tuple[str, Literal["plan", "report"]] | None:
    """What the prior (``prior.learned_kind``) weighs for ``text``, as ``find_targets`` reads it: the text with
    its glued words parted, and the cue rules' vote; ``None`` when the text holds no number to read."""
    if not text or not any(c.isdigit() for c in text):
        return None
    spaces = _spaces_to_put_back(text)
    if spaces:
        text = _unglue(text, spaces)[0]
    read = _numbers(text)
    if read is None:
        return None
    return text, _votes(*read)[0]


def _numbers(text: str) -> tuple[list[Number], str, Boundaries, Lexicon] | None:
    """The numbers of ``text`` that may be targets (dates, row numbers, names' numbers … dropped), with what they
    are read against; ``None`` when there are none."""
    lx = _load_lexicon()
    key = match_key(text, lx)
    bounds = Boundaries(text, key)
    numbers = scan_numbers(text, key, lx)
    if not numbers:
        return None
    numbers = drop_row_numbers(drop_numbered_names(numbers, text), text)
    numbers = drop_shares_of_dropped(numbers, _filter_context(numbers, key, bounds, lx), key, lx)
    return numbers, key, bounds, lx


def _find(text: str, kind: Literal["plan", "report"] | None, default_period: str | None) -> list[Target]:
    read = _numbers(text)
    if read is None:
        return []
    numbers, key, bounds, lx = read
    voted, by_sentence = _votes(numbers, key, bounds, lx)
    if kind is None:
        # No kind told: the cue rules' vote weighed with the text's words (``prior``).
        kind = learned_kind(text, voted)
    scopes = _scopes(text, key)
    found: list[_Found] = []
    # A sentence whose cued numbers agree gives its uncued numbers their role, before any prior.
    last_role: dict[int, Role] = dict(by_sentence)
    for num in numbers:
        f = _analyse(num, text, key, bounds, lx, kind, found, last_role)
        if f is not None:
            found.append(f)
    found = _drop_qualifiers(found, key, bounds)
    found = _drop_sorting_bounds(found, key)
    _assign_periods(found, scopes, key, bounds, default_period, report=kind == "report")
    _propagate_refs(found, bounds)
    out: list[Target] = []
    for f in found:
        num = f.num
        start, end = f.start, num.unit_end
        if is_table_cell(key, num.start, num.unit_end):
            start = (
                num.start
            )  # a cell's quote is the cell: the row's label ("II. Thời gian …") is not part of it
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
