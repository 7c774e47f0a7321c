"""Template filters that write numbers, dates and comparators the Vietnamese way."""

from __future__ import annotations

import functools
from datetime import date, datetime
from decimal import Decimal

from django import template
from django.utils import timezone

from trongtam.core.numbers import format_number

register = template.Library()

OP_SYMBOLS = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=", "~": "≈", "range": "từ … đến"}
OP_WORDS = {
    ">=": "từ … trở lên",
    ">": "trên",
    "<=": "không quá",
    "<": "dưới",
    "=": "bằng",
    "~": "khoảng",
    "range": "từ … đến …",
}


@register.filter
def vn_number(value: Decimal | int | float | None) -> str:
    """195000 → "195.000"; Decimal("16.6") → "16,6"; None → "—"; a stored value no column holds is flagged."""
    return format_number(value, blank="—")


@register.filter
def vn_estimate(value: Decimal | None) -> str:
    """An estimate (a projection, an even pace): whole numbers from 1.000 up, else two decimals at most."""
    if value is None:
        return "—"
    return format_number(value.quantize(Decimal(1) if abs(value) >= 1000 else Decimal("0.01")), blank="—")


@register.filter
def vn_date(value: date | datetime | None) -> str:
    """A date as dd/mm/yyyy (a datetime in local time)."""
    if not value:
        return "—"
    if isinstance(value, datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
    return value.strftime("%d/%m/%Y")


@register.filter
def op_symbol(op: str) -> str:
    """ ">=" → "≥"."""
    return OP_SYMBOLS.get(op, op)


@register.filter
def op_words(op: str) -> str:
    """ ">=" → "từ … trở lên"."""
    return OP_WORDS.get(op, op)


@register.simple_tag
def target_value(target: object) -> str:
    """A target's value as written in a list: "195.000", "8 – 8,5"."""
    value = getattr(target, "value", None)
    value_max = getattr(target, "value_max", None)
    if getattr(target, "op", "") == "range" and value_max is not None:
        return f"{vn_number(value)} – {vn_number(value_max)}"
    return vn_number(value)


@functools.cache
def _ruleset_names() -> dict[str, str]:
    # The shipped rule sets do not change while the process runs; loading them validates each file.
    from trongtam.core.assessment import list_rulesets

    return {r.id: r.name for r in list_rulesets()}


@register.filter
def ruleset_name(ruleset_id: str | None) -> str:
    """ "qd124-2023" → the rule set's own name, as the office chose it from the list."""
    if not ruleset_id:
        return "—"
    return _ruleset_names().get(str(ruleset_id), str(ruleset_id))
