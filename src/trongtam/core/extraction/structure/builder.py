"""The reading of a document's body: where it starts and ends, its sections, tasks and sub-items.

Real files are untidy: list numbers turned into dashes, paragraphs split by page breaks, header
tables lost. The rules here work on the shape of official Vietnamese documents (Nghị định
30/2020 and the Party's HD 36), not on any one file; each repair is reported as a warning.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from trongtam.core.extraction.structure.closing import (
    ATTACHED,
    CLOSING_ARTICLE_START,
    ENDS_THE_BODY,
    EXCERPT_NOTE,
    ISSUER_INSTRUCTION,
    SELF_REFERENCE,
    SPEECH_CLOSING,
    is_closing,
    opens_signature,
    read_closing,
)
from trongtam.core.extraction.structure.deadlines import deadline as task_deadline
from trongtam.core.extraction.structure.header import read_header
from trongtam.core.extraction.structure.places import places as task_places
from trongtam.core.extraction.structure.tables import flatten_task_tables
from trongtam.core.extraction.structure.units import units as task_units
from trongtam.core.letter import Document, Header, Kind, Section, Target, Task
from trongtam.core.reading.labels import bullet_order, label_depth, label_value, part_ordinal
from trongtam.core.reading.model import Block, ReadResult
from trongtam.core.text.normalize import match_key
from trongtam.core.text.roman import to_roman

REPORT_WORDS = ("kết quả thực hiện", "báo cáo kết quả", "tình hình thực hiện", "sơ kết", "tổng kết")
SECTION_WORDS = re.compile(r"^(?:LĨNH VỰC|PHẦN|Phần|MỤC|NHIỆM VỤ|NHÓM)\b")
YEAR_IN_TEXT = re.compile(r"\bnăm\s+(\d{4})\b", re.IGNORECASE)


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


class Builder:
    """Builds one Document from one read file."""

    def __init__(self, result: ReadResult, kind: Kind | None, context: Kind | None = None) -> None:
        self.result = result
        self.kind_arg = kind
        self.context = context
        self.warnings: list[str] = list(result.warnings)
        self.blocks: list[Block] = flatten_task_tables(list(result.blocks), self.warnings)
        self.numbered_sections = False
        self.field_numbers = False
        self.heading_numbers = False
        self.letter_fields = False
        self.plain_headings = False
        self.romans_under_parts = False
        self.three_levels = False
        self.paragraph_headings: set[int] = set()
        self.in_labelled_parts: set[int] = set()
        self.heading_shape = ""

    def build(self) -> Document:
        header, header_end = read_header(self.blocks)
        self.blocks[header_end:] = split_glued(self.blocks[header_end:], self.warnings)
        # A decision and the plan it issues in one file: the plan's body is the body, the decision the preamble.
        start = _attached_start(self.blocks, header_end)
        # The shape of the body is judged on its items, not on the closing's own ("Điều 2. Tổ chức thực hiện" and its
        # "1.", "2." after a resolution's tasks; "Nơi nhận:" with its dashes).
        body = _before_closing(self.blocks[start:])
        top = [b for b in body if b.list_kind == "number" and label_depth(b.label) == 1]
        no_roman = not any(b.list_kind == "roman" for b in body)
        # Without any "I., II." heading, "1. LĨNH VỰC KINH TẾ" in capitals is a field heading — and so
        # is "1. Chỉ tiêu về kinh tế:" when every first-level item is such a short line with a colon.
        self.numbered_sections = no_roman and any(_caps(b.text) for b in top)
        # So is "1. Lĩnh vực kinh tế" without a colon, when every first-level item names a field so.
        self.field_numbers = no_roman and len(top) >= 2 and all(_field_line(b.text) for b in top)
        # … and so is "1. Mục đích" over dash items, when every first-level item is a short heading over its own list
        # (the headings are the numbers of the first one's shape, "1.", not the tasks counted under them, "Thứ nhất,")
        self.heading_shape = _number_shape(top[0].label) if top else ""
        headings = [b for b in top if _number_shape(b.label) == self.heading_shape]
        self.heading_numbers = no_roman and _headings_over_lists(body, headings)
        # … and so is any "1." of a body three levels deep: "1." over "a) Cục Thuế có trách nhiệm:" over "- …"
        self.three_levels = no_roman and _three_levels(body)
        self.letter_fields = no_roman and _letters_are_fields(body)
        # Headings in sentence case set apart only by bold ("Các chỉ tiêu xã hội") lose it in plain text
        # and in OCR; when nothing in the file is bold, such lines between lists are taken as headings.
        self.plain_headings = not any(b.bold for b in self.blocks) and _plain_headings(body)
        # Parts lettered "A.", "B." or named "PHẦN THỨ NHẤT" over "I.", "II.": the Roman numbers are the parts' tasks.
        self.romans_under_parts = _romans_under_parts(body)
        # The same unnumbered headings over a paragraph instead of a list ("Thời gian thực hiện" then its paragraph).
        self.paragraph_headings = {id(b) for b in _headings_over_paragraphs(body, self.plain_headings)}
        # What follows the first part labelled "I." or "A.": a line of its own there ending ":" ("Đối với các bệnh
        # viện:") over dashes is one of the part's tasks, not a part of its own.
        first_part = next((k for k, b in enumerate(body) if b.list_kind == "roman"), None)
        if first_part is not None:
            self.in_labelled_parts = {id(b) for b in body[first_part + 1 :]}
        body_start = self._body_start(start)
        closing_start = self._closing_start(body_start if body_start is not None else header_end)
        if body_start is not None:
            closing_start = self._merge_continuations(body_start, closing_start)
        text, spans = self._text()
        # Without any list, every paragraph becomes a task, so nothing is left for a preamble.
        preamble_end = body_start if body_start is not None else header_end
        preamble = "\n".join(self.blocks[i].line for i in range(header_end, preamble_end))
        lead_in = preamble or "\n".join(b.line for b in self.blocks[header_end : header_end + 3])
        kind = self.kind_arg or self._guess_kind(header, lead_in, self.context)
        period = self._period(header, lead_in, kind)
        drafts = self._sections(body_start, closing_start) if body_start is not None else []
        if body_start is None:
            drafts = self._fallback_sections(header_end, closing_start)
        finder = _target_finder()
        min_year = header.issued_on.year if header.issued_on else (int(period) - 1 if period else None)
        sections = tuple(
            self._section(d, text, spans, kind, period, finder, min_year)
            for d in drafts
            if d.items or d.title
        )
        closing = read_closing(self.blocks[closing_start:])
        preamble_targets: tuple[Target, ...] = ()
        if header_end < preamble_end:
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
            repairs=self.result.repairs,
            ocr_pages=self.result.ocr_pages,
        )

    def _is_section(self, b: Block, nxt: Block | None = None) -> bool:
        """Whether a block heads a section; ``nxt`` is the block after it, when known."""
        if b.list_kind == "roman":
            return not (self.romans_under_parts and _ROMAN_LABEL.match(b.label) is not None)
        t = b.text.strip()
        if not b.label and FORMULA.match(t):
            return False  # "QUYẾT NGHỊ:" closes the preamble of a resolution; it heads nothing
        upper = _caps(t) and len(t) <= 160
        list_follows = nxt is not None and bool(nxt.label) and nxt.list_kind != "roman"
        if b.label:
            if b.list_kind == "letter" and self.letter_fields:
                return _heading_shape(t) or _field_like(t)
            if b.list_kind == "number" and label_depth(b.label) == 1:
                return (
                    (self.numbered_sections and upper)
                    or (self.field_numbers and _field_line(t))
                    or (
                        self.heading_numbers
                        and _heading_shape(t)
                        and _number_shape(b.label) == self.heading_shape
                    )
                    or (self.three_levels and len(t) <= 250 and _number_shape(b.label) == "#.")
                )
            if (
                b.list_kind == "bullet"
                and b.label.strip() == "*"
                and _heading_shape(t)
                and not t.endswith(":")
                and nxt is not None
                and not nxt.label
                and not self._is_section(nxt)
            ):
                return True  # "* Tồn tại, hạn chế" over its paragraphs: the star marks a heading here too
            if (
                b.list_kind != "bullet"
                or not _heading_shape(t)
                or nxt is None
                or nxt.list_kind in (None, "roman")
            ):
                return False
            # "- Về kinh tế:" over "(1) …": a field heading typed as a bullet above the numbered tasks; "* Về chất
            # lượng giáo dục:" over "- …": the star marks a heading over the dashes.
            star = b.label.strip() == "*" and nxt.label.strip() != "*"
            return star or (bool(FIELD_HEAD.match(t)) and nxt.list_kind != "bullet")
        if b.heading_level in (1, 2) and len(t) <= 160 and not t.endswith((".", ";", ":")):
            return True  # a Word "Heading 1/2" (or markdown "#", "##") line without a number
        if upper and (b.bold or b.heading_level is not None or bool(SECTION_WORDS.match(t))):
            return True
        if id(b) in self.paragraph_headings:
            return True
        if id(b) in self.in_labelled_parts and t.endswith(":"):
            return False
        # A heading above a list: a line in capitals, in bold, or naming a field ("Về kinh tế",
        # "Lĩnh vực văn hóa - xã hội"), directly followed by the list's first item.
        return (
            list_follows
            and _heading_shape(t)
            and (upper or b.bold or bool(FIELD_HEAD.match(t)) or (self.plain_headings and _plain_heading(t)))
        )

    def _body_start(self, start: int) -> int | None:
        addressees = False
        for i in range(start, len(self.blocks)):
            b = self.blocks[i]
            if is_closing(b):
                return None
            if not b.label:
                addressees = _ADDRESS_HEAD.match(b.text.strip()) is not None
            elif b.list_kind == "bullet" and (addressees or _ADDRESSEE.match(b.text.strip())):
                continue  # "Kính thưa:" then "- Các đồng chí lãnh đạo …,", or "- Kính thưa các vị đại biểu;": whom
                # a speech addresses, not its tasks
            nxt = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
            if self._is_section(b, nxt):
                return i
            if b.label and b.list_kind in ("number", "bullet", "letter"):
                return self._first_section_after_preamble_list(i) if b.list_kind == "bullet" else i
        return None

    def _first_section_after_preamble_list(self, i: int) -> int:
        """Where the body starts when it opens with dash items: at them, unless only dashes and paragraphs lead to a
        first section "I." (or "A.", "1." of the fields): then the dashes are the preamble's own list ("- Căn cứ
        …;", "- Thực hiện …"), and the body starts at that section."""
        for j in range(i + 1, len(self.blocks)):
            b = self.blocks[j]
            if is_closing(b) or (b.label and b.list_kind != "bullet"):
                nxt = self.blocks[j + 1] if j + 1 < len(self.blocks) else None
                first = label_value(b.label) == 1 if b.label else False
                return j if first and self._is_section(b, nxt) else i
            if not b.label and self._is_section(b, self.blocks[j + 1] if j + 1 < len(self.blocks) else None):
                return i  # an unnumbered heading after the dashes: they may well be its tasks' lead
        return i

    def _closing_start(self, start: int) -> int:
        for i in range(start, len(self.blocks)):
            b = self.blocks[i]
            if is_closing(b) or opens_signature(b, self.blocks[i + 1] if i + 1 < len(self.blocks) else None):
                return i
            if not b.label and ISSUER_INSTRUCTION.match(b.line.strip()) and not self._items_follow(i + 1):
                return i  # "Ban Thường vụ Đảng ủy xã yêu cầu các chi bộ … triển khai thực hiện" after the last task
            if not b.label and EXCERPT_NOTE.match(b.line.strip()) and not self._items_follow(i + 1):
                return i  # "(Trích Báo cáo của Ban Chấp hành … trình Đại hội XI)" after the last task
            if not b.label and _speech_closing(b.line.strip()) and not self._items_follow(i + 1):
                return i  # "Thưa các vị đại biểu," / "Chúc …" / "Xin trân trọng cảm ơn!" after the last task
            if b.text.rstrip().endswith("./."):
                # "./." ends the body of an official document. A paragraph of its own ending so, after
                # a labelled item, is the closing remark ("Nghị quyết có hiệu lực từ ngày ký./.").
                prev = self.blocks[i - 1] if i > start else None
                if (
                    not b.label
                    and prev is not None
                    and prev.label
                    and len(b.text) < 300
                    # one line; or a paragraph a PDF or a scan wrapped, after a last item whose sentence ended ("Đề
                    # nghị Ủy ban nhân dân … ./."; under a heading "5. Công tác xây dựng Đảng" it is the item's own),
                    # or that ends as a body does (naming the document itself, a notice's formula, a resolve)
                    and (
                        "\n" not in b.text
                        or prev.text.rstrip().endswith((".", ";"))
                        or ENDS_THE_BODY.search(b.text) is not None
                    )
                ):
                    return i
                if (
                    not b.label
                    and i > start
                    and len(b.text) < 400
                    and ENDS_THE_BODY.search(b.text) is not None
                ):
                    # after a part's paragraphs too: "Các Bộ trưởng, … chịu trách nhiệm thi hành Nghị quyết này./."
                    return i
                return i + 1
        return len(self.blocks)

    def _items_follow(self, start: int) -> bool:
        """Whether a list item comes after ``start`` before the closing's own blocks (Nơi nhận, signature)."""
        for b in self.blocks[start:]:
            if is_closing(b):
                return False
            if b.label:
                return True
        return False

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
                and not self._is_section(prev, b)
                and not prev.is_table_cell
                and not b.is_table_cell
            ):
                out[-1] = dataclasses.replace(
                    prev, text=f"{prev.text.rstrip()} {b.text.lstrip()}", unsure=prev.unsure or b.unsure
                )
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

    def _sections(self, start: int, stop: int) -> list[_SectionDraft]:
        drafts: list[_SectionDraft] = []
        current: _SectionDraft | None = None
        stack: list[_Item] = []
        paragraphs_over_dashes = False
        # How deep each shape of number sits ("1." tasks, "1)" or "(1)" their sub-items): in order of nesting.
        shapes: dict[str, int] = {}
        for i in range(start, stop):
            b = self.blocks[i]
            if self._is_section(b, self.blocks[i + 1] if i + 1 < stop else None):
                number = "" if b.list_kind == "bullet" else _clean_number(b.label)
                current = _SectionDraft(number, b.text.strip().rstrip(":").strip(), i)
                drafts.append(current)
                stack = []
                paragraphs_over_dashes = False
                continue
            if current is None:
                current = _SectionDraft("", "", None)
                drafts.append(current)
            if not b.label and current.heading_index is not None:
                if not current.items and not current.intro:
                    paragraphs_over_dashes = self._paragraphs_over_dashes(i, stop)
                if paragraphs_over_dashes:
                    # A part of paragraph tasks with dash sub-items under some ("Tháng 9: …" then "- Phụ trách: …"):
                    # each paragraph is a task, the dashes belong to the paragraph above them.
                    item = _Item(i, "", _PARAGRAPH_TASK_RANK, None)
                    stack = [item]
                    current.items.append(item)
                    continue
            if b.label:
                item = _Item(i, b.label, self._nested_rank(b, stack, shapes), b.list_kind)
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

    def _paragraphs_over_dashes(self, i: int, stop: int) -> bool:
        """Whether the part whose first block is the paragraph at ``i`` is made of paragraph tasks with dashes under
        some: its only list items are dashes, and it opens with a task of its own (a paragraph that is no lead-in), or
        two or more of its paragraphs stand each over dashes ("Đối với …:" then "- …"). A lone lead-in over the part's
        dashes ("… các nhiệm vụ sau:") stays the part's introduction, and the dashes its tasks."""
        paragraphs, bullets = [i], 0
        for j in range(i + 1, stop):
            b = self.blocks[j]
            if self._is_section(b, self.blocks[j + 1] if j + 1 < stop else None):
                stop = j
                break
            if not b.label:
                paragraphs.append(j)
            elif b.list_kind != "bullet":
                return False
            else:
                bullets += 1
        if not bullets:
            return False
        if not self.blocks[i].text.rstrip().endswith(":"):
            return True
        heads = [k for k in paragraphs if k + 1 < stop and self.blocks[k + 1].list_kind == "bullet"]
        return len(heads) >= 2

    def _nested_rank(self, b: Block, stack: list[_Item], shapes: dict[str, int]) -> tuple[int, int, int]:
        """An item's rank, with a second shape of number under the first one level deeper: "1)" (or "(1)",
        "1-") items that start at 1 under an open "1." task are its sub-items, as "a)" items would be, and so are
        "(1)", "1)" under an open "a)" task or a dash ending with ":"; a misprinted or misread label ("2)" among
        "1.", "2.", "3.") starts at no 1 and stays a sibling."""
        rank = _rank(b)
        if b.list_kind != "number":
            return rank
        shape = _number_shape(b.label)
        # "(1)", "(2)" under an open "a) Bộ Y tế:" are its sub-items, as they would be under a "1.": the first starts
        # at 1 right under the letter, the next follow their elder siblings.
        elder = (
            stack[-1]
            if stack and stack[-1].kind == "number" and _number_shape(stack[-1].label) == shape
            else None
        )
        owner_at = len(stack) - (2 if elder is not None else 1)
        owner = stack[owner_at] if owner_at >= 0 else None
        if (
            shape in _SUB_NUMBER_SHAPES
            and owner is not None
            # under a letter, or under a dash that introduces them ("- …, trong đó tập trung:")
            and (owner.kind == "letter" or (owner.kind == "bullet" and self._introduces(owner)))
            and self.blocks[owner.block_index].level == b.level
            and label_value(b.label) == ((label_value(elder.label) or 0) + 1 if elder is not None else 1)
            and shapes.get(shape, _UNDER_LETTER) == _UNDER_LETTER
        ):
            shapes[shape] = _UNDER_LETTER
            return (owner.rank[0], owner.rank[1] + 1, rank[2])
        if shapes.get(shape) == _UNDER_LETTER:
            return rank
        top = stack[-1] if stack else None
        if shape not in shapes:
            top_block = self.blocks[top.block_index] if top is not None else None
            nested = (
                top is not None
                and top_block is not None
                and top.kind == "number"
                and _number_shape(top.label) != shape
                and top_block.level == b.level
                and label_value(b.label) == 1
            )
            outer = _number_shape(top.label) if nested and top is not None else None
            shapes[shape] = shapes.get(outer, 0) + 1 if outer is not None else 0
        return (rank[0], rank[1] + shapes[shape], rank[2])

    def _introduces(self, item: _Item) -> bool:
        """Whether an item's own text (its last paragraph) ends with the colon that opens a list."""
        last = self.blocks[item.extra[-1] if item.extra else item.block_index]
        return last.text.rstrip().endswith(":")

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
        finder: Callable[[str, Kind, str | None], list[Target]],
        min_year: int | None,
    ) -> Section:
        def make(item: _Item) -> Task:
            first = spans[item.block_index]
            own = [item.block_index, *item.extra]
            start = first[1]
            end = spans[own[-1]][2]
            own_text = text[start:end]
            targets = tuple(
                dataclasses.replace(t, start=t.start + start, end=t.end + start)
                for t in finder(own_text, kind, period)
            )
            children = tuple(make(c) for c in item.children)
            lead, coord = task_units(own_text)
            deadline, deadline_date = task_deadline(own_text, min_year)
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
                places=task_places(own_text),
                needs_check=any(self.blocks[i].unsure for i in own),
            )

        kind, period = section_scope(d.title, kind, period)
        tasks = tuple(make(item) for item in d.items)
        if d.intro:
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

    def _guess_kind(self, header: Header, preamble: str, context: Kind | None = None) -> Kind:
        """The prior of every number without a cue: what the subject names ("BÁO CÁO Đề xuất nhiệm vụ trọng tâm
        năm 2025" is a plan), else what the page the file was uploaded on implies (``context``: a proposal is a
        plan), else the document's type and the report words of its subject and preamble; a plan by default."""
        named = heading_kind(header.subject)
        if named is not None:
            return named
        if context is not None:
            return context
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


# What a section's heading says its numbers are: results ("Kết quả thực hiện …", "Tình hình …", "Đánh giá …") or
# plans ("Phương hướng, nhiệm vụ …", "Mục tiêu …", "Các chỉ tiêu chủ yếu …"). A report carries its next year's plan
# in a section of its own, and a plan may open with last year's results: the document's kind is only their prior.
_RESULT_HEAD = re.compile(r"\b(?:kết quả|tình hình|đánh giá|sơ kết|tổng kết|những việc đã làm)\b")
_PLAN_HEAD = re.compile(
    r"\b(?:phương hướng|mục tiêu|nhiệm vụ|giải pháp|chỉ tiêu|kế hoạch|dự kiến|đề xuất|đăng ký|phấn đấu)\b"
)
# Both in one heading joined by "và" ("Kết quả năm 2024 và phương hướng năm 2025"): the heading of both, no kind.
_BOTH_HEAD = re.compile(r"\bvà\s+(?:phương hướng|mục tiêu|nhiệm vụ|kế hoạch|giải pháp)\b")


def section_scope(title: str, kind: Kind, period: str | None) -> tuple[Kind, str | None]:
    """The kind and period of a section's numbers: what its heading names first (results or plans, and the year
    "năm 2025" it names), else the document's.

    >>> section_scope("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", "report", "2024")
    ('plan', '2025')
    >>> section_scope("Kết quả thực hiện nhiệm vụ năm 2024", "plan", "2025")
    ('report', '2024')
    >>> section_scope("Lĩnh vực kinh tế", "plan", "2025")
    ('plan', '2025')
    >>> section_scope("Kết quả năm 2024 và phương hướng năm 2025", "report", "2025")
    ('report', '2025')
    """
    own = heading_kind(title)
    if own is None:
        return kind, period
    years = YEAR_IN_TEXT.findall(title)
    return own, (years[0] if len(set(years)) == 1 else period)


def heading_kind(title: str | None) -> Kind | None:
    """Results or plans, whichever a heading (or a document's subject) names first; ``None`` when it names
    neither, or both joined by "và"."""
    key = match_key(title or "")
    result, plan = _RESULT_HEAD.search(key), _PLAN_HEAD.search(key)
    if (result is None and plan is None) or _BOTH_HEAD.search(key):
        return None
    return "report" if result is not None and (plan is None or result.start() < plan.start()) else "plan"


# The formula between a resolution's (or decision's) preamble and its content (Nghị định 30/2020,
# Phụ lục I): a line of its own, in capitals, never a section.
FORMULA = re.compile(r"^(?:QUYẾT NGHỊ|QUYẾT ĐỊNH)\s*:?$")
# A part's label typed on a line of its own above the part's title: "PHẦN I", "Phần thứ hai".
_LONE_PART = re.compile(r"^(?:PHẦN|Phần)\s+(?:[IVXLC]+|\d{1,2}|(?:THỨ|Thứ|thứ)\s+\w+)[.:]?$")
FIELD_HEAD = re.compile(
    r"^(?:Về|VỀ|Lĩnh vực|LĨNH VỰC|Trên lĩnh vực|Đối với|Nhóm|Chỉ tiêu về|Các chỉ tiêu về|Nhiệm vụ về)\s"
)
# Several dash items typed on one line: "- Thu ngân sách đạt …; - tổng sản lượng …".
_INLINE_DASH = re.compile(r"(?<=[;.])\s+[-–+]\s+(?=\S)")
# … or run-in items typed on one line with nothing but the dash between them: "- Ban giám đốc: 02 người - Cộng tác
# viên: 02 người". Only between two "name: value" items, so "kinh tế - xã hội" and "Hà Nội - Hải Phòng" stay whole.
_RUN_IN = re.compile(r"^[^\W\d][^:;.\n]{0,60}:\s")
_BARE_DASH = re.compile(r"\s+[-–+]\s+(?=[^\W\d_][^:;.\n]{0,60}:\s)")


def _inline_items(text: str) -> list[str]:
    """The dash items typed on one line (after the first item's own dash)."""
    if _INLINE_DASH.search(text):
        return _INLINE_DASH.split(text)
    if not _RUN_IN.match(text):
        return [text]
    # no cut inside the first item's own name, which ends at its colon ("Tuyến Hà Nội - Hải Phòng:")
    colon = text.index(":")
    cuts = [m for m in _BARE_DASH.finditer(text, colon) if text[m.end()].isupper()]
    if not cuts:
        return [text]
    pieces, last = [], 0
    for m in cuts:
        pieces.append(text[last : m.start()])
        last = m.end()
    pieces.append(text[last:])
    return pieces


# The closing remark typed at the end of the last task: "… 94%. Kính đề nghị … tổng hợp./."
_GLUED_CLOSING = re.compile(
    r"(?<=[.;:])\s+(?=(?:Kính đề nghị|Trên đây là|Đề nghị các|Nơi nhận\s*:"
    r"|(?:Nghị quyết|Kế hoạch|Chương trình|Quyết định|Chỉ thị) (?:này|có hiệu lực)"
    # … or a resolution's closing articles run on after it in a PDF's paragraph ("… 95%. Điều 2. Giao …")
    rf"|{CLOSING_ARTICLE_START})\s?)"
)

# An article's label alone: "Điều 2.", "Điều 3:".
_ARTICLE_LABEL = re.compile(r"Điều\s+\d{1,2}\s*[.:]?")


def split_glued(blocks: list[Block], warnings: list[str]) -> list[Block]:
    """Split what was typed into one paragraph but is several: dash items on one line, a closing remark
    at the end of the last task; and join what is one heading typed as two paragraphs: a part's label
    ("PHẦN I") on a line of its own above the part's title."""
    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not prev.label
            and not b.label
            and _LONE_PART.match(prev.text.strip())
            and _heading_shape(b.text)
        ):
            # "PHẦN I" alone on its line, its title on the next: one heading labelled "PHẦN I".
            out[-1] = dataclasses.replace(
                b,
                label=prev.text.strip(),
                list_kind="roman",
                bold=b.bold or prev.bold,
                blank_before=prev.blank_before,
            )
            warnings.append(f"Đã ghép nhãn “{prev.text.strip()}” đứng riêng một dòng với tên phần bên dưới.")
            continue
        parts = [b]
        pieces = _inline_items(b.text) if b.list_kind == "bullet" else [b.text]
        if len(pieces) > 1:
            parts = [dataclasses.replace(b, text=pieces[0])] + [
                dataclasses.replace(b, text=piece, blank_before=False) for piece in pieces[1:]
            ]
            warnings.append(f"Đã tách {len(pieces)} mục gạch đầu dòng viết trên cùng một dòng.")
        last = parts[-1]
        m = _GLUED_CLOSING.search(last.text) or _closing_line(last)
        if (
            m
            and m.start() > 0
            # "Điều 2. Quyết định này có hiệu lực …" is one closing article, not an article's label glued to a task
            and not _ARTICLE_LABEL.fullmatch(last.text[: m.start()].strip())
            and last.text[m.end() :].rstrip().endswith(("./.", "."))
            and len(last.text) - m.end() < (600 if ISSUER_INSTRUCTION.match(last.text[m.end() :]) else 300)
        ):
            parts[-1:] = [
                dataclasses.replace(last, text=last.text[: m.start()]),
                Block(text=last.text[m.end() :], page=last.page),
            ]
            warnings.append("Đã tách lời kết (“Kính đề nghị…”, “Trên đây là…”) khỏi nhiệm vụ cuối.")
        out.extend(parts)
    return out


def _closing_line(b: Block) -> re.Match[str] | None:
    """The closing sentence a scan or a PDF ran on in the last task's paragraph, from a line of its own: "… tạo
    đồng thuận xã hội." then, on the next line, "Giám đốc các Sở … tổ chức triển khai thực hiện Kế hoạch này./."
    — one sentence after the task's last, naming the document itself. A task's own sentence wrapped to that
    line starts in lower case or follows no full stop, and is kept."""
    if "\n" not in b.text:
        return None
    breaks = [m for m in _SENTENCE_LINE_BREAK.finditer(b.text) if b.text[m.end()].isupper()]
    if not b.label:
        # a paragraph (a part's one task, a task's second paragraph) runs on into the issuer's instruction only
        return next((m for m in breaks if ISSUER_INSTRUCTION.match(b.text[m.end() :])), None)
    # A speech's closing run on: "… an toàn, tiết kiệm." then "Thưa các vị đại biểu," or "Nhân dịp …, chúc …".
    spoken = next((m for m in breaks if _speech_closing(b.text[m.end() :])), None)
    if spoken is not None:
        return spoken
    # The issuer's instruction run on: "… hằng năm." then "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở …".
    issued = next((m for m in breaks if ISSUER_INSTRUCTION.match(b.text[m.end() :])), None)
    if issued is not None:
        return issued
    if not b.text.rstrip().endswith("./."):
        return None
    # The document speaking of itself in a sentence of its own: "… Ban Thường vụ Tỉnh ủy." then "Chương trình hành
    # động này được quán triệt đến chi bộ và đảng viên./."
    itself = next((m for m in breaks if SELF_REFERENCE.match(b.text[m.end() :])), None)
    if itself is not None:
        return itself
    if ENDS_THE_BODY.search(b.text) is None:
        return None
    return breaks[-1] if breaks else None


def _speech_closing(text: str) -> bool:
    """Whether a paragraph opens a speech's closing: its first line addresses the audience, or the paragraph, its
    lines joined, opens with the wish or the thanks."""
    return bool(SPEECH_CLOSING.match(text.split("\n", 1)[0]) or SPEECH_CLOSING.match(" ".join(text.split())))


# The line naming whom a speech addresses, over a dash list of them: "Kính thưa:" (a letter's "Kính gửi:" and its
# dashes are the header's, ``read_header``).
_ADDRESS_HEAD = re.compile(r"^(?:Kính\s+)?[Tt]hưa\b[^.;\n]{0,80}:$")
_ADDRESSEE = re.compile(r"^(?:Kính\s+)?[Tt]hưa\s")

# A line break after a sentence's end, before a word: where a paragraph of its own may start (if a capital opens it).
_SENTENCE_LINE_BREAK = re.compile(r"(?<=[.;])[ \t]*\n(?=\w)")

_LETTER_ORDER = "abcdđefghijklmnopqrstuvwxyz"


def _letters_are_fields(body: Sequence[Block]) -> bool:
    """Whether the lettered items of a body are its fields: "a) Về kinh tế" over "- …" tasks.

    They are when no numbered item comes before the first of them (otherwise they are the sub-items
    of a task), there are at least two, each is a short heading (no full stop, or a field line ending
    in ":"), they count a, b, c… in order, and each is followed by a list item of another kind."""
    firsts = [i for i, b in enumerate(body) if b.list_kind == "letter"]
    if len(firsts) < 2 or any(b.list_kind == "number" for b in body[: firsts[0]]):
        return False
    order = [_LETTER_ORDER.find(body[i].label.strip("().: ").lower()) for i in firsts]
    if order[0] != 0 or any(b <= a or b > a + 2 for a, b in itertools.pairwise(order)):
        return False  # a, b, c… in order ("đ" may come between "d" and "e")
    for i in firsts:
        b, nxt = body[i], body[i + 1] if i + 1 < len(body) else None
        if not (_heading_shape(b.text) or _field_like(b.text)):
            return False
        if nxt is None or not nxt.label or nxt.list_kind in ("letter", "roman"):
            return False
    return True


def _headings_over_lists(body: Sequence[Block], top: Sequence[Block]) -> bool:
    """Whether the first-level numbered items of a body without "I." are its fields: at least two, each a short
    heading ("1. Mục đích", "2. Yêu cầu", no end punctuation, no number) directly over dash or lettered items of
    its own, or over a paragraph of its own ("1. Mục tiêu tổng quát" over its one paragraph) when at least two are
    over lists."""
    if len(top) < 2:
        return False
    at = {id(b): i for i, b in enumerate(body)}
    over_lists = 0
    for b in top:
        i = at[id(b)]
        nxt = body[i + 1] if i + 1 < len(body) else None
        if not (_heading_shape(b.text) and "\n" not in b.text.strip()) or nxt is None:
            return False
        # "2. Tặng quà 100% hộ nghèo dịp Tết": a task, its number a target
        if any(ch.isdigit() for ch in b.text):
            return False
        if nxt.list_kind in ("bullet", "letter") or (
            nxt.list_kind == "number" and _number_shape(nxt.label) != _number_shape(b.label)
        ):
            over_lists += 1  # dashes, letters, or tasks counted otherwise ("Thứ nhất, …", "(1)")
        elif nxt.label or _heading_shape(nxt.text):
            return False
    return over_lists >= 2


def _three_levels(body: Sequence[Block]) -> bool:
    """Whether a body without "I." goes three levels deep from its "1." items: a "1." item, then items of another shape
    under it ("a)", "Thứ nhất,", "(1)"), then a bullet under one of those."""
    top = second = False
    for b in body:
        if b.list_kind == "number" and _number_shape(b.label) == "#." and label_depth(b.label) == 1:
            top, second = True, False
        elif top and b.list_kind in ("letter", "number"):
            second = True
        elif second and b.list_kind == "bullet":
            return True
    return False


def _attached_start(blocks: Sequence[Block], start: int) -> int:
    """Where the body is looked for: after the line that opens an attached document ("(Ban hành kèm theo Quyết định số
    …)") when a closing ("Nơi nhận", the signature) stands before it — the decision that issues the plan — else at
    ``start``."""
    closed = False
    for i in range(start, len(blocks)):
        b = blocks[i]
        closed = closed or is_closing(b)
        # the line may end a paragraph a PDF made of the attached document's title
        if closed and not b.label and any(ATTACHED.match(ln.strip()) for ln in b.line.split("\n")):
            return i + 1
    return start


def _before_closing(body: Sequence[Block]) -> Sequence[Block]:
    """The body up to its closing: the first closing block (``is_closing``) after the first list item."""
    first = next((i for i, b in enumerate(body) if b.label), None)
    if first is None:
        return body
    end = next((i for i in range(first, len(body)) if is_closing(body[i])), len(body))
    return body[:end]


def _plain_heading(text: str) -> bool:
    """A short line in sentence case without end punctuation or colon: "Các chỉ tiêu kinh tế chủ yếu"."""
    t = text.strip()
    return _heading_shape(t) and t[:1].isupper() and not t.endswith(":") and not _caps(t)


def _plain_headings(body: Sequence[Block]) -> bool:
    """Whether a body without bold has headings in sentence case: at least two unlabelled short lines
    (``_plain_heading``) each directly above a list item, one of them right after a list item whose
    sentence ended — a heading between two lists, not a lead-in."""
    found = between = 0
    for i, b in enumerate(body[:-1]):
        nxt = body[i + 1]
        if b.label or not _plain_heading(b.text) or not nxt.label or nxt.list_kind == "roman":
            continue
        found += 1
        prev = body[i - 1] if i else None
        if prev is not None and prev.label and prev.text.rstrip().endswith((".", ";")):
            between += 1
    return found >= 2 and between >= 1


def _headings_over_paragraphs(body: Sequence[Block], plain: bool) -> list[Block]:
    """Unnumbered headings over a paragraph of their own, in a body whose other headings of the same kind (bold, or
    in sentence case where nothing is bold) head lists: each such line stands between a list item whose sentence ended
    and an unlabelled paragraph ("- … minh bạch." / "Thời gian thực hiện" / "Việc vận động … được tổ chức …")."""

    def heading(b: Block) -> bool:
        t = b.text.strip()
        return not b.label and _heading_shape(t) and (b.bold or (plain and _plain_heading(t)))

    # A field's heading on a line of its own ("Về tiến độ thực hiện chính sách:") heads what follows, list or
    # paragraphs, when the body has at least three of them.
    fields = {id(b) for b in body if not b.label and _field_heading_line(b.text)}
    found = (
        [b for b, nxt in itertools.pairwise(body) if id(b) in fields and not nxt.label and len(nxt.text) > 80]
        if len(fields) >= 3
        else []
    )
    over_lists = sum(
        1 for b, nxt in itertools.pairwise(body) if heading(b) and nxt.label and nxt.list_kind != "roman"
    )
    if over_lists < 2:
        return found
    return found + [
        b
        for prev, b, nxt in zip(body, body[1:], body[2:], strict=False)
        if heading(b)
        and prev.label
        and prev.text.rstrip().endswith((".", ";"))
        and not nxt.label
        and not heading(nxt)
        and len(nxt.text) > 80
    ]


def _field_heading_line(text: str) -> bool:
    """A field's name on a line of its own, with its colon or no end mark: "Về tiến độ thực hiện chính sách:"."""
    t = text.strip().removesuffix(":")
    return bool(FIELD_HEAD.match(t)) and _heading_shape(t) and "\n" not in t


def _caps(text: str) -> bool:
    t = text.strip()
    return t == t.upper() and sum(ch.isalpha() for ch in t) >= 4


def _field_like(text: str) -> bool:
    """A short line ending with a colon, in sentence case: "Chỉ tiêu về kinh tế:"."""
    t = text.strip()
    return len(t) <= 100 and t.endswith(":") and "\n" not in t


def _field_line(text: str) -> bool:
    """A field heading line: "Chỉ tiêu về kinh tế:", or a short line naming its field ("Về kinh tế",
    "Lĩnh vực văn hóa - xã hội") without a full stop."""
    t = text.strip()
    return _field_like(t) or (bool(FIELD_HEAD.match(t)) and _heading_shape(t))


def _heading_shape(text: str) -> bool:
    """A line that may head a section: short, no end punctuation; a long one a PDF wrapped over two lines counts
    as one ("… Thủ tướng Chính" / "phủ giao năm 2025")."""
    t = text.strip()
    return 0 < len(t) <= 90 and t.count("\n") <= 1 and not t.endswith((".", ";", ",")) and not t[:1].isdigit()


def _walk(tasks: Sequence[Task]) -> list[Task]:
    out: list[Task] = []
    for t in tasks:
        out.append(t)
        out.extend(_walk(t.children))
    return out


def _romans_under_parts(body: Sequence[Block]) -> bool:
    """Whether Roman numbers are the second level of a body: after a part lettered "A." … "H." or named "PHẦN …"
    ("PHẦN THỨ NHẤT", "Phần I"), they start again at "I.". Letters under a Roman part ("I. MỤC TIÊU", then "A. Mục
    tiêu chung", then "II. NHIỆM VỤ") leave the Roman numbers the parts."""
    romans = [b for b in body if b.list_kind == "roman"]
    first_part = next((i for i, b in enumerate(romans) if _PART_LABEL.match(b.label)), None)
    if first_part is None:
        return False
    after = next((b for b in romans[first_part + 1 :] if _ROMAN_LABEL.match(b.label)), None)
    return after is not None and label_value(after.label) == 1


# A part's label above Roman numbers: a capital letter that is no Roman numeral, or "PHẦN …"; and a Roman number's.
_PART_LABEL = re.compile(r"^(?:[A-H](?![A-Z])|PHẦN\b|Phần\b)")
_ROMAN_LABEL = re.compile(r"^[IVXL]+\s*[.\-–—:)/]")


# The rank of a paragraph task in a part of paragraphs with dashes under some: above the dashes.
_PARAGRAPH_TASK_RANK = (25, 0, 0)

# The shapes of number a sub-item takes under a lettered task (or a dash ending with ":"); and the mark, in the
# builder's table of shapes, of a shape first met so.
_SUB_NUMBER_SHAPES = ("(#)", "#)")
_UNDER_LETTER = -1


def _rank(b: Block) -> tuple[int, int, int]:
    if b.list_kind == "roman":
        return (5, 0, b.level)  # a Roman number under a part ("A."/"I."/"1."): above the numbers
    if b.list_kind == "number":
        return (10, label_depth(b.label), b.level)
    if b.list_kind == "letter":
        return (20, 0, b.level)
    if b.list_kind == "bullet":
        return (30, bullet_order(b.label), b.level)
    return (99, 0, b.level)


def _number_shape(label: str) -> str:
    """A number label's shape, its digits or words of number left out: "1." and "12." are "#.", "(3)" is "(#)",
    "1.2." is "#.#.", "Thứ hai," is "thứ #,", "Hai là," is "# là,"."""
    shape = re.sub(r"\d+", "#", label.strip())
    shape = re.sub(r"(?i:thứ)\s+\w+", "thứ #", shape)  # "Thứ hai,", "Đột phá thứ nhất:"
    return re.sub(r"^\w+(?=\s+là\b)", "#", shape)  # "Hai là,"


def _clean_number(label: str) -> str:
    core = label.strip().rstrip(".):-–—,/").lstrip("(").strip()
    part = re.match(r"^(?:PHẦN|Phần)\s+", core) is not None
    core = re.sub(r"^(?:PHẦN|Phần)\s+", "", core)
    ordinal = part_ordinal(core)
    if ordinal is not None and part:
        return to_roman(ordinal)  # "Phần thứ hai" is part II
    value = label_value(label) if ordinal is not None or " " in core else None
    return str(value) if value is not None else core  # "Thứ hai, …", "Hai là, …", "Nhiệm vụ 2: …" are task 2


def _number_children(item: _Item) -> None:
    for child in item.children:
        child.number = "-" if child.kind == "bullet" else _clean_number(child.label)
        _number_children(child)


def _target_finder() -> Callable[[str, Kind, str | None], list[Target]]:
    """The target extractor run over one task's text with the document's kind and period."""
    from trongtam.core.extraction.targets import find_targets

    def run(text: str, kind: Kind, period: str | None) -> list[Target]:
        return find_targets(text, kind=kind, default_period=period)

    return run


__all__ = ["Builder"]
