"""The hand-down spreadsheet: one row per commune (code, name, share, "as the province", base).

Built with ``xlsx.table_to_xlsx`` and read back through the same archive checks as the progress form.
Cells are returned as Vietnamese number text, so the service parses typed and uploaded shares alike.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from openpyxl import load_workbook

from trongtam.core.errors import UnsupportedFormat
from trongtam.core.numbers import format_number, read_cell
from trongtam.core.rendering.xlsx import RowError, table_to_xlsx
from trongtam.core.rendering.xlsx.cells import cell_text, check_upload

__all__ = ["HEADERS", "SheetRow", "shares_sheet_build", "shares_sheet_parse"]

HEADERS = ("Mã xã", "Xã, phường", "Mức giao", "Như tỉnh (ghi x)", "Quyền số")
FIRST_ROW = 4


@dataclass(frozen=True)
class SheetRow:
    """One commune's row as read: texts the way a Vietnamese user types them."""

    row_number: int
    commune_id: int
    name: str
    value: str
    same: bool
    base: str


def shares_sheet_build(
    title: str, rows: Sequence[tuple[int, str, Decimal | None, bool, Decimal | None]]
) -> bytes:
    """The sheet to fill: (commune id, name, share, same-as-province, base) per commune."""
    body = [[cid, name, value, "x" if same else "", base] for cid, name, value, same, base in rows]
    return table_to_xlsx(
        title, HEADERS, body, {2: "#,##0.######", 4: "#,##0.######"}, sheet_name="Giao chỉ tiêu"
    )


def _number_text(v: Any) -> str:
    if v is None or (isinstance(v, str) and not v.strip()):
        return ""
    if isinstance(v, str):
        return v.strip()
    try:
        return format_number(read_cell(v))
    except (ValueError, ArithmeticError):
        return str(v)


def shares_sheet_parse(data: bytes) -> tuple[list[SheetRow], list[RowError]]:
    """Read a filled sheet back: its rows, and an error per row whose commune code is not a code."""
    check_upload(data)
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        raise UnsupportedFormat("unreadable workbook", message_vi="Không đọc được bảng tính.") from exc
    ws = wb.worksheets[0]
    rows: list[SheetRow] = []
    errors: list[RowError] = []
    for number, cells in enumerate(ws.iter_rows(min_row=FIRST_ROW, values_only=True), start=FIRST_ROW):
        cells = tuple(cells) + (None,) * (5 - len(cells))
        code, name, value, same, base = cells[:5]
        if all(c is None or cell_text(c) == "" for c in cells[:5]):
            continue
        try:
            commune_id = int(cell_text(code))
        except ValueError:
            errors.append(
                RowError(
                    number, cell_text(code), HEADERS[0], f"Mã xã «{cell_text(code)}» không phải là mã số."
                )
            )
            continue
        rows.append(
            SheetRow(
                number,
                commune_id,
                cell_text(name),
                _number_text(value),
                cell_text(same).lower() in {"x", "có", "co", "1"},
                _number_text(base),
            )
        )
    wb.close()
    return rows, errors
