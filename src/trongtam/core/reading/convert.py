"""Legacy formats (.doc, .odt, .rtf) converted to .docx by LibreOffice headless, when it is installed.

How LibreOffice is found and run (``TRONGTAM_SOFFICE``, a throw-away profile, a timeout) is
:mod:`trongtam.core.office`; this module turns its failures into read errors that name the file.
"""

from __future__ import annotations

from pathlib import Path

from trongtam.core.office import OfficeError, convert, find_soffice
from trongtam.core.reading.model import MissingTool, ReadLimits, read_error

__all__ = ["convert_to_docx", "convert_to_pdf", "find_soffice"]


def convert_to_docx(data: bytes, name: str, suffix: str, limits: ReadLimits) -> bytes:
    """Convert legacy document bytes to .docx bytes with LibreOffice; raise MissingTool if it is absent."""
    try:
        return convert(data, suffix=suffix, to="docx:MS Word 2007 XML", timeout=limits.convert_timeout)
    except OfficeError as exc:
        if exc.reason == "missing":
            raise read_error(
                name,
                f"reading {suffix} files needs LibreOffice, which is not installed",
                f"đọc tệp {suffix} cần LibreOffice nhưng máy chưa cài; hãy lưu lại thành .docx rồi tải lên.",
                MissingTool,
            ) from None
        if exc.reason == "start":
            raise read_error(
                name,
                f"LibreOffice could not start ({exc.detail})",
                "không chạy được LibreOffice.",
                MissingTool,
            ) from exc
        if exc.reason == "timeout":
            raise read_error(
                name,
                f"LibreOffice did not convert the file within {limits.convert_timeout:.0f} s",
                f"LibreOffice không chuyển đổi xong tệp trong {limits.convert_timeout:.0f} giây.",
            ) from exc
        raise read_error(
            name,
            f"LibreOffice could not convert the file ({exc.detail})",
            "LibreOffice không chuyển đổi được tệp (tệp hỏng hoặc không đúng định dạng).",
        ) from exc


def convert_to_pdf(docx_path: Path, outdir: Path, timeout: float = 120.0) -> Path | None:
    """Convert a .docx file to PDF in ``outdir`` (used by tests and benchmarks); None if it did not work."""
    try:
        pdf = convert(docx_path.read_bytes(), suffix=".docx", to="pdf:writer_pdf_Export", timeout=timeout)
    except OfficeError:
        return None
    out = outdir / (docx_path.stem + ".pdf")
    out.write_bytes(pdf)
    return out
