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
    fix_letters,
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


_LABEL_ONLY = re.compile(
    r"^(?:[IVXLC]{1,6}[.)]|\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ][.)]|\(\w{1,2}\)|[-–—+•●▪■◦○·∙\uf0a7\uf0b7\uf0d8])$"
)
_COLUMN_GAP = 18.0  # points between two words on one baseline that mark separate columns


def _page_lines(page: Any) -> list[list[dict[str, Any]]]:
    """The page's lines, split where a wide gap separates columns, grouped into reading regions.

    Official documents put the issuer beside the national motto and the Nơi nhận list beside the
    signature; a run of two-column lines is read left column first, then right column.
    """
    try:
        words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    except Exception:
        return []
    words.sort(key=lambda w: (float(w["top"]), float(w["x0"])))
    rows: list[list[dict[str, Any]]] = []
    for w in words:
        if rows and abs(float(w["top"]) - float(rows[-1][0]["top"])) <= 3.0:
            rows[-1].append(w)
        else:
            rows.append([w])
    lines: list[list[dict[str, Any]]] = []
    for row in rows:
        row.sort(key=lambda w: float(w["x0"]))
        segments: list[dict[str, Any]] = []
        for w in row:
            if segments and float(w["x0"]) - segments[-1]["x1"] <= _COLUMN_GAP:
                seg = segments[-1]
                seg["text"] += " " + str(w["text"])
                seg["x1"] = float(w["x1"])
            else:
                segments.append(
                    {
                        "text": str(w["text"]),
                        "x0": float(w["x0"]),
                        "x1": float(w["x1"]),
                        "top": float(w["top"]),
                    }
                )
        merged: list[dict[str, Any]] = []
        for seg in segments:
            seg["text"] = fix_letters(nfc(seg["text"])).strip()
            if merged and _LABEL_ONLY.match(merged[-1]["text"]):
                # "1." then a tab stop then the text: one line, not two columns.
                merged[-1]["text"] += " " + seg["text"]
                merged[-1]["x1"] = seg["x1"]
            elif seg["text"]:
                merged.append(seg)
        lines.append(merged)
    return _regions([ln for ln in lines if ln])


def _regions(lines: list[list[dict[str, Any]]]) -> list[list[dict[str, Any]]]:
    regions: list[list[dict[str, Any]]] = []
    i = 0
    while i < len(lines):
        if len(lines[i]) < 2:
            if not regions or (len(regions[-1]) and regions[-1][-1].get("_columns")):
                regions.append([])
            regions[-1].append(lines[i][0])
            i += 1
            continue
        boundary = lines[i][1]["x0"] - 4
        left: list[dict[str, Any]] = []
        right: list[dict[str, Any]] = []
        while i < len(lines):
            segs = lines[i]
            if len(segs) == 1 and segs[0]["x0"] < boundary < segs[0]["x1"]:
                break
            for seg in segs:
                (left if seg["x1"] <= boundary else right).append(seg)
            i += 1
        if left:
            regions.append(left)
        if right:
            regions.append(right)
        for region in (left, right):
            if region:
                region[-1]["_columns"] = True
        regions.append([])
    return [r for r in regions if r]


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
    return ["\n".join(p) for p in paras]


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
                height = float(page.height or 842)
                pages.append([para for region in _page_lines(page) for para in _paragraphs(region, height)])
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
