"""Communes a task names: "xã Yên Thịnh", "Thị trấn Hữu Lũng", and the lists after "các xã"."""

from __future__ import annotations

import re

from trongtam.core.text.normalize import match_key

PLACE_KINDS = re.compile(r"\b(xã|Xã|XÃ|thị trấn|Thị trấn|Thị Trấn|THỊ TRẤN|phường|Phường|PHƯỜNG)\s+")
PLACE_STOP_WORDS = {"thị", "xã", "phường", "huyện", "tỉnh", "thôn", "khu", "cụm", "lễ", "công", "ban", "ubnd"}

_WORD = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")


def places(text: str) -> tuple[str, ...]:
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


__all__ = ["places"]
