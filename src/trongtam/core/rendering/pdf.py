"""PDF from a .docx through LibreOffice headless (run by :mod:`trongtam.core.office`, which honours
``TRONGTAM_SOFFICE`` and gives each conversion its own profile and a timeout).
"""

from __future__ import annotations

from trongtam.core.errors import RenderError
from trongtam.core.office import OfficeError, convert, find_soffice

__all__ = ["docx_to_pdf", "find_soffice"]


def docx_to_pdf(docx_bytes: bytes, *, timeout: float = 120.0) -> bytes:
    """Convert .docx bytes to PDF bytes; raise RenderError (with a Vietnamese message) on any failure."""
    try:
        return convert(docx_bytes, suffix=".docx", to="pdf:writer_pdf_Export", timeout=timeout)
    except OfficeError as exc:
        if exc.reason in ("missing", "start"):
            raise RenderError(
                f"LibreOffice (soffice) is not installed or cannot start; cannot convert to PDF ({exc.detail})",
                message_vi="Chưa cài LibreOffice nên không chuyển được sang PDF. "
                "Cài gói libreoffice-writer (và fonts-liberation2) rồi thử lại, hoặc tải bản .docx.",
            ) from None
        if exc.reason == "timeout":
            raise RenderError(
                f"LibreOffice did not finish converting within {timeout:.0f} s",
                message_vi=f"LibreOffice không chuyển xong sang PDF trong {timeout:.0f} giây.",
            ) from exc
        raise RenderError(
            f"LibreOffice produced no PDF ({exc.detail})",
            message_vi="LibreOffice không tạo được tệp PDF.",
        ) from exc
