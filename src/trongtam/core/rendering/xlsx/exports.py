"""Tables out: any table as .xlsx with Vietnamese headers and number formats, the approved list, and
progress or assessment rows."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from trongtam.core.rendering.model import ProgressRow, TaskList
from trongtam.core.rendering.xlsx.cells import (
    BORDER,
    DATE,
    DECIMAL,
    FONT,
    HEAD_FILL,
    INTEGER,
    PERCENT,
    autowidth,
    decimal_format,
    print_setup,
    put,
    sheet_title,
)


def table_to_xlsx(
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    number_formats: Mapping[int, str] | Sequence[str | None] | None = None,
    *,
    sheet_name: str = "Dữ liệu",
) -> bytes:
    """Export a table: title on row 1, Vietnamese headers on row 3 (frozen), formats per column index."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet_title(sheet_name)
    formats: dict[int, str] = {}
    if isinstance(number_formats, Mapping):
        formats = dict(number_formats)
    elif number_formats is not None:
        formats = {i: f for i, f in enumerate(number_formats) if f}
    ncols = max(len(headers), 1)
    put(ws, 1, 1, title).font = Font(name=FONT, size=14, bold=True)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws.cell(row=1, column=1).alignment = Alignment(horizontal="center")
    for j, h in enumerate(headers, start=1):
        c = put(ws, 3, j, h)
        c.font = Font(name=FONT, size=12, bold=True)
        c.fill = HEAD_FILL
        c.border = BORDER
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    body_font = Font(name=FONT, size=12)
    for i, row in enumerate(rows, start=4):
        for j, v in enumerate(row):
            c = put(ws, i, j + 1, v)
            value = c.value
            c.font = body_font
            c.border = BORDER
            if j in formats and not isinstance(value, str):
                c.number_format = decimal_format(value) if formats[j] == DECIMAL else formats[j]
            elif isinstance(value, date | datetime):
                c.number_format = DATE
            if isinstance(value, str):
                c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A4"
    autowidth(ws, headers, rows)
    print_setup(ws, ncols, 3)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def task_list_to_xlsx(t: TaskList) -> bytes:
    """The approved list as a spreadsheet, with the same columns as the document's appendix."""
    rows = [
        [i, x.field, x.text, "\n".join(x.targets), x.lead_unit, x.coordinating_units, x.deadline]
        for i, x in enumerate(t.tasks, start=1)
    ]
    headers = [
        "STT",
        "Lĩnh vực",
        "Nhiệm vụ trọng tâm",
        "Chỉ tiêu",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Thời hạn",
    ]
    return table_to_xlsx(
        f"DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM {t.year}", headers, rows, {0: INTEGER}, sheet_name=f"Năm {t.year}"
    )


def progress_rows_to_xlsx(title: str, rows: Sequence[ProgressRow]) -> bytes:
    """Progress or assessment rows as a spreadsheet: results and percentages stay numbers."""
    headers = [
        "STT",
        "Nhiệm vụ",
        "Chỉ tiêu",
        "Kế hoạch",
        "Kết quả",
        "Đơn vị tính",
        "Số liệu",
        "% so với KH",
        "Đánh giá",
    ]
    data = [
        [
            i,
            r.task,
            r.indicator,
            r.plan,
            r.result,
            r.unit,
            "" if r.result is None else ("Ước" if r.estimated else "Chính thức"),
            r.percent,
            r.status,
        ]
        for i, r in enumerate(rows, start=1)
    ]
    return table_to_xlsx(title, headers, data, {0: INTEGER, 4: DECIMAL, 7: PERCENT})
