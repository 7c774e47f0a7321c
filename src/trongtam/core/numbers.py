"""Vietnamese numbers for the whole product: reading what a person typed (web forms, spreadsheets, the CLI,
the API) against the column it goes into, and writing numbers back ("195.000", "16,6").

One contract everywhere. A number is ASCII digits, ``.`` grouping thousands and ``,`` marking decimals
(read by Babel, locale ``vi``, in strict mode), with an optional leading sign where the field allows one.
Exponents, NaN/Infinity, non-Latin digits and anything the column cannot hold are refused with a
Vietnamese message that names the field (and the row and column of a spreadsheet).

>>> read_number("195.000")
Decimal('195000')
>>> read_number("16,6")
Decimal('16.6')
>>> read_number("1.234,5")
Decimal('1234.5')
>>> read_number("02")
Decimal('2')
>>> read_number("") is None
True
>>> read_number("1e3", label="Giá trị")
Traceback (most recent call last):
...
trongtam.core.numbers.NumberError: Giá trị: “1e3” không phải là số (không dùng dạng lũy thừa như 1e3).
>>> format_number(Decimal("195000")), format_number(Decimal("16.60")), format_number(Decimal("-1234.5"), 2)
('195.000', '16,6', '-1.234,50')
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from babel import Locale
from babel.numbers import NumberFormatError, parse_decimal

from trongtam.core.errors import TrongtamError

__all__ = [
    "DEFAULT_BOUND",
    "INVALID_TEXT",
    "SIGNIFICANT_DIGITS",
    "Bound",
    "NumberError",
    "check_number",
    "format_number",
    "format_percent",
    "is_valid",
    "plain_text",
    "read_cell",
    "read_number",
    "read_plain",
]

#: Excel and SQLite (a REAL) keep 15 significant digits; a longer number would not come back as typed.
SIGNIFICANT_DIGITS = 15

#: What a page, a spreadsheet or the CLI shows in place of a stored number that no column could hold.
INVALID_TEXT = "giá trị không hợp lệ"

# Parsed once: Babel would otherwise parse the identifier "vi" again on every number it reads.
_LOCALE = Locale.parse("vi")
# What a typed number may contain before Babel reads it: an optional sign, ASCII digits, "." and ",".
_TYPED = re.compile(r"[+-]?[0-9][0-9.,]*")
# The API's machine form: plain digits with "." as the decimal point, no grouping ("195000", "-16.6").
_PLAIN = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")
# Spaces people put between groups ("1 000") and around the number; never meaningful.
_SPACES = re.compile(r"[\s\u00a0\u202f]+")


class NumberError(TrongtamError, ValueError):
    """A typed number that is not one, or that its column cannot hold; ``message_vi`` names the field."""


@dataclass(frozen=True)
class Bound:
    """What a column holds: ``max_digits`` in all, ``decimal_places`` after the comma, a sign or not.

    Build it from the model field (``Bound.of(Entry._meta.get_field("value"))``) so the check and the
    column cannot drift apart.
    """

    max_digits: int = 24
    decimal_places: int = 6
    signed: bool = True

    @classmethod
    def of(cls, field: Any, *, signed: bool = True) -> Bound:
        """The bound of a Django ``DecimalField`` (anything with ``max_digits`` and ``decimal_places``)."""
        return cls(int(field.max_digits), int(field.decimal_places), signed)

    @property
    def whole_digits(self) -> int:
        """Digits allowed before the decimal mark."""
        return self.max_digits - self.decimal_places


#: The bound of every value column of the registry (``numeric(24, 6)``).
DEFAULT_BOUND = Bound()


def _fail(text: str, label: str, where: str, why: str) -> NumberError:
    shown = text if len(text) <= 40 else text[:37] + "…"
    name = f"{label} ({where})" if label and where else label or where
    # The message is Vietnamese in both forms: it names a Vietnamese field and goes straight to the user.
    # An empty label is for callers that put the field's name in front themselves (a form's error list).
    message = f"{name}: “{shown}” {why}." if name else f"“{shown}” {why}."
    return NumberError(message, message_vi=message)


def check_number(
    value: Decimal, *, bound: Bound = DEFAULT_BOUND, label: str = "Giá trị", where: str = "", text: str = ""
) -> Decimal:
    """Return ``value`` if its column can hold it; raise :class:`NumberError` naming the field otherwise.

    >>> check_number(Decimal("123456789012345678901"))
    Traceback (most recent call last):
    ...
    trongtam.core.numbers.NumberError: Giá trị: “123456789012345678901” quá lớn: tối đa 18 chữ số trước dấu phẩy.
    >>> check_number(Decimal("999999999999999999"))
    Traceback (most recent call last):
    ...
    trongtam.core.numbers.NumberError: Giá trị: “999999999999999999” có quá 15 chữ số có nghĩa (Excel và cơ sở dữ liệu không giữ được).
    >>> check_number(Decimal("1.1234567"), bound=Bound(24, 6), label="Kết quả")
    Traceback (most recent call last):
    ...
    trongtam.core.numbers.NumberError: Kết quả: “1.1234567” có quá 6 chữ số sau dấu phẩy.
    """
    shown = text or (format(value, "f") if value.is_finite() else str(value))
    if not value.is_finite():
        raise _fail(shown, label, where, "không phải là số")
    if value < 0 and not bound.signed:
        raise _fail(shown, label, where, "không được là số âm")
    _sign, digits, exponent = value.normalize().as_tuple()
    assert isinstance(exponent, int)  # finite, checked above
    places = max(0, -exponent)
    whole = max(0, len(digits) + exponent) if value != 0 else 0
    if places > bound.decimal_places:
        raise _fail(shown, label, where, f"có quá {bound.decimal_places} chữ số sau dấu phẩy")
    if whole > bound.whole_digits:
        raise _fail(shown, label, where, f"quá lớn: tối đa {bound.whole_digits} chữ số trước dấu phẩy")
    if len(digits) > SIGNIFICANT_DIGITS:
        raise _fail(
            shown,
            label,
            where,
            f"có quá {SIGNIFICANT_DIGITS} chữ số có nghĩa (Excel và cơ sở dữ liệu không giữ được)",
        )
    return value


def is_valid(value: Decimal | None, bound: Bound = DEFAULT_BOUND) -> bool:
    """Whether a stored value is one the column could have accepted (None, a blank, is valid)."""
    if value is None:
        return True
    try:
        check_number(value, bound=bound)
    except NumberError:
        return False
    return True


def read_number(
    text: str | None, *, bound: Bound | None = DEFAULT_BOUND, label: str = "Giá trị", where: str = ""
) -> Decimal | None:
    """Read a number typed the Vietnamese way into a Decimal the column can hold; a blank is None.

    ``bound=None`` reads a number found in prose, which goes into no column (the extraction's scanner).

    >>> read_number(" -1.234.567,5 ")
    Decimal('-1234567.5')
    >>> read_number("+5")
    Decimal('5')
    >>> read_number("16.6")
    Traceback (most recent call last):
    ...
    trongtam.core.numbers.NumberError: Giá trị: “16.6” không đúng cách viết số: dấu chấm ngăn cách hàng nghìn, dấu phẩy ngăn phần thập phân (có phải là 16,6?).
    >>> read_number("٣")
    Traceback (most recent call last):
    ...
    trongtam.core.numbers.NumberError: Giá trị: “٣” không phải là số (chỉ dùng chữ số 0–9).
    """
    raw = "" if text is None else str(text)
    compact = _SPACES.sub("", raw).replace("−", "-")
    if compact.endswith("%"):
        compact = compact[:-1]
    if not compact:
        return None
    if not _TYPED.fullmatch(compact):
        lowered = compact.lower()
        if "e" in lowered and any(c.isdigit() for c in lowered):
            why = "không phải là số (không dùng dạng lũy thừa như 1e3)"
        elif lowered.lstrip("+-") in ("nan", "inf", "infinity", "∞"):
            why = "không phải là số"
        elif any(c.isdigit() and not c.isascii() for c in compact):
            why = "không phải là số (chỉ dùng chữ số 0–9)"
        else:
            why = "không phải là số, ví dụ 195.000 hoặc 16,6"
        raise _fail(raw.strip(), label, where, why)
    sign = compact[0] if compact[0] in "+-" else ""
    body = compact[len(sign) :]
    try:
        value = parse_decimal(body, locale=_LOCALE, strict=True)
    except NumberFormatError as exc:
        # Babel suggests what was probably meant ("16.6" → "166" or "16,6"); the last is the likelier.
        suggestions = exc.suggestions or []
        hint = f" (có phải là {suggestions[-1]}?)" if suggestions else ""
        raise _fail(
            raw.strip(),
            label,
            where,
            "không đúng cách viết số: dấu chấm ngăn cách hàng nghìn, dấu phẩy ngăn phần thập phân" + hint,
        ) from None
    if sign == "-":
        value = -value
    if bound is None:
        return value
    return check_number(value, bound=bound, label=label, where=where, text=raw.strip())


def read_plain(
    text: str | None, *, bound: Bound = DEFAULT_BOUND, label: str = "value", where: str = ""
) -> Decimal | None:
    """Read the API's machine form ("195000", "-16.6": "." is the decimal point, no grouping).

    >>> read_plain("16.6")
    Decimal('16.6')
    >>> read_plain("1e3")
    Traceback (most recent call last):
    ...
    trongtam.core.numbers.NumberError: value: “1e3” không phải là số dạng 195000 hoặc 16.6.
    """
    raw = "" if text is None else str(text).strip()
    if not raw:
        return None
    if not _PLAIN.fullmatch(raw):
        raise _fail(raw, label, where, "không phải là số dạng 195000 hoặc 16.6")
    return check_number(Decimal(raw), bound=bound, label=label, where=where, text=raw)


def read_cell(
    value: Any, *, bound: Bound = DEFAULT_BOUND, label: str = "Giá trị", where: str = ""
) -> Decimal | None:
    """Read a spreadsheet cell: a number Excel stored, or text typed the Vietnamese way; a blank is None.

    >>> read_cell(12.5), read_cell(7), read_cell("1.234,5"), read_cell(None)
    (Decimal('12.5'), Decimal('7'), Decimal('1234.5'), None)
    >>> read_cell(1.23e19, where="dòng 5, cột Kết quả")
    Traceback (most recent call last):
    ...
    trongtam.core.numbers.NumberError: Giá trị (dòng 5, cột Kết quả): “12300000000000000000” quá lớn: tối đa 18 chữ số trước dấu phẩy.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise _fail(str(value), label, where, "không phải là số")
    if isinstance(value, int):
        return check_number(Decimal(value), bound=bound, label=label, where=where)
    if isinstance(value, float):
        if not math.isfinite(value):  # a number too large for Excel is read back as infinity
            raise _fail(repr(value), label, where, "không phải là số hữu hạn")
        # repr gives the shortest decimal that round-trips, so 12.5 stays 12.5 and not 12.4999...
        number = Decimal(repr(value))
        return check_number(number, bound=bound, label=label, where=where, text=format(number, "f"))
    if isinstance(value, Decimal):
        return check_number(value, bound=bound, label=label, where=where)
    return read_number(str(value), bound=bound, label=label, where=where)


def format_number(value: Decimal | int | float | None, places: int | None = None, *, blank: str = "") -> str:
    """Write a number the Vietnamese way: "." groups thousands, "," marks decimals.

    ``places=None`` keeps the significant decimals (trailing zeros dropped); an int fixes them. A stored
    value no column could hold (infinite, NaN, 16 or more whole digits) is written as :data:`INVALID_TEXT`.

    >>> format_number(Decimal("3800019")), format_number(Decimal("8962.72")), format_number(0)
    ('3.800.019', '8.962,72', '0')
    >>> format_number(Decimal("16.649"), 1), format_number(Decimal("-0.001"), 2)
    ('16,6', '0,00')
    >>> format_number(Decimal("1E+20")), format_number(Decimal("NaN")), format_number(None, blank="—")
    ('giá trị không hợp lệ', 'giá trị không hợp lệ', '—')
    """
    if value is None or value == "":
        return blank
    d = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    # Sixteen or more whole digits are more significant digits than any column accepts (SIGNIFICANT_DIGITS).
    if not d.is_finite() or d.adjusted() >= min(DEFAULT_BOUND.whole_digits, SIGNIFICANT_DIGITS):
        return INVALID_TEXT
    if places is not None:
        d = d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    elif d == d.to_integral_value():
        d = d.quantize(Decimal(1))
    else:
        d = d.normalize()
    whole, _, frac = format(abs(d), "f").partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    sign = "-" if d < 0 and (int(whole) or frac.strip("0")) else ""
    return sign + grouped + ("," + frac if frac else "")


def format_percent(value: Decimal | int | None, places: int | None = 1, *, blank: str = "") -> str:
    """A percentage with a decimal comma and the sign glued on, trailing zeros dropped: "16,6%", "121%".

    >>> format_percent(Decimal("16.6")), format_percent(Decimal("107.1428"), 2), format_percent(Decimal("100"))
    ('16,6%', '107,14%', '100%')
    """
    if value is None:
        return blank
    text = format_number(value, places)
    if text == INVALID_TEXT:
        return text
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return text + "%"


def plain_text(value: Decimal | int | float) -> str:
    """The API's machine form of a number: no exponent, no grouping, no trailing zeros ("195000", "16.6").

    >>> plain_text(Decimal("195000.000000")), plain_text(Decimal("16.60")), plain_text(1.5)
    ('195000', '16.6', '1.5')
    """
    d = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if not d.is_finite():
        return str(d)
    if d == d.to_integral_value():
        return format(d.quantize(Decimal(1)), "f")
    return format(d.normalize(), "f")
