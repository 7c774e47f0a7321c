"""PDF from a .docx through LibreOffice headless (run by :mod:`trongtam.core.office`, which honours
``TRONGTAM_SOFFICE`` and gives each conversion its own profile and a timeout).

Starting LibreOffice costs seconds, so when ``TRONGTAM_UNOSERVER`` names a running unoserver (``host:port``,
one LibreOffice kept warm; `trongtam serve` starts one), a conversion goes through it first and takes a
fraction of a second; if it is not answering, the cold conversion is used.
"""

from __future__ import annotations

import os
import xmlrpc.client

from trongtam.core.errors import RenderError
from trongtam.core.office import OfficeError, convert, find_soffice

__all__ = ["docx_to_pdf", "docx_to_pdf_warm", "find_soffice"]


class _TimeoutTransport(xmlrpc.client.Transport):
    def __init__(self, timeout: float) -> None:
        super().__init__()
        self._timeout = timeout

    def make_connection(self, host: tuple[str, dict[str, str]] | str) -> object:  # type: ignore[override]
        conn = super().make_connection(host)
        conn.timeout = self._timeout
        return conn


def docx_to_pdf_warm(docx_bytes: bytes, *, address: str, timeout: float = 60.0) -> bytes | None:
    """Convert through the unoserver at ``address`` (``host:port``); None when it does not answer."""
    proxy = xmlrpc.client.ServerProxy(
        f"http://{address}", allow_none=True, transport=_TimeoutTransport(timeout)
    )
    try:
        # unoserver's convert(inpath, indata, outpath, convert_to, filtername, filter_options,
        # update_index, infiltername, password).
        result = proxy.convert(None, docx_bytes, None, "pdf", None, [], True, None, None)
    except (OSError, xmlrpc.client.Error):
        return None
    data = bytes(result.data) if isinstance(result, xmlrpc.client.Binary) else None
    return data if data and data.startswith(b"%PDF") else None


def docx_to_pdf(docx_bytes: bytes, *, timeout: float = 120.0) -> bytes:
    """Convert .docx bytes to PDF bytes; raise RenderError (with a Vietnamese message) on any failure."""
    address = os.environ.get("TRONGTAM_UNOSERVER")
    if address:
        warm = docx_to_pdf_warm(docx_bytes, address=address, timeout=timeout)
        if warm is not None:
            return warm
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
