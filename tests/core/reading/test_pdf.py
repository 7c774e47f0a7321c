"""The .pdf reader: text layer, paragraphs rebuilt from lines, page breaks joined, clear errors."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from tests.data import SEED_DOCX

from trongtam.core.errors import MissingTool, ReadError, UnsafeFile
from trongtam.core.reading import read_file
from trongtam.core.reading.convert import convert_to_pdf, find_soffice


def test_a_pdf_text_layer_is_read_into_labelled_paragraphs(make_pdf):
    pdf = make_pdf([["I. ECONOMY", "1. Budget revenue 195.000 million.", "2. Tourism 750.000 visitors."]])
    result = read_file(pdf, name="plan.pdf")
    assert result.format == "pdf" and result.pages == 1
    assert [(b.label, b.text) for b in result.blocks] == [
        ("I.", "ECONOMY"),
        ("1.", "Budget revenue 195.000 million."),
        ("2.", "Tourism 750.000 visitors."),
    ]


def test_a_paragraph_split_by_a_page_break_is_joined(make_pdf):
    pdf = make_pdf([["1. Settle complaints that have legal"], ["effect, reaching over 90%."]])
    result = read_file(pdf, name="split.pdf")
    assert [b.text for b in result.blocks] == ["Settle complaints that have legal effect, reaching over 90%."]
    assert any("trang 1 và trang 2" in w for w in result.warnings)


def test_running_headers_and_footers_are_dropped(make_pdf):
    header = "UBND HUYEN HUU LUNG - KE HOACH 215"
    pdf = make_pdf(
        [
            [header, "1. First task."] + [""] * 44 + ["Trang 1/2"],
            [header, "2. Second task."] + [""] * 44 + ["Trang 2/2"],
        ]
    )
    result = read_file(pdf, name="p.pdf")
    assert [b.text for b in result.blocks] == ["First task.", "Second task."]
    assert any("đầu/chân trang" in w for w in result.warnings)


def test_a_heading_line_that_appears_once_is_kept(make_pdf):
    pdf = make_pdf([["KE HOACH", "1. First task."], ["2. Second task."]])
    assert read_file(pdf, name="p.pdf").blocks[0].text == "KE HOACH"


def test_page_numbers_are_dropped(make_pdf):
    pdf = make_pdf([["1. First task."] + [""] * 45 + ["1"], ["2. Second task."]])
    texts = [b.text for b in read_file(pdf, name="p.pdf").blocks]
    assert texts == ["First task.", "Second task."]


def test_an_encrypted_pdf_is_refused_with_a_clear_error(make_pdf):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([["1. Secret task."]]))))
    writer.encrypt(user_password="mat-khau", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    with pytest.raises(UnsafeFile) as err:
        read_file(buf.getvalue(), name="khoa.pdf")
    assert "khoa.pdf" in str(err.value) and "encrypted" in str(err.value)
    assert "mã hóa" in err.value.message_vi


def test_an_image_only_pdf_without_ocr_says_ocr_is_not_installed(make_pdf, monkeypatch):
    import shutil

    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(MissingTool) as err:
        read_file(make_pdf([[], []]), name="scan.pdf")
    assert "scan.pdf" in str(err.value) and "OCR" in str(err.value)
    assert "OCR" in err.value.message_vi


def test_a_damaged_pdf_is_a_read_error():
    with pytest.raises(ReadError) as err:
        read_file(b"%PDF-1.4\n" + b"\x00garbage" * 50, name="hong.pdf")
    assert "hong.pdf" in str(err.value)


def test_a_pdf_over_the_page_limit_is_refused(make_pdf):
    from trongtam.core.reading import ReadLimits

    with pytest.raises(UnsafeFile, match="too many pages"):
        read_file(make_pdf([["1. a."]] * 3), name="dai.pdf", limits=ReadLimits(max_pages=2))


@pytest.mark.libreoffice
@pytest.mark.skipif(find_soffice() is None, reason="LibreOffice not available")
def test_the_seed_printed_to_pdf_keeps_its_structure(tmp_path):
    from trongtam.core.extraction import read_document

    pdf = convert_to_pdf(SEED_DOCX, tmp_path)
    assert pdf is not None
    doc = read_document(pdf)
    assert [len(s.tasks) for s in doc.sections] == [17, 2]
    assert [t.number for t in doc.sections[0].tasks] == [str(n) for n in range(1, 18)]
    assert len(doc.sections[0].tasks[12].children) == 2
    assert "hiệu lực pháp luật, phấn đấu" in doc.sections[0].tasks[16].text
    assert doc.closing.signature is not None and doc.closing.signature.name == "Mai Xuân Thắng"


@pytest.mark.libreoffice
@pytest.mark.skipif(find_soffice() is None, reason="LibreOffice not available")
def test_two_column_header_and_closing_tables_are_read_column_by_column(tmp_path):
    from trongtam.core.extraction import read_document

    corpus = Path(__file__).parents[1] / "corpus"
    pdf = convert_to_pdf(corpus / "plan-header-table.docx", tmp_path)
    assert pdf is not None
    doc = read_document(pdf)
    h = doc.header
    assert h.issuer == "ỦY BAN NHÂN DÂN HUYỆN HỮU LŨNG"
    assert (h.number, h.symbol, h.place) == ("215", "KH-UBND", "Hữu Lũng")
    assert (h.doc_type, h.subject) == ("KẾ HOẠCH", "Thực hiện các nhiệm vụ trọng tâm năm 2024")
    assert [len(s.tasks) for s in doc.sections] == [3, 2]
    assert doc.sections[0].tasks[0].lead_units == ("Phòng Tài chính - Kế hoạch",)
    assert doc.closing.recipients == ("TT Huyện ủy", "TT HĐND huyện", "Lưu: VT")
    sig = doc.closing.signature
    assert sig is not None and sig.name == "Nguyễn Văn An" and sig.title == "PHÓ CHỦ TỊCH"


def test_ocr_without_the_vietnamese_language_pack_says_so(make_pdf, monkeypatch):
    import shutil
    import sys
    import types

    fake = types.ModuleType("pytesseract")
    fake.get_languages = lambda config="": ["eng"]
    monkeypatch.setitem(sys.modules, "pytesseract", fake)
    monkeypatch.setattr(shutil, "which", lambda name: "/usr/bin/tesseract")
    with pytest.raises(MissingTool, match="vie") as err:
        read_file(make_pdf([[]]), name="scan.pdf")
    assert "tesseract-ocr-vie" in err.value.message_vi and "scan.pdf" in err.value.message_vi


def test_a_heading_spaced_out_with_character_spacing_reads_as_words():
    from importlib import resources

    from trongtam.core.extraction import read_document

    # Generated by tests/evaluation/make_structure_corpus.py: Word headings with 3 pt character
    # spacing, printed to PDF by LibreOffice.
    data = (
        resources.files("trongtam.core.evaluation")
        .joinpath("structure_corpus", "quang-phuoc-muc-tieu.spaced.pdf")
        .read_bytes()
    )
    doc = read_document(data, name="gian-chu.pdf")
    assert [(s.number, s.title) for s in doc.sections] == [
        ("I", "MỤC TIÊU, CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU"),
        ("II", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
    ]
    assert [t.number for t in doc.sections[0].tasks] == ["1", "2"]


def test_a_pdf_needs_ocr_when_some_page_has_no_text_layer(make_pdf):
    import io

    from pypdf import PdfReader, PdfWriter

    from trongtam.core.reading.pdf_reader import pdf_needs_ocr

    typed = make_pdf([["I. ECONOMY", "1. Budget revenue 195.000 million."]])
    writer = PdfWriter()
    writer.add_page(PdfReader(io.BytesIO(typed)).pages[0])
    writer.add_blank_page(595, 842)  # a scanned page: an image, no text
    mixed = io.BytesIO()
    writer.write(mixed)
    assert not pdf_needs_ocr(typed)
    assert pdf_needs_ocr(mixed.getvalue())
    assert not pdf_needs_ocr(b"%PDF-1.4 not really")  # reading it will say what is wrong


def test_an_ocr_speck_alone_on_a_line_is_not_taken_for_a_lost_list_label():
    # A scanned task of two paragraphs with a speck of noise read as "," between them: the second
    # paragraph stays unlabelled (it continues task 1), it does not become task "2." of its own.
    from trongtam.core.reading.pdf_reader import blocks_from_pages

    paras = [
        ("II. NHIỆM VỤ TRỌNG TÂM", False),
        ("1. Tập trung chuyển đổi 50 ha đất lúa sang cây ăn quả.", False),
        (",", False),
        ("Phối hợp các hợp tác xã bao tiêu sản phẩm cho Nhân dân.", False),
        ("2. Kết nạp 20 đảng viên mới.", False),
    ]
    blocks = blocks_from_pages([paras], {1}, [])
    assert [(b.label, b.text[:9]) for b in blocks] == [
        ("II.", "NHIỆM VỤ "),
        ("1.", "Tập trung"),
        ("", "Phối hợp "),
        ("2.", "Kết nạp 2"),
    ]
    # A label OCR did read on a line of its own ("17" for "2.") still numbers the paragraph after it.
    kept = blocks_from_pages([[*paras[:2], ("17", False), *paras[3:]]], {1}, [])
    assert [b.label for b in kept] == ["II.", "1.", "2.", "2."]
