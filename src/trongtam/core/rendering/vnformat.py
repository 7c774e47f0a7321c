"""Vietnamese dates for official documents: "01/12/2023", "ngày 01 tháng 12 năm 2023" (numbers are in
:mod:`trongtam.core.numbers`).

Written by hand rather than through a locale so the output never depends on the machine's locale data.
"""

from __future__ import annotations

from datetime import date

__all__ = [
    "date_line",
    "format_date",
    "format_ratio",
    "long_date",
    "zero_pad",
]


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
