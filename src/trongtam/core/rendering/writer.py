"""Lay an ``OfficialDocument`` out as .docx with python-docx, following a format ``Profile``.

The header is a borderless two-column table (issuer left, Quốc hiệu or "ĐẢNG CỘNG SẢN VIỆT NAM" right), as
offices lay it out; the closing is another (Nơi nhận left, signature right). Page numbers sit centred in the
top margin from page 2 on (a different first-page header holding nothing).
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph

from trongtam.core.rendering.model import Appendix, Block, Heading, Image, OfficialDocument, Paragraph, Table
from trongtam.core.rendering.profile import Profile, Style, load_profile
from trongtam.core.rendering.vnformat import date_line
from trongtam.core.text.roman import to_roman

__all__ = ["HeaderText", "header_text", "write_body", "write_docx"]

_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}
_BLANK = "……………………"
# Left plus right cell padding of a table cell, in cm (Word's default 0.19 cm each side).
_CELL_PAD = 0.38


class _Container(Protocol):
    def add_paragraph(self, text: str = ..., style: Any = ...) -> DocxParagraph: ...

    def add_table(self, rows: int, cols: int) -> Any: ...


@cache
def _font_file(bold: bool, italic: bool) -> str | None:
    suffix = {
        (False, False): "Regular",
        (True, False): "Bold",
        (False, True): "Italic",
        (True, True): "BoldItalic",
    }
    for folder in ("liberation2", "liberation"):
        path = Path(f"/usr/share/fonts/truetype/{folder}/LiberationSerif-{suffix[(bold, italic)]}.ttf")
        if path.is_file():
            return str(path)
    return None


def text_width_cm(text: str, style: Style) -> float:
    """Printed width of a line in Times New Roman, measured on Liberation Serif (same metrics) when present."""
    path = _font_file(style.bold, style.italic)
    if path:
        from PIL import ImageFont

        font = ImageFont.truetype(path, 100)
        return float(font.getlength(text)) / 100 * style.size / 72 * 2.54
    return len(text) * style.size * 0.6 / 72 * 2.54


# --- low-level helpers ----------------------------------------------------------------------------


def _set_run_font(run: Any, font: str, style: Style) -> None:
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), font)
    run.font.size = Pt(style.size)
    run.font.bold = style.bold
    run.font.italic = style.italic
    run.font.underline = style.underline or None


def _para(
    parent: _Container,
    text: str,
    style: Style,
    profile: Profile,
    *,
    align: str = "center",
    space_before: float = 0,
    space_after: float = 0,
    indent_cm: float | None = None,
    left_cm: float | None = None,
    hanging_cm: float | None = None,
    line_spacing: float = 1.0,
    bold: bool | None = None,
    italic: bool | None = None,
) -> DocxParagraph:
    p = parent.add_paragraph()
    if text:
        st = Style(
            style.size,
            style.bold if bold is None else bold,
            style.italic if italic is None else italic,
            style.underline,
        )
        _set_run_font(p.add_run(text), profile.font, st)
    pf = p.paragraph_format
    pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if align == "justify" else _ALIGN[align]
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    pf.line_spacing = line_spacing
    if indent_cm is not None:
        pf.first_line_indent = Cm(indent_cm)
    if left_cm is not None:
        pf.left_indent = Cm(left_cm)
    if hanging_cm is not None:
        pf.first_line_indent = Cm(-hanging_cm)
    return p


def _rule(parent: _Container, width_cm: float, space_cm: float) -> DocxParagraph:
    """A centred horizontal rule ``width_cm`` long: an empty tiny paragraph with a bottom border, indented."""
    p = parent.add_paragraph()
    pf = p.paragraph_format
    side = max((space_cm - width_cm) / 2, 0)
    pf.left_indent = Cm(side)
    pf.right_indent = Cm(side)
    pf.space_before = Pt(0)
    pf.space_after = Pt(2)
    pf.line_spacing = Pt(3)
    ppr = p._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(k), v)
    borders.append(bottom)
    ppr.append(borders)
    run = p.add_run("")
    run.font.size = Pt(2)
    return p


def _no_borders(table: Any) -> None:
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblpr.append(borders)


def _grid_borders(table: Any) -> None:
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        for k, v in (("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "000000")):
            el.set(qn(k), v)
        borders.append(el)
    tblpr.append(borders)


def _fixed_widths(table: Any, widths_cm: list[float]) -> None:
    table.autofit = False
    tblpr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)
    grid = table._tbl.tblGrid
    for col, w in zip(grid.findall(qn("w:gridCol")), widths_cm, strict=False):
        col.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm, strict=False):
            cell.width = Cm(w)


def _cant_split(row: Any) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _repeat_header(row: Any) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _first_paragraph(cell: _Cell) -> _Container:
    """Cells start with one empty paragraph; remove it so content starts at the top."""
    for p in list(cell.paragraphs):
        if not p.text:
            p._p.getparent().remove(p._p)
    return cell


def _page_field(paragraph: DocxParagraph, profile: Profile) -> None:
    run = paragraph.add_run()
    _set_run_font(run, profile.font, profile.style("page_number"))
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, None), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
        elif text:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = " PAGE "
            run._r.append(instr)
        else:
            t = OxmlElement("w:t")
            t.text = "2"
            run._r.append(t)


def _setup_section(section: Any, profile: Profile, *, landscape: bool, first_page_blank: bool) -> None:
    w, h = Mm(profile.page_width_mm), Mm(profile.page_height_mm)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (h, w) if landscape else (w, h)
    section.top_margin = Mm(profile.top_mm)
    section.bottom_margin = Mm(profile.bottom_mm)
    section.left_margin = Mm(profile.left_mm)
    section.right_margin = Mm(profile.right_mm)
    section.header_distance = Mm(8)
    section.footer_distance = Mm(8)
    section.different_first_page_header_footer = first_page_blank


def _page_numbers(section: Any, profile: Profile) -> None:
    header = section.header
    header.is_linked_to_previous = False
    p = header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(p, profile)
    first = section.first_page_header
    first.is_linked_to_previous = False


def _base_styles(doc: Any, profile: Profile) -> None:
    normal = doc.styles["Normal"]
    normal.font.name = profile.font
    normal.font.size = Pt(profile.style("body").size)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), profile.font)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    doc.core_properties.language = "vi-VN"


# --- header and closing texts ------------------------------------------------------------------------


class HeaderText:
    """Every header and closing string of a document, as printed; the docxtpl context is built from it."""

    def __init__(self, d: OfficialDocument, profile: Profile) -> None:
        iss = d.issuance
        lh = iss.letterhead
        self.parent_issuer = (lh.parent_issuer or "").upper()
        self.issuer = (lh.issuer or "").upper() or _BLANK
        self.number_line = profile.format_number(iss.number, lh.symbol or "……")
        self.secrecy = iss.secrecy.upper()
        self.date_line = date_line(lh.place, iss.issued_on)
        self.national_title = profile.national_title
        self.motto = profile.motto
        self.party_title = profile.party_title
        self.doc_type = (d.doc_type or "").upper()
        subject = d.subject.strip()
        self.letter_subject = (profile.subject_prefix + subject) if d.is_letter and subject else ""
        initial = subject[:1].lower() if profile.subject_initial == "lower" else subject[:1].upper()
        self.subject = "" if d.is_letter else initial + subject[1:]
        self.recipients = tuple(d.recipients)
        self.distribution_label = "Nơi nhận:"
        items = [f"- {r};" for r in iss.distribution]
        # State: "- Lưu: VT, VP." ; Party: "- Lưu Văn phòng Huyện ủy."
        joiner = ", " if profile.kind == "state" else " "
        archive = profile.archive_line + (joiner + iss.archive if iss.archive else "")
        items.append(f"- {archive}.")
        self.distribution = tuple(items)
        sig = iss.signature
        self.authority = tuple(profile.authority(a).upper() for a in sig.authority)
        self.signer_title = (sig.title or "").upper()
        self.signer_name = sig.name or ""

    @property
    def recipients_lines(self) -> list[str]:
        """The Kính gửi lines: one recipient on the same line, several as "- …;" lines ending ".".

        Used by templates; the python-docx layout indents the list itself.
        """
        if not self.recipients:
            return []
        if len(self.recipients) == 1:
            return [f"Kính gửi: {self.recipients[0]}."]
        n = len(self.recipients)
        return ["Kính gửi:"] + [f"- {r}{'.' if i == n - 1 else ';'}" for i, r in enumerate(self.recipients)]

    def context(self) -> dict[str, Any]:
        """The docxtpl context (strings and lists of strings)."""
        ctx = dict(vars(self))
        ctx["recipients_lines"] = self.recipients_lines
        return ctx

    def as_tags(self, *, letter: bool) -> HeaderText:
        """A copy whose strings are Jinja tags, to write a docxtpl template in this layout."""
        tags = object.__new__(HeaderText)
        tags.__dict__.update(self.__dict__)
        for name in ("parent_issuer", "issuer", "number_line", "date_line", "signer_title", "signer_name"):
            setattr(tags, name, "{{ %s }}" % name)  # noqa: UP031 - Jinja braces would need doubling in f-strings.
        tags.letter_subject = "{{ letter_subject }}" if letter else ""
        tags.doc_type = "" if letter else "{{ doc_type }}"
        tags.subject = "" if letter else "{{ subject }}"
        tags.recipients = ()
        tags.distribution = ("{%p for x in distribution %}", "{{ x }}", "{%p endfor %}")
        tags.authority = ("{%p for a in authority %}", "{{ a }}", "{%p endfor %}")
        return tags


def header_text(d: OfficialDocument) -> HeaderText:
    """The printed header and closing strings of a document under its profile."""
    return HeaderText(d, load_profile(d.issuance.profile))


def _letterhead(doc: Any, d: OfficialDocument, profile: Profile, ht: HeaderText) -> None:
    table = doc.add_table(rows=2, cols=2)
    _no_borders(table)
    left_col, right_col = profile.header_columns_cm
    _fixed_widths(table, [left_col, right_col])
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    left = _first_paragraph(table.cell(0, 0))
    right = _first_paragraph(table.cell(0, 1))
    lspace, rspace = left_col - _CELL_PAD, right_col - _CELL_PAD
    if ht.parent_issuer == "{{ parent_issuer }}":
        # In a template the superior's line is printed only when the document has one.
        for line in ("{%p if parent_issuer %}", ht.parent_issuer, "{%p endif %}"):
            _para(left, line, profile.style("parent_issuer"), profile)
    elif ht.parent_issuer:
        _para(left, ht.parent_issuer, profile.style("parent_issuer"), profile)
    issuer_style = profile.style("issuer")
    _para(left, ht.issuer, issuer_style, profile)
    if profile.issuer_star:
        _para(left, "*", Style(profile.style("issuer").size), profile)
    elif profile.issuer_rule:
        longest = max(text_width_cm(line, issuer_style) for line in ht.issuer.split("\n"))
        _rule(left, min(longest, lspace) * 0.45, lspace)
    if ht.party_title:
        _para(right, ht.party_title, profile.style("party_title"), profile)
        _rule(right, text_width_cm(ht.party_title, profile.style("party_title")), rspace)
    else:
        nt = profile.style("national_title")
        if text_width_cm(ht.national_title, nt) > rspace:
            nt = Style(12, nt.bold, nt.italic)  # 12–13 pt is allowed; 12 keeps it on one line.
        _para(right, ht.national_title, nt, profile)
        ms = profile.style("motto")
        _para(right, ht.motto, ms, profile)
        _rule(right, text_width_cm(ht.motto, ms), rspace)
    left2 = _first_paragraph(table.cell(1, 0))
    right2 = _first_paragraph(table.cell(1, 1))
    _para(left2, ht.number_line, profile.style("number"), profile, space_before=4)
    if ht.secrecy:
        # The secrecy stamp: under the number and symbol, left, in bold capitals (box 10a of NĐ 30/2020).
        _para(
            left2, ht.secrecy, Style(13, True, False), profile, space_before=6
        ).paragraph_format.keep_with_next = True
    if ht.letter_subject:
        _para(left2, ht.letter_subject, profile.style("letter_subject"), profile, space_before=6)
    _para(right2, ht.date_line, profile.style("date_line"), profile, space_before=4)
    if ht.doc_type:
        _para(doc, "", profile.style("body"), profile, space_after=6)
        _para(doc, ht.doc_type, profile.style("doc_type"), profile, space_before=6)
        if ht.subject:
            ss = profile.style("subject")
            _para(doc, ht.subject, ss, profile)
            _rule(doc, min(text_width_cm(ht.subject, ss), 16.5) * 0.4, 16.5)
    if ht.recipients:
        rs = profile.style("recipients")
        if len(ht.recipients) == 1:
            _para(doc, f"Kính gửi: {ht.recipients[0]}.", rs, profile, space_before=12, space_after=6)
        else:
            _para(doc, "Kính gửi:", rs, profile, align="left", left_cm=3.0, space_before=12)
            for i, r in enumerate(ht.recipients):
                end = "." if i == len(ht.recipients) - 1 else ";"
                _para(doc, f"- {r}{end}", rs, profile, align="left", left_cm=5.0, space_after=0)
            _para(doc, "", rs, profile, space_after=6)
    else:
        _para(doc, "", profile.style("body"), profile, space_after=6)
    for i, b in enumerate(d.basis):
        end = "." if i == len(d.basis) - 1 else ";"
        _para(
            doc,
            b.rstrip(";.") + end,
            profile.style("basis"),
            profile,
            align="justify",
            indent_cm=profile.first_line_indent_cm,
            space_after=profile.space_after_pt,
        )


def _closing(doc: Any, profile: Profile, ht: HeaderText) -> None:
    table = doc.add_table(rows=1, cols=2)
    _no_borders(table)
    _fixed_widths(table, [7.8, 8.7])
    # The Nơi nhận and the signature stay on one page, and with the last body paragraph.
    _cant_split(table.rows[0])
    body_paras = doc.paragraphs
    if body_paras:
        body_paras[-1].paragraph_format.keep_with_next = True
    left = _first_paragraph(table.cell(0, 0))
    right = _first_paragraph(table.cell(0, 1))
    _para(
        left,
        ht.distribution_label,
        profile.style("distribution_label"),
        profile,
        align="left",
        space_before=6,
    )
    for item in ht.distribution:
        _para(left, item, profile.style("distribution"), profile, align="left", left_cm=0.3, hanging_cm=0.3)
    auth = profile.style("authority")
    for i, line in enumerate(ht.authority):
        _para(right, line, auth, profile, space_before=6 if i == 0 else 0)
    _para(right, ht.signer_title, auth, profile, space_before=0 if ht.authority else 6)
    for _ in range(4):
        _para(right, "", auth, profile)
    _para(right, ht.signer_name or "", profile.style("signer"), profile)


# --- body blocks --------------------------------------------------------------------------------------


def _table(parent: _Container, t: Table, profile: Profile, width_cm: float) -> None:
    ncols = len(t.headers)
    table = parent.add_table(rows=1 + len(t.rows), cols=ncols)
    _grid_borders(table)
    widths = list(t.widths_cm) if len(t.widths_cm) == ncols else [width_cm / ncols] * ncols
    scale = width_cm / sum(widths) if sum(widths) > width_cm else 1.0
    _fixed_widths(table, [w * scale for w in widths])
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hs, cs = profile.style("table_header"), profile.style("table")
    for j, text in enumerate(t.headers):
        cell = _first_paragraph(table.cell(0, j))
        _para(cell, text, hs, profile, space_before=2, space_after=2)
    _repeat_header(table.rows[0])
    for r in table.rows:
        _cant_split(r)
    for i, row in enumerate(t.rows, start=1):
        bold = (i - 1) in t.bold_rows
        for j in range(ncols):
            text = row[j] if j < len(row) else ""
            cell = _first_paragraph(table.cell(i, j))
            align = t.align[j] if j < len(t.align) else "left"
            for k, line in enumerate(text.split("\n")):
                _para(
                    cell,
                    line,
                    cs,
                    profile,
                    align=align,
                    space_before=2 if k == 0 else 0,
                    space_after=2,
                    bold=True if bold else None,
                )


def write_body(
    parent: _Container, blocks: tuple[Block, ...], profile: Profile, width_cm: float = 16.5
) -> None:
    """Write body blocks into a document, a table cell or a docxtpl subdocument."""
    body = profile.style("body")
    indent = profile.first_line_indent_cm
    after = profile.space_after_pt
    ls = profile.line_spacing
    for b in blocks:
        if isinstance(b, Heading):
            text = f"{b.number} {b.text}".strip() if b.number else b.text
            p = _para(
                parent,
                text,
                profile.style("heading"),
                profile,
                align="center" if b.center else "justify",
                indent_cm=0 if b.center else indent,
                space_before=6,
                space_after=after,
                line_spacing=ls,
            )
            p.paragraph_format.keep_with_next = True
        elif isinstance(b, Paragraph):
            lead = b.number or b.bullet
            text = f"{lead} {b.text}" if lead else b.text
            _para(
                parent,
                text,
                body,
                profile,
                align="justify",
                indent_cm=indent if b.indent else 0,
                space_after=after,
                line_spacing=ls,
                bold=b.bold or None,
                italic=b.italic or None,
            )
        elif isinstance(b, Table):
            _table(parent, b, profile, width_cm)
            _para(parent, "", body, profile, space_after=after)
        elif isinstance(b, Image):
            p = _para(parent, "", body, profile, space_before=6, space_after=4)
            p.add_run().add_picture(io.BytesIO(b.png), width=Cm(min(b.width_cm, width_cm)))
            if b.caption:
                _para(parent, b.caption, Style(body.size - 1, italic=True), profile, space_after=after)


def _appendix(doc: Any, a: Appendix, index: int, count: int, profile: Profile) -> None:
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    _setup_section(section, profile, landscape=a.landscape, first_page_blank=False)
    width = (
        (profile.page_height_mm if a.landscape else profile.page_width_mm)
        - profile.left_mm
        - profile.right_mm
    ) / 10
    label = "Phụ lục" if count == 1 else f"Phụ lục {to_roman(index + 1)}"
    _para(doc, label, profile.style("appendix_label"), profile)
    _para(doc, a.title.upper(), profile.style("appendix_title"), profile)
    if a.subtitle:
        _para(doc, a.subtitle, Style(profile.style("body").size, italic=True), profile)
    _rule(doc, 4.0, width)
    _para(doc, "", profile.style("body"), profile, space_after=4)
    write_body(doc, a.blocks, profile, width)


def write_docx(d: OfficialDocument, *, template_tags: bool = False) -> bytes:
    """Render an official document to .docx bytes in its profile's layout (or, with ``template_tags``, a
    docxtpl template in that layout)."""
    profile = load_profile(d.issuance.profile)
    doc = new_docx()
    _base_styles(doc, profile)
    section = doc.sections[0]
    _setup_section(section, profile, landscape=False, first_page_blank=True)
    _page_numbers(section, profile)
    # python-docx's default body starts with no paragraph; the header table comes first.
    ht = HeaderText(d, profile)
    if template_tags:
        ht = ht.as_tags(letter=d.is_letter)
    _letterhead(doc, d, profile, ht)
    if template_tags:
        rs = profile.style("recipients")
        for line in ("{%p for r in recipients_lines %}", "{{ r }}", "{%p endfor %}"):
            _para(doc, line, rs, profile, space_after=6)
        _para(doc, "{{p body }}", profile.style("body"), profile, align="justify")
    else:
        write_body(doc, d.body, profile)
    _closing(doc, profile, ht)
    if template_tags:
        _para(doc, "{{p appendices }}", profile.style("body"), profile)
    for i, a in enumerate(d.appendices):
        _appendix(doc, a, i, len(d.appendices), profile)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def page_break(doc: Any) -> None:
    """A hard page break (used in template mode, where appendices cannot open a new section)."""
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
