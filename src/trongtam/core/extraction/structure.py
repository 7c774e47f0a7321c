"""From read blocks to a Document: header, preamble, sections, tasks and sub-items, closing.

Real files are untidy: list numbers turned into dashes, paragraphs split by page breaks, header
tables lost. The rules here work on the shape of official Vietnamese documents (Nghị định
30/2020 and the Party's HD 36), not on any one file; each repair is reported as a warning.
"""

from __future__ import annotations

import calendar
import dataclasses
import os
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Literal

from trongtam.core.document import (
    Closing,
    Document,
    Header,
    Kind,
    Section,
    Signature,
    Target,
    Task,
)
from trongtam.core.reading import ReadLimits, ReadResult, read_file
from trongtam.core.reading.labels import label_depth, label_value
from trongtam.core.reading.model import Block
from trongtam.core.text.normalize import match_key, nfc

# ---------------------------------------------------------------------------------------------
# Lexicon (data, not conditions)

NATIONAL_LINES = (
    "cộng hòa xã hội chủ nghĩa việt nam",
    "độc lập - tự do - hạnh phúc",
    "độc lập – tự do – hạnh phúc",
    "độc lập-tự do-hạnh phúc",
    "đảng cộng sản việt nam",
)
DOC_TYPES = (
    "KẾ HOẠCH",
    "BÁO CÁO",
    "QUYẾT ĐỊNH",
    "NGHỊ QUYẾT",
    "THÔNG BÁO",
    "CHƯƠNG TRÌNH",
    "TỜ TRÌNH",
    "CÔNG VĂN",
    "HƯỚNG DẪN",
    "CHỈ THỊ",
    "KẾT LUẬN",
    "QUY ĐỊNH",
    "QUY CHẾ",
    "ĐỀ ÁN",
    "PHƯƠNG ÁN",
    "BIÊN BẢN",
    "BẢN ĐĂNG KÝ",
    "ĐĂNG KÝ",
    "DANH MỤC",
    "PHỤ LỤC",
)
PLACE_LEVEL_WORDS = ("HUYỆN", "TỈNH", "XÃ", "PHƯỜNG", "THỊ TRẤN", "THÀNH PHỐ", "QUẬN", "THỊ XÃ")
PARTY_ORGS = ("HUYỆN ỦY", "TỈNH ỦY", "THÀNH ỦY", "QUẬN ỦY", "THỊ ỦY", "ĐẢNG ỦY")
REPORT_WORDS = ("kết quả thực hiện", "báo cáo kết quả", "tình hình thực hiện", "sơ kết", "tổng kết")
CLOSING_REMARK = re.compile(r"^(?:Trên đây là|Trên đây|Kính đề nghị|Rất mong|Đề nghị các)\b")
RECIPIENTS_HEAD = re.compile(r"^(?:Nơi nhận|Nơi gửi)\s*:?\s*", re.IGNORECASE)
AUTHORITY = re.compile(r"^(?:(?:TM|KT|Q|TL|TUQ)\.\s*\S|(?:T/M|K/T|T/L|T\.M|K\.T|T\.L)\s+\S)")
SIGN_NOTE = re.compile(r"^\((?:đã ký|ký|Đã ký|Ký)[^)]*\)$")
SUBJECT_HEAD = re.compile(r"^(?:V/v|V/V|Về việc|về việc|Vv)\b[:.]?\s*")
NUMBER_LINE = re.compile(r"^Số\s*:?\s*(?P<rest>[^\n]*)$")
PLACE_DATE = re.compile(
    r"^(?P<place>[^\d,\n]{2,50}?)\s*,\s*ngày\s*(?P<d>\d{1,2})?\s*tháng\s*(?P<m>\d{1,2})?\s*năm\s*(?P<y>\d{4})?",
    re.IGNORECASE,
)
RECIPIENT_HEAD = re.compile(r"^Kính\s+gửi\s*:?\s*", re.IGNORECASE)
SECTION_WORDS = re.compile(r"^(?:LĨNH VỰC|PHẦN|Phần|MỤC|NHIỆM VỤ|NHÓM)\b")

# Per-task details.
UNIT_STOP = r"[^;\n.]"
LEAD_PATTERNS = (
    re.compile(rf"(?:Cơ quan|Đơn vị|cơ quan|đơn vị)\s+chủ trì(?:\s+thực hiện)?\s*:\s*({UNIT_STOP}+)"),
    re.compile(rf"(?:^|[;.(]\s*|\s)[Cc]hủ trì(?:\s+thực hiện)?\s*:\s*({UNIT_STOP}+)"),
    re.compile(r"\b[Gg]iao\s+(?:cho\s+)?([^,;.\n]{2,80}?)\s+chủ trì\b"),
    re.compile(r"(?:^|[;.(]\s*)([A-ZĐ][^,;.\n]{1,60}?)\s+chủ trì,?\s+phối hợp"),
)
COORD_PATTERNS = (
    re.compile(rf"(?:Cơ quan|Đơn vị|cơ quan|đơn vị)\s+phối hợp(?:\s+thực hiện)?\s*:\s*({UNIT_STOP}+)"),
    re.compile(rf"(?:^|[;.(]\s*|\s)[Pp]hối hợp(?:\s+thực hiện)?\s*:\s*({UNIT_STOP}+)"),
    re.compile(r"chủ trì,?\s+phối hợp\s+(?:với\s+)?([^;.\n]{2,120})"),
)
PLACE_KINDS = re.compile(r"\b(xã|Xã|XÃ|thị trấn|Thị trấn|Thị Trấn|THỊ TRẤN|phường|Phường|PHƯỜNG)\s+")
PLACE_STOP_WORDS = {"thị", "xã", "phường", "huyện", "tỉnh", "thôn", "khu", "cụm", "lễ", "công", "ban", "ubnd"}

QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
DEADLINE_PATTERNS: tuple[tuple[int, re.Pattern[str], str], ...] = (
    (
        0,
        re.compile(
            r"(?:trước|chậm nhất(?: là| vào)?|hạn chót|xong trước)\s+(?:ngày\s+)?(\d{1,2})/(\d{1,2})/(\d{4})",
            re.IGNORECASE,
        ),
        "before_date",
    ),
    (0, re.compile(r"(?:trước)\s+tháng\s+(\d{1,2})\s*/\s*(\d{4})", re.IGNORECASE), "before_month"),
    (
        1,
        re.compile(
            r"(?:(?:đến|trong|hết|cuối)\s+)?tháng\s+(\d{1,2})\s*(?:/|-|năm\s+)\s*(\d{4})", re.IGNORECASE
        ),
        "month",
    ),
    (
        1,
        re.compile(
            r"(?:(?:trong|hết|cuối)\s+)?[Qq]uý\s+(IV|III|II|I|[1-4])\s*(?:/|-|năm\s+)\s*(\d{4})",
            re.IGNORECASE,
        ),
        "quarter",
    ),
    (2, re.compile(r"(?:6|sáu)\s+tháng\s+(?:đầu\s+)?năm\s+(\d{4})", re.IGNORECASE), "half"),
    (
        3,
        re.compile(r"(?:(?:đến|trong|hết|cuối)\s+)?(?:(?:hết|cuối)\s+)?năm\s+(\d{4})\b", re.IGNORECASE),
        "year",
    ),
)
YEAR_IN_TEXT = re.compile(r"\bnăm\s+(\d{4})\b", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------
# Public API


def read_document(
    source: str | os.PathLike[str] | bytes,
    *,
    name: str | None = None,
    kind: Literal["plan", "report"] | None = None,
    limits: ReadLimits | None = None,
) -> Document:
    """Read a .docx/.pdf/.txt/.md/.doc file (path or bytes) and return its structured Document.

    Raises a ReadError subclass (naming the file) when the file cannot be read.
    """
    result = read_file(source, name=name, limits=limits)
    return build_document(result, kind=kind)


def build_document(result: ReadResult, *, kind: Kind | None = None) -> Document:
    """Structure the blocks of a read file into a Document with tasks and their targets."""
    return _Builder(result, kind).build()


def structure_text(text: str, *, name: str = "văn bản", kind: Kind | None = None) -> Document:
    """Structure plain text (as if read from a .txt file) into a Document."""
    from trongtam.core.reading.plain import blocks_from_lines

    blocks = blocks_from_lines(nfc(text).replace("\r\n", "\n").split("\n"))
    return build_document(ReadResult(name=name, format="txt", blocks=tuple(blocks)), kind=kind)


# ---------------------------------------------------------------------------------------------
# Building


@dataclass
class _Item:
    block_index: int
    label: str
    rank: tuple[int, int, int]
    kind: str | None
    number: str = ""
    extra: list[int] = field(default_factory=list)
    children: list[_Item] = field(default_factory=list)


@dataclass
class _SectionDraft:
    number: str
    title: str
    heading_index: int | None
    items: list[_Item] = field(default_factory=list)
    intro: list[int] = field(default_factory=list)


class _Builder:
    def __init__(self, result: ReadResult, kind: Kind | None) -> None:
        self.result = result
        self.kind_arg = kind
        self.warnings: list[str] = list(result.warnings)
        self.blocks: list[Block] = _flatten_task_tables(list(result.blocks), self.warnings)
        self.numbered_sections = False

    # -- top level ---------------------------------------------------------------------------
    def build(self) -> Document:
        header, header_end = self._header()
        body = self.blocks[header_end:]
        self.numbered_sections = not any(b.list_kind == "roman" for b in body) and any(
            b.list_kind == "number"
            and label_depth(b.label) == 1
            and b.text.strip() == b.text.strip().upper()
            and sum(ch.isalpha() for ch in b.text) >= 4
            for b in body
        )
        body_start = self._body_start(header_end)
        closing_start = self._closing_start(body_start if body_start is not None else header_end)
        if body_start is not None:
            closing_start = self._merge_continuations(body_start, closing_start)
        text, spans = self._text()
        # Without any list, every paragraph becomes a task, so nothing is left for a preamble.
        preamble_end = body_start if body_start is not None else header_end
        preamble = "\n".join(self.blocks[i].line for i in range(header_end, preamble_end))
        lead_in = preamble or "\n".join(b.line for b in self.blocks[header_end : header_end + 3])
        kind = self.kind_arg or self._guess_kind(header, lead_in)
        period = self._period(header, lead_in, kind)
        drafts = self._sections(body_start, closing_start) if body_start is not None else []
        if body_start is None:
            drafts = self._fallback_sections(header_end, closing_start)
        finder = _target_finder(self.warnings)
        min_year = header.issued_on.year if header.issued_on else (int(period) - 1 if period else None)
        sections = tuple(
            self._section(d, text, spans, kind, period, finder, min_year)
            for d in drafts
            if d.items or d.title
        )
        closing = self._closing(closing_start)
        preamble_targets: tuple[Target, ...] = ()
        if finder is not None and header_end < preamble_end:
            p_start, p_end = spans[header_end][0], spans[preamble_end - 1][2]
            preamble_targets = tuple(
                dataclasses.replace(t, start=t.start + p_start, end=t.end + p_start)
                for t in finder(text[p_start:p_end], kind, period)
            )
            if preamble_targets:
                self.warnings.append(
                    f"Phần mở đầu có {len(preamble_targets)} số liệu/chỉ tiêu không thuộc nhiệm vụ nào; cần xem lại."
                )
        return Document(
            source_name=self.result.name,
            text=text,
            kind=kind,
            header=header,
            preamble=preamble,
            sections=sections,
            closing=closing,
            period=period,
            warnings=tuple(dict.fromkeys(self.warnings)),
            preamble_targets=preamble_targets,
        )

    # -- header ------------------------------------------------------------------------------
    def _header(self) -> tuple[Header, int]:
        issuer_lines: list[str] = []
        number = symbol = place = doc_type = subject = None
        issued_on: date | None = None
        recipients: list[str] = []
        end = 0
        after_type = False
        in_recipients = False
        limit = min(len(self.blocks), 25)
        i = 0
        while i < limit:
            block = self.blocks[i]
            lines = [ln.strip() for ln in block.line.split("\n") if ln.strip()]
            consumed = True
            if in_recipients and block.list_kind == "bullet" and not block.text.startswith("Căn cứ"):
                recipients.append(_strip_item(block.text))
                in_recipients = not block.text.rstrip().endswith(".")
                end = i + 1
                i += 1
                continue
            in_recipients = False
            if block.list_kind in ("roman", "number", "letter"):
                break  # a numbered item is body, whatever its case
            j = 0
            while j < len(lines):
                line = lines[j]
                key = match_key(line)
                m_num = NUMBER_LINE.match(line)
                m_date = PLACE_DATE.match(line)
                if j + 1 < len(lines) and match_key(f"{line} {lines[j + 1]}") in NATIONAL_LINES:
                    j += 2  # "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" / "NAM" wrapped in a narrow column
                    continue
                if (
                    key.strip("*-– ") == ""
                    or key in NATIONAL_LINES
                    or key.replace(" ", "") in {k.replace(" ", "") for k in NATIONAL_LINES}
                ):
                    pass
                elif m_num and number is None and symbol is None and len(line) < 60:
                    number, symbol = _number_symbol(m_num.group("rest"))
                elif m_date and place is None:
                    place = m_date.group("place").strip()
                    issued_on = _safe_date(m_date.group("y"), m_date.group("m"), m_date.group("d"))
                elif SUBJECT_HEAD.match(line) and subject is None:
                    parts = [SUBJECT_HEAD.sub("", line, count=1)]
                    while j + 1 < len(lines) and not _header_marker(lines[j + 1]):
                        j += 1
                        parts.append(lines[j])
                    subject = _join_words(parts)
                elif RECIPIENT_HEAD.match(line):
                    rest = RECIPIENT_HEAD.sub("", line, count=1).strip()
                    more = [rest] if rest else []
                    more += lines[j + 1 :]
                    j = len(lines)
                    for r in more:
                        r = _strip_item(r)
                        if r:
                            recipients.append(r)
                    in_recipients = not recipients or not more[-1].rstrip().endswith(".")
                elif doc_type is None and _is_doc_type(line):
                    doc_type = line
                    after_type = True
                    j += 1
                    if j < len(lines) and _looks_like_subject(lines[j], block):
                        cut = _subject_end(lines, j)
                        subject = _join_words(lines[j:cut])
                        after_type = False
                        j = cut
                    if j < len(lines):
                        self._split_block(i, lines[j:])
                        consumed = False
                    break
                elif after_type and subject is None and _looks_like_subject(line, block):
                    cut = _subject_end(lines, j)
                    subject = _join_words(lines[j:cut])
                    after_type = False
                    if cut < len(lines):
                        self._split_block(i, lines[cut:])
                        consumed = False
                    break
                elif _is_issuer_line(line) and place is None and doc_type is None and subject is None:
                    issuer_lines.append(line)
                else:
                    consumed = False
                    break
                j += 1
            if not consumed:
                if self.blocks[i] is not block:
                    end = i  # the block was split: its first lines were header, the rest starts the body
                break
            end = i + 1
            i += 1
        issuer, parent = _split_issuer(issuer_lines)
        header = Header(
            issuer=issuer,
            parent_issuer=parent,
            number=number,
            symbol=symbol,
            place=place,
            issued_on=issued_on,
            doc_type=doc_type,
            subject=subject,
            recipients=tuple(recipients),
        )
        return header, end

    def _split_block(self, i: int, rest: list[str]) -> None:
        """Keep only ``rest`` of block ``i`` (its first lines were consumed by the header)."""
        from trongtam.core.reading.labels import split_label

        label, kind, text = split_label("\n".join(rest))
        self.blocks[i] = dataclasses.replace(self.blocks[i], text=text, label=label, list_kind=kind)

    # -- zones -------------------------------------------------------------------------------
    def _is_section(self, b: Block) -> bool:
        if b.list_kind == "roman":
            return True
        t = b.text.strip()
        upper = t == t.upper() and sum(ch.isalpha() for ch in t) >= 4 and len(t) <= 160
        if b.label:
            # Without any "I., II." heading, "1. LĨNH VỰC KINH TẾ" in capitals is the field heading.
            return self.numbered_sections and b.list_kind == "number" and label_depth(b.label) == 1 and upper
        if b.heading_level in (1, 2) and len(t) <= 160 and not t.endswith((".", ";", ":")):
            return True  # a Word "Heading 1/2" (or markdown "#", "##") line without a number
        return upper and (b.bold or b.heading_level is not None or bool(SECTION_WORDS.match(t)))

    def _is_closing(self, b: Block) -> bool:
        t = b.line.strip()
        return bool(
            (RECIPIENTS_HEAD.match(t) and len(t) < 400)
            or AUTHORITY.match(t)
            or (not b.label and CLOSING_REMARK.match(t))
        )

    def _body_start(self, start: int) -> int | None:
        for i in range(start, len(self.blocks)):
            b = self.blocks[i]
            if self._is_closing(b):
                return None
            if self._is_section(b) or (b.label and b.list_kind in ("number", "bullet", "letter")):
                return i
        return None

    def _closing_start(self, start: int) -> int:
        for i in range(start, len(self.blocks)):
            if self._is_closing(self.blocks[i]):
                return i
            if self.blocks[i].text.rstrip().endswith("./."):
                return i + 1  # "./." ends the body of an official document
        return len(self.blocks)

    def _merge_continuations(self, start: int, stop: int) -> int:
        """Join a paragraph that starts in lower case to the one before it (a page break split it)."""
        out = self.blocks[:start]
        joined = 0
        for i in range(start, stop):
            b = self.blocks[i]
            first = b.text[:1]
            prev = out[-1] if len(out) > start else None
            if (
                prev is not None
                and not b.label
                and first.islower()
                and not self._is_section(prev)
                and not prev.is_table_cell
                and not b.is_table_cell
            ):
                out[-1] = dataclasses.replace(prev, text=f"{prev.text.rstrip()} {b.text.lstrip()}")
                joined += 1
                snippet = prev.text.rstrip()[-25:]
                self.warnings.append(
                    f"Đã nối đoạn văn bị ngắt (có thể do ngắt trang): “…{snippet}” + “{b.text[:25]}…”."
                )
                continue
            out.append(b)
        out.extend(self.blocks[stop:])
        self.blocks = out
        return stop - joined

    def _text(self) -> tuple[str, list[tuple[int, int, int]]]:
        """Document.text and, per block, (line start, text start, end)."""
        parts: list[str] = []
        spans: list[tuple[int, int, int]] = []
        pos = 0
        for b in self.blocks:
            line = b.line
            text_start = pos + (len(b.label) + 1 if b.label else 0)
            spans.append((pos, text_start, pos + len(line)))
            parts.append(line)
            pos += len(line) + 1
        return "\n".join(parts), spans

    # -- sections and tasks --------------------------------------------------------------------
    def _sections(self, start: int, stop: int) -> list[_SectionDraft]:
        drafts: list[_SectionDraft] = []
        current: _SectionDraft | None = None
        stack: list[_Item] = []
        for i in range(start, stop):
            b = self.blocks[i]
            if self._is_section(b):
                current = _SectionDraft(_clean_number(b.label), b.text.strip(), i)
                drafts.append(current)
                stack = []
                continue
            if current is None:
                current = _SectionDraft("", "", None)
                drafts.append(current)
            if b.label:
                item = _Item(i, b.label, _rank(b), b.list_kind)
                while stack and stack[-1].rank >= item.rank:
                    stack.pop()
                if stack:
                    stack[-1].children.append(item)
                else:
                    current.items.append(item)
                stack.append(item)
            elif stack:
                stack[-1].extra.append(i)
            else:
                current.intro.append(i)
        if not any(d.heading_index is not None for d in drafts):
            self.warnings.append(
                "Không tìm thấy các phần/lĩnh vực (I., II., …); các nhiệm vụ được xếp vào một phần."
            )
        for d in drafts:
            if not d.items and d.intro:
                d.items = [_Item(i, "", (99, 0, 0), None) for i in d.intro]
                d.intro = []
                label = f"phần {d.number}" if d.number else "văn bản"
                self.warnings.append(
                    f"Không có danh sách đánh số trong {label}; mỗi đoạn văn được coi là một nhiệm vụ."
                )
            self._number_items(d)
        return drafts

    def _fallback_sections(self, start: int, stop: int) -> list[_SectionDraft]:
        items = [_Item(i, "", (99, 0, 0), None) for i in range(start, stop) if self.blocks[i].text.strip()]
        if not items:
            return []
        self.warnings.append(
            "Không tìm thấy phần hay danh sách nhiệm vụ; mỗi đoạn văn được coi là một nhiệm vụ."
        )
        d = _SectionDraft("", "", None, items)
        self._number_items(d)
        return [d]

    def _number_items(self, d: _SectionDraft) -> None:
        """Give every top-level item a number, renumbering dash items that stand for lost numbers."""
        items = d.items
        where = f"phần {d.number}" if d.number else "văn bản"
        lead = 0
        while lead < len(items) and items[lead].kind in ("bullet", None):
            lead += 1
        if lead and lead < len(items):
            first_number = label_value(items[lead].label)
            if first_number == lead + 1:
                self.warnings.append(
                    f"Trong {where}, {lead} mục gạch đầu dòng đứng trước mục {first_number} "
                    f"được hiểu là các nhiệm vụ 1–{lead} (đánh số lại)."
                )
            else:
                self.warnings.append(
                    f"Trong {where}, {lead} mục không đánh số đứng trước mục {items[lead].label}; "
                    "đã đánh số lại theo thứ tự."
                )
                lead = len(items)
        elif lead == len(items) and items and items[0].kind == "bullet" and len(items) > 1:
            self.warnings.append(
                f"Các nhiệm vụ trong {where} được đánh số lại 1–{lead} theo thứ tự gạch đầu dòng."
            )
        for pos, item in enumerate(items):
            if pos < lead:
                item.number = str(pos + 1)
            else:
                item.number = _clean_number(item.label) or str(pos + 1)
            _number_children(item)

    def _section(
        self,
        d: _SectionDraft,
        text: str,
        spans: list[tuple[int, int, int]],
        kind: Kind,
        period: str | None,
        finder: Callable[[str, Kind, str | None], list[Target]] | None,
        min_year: int | None,
    ) -> Section:
        def make(item: _Item) -> Task:
            first = spans[item.block_index]
            own = [item.block_index, *item.extra]
            start = first[1]
            end = spans[own[-1]][2]
            own_text = text[start:end]
            targets: tuple[Target, ...] = ()
            if finder is not None:
                targets = tuple(
                    dataclasses.replace(t, start=t.start + start, end=t.end + start)
                    for t in finder(own_text, kind, period)
                )
            children = tuple(make(c) for c in item.children)
            lead, coord = _units(own_text)
            deadline, deadline_date = _deadline(own_text, min_year)
            return Task(
                number=item.number,
                text=" ".join(own_text.split()),
                start=start,
                end=end,
                targets=targets,
                children=children,
                lead_units=lead,
                coordinating_units=coord,
                deadline=deadline,
                deadline_date=deadline_date,
                places=_places(own_text),
            )

        tasks = tuple(make(item) for item in d.items)
        if d.intro and finder is not None:
            # A section's lead-in rarely carries numbers; when it does, they must not be lost.
            intro = _Item(d.intro[0], "", (99, 0, 0), None, extra=d.intro[1:])
            lead_in = make(intro)
            if lead_in.targets:
                tasks = (lead_in, *tasks)
                where = f"phần {d.number}" if d.number else "văn bản"
                self.warnings.append(f"Đoạn mở đầu của {where} có chỉ tiêu; đã tách thành một mục không số.")
        if d.heading_index is not None:
            s_start = spans[d.heading_index][0]
        elif d.items:
            s_start = spans[d.items[0].block_index][0]
        else:
            s_start = 0
        s_end = max(
            [t.end for t in _walk(tasks)] + [spans[d.heading_index][2] if d.heading_index is not None else 0]
        )
        return Section(number=d.number, title=d.title, tasks=tasks, start=s_start, end=s_end)

    # -- closing -------------------------------------------------------------------------------
    def _closing(self, start: int) -> Closing:
        lines: list[str] = []
        for b in self.blocks[start:]:
            for ln in b.line.split("\n"):
                ln = ln.strip()
                if ln:
                    lines.append(ln)
        recipients: list[str] = []
        authority: list[str] = []
        titles: list[str] = []
        name: str | None = None
        mode = ""
        for ln in lines:
            if RECIPIENTS_HEAD.match(ln):
                mode = "recipients"
                rest = RECIPIENTS_HEAD.sub("", ln, count=1).strip()
                if rest:
                    recipients.append(_strip_item(rest))
                continue
            if AUTHORITY.match(ln):
                authority.append(ln)
                mode = "signature"
                continue
            if mode == "recipients" and ln[:1] in "-+•–":
                recipients.append(_strip_item(ln))
                continue
            if CLOSING_REMARK.match(ln) or SIGN_NOTE.match(ln):
                continue
            letters = [ch for ch in ln if ch.isalpha()]
            if letters and ln == ln.upper() and len(ln) < 80:
                titles.append(ln)
                mode = "signature"
                continue
            if (mode == "signature" or authority or titles) and _looks_like_name(ln):
                name = ln
                continue
        signature = None
        if authority or titles or name:
            signature = Signature(
                authority=tuple(authority), title=" ".join(titles) if titles else None, name=name
            )
        return Closing(recipients=tuple(r for r in recipients if r), signature=signature)

    # -- document-level facts ------------------------------------------------------------------
    def _guess_kind(self, header: Header, preamble: str) -> Kind:
        if header.doc_type and header.doc_type.upper().startswith("BÁO CÁO"):
            return "report"
        probe = match_key(f"{header.subject or ''} {preamble[:400]}")
        if any(w in probe for w in REPORT_WORDS) and "đăng ký" not in probe and "kế hoạch" not in probe[:40]:
            return "report"
        return "plan"

    def _period(self, header: Header, preamble: str, kind: Kind) -> str | None:
        for source in (f"{header.doc_type or ''} {header.subject or ''}", preamble):
            years: list[str] = [str(y) for y in YEAR_IN_TEXT.findall(source)]
            if years:
                counts = Counter(years)
                top = max(counts.values())
                return str(max(y for y, c in counts.items() if c == top))
        if header.issued_on is not None and kind == "report":
            return str(header.issued_on.year)
        return None


# ---------------------------------------------------------------------------------------------
# Task tables: "STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Phối hợp | Thời gian hoàn thành"

TABLE_COLUMNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("number", re.compile(r"^(?:stt|tt|số tt|số thứ tự)\.?$")),
    ("lead", re.compile(r"chủ trì")),
    ("coord", re.compile(r"phối hợp")),
    ("deadline", re.compile(r"thời gian|thời hạn|tiến độ|hoàn thành")),
    ("content", re.compile(r"nội dung|nhiệm vụ|tên|chỉ tiêu|giải pháp")),
)
TABLE_FIELD_NAMES = {
    "lead": "Cơ quan chủ trì",
    "coord": "Cơ quan phối hợp",
    "deadline": "Thời gian hoàn thành",
}


def _flatten_task_tables(blocks: list[Block], warnings: list[str]) -> list[Block]:
    """Turn each table whose header names a content column into one labelled block per row."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if not b.is_table_cell or b.table is None:
            out.append(b)
            i += 1
            continue
        j = i
        while j < len(blocks) and blocks[j].is_table_cell and blocks[j].table == b.table:
            j += 1
        rows: dict[int, dict[int, list[str]]] = {}
        for cell in blocks[i:j]:
            rows.setdefault(cell.row or 0, {}).setdefault(cell.col or 0, []).append(cell.line)
        converted = _table_rows(rows)
        if converted is None:
            out.extend(blocks[i:j])
        else:
            out.extend(converted)
            warnings.append(f"Đã đọc bảng nhiệm vụ ({len(converted)} dòng) theo các cột của bảng.")
        i = j
    return out


def _table_rows(rows: dict[int, dict[int, list[str]]]) -> list[Block] | None:
    if len(rows) < 2:
        return None
    header_row = min(rows)
    roles: dict[str, int] = {}
    for col, head_texts in rows[header_row].items():
        head = match_key(" ".join(head_texts))
        for role, pattern in TABLE_COLUMNS:
            if role not in roles and pattern.search(head):
                roles[role] = col
                break
    if "content" not in roles or len(roles) < 2:
        return None
    out: list[Block] = []
    for r in sorted(rows):
        if r == header_row:
            continue
        cells = rows[r]
        texts = {col: "\n".join(t for t in cells[col]).strip() for col in cells}
        if all(re.fullmatch(r"\(?\d{1,2}\)?", t or "1") for t in texts.values()):
            continue  # the "(1) (2) (3)" row under the header
        number = texts.get(roles.get("number", -1), "").strip().rstrip(".")
        content = texts.get(roles["content"], "")
        if len(cells) == 1 or (not content and texts):
            content = " ".join(t for t in texts.values() if t)
            number = ""
        if not content:
            continue
        from trongtam.core.reading.labels import split_label

        label, kind, rest = split_label(content)
        if number:
            label, kind, rest = split_label(f"{number}. {content}")
            if not label:
                label, kind, rest = number, "number", content
        extra = [
            f"{TABLE_FIELD_NAMES[role]}: {' '.join(texts[roles[role]].split())}"
            for role in ("lead", "coord", "deadline")
            if role in roles and texts.get(roles[role], "").strip()
        ]
        text = "\n".join([rest, *extra])
        out.append(Block(text=text, label=label, list_kind=kind, is_table_cell=True, row=r, bold=False))
    return out


# ---------------------------------------------------------------------------------------------
# Helpers


def _walk(tasks: Sequence[Task]) -> list[Task]:
    out: list[Task] = []
    for t in tasks:
        out.append(t)
        out.extend(_walk(t.children))
    return out


def _rank(b: Block) -> tuple[int, int, int]:
    if b.list_kind == "number":
        return (10, label_depth(b.label), b.level)
    if b.list_kind == "letter":
        return (20, 0, b.level)
    if b.list_kind == "bullet":
        order = 1 if b.label in ("+",) else 2 if b.label in ("◦", "○", "▪", "■", "·", "∙") else 0
        return (30, order, b.level)
    return (99, 0, b.level)


def _clean_number(label: str) -> str:
    core = label.strip().rstrip(".):").lstrip("(").strip()
    core = re.sub(r"^(?:PHẦN|Phần)\s+", "", core)
    return core


def _number_children(item: _Item) -> None:
    for child in item.children:
        child.number = "-" if child.kind == "bullet" else _clean_number(child.label)
        _number_children(child)


def _strip_item(s: str) -> str:
    s = s.strip()
    s = re.sub(r"^[-–—+•]\s*", "", s)
    return s.rstrip(";,. ").strip()


def _join_words(parts: Sequence[str]) -> str:
    return " ".join(" ".join(p.split()) for p in parts if p.strip())


def _number_symbol(rest: str) -> tuple[str | None, str | None]:
    """Split what follows "Số" into number and symbol: "/HĐND-VP", "127-CV/HU", "05/BNV-VP"."""
    rest = rest.strip().rstrip(".")
    m = re.match(r"^(?P<num>\d*)\s*(?P<sep>[/-]?)\s*(?P<sym>\S.*)?$", rest)
    if not m:
        return None, rest or None
    num = m.group("num") or None
    sym = (m.group("sym") or "").strip() or None
    return num, sym


def _safe_date(y: str | None, m: str | None, d: str | None) -> date | None:
    if not (y and m and d):
        return None
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def _header_marker(line: str) -> bool:
    return bool(
        RECIPIENT_HEAD.match(line) or NUMBER_LINE.match(line) or PLACE_DATE.match(line) or _is_doc_type(line)
    )


def _is_doc_type(line: str) -> bool:
    t = line.strip()
    return t == t.upper() and any(t.startswith(dt) for dt in DOC_TYPES) and len(t) < 120


PREAMBLE_START = re.compile(
    r"^(?:Căn cứ|Kính gửi|Thực hiện (?:Công văn|Kế hoạch|Nghị quyết|Quyết định|Chỉ thị|Chương trình)|Theo đề nghị)"
)


def _subject_end(lines: list[str], start: int) -> int:
    """Index of the first line after a subject that starts at ``start``."""
    k = start + 1
    while k < len(lines) and not PREAMBLE_START.match(lines[k]) and not _header_marker(lines[k]):
        k += 1
    return k


def _looks_like_subject(line: str, block: Block) -> bool:
    t = line.strip()
    return len(t) < 250 and not t.endswith((";", ":")) and not PREAMBLE_START.match(t)


def _is_issuer_line(line: str) -> bool:
    t = line.strip()
    letters = [ch for ch in t if ch.isalpha()]
    return bool(letters) and t == t.upper() and len(t) <= 90 and not re.search(r"\d{3,}", t)


def _split_issuer(lines: list[str]) -> tuple[str | None, str | None]:
    lines = [ln.strip(" *") for ln in lines if ln.strip(" *-–")]
    if not lines:
        return None, None
    if len(lines) == 1:
        return lines[0], None
    second = lines[1]
    if second.startswith(PLACE_LEVEL_WORDS) and not second.startswith(PARTY_ORGS):
        return " ".join(lines), None
    return " ".join(lines[1:]), lines[0]


def _looks_like_name(line: str) -> bool:
    words = line.replace(".", " ").split()
    if not 2 <= len(words) <= 6:
        return False
    return all((w[:1].isupper() and not w.isupper()) or len(w) == 1 for w in words)


def _split_units(s: str) -> tuple[str, ...]:
    s = re.split(r"\s*(?:\(|;|\bthời gian\b|\bthời hạn\b|\bhoàn thành\b)", s, maxsplit=1)[0]
    parts: list[str] = []
    for piece in re.split(r",\s*|;\s*", s):
        piece = piece.strip(" .,:;-–")
        if not piece:
            continue
        # "UBND các xã, thị trấn": a part in lower case continues the unit before it.
        if parts and piece[:1].islower() and not piece.startswith(("các ", "phòng ", "ban ")):
            parts[-1] = f"{parts[-1]}, {piece}"
        else:
            parts.append(piece)
    return tuple(p for p in parts if len(p) <= 120)


def _units(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    lead: list[str] = []
    coord: list[str] = []
    for pattern in LEAD_PATTERNS:
        for m in pattern.finditer(text):
            for u in _split_units(m.group(1)):
                if u not in lead:
                    lead.append(u)
        if lead:
            break
    for pattern in COORD_PATTERNS:
        for m in pattern.finditer(text):
            for u in _split_units(m.group(1)):
                if u not in coord and u not in lead:
                    coord.append(u)
        if coord:
            break
    return tuple(lead), tuple(coord)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _deadline(text: str, min_year: int | None) -> tuple[str | None, date | None]:
    """The task's deadline as written and as the last day it allows."""
    best: tuple[int, int, str, date] | None = None
    for prio, pattern, kind in DEADLINE_PATTERNS:
        for m in pattern.finditer(text):
            try:
                when = _deadline_date(kind, m)
            except (ValueError, KeyError):
                continue
            if when is None or (min_year is not None and when.year < min_year):
                continue
            if kind == "year" and re.search(
                r"(?:giai đoạn|nhiệm kỳ|số|từ)\s*$", text[max(0, m.start() - 12) : m.start()]
            ):
                continue
            phrase = " ".join(m.group(0).split())
            if kind in ("month", "quarter", "half", "year"):
                phrase = re.sub(r"^(?:đến|trong|hết|cuối)\s+(?:(?:hết|cuối)\s+)?", "", phrase)
            cand = (prio, m.start(), phrase, when)
            if best is None or cand[:2] < best[:2]:
                best = cand
        if best is not None and best[0] <= prio:
            break
    if best is None:
        return None, None
    return best[2], best[3]


def _deadline_date(kind: str, m: re.Match[str]) -> date | None:
    if kind == "before_date":
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    if kind == "before_month":
        return date(int(m.group(2)), int(m.group(1)), 1) - timedelta(days=1)
    if kind == "month":
        return _month_end(int(m.group(2)), int(m.group(1)))
    if kind == "quarter":
        q = QUARTERS[m.group(1).upper()]
        return _month_end(int(m.group(2)), q * 3)
    if kind == "half":
        return date(int(m.group(1)), 6, 30)
    if kind == "year":
        year = int(m.group(1))
        return date(year, 12, 31) if 1990 <= year <= 2100 else None
    return None


_WORD = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")


def _places(text: str) -> tuple[str, ...]:
    """Communes named in the text: "xã Yên Thịnh", "Thị trấn Hữu Lũng", and lists after "các xã"."""
    found: dict[str, str] = {}
    for m in PLACE_KINDS.finditer(text):
        kind = m.group(1)
        pos = m.end()
        while True:
            name, pos2 = _capitalised_run(text, pos)
            if name is None:
                break
            found.setdefault(match_key(f"{kind} {name}"), f"{kind} {name}")
            sep = re.match(r"\s*(?:,|và)\s+", text[pos2:])
            if not sep:
                break
            pos = pos2 + sep.end()
    return tuple(found.values())


def _capitalised_run(text: str, pos: int) -> tuple[str | None, int]:
    words: list[str] = []
    end = pos
    for m in _WORD.finditer(text, pos):
        w = m.group(0)
        gap = text[end : m.start()]
        if words and gap not in (" ", "\n", " \n"):
            break
        if not words and m.start() != pos:
            break
        if w[:1].isupper() and w.isalpha() and (words or w.lower() not in PLACE_STOP_WORDS):
            if words and w.lower() in PLACE_STOP_WORDS:
                break
            words.append(w)
            end = m.end()
            if len(words) == 4:
                break
        else:
            break
    if len(words) < 2:
        return None, pos
    return " ".join(words), end


def _target_finder(warnings: list[str]) -> Callable[[str, Kind, str | None], list[Target]] | None:
    import importlib

    # Imported late (targets imports this package); a broken extractor fails the reading loudly.
    targets_module = importlib.import_module("trongtam.core.extraction.targets")
    find: Any = getattr(targets_module, "find_targets", None)
    if find is None:
        warnings.append("Chưa có bộ trích xuất chỉ tiêu; chỉ đọc được cấu trúc văn bản.")
        return None

    def run(text: str, kind: Kind, period: str | None) -> list[Target]:
        try:
            return list(find(text, kind=kind, default_period=period))
        except Exception as exc:  # one bad clause must not lose the whole document
            warnings.append(f"Lỗi khi trích xuất chỉ tiêu từ “{text[:40]}…”: {type(exc).__name__}.")
            return []

    return run


__all__ = ["build_document", "read_document", "structure_text"]
