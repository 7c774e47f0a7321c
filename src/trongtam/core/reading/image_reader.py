"""Read a scanned or photographed letter sent as an image (.png, .jpg/.jpeg, .tif/.tiff).

Each image (each page of a multi-page TIFF) goes through the same path as a scanned PDF page: brought
to the OCR resolution, cleaned, straightened, read by tesseract, then grouped into paragraphs with the
PDF reader's own rules, so numbering survives and the words tesseract doubted mark their paragraph
for checking. The result says which pages were read by OCR and how sure tesseract was.
"""

from __future__ import annotations

import io
from typing import Any

from trongtam.core.reading.model import OcrPage, ReadLimits, ReadResult, UnsafeFile, read_error

# A4 is 8.27 in wide: an image without a resolution of its own is taken to be one A4 page wide.
_A4_WIDTH_IN = 8.27
# Below this mean confidence the whole reading is doubtful, not only a few words.
_POOR_CONFIDENCE = 60.0


def _unreadable(name: str, why: str) -> Exception:
    return read_error(
        name,
        f"not a readable image ({why})",
        "ảnh bị hỏng hoặc không phải ảnh (PNG, JPEG, TIFF); hãy quét hoặc chụp lại văn bản.",
    )


def _pages(data: bytes, name: str, limits: ReadLimits) -> list[tuple[Any, Any]]:
    """The image's pages as RGB images, upright, each within the pixel limit, with their resolution."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError as exc:
        raise read_error(
            name, f"the image is too large ({exc})", "ảnh quá lớn; hãy quét ở 300 dpi.", UnsafeFile
        ) from exc
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise _unreadable(name, type(exc).__name__) from exc
    frames = getattr(image, "n_frames", 1)
    if frames > limits.max_pages:
        raise read_error(
            name,
            f"too many pages ({frames} > {limits.max_pages})",
            f"ảnh có quá nhiều trang ({frames} trang, giới hạn {limits.max_pages}).",
            UnsafeFile,
        )
    pages = []
    for index in range(frames):
        try:
            image.seek(index)
            pixels = image.width * image.height
            if pixels > limits.max_image_pixels:
                raise read_error(
                    name,
                    f"the image is too large ({pixels / 1e6:.0f} megapixels > {limits.max_image_pixels / 1e6:.0f})",
                    f"ảnh quá lớn ({image.width} × {image.height} điểm ảnh); hãy quét ở 300 dpi.",
                    UnsafeFile,
                )
            if min(image.width, image.height) < 300:
                raise read_error(
                    name,
                    f"the image is too small to read ({image.width} x {image.height} pixels)",
                    f"ảnh quá nhỏ ({image.width} × {image.height} điểm ảnh), không đọc được chữ; "
                    "hãy quét ở 200–300 dpi.",
                )
            dpi = image.info.get("dpi")
            # A phone photo says in its EXIF which way up it was taken; a scanner's TIFF pages do not.
            page = (ImageOps.exif_transpose(image) if index == 0 else image).convert("RGB")
            page.load()
        except (OSError, ValueError, SyntaxError) as exc:  # a truncated or damaged image body
            raise _unreadable(name, type(exc).__name__) from exc
        pages.append((page, dpi))
    return pages


def _at_ocr_resolution(image: Any, dpi: Any) -> Any:
    """The page scaled to the OCR resolution: a 600 dpi scan costs tesseract four times the work of
    300 dpi for nothing more read; a photo is taken to be one page wide."""
    from PIL import Image

    from trongtam.core.reading.ocr import DPI

    try:
        have = float(dpi[0]) if dpi else 0.0
    except (TypeError, ValueError, IndexError):
        have = 0.0
    if not 100 <= have <= 1200:  # none, or a camera's nominal 72 dpi: judge by the width
        have = image.width / _A4_WIDTH_IN
    scale = DPI / have
    if abs(scale - 1) < 0.1:
        return image
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, Image.Resampling.LANCZOS)


def check_image(data: bytes, name: str, limits: ReadLimits | None = None) -> None:
    """Refuse at once, before any OCR, an image that is damaged or too large or too small to read."""
    _pages(data, name, limits or ReadLimits())


def read_image_file(data: bytes, name: str, limits: ReadLimits) -> ReadResult:
    """Read an image of a letter by OCR into blocks; every page is an OCR page."""
    from trongtam.core.reading.ocr import check_ocr, no_ocr
    from trongtam.core.reading.pdf_reader import blocks_from_pages, ocr_paragraphs

    pages = _pages(data, name, limits)
    if not limits.ocr:
        raise no_ocr(name)
    check_ocr(name, limits)
    paragraphs = []
    ocr_pages = []
    for number, (page, dpi) in enumerate(pages, start=1):
        if limits.progress is not None:
            limits.progress(f"Nhận dạng chữ (OCR) ảnh trang {number}/{len(pages)}…")
        paras, confidence = ocr_paragraphs(_at_ocr_resolution(page, dpi), limits)
        paragraphs.append(paras)
        ocr_pages.append(OcrPage(page=number, confidence=confidence))
    warnings = [
        "Văn bản là ảnh, được nhận dạng chữ bằng OCR (độ tin cậy trung bình "
        + ", ".join(f"trang {p.page}: {p.confidence:.0f}%" for p in ocr_pages).replace(".", ",")
        + "); cần đối chiếu với bản gốc."
    ]
    blocks = blocks_from_pages(paragraphs, {p.page for p in ocr_pages}, warnings)
    if not blocks:
        raise read_error(
            name,
            "no text was recognised in the image",
            "không nhận ra chữ nào trong ảnh; hãy quét hoặc chụp lại rõ nét, thẳng trang, đủ sáng "
            "(200–300 dpi).",
        )
    if min(p.confidence for p in ocr_pages) < _POOR_CONFIDENCE:
        warnings.append(
            "Ảnh mờ hoặc nghiêng nhiều: OCR đọc chưa chắc ở nhiều chỗ; nên quét lại ở 300 dpi nếu có thể."
        )
    return ReadResult(
        name=name,
        format="image",
        blocks=tuple(blocks),
        warnings=tuple(warnings),
        pages=len(pages),
        ocr_pages=tuple(ocr_pages),
    )


__all__ = ["check_image", "read_image_file"]
