"""Benchmark: build and parse a 5,000-row progress form (the issue asks for an import under 10 s).

Prints each figure beside its floor: openpyxl reading the same file's cells with nothing else done.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from openpyxl import load_workbook

from trongtam.core.rendering import docx_to_pdf, render_registration_letter
from trongtam.core.rendering.model import FieldGroup, Issuance, Registration, TaskItem
from trongtam.core.rendering.pdf import find_soffice
from trongtam.core.rendering.xlsx import OFFICIAL, FormRow, FormSpec, progress_form_build, progress_form_parse

N = 5_000


def timed(label: str, fn: Callable[..., Any], *args: Any) -> Any:
    t0 = time.perf_counter()
    out = fn(*args)
    print(f"{label:<48} {time.perf_counter() - t0:8.3f} s")
    return out


def main() -> None:
    spec = FormSpec(
        unit_code="UBND-HL",
        unit_name="UBND huyện",
        period_code="2024-Y",
        period_label="năm 2024",
        rows=tuple(
            FormRow(f"t{i}", f"Nhiệm vụ {i}", f"Chỉ tiêu số {i} về tỷ lệ", "90", "%") for i in range(N)
        ),
    )
    data = timed(f"progress_form_build ({N} rows)", progress_form_build, spec)
    wb = load_workbook(io.BytesIO(data))
    ws = wb.worksheets[0]
    for r in range(6, 6 + N):
        ws.cell(row=r, column=7, value=f"{r % 100},5")
        ws.cell(row=r, column=8, value=OFFICIAL)
    buf = io.BytesIO()
    wb.save(buf)
    filled = buf.getvalue()
    print(f"{'file size':<48} {len(filled) / 1024:8.0f} KB")

    def floor() -> int:
        wb2 = load_workbook(io.BytesIO(filled), read_only=True, data_only=True)
        n = sum(1 for _ in wb2.worksheets[0].iter_rows(values_only=True))
        wb2.close()
        return n

    timed("floor: openpyxl read-only pass over the cells", floor)
    parsed = timed(f"progress_form_parse ({N} rows)", progress_form_parse, filled, spec)
    assert parsed.ok and len(parsed.rows) == N, parsed.errors[:3]
    assert parsed.rows[0].value == Decimal("6.5")

    reg = Registration(
        Issuance(),
        "đăng ký",
        ("Ban Thường vụ",),
        "Mở đầu.",
        (FieldGroup("Kinh tế", tuple(TaskItem(f"Nhiệm vụ {i}. " + "Nội dung. " * 20) for i in range(20))),),
    )
    docx = timed("render_registration_letter (20 tasks)", render_registration_letter, reg)
    if find_soffice():
        timed("docx_to_pdf (LibreOffice, fresh profile)", docx_to_pdf, docx)


if __name__ == "__main__":
    main()
