"""Task tables: "STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Phối hợp | Thời gian hoàn thành" -> one block per row."""

from __future__ import annotations

import re

from trongtam.core.reading.labels import split_label
from trongtam.core.reading.model import Block
from trongtam.core.text.normalize import match_key

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


def flatten_task_tables(blocks: list[Block], warnings: list[str]) -> list[Block]:
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


__all__ = ["flatten_task_tables"]
