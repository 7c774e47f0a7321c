"""The header of an official letter: issuer, number and symbol, place and date, type, subject, recipients.

Nghị định 30/2020 and the Party's HD 36 put these above the body in a fixed order; the rules read that
order from the blocks, whether they came from a header table, a text conversion or a PDF.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import date

from trongtam.core.letter import Header
from trongtam.core.reading.labels import RULE_CHARS, split_label
from trongtam.core.reading.model import Block
from trongtam.core.text.normalize import match_key

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
    "BẢNG ĐĂNG KÝ",
    "BẢN GIAO ƯỚC",
    "GIAO ƯỚC",
    "BẢN CAM KẾT",
    "QUY TRÌNH",
    "NỘI QUY",
    "ĐIỀU LỆ",
    "THÔNG TRI",  # a Party or Front committee's circular (Hướng dẫn 36-HD/VPTW)
    "THÔNG CÁO",
    "CÔNG ĐIỆN",
    "ĐĂNG KÝ",
    "DANH MỤC",
    "PHỤ LỤC",
    "DIỄN VĂN",  # a congress's or a session's opening or closing speech
    "BÀI PHÁT BIỂU",
    "PHÁT BIỂU",
)

PLACE_LEVEL_WORDS = ("HUYỆN", "TỈNH", "XÃ", "PHƯỜNG", "THỊ TRẤN", "THÀNH PHỐ", "QUẬN", "THỊ XÃ")

PARTY_ORGS = ("HUYỆN ỦY", "TỈNH ỦY", "THÀNH ỦY", "QUẬN ỦY", "THỊ ỦY", "ĐẢNG ỦY")

SUBJECT_HEAD = re.compile(r"^(?:V/v|V/V|Về việc|về việc|Vv)\b[:.]?\s*")

NUMBER_LINE = re.compile(r"^(?:Số|SỐ)\s*:?\s*(?P<rest>[^\n]*)$")  # "SỐ:" in capitals too

PLACE_DATE = re.compile(
    r"^(?P<place>[^\d,\n]{2,50}?(?:\s\d{1,2})?)\s*,\s*ngày\s*(?P<d>\d{1,2})?\s*tháng\s*(?P<m>\d{1,2})?\s*năm\s*(?P<y>\d{4})?",
    re.IGNORECASE,
)

RECIPIENT_HEAD = re.compile(r"^Kính\s+gửi\s*:?\s*", re.IGNORECASE)

PREAMBLE_START = re.compile(
    r"^(?:Căn cứ|Kính gửi|Thực hiện (?:Công văn|Kế hoạch|Nghị quyết|Quyết định|Chỉ thị|Chương trình)|Theo đề nghị)"
)


def read_header(blocks: list[Block]) -> tuple[Header, int]:
    """The header at the top of the blocks and the index of the first block after it.

    A block whose first lines are header and whose rest is body is cut in place.
    """
    issuer_lines: list[str] = []
    number = symbol = place = doc_type = subject = None
    issued_on: date | None = None
    recipients: list[str] = []
    end = 0
    after_type = False
    in_recipients = False
    limit = min(len(blocks), 25)
    i = 0
    while i < limit:
        block = blocks[i]
        lines = [ln.strip() for ln in block.line.split("\n") if ln.strip()]
        consumed = True
        if in_recipients and block.list_kind == "bullet" and not block.text.startswith("Căn cứ"):
            recipients.append(strip_item(block.text))
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
            if j + 1 < len(lines) and _national(match_key(f"{line} {lines[j + 1]}")):
                j += 2  # "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" / "NAM" wrapped in a narrow column
                continue
            if (
                key.strip(RULE_CHARS + " ")
                == ""  # a rule under the issuer or the motto: "***", "————", "_____"
                or _national(key)
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
                subject = join_words(parts)
            elif RECIPIENT_HEAD.match(line):
                rest = RECIPIENT_HEAD.sub("", line, count=1).strip()
                more = [rest] if rest else []
                more += lines[j + 1 :]
                j = len(lines)
                for r in more:
                    r = strip_item(r)
                    if r:
                        recipients.append(r)
                in_recipients = not recipients or not more[-1].rstrip().endswith(".")
            elif doc_type is None and is_doc_type(line):
                doc_type = line
                after_type = True
                j += 1
                if j < len(lines) and _looks_like_subject(lines[j], block):
                    cut = _subject_end(lines, j)
                    subject = join_words(lines[j:cut])
                    after_type = False
                    j = cut
                if j < len(lines):
                    _split_block(blocks, i, lines[j:])
                    consumed = False
                break
            elif after_type and subject is None and _looks_like_subject(line, block):
                cut = _subject_end(lines, j)
                subject = join_words(lines[j:cut])
                after_type = False
                if cut < len(lines):
                    _split_block(blocks, i, lines[cut:])
                    consumed = False
                break
            elif (
                number is not None
                and place is None
                and doc_type is None
                and subject is None
                and not line.endswith(".")
                and _looks_like_subject(line, block)
                and _motto_or_date(_next_line(blocks, i, lines, j))
            ):
                subject = line  # a Party letter's subject under its number, no "V/v": "Kết luận của Ban Bí thư về …"
            elif _is_issuer_line(line) and place is None and doc_type is None and subject is None:
                issuer_lines.append(line)
            else:
                consumed = False
                break
            j += 1
        if not consumed:
            if blocks[i] is not block:
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


def _split_block(blocks: list[Block], i: int, rest: list[str]) -> None:
    """Keep only ``rest`` of block ``i`` (its first lines were consumed by the header)."""
    label, kind, text = split_label("\n".join(rest))
    blocks[i] = dataclasses.replace(blocks[i], text=text, label=label, list_kind=kind)


def strip_item(s: str) -> str:
    s = s.strip()
    s = re.sub(r"^[-–—+•]\s*", "", s)
    return s.rstrip(";,. ").strip()


def join_words(parts: Sequence[str]) -> str:
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
        RECIPIENT_HEAD.match(line) or NUMBER_LINE.match(line) or PLACE_DATE.match(line) or is_doc_type(line)
    )


def _next_line(blocks: list[Block], i: int, lines: list[str], j: int) -> str:
    """The header line after ``lines[j]`` of block ``i``: the block's next line, or the next block's first."""
    if j + 1 < len(lines):
        return lines[j + 1]
    return blocks[i + 1].line.strip().split("\n", 1)[0] if i + 1 < len(blocks) else ""


def _motto_or_date(line: str) -> bool:
    return _national(match_key(line)) or PLACE_DATE.match(line) is not None


def _national_key(key: str) -> str:
    return re.sub(r"[-–—]", "-", key.replace(" ", ""))


_NATIONAL_KEYS = frozenset(_national_key(k) for k in NATIONAL_LINES)


def _national(key: str) -> bool:
    """Whether a line (its match key) is the national name or motto, however its dashes and spaces were typed:
    "Độc lập – Tự do - Hạnh phúc" mixes an en dash and a hyphen."""
    return _national_key(key) in _NATIONAL_KEYS


def is_doc_type(line: str) -> bool:
    t = line.strip()
    return t == t.upper() and any(t.startswith(dt) for dt in DOC_TYPES) and len(t) < 120


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
    lines = [ln.strip(" *") for ln in lines if ln.strip(RULE_CHARS + " ")]
    if not lines:
        return None, None
    if len(lines) == 1:
        return lines[0], None
    second = lines[1]
    if second.startswith(PLACE_LEVEL_WORDS) and not second.startswith(PARTY_ORGS):
        return " ".join(lines), None
    return " ".join(lines[1:]), lines[0]


__all__ = ["NATIONAL_LINES", "PREAMBLE_START", "is_doc_type", "join_words", "read_header", "strip_item"]
