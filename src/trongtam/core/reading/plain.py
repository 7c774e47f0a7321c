"""Read .txt and .md: encoding detection, markdown residue stripped, lines grouped into paragraphs.

Text conversions of Word files carry markdown marks (``###``, ``**``, ``***``), hard breaks
(two trailing spaces), escaped list numbers (``7\\.``); all are removed, keeping the words.
"""

from __future__ import annotations

import codecs
import re

from trongtam.core.reading.labels import split_label
from trongtam.core.reading.model import Block, Format, ReadResult, read_error
from trongtam.core.text.normalize import nfc

# Letters only Vietnamese uses among Latin scripts: a decoding that yields many of them is right.
_VI_LETTERS = set(
    "ăâđêôơưĂÂĐÊÔƠƯ"
    "áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
    "ÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
)
_MOJIBAKE = set("ÃÂÐÞþðÕ¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶¸¹º»¼½¾¿×÷�")


def _score(text: str) -> float:
    if not text:
        return 0.0
    vi = sum(1 for ch in text if ch in _VI_LETTERS)
    bad = sum(1 for ch in text if ch in _MOJIBAKE or (ord(ch) < 32 and ch not in "\n\r\t"))
    return (vi - 3 * bad) / len(text)


def _binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(
        1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or "\ue000" <= ch <= "\uf8ff"
    )
    return controls > max(8, len(sample) // 50)


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode text bytes, returning ``(text, encoding)``; raise a ReadError for binary data.

    >>> decode("Hữu Lũng".encode("utf-16"), "a.txt")[0]
    'Hữu Lũng'
    """
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return nfc(data.decode(enc)), enc
            except UnicodeDecodeError:
                break
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(0) > len(sample) // 4:
        # UTF-16 without a BOM: every other byte of ASCII text is zero.
        even_zero = sample[0::2].count(0)
        odd_zero = sample[1::2].count(0)
        for enc, ok in (("utf-16-le", odd_zero > even_zero), ("utf-16-be", even_zero > odd_zero)):
            if ok:
                try:
                    text = data.decode(enc)
                except UnicodeDecodeError:
                    continue
                if "\x00" not in text and not _binary(text):
                    return nfc(text), enc
        raise read_error(name, "binary data, not text", "tệp chứa dữ liệu nhị phân, không phải văn bản.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _binary(text):
            raise read_error(name, "binary data, not text", "tệp chứa dữ liệu nhị phân, không phải văn bản.")
        return nfc(text), "utf-8"
    try:
        legacy = data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    else:
        from trongtam.core.text.repair import converter, detect_encoding, vietnamese_score

        found = detect_encoding(legacy)
        if found != "unicode" and not _binary(legacy):
            try:
                cp1258 = vietnamese_score(nfc(data.decode("cp1258")))
            except UnicodeDecodeError:
                cp1258 = -1.0
            if vietnamese_score(converter(found)(legacy)) > cp1258:
                return legacy, "cp1252"  # TCVN3 or VNI bytes: the reader converts them to Unicode next
    candidates: list[tuple[float, str, str]] = []
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        candidates.append((_score(nfc(str(best))) + 0.001, nfc(str(best)), best.encoding))
    for enc in ("cp1258", "cp1252"):
        try:
            text = nfc(data.decode(enc))
        except UnicodeDecodeError:
            continue
        candidates.append((_score(text), text, enc))
    if not candidates:
        raise read_error(name, "unknown text encoding", "không nhận ra bảng mã của văn bản.")
    _score_best, text, enc = max(candidates, key=lambda c: c[0])
    if _binary(text):
        raise read_error(name, "binary data, not text", "tệp chứa dữ liệu nhị phân, không phải văn bản.")
    return text, enc


_TABLE_RULE = re.compile(r"^\|[\s:|-]*$")
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_HEADING = re.compile(r"^(#{1,6})\s+")
_EMPHASIS = re.compile(r"(\*{1,3}|_{2,3})(?=\S)(.+?)(?<=\S)\1")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
_UNPAIRED = re.compile(r"^(?:\*{2,3}|_{2,3})(?=\S)|(?<=\S)(?:\*{2,3}|_{2,3})\s*$")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def strip_markdown(line: str) -> tuple[str, int | None]:
    """Remove markdown residue from one line; return ``(text, heading level or None)``.

    >>> strip_markdown("### ***Nơi nhận:***")
    ('Nơi nhận:', 3)
    >>> strip_markdown("7\\\\. Tiếp tục **chỉ đạo**  ")
    ('7. Tiếp tục chỉ đạo', None)
    """
    level = None
    m = _HEADING.match(line)
    if m:
        level = len(m.group(1))
        line = line[m.end() :]
    line = re.sub(r"\s+#+\s*$", "", line) if level else line
    line = line.lstrip()
    if line.startswith(">"):
        line = line.lstrip(">").lstrip()
    for _ in range(3):
        new = _EMPHASIS.sub(r"\2", line)
        if new == line:
            break
        line = new
    line = _UNPAIRED.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _ESCAPE.sub(r"\1", line)
    line = line.replace("\\", "") if line.endswith("\\") else line
    return " ".join(line.split()), level


def blocks_from_lines(lines: list[str], markdown: bool = True) -> list[Block]:
    """Group text lines into paragraph blocks: a blank line, a list label or a heading starts a new one."""
    blocks: list[Block] = []
    current: list[str] = []
    meta: dict[str, object] = {}
    blank = True

    def flush() -> None:
        nonlocal current, meta
        if current:
            text = "\n".join(current)
            label, kind, rest = split_label(text)
            if meta.get("heading") is not None and not label:
                kind = None
            blocks.append(
                Block(
                    text=rest,
                    label=label,
                    list_kind=kind,
                    heading_level=meta.get("heading"),  # type: ignore[arg-type]
                    blank_before=bool(meta.get("blank")),
                    page=meta.get("page"),  # type: ignore[arg-type]
                )
            )
        current = []
        meta = {}

    page = 1
    table = -1
    row = 0
    in_table = False
    for raw in lines:
        if "\f" in raw:
            page += raw.count("\f")
            raw = raw.replace("\f", "")
        stripped = raw.strip()
        if markdown and stripped.startswith("|") and stripped.count("|") >= 2:
            # A markdown pipe table (what converters make of Word tables): one block per cell paragraph.
            flush()
            if not in_table:
                table, row, in_table = table + 1, 0, True
            if _TABLE_RULE.match(stripped):
                continue
            cells = stripped.strip("|").split("|")
            for col, cell in enumerate(cells):
                for part in _BR.split(cell):
                    text, _ = strip_markdown(part)
                    if text:
                        label, kind, rest = split_label(text)
                        blocks.append(
                            Block(
                                text=rest,
                                label=label,
                                list_kind=kind,
                                is_table_cell=True,
                                table=table,
                                row=row,
                                col=col,
                                page=page,
                            )
                        )
            row += 1
            blank = False
            continue
        in_table = False
        if markdown and _RULE.match(raw) and raw.strip():
            flush()
            blank = True
            continue
        text, heading = strip_markdown(raw) if markdown else (" ".join(raw.split()), None)
        if not text:
            flush()
            blank = True
            continue
        starts_item = bool(split_label(text)[0])
        if heading is not None or starts_item or not current:
            flush()
            meta = {"heading": heading, "blank": blank, "page": page}
            current = [text]
            if heading is not None:
                flush()
        else:
            current.append(text)
        blank = False
    flush()
    return blocks


def read_text(data: bytes, name: str, fmt: Format = "txt") -> ReadResult:
    """Read .txt/.md bytes into paragraph blocks."""
    if not data.strip():
        raise read_error(name, "the file is empty", "tệp rỗng.")
    text, encoding = decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\ufeff", "")
    blocks = blocks_from_lines(text.split("\n"))
    if not blocks:
        raise read_error(name, "the file has no text", "tệp không có nội dung chữ.")
    legacy = encoding == "cp1252" and any(ch in text for ch in "¸µ·Öøï")
    warnings = () if encoding.startswith("utf") or legacy else (f"Đã đọc tệp theo bảng mã {encoding}.",)
    return ReadResult(name=name, format=fmt, blocks=tuple(blocks), warnings=warnings)
