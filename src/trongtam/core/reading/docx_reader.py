"""Read a .docx: paragraphs and table cells in body order, with Word's numbering resolved.

The zip is checked before parsing (entry count, total uncompressed size, compression ratio) and
every XML part is refused if it declares a DOCTYPE or ENTITY, so neither a zip bomb nor an
entity expansion reaches the XML parser.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from trongtam.core import archive
from trongtam.core.reading.labels import split_label
from trongtam.core.reading.model import Block, ReadLimits, ReadResult, fix_letters, read_error
from trongtam.core.reading.numbering import NumberingResolver, W
from trongtam.core.text.normalize import nfc

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


def check_zip(data: bytes, name: str, limits: ReadLimits, required: str | None = None) -> zipfile.ZipFile:
    """Open ``data`` as a zip after the bomb and entity checks (:func:`trongtam.core.archive.check_zip`)."""
    return archive.check_zip(data, name, limits, required=required, kind_vi="văn bản Word")


def _run_text(p: Any) -> tuple[str, bool]:
    """Visible text of a paragraph (runs, hyperlinks, fields; not deleted text or field codes)."""
    parts: list[str] = []
    bold_chars = 0
    plain_chars = 0

    def walk(el: Any, bold: bool) -> None:
        nonlocal bold_chars, plain_chars
        for child in el:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == MC + "AlternateContent":
                choice = child.find(MC + "Choice")
                if choice is not None:
                    walk(choice, bold)
                continue
            if tag in (W + "del", W + "moveFrom", W + "instrText", W + "delText", W + "pPr", W + "rPr"):
                continue
            if tag == W + "r":
                rpr = child.find(W + "rPr")
                if rpr is not None and rpr.find(W + "vanish") is not None:
                    continue  # hidden text is not part of what the reader sees
                b = (
                    rpr is not None
                    and rpr.find(W + "b") is not None
                    and rpr.find(W + "b").get(W + "val", "true") not in ("0", "false")
                )
                walk(child, b)
                continue
            if tag == W + "t":
                t = child.text or ""
                parts.append(t)
                if bold:
                    bold_chars += len(t.strip())
                else:
                    plain_chars += len(t.strip())
            elif tag == W + "tab" or tag == W + "ptab":
                parts.append("\t")
            elif tag in (W + "br", W + "cr"):
                if child.get(W + "type") in (None, "textWrapping"):
                    parts.append("\n")
            elif tag == W + "noBreakHyphen":
                parts.append("-")
            elif tag == W + "txbxContent":
                continue
            else:
                walk(child, bold)

    walk(p, False)
    return "".join(parts), bold_chars > 0 and plain_chars == 0


def _clean(text: str) -> str:
    text = fix_letters(nfc(text)).replace("\u00a0", " ").replace("\t", " ")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


class _Walker:
    def __init__(self, resolver: NumberingResolver, style_names: dict[str, str]) -> None:
        self.resolver = resolver
        self.style_names = style_names
        self.table_count = 0
        self.blocks: list[Block] = []

    def body(self, el: Any, cell: tuple[int, int, int] | None = None) -> None:
        for child in el:
            tag = child.tag
            if tag == W + "p":
                self.paragraph(child, cell)
            elif tag == W + "tbl":
                self.table(child)
            elif tag in (W + "sdt", W + "customXml", W + "smartTag"):
                content = child.find(W + "sdtContent")
                self.body(content if content is not None else child, cell)

    def table(self, tbl: Any) -> None:
        index = self.table_count
        self.table_count += 1
        for r, tr in enumerate(tbl.findall(W + "tr")):
            c = 0
            for tc in _cells(tr):
                vmerge = tc.find(W + "tcPr/" + W + "vMerge")
                # A vertically merged continuation cell repeats nothing; skip it.
                if vmerge is not None and vmerge.get(W + "val") in (None, "continue"):
                    c += 1
                    continue
                self.body(tc, (index, r, c))
                c += 1

    def paragraph(self, p: Any, cell: tuple[int, int, int] | None) -> None:
        ppr = p.find(W + "pPr")
        style_id = None
        if ppr is not None:
            ps = ppr.find(W + "pStyle")
            if ps is not None:
                style_id = ps.get(W + "val")
        # Text boxes (an issuer or a motto drawn in a frame) are read before their anchor paragraph;
        # the VML fallback copy of each box is skipped.
        for box in p.iter(W + "txbxContent"):
            if not any(a.tag == MC + "Fallback" or a.tag == W + "txbxContent" for a in box.iterancestors()):
                self.body(box, cell)
        resolved = self.resolver.label(ppr, style_id)
        raw, bold = _run_text(p)
        text = _clean(raw)
        if not text:
            return
        style = self.style_names.get(style_id or "", style_id)
        heading = _heading_level(style, ppr)
        if resolved is not None and resolved.label:
            label, kind, level = resolved.label, resolved.kind, resolved.level
        else:
            label, kind, text = split_label(text)
            level = 0
        self.blocks.append(
            Block(
                text=text,
                label=label,
                list_kind=kind,
                level=level,
                style=style,
                heading_level=heading,
                is_table_cell=cell is not None,
                table=cell[0] if cell else None,
                row=cell[1] if cell else None,
                col=cell[2] if cell else None,
                bold=bold,
            )
        )


def _cells(tr: Any) -> Iterator[Any]:
    for child in tr:
        if child.tag == W + "tc":
            yield child
        elif child.tag in (W + "sdt", W + "customXml"):
            content = child.find(W + "sdtContent")
            yield from _cells(content if content is not None else child)


def _heading_level(style: str | None, ppr: Any) -> int | None:
    if ppr is not None:
        outline = ppr.find(W + "outlineLvl")
        if outline is not None:
            v = outline.get(W + "val")
            if v is not None and v.isdigit() and int(v) < 9:
                return int(v) + 1
    if style and style.lower().startswith("heading"):
        tail = style.split()[-1]
        return int(tail) if tail.isdigit() else 1
    if style and style.lower() == "title":
        return 0
    return None


def read_docx(data: bytes, name: str, limits: ReadLimits) -> ReadResult:
    """Read .docx bytes into blocks, numbering resolved."""
    check_zip(data, name, limits, required="word/document.xml")
    import docx  # python-docx; imported here so that reading text files does not pay for it
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise read_error(name, f"not a readable Word document ({exc})", "văn bản Word bị hỏng.") from exc
    except Exception as exc:  # lxml raises its own XMLSyntaxError family on broken parts
        raise read_error(
            name, f"damaged Word document ({type(exc).__name__}: {exc})", "văn bản Word bị hỏng."
        ) from exc
    try:
        numbering_el = document.part.numbering_part.element
    except (NotImplementedError, KeyError, AttributeError):
        numbering_el = None
    styles_el = document.styles.element
    style_names = {
        str(s.get(W + "styleId")): str(s.find(W + "name").get(W + "val"))
        for s in styles_el.findall(W + "style")
        if s.find(W + "name") is not None
    }
    walker = _Walker(NumberingResolver(numbering_el, styles_el), style_names)
    walker.body(document.element.body)
    if not walker.blocks:
        raise read_error(name, "the document has no text", "văn bản không có nội dung chữ.")
    return ReadResult(name=name, format="docx", blocks=tuple(walker.blocks))
