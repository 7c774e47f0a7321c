"""Scanned or photographed letters sent as images (.png, .jpg, .tif) go through the scanned-PDF path:
OCR, repair, reading; numbering and values survive, the OCR pages and confidence are reported, doubtful
paragraphs are marked for checking, and a bad image is one clear Vietnamese error naming the file."""

from __future__ import annotations

import io
import shutil

import pytest
from PIL import Image
from tests.core.reading.scanmaker import page_image

from trongtam.core.errors import MissingTool, ReadError, UnsafeFile
from trongtam.core.extraction import read_document
from trongtam.core.reading import ReadLimits, read_file, sniff_format

LETTER = [
    (0, "Số: 12/KH-UBND", False),
    (0, "", False),
    (0, "KẾ HOẠCH", True),
    (0, "Thực hiện nhiệm vụ trọng tâm năm 2025", False),
    (0, "", False),
    (10, "I. LĨNH VỰC KINH TẾ", True),
    (10, "1. Tổng thu ngân sách trên địa bàn đạt 195.000 triệu đồng.", False),
    (10, "2. Phấn đấu thu hút 750.000 lượt khách du lịch.", False),
    (10, "a) Khách quốc tế đạt 12.000 lượt;", False),
    (10, "b) Doanh thu du lịch đạt 107 tỷ đồng.", False),
    (10, "II. LĨNH VỰC VĂN HÓA - XÃ HỘI", True),
    (10, "1. Tỷ lệ hộ nghèo đa chiều giảm dưới 2%.", False),
    (10, "2. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 97%.", False),
    (0, "", False),
    (0, "Nơi nhận:", True),
    (0, "- Như trên;", False),
    (0, "- Lưu: VT.", False),
]

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")


def encoded(image: Image.Image, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format=fmt, **kw)
    return buf.getvalue()


@pytest.mark.ocr
@needs_tesseract
def test_a_skewed_noisy_png_letter_reads_with_its_numbering_and_values():
    png = encoded(page_image(LETTER, skew=1.6, noise=12, seed=3), "PNG", dpi=(200, 200))
    doc = read_document(png, name="de-xuat.png")
    assert [(s.number, s.title) for s in doc.sections][1] == ("II", "LĨNH VỰC VĂN HÓA - XÃ HỘI")
    assert [s.number for s in doc.sections] == ["I", "II"]
    assert [[t.number for t in s.tasks] for s in doc.sections] == [["1", "2"], ["1", "2"]]
    assert [c.number for c in doc.sections[0].tasks[1].children] == ["a", "b"]
    budget = doc.sections[0].tasks[0]
    assert "195.000 triệu đồng" in budget.text
    assert any(t.value == 195000 for t in budget.targets)
    assert [p.page for p in doc.ocr_pages] == [1] and doc.ocr_pages[0].confidence > 70
    assert doc.closing.recipients and doc.closing.recipients[0] == "Như trên"


@pytest.mark.ocr
@needs_tesseract
def test_a_two_page_tiff_scanned_at_400_dpi_without_a_resolution_is_read_page_by_page():
    first = page_image(LETTER[:10], skew=-1.2, seed=5)
    second = page_image(LETTER[10:13], skew=0.8, seed=6)
    # A black-and-white scanner's TIFF (CCITT group 4) at 400 dpi with no resolution written: the reader
    # takes each page to be one A4 page wide and brings it down to the OCR resolution.
    big = [
        p.resize((p.width * 2, p.height * 2)).convert("L").point(lambda v: 255 if v > 150 else 0)
        for p in (first, second)
    ]
    bilevel = [p.convert("1") for p in big]
    tiff = encoded(bilevel[0], "TIFF", save_all=True, append_images=bilevel[1:], compression="group4")
    told: list[str] = []
    result = read_file(tiff, name="quet.tif", limits=ReadLimits(progress=told.append))
    assert result.format == "image" and result.pages == 2
    assert [p.page for p in result.ocr_pages] == [1, 2] and len(told) == 2
    labels = [b.label for b in result.blocks if b.label]
    assert labels[:6] == ["I.", "1.", "2.", "a)", "b)", "II."]
    assert any("OCR" in w for w in result.warnings)


def test_image_formats_are_known_by_their_first_bytes():
    img = Image.new("L", (400, 400), 255)
    assert sniff_format(encoded(img, "PNG")) == "image"
    assert sniff_format(encoded(img, "JPEG"), "anh-khong-duoi") == "image"
    assert sniff_format(encoded(img, "TIFF"), "x.tif") == "image"
    assert sniff_format(b"%PDF-1.4 ...", "ten-sai.png") == "pdf"  # the bytes decide, not the name


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("hong.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40),  # a PNG header and nothing readable behind
        ("chu.jpg", "Đây là chữ, không phải ảnh".encode() * 10),
        ("cut.jpg", encoded(Image.new("RGB", (900, 900), "white"), "JPEG")[:300]),
    ],
)
def test_an_unreadable_image_is_one_clear_vietnamese_error_naming_the_file(name, data):
    with pytest.raises(ReadError) as err:
        read_file(data, name=name)
    assert name in err.value.message_vi and "ảnh bị hỏng" in err.value.message_vi


def test_a_thumbnail_is_refused_as_too_small_to_read():
    with pytest.raises(ReadError) as err:
        read_file(encoded(Image.new("L", (200, 120), 255), "PNG"), name="nho.png")
    assert "nho.png" in err.value.message_vi and "quá nhỏ" in err.value.message_vi


def test_an_image_over_the_pixel_limit_is_refused_before_ocr():
    png = encoded(Image.new("1", (4000, 3000), 1), "PNG")
    with pytest.raises(UnsafeFile) as err:
        read_file(png, name="to.png", limits=ReadLimits(max_image_pixels=10_000_000))
    assert "to.png" in err.value.message_vi and "quá lớn" in err.value.message_vi


def test_an_image_without_tesseract_or_with_ocr_off_is_one_clear_error(monkeypatch):
    png = encoded(page_image(LETTER[:3]), "PNG")
    with pytest.raises(MissingTool) as err:
        read_file(png, name="quet.png", limits=ReadLimits(ocr=False))
    assert "quet.png" in err.value.message_vi
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(MissingTool) as err:
        read_file(png, name="quet.png")
    assert "tesseract-ocr-vie" in err.value.message_vi


def test_words_tesseract_doubted_mark_their_task_for_checking(monkeypatch):
    # The OCR itself is replaced, so this checks what the reader does with tesseract's answer.
    from trongtam.core.reading import ocr

    def words(*rows):
        return tuple(
            ocr.OcrWord(text=t, x0=x, x1=x + 8 * len(t), top=top, bottom=top + 12, confidence=c)
            for top, items in rows
            for x, t, c in items
        )

    page = ocr.OcrPage(
        words=words(
            (100, [(90, "I.", 95), (110, "KINH", 95), (150, "TẾ", 95)]),
            (
                130,
                [
                    (90, "1.", 95),
                    (110, "Thu", 93),
                    (140, "ngân", 92),
                    (180, "sách", 94),
                    (220, "195.000", 91),
                ],
            ),
            (160, [(90, "2.", 95), (110, "Trồng", 90), (160, "rừng", 31), (200, "12", 40), (220, "ha.", 88)]),
        ),
        height=842,
        width=595,
        confidence=82.5,
    )
    monkeypatch.setattr(ocr, "read_image", lambda image, lang: page)
    monkeypatch.setattr(ocr, "check_ocr", lambda name, limits: None)
    doc = read_document(encoded(Image.new("L", (1654, 2339), 255), "PNG"), name="anh.png")
    (section,) = doc.sections
    assert [(t.number, t.needs_check) for t in section.tasks] == [("1", False), ("2", True)]
    assert [(p.page, p.confidence) for p in doc.ocr_pages] == [(1, 82.5)]
