"""Spreadsheet exports: Vietnamese headers, numbers kept as numbers with Vietnamese-style formats."""

from __future__ import annotations

import io
from decimal import Decimal

from openpyxl import load_workbook

from trongtam.registry.policy import SYSTEM


def sheet(data: bytes):
    return load_workbook(io.BytesIO(data)).worksheets[0]


def test_the_task_list_and_targets_export_with_vietnamese_headers(small):
    from trongtam.registry.documents import exports

    ws = sheet(exports.task_list_xlsx(cycle=small.cycle))
    assert ws.cell(row=1, column=1).value == "DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2024"
    assert [c.value for c in ws[3]][:4] == ["STT", "Lĩnh vực", "Nhiệm vụ trọng tâm", "Chỉ tiêu"]
    assert ws.cell(row=4, column=3).value == "Tổng thu ngân sách; giảm nghèo."
    ws = sheet(exports.targets_xlsx(cycle=small.cycle))
    assert [c.value for c in ws[3]] == [
        "STT", "Lĩnh vực", "Nhiệm vụ", "Chỉ tiêu", "So sánh", "Giá trị", "Giá trị tối đa", "Đơn vị tính",
        "Chỉ tiêu chủ yếu",
    ]  # fmt: skip
    value = ws.cell(row=4, column=6)
    assert value.value == 195000 and value.number_format == "#,##0"


def test_the_progress_and_assessment_tables_keep_numbers_and_percent_formats(small):
    from trongtam.registry.documents import exports
    from trongtam.registry.progress import services

    period = small.periods[("half", 1)]
    report = services.report_get_or_create(period=period, unit=small.cast.unit)
    services.entry_save(
        report=report,
        target=small.budget,
        kind="official",
        value=Decimal("97500"),
        version=None,
        explanation="x",
        user=SYSTEM,
    )
    services.report_submit(report=report, user=SYSTEM)
    ws = sheet(exports.progress_xlsx(cycle=small.cycle, period=period))
    header = [c.value for c in ws[3]]
    assert header == [
        "STT", "Nhiệm vụ", "Chỉ tiêu", "Kế hoạch", "Kết quả", "Đơn vị tính", "Số liệu", "% so với KH", "Đánh giá",
    ]  # fmt: skip
    row = next(r for r in ws.iter_rows(min_row=4) if r[2].value == "Tổng thu ngân sách trên địa bàn")
    assert row[4].value == 97500 and row[6].value == "Chính thức"
    assert row[7].value == 50 and row[7].number_format == '#,##0.0"%"'
    ws = sheet(exports.assessment_xlsx(cycle=small.cycle, period=period))
    assert [c.value for c in ws[3]] == ["STT", "Lĩnh vực", "Nhiệm vụ", "Đánh giá", "Tiến độ", "Đã điều chỉnh"]
    assert ws.cell(row=ws.max_row, column=3).value.startswith("Xếp loại chung: ")
