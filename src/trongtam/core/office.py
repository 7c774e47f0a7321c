"""LibreOffice headless, the one way the product runs it: legacy uploads (.doc, .odt, .rtf) to .docx and
documents to PDF.

``TRONGTAM_SOFFICE`` names the binary everywhere (a path that does not exist means "not installed").
LibreOffice shares one user profile between processes by default, and a second process started on the
same profile hands its work to the first and exits, so concurrent conversions silently drop files: each
conversion gets its own throw-away profile, working directory and HOME, and a timeout so a hostile file
cannot hang the caller. Callers turn :class:`OfficeError` into their own error (a read or a render error).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Literal

__all__ = ["OfficeError", "convert", "find_soffice"]

_CANDIDATES = ("soffice", "libreoffice", "/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice")


class OfficeError(Exception):
    """A conversion that did not happen: LibreOffice ``missing``, it could not ``start``, hit the ``timeout``,
    or ``failed`` (no output; ``detail`` holds the end of its messages)."""

    def __init__(self, reason: Literal["missing", "start", "timeout", "failed"], detail: str = "") -> None:
        super().__init__(f"LibreOffice {reason}: {detail}" if detail else f"LibreOffice {reason}")
        self.reason = reason
        self.detail = detail


def find_soffice() -> str | None:
    """The LibreOffice binary, or None when it is not installed (``TRONGTAM_SOFFICE`` overrides)."""
    override = os.environ.get("TRONGTAM_SOFFICE")
    if override:
        return override if Path(override).is_file() else None
    for candidate in _CANDIDATES:
        found = shutil.which(candidate)
        if found:
            return found
    return None


def convert(data: bytes, *, suffix: str, to: str, timeout: float) -> bytes:
    """Convert ``data`` (a file ending in ``suffix``, e.g. ".doc") with the filter ``to`` ("pdf:writer_pdf_Export",
    "docx:MS Word 2007 XML") and return the output's bytes; raise :class:`OfficeError` on any failure."""
    soffice = find_soffice()
    if soffice is None:
        raise OfficeError("missing")
    out_ext = to.split(":", 1)[0]
    with tempfile.TemporaryDirectory(prefix="trongtam-lo-") as tmp:
        work = Path(tmp)
        src = work / f"input{suffix}"
        src.write_bytes(data)
        outdir = work / "out"
        cmd = [
            soffice,
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--nologo",
            "--nodefault",
            "--nolockcheck",
            "--convert-to",
            to,
            "--outdir",
            str(outdir),
            str(src),
        ]
        env = dict(os.environ, HOME=str(work))
        try:
            proc = subprocess.run(cmd, cwd=work, env=env, capture_output=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired as exc:
            raise OfficeError("timeout", f"{timeout:.0f} s") from exc
        except OSError as exc:
            raise OfficeError("start", str(exc)) from exc
        out = outdir / f"input.{out_ext}"
        if not out.is_file() or out.stat().st_size == 0:
            detail = (proc.stderr or proc.stdout or b"").decode("utf-8", "replace").strip()[-400:]
            raise OfficeError("failed", f"exit {proc.returncode}: {detail}")
        return out.read_bytes()
