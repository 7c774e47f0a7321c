"""What every web form shares: numbers and dates typed the Vietnamese way, and errors shown where they belong.

A refused form is shown again with what the person typed, each error beside its own field
(``aria-invalid`` and ``aria-describedby`` on the field) and a summary at the top (``role="alert"``)
whose links lead to the fields: :func:`error_summary` builds that list, ``web/_error_summary.html``
draws it, and :func:`field_state` gives a field's typed value, error and the ids the template needs.
Numbers go through the one number contract, :mod:`trongtam.core.numbers`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from trongtam.core.numbers import DEFAULT_BOUND, NumberError, format_number, read_number
from trongtam.registry.numbers import bound_of

__all__ = [
    "FieldState",
    "SummaryItem",
    "VnDateField",
    "VnNumberField",
    "describe_errors",
    "error_id",
    "error_summary",
    "field_messages",
    "field_state",
    "short",
]


def short(text: str, limit: int = 60) -> str:
    """A long indicator or task cut to fit in a message ("Tổng thu ngân sách…")."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def error_id(field_id: str) -> str:
    """The id of the text that explains why ``field_id`` was refused (its ``aria-describedby``)."""
    return f"{field_id}-loi"


class VnNumberField(forms.CharField):
    """A number typed the Vietnamese way ("195.000", "16,6"), checked against ``column`` (a model field).

    The message names the field by its label ("Chỉ tiêu «Tổng thu…»: “abc” không phải là số…"), so it
    reads the same beside the field and in the summary at the top.
    """

    def __init__(self, *, column: Any = None, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.bound = bound_of(column) if column is not None else DEFAULT_BOUND

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, Decimal | int):
            return format_number(value)
        return value

    def to_python(self, value: Any) -> Decimal | None:  # type: ignore[override]
        try:
            return read_number(str(value or ""), bound=self.bound, label=str(self.label or ""))
        except NumberError as exc:
            raise ValidationError(exc.message_vi, code="invalid") from None


class VnDateField(forms.DateField):
    """A date as dd/mm/yyyy (or the browser's yyyy-mm-dd); the message names the field and what was typed."""

    input_formats = ["%d/%m/%Y", "%Y-%m-%d"]

    def to_python(self, value: Any) -> date | None:
        if value in self.empty_values:
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        text = str(value).strip()
        for fmt in self.input_formats:
            try:
                return datetime.strptime(text, fmt).date()
            except ValueError:
                continue
        label = f"{self.label}: " if self.label else ""
        shown = text if len(text) <= 40 else text[:37] + "…"
        raise ValidationError(f"{label}“{shown}” không phải là ngày (dd/mm/yyyy).", code="invalid")


@dataclass(frozen=True)
class SummaryItem:
    """One line of the error summary: the message and the id of the field it links to (may be empty)."""

    field_id: str
    message: str


def error_summary(form: forms.Form, *, ids: dict[str, str] | None = None) -> list[SummaryItem]:
    """Every error of ``form``, in the order of its fields, linked to the field (``ids`` maps a field
    name to its HTML id when that is not ``id_<name>``; non-field errors link nowhere)."""
    items = [SummaryItem("", str(m)) for m in form.non_field_errors()]
    for name in form.fields:
        label = str(form.fields[name].label or "")
        for message in form.errors.get(name, []):
            field_id = (ids or {}).get(name) or form[name].id_for_label or name
            text = str(message)
            # The summary names the field; messages of the Vietnamese fields already start with it.
            items.append(
                SummaryItem(field_id, f"{label}: {text}" if label and not text.startswith(label) else text)
            )
    return items


@dataclass(frozen=True)
class FieldState:
    """A field as the refused form shows it again: what was typed, its error (if any) and its ids."""

    value: str
    error: str
    field_id: str

    @property
    def error_id(self) -> str:
        return error_id(self.field_id)


def field_state(form: forms.Form, name: str, field_id: str | None = None) -> FieldState:
    """What ``name`` held when ``form`` was sent and why it was refused (blank when it was not)."""
    raw = form.data.get(name, "") if form.is_bound else ""
    errors: list[Any] = list(form.errors.get(name, [])) if form.is_bound else []
    return FieldState(str(raw), " ".join(str(m) for m in errors), field_id or name)


def field_messages(form: forms.Form) -> dict[str, str]:
    """Each refused field's message, naming the field ("Chỉ tiêu: Trường này là bắt buộc.")."""
    out: dict[str, str] = {}
    for name, errors in form.errors.items():
        text = " ".join(str(m) for m in errors)
        label = str(form.fields[name].label or "") if name in form.fields else ""
        out[name] = f"{label}: {text}" if label and not text.startswith(label) else text
    return out


def describe_errors(form: forms.Form) -> list[SummaryItem]:
    """After validation of a form drawn field by field (``web/_form_fields.html``): point each refused
    field at its error text (``aria-invalid``, ``aria-describedby``) and return the summary's lines."""
    if not form.is_bound:
        return []
    for name in form.errors:
        if name not in form.fields:
            continue
        field_id = form[name].id_for_label or f"id_{name}"
        attrs = form.fields[name].widget.attrs
        described = [error_id(field_id)]
        if form.fields[name].help_text:
            described.append(f"{field_id}_helptext")
        attrs["aria-invalid"] = "true"
        attrs["aria-describedby"] = " ".join(described)
    return error_summary(form)
