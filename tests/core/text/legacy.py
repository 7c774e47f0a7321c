"""Encode Unicode Vietnamese as TCVN3 or VNI (as Windows-1252 characters), to make legacy test copies.

The inverse of the tables in ``trongtam.core.text.repair``; capitals with marks, which TCVN3 has no
code for, are written as the lower-case code (what a ``.VnTimeH`` capitals font shows as capitals).
"""

from __future__ import annotations

import unicodedata

from trongtam.core.text.repair import _TCVN3, _VNI_BREVE, _VNI_HAT, _VNI_SINGLE, _VNI_TONES

_TO_TCVN3 = {letter: code for code, letter in _TCVN3.items()}
_TONE_TO_VNI = {mark: ch for ch, mark in _VNI_TONES.items()}
_HAT_TO_VNI = {mark: ch for ch, mark in _VNI_HAT.items()}
_BREVE_TO_VNI = {mark: ch for ch, mark in _VNI_BREVE.items()}
_SINGLE_TO_VNI = {letter: ch for ch, letter in _VNI_SINGLE.items()}


def to_tcvn3(text: str) -> str:
    """Unicode -> TCVN3 characters."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in _TO_TCVN3:
            out.append(_TO_TCVN3[ch])
        elif ch.lower() in _TO_TCVN3 and ch.lower() != ch:
            out.append(_TO_TCVN3[ch.lower()])
        else:
            out.append(ch)
    return "".join(out)


def to_vni(text: str) -> str:
    """Unicode -> VNI characters."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        upper = ch.isupper()
        low = ch.lower()
        if low in _SINGLE_TO_VNI:
            code = _SINGLE_TO_VNI[low]
            out.append(code.upper() if upper else code)
            continue
        parts = unicodedata.normalize("NFD", low)
        base, marks = parts[0], parts[1:]
        if not marks or base not in "aeiouy" or not base.isascii():
            out.append(ch)
            continue
        tone = next((m for m in marks if m in _TONE_TO_VNI or m in _HAT_TO_VNI), "")
        tone = tone if tone in ("\u0301", "\u0300", "\u0309", "\u0303", "\u0323") else ""
        if "\u0302" in marks:
            code = base + _HAT_TO_VNI[tone]
        elif "\u0306" in marks:
            code = base + _BREVE_TO_VNI[tone]
        elif "\u031b" in marks:
            horn = _SINGLE_TO_VNI[unicodedata.normalize("NFC", base + "\u031b")]
            code = horn + (_TONE_TO_VNI[tone] if tone else "")
        elif base == "y" and tone == "\u0323":
            code = _SINGLE_TO_VNI["ỵ"]
        elif base == "i" and tone:
            code = _SINGLE_TO_VNI[unicodedata.normalize("NFC", "i" + tone)]
        else:
            code = base + _TONE_TO_VNI[tone]
        out.append(code.upper() if upper else code)
    return "".join(out)
