"""PDF from a .docx through LibreOffice headless, one throw-away user profile per conversion.

LibreOffice shares one user profile between processes by default, and a second process started on the same
profile hands its work to the first and exits, so concurrent conversions silently drop files. Each conversion
here gets its own ``-env:UserInstallation`` directory, its own working directory and a timeout.

Starting LibreOffice costs seconds, so when ``TRONGTAM_UNOSERVER`` names a running unoserver (``host:port``,
one LibreOffice kept warm; `trongtam serve` starts one), a conversion goes through it first and takes a
fraction of a second; if it is not answering, the cold conversion above is used.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import xmlrpc.client
from pathlib import Path

from trongtam.core.errors import RenderError

__all__ = ["docx_to_pdf", "docx_to_pdf_warm", "find_soffice"]


def find_soffice() -> str | None:
    """The LibreOffice binary, or None when it is not installed (``TRONGTAM_SOFFICE`` overrides)."""
    override = os.environ.get("TRONGTAM_SOFFICE")
    if override:
        return override if Path(override).is_file() else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return None


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
    soffice = find_soffice()
    if soffice is None:
        raise RenderError(
            "LibreOffice (soffice) is not installed; cannot convert to PDF",
            message_vi="Chưa cài LibreOffice nên không chuyển được sang PDF. "
            "Cài gói libreoffice-writer (và fonts-liberation2) rồi thử lại, hoặc tải bản .docx.",
        )
    with tempfile.TemporaryDirectory(prefix="trongtam-pdf-") as tmp:
        work = Path(tmp)
        src = work / "document.docx"
        src.write_bytes(docx_bytes)
        profile_dir = work / "profile"
        cmd = [
            soffice,
            f"-env:UserInstallation={profile_dir.as_uri()}",
            "--headless",
            "--norestore",
            "--nologo",
            "--nodefault",
            "--nolockcheck",
            "--convert-to",
            "pdf:writer_pdf_Export",
            "--outdir",
            str(work),
            str(src),
        ]
        env = dict(os.environ, HOME=str(work))
        try:
            proc = subprocess.run(cmd, cwd=work, env=env, capture_output=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired as exc:
            raise RenderError(
                f"LibreOffice did not finish converting within {timeout:.0f} s",
                message_vi=f"LibreOffice không chuyển xong sang PDF trong {timeout:.0f} giây.",
            ) from exc
        out = work / "document.pdf"
        if not out.is_file() or out.stat().st_size == 0:
            detail = (proc.stderr or proc.stdout).decode("utf-8", "replace").strip()[-400:]
            raise RenderError(
                f"LibreOffice produced no PDF (exit {proc.returncode}): {detail}",
                message_vi=f"LibreOffice không tạo được tệp PDF (mã thoát {proc.returncode}).",
            )
        return out.read_bytes()
