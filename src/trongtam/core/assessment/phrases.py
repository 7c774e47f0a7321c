"""Vietnamese phrases for reports and dashboards: "17/19 chỉ tiêu đạt và vượt", "đạt 121% kế hoạch".

Numbers are written the Vietnamese way: "." groups thousands, "," is the decimal mark.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from decimal import Decimal

from trongtam.core.assessment.model import Status, TaskStatus
from trongtam.core.numbers import format_number, format_percent


def format_number_vi(value: Decimal | int, decimals: int | None = None) -> str:
    """A number written the Vietnamese way (the product's one formatter, :func:`trongtam.core.numbers.format_number`).

    >>> format_number_vi(Decimal("195000")), format_number_vi(Decimal("16.60")), format_number_vi(Decimal("-0.115"), 2)
    ('195.000', '16,6', '-0,12')
    """
    return format_number(value, decimals)


def format_percent_vi(value: Decimal, decimals: int = 2) -> str:
    """A percent with trailing zeros dropped: ``format_percent_vi(Decimal("121.00"))`` → "121%".

    >>> format_percent_vi(Decimal("107.14"))
    '107,14%'
    """
    return format_percent(value, decimals)


def ratio_phrase(count: int, total: int, noun: str = "chỉ tiêu", predicate: str = "đạt và vượt") -> str:
    """A ratio as reports write it.

    >>> ratio_phrase(17, 19)
    '17/19 chỉ tiêu đạt và vượt'
    >>> ratio_phrase(6, 9, "nhiệm vụ", "hoàn thành có kết quả rõ nét")
    '6/9 nhiệm vụ hoàn thành có kết quả rõ nét'
    """
    return " ".join(part for part in (f"{count}/{total}", noun, predicate) if part)


def count_statuses(statuses: Iterable[str]) -> dict[str, int]:
    """How many of each status, keys in first-seen order; for dashboards' "17/19" counts per field.

    >>> count_statuses(["met", "missed", "met"])
    {'met': 2, 'missed': 1}
    """
    return dict(Counter(statuses))


def targets_summary_vi(statuses: Iterable[Status]) -> str:
    """A sentence counting targets by status, in the order reports use.

    >>> targets_summary_vi(["exceeded"] * 7 + ["met"] * 10 + ["missed"] * 2)
    '17/19 chỉ tiêu đạt và vượt kế hoạch (7 chỉ tiêu vượt, 10 chỉ tiêu đạt), 2 chỉ tiêu không đạt'
    """
    counts: Counter[str] = Counter(statuses)
    total = sum(counts.values())
    good = counts["exceeded"] + counts["met"]
    head = f"{ratio_phrase(good, total)} kế hoạch"
    detail = [f"{counts[s]} chỉ tiêu {w}" for s, w in (("exceeded", "vượt"), ("met", "đạt")) if counts[s]]
    if len(detail) == 2:
        head += f" ({', '.join(detail)})"
    tail = [
        f"{counts[s]} chỉ tiêu {w}"
        for s, w in (("right_direction", "đúng hướng"), ("missed", "không đạt"), ("no_data", "chưa đánh giá"))
        if counts[s]
    ]
    return ", ".join([head, *tail])


def tasks_summary_vi(statuses: Iterable[TaskStatus], noun: str = "nhiệm vụ trọng tâm") -> str:
    """A sentence counting tasks the way year-end reports do.

    >>> tasks_summary_vi(["completed_clear"] * 6 + ["completed"] * 3)
    'hoàn thành 9/9 nhiệm vụ trọng tâm, trong đó 6/9 nhiệm vụ hoàn thành có kết quả rõ nét'
    """
    counts: Counter[str] = Counter(statuses)
    total = sum(counts.values())
    done = counts["completed"] + counts["completed_clear"]
    text = f"hoàn thành {done}/{total} {noun}"
    if counts["completed_clear"]:
        text += f", trong đó {ratio_phrase(counts['completed_clear'], total, 'nhiệm vụ', 'hoàn thành có kết quả rõ nét')}"
    if counts["not_completed"]:
        text += f"; {counts['not_completed']} nhiệm vụ không hoàn thành"
    if counts["no_data"]:
        text += f"; {counts['no_data']} nhiệm vụ chưa đánh giá"
    return text


def percent_phrase_vi(percent: Decimal | None, of: str = "kế hoạch") -> str:
    """ "đạt 121% kế hoạch", or "" when there is no percent.

    >>> percent_phrase_vi(Decimal("107.14"))
    'đạt 107,14% kế hoạch'
    """
    if percent is None:
        return ""
    return f"đạt {format_percent_vi(percent)} {of}".strip()
