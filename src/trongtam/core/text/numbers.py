"""Vietnamese numbers: ``.`` groups thousands, ``,`` is the decimal mark, scale words multiply.

Everything returns :class:`~decimal.Decimal`, never float.

>>> parse_number("195.000")
Decimal('195000')
>>> parse_number("16,6")
Decimal('16.6')
>>> parse_number("1.234,5")
Decimal('1234.5')
>>> parse_number("02")
Decimal('2')
>>> parse_quantity("107 tỷ 508 triệu")
Decimal('107508000000')
>>> parse_range("8–8,5%")
(Decimal('8'), Decimal('8.5'))
>>> parse_range("từ 5 đến 7%")
(Decimal('5'), Decimal('7'))
>>> parse_ratio("17/19")
(Decimal('17'), Decimal('19'))
"""

from __future__ import annotations

import re
from decimal import Decimal

from trongtam.core.numbers import NumberError, read_number

__all__ = [
    "NUMBER_PATTERN",
    "SCALES",
    "parse_number",
    "parse_quantity",
    "parse_range",
    "parse_ratio",
    "try_parse_number",
]

# A written number: grouped thousands with an optional decimal part, or plain digits with one.
NUMBER_PATTERN = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_NUMBER = re.compile(rf"[-+−]?(?:{NUMBER_PATTERN})")
_FULL = re.compile(rf"([-+−]?)({NUMBER_PATTERN})")

#: Scale words and their multipliers (``tỉ`` is the older spelling of ``tỷ``).
SCALES: dict[str, Decimal] = {
    "nghìn": Decimal(1000),
    "ngàn": Decimal(1000),
    "vạn": Decimal(10_000),
    "triệu": Decimal(1_000_000),
    "tỷ": Decimal(1_000_000_000),
    "tỉ": Decimal(1_000_000_000),
}
_SCALE_RE = "|".join(sorted(SCALES, key=len, reverse=True))
_QUANTITY_PART = re.compile(rf"\s*([-+−]?(?:{NUMBER_PATTERN}))\s*({_SCALE_RE})?", re.IGNORECASE)
_RANGE = re.compile(
    rf"^\s*(?:từ\s+)?([-+−]?(?:{NUMBER_PATTERN}))\s*%?\s*(?:[-–—]|đến|tới)\s*([-+−]?(?:{NUMBER_PATTERN}))\s*%?\s*$",
    re.IGNORECASE,
)
_RATIO = re.compile(rf"^\s*({NUMBER_PATTERN})\s*/\s*({NUMBER_PATTERN})\s*$")


def try_parse_number(text: str) -> Decimal | None:
    """Read one number written the Vietnamese way, or return None when ``text`` is not one.

    >>> try_parse_number("1.234.567,891")
    Decimal('1234567.891')
    >>> try_parse_number("-0,5")
    Decimal('-0.5')
    >>> try_parse_number("30.9") is None  # a date such as "Ngày 30.9", not a number
    True
    >>> try_parse_number("abc") is None
    True
    """
    # Prose is stricter about shape than a form ("5," ends a clause, it is not 5); the value itself is read
    # by the product's one number reader.
    stripped = text.strip()
    if _FULL.fullmatch(stripped) is None:
        return None
    try:
        return read_number(stripped, bound=None)
    except NumberError:
        return None


def parse_number(text: str) -> Decimal:
    """Read one number written the Vietnamese way; raise ValueError when ``text`` is not one.

    >>> parse_number("0,68")
    Decimal('0.68')
    >>> parse_number("1,2,3")
    Traceback (most recent call last):
    ...
    ValueError: not a Vietnamese number: '1,2,3'
    """
    value = try_parse_number(text)
    if value is None:
        raise ValueError(f"not a Vietnamese number: {text!r}")
    return value


def parse_quantity(text: str) -> Decimal:
    """Read a number with scale words into its full value ("2,5 triệu" → 2500000).

    Compound amounts add up: "107 tỷ 508 triệu" is 107 508 000 000.

    >>> parse_quantity("2,5 triệu")
    Decimal('2500000.0')
    >>> parse_quantity("870 nghìn")
    Decimal('870000')
    >>> parse_quantity("1 vạn")
    Decimal('10000')
    """
    pos = 0
    total = Decimal(0)
    seen = False
    stripped = text.strip()
    while pos < len(stripped):
        m = _QUANTITY_PART.match(stripped, pos)
        if m is None or m.end() == pos:
            break
        number = parse_number(m.group(1))
        scale = SCALES[m.group(2).lower()] if m.group(2) else Decimal(1)
        total += number * scale
        seen = True
        pos = m.end()
    if not seen or stripped[pos:].strip():
        raise ValueError(f"not a Vietnamese quantity: {text!r}")
    return total


def parse_range(text: str) -> tuple[Decimal, Decimal]:
    """Read a range "8–8,5%", "6,0 - 6,5", "từ 5 đến 7%" into (low, high).

    >>> parse_range("24,1% - 24,2%")
    (Decimal('24.1'), Decimal('24.2'))
    """
    m = _RANGE.match(text)
    if m is None:
        raise ValueError(f"not a Vietnamese range: {text!r}")
    return parse_number(m.group(1)), parse_number(m.group(2))


def parse_ratio(text: str) -> tuple[Decimal, Decimal]:
    """Read a ratio "17/19" into (numerator, denominator).

    >>> parse_ratio("2 / 7")
    (Decimal('2'), Decimal('7'))
    """
    m = _RATIO.match(text)
    if m is None:
        raise ValueError(f"not a ratio: {text!r}")
    return parse_number(m.group(1)), parse_number(m.group(2))
