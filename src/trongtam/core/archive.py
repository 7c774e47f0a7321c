"""Zip safety for every Office file the product opens (.docx uploads, filled-in .xlsx forms): one check,
one set of limits (:class:`~trongtam.core.reading.model.ReadLimits`).

Before any parser sees the file: the entry count, the total uncompressed size and each part's compression
ratio are bounded (no zip bomb), the part the format needs is present, and no XML part declares a DOCTYPE
or ENTITY (no entity expansion, no external entity).
"""

from __future__ import annotations

import io
import zipfile
import zlib

from trongtam.core.reading.model import ReadLimits, UnsafeFile, UnsupportedFormat, read_error

__all__ = ["check_zip"]

_BROKEN = (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, zlib.error)
# A part must be this large before its ratio counts: small XML parts compress far better than 100:1.
_RATIO_FLOOR = 1024 * 1024


def check_zip(
    data: bytes,
    name: str,
    limits: ReadLimits | None = None,
    *,
    required: str | None = None,
    kind: str = "Word",
    kind_vi: str = "văn bản Word",
) -> zipfile.ZipFile:
    """Open ``data`` as a zip after the bomb and entity checks; raise a ReadError naming ``name``.

    ``required`` is the part the format cannot do without ("word/document.xml", "xl/workbook.xml");
    ``kind_vi`` names the format in the messages ("bảng tính Excel (.xlsx)").
    """
    limits = limits or ReadLimits()
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except _BROKEN as exc:
        raise read_error(
            name,
            f"not a valid {kind} file (damaged zip: {exc})",
            f"tệp không phải {kind_vi} (tệp hỏng hoặc sai định dạng).",
            UnsupportedFormat,
        ) from exc
    if len(infos) > limits.max_zip_entries:
        raise read_error(
            name,
            f"too many entries in the archive ({len(infos)})",
            f"tệp nén chứa quá nhiều thành phần ({len(infos)}), nghi là tệp độc hại.",
            UnsafeFile,
        )
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > _RATIO_FLOOR and ratio > limits.max_ratio:
            raise read_error(
                name,
                f"zip bomb suspected: {info.filename} expands {ratio:.0f} times",
                f"tệp bị nén bất thường, nghi là “bom nén” (thành phần {info.filename} giãn ra {ratio:.0f} lần).",
                UnsafeFile,
            )
    if total > limits.max_uncompressed:
        raise read_error(
            name,
            f"zip bomb suspected: {total // (1024 * 1024)} MB uncompressed",
            f"tệp bị nén bất thường, nghi là “bom nén” (giải nén ra {total // (1024 * 1024)} MB).",
            UnsafeFile,
        )
    if required and required not in {i.filename for i in infos}:
        raise read_error(
            name,
            f"not a {kind} document (no {required})",
            f"tệp không phải {kind_vi} (thiếu {required}).",
            UnsupportedFormat,
        )
    for info in infos:
        if info.filename.endswith((".xml", ".rels")):
            try:
                with zf.open(info) as fh:
                    part = fh.read()
            except _BROKEN as exc:
                raise read_error(
                    name, f"damaged part {info.filename}: {exc}", f"thành phần {info.filename} bị hỏng."
                ) from exc
            upper = part.upper()
            if b"<!DOCTYPE" in upper or b"<!ENTITY" in upper:
                raise read_error(
                    name,
                    f"XML part {info.filename} declares a DOCTYPE or ENTITY",
                    f"thành phần {info.filename} chứa khai báo DOCTYPE/ENTITY không an toàn.",
                    UnsafeFile,
                )
    return zf
