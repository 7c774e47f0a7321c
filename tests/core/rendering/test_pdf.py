"""PDF through LibreOffice: page count and text, concurrent conversions, and a clear error without it."""

from __future__ import annotations

import io
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pdfplumber
import pytest

from trongtam.core.errors import RenderError
from trongtam.core.rendering import docx_to_pdf, render_registration_letter
from trongtam.core.rendering.pdf import find_soffice

needs_soffice = pytest.mark.skipif(find_soffice() is None, reason="LibreOffice is not installed")


def _pdf_text(pdf: bytes) -> tuple[int, str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return len(doc.pages), "\n".join(p.extract_text() or "" for p in doc.pages)


@needs_soffice
@pytest.mark.libreoffice
def test_the_letter_converts_to_a_pdf_with_its_text(dx: Any) -> None:
    from dataclasses import replace

    from trongtam.core.rendering.model import FieldGroup, TaskItem

    reg = dx.seed_registration()
    more = FieldGroup(
        "Xây dựng Đảng", tuple(TaskItem(f"Nhiệm vụ thêm số {i}. " + "Nội dung dài. " * 30) for i in range(6))
    )
    reg = replace(reg, fields=(*reg.fields, more))
    pdf = docx_to_pdf(render_registration_letter(reg))
    pages, text = _pdf_text(pdf)
    assert pages >= 2
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Hữu Lũng, ngày 01 tháng 12 năm 2023" in text
    assert "Số: 05/HĐND-VP" in text
    assert "1. Tổng thu ngân sách trên địa bàn 195.000 triệu đồng." in text
    assert "Mai Xuân Thắng" in text
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        first = doc.pages[0]
        assert (round(first.width), round(first.height)) == (595, 842)  # A4 in points
        # Page 1 has no page number; page 2 starts with "2" in the top margin.
        assert doc.pages[1].extract_text().splitlines()[0].strip() == "2"
        fonts = {c["fontname"].split("+")[-1] for c in first.chars}
        assert all(f.startswith(("LiberationSerif", "TimesNewRoman")) for f in fonts), fonts


@needs_soffice
@pytest.mark.libreoffice
def test_two_conversions_in_parallel_both_produce_files(dx: Any) -> None:
    from dataclasses import replace

    a = render_registration_letter(dx.seed_registration())
    b = render_registration_letter(replace(dx.seed_registration("hd36-2018"), subject="một việc khác"))
    with ThreadPoolExecutor(max_workers=2) as pool:
        pdf_a, pdf_b = pool.map(docx_to_pdf, [a, b])
    assert "Độc lập - Tự do - Hạnh phúc" in _pdf_text(pdf_a)[1]
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in _pdf_text(pdf_b)[1]


def test_without_libreoffice_the_error_says_so_in_vietnamese(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRONGTAM_SOFFICE", "/khong/co/soffice")
    with pytest.raises(RenderError) as info:
        docx_to_pdf(b"PK")
    assert "Chưa cài LibreOffice" in info.value.message_vi
