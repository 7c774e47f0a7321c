"""A task's lead and coordinating units: "Cơ quan chủ trì: …", "giao X chủ trì, phối hợp với Y"."""

from __future__ import annotations

import re

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


def units(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The lead units and the coordinating units a task's text names."""
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


__all__ = ["units"]
