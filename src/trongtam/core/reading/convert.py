"""Legacy formats (.doc, .odt, .rtf) converted to .docx by LibreOffice headless, when it is installed.

Each conversion runs with its own throw-away user profile so that parallel conversions do not
fight over one profile lock, and under a timeout so that a hostile file cannot hang the reader.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from trongtam.core.reading.model import MissingTool, ReadError, ReadLimits, read_error


def find_soffice() -> str | None:
    """Path of the LibreOffice binary, or None."""
    for candidate in ("soffice", "libreoffice", "/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"):
        found = shutil.which(candidate)
        if found:
            return found
    return None


def convert_to_docx(data: bytes, name: str, suffix: str, limits: ReadLimits) -> bytes:
    """Convert legacy document bytes to .docx bytes with LibreOffice; raise MissingTool if it is absent."""
    soffice = find_soffice()
    if soffice is None:
        raise read_error(
            name,
            f"reading {suffix} files needs LibreOffice, which is not installed",
            f"đọc tệp {suffix} cần LibreOffice nhưng máy chưa cài; hãy lưu lại thành .docx rồi tải lên.",
            MissingTool,
        )
    with tempfile.TemporaryDirectory(prefix="trongtam-lo-") as tmp:
        tmpdir = Path(tmp)
        src = tmpdir / f"input{suffix}"
        src.write_bytes(data)
        outdir = tmpdir / "out"
        profile = (tmpdir / "profile").as_uri()
        cmd = [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--nologo",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(outdir),
            str(src),
        ]
        try:
            proc = subprocess.run(cmd, capture_output=True, timeout=limits.convert_timeout, check=False)
        except subprocess.TimeoutExpired as exc:
            raise read_error(
                name,
                f"LibreOffice did not convert the file within {limits.convert_timeout:.0f} s",
                f"LibreOffice không chuyển đổi xong tệp trong {limits.convert_timeout:.0f} giây.",
            ) from exc
        except OSError as exc:
            raise read_error(
                name, f"LibreOffice could not start ({exc})", "không chạy được LibreOffice.", MissingTool
            ) from exc
        out = outdir / "input.docx"
        if proc.returncode != 0 or not out.exists():
            detail = (proc.stderr or b"").decode("utf-8", "replace").strip().splitlines()
            err: ReadError = read_error(
                name,
                f"LibreOffice could not convert the file ({detail[-1] if detail else proc.returncode})",
                "LibreOffice không chuyển đổi được tệp (tệp hỏng hoặc không đúng định dạng).",
            )
            raise err
        return out.read_bytes()


def convert_to_pdf(docx_path: Path, outdir: Path, timeout: float = 120.0) -> Path | None:
    """Convert a .docx to PDF with LibreOffice (used by tests and benchmarks); None if not installed."""
    soffice = find_soffice()
    if soffice is None:
        return None
    with tempfile.TemporaryDirectory(prefix="trongtam-lo-") as tmp:
        cmd = [
            soffice,
            f"-env:UserInstallation={Path(tmp).as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            str(docx_path),
        ]
        subprocess.run(cmd, capture_output=True, timeout=timeout, check=False)
    out = outdir / (docx_path.stem + ".pdf")
    return out if out.exists() else None
