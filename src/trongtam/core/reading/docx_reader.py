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
from trongtam.core.reading.labels import bullet_order, split_label
from trongtam.core.reading.model import Block, ReadLimits, ReadResult, read_error
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
    text = nfc(text).replace("\u00a0", " ").replace("\t", " ")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


class _Walker:
    def __init__(self, resolver: NumberingResolver, style_names: dict[str, str]) -> None:
        self.resolver = resolver
        self.style_names = style_names
        self.table_count = 0
        self.blocks: list[Block] = []
        # The level of the last Word bullet of the list being read, by glyph order ("-"/"•" or "+"):
        # a bullet typed by hand in that list stands at the same level (a typed label has none).
        self.bullet_levels: dict[int, int] = {}

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
            if kind == "bullet":
                self.bullet_levels[bullet_order(label)] = level
        else:
            label, kind, text = split_label(text)
            level = self.bullet_levels.get(bullet_order(label), 0) if kind == "bullet" else 0
            if not label:
                self.bullet_levels = {}  # a paragraph outside any list ends it
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


_CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_PKG_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"


def _parts_direct(archive_: zipfile.ZipFile) -> tuple[Any, Any | None, Any] | None:
    """The body, numbering and styles parts parsed straight from the zip with python-docx's own parser
    settings (blank text removed, no entities), without python-docx's object model; None when the
    package is anything but a plain Word document (python-docx then reads it, with its own errors).

    python-docx parses every part into its element classes (theme, settings, fonts…); reading only the
    three parts the reader uses, as plain lxml elements, gives the same elements several times faster.
    """
    from lxml import etree

    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False)
    names = set(archive_.namelist())
    if (
        not {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels"}
        <= names
    ):
        return None
    types = etree.fromstring(archive_.read("[Content_Types].xml"), parser)
    main = [
        o.get("ContentType")
        for o in types.iter(_CT_NS + "Override")
        if o.get("PartName") == "/word/document.xml"
    ]
    if main != [_CT_MAIN]:
        return None
    root_rels = etree.fromstring(archive_.read("_rels/.rels"), parser)
    office = [r.get("Target") for r in root_rels if r.get("Type") == _RT + "officeDocument"]
    if [t.lstrip("/") for t in office if t] != ["word/document.xml"]:
        return None
    targets: dict[str, list[str]] = {}
    for rel in etree.fromstring(archive_.read("word/_rels/document.xml.rels"), parser):
        if rel.tag == _PKG_RELS + "Relationship" and rel.get("TargetMode") != "External":
            target = str(rel.get("Target") or "")
            path = target.lstrip("/") if target.startswith("/") else "word/" + target
            targets.setdefault(str(rel.get("Type")), []).append(path)
    styles = targets.get(_RT + "styles", [])
    numbering = targets.get(_RT + "numbering", [])
    if (
        len(styles) != 1
        or styles[0] not in names
        or len(numbering) > 1
        or (numbering and numbering[0] not in names)
    ):
        return None  # python-docx makes up default styles for a file without any; let it
    body = etree.fromstring(archive_.read("word/document.xml"), parser).find(W + "body")
    if body is None:
        return None
    numbering_el = etree.fromstring(archive_.read(numbering[0]), parser) if numbering else None
    return body, numbering_el, etree.fromstring(archive_.read(styles[0]), parser)


def _parts_python_docx(data: bytes, name: str) -> tuple[Any, Any | None, Any]:
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
    return document.element.body, numbering_el, document.styles.element


def read_docx(data: bytes, name: str, limits: ReadLimits) -> ReadResult:
    """Read .docx bytes into blocks, numbering resolved."""
    archive_ = check_zip(data, name, limits, required="word/document.xml")
    try:
        parts = _parts_direct(archive_)
    except Exception:  # anything odd: python-docx reads the file and reports its own error
        parts = None
    finally:
        archive_.close()
    body, numbering_el, styles_el = parts if parts is not None else _parts_python_docx(data, name)
    style_names = {}
    for s in styles_el.findall(W + "style"):
        style_name = s.find(W + "name")
        if style_name is not None:
            style_names[str(s.get(W + "styleId"))] = str(style_name.get(W + "val"))
    walker = _Walker(NumberingResolver(numbering_el, styles_el), style_names)
    walker.body(body)
    if not walker.blocks:
        raise read_error(name, "the document has no text", "văn bản không có nội dung chữ.")
    return ReadResult(name=name, format="docx", blocks=tuple(walker.blocks))
