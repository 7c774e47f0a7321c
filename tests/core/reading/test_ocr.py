"""Scanned letters are read by tesseract: numbering survives, pages and confidence are reported."""

from __future__ import annotations

import io
import shutil

import pytest
from tests.core.reading.scanmaker import page_image, scanned_pdf

from trongtam.core.errors import MissingTool
from trongtam.core.extraction import read_document
from trongtam.core.reading import ReadLimits, read_file

LETTER = [
    (0, "Số: 12/KH-UBND", False),
    (0, "", False),
    (0, "KẾ HOẠCH", True),
    (0, "Thực hiện nhiệm vụ trọng tâm năm 2024", False),
    (0, "", False),
    (10, "I. LĨNH VỰC KINH TẾ", True),
    (10, "1. Tổng thu ngân sách trên địa bàn đạt 195.000 triệu đồng.", False),
    (10, "2. Phấn đấu thu hút 750.000 lượt khách du lịch.", False),
    (10, "3. Xây dựng 02 xã đạt chuẩn nông thôn mới nâng cao.", False),
    (10, "II. LĨNH VỰC VĂN HÓA - XÃ HỘI", True),
    (10, "1. Tỷ lệ hộ nghèo đa chiều giảm dưới 2%.", False),
    (10, "2. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 97%.", False),
    (0, "", False),
    (0, "Nơi nhận:", True),
    (0, "- Như trên;", False),
    (0, "- Lưu: VT.", False),
]

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")


@pytest.mark.ocr
@needs_tesseract
def test_a_scanned_letter_reads_with_its_numbering_and_says_it_was_ocr():
    pdf = scanned_pdf([page_image(LETTER, skew=1.8)])
    doc = read_document(pdf, name="scan.pdf")
    assert [(s.number, s.title) for s in doc.sections] == [
        ("I", "LĨNH VỰC KINH TẾ"),
        ("II", "LĨNH VỰC VĂN HÓA - XÃ HỘI"),
    ]
    assert [[t.number for t in s.tasks] for s in doc.sections] == [["1", "2", "3"], ["1", "2"]]
    assert "195.000 triệu đồng" in doc.sections[0].tasks[0].text
    assert [p.page for p in doc.ocr_pages] == [1] and doc.ocr_pages[0].confidence > 70
    assert doc.closing.recipients[0] == "Như trên" and len(doc.closing.recipients) == 2


@pytest.mark.ocr
@needs_tesseract
def test_only_the_scanned_page_of_a_mixed_pdf_is_ocred_and_progress_is_told(make_pdf):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for part in (
        make_pdf([["I. ECONOMY", "1. Budget revenue 195.000 million."]]),
        scanned_pdf([page_image(LETTER[9:12], skew=-1.0)]),
    ):
        for page in PdfReader(io.BytesIO(part)).pages:
            writer.add_page(page)
    buf = io.BytesIO()
    writer.write(buf)
    told: list[str] = []
    result = read_file(buf.getvalue(), name="mixed.pdf", limits=ReadLimits(progress=told.append))
    assert [p.page for p in result.ocr_pages] == [2]
    assert len(told) == 1 and "2/2" in told[0]
    assert result.blocks[0].text == "ECONOMY" and not result.blocks[0].unsure
    assert any("LĨNH VỰC VĂN HÓA" in b.text for b in result.blocks)


@pytest.mark.ocr
@needs_tesseract
def test_an_ocr_misread_roman_numeral_is_renumbered_from_the_one_before():
    from trongtam.core.reading.model import Block
    from trongtam.core.reading.pdf_reader import _repair_ocr_labels

    blocks = [
        Block(text="KINH TẾ", label="I.", list_kind="roman", page=1),
        Block(text="Task", label="1.", list_kind="number", page=1),
        Block(text="XÃ HỘI", label="I.", list_kind="roman", page=1),
        Block(text="Task two", label="1.", list_kind="number", page=1),
        Block(text="#. Task three", page=1),
        Block(text="AN NINH", label="H.", list_kind="roman", page=1),
    ]
    warnings: list[str] = []
    fixed = _repair_ocr_labels(blocks, {1}, warnings)
    assert [b.label for b in fixed] == ["I.", "1.", "II.", "1.", "2.", "III."]
    assert fixed[4].text == "Task three" and warnings


def test_a_scan_without_tesseract_is_one_clear_error_naming_the_file(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    pdf = scanned_pdf([page_image(LETTER[:3])])
    with pytest.raises(MissingTool) as err:
        read_file(pdf, name="quet.pdf")
    assert "quet.pdf" in err.value.message_vi and "tesseract-ocr-vie" in err.value.message_vi


def test_with_ocr_turned_off_a_scan_is_refused_naming_the_file():
    pdf = scanned_pdf([page_image(LETTER[:3])])
    with pytest.raises(MissingTool) as err:
        read_file(pdf, name="quet.pdf", limits=ReadLimits(ocr=False))
    assert "quet.pdf" in err.value.message_vi
