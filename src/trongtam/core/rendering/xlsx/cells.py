"""What every spreadsheet here shares: number formats, fonts and borders, safe cells, print set-up, and the
limits and checks an uploaded workbook passes before openpyxl opens it."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Border, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from trongtam.core.archive import check_zip
from trongtam.core.errors import UnsafeFile
from trongtam.core.numbers import INVALID_TEXT, is_valid

# Number formats. Excel shows the grouping and decimal marks of the reader's locale, so a Vietnamese
# Excel prints "195.000" and "16,6" from these codes; "%" is a literal so 16.6 is stored as 16.6, not 0.166.
# DECIMAL marks a column of values whose cells each get the places they need (``decimal_format``): one
# code for all, "#,##0.##", leaves a dangling separator on whole numbers ("250.").
INTEGER = "#,##0"
DECIMAL = "#,##0.######"
PERCENT = '#,##0.0"%"'
DATE = "dd/mm/yyyy"

FONT = "Times New Roman"
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="DDE7F0")
EDIT_FILL = PatternFill("solid", fgColor="FFF8DC")

# Limits for uploaded forms: a real form of 5,000 rows is about 300 KB zipped and 3 MB unzipped.
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_ROWS = 20_000


def decimal_format(value: Any) -> str:
    """The number format of one value: "#,##0" for a whole number, else exactly its decimals ("#,##0.0")."""
    if isinstance(value, Decimal) and value.is_finite():
        places = max(0, -value.normalize().as_tuple().exponent)  # type: ignore[operator]
    elif isinstance(value, float) and math.isfinite(value):
        places = max(0, -Decimal(repr(value)).normalize().as_tuple().exponent)  # type: ignore[operator]
    else:
        places = 0
    return INTEGER if places == 0 else "#,##0." + "0" * min(places, 6)


def cell_value(v: Any) -> Any:
    """Values as openpyxl should store them: Decimal stays exact, dates stay dates, the rest is text.

    A stored number no column could hold is written as the flag text, and characters XML cannot carry
    (which openpyxl refuses with an exception) are dropped from text.
    """
    if (
        isinstance(v, Decimal | float)
        and not isinstance(v, bool)
        and not is_valid(Decimal(repr(v)) if isinstance(v, float) else v)
    ):
        return INVALID_TEXT
    if v is None or isinstance(v, bool | int | float | Decimal | datetime | date):
        return v
    return ILLEGAL_CHARACTERS_RE.sub("", str(v))


def put(ws: Worksheet, row: int, column: int, value: Any) -> Any:
    """Write one cell; text is always text, never a formula, whatever it starts with (=, +, -, @)."""
    c = ws.cell(row=row, column=column)
    c.value = cell_value(value)
    if isinstance(c.value, str):
        # openpyxl turns any text starting with "=" into a formula; user text must stay inert. The quote
        # prefix also keeps Excel from reading it as a formula when someone edits the cell.
        c.data_type = "s"
        if c.value[:1] in _FORMULA_STARTS:
            c.quotePrefix = True
    return c


_FORMULA_STARTS = frozenset("=+-@\t\r")


def autowidth(
    ws: Worksheet, headers: Sequence[str], rows: Sequence[Sequence[Any]], *, first_col: int = 1
) -> None:
    for j, h in enumerate(headers):
        longest = max([len(str(h)) * 0.8] + [min(len(str(r[j])), 60) for r in rows[:500] if j < len(r)])
        ws.column_dimensions[get_column_letter(first_col + j)].width = max(8.0, min(longest * 1.1 + 2, 60.0))


def print_setup(ws: Worksheet, ncols: int, header_row: int) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if ncols > 5 else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = ws.page_margins.bottom = 0.8


def sheet_title(name: str) -> str:
    bad = "[]:*?/\\"
    return "".join("-" if ch in bad else ch for ch in name)[:31] or "Sheet"


def check_upload(data: bytes) -> None:
    if len(data) > MAX_UPLOAD_BYTES:
        raise UnsafeFile(
            f"form too large: {len(data)} bytes",
            message_vi=f"Tệp quá lớn ({len(data) // 1024} KB); giới hạn {MAX_UPLOAD_BYTES // 1024 // 1024} MB.",
        )
    # The same zip checks and limits as a .docx upload.
    check_zip(
        data, "biểu mẫu", required="xl/workbook.xml", kind="Excel", kind_vi="bảng tính Excel (.xlsx)"
    ).close()


def cell_text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and math.isfinite(v) and v == int(v):
        return str(int(v))
    return str(v).strip()
