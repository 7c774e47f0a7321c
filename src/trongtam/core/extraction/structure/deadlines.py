"""A task's deadline as written ("trước 30/6/2024", "Quý III/2024", "năm 2024") and the last day it allows."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
DEADLINE_PATTERNS: tuple[tuple[int, re.Pattern[str], str], ...] = (
    (
        0,
        re.compile(
            r"(?:trước|chậm nhất(?: là| vào)?|hạn chót|xong trước)\s+(?:ngày\s+)?(\d{1,2})/(\d{1,2})/(\d{4})",
            re.IGNORECASE,
        ),
        "before_date",
    ),
    (0, re.compile(r"(?:trước)\s+tháng\s+(\d{1,2})\s*/\s*(\d{4})", re.IGNORECASE), "before_month"),
    (
        1,
        re.compile(
            r"(?:(?:đến|trong|hết|cuối)\s+)?tháng\s+(\d{1,2})\s*(?:/|-|năm\s+)\s*(\d{4})", re.IGNORECASE
        ),
        "month",
    ),
    (
        1,
        re.compile(
            r"(?:(?:trong|hết|cuối)\s+)?[Qq]uý\s+(IV|III|II|I|[1-4])\s*(?:/|-|năm\s+)\s*(\d{4})",
            re.IGNORECASE,
        ),
        "quarter",
    ),
    (2, re.compile(r"(?:6|sáu)\s+tháng\s+(?:đầu\s+)?năm\s+(\d{4})", re.IGNORECASE), "half"),
    (
        3,
        re.compile(r"(?:(?:đến|trong|hết|cuối)\s+)?(?:(?:hết|cuối)\s+)?năm\s+(\d{4})\b", re.IGNORECASE),
        "year",
    ),
)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def deadline(text: str, min_year: int | None) -> tuple[str | None, date | None]:
    """The task's deadline as written and as the last day it allows."""
    best: tuple[int, int, str, date] | None = None
    for prio, pattern, kind in DEADLINE_PATTERNS:
        for m in pattern.finditer(text):
            try:
                when = _deadline_date(kind, m)
            except (ValueError, KeyError):
                continue
            if when is None or (min_year is not None and when.year < min_year):
                continue
            if kind == "year" and re.search(
                r"(?:giai đoạn|nhiệm kỳ|số|từ)\s*$", text[max(0, m.start() - 12) : m.start()]
            ):
                continue
            phrase = " ".join(m.group(0).split())
            if kind in ("month", "quarter", "half", "year"):
                phrase = re.sub(r"^(?:đến|trong|hết|cuối)\s+(?:(?:hết|cuối)\s+)?", "", phrase)
            cand = (prio, m.start(), phrase, when)
            if best is None or cand[:2] < best[:2]:
                best = cand
        if best is not None and best[0] <= prio:
            break
    if best is None:
        return None, None
    return best[2], best[3]


def _deadline_date(kind: str, m: re.Match[str]) -> date | None:
    if kind == "before_date":
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    if kind == "before_month":
        return date(int(m.group(2)), int(m.group(1)), 1) - timedelta(days=1)
    if kind == "month":
        return _month_end(int(m.group(2)), int(m.group(1)))
    if kind == "quarter":
        q = QUARTERS[m.group(1).upper()]
        return _month_end(int(m.group(2)), q * 3)
    if kind == "half":
        return date(int(m.group(1)), 6, 30)
    if kind == "year":
        year = int(m.group(1))
        return date(year, 12, 31) if 1990 <= year <= 2100 else None
    return None


__all__ = ["deadline"]
