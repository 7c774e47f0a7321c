"""The registry's number columns: a DecimalField bounded by the product's one number contract
(:mod:`trongtam.core.numbers`) that reads back, rather than crashes on, a value it could not have accepted.

A value beyond the column (put there by raw SQL, an older release or an edited backup) used to make
SQLite's decimal converter raise on every query that touched the row, so one bad number turned the
cycle's dashboard, report pages, spreadsheets and API lists into 500s for everyone. Such a value is now
read as it is; pages show it as "giá trị không hợp lệ" and writes refuse it.
"""

from __future__ import annotations

import decimal
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property

from trongtam.core.numbers import Bound, NumberError, check_number

__all__ = ["NumberField", "bound_of"]


class NumberField(models.DecimalField):  # type: ignore[type-arg]
    """A ``numeric(max_digits, decimal_places)`` column that validates with the number contract."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.validators.append(self._check)

    @cached_property
    def context(self) -> decimal.Context:
        # Django quantizes what the database returns in this context; with the column's own precision a
        # stored value wider than the column raises InvalidOperation inside the query. A wide context
        # without traps reads it back unchanged (an infinity becomes NaN), for the pages to flag.
        return decimal.Context(prec=self.max_digits + 400, traps=[])

    def deconstruct(self) -> Any:
        # The column is a plain DecimalField to migrations: nothing changes in the database.
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.DecimalField", args, kwargs

    def _check(self, value: Decimal | None) -> None:
        if value is None:
            return
        try:
            check_number(Decimal(value), bound=bound_of(self), label=str(self.verbose_name).capitalize())
        except NumberError as exc:
            raise ValidationError(exc.message_vi, code="number") from None


def bound_of(field: Any) -> Bound:
    """The bound of a model's decimal column, e.g. ``bound_of(Entry._meta.get_field("value"))``."""
    return Bound.of(field)
