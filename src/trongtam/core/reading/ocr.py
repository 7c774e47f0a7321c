"""OCR of scanned pages: tesseract with its Vietnamese data, after deskew and clean-up, layout kept.

A page image is cleaned (red stamps and signatures washed out, contrast stretched), straightened
(the skew angle that makes text rows sharpest in a projection profile), then read by tesseract
as words with boxes. Words are grouped into lines with their left edge and top, in PDF points, so
the PDF reader's own paragraph rules (indent, line gap, list labels) apply and numbering survives.
"""

from __future__ import annotations

import os
import shutil
import statistics
from dataclasses import dataclass
from typing import Any

from trongtam.core.reading.model import MissingTool, ReadLimits, read_error
from trongtam.core.text.normalize import nfc

DPI = 250  # enough for Vietnamese marks at 13–14 pt; 300 costs a third more time for nothing seen
LOW_CONFIDENCE = 60.0  # a word tesseract is less sure of than this marks its line for checking
_POINTS = 72.0 / DPI


@dataclass(frozen=True)
class OcrWord:
    """One word read by OCR: its box in points (from the page's top left) and confidence (0–100)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    confidence: float

    @property
    def unsure(self) -> bool:
        """Whether tesseract was less sure of the word than ``LOW_CONFIDENCE``."""
        return 0 <= self.confidence < LOW_CONFIDENCE


@dataclass(frozen=True)
class OcrPage:
    """A page read by OCR: its words, size in points and the mean word confidence (0–100)."""

    words: tuple[OcrWord, ...]
    height: float
    width: float
    confidence: float


def check_ocr(name: str, limits: ReadLimits) -> None:
    """Raise a MissingTool naming the file when tesseract or its Vietnamese data is not installed."""
    try:
        import pytesseract  # type: ignore[import-untyped, unused-ignore]
    except ImportError as exc:
        raise no_ocr(name) from exc
    if shutil.which("tesseract") is None:
        raise no_ocr(name)
    try:
        langs = set(pytesseract.get_languages(config=""))
    except Exception:  # a broken tesseract install answers with any kind of error
        langs = set()
    if limits.ocr_lang not in langs:
        raise read_error(
            name,
            f"a scanned page needs OCR and tesseract lacks the '{limits.ocr_lang}' language",
            "tệp là ảnh quét; máy chưa cài gói tiếng Việt cho tesseract (apt-get install tesseract-ocr-vie).",
            MissingTool,
        )


def no_ocr(name: str) -> MissingTool:
    """The error for a scan when OCR is off or tesseract is missing."""
    err = read_error(
        name,
        "a scanned page (no text layer) and OCR is not available (apt-get install tesseract-ocr tesseract-ocr-vie)",
        "tệp là ảnh quét, không có lớp chữ; máy chưa cài chức năng nhận dạng chữ "
        "(OCR: apt-get install tesseract-ocr tesseract-ocr-vie).",
        MissingTool,
    )
    assert isinstance(err, MissingTool)
    return err


def clean(image: Any) -> Any:
    """Greyscale with red and blue ink (stamps, signatures) washed out, speckle removed, contrast stretched."""
    import numpy as np
    from PIL import Image, ImageFilter

    rgb = np.asarray(image.convert("RGB"))
    spread = rgb.max(axis=2).astype(np.int16) - rgb.min(axis=2)
    grey = np.array(image.convert("L"))
    grey[spread > 60] = 255  # coloured ink is a stamp or a signature, never the typed text
    page = Image.fromarray(grey, mode="L").filter(ImageFilter.MedianFilter(3))
    sample = np.asarray(page)[::4, ::4]
    low, high = float(np.percentile(sample, 1)), float(np.percentile(sample, 99.5))
    if high - low > 10:
        scale = 255.0 / (high - low)
        page = page.point(lambda v: 0 if v <= low else 255 if v >= high else int((v - low) * scale))
    return page


def skew_angle(image: Any, limit: float = 6.0) -> float:
    """The angle (degrees) to rotate the page by so its text rows are level."""
    import numpy as np
    from PIL import Image

    small = image.resize((max(1, image.width // 4), max(1, image.height // 4)))
    ink = Image.fromarray(((np.asarray(small) < 140) * 255).astype(np.uint8), mode="L")

    def sharpness(angle: float) -> float:
        rows = np.asarray(ink.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0)).sum(axis=1)
        return float(np.square(np.diff(rows.astype(np.float64))).sum())

    best = max((a / 2 for a in range(int(-limit * 2), int(limit * 2) + 1)), key=sharpness)
    fine = max((best + a / 10 for a in range(-5, 6)), key=sharpness)
    return fine


def read_image(image: Any, lang: str) -> OcrPage:
    """OCR one page image (any mode, at ``DPI``) into words with their boxes in points and confidence."""
    import pytesseract
    from PIL import Image

    # Tesseract's own threads fight each other on a busy machine: one thread per page is faster.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    page = clean(image)
    angle = skew_angle(page)
    if abs(angle) >= 0.2:
        page = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    # Handed to tesseract as an uncompressed greyscale PNM file, not pytesseract's default PNG: compressing an A4 page
    # for a file read once took about as long as tesseract's reading of a short letter (bench/README.md, OCR).
    page.format = "PPM"
    data = pytesseract.image_to_data(page, lang=lang, config="--psm 4", output_type=pytesseract.Output.DICT)
    # Words keep the top of the line tesseract put them on, so a slightly tilted line stays one line.
    line_tops: dict[tuple[int, int, int], int] = {}
    for i, text in enumerate(data["text"]):
        if str(text).strip():
            key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            line_tops[key] = min(line_tops.get(key, data["top"][i]), data["top"][i])
    words: list[OcrWord] = []
    for i, text in enumerate(data["text"]):
        text = nfc(str(text).strip())
        if not text:
            continue
        conf = float(data["conf"][i])
        words.append(
            OcrWord(
                text=text,
                x0=data["left"][i] * _POINTS,
                x1=(data["left"][i] + data["width"][i]) * _POINTS,
                top=line_tops[(data["block_num"][i], data["par_num"][i], data["line_num"][i])] * _POINTS,
                bottom=(data["top"][i] + data["height"][i]) * _POINTS,
                confidence=conf,
            )
        )
    confs = [w.confidence for w in words if w.confidence >= 0]
    mean = statistics.fmean(confs) if confs else 0.0
    return OcrPage(
        words=tuple(words),
        height=page.height * _POINTS,
        width=page.width * _POINTS,
        confidence=round(mean, 1),
    )


def render_pdf_page(data: bytes, index: int) -> Any:
    """The PIL image (at ``DPI``) of one page of a PDF, by its index from 0."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    try:
        return pdf[index].render(scale=DPI / 72).to_pil()
    finally:
        pdf.close()


__all__ = [
    "DPI",
    "LOW_CONFIDENCE",
    "OcrPage",
    "OcrWord",
    "check_ocr",
    "clean",
    "no_ocr",
    "read_image",
    "render_pdf_page",
    "skew_angle",
]
