"""Vietnamese number and date formatting for official documents: "195.000", "16,6%", "ngày 01 tháng 12 năm 2023".

Written by hand rather than through a locale so the output never depends on the machine's locale data.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

__all__ = [
    "date_line",
    "format_date",
    "format_decimal",
    "format_percent",
    "format_ratio",
    "long_date",
    "parse_vn_decimal",
    "zero_pad",
]

# Only ASCII digits: str.isdigit() also accepts '²', which Decimal() refuses.
_ASCII_DIGITS = re.compile(r"[0-9]+")


def format_decimal(value: Decimal | int, places: int | None = None) -> str:
    """Write a number the Vietnamese way: "." groups thousands, "," marks decimals.

    ``places=None`` keeps the significant decimals (trailing zeros dropped); an int fixes them.

    >>> format_decimal(Decimal("195000"))
    '195.000'
    >>> format_decimal(Decimal("3800019"))
    '3.800.019'
    >>> format_decimal(Decimal("8962.72"))
    '8.962,72'
    >>> format_decimal(Decimal("16.60"))
    '16,6'
    >>> format_decimal(Decimal("16.649"), 1)
    '16,6'
    >>> format_decimal(Decimal("-1234.5"), 2)
    '-1.234,50'
    >>> format_decimal(0)
    '0'
    """
    d = Decimal(value)
    if places is not None:
        d = d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    elif d == d.to_integral_value():
        d = d.quantize(Decimal(1))
    else:
        d = d.normalize()
    sign = "-" if d < 0 else ""
    text = format(abs(d), "f")
    whole, _, frac = text.partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = ".".join(groups)
    if frac:
        out += "," + frac
    return sign + out


def format_percent(value: Decimal | int, places: int | None = 1) -> str:
    """A percentage with a decimal comma and the sign glued on: "16,6%".

    >>> format_percent(Decimal("16.6"))
    '16,6%'
    >>> format_percent(Decimal("107.1428"), 2)
    '107,14%'
    >>> format_percent(Decimal("100"))
    '100%'
    """
    d = Decimal(value)
    if places is not None:
        d = d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return format_decimal(d) + "%"


def format_ratio(part: int, whole: int) -> str:
    """A count out of a total, the way reports write it.

    >>> format_ratio(17, 19)
    '17/19'
    """
    return f"{part}/{whole}"


def zero_pad(n: int) -> str:
    """Numbers below 10 get a leading zero in document numbers and dates.

    >>> zero_pad(5), zero_pad(12)
    ('05', '12')
    """
    return f"{n:02d}"


def format_date(d: date) -> str:
    """dd/mm/yyyy.

    >>> format_date(date(2023, 12, 1))
    '01/12/2023'
    """
    return d.strftime("%d/%m/%Y")


def long_date(d: date) -> str:
    """The date as written in the place-and-date line: day below 10 and months 1–2 are zero-padded.

    >>> long_date(date(2023, 12, 1))
    'ngày 01 tháng 12 năm 2023'
    >>> long_date(date(2020, 1, 5))
    'ngày 05 tháng 01 năm 2020'
    >>> long_date(date(2024, 3, 15))
    'ngày 15 tháng 3 năm 2024'
    """
    month = zero_pad(d.month) if d.month <= 2 else str(d.month)
    return f"ngày {zero_pad(d.day)} tháng {month} năm {d.year}"


def date_line(place: str | None, d: date | None) -> str:
    """The italic place-and-date line; missing parts stay as blanks for the clerk to fill, never invented.

    >>> date_line("Hữu Lũng", date(2023, 12, 1))
    'Hữu Lũng, ngày 01 tháng 12 năm 2023'
    >>> date_line(None, None)
    '……, ngày …… tháng …… năm ……'
    """
    where = place or "……"
    when = long_date(d) if d else "ngày …… tháng …… năm ……"
    return f"{where}, {when}"


def parse_vn_decimal(text: str) -> Decimal:
    """Read a number as a Vietnamese person types it; raise ValueError when it is ambiguous or malformed.

    >>> parse_vn_decimal("195.000")
    Decimal('195000')
    >>> parse_vn_decimal("12,5")
    Decimal('12.5')
    >>> parse_vn_decimal("1.234,5")
    Decimal('1234.5')
    >>> parse_vn_decimal(" 42 ")
    Decimal('42')
    >>> parse_vn_decimal("12,5,3")
    Traceback (most recent call last):
    ...
    ValueError: 12,5,3
    """
    s = text.strip().replace("\u00a0", "").replace(" ", "")
    if s.endswith("%"):
        s = s[:-1]
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    if not s or s.count(",") > 1:
        raise ValueError(text)
    whole, _, frac = s.partition(",")
    if "." in whole:
        parts = whole.split(".")
        # "1.5" alone is a decimal point typed the English way; "1.500" groups thousands.
        if len(parts) == 2 and not frac and len(parts[1]) != 3:
            whole, frac = parts[0], parts[1]
        elif parts[0] == "" or len(parts[0]) > 3 or any(len(p) != 3 for p in parts[1:]):
            raise ValueError(text)
        else:
            whole = "".join(parts)
    if not _ASCII_DIGITS.fullmatch(whole) or (frac and not _ASCII_DIGITS.fullmatch(frac)):
        raise ValueError(text)
    d = Decimal(whole + ("." + frac if frac else ""))
    return -d if neg else d
