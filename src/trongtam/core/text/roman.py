"""Roman numerals, the one implementation: field numbers (I., II., …), quarters (Quý IV), appendices.

Readers parse them (``from_roman``), renderers and the registry write them (``to_roman``), and
``next_roman`` repairs an OCR misreading of a heading number from the one before it.
"""

from __future__ import annotations

import re

_SYMBOLS = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)
_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_VALID = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")


def to_roman(n: int) -> str:
    """Upper-case Roman numeral of a positive integer (the decimal digits for 0 or less).

    >>> to_roman(14), to_roman(16), to_roman(1999)
    ('XIV', 'XVI', 'MCMXCIX')
    """
    if n <= 0:
        return str(n)
    out = []
    for value, sym in _SYMBOLS:
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def from_roman(s: str) -> int | None:
    """Value of an upper- or lower-case Roman numeral, or None when it is not a well-formed one.

    >>> from_roman("XIV"), from_roman("iii"), from_roman("IIII"), from_roman("")
    (14, 3, None, None)
    """
    s = s.upper()
    if not s or not _VALID.fullmatch(s):
        return None
    total = 0
    for i, ch in enumerate(s):
        v = _VALUES[ch]
        total += -v if i + 1 < len(s) and _VALUES[s[i + 1]] > v else v
    return total


__all__ = ["from_roman", "to_roman"]
