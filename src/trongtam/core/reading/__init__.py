"""Readers: a file (path or bytes) -> a flat list of blocks in body order, then one text.

    read_file(source, name=None, limits=ReadLimits()) -> ReadResult

.docx (numbering resolved), .pdf (text layer, optional OCR), .txt/.md (encoding detected),
.doc/.odt/.rtf through LibreOffice, and scanned or photographed pages as .png, .jpg or .tif (OCR). Every failure is a ReadError that names the file.
"""

from __future__ import annotations

import dataclasses
import os
import zipfile
from pathlib import Path

from trongtam.core.reading.model import (
    Block,
    Format,
    MissingTool,
    OcrPage,
    ReadError,
    ReadLimits,
    ReadResult,
    UnsafeFile,
    UnsupportedFormat,
    read_error,
)

__all__ = [
    "Block",
    "MissingTool",
    "OcrPage",
    "ReadError",
    "ReadLimits",
    "ReadResult",
    "UnsafeFile",
    "UnsupportedFormat",
    "read_file",
    "sniff_format",
]

_EXTENSIONS: dict[str, Format] = {
    ".docx": "docx",
    ".docm": "docx",
    ".pdf": "pdf",
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".doc": "doc",
    ".odt": "odt",
    ".rtf": "rtf",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".tif": "image",
    ".tiff": "image",
}
#: What the images a letter may be sent as begin with: PNG, JPEG, TIFF (both byte orders).
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")


def sniff_format(data: bytes, name: str | None = None) -> Format | None:
    """The format by magic bytes (falling back on the name's extension), or None when unknown."""
    head = data[:8]
    if head.startswith(_IMAGE_MAGIC):
        return "image"
    if head.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc"
    if head.startswith(b"PK\x03\x04"):
        try:
            import io

            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
            names = set()
        if "word/document.xml" in names:
            return "docx"
        if "content.xml" in names:
            return "odt"
        ext = _EXTENSIONS.get(Path(name or "").suffix.lower())
        return ext if ext in ("docx", "odt") else None
    ext = _EXTENSIONS.get(Path(name or "").suffix.lower())
    if ext in ("txt", "md"):
        return ext
    if ext == "image":
        return None  # named as an image but not one: damaged
    return ext if ext is not None else ("txt" if _looks_textual(data) else None)


def _looks_textual(data: bytes) -> bool:
    sample = data[:4096]
    if not sample:
        return False
    if sample.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls <= len(sample) // 100


def read_file(
    source: str | os.PathLike[str] | bytes,
    *,
    name: str | None = None,
    limits: ReadLimits | None = None,
) -> ReadResult:
    """Read a document from a path or bytes into blocks; raise a ReadError naming the file on failure."""
    limits = limits or ReadLimits()
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        name = name or "tài liệu"
    else:
        path = Path(source)
        name = name or path.name
        try:
            size = path.stat().st_size
        except FileNotFoundError as exc:
            raise read_error(name, "file not found", "không tìm thấy tệp.") from exc
        except OSError as exc:
            raise read_error(name, f"cannot open the file ({exc.strerror})", "không mở được tệp.") from exc
        if path.is_dir():
            raise read_error(name, "is a folder, not a file", "đây là thư mục, không phải tệp.")
        _check_size(size, name, limits)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise read_error(name, f"cannot read the file ({exc.strerror})", "không đọc được tệp.") from exc
    _check_size(len(data), name, limits)
    if not data.strip():
        raise read_error(name, "the file is empty", "tệp rỗng.")
    fmt = sniff_format(data, name)
    ext = Path(name).suffix.lower()
    if fmt is None:
        if data[:4] == b"PK\x03\x04" or ext in (".docx", ".docm"):
            raise read_error(name, "not a valid Word file (damaged or not .docx)", "tệp Word bị hỏng.")
        if ext == ".pdf":
            raise read_error(name, "not a valid PDF file", "tệp PDF bị hỏng.")
        if _EXTENSIONS.get(ext) == "image":
            raise read_error(
                name,
                "not a valid image (damaged, or not PNG, JPEG or TIFF)",
                "ảnh bị hỏng hoặc không phải ảnh (PNG, JPEG, TIFF); hãy quét hoặc chụp lại văn bản.",
            )
        raise read_error(
            name,
            "binary data of an unknown kind, not a document",
            "không phải văn bản (dữ liệu nhị phân không nhận dạng được); hãy dùng .docx, .pdf, .txt, .md "
            "hoặc ảnh quét .png, .jpg, .tif.",
            UnsupportedFormat,
        )
    if ext in (".docx", ".docm") and fmt not in ("docx", "doc", "odt", "rtf"):
        raise read_error(name, "not a valid Word file (damaged or not .docx)", "tệp Word bị hỏng.")
    if ext == ".pdf" and fmt != "pdf":
        raise read_error(name, "not a valid PDF file", "tệp PDF bị hỏng (không có phần đầu %PDF).")
    try:
        return _repaired(_dispatch(data, name, fmt, limits))
    except ReadError:
        raise
    except Exception as exc:  # the parsers' own errors on damaged files: still one clear message
        raise read_error(
            name,
            f"damaged or unreadable {fmt} file ({type(exc).__name__}: {exc})",
            f"tệp {fmt} bị hỏng hoặc không đọc được.",
        ) from exc


def _check_size(size: int, name: str, limits: ReadLimits) -> None:
    if size > limits.max_bytes:
        mb = limits.max_bytes / (1024 * 1024)
        raise read_error(
            name,
            f"the file is too large ({size / (1024 * 1024):.1f} MB > {mb:.0f} MB)",
            f"tệp quá lớn ({size / (1024 * 1024):.1f} MB, giới hạn {mb:.0f} MB).",
            UnsafeFile,
        )


def _repaired(result: ReadResult) -> ReadResult:
    """The result with its text converted from a legacy encoding and font glyph swaps fixed."""
    from trongtam.core.reading.labels import split_label
    from trongtam.core.text.repair import Repair, converter, detect_encoding, fix_glyphs

    encoding = detect_encoding("\n".join(b.line for b in result.blocks))
    convert = converter(encoding)
    glyphs = 0
    blocks = []
    for b in result.blocks:
        text, n = fix_glyphs(convert(b.text))
        glyphs += n
        if text != b.text and not b.label and not b.is_table_cell:
            # A label in letters the old encoding hid ("Mét lµ," is "Một là,", "®)" is "đ)"), seen once repaired.
            label, kind, rest = split_label(text)
            if label:
                blocks.append(dataclasses.replace(b, text=rest, label=label, list_kind=kind))
                continue
        blocks.append(b if text == b.text else dataclasses.replace(b, text=text))
    repairs = Repair(encoding=encoding, glyphs=glyphs).notes
    if not repairs:
        return result
    return dataclasses.replace(result, blocks=tuple(blocks), repairs=(*result.repairs, *repairs))


def _dispatch(data: bytes, name: str, fmt: Format, limits: ReadLimits) -> ReadResult:
    if fmt == "docx":
        from trongtam.core.reading.docx_reader import read_docx

        return read_docx(data, name, limits)
    if fmt == "pdf":
        from trongtam.core.reading.pdf_reader import read_pdf

        return read_pdf(data, name, limits)
    if fmt in ("txt", "md"):
        from trongtam.core.reading.plain import read_text

        return read_text(data, name, fmt)
    if fmt == "image":
        from trongtam.core.reading.image_reader import read_image_file

        return read_image_file(data, name, limits)
    from trongtam.core.reading.convert import convert_to_docx
    from trongtam.core.reading.docx_reader import read_docx

    converted = convert_to_docx(data, name, "." + fmt, limits)
    result = read_docx(converted, name, limits)
    return ReadResult(
        name=name,
        format=fmt,
        blocks=result.blocks,
        warnings=(*result.warnings, f"Đã chuyển tệp .{fmt} sang .docx bằng LibreOffice."),
    )
