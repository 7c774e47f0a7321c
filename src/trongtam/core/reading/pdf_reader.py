"""Read a .pdf with a text layer (pdfplumber, pypdf as fallback), or OCR it when it has none.

Lines are grouped into paragraphs by their layout (line gap, first-line indent, list labels), page
numbers are dropped, and a paragraph that runs over a page break is joined back into one.
"""

from __future__ import annotations

import io
import itertools
import re
import shutil
import statistics
from typing import Any

from trongtam.core.reading.labels import split_label
from trongtam.core.reading.model import (
    Block,
    MissingTool,
    ReadLimits,
    ReadResult,
    UnsafeFile,
    read_error,
)
from trongtam.core.reading.plain import blocks_from_lines
from trongtam.core.text.normalize import nfc

_PAGE_NUMBER = re.compile(r"^(?:-\s*)?(?:Trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*-)?$", re.IGNORECASE)
_AUTHORITY = re.compile(r"^(?:(?:TM|KT|Q|TL|TUQ)\.\s*\S|(?:T/M|K/T|T/L)\s+\S|Nơi nhận)")
_TERMINAL = (".", ":", ";", "!", "?", "./.")


def _check_encryption(data: bytes, name: str) -> None:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        encrypted = reader.is_encrypted
        if encrypted and not reader.decrypt(""):
            encrypted = True
        elif encrypted:
            encrypted = False
    except PdfReadError as exc:
        if "encrypt" in str(exc).lower() or "password" in str(exc).lower():
            encrypted = True
        else:
            raise read_error(name, f"damaged PDF ({exc})", "tệp PDF bị hỏng.") from exc
    except Exception as exc:  # pypdf raises many kinds of errors on garbage
        if "encrypt" in str(exc).lower() or "password" in str(exc).lower() or "crypt" in str(exc).lower():
            encrypted = True
        else:
            raise read_error(name, f"damaged PDF ({type(exc).__name__}: {exc})", "tệp PDF bị hỏng.") from exc
    if encrypted:
        raise read_error(
            name,
            "the PDF is encrypted (password protected)",
            "tệp PDF được mã hóa (có mật khẩu); hãy gỡ mật khẩu rồi tải lại.",
            UnsafeFile,
        )


def _page_lines(page: Any) -> list[dict[str, Any]]:
    try:
        lines = page.extract_text_lines(return_chars=False)
    except Exception:
        lines = []
    out = []
    for ln in lines:
        text = nfc(str(ln.get("text", ""))).strip()
        if text:
            out.append({"text": text, "x0": float(ln["x0"]), "x1": float(ln["x1"]), "top": float(ln["top"])})
    return out


def _paragraphs(lines: list[dict[str, Any]], page_height: float) -> list[str]:
    """Group one page's lines into paragraphs by gap, indent and labels."""
    lines = [
        ln
        for ln in lines
        if not (
            _PAGE_NUMBER.match(ln["text"])
            and (ln["top"] < page_height * 0.1 or ln["top"] > page_height * 0.85)
        )
    ]
    if not lines:
        return []
    gaps = [b["top"] - a["top"] for a, b in itertools.pairwise(lines) if b["top"] > a["top"]]
    gap = statistics.median(gaps) if gaps else 14.0
    left = min(ln["x0"] for ln in lines)
    right = max(ln["x1"] for ln in lines)
    paras: list[list[str]] = []
    prev: dict[str, Any] | None = None
    for ln in lines:
        new = prev is None
        if prev is not None:
            dy = ln["top"] - prev["top"]
            prev_text = prev["text"]
            ends = prev_text.endswith(_TERMINAL)
            short = prev["x1"] < left + (right - left) * 0.8
            starts_upper = ln["text"][:1].isupper()
            prev_caps = prev_text == prev_text.upper() and any(ch.isalpha() for ch in prev_text)
            if (
                split_label(ln["text"])[0]
                or dy > gap * 1.45
                or dy < 0
                or (ends and ln["x0"] > prev["x0"] + 8)
            ):
                new = True
            elif (ends or prev_caps) and short and starts_upper:
                new = True
            elif abs(dy) < 1.0 or _AUTHORITY.match(ln["text"]):
                new = True
        if new:
            paras.append([ln["text"]])
        else:
            paras[-1].append(ln["text"])
        prev = ln
    return [" ".join(p) for p in paras]


def _ocr(data: bytes, name: str, limits: ReadLimits) -> list[list[str]]:
    try:
        import pytesseract  # type: ignore[import-not-found, import-untyped, unused-ignore]
    except ImportError as exc:
        raise _no_ocr(name) from exc
    if shutil.which("tesseract") is None:
        raise _no_ocr(name)
    try:
        langs = set(pytesseract.get_languages(config=""))
    except Exception:
        langs = set()
    if limits.ocr_lang not in langs:
        raise read_error(
            name,
            f"the PDF has no text layer and tesseract lacks the '{limits.ocr_lang}' language",
            "tệp PDF là ảnh quét; máy chưa cài gói ngôn ngữ tiếng Việt cho tesseract (tesseract-ocr-vie).",
            MissingTool,
        )
    import pdfplumber

    pages: list[list[str]] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages[: limits.max_pages]:
            image = page.to_image(resolution=300).original
            text = nfc(str(pytesseract.image_to_string(image, lang=limits.ocr_lang)))
            pages.append([b.line for b in blocks_from_lines(text.split("\n"), markdown=False)])
    return pages


def _no_ocr(name: str) -> MissingTool:
    err = read_error(
        name,
        "the PDF has no text layer (a scan) and OCR is not installed (pip install trongtam[ocr] + tesseract-ocr-vie)",
        "tệp PDF là ảnh quét, không có lớp chữ; máy chưa cài chức năng nhận dạng chữ (OCR: tesseract tiếng Việt).",
        MissingTool,
    )
    assert isinstance(err, MissingTool)
    return err


def read_pdf(data: bytes, name: str, limits: ReadLimits) -> ReadResult:
    """Read PDF bytes into paragraph blocks."""
    _check_encryption(data, name)
    import pdfplumber

    pages: list[list[str]] = []
    warnings: list[str] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            count = len(pdf.pages)
            if count > limits.max_pages:
                raise read_error(
                    name,
                    f"too many pages ({count} > {limits.max_pages})",
                    f"tệp PDF quá nhiều trang ({count} trang, giới hạn {limits.max_pages}).",
                    UnsafeFile,
                )
            for page in pdf.pages:
                pages.append(_paragraphs(_page_lines(page), float(page.height or 842)))
    except UnsafeFile:
        raise
    except Exception as exc:
        pages = _pypdf_pages(data, name, limits)
        warnings.append(f"Đọc PDF bằng pypdf do pdfplumber lỗi: {type(exc).__name__}.")
    count = len(pages)
    chars = sum(len(p) for page in pages for p in page)
    if count and chars < 10 * count:
        if not limits.ocr:
            raise _no_ocr(name)
        pages = _ocr(data, name, limits)
        warnings.append("Tệp PDF là ảnh quét; nội dung được nhận dạng bằng OCR, cần kiểm tra lại.")
    blocks: list[Block] = []
    for number, paras in enumerate(pages, start=1):
        for i, para in enumerate(paras):
            label, kind, rest = split_label(para)
            if i == 0 and blocks and not label and _continues(blocks[-1].line, para):
                last = blocks[-1]
                blocks[-1] = Block(
                    text=f"{last.text} {para}",
                    label=last.label,
                    list_kind=last.list_kind,
                    page=last.page,
                )
                warnings.append(f"Đã nối đoạn văn bị ngắt giữa trang {number - 1} và trang {number}.")
                continue
            blocks.append(Block(text=rest, label=label, list_kind=kind, page=number))
    if not blocks:
        raise read_error(name, "the PDF has no text", "tệp PDF không có nội dung chữ.")
    return ReadResult(name=name, format="pdf", blocks=tuple(blocks), warnings=tuple(warnings), pages=count)


def _continues(previous: str, first: str) -> bool:
    """Whether the first paragraph of a page continues the last one of the previous page."""
    if not first:
        return False
    if first[0].islower():
        return True
    prev = previous.rstrip()
    return not prev.endswith(_TERMINAL) and prev != prev.upper()


def _pypdf_pages(data: bytes, name: str, limits: ReadLimits) -> list[list[str]]:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if len(reader.pages) > limits.max_pages:
            raise read_error(
                name,
                f"too many pages ({len(reader.pages)} > {limits.max_pages})",
                f"tệp PDF quá nhiều trang ({len(reader.pages)} trang).",
                UnsafeFile,
            )
        out = []
        for page in reader.pages:
            text = nfc(page.extract_text() or "")
            out.append([b.line for b in blocks_from_lines(text.split("\n"), markdown=False)])
        return out
    except UnsafeFile:
        raise
    except Exception as exc:
        raise read_error(name, f"damaged PDF ({type(exc).__name__}: {exc})", "tệp PDF bị hỏng.") from exc
