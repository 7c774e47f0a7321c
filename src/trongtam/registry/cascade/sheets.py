"""The hand-down by spreadsheet: download the communes' sheet, a dry run with a per-cell diff, then confirm.

The dry run stores nothing; confirming passes the same rows to ``services.hand_down_save``, which checks
them again and saves all rows or none.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from trongtam.core.errors import TrongtamError
from trongtam.core.numbers import format_number, read_number
from trongtam.core.rendering.shares_xlsx import HEADERS, shares_sheet_build, shares_sheet_parse
from trongtam.core.rendering.xlsx import CellChange
from trongtam.registry.cycles.models import Target

from .models import ShareKind
from .selectors import hand_down_table
from .services import CascadeError, ShareInput, shares_parse


@dataclass
class SheetPreview:
    """What confirming would change (cell by cell) and what must be fixed first (nothing is saved)."""

    rows: list[ShareInput] = field(default_factory=list)
    changes: list[CellChange] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.rows)


def _shown(value: object) -> str:
    if value is None:
        return ""
    return format_number(value) if not isinstance(value, str) else value  # type: ignore[arg-type]


def _typed(text: str) -> str:
    try:
        return format_number(read_number(text)) if text else ""
    except (ValueError, ArithmeticError):
        return text


def shares_sheet(*, target: Target) -> bytes:
    """The pre-filled sheet of every commune of the province with its current share of ``target``."""
    _, rows = hand_down_table(target=target)
    return shares_sheet_build(
        f"Giao chỉ tiêu «{target.indicator}» cho các xã, phường",
        [
            (
                r.commune.id,
                r.commune.name,
                r.share.value if r.share and r.share.kind == ShareKind.VALUE else None,
                bool(r.share and r.share.kind == ShareKind.SAME),
                r.share.base if r.share else None,
            )
            for r in rows
        ],
    )


def shares_sheet_preview(*, target: Target, method: str, data: bytes) -> SheetPreview:
    """The dry run of an uploaded sheet: per-cell changes against today's shares, and every row's problem."""
    preview = SheetPreview()
    try:
        rows, row_errors = shares_sheet_parse(data)
    except TrongtamError as exc:
        preview.errors.append(exc.message_vi)
        return preview
    preview.errors += [f"Dòng {e.row_number}: {e.message_vi}" for e in row_errors]
    _, table = hand_down_table(target=target)
    current = {r.commune.id: r.share for r in table}
    for row in rows:
        item = ShareInput(commune_id=row.commune_id, value=row.value, base=row.base, same=row.same)
        if not row.value and not row.same:
            continue  # an empty row assigns nothing (and does not take a share away)
        try:
            shares_parse(target=target, method=method, rows=[item])
        except CascadeError as exc:
            preview.errors.append(f"Dòng {row.row_number}: {exc.message_vi}")
            continue
        preview.rows.append(item)
        share = current.get(row.commune_id)
        old_value = share.value if share and share.kind == ShareKind.VALUE else None
        pairs = (
            (HEADERS[2], _shown(old_value), _typed(row.value)),
            (HEADERS[3], "x" if share and share.kind == ShareKind.SAME else "", "x" if row.same else ""),
            (HEADERS[4], _shown(share.base if share else None), _typed(row.base)),
        )
        for column, old, new in pairs:
            if old != new:
                preview.changes.append(
                    CellChange(row.row_number, row.name or str(row.commune_id), column, old, new)
                )
    if not preview.errors and preview.rows:
        try:
            shares_parse(target=target, method=method, rows=preview.rows)
        except CascadeError as exc:
            preview.errors.append(exc.message_vi)
    return preview
