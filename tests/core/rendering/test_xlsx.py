"""Spreadsheets: the generic export round-trips, and the progress form is parsed safely with Vietnamese errors."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from openpyxl import load_workbook

from trongtam.core.errors import UnsafeFile, UnsupportedFormat
from trongtam.core.rendering.xlsx import (
    DATE,
    DECIMAL,
    ESTIMATE,
    INTEGER,
    OFFICIAL,
    PERCENT,
    FormRow,
    FormSpec,
    progress_form_build,
    progress_form_parse,
    table_to_xlsx,
)

SPEC = FormSpec(
    unit_code="UBND-HL",
    unit_name="UBND huyện Hữu Lũng",
    period_code="2024-H1",
    period_label="6 tháng đầu năm 2024",
    deadline=date(2024, 6, 15),
    rows=(
        FormRow("t1", "Thu ngân sách", "Tổng thu ngân sách trên địa bàn", "195.000", "triệu đồng"),
        FormRow("t2", "Du lịch", "Lượt khách du lịch", "750.000", "lượt người", Decimal("320000"), True),
        FormRow("t3", "Bảo hiểm", "Tỷ lệ người dân tham gia BHYT", "97", "%"),
    ),
)


def _fill(data: bytes, edits: dict[str, Any]) -> bytes:
    """Edit cells as a unit would (sheet protection does not bind openpyxl), return the new file."""
    wb = load_workbook(io.BytesIO(data))
    ws = wb.worksheets[0]
    for ref, value in edits.items():
        ws[ref] = value
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# --- generic export --------------------------------------------------------------------------------


def test_a_table_exports_with_headers_formats_and_a_frozen_header() -> None:
    data = table_to_xlsx(
        "Danh mục chỉ tiêu năm 2024",
        ["STT", "Chỉ tiêu", "Kế hoạch", "Tỷ lệ", "Hạn"],
        [[1, "Thu ngân sách", Decimal("195000"), Decimal("16.6"), date(2024, 12, 31)]],
        [INTEGER, None, DECIMAL, PERCENT],
    )
    wb = load_workbook(io.BytesIO(data))
    ws = wb.active
    assert ws["A1"].value == "Danh mục chỉ tiêu năm 2024"
    assert [c.value for c in ws[3]] == ["STT", "Chỉ tiêu", "Kế hoạch", "Tỷ lệ", "Hạn"]
    assert ws["A3"].font.bold
    assert ws["C4"].value == 195000
    assert Decimal(str(ws["D4"].value)) == Decimal("16.6")
    # A whole number gets no decimal separator: "#,##0.##" showed 195000 as "195.000," in Excel.
    assert ws["C4"].number_format == "#,##0"
    assert ws["D4"].number_format == PERCENT
    assert ws["E4"].number_format == DATE
    assert ws["E4"].value.date() == date(2024, 12, 31)
    assert ws.freeze_panes == "A4"
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.column_dimensions["B"].width > 8


# --- the progress form -------------------------------------------------------------------------------


def test_the_form_is_prefilled_locked_and_validated() -> None:
    wb = load_workbook(io.BytesIO(progress_form_build(SPEC)))
    ws = wb.worksheets[0]
    assert ws.protection.sheet
    assert ws.column_dimensions["A"].hidden
    assert [ws.cell(row=r, column=1).value for r in (6, 7, 8)] == ["t1", "t2", "t3"]
    assert ws["D7"].value == "Lượt khách du lịch"
    assert ws["G7"].value == 320000
    assert ws["H7"].value == ESTIMATE
    assert ws["D6"].protection.locked
    assert (
        not ws["G6"].protection.locked and not ws["H6"].protection.locked and not ws["I6"].protection.locked
    )
    dv = ws.data_validations.dataValidation[0]
    assert dv.formula1 == f'"{ESTIMATE},{OFFICIAL}"'
    assert "H6:H8" in str(dv.sqref)
    assert wb["_trongtam"].sheet_state == "veryHidden"


def test_an_untouched_form_parses_with_the_prefilled_value() -> None:
    parsed = progress_form_parse(progress_form_build(SPEC), SPEC)
    assert parsed.ok
    assert [(r.id, r.value, r.estimated) for r in parsed.rows] == [
        ("t1", None, None),
        ("t2", Decimal("320000"), True),
        ("t3", None, None),
    ]


def test_values_come_back_as_decimal_from_numbers_and_vietnamese_text() -> None:
    data = _fill(
        progress_form_build(SPEC),
        {
            "G6": "1.234,5",
            "H6": OFFICIAL,
            "G7": 12.5,
            "H7": "Ước",
            "G8": "97,2%",
            "H8": ESTIMATE,
            "I8": "số sơ bộ",
        },
    )
    parsed = progress_form_parse(data, SPEC)
    assert parsed.ok, parsed.errors
    values = {r.id: (r.value, r.estimated, r.note) for r in parsed.rows}
    assert values == {
        "t1": (Decimal("1234.5"), False, ""),
        "t2": (Decimal("12.5"), True, ""),
        "t3": (Decimal("97.2"), True, "số sơ bộ"),
    }
    assert all(isinstance(v[0], Decimal) for v in values.values())


def test_a_malformed_number_is_a_row_error() -> None:
    parsed = progress_form_parse(_fill(progress_form_build(SPEC), {"G6": "12,5,3", "H6": ESTIMATE}), SPEC)
    assert not parsed.ok
    (err,) = parsed.errors
    assert (err.row_number, err.id, err.column) == (6, "t1", "Kết quả thực hiện")
    assert "dòng 6, cột “Kết quả thực hiện”" in err.message_vi
    assert "“12,5,3” không đúng cách viết số" in err.message_vi
    assert [r.id for r in parsed.rows] == ["t2", "t3"]


def test_an_unknown_id_is_a_row_error() -> None:
    parsed = progress_form_parse(_fill(progress_form_build(SPEC), {"A6": "x99"}), SPEC)
    assert [(e.row_number, e.message_vi) for e in parsed.errors] == [
        (6, "Mã “x99” không thuộc biểu mẫu này.")
    ]


def test_an_edited_locked_column_is_a_row_error() -> None:
    parsed = progress_form_parse(_fill(progress_form_build(SPEC), {"E8": "90"}), SPEC)
    (err,) = parsed.errors
    assert err.column == "Kế hoạch"
    assert "không được sửa" in err.message_vi


def test_a_value_without_estimate_or_official_is_a_row_error() -> None:
    parsed = progress_form_parse(_fill(progress_form_build(SPEC), {"G6": 5}), SPEC)
    (err,) = parsed.errors
    assert "chưa chọn" in err.message_vi


def test_a_wrong_kind_word_is_a_row_error() -> None:
    parsed = progress_form_parse(_fill(progress_form_build(SPEC), {"G6": 5, "H6": "tạm tính"}), SPEC)
    (err,) = parsed.errors
    assert "“tạm tính” không hợp lệ" in err.message_vi


def test_another_units_form_is_refused() -> None:
    from dataclasses import replace

    other = replace(SPEC, unit_code="MTTQ-HL", unit_name="Ủy ban MTTQ huyện")
    parsed = progress_form_parse(progress_form_build(other), SPEC)
    assert not parsed.rows
    (err,) = parsed.errors
    assert err.row_number is None
    assert "của đơn vị khác" in err.message_vi


def test_another_periods_form_is_refused() -> None:
    from dataclasses import replace

    parsed = progress_form_parse(progress_form_build(replace(SPEC, period_code="2024-9M")), SPEC)
    assert "kỳ báo cáo khác" in parsed.errors[0].message_vi


def test_a_spreadsheet_not_made_by_the_system_is_refused() -> None:
    parsed = progress_form_parse(table_to_xlsx("x", ["a"], [[1]]), SPEC)
    assert "không phải biểu mẫu" in parsed.errors[0].message_vi


def test_not_a_spreadsheet_is_unsupported() -> None:
    with pytest.raises(UnsupportedFormat) as info:
        progress_form_parse(b"hello", SPEC)
    assert "không phải bảng tính" in info.value.message_vi


def test_a_zip_bomb_is_refused_before_parsing() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * 50_000_000)
    with pytest.raises(UnsafeFile) as info:
        progress_form_parse(buf.getvalue(), SPEC)
    assert "nén bất thường" in info.value.message_vi


def test_xml_entities_are_refused() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("xl/workbook.xml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><workbook/>')
    with pytest.raises(UnsafeFile):
        progress_form_parse(buf.getvalue(), SPEC)


def test_an_oversized_upload_is_refused() -> None:
    with pytest.raises(UnsafeFile) as info:
        progress_form_parse(b"PK" + b"\0" * (11 * 1024 * 1024), SPEC)
    assert "quá lớn" in info.value.message_vi


def test_progress_rows_export_keeps_numbers_as_numbers() -> None:
    from trongtam.core.rendering.model import ProgressRow
    from trongtam.core.rendering.xlsx import progress_rows_to_xlsx

    rows = [
        ProgressRow(
            "Tỷ lệ BHYT", "97%", Decimal("96.5"), "%", True, Decimal("99.48"), "Chưa đạt", "Nhiệm vụ 15"
        )
    ]
    ws = load_workbook(io.BytesIO(progress_rows_to_xlsx("KẾT QUẢ 6 THÁNG", rows))).active
    assert [c.value for c in ws[3]][:5] == ["STT", "Nhiệm vụ", "Chỉ tiêu", "Kế hoạch", "Kết quả"]
    assert [c.value for c in ws[4]] == [
        1,
        "Nhiệm vụ 15",
        "Tỷ lệ BHYT",
        "97%",
        96.5,
        "%",
        "Ước",
        99.48,
        "Chưa đạt",
    ]
    assert ws["H4"].number_format == PERCENT


def test_the_task_list_exports_one_row_per_task() -> None:
    from trongtam.core.rendering.model import ApprovedTask, Issuance, TaskList
    from trongtam.core.rendering.xlsx import task_list_to_xlsx

    tl = TaskList(
        Issuance(), 2024, "BTV", (), (ApprovedTask("Kinh tế", "Thu ngân sách", ("195.000 triệu đồng",)),)
    )
    ws = load_workbook(io.BytesIO(task_list_to_xlsx(tl))).active
    assert ws["A1"].value == "DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2024"
    assert [c.value for c in ws[4]][:4] == [1, "Kinh tế", "Thu ngân sách", "195.000 triệu đồng"]


def test_the_dry_run_diff_lists_only_changed_cells() -> None:
    from trongtam.core.rendering.xlsx import CellChange, progress_form_diff

    data = _fill(progress_form_build(SPEC), {"G6": "195.000", "H6": OFFICIAL, "I7": "đã rà soát"})
    parsed = progress_form_parse(data, SPEC)
    assert progress_form_diff(parsed, SPEC) == (
        CellChange(6, "t1", "Kết quả thực hiện", "", "195.000"),
        CellChange(6, "t1", "Ước/Chính thức", "", OFFICIAL),
        CellChange(7, "t2", "Ghi chú", "", "đã rà soát"),
    )
