"""Reading generated .docx files back in tests: every paragraph in order, including those inside tables
(shared by the rendering and the documents tests)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from docx import Document as open_docx
from docx.table import Table
from docx.text.paragraph import Paragraph


def load(data: bytes) -> Any:
    return open_docx(io.BytesIO(data))


def paragraphs(doc: Any) -> Iterator[Any]:
    """Body paragraphs and table-cell paragraphs in document order."""
    body = doc.element.body
    from docx.table import Table

    def walk_table(t: Table) -> Iterator[Any]:
        for row in t.rows:
            seen = set()
            for cell in row.cells:
                if id(cell._tc) in seen:
                    continue
                seen.add(id(cell._tc))
                yield from cell.paragraphs
                for inner in cell.tables:
                    yield from walk_table(inner)

    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(child, doc)
        elif tag == "tbl":
            yield from walk_table(Table(child, doc))


def texts(doc: Any) -> list[str]:
    return [p.text for p in paragraphs(doc) if p.text.strip()]


def para(doc: Any, startswith: str) -> Any:
    for p in paragraphs(doc):
        if p.text.startswith(startswith):
            return p
    raise AssertionError(f"no paragraph starts with {startswith!r}; have {texts(doc)[:40]}")


def run_of(doc: Any, startswith: str) -> Any:
    p = para(doc, startswith)
    runs = [r for r in p.runs if r.text]
    assert runs, p.text
    return runs[0]


def first_run(doc: Any, startswith: str) -> Any:
    for p in paragraphs(doc):
        if p.text.startswith(startswith):
            return next(r for r in p.runs if r.text)
    raise AssertionError(f"no paragraph starts with {startswith!r}; have {texts(doc)[:40]}")
