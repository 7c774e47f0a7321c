"""From read blocks to a Document: header, body, sections, tasks and sub-items, closing.

header.py     issuer, number and symbol, place and date, type, subject, recipients
closing.py    the closing remark, Nơi nhận and the signature block
builder.py    where the body starts and ends; sections, tasks and sub-items; kind and period
tables.py     task tables read column by column
units.py      lead and coordinating units of a task
deadlines.py  a task's deadline as written and as a date
places.py     communes a task names
"""

from __future__ import annotations

import os
from typing import Literal

from trongtam.core.extraction.structure.builder import Builder
from trongtam.core.letter import Document, Kind
from trongtam.core.reading import ReadLimits, ReadResult, read_file
from trongtam.core.text.normalize import nfc


def read_document(
    source: str | os.PathLike[str] | bytes,
    *,
    name: str | None = None,
    kind: Literal["plan", "report"] | None = None,
    limits: ReadLimits | None = None,
    context: Literal["plan", "report"] | None = None,
) -> Document:
    """Read a .docx/.pdf/.txt/.md/.doc file (path or bytes) and return its structured Document.

    ``kind`` says what the document is, for every number without a cue of its own; ``context`` only what the
    page it was uploaded on implies (a proposal is a plan), below what the document's subject names.

    Raises a ReadError subclass (naming the file) when the file cannot be read.
    """
    from trongtam.core.reading.secrecy import refuse_secret

    result = read_file(source, name=name, limits=limits)
    refuse_secret((line for b in result.blocks for line in b.text.split("\n")), name=result.name)
    return build_document(result, kind=kind, context=context)


def build_document(result: ReadResult, *, kind: Kind | None = None, context: Kind | None = None) -> Document:
    """Structure the blocks of a read file into a Document with tasks and their targets."""
    return Builder(result, kind, context).build()


def structure_text(
    text: str, *, name: str = "văn bản", kind: Kind | None = None, context: Kind | None = None
) -> Document:
    """Structure plain text (as if read from a .txt file) into a Document."""
    from trongtam.core.reading.plain import blocks_from_lines

    blocks = blocks_from_lines(nfc(text).replace("\r\n", "\n").split("\n"))
    return build_document(
        ReadResult(name=name, format="txt", blocks=tuple(blocks)), kind=kind, context=context
    )


__all__ = ["build_document", "read_document", "structure_text"]
