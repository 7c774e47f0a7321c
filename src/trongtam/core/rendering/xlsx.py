"""Spreadsheets in and out: any table as .xlsx, and the pre-filled progress form a unit fills in and uploads.

The form keeps each row's id in a hidden column and the unit and period in a very hidden sheet; everything
but the value, estimate/official and note cells is locked. Parsing never trusts the file: size and zip
limits first, then openpyxl in read-only mode, and every problem becomes a Vietnamese per-row error.
"""

from __future__ import annotations

import io
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from trongtam.core.archive import check_zip
from trongtam.core.errors import UnsafeFile, UnsupportedFormat
from trongtam.core.numbers import (
    DEFAULT_BOUND,
    INVALID_TEXT,
    Bound,
    NumberError,
    format_number,
    is_valid,
    read_cell,
)
from trongtam.core.rendering.model import ProgressRow, TaskList
from trongtam.core.rendering.vnformat import format_date

__all__ = [
    "DATE",
    "DECIMAL",
    "ESTIMATE",
    "INTEGER",
    "OFFICIAL",
    "PERCENT",
    "CellChange",
    "FormRow",
    "FormSpec",
    "ParsedForm",
    "ParsedRow",
    "RowError",
    "progress_form_build",
    "progress_form_diff",
    "progress_form_parse",
    "progress_rows_to_xlsx",
    "table_to_xlsx",
    "task_list_to_xlsx",
]

# Number formats. Excel shows the grouping and decimal marks of the reader's locale, so a Vietnamese
# Excel prints "195.000" and "16,6" from these codes; "%" is a literal so 16.6 is stored as 16.6, not 0.166.
# DECIMAL marks a column of values whose cells each get the places they need (``decimal_format``): one
# code for all, "#,##0.##", leaves a dangling separator on whole numbers ("250.").
INTEGER = "#,##0"
DECIMAL = "#,##0.######"
PERCENT = '#,##0.0"%"'
DATE = "dd/mm/yyyy"

ESTIMATE = "ước"
OFFICIAL = "chính thức"

FONT = "Times New Roman"
_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="DDE7F0")
_EDIT_FILL = PatternFill("solid", fgColor="FFF8DC")

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


def _cell_value(v: Any) -> Any:
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


def _put(ws: Worksheet, row: int, column: int, value: Any) -> Any:
    """Write one cell; text is always text, never a formula, whatever it starts with (=, +, -, @)."""
    c = ws.cell(row=row, column=column)
    c.value = _cell_value(value)
    if isinstance(c.value, str):
        # openpyxl turns any text starting with "=" into a formula; user text must stay inert. The quote
        # prefix also keeps Excel from reading it as a formula when someone edits the cell.
        c.data_type = "s"
        if c.value[:1] in _FORMULA_STARTS:
            c.quotePrefix = True
    return c


_FORMULA_STARTS = frozenset("=+-@\t\r")


def _autowidth(
    ws: Worksheet, headers: Sequence[str], rows: Sequence[Sequence[Any]], *, first_col: int = 1
) -> None:
    for j, h in enumerate(headers):
        longest = max([len(str(h)) * 0.8] + [min(len(str(r[j])), 60) for r in rows[:500] if j < len(r)])
        ws.column_dimensions[get_column_letter(first_col + j)].width = max(8.0, min(longest * 1.1 + 2, 60.0))


def _print_setup(ws: Worksheet, ncols: int, header_row: int) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if ncols > 5 else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = ws.page_margins.bottom = 0.8


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
    ws.title = _sheet_title(sheet_name)
    formats: dict[int, str] = {}
    if isinstance(number_formats, Mapping):
        formats = dict(number_formats)
    elif number_formats is not None:
        formats = {i: f for i, f in enumerate(number_formats) if f}
    ncols = max(len(headers), 1)
    _put(ws, 1, 1, title).font = Font(name=FONT, size=14, bold=True)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws.cell(row=1, column=1).alignment = Alignment(horizontal="center")
    for j, h in enumerate(headers, start=1):
        c = _put(ws, 3, j, h)
        c.font = Font(name=FONT, size=12, bold=True)
        c.fill = _HEAD_FILL
        c.border = _BORDER
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    body_font = Font(name=FONT, size=12)
    for i, row in enumerate(rows, start=4):
        for j, v in enumerate(row):
            c = _put(ws, i, j + 1, v)
            value = c.value
            c.font = body_font
            c.border = _BORDER
            if j in formats and not isinstance(value, str):
                c.number_format = decimal_format(value) if formats[j] == DECIMAL else formats[j]
            elif isinstance(value, date | datetime):
                c.number_format = DATE
            if isinstance(value, str):
                c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A4"
    _autowidth(ws, headers, rows)
    _print_setup(ws, ncols, 3)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _sheet_title(name: str) -> str:
    bad = "[]:*?/\\"
    return "".join("-" if ch in bad else ch for ch in name)[:31] or "Sheet"


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


# --- the progress form -------------------------------------------------------------------------------


@dataclass(frozen=True)
class FormRow:
    """One target on the form, with the value already entered (if any) pre-filled."""

    id: str
    task: str
    indicator: str
    plan: str
    unit: str = ""
    value: Decimal | None = None
    estimated: bool | None = None
    note: str = ""


@dataclass(frozen=True)
class FormSpec:
    """Which unit and period the form is for, and its rows."""

    unit_code: str
    unit_name: str
    period_code: str
    period_label: str
    rows: tuple[FormRow, ...]
    deadline: date | None = None
    title: str = ""
    bound: Bound = DEFAULT_BOUND  # what the value column holds (from the model field)


@dataclass(frozen=True)
class ParsedRow:
    """A row read back: the id, the value as Decimal (None if left blank), ước/chính thức, the note."""

    row_number: int
    id: str
    value: Decimal | None
    estimated: bool | None
    note: str


@dataclass(frozen=True)
class RowError:
    """A problem in one row (``row_number`` None for the whole form), in Vietnamese."""

    row_number: int | None
    id: str | None
    column: str
    message_vi: str


@dataclass(frozen=True)
class ParsedForm:
    """The rows that were read and the errors found; nothing is saved from a form with errors."""

    unit_code: str
    period_code: str
    rows: tuple[ParsedRow, ...] = ()
    errors: tuple[RowError, ...] = field(default=())

    @property
    def ok(self) -> bool:
        """True when there is nothing to fix."""
        return not self.errors


_COLUMNS = (
    "Mã",
    "STT",
    "Nhiệm vụ",
    "Chỉ tiêu",
    "Kế hoạch",
    "Đơn vị tính",
    "Kết quả thực hiện",
    "Ước/Chính thức",
    "Ghi chú",
)
_LOCKED = {1: "id", 3: "task", 4: "indicator", 5: "plan", 6: "unit"}  # 1-based column -> FormRow field
_VALUE, _KIND, _NOTE = 7, 8, 9
_HEADER_ROW = 5
_META = "_trongtam"


def progress_form_build(spec: FormSpec) -> bytes:
    """A pre-filled .xlsx progress form for one unit and period; only value, kind and note are editable."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = _sheet_title(f"{spec.period_label}")
    title = spec.title or f"BIỂU CẬP NHẬT KẾT QUẢ THỰC HIỆN CHỈ TIÊU {spec.period_label.upper()}"
    _put(ws, 1, 2, title).font = Font(name=FONT, size=14, bold=True)
    _put(ws, 2, 2, f"Đơn vị: {spec.unit_name}").font = Font(name=FONT, size=12, bold=True)
    hint = "Chỉ điền các ô màu vàng: kết quả (số, dùng dấu phẩy cho phần thập phân), ước/chính thức, ghi chú."
    if spec.deadline:
        hint += f" Hạn gửi: {format_date(spec.deadline)}."
    _put(ws, 3, 2, hint).font = Font(name=FONT, size=11, italic=True)
    for j, h in enumerate(_COLUMNS, start=1):
        c = _put(ws, _HEADER_ROW, j, h)
        c.font = Font(name=FONT, size=12, bold=True)
        c.fill = _HEAD_FILL
        c.border = _BORDER
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    dv = DataValidation(
        type="list",
        formula1=f'"{ESTIMATE},{OFFICIAL}"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Giá trị không hợp lệ",
        error=f"Chọn “{ESTIMATE}” hoặc “{OFFICIAL}”.",
    )
    ws.add_data_validation(dv)
    font = Font(name=FONT, size=12)
    unlocked = Protection(locked=False)
    first = _HEADER_ROW + 1
    for i, r in enumerate(spec.rows):
        n = first + i
        kind = None if r.estimated is None else (ESTIMATE if r.estimated else OFFICIAL)
        values = (r.id, i + 1, r.task, r.indicator, r.plan, r.unit, r.value, kind, r.note or None)
        for j, v in enumerate(values, start=1):
            c = _put(ws, n, j, v)
            c.font = font
            c.border = _BORDER
            c.alignment = Alignment(wrap_text=j in (3, 4, 5, 9), vertical="top")
            if j in (_VALUE, _KIND, _NOTE):
                c.protection = unlocked
                c.fill = _EDIT_FILL
            if j == _VALUE:
                c.number_format = decimal_format(c.value)
    if spec.rows:
        dv.add(f"{get_column_letter(_KIND)}{first}:{get_column_letter(_KIND)}{first + len(spec.rows) - 1}")
    widths = (10, 6, 40, 40, 18, 12, 16, 14, 30)
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.column_dimensions["A"].hidden = True
    ws.freeze_panes = ws.cell(row=first, column=3)
    ws.protection.sheet = True
    ws.protection.formatColumns = False  # let the unit widen columns to read long tasks
    ws.protection.formatRows = False
    _print_setup(ws, len(_COLUMNS), _HEADER_ROW)
    meta = wb.create_sheet(_META)
    for n, (key, value) in enumerate(
        (("unit", spec.unit_code), ("period", spec.period_code), ("rows", len(spec.rows))), start=1
    ):
        _put(meta, n, 1, key)
        _put(meta, n, 2, value)
    meta.sheet_state = "veryHidden"
    meta.protection.sheet = True
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _check_archive(data: bytes) -> None:
    if len(data) > MAX_UPLOAD_BYTES:
        raise UnsafeFile(
            f"form too large: {len(data)} bytes",
            message_vi=f"Tệp quá lớn ({len(data) // 1024} KB); giới hạn {MAX_UPLOAD_BYTES // 1024 // 1024} MB.",
        )
    # The same zip checks and limits as a .docx upload.
    check_zip(
        data, "biểu mẫu", required="xl/workbook.xml", kind="Excel", kind_vi="bảng tính Excel (.xlsx)"
    ).close()


def _text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and math.isfinite(v) and v == int(v):
        return str(int(v))
    return str(v).strip()


def progress_form_parse(xlsx_bytes: bytes, spec: FormSpec) -> ParsedForm:
    """Read a filled-in progress form back against the spec it was built from."""
    _check_archive(xlsx_bytes)
    try:
        wb = load_workbook(io.BytesIO(xlsx_bytes), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises KeyError, ValueError, TypeError... on damaged files.
        raise UnsupportedFormat(
            f"cannot open workbook: {exc}", message_vi="Không mở được tệp Excel: tệp hỏng hoặc sai định dạng."
        ) from exc
    try:
        return _parse(wb, spec)
    finally:
        wb.close()


def _parse(wb: Any, spec: FormSpec) -> ParsedForm:
    errors: list[RowError] = []

    def form_error(message: str) -> ParsedForm:
        return ParsedForm(spec.unit_code, spec.period_code, (), (RowError(None, None, "", message),))

    if _META not in wb.sheetnames:
        return form_error("Tệp không phải biểu mẫu do hệ thống tạo ra (thiếu thông tin đơn vị, kỳ báo cáo).")
    meta = {
        str(r[0]): _text(r[1]) for r in wb[_META].iter_rows(min_row=1, max_row=3, max_col=2, values_only=True)
    }
    if meta.get("unit") != spec.unit_code:
        return form_error(
            f"Biểu mẫu này của đơn vị khác (mã {meta.get('unit') or '?'}), không phải của {spec.unit_name}."
        )
    if meta.get("period") != spec.period_code:
        return form_error(f"Biểu mẫu này của kỳ báo cáo khác, không phải {spec.period_label}.")
    sheets = [s for s in wb.sheetnames if s != _META]
    if not sheets:
        return form_error("Không tìm thấy trang dữ liệu trong biểu mẫu.")
    ws = wb[sheets[0]]
    expected = {r.id: r for r in spec.rows}
    seen: set[str] = set()
    rows: list[ParsedRow] = []
    count = 0
    for n, raw in enumerate(
        ws.iter_rows(min_row=_HEADER_ROW + 1, max_col=len(_COLUMNS), values_only=True), start=_HEADER_ROW + 1
    ):
        values = list(raw) + [None] * (len(_COLUMNS) - len(raw))
        if all(v is None or _text(v) == "" for v in values):
            continue
        count += 1
        if count > MAX_ROWS:
            errors.append(
                RowError(n, None, "", f"Biểu mẫu có quá {MAX_ROWS} dòng; phần còn lại không được đọc.")
            )
            break
        rid = _text(values[0])
        if not rid:
            errors.append(
                RowError(n, None, "Mã", "Dòng không có mã chỉ tiêu (có thể là dòng thêm mới): không nhận.")
            )
            continue
        row = expected.get(rid)
        if row is None:
            errors.append(RowError(n, rid, "Mã", f"Mã “{rid}” không thuộc biểu mẫu này."))
            continue
        if rid in seen:
            errors.append(RowError(n, rid, "Mã", f"Mã “{rid}” xuất hiện nhiều lần."))
            continue
        seen.add(rid)
        bad = False
        for col, attr in _LOCKED.items():
            if col == 1:
                continue
            if _text(values[col - 1]) != _text(getattr(row, attr)):
                errors.append(
                    RowError(
                        n,
                        rid,
                        _COLUMNS[col - 1],
                        f"Cột “{_COLUMNS[col - 1]}” đã bị sửa; cột này không được sửa.",
                    )
                )
                bad = True
        raw_value = values[_VALUE - 1]
        value: Decimal | None = None
        if raw_value is not None and _text(raw_value) != "":
            try:
                value = read_cell(
                    raw_value,
                    bound=spec.bound,
                    label="Kết quả",
                    where=f"dòng {n}, cột “{_COLUMNS[_VALUE - 1]}”",
                )
            except NumberError as exc:
                errors.append(RowError(n, rid, _COLUMNS[_VALUE - 1], exc.message_vi))
                bad = True
        kind_text = _text(values[_KIND - 1]).lower()
        estimated: bool | None = None
        if kind_text in (ESTIMATE, "uoc", "ước tính", "ước thực hiện"):
            estimated = True
        elif kind_text in (OFFICIAL, "chinh thuc"):
            estimated = False
        elif kind_text:
            errors.append(
                RowError(
                    n,
                    rid,
                    _COLUMNS[_KIND - 1],
                    f"“{kind_text}” không hợp lệ: chọn “{ESTIMATE}” hoặc “{OFFICIAL}”.",
                )
            )
            bad = True
        if value is not None and estimated is None and not bad:
            errors.append(
                RowError(
                    n, rid, _COLUMNS[_KIND - 1], f"Có kết quả nhưng chưa chọn “{ESTIMATE}” hay “{OFFICIAL}”."
                )
            )
            bad = True
        if not bad:
            rows.append(ParsedRow(n, rid, value, estimated, _text(values[_NOTE - 1])))
    return ParsedForm(spec.unit_code, spec.period_code, tuple(rows), tuple(errors))


@dataclass(frozen=True)
class CellChange:
    """One cell an import would change, old and new as the unit sees them (for the dry-run screen)."""

    row_number: int
    id: str
    column: str
    old: str
    new: str


def _shown(v: Decimal | bool | str | None) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return ESTIMATE if v else OFFICIAL
    if isinstance(v, Decimal):
        return format_number(v)
    return v


def progress_form_diff(parsed: ParsedForm, spec: FormSpec) -> tuple[CellChange, ...]:
    """The cells whose uploaded value differs from what is stored now (``spec`` built from the database)."""
    current = {r.id: r for r in spec.rows}
    out: list[CellChange] = []
    for row in parsed.rows:
        old = current.get(row.id)
        if old is None:
            continue
        pairs: tuple[tuple[str, Decimal | bool | str | None, Decimal | bool | str | None], ...] = (
            (_COLUMNS[_VALUE - 1], old.value, row.value),
            (_COLUMNS[_KIND - 1], old.estimated, row.estimated),
            (_COLUMNS[_NOTE - 1], old.note or "", row.note),
        )
        for column, before, after in pairs:
            if _shown(before) != _shown(after):
                out.append(CellChange(row.row_number, row.id, column, _shown(before), _shown(after)))
    return tuple(out)
