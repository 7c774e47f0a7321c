"""The pre-filled progress form a unit fills in and uploads, read back and compared with what is stored.

The form keeps each row's id in a hidden column and the unit and period in a very hidden sheet; everything
but the value, estimate/official and note cells is locked. Parsing never trusts the file: size and zip
limits first, then openpyxl in read-only mode, and every problem becomes a Vietnamese per-row error.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from trongtam.core.errors import UnsupportedFormat
from trongtam.core.numbers import DEFAULT_BOUND, Bound, NumberError, format_number, read_cell
from trongtam.core.rendering.vnformat import format_date
from trongtam.core.rendering.xlsx.cells import (
    BORDER,
    EDIT_FILL,
    FONT,
    HEAD_FILL,
    MAX_ROWS,
    cell_text,
    check_upload,
    decimal_format,
    print_setup,
    put,
    sheet_title,
)

ESTIMATE = "ước"
OFFICIAL = "chính thức"


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
    ws.title = sheet_title(f"{spec.period_label}")
    title = spec.title or f"BIỂU CẬP NHẬT KẾT QUẢ THỰC HIỆN CHỈ TIÊU {spec.period_label.upper()}"
    put(ws, 1, 2, title).font = Font(name=FONT, size=14, bold=True)
    put(ws, 2, 2, f"Đơn vị: {spec.unit_name}").font = Font(name=FONT, size=12, bold=True)
    hint = "Chỉ điền các ô màu vàng: kết quả (số, dùng dấu phẩy cho phần thập phân), ước/chính thức, ghi chú."
    if spec.deadline:
        hint += f" Hạn gửi: {format_date(spec.deadline)}."
    put(ws, 3, 2, hint).font = Font(name=FONT, size=11, italic=True)
    for j, h in enumerate(_COLUMNS, start=1):
        c = put(ws, _HEADER_ROW, j, h)
        c.font = Font(name=FONT, size=12, bold=True)
        c.fill = HEAD_FILL
        c.border = BORDER
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
            c = put(ws, n, j, v)
            c.font = font
            c.border = BORDER
            c.alignment = Alignment(wrap_text=j in (3, 4, 5, 9), vertical="top")
            if j in (_VALUE, _KIND, _NOTE):
                c.protection = unlocked
                c.fill = EDIT_FILL
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
    print_setup(ws, len(_COLUMNS), _HEADER_ROW)
    meta = wb.create_sheet(_META)
    for n, (key, value) in enumerate(
        (("unit", spec.unit_code), ("period", spec.period_code), ("rows", len(spec.rows))), start=1
    ):
        put(meta, n, 1, key)
        put(meta, n, 2, value)
    meta.sheet_state = "veryHidden"
    meta.protection.sheet = True
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def progress_form_parse(xlsx_bytes: bytes, spec: FormSpec) -> ParsedForm:
    """Read a filled-in progress form back against the spec it was built from."""
    check_upload(xlsx_bytes)
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
        str(r[0]): cell_text(r[1])
        for r in wb[_META].iter_rows(min_row=1, max_row=3, max_col=2, values_only=True)
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
        if all(v is None or cell_text(v) == "" for v in values):
            continue
        count += 1
        if count > MAX_ROWS:
            errors.append(
                RowError(n, None, "", f"Biểu mẫu có quá {MAX_ROWS} dòng; phần còn lại không được đọc.")
            )
            break
        rid = cell_text(values[0])
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
            if cell_text(values[col - 1]) != cell_text(getattr(row, attr)):
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
        if raw_value is not None and cell_text(raw_value) != "":
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
        kind_text = cell_text(values[_KIND - 1]).lower()
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
            rows.append(ParsedRow(n, rid, value, estimated, cell_text(values[_NOTE - 1])))
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
