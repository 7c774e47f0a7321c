"""Text damaged before reading is repaired: TCVN3 and VNI converted, PDF font glyph swaps fixed."""

from __future__ import annotations

import doctest
import io

import docx
import pytest
from tests.core.text.legacy import to_tcvn3, to_vni

from trongtam.core.extraction import read_document
from trongtam.core.reading import read_file
from trongtam.core.text import repair as repair_module
from trongtam.core.text.repair import detect_encoding, fix_glyphs, repair, tcvn3_to_unicode, vni_to_unicode

LETTER = (
    "I. LĨNH VỰC KINH TẾ - XÃ HỘI\n\n"
    "1. Tỷ lệ hộ nghèo đa chiều giảm dưới 2%; thu ngân sách đạt 195.000 triệu đồng.\n\n"
    "2. Xây dựng 02 xã đạt chuẩn nông thôn mới nâng cao; tỷ lệ người dân tham gia bảo hiểm y tế đạt 97%.\n\n"
    "II. LĨNH VỰC QUỐC PHÒNG, AN NINH\n\n"
    "1. Giảm số vụ phạm pháp hình sự từ 5% trở lên; hoàn thành 100% chỉ tiêu tuyển quân.\n"
)


def test_the_doctests_pass():
    result = doctest.testmod(repair_module)
    assert result.failed == 0 and result.attempted > 0


@pytest.mark.parametrize(("encode", "name"), [(to_tcvn3, "tcvn3"), (to_vni, "vni")])
def test_a_legacy_copy_is_detected_and_converts_back_to_the_unicode_text(encode, name):
    legacy = encode(LETTER)
    assert legacy != LETTER
    assert detect_encoding(legacy) == name
    assert repair(legacy)[0] == LETTER


def test_plain_vietnamese_unicode_is_left_alone():
    assert repair(LETTER) == (LETTER, repair_module.Repair())
    assert detect_encoding("Ông Nguyễn Văn Đức, xã Yên Thịnh × 2 · ñ") == "unicode"


def test_every_vietnamese_letter_survives_both_tables():
    letters = "aăâeêioôơuưyđ"
    tones = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]
    import unicodedata

    words = [unicodedata.normalize("NFC", "t" + v + t) for v in letters if v != "đ" for t in tones]
    text = " ".join(words) + " đi"
    assert tcvn3_to_unicode(to_tcvn3(text)) == text
    assert vni_to_unicode(to_vni(text)) == text
    assert vni_to_unicode(to_vni(text.upper())) == text.upper()


def test_pdf_font_glyph_swaps_are_fixed_and_counted():
    assert fix_glyphs("Tỷ lệ dƣới 2%; TRƢỞNG BAN") == ("Tỷ lệ dưới 2%; TRƯỞNG BAN", 2)


def _docx(paragraphs: list[str], font: str) -> bytes:
    d = docx.Document()
    for text in paragraphs:
        run = d.add_paragraph().add_run(text)
        run.font.name = font
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("encode", "font", "what"), [(to_tcvn3, ".VnTime", "TCVN3"), (to_vni, "VNI-Times", "VNI")]
)
def test_a_word_file_typed_in_a_legacy_font_reads_as_unicode_and_says_so(encode, font, what):
    paragraphs = [encode(p) for p in LETTER.split("\n\n")]
    doc = read_document(_docx(paragraphs, font), name="cu.docx")
    assert [s.title for s in doc.sections] == ["LĨNH VỰC KINH TẾ - XÃ HỘI", "LĨNH VỰC QUỐC PHÒNG, AN NINH"]
    assert "dưới 2%" in doc.sections[0].tasks[0].text
    assert any(what in r for r in doc.repairs)


def test_a_text_file_in_tcvn3_bytes_reads_as_unicode():
    data = to_tcvn3(LETTER).encode("cp1252")
    result = read_file(data, name="cu.txt")
    assert "Tỷ lệ hộ nghèo đa chiều giảm dưới 2%" in result.text
    assert any("TCVN3" in r for r in result.repairs)


def test_a_pdf_text_layer_with_swapped_glyphs_is_read_with_the_right_letters():
    from trongtam.core.extraction import structure_text

    # The reader repairs every format the same way; the text path stands for the PDF layer here.
    data = LETTER.replace("ư", "ƣ").replace("Ư", "Ƣ").encode()
    doc = read_document(data, name="phong-loi.txt")
    assert "dưới 2%" in doc.sections[0].tasks[0].text
    assert any("ƣ" in r for r in doc.repairs)
    assert structure_text(LETTER).repairs == ()


# TCVN3 writes "é" as the byte 0xD0, which Windows-1252 reads as Icelandic "Ð", the letter other converters leave for
# "Đ". A reader that swapped it before finding the encoding turned "kéo dài" into "kĐo dài".
_E_ACUTE_TEXT = "Không có đơn thư khiếu nại, tố cáo kéo dài; chế độ được thực hiện đầy đủ."


def test_a_tcvn3_e_acute_is_not_taken_for_the_eth_that_stands_for_d_bar():
    legacy = to_tcvn3(_E_ACUTE_TEXT)
    assert "\u00d0" in legacy  # the é of "kéo", "chế" … as TCVN3 writes it
    assert _E_ACUTE_TEXT in read_file(legacy.encode("cp1252"), name="cu.txt").text
    assert _E_ACUTE_TEXT in read_file(_docx([legacy], ".VnTime"), name="cu.docx").text


def test_an_eth_in_unicode_text_still_reads_as_d_bar():
    result = read_file(
        _docx(["\u00d0ẢNG BỘ XÃ YÊN THỊNH", "Bí thư \u00f0ảng ủy"], "Times New Roman"), name="u.docx"
    )
    assert "ĐẢNG BỘ XÃ YÊN THỊNH" in result.text and "đảng ủy" in result.text
