"""Repair Vietnamese text damaged before reading: legacy encodings and the glyph swaps of PDF fonts.

Two legacy 8-bit encodings still circulate in Word files and text typed years ago:

* **TCVN3** (TCVN 5712:1993 VN3, "ABC", fonts ``.VnTime``, ``.VnArial``…): one byte per lower-case
  letter with its marks; capitals with marks have no code of their own and are drawn by a capitals
  font (``.VnTimeH``), so a word written in capitals is upper-cased after conversion.
* **VNI** (fonts ``VNI-Times``…): a base letter followed by one or two mark characters
  ("Vieät" = "Việt").

Word keeps such text as the Windows-1252 characters of those bytes ("Céng hßa", "Coäng hoøa"), so
the tables below map those characters. They were written from the published TCVN 5712 VN3 chart and
the VNI character set, not copied from any converter.

PDF fonts without a correct ToUnicode map put look-alike letters in the text layer: ``ƣ`` (Latin
"oi", U+01A3) for ``ư``, ``Ƣ`` for ``Ư``, ``ð``/``Ð`` for ``đ``/``Đ``, ``Ɵ`` for the "ti" ligature,
and the Latin "fi"/"fl" ligatures. ``repair`` fixes both and says what it did.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

Encoding = Literal["unicode", "tcvn3", "vni"]

# --- TCVN3 (VN3): byte (as its Windows-1252 character) -> letter ---------------------------------------
# Row by row of the VN3 chart: the base letters with breve, circumflex, horn and đ, then each vowel
# with grave, hook, tilde, acute and dot below.
_TCVN3_ROWS = {
    0xA1: "ĂÂÊÔƠƯĐăâêôơưđ",
    0xB5: "àảãáạ",
    0xBB: "ằẳẵắ",
    0xC6: "ặầẩẫấậè",
    0xCE: "ẻẽéẹềểễếệìỉ",
    0xDC: "ĩíịò",
    0xE1: "ỏõóọồổỗốộờởỡớợù",
    0xF1: "ủũúụừửữứựỳỷỹýỵ",
}
_TCVN3: dict[str, str] = {}
for _start, _letters in _TCVN3_ROWS.items():
    for _offset, _letter in enumerate(_letters):
        _TCVN3[bytes([_start + _offset]).decode("cp1252")] = _letter

# --- VNI: base letter + mark characters -> letter ---------------------------------------------------
# Tone marks after a vowel: sắc, huyền, hỏi, ngã, nặng.
_VNI_TONES = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
# After a, the circumflex combined with a tone (â, ấ, ầ, ẩ, ẫ, ậ) and the breve (ă, ắ, ằ, ẳ, ẵ, ặ);
# after e and o, the circumflex forms.
_VNI_HAT = {"â": "", "á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303", "ä": "\u0323"}
_VNI_BREVE = {"ê": "", "é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}
# Single characters that stand for a whole letter.
_VNI_SINGLE = {
    "ô": "ơ", "ö": "ư", "ñ": "đ", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ",
}  # fmt: skip


def _vni_pattern() -> re.Pattern[str]:
    marks = "".join(sorted(set(_VNI_TONES) | set(_VNI_HAT) | set(_VNI_BREVE)))
    marks += marks.upper()
    return re.compile(
        rf"([aeoyuAEOYUôöÔÖ])([{marks}])|([{''.join(_VNI_SINGLE)}{''.join(_VNI_SINGLE).upper()}])"
    )


_VNI_RE = _vni_pattern()


def _vni_letter(m: re.Match[str]) -> str:
    if m.group(3):
        ch = m.group(3)
        letter = _VNI_SINGLE[ch.lower()]
        return letter.upper() if ch.isupper() else letter
    base, mark = m.group(1), m.group(2)
    upper = base.isupper()
    low_base = _VNI_SINGLE.get(base.lower(), base.lower())
    low_mark = mark.lower()
    out: str | None = None
    if low_base in "aeo" and low_mark in _VNI_HAT:
        out = low_base + "\u0302" + _VNI_HAT[low_mark]
    elif low_base == "a" and low_mark in _VNI_BREVE:
        out = "a\u0306" + _VNI_BREVE[low_mark]
    elif low_mark in _VNI_TONES:
        out = low_base + _VNI_TONES[low_mark]
    if out is None:
        return m.group(0)
    out = unicodedata.normalize("NFC", out)
    return out.upper() if upper else out


def tcvn3_to_unicode(text: str) -> str:
    """Convert TCVN3 text (as Windows-1252 characters) to Unicode NFC; words in capitals stay capitals.

    >>> tcvn3_to_unicode("Céng hßa x· héi chñ nghÜa ViÖt Nam")
    'Cộng hòa xã hội chủ nghĩa Việt Nam'
    >>> tcvn3_to_unicode("LÜNH VùC KINH TÕ")
    'LĨNH VỰC KINH TẾ'
    """
    return unicodedata.normalize("NFC", "\n".join(_tcvn3_line(line) for line in text.split("\n")))


def _all_caps(s: str, least: int) -> bool:
    letters = [ch for ch in s if ch.isascii() and ch.isalpha()]
    return len(letters) >= least and all(ch.isupper() for ch in letters)


def _tcvn3_line(line: str) -> str:
    # A line typed in a capitals font (.VnTimeH) has its plain letters in capitals too.
    if _all_caps(line, 4):
        return "".join(_TCVN3.get(ch, ch) for ch in line).upper()
    out: list[str] = []
    for word in re.split(r"(\s+)", line):
        converted = "".join(_TCVN3.get(ch, ch) for ch in word)
        out.append(converted.upper() if converted != word and _all_caps(word, 2) else converted)
    return "".join(out)


def vni_to_unicode(text: str) -> str:
    """Convert VNI text (as Windows-1252 characters) to Unicode NFC.

    >>> vni_to_unicode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")
    'Cộng hòa xã hội chủ nghĩa Việt Nam'
    >>> vni_to_unicode("LÓNH VÖÏC KINH TEÁ, ÑAÛNG")
    'LĨNH VỰC KINH TẾ, ĐẢNG'
    """
    return unicodedata.normalize("NFC", _VNI_RE.sub(_vni_letter, text))


# Windows-1252 characters that Vietnamese never writes but TCVN3 and VNI text is full of.
_LEGACY_MARKS = set("¡¢£¤¥¦§¨©ª«¬\xad®µ¶·¸¹»¼½¾ÆÇÈËÎÏÐÑÖ×ØÛÜÝÞßäåæçëîïñö÷øûüþ")

# A Vietnamese syllable: onset, a vowel nucleus from the language's inventory, coda; one tone at most.
_NUCLEI = (
    "a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ "
    "ưa ưi ươ ưu uy uya uyê yê iêu yêu oai oao oay oeo uây uôi ươi ươu uyu"
).split()
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    rf"(?:{'|'.join(sorted(_NUCLEI, key=len, reverse=True))})"
    r"(?:ng|nh|ch|[cmnpt])?"
)
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_WORDS = re.compile(r"[^\W\d_]+")


def _syllable_ok(word: str) -> bool:
    decomposed = unicodedata.normalize("NFD", word.lower())
    if sum(1 for ch in decomposed if ch in _TONES) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
    return bool(_SYLLABLE.fullmatch(bare))


def vietnamese_score(text: str) -> float:
    """The share of words that are Vietnamese syllables, less the legacy mark characters left."""
    words = _WORDS.findall(text)
    if not words:
        return 0.0
    good = sum(1 for w in words if _syllable_ok(w))
    bad = sum(1 for ch in text if ch in _LEGACY_MARKS)
    return (good - bad) / len(words)


_CP1252 = frozenset(bytes(range(256)).decode("cp1252", errors="ignore"))


def detect_encoding(text: str) -> Encoding:
    """Which encoding the characters of ``text`` are in: Unicode, or TCVN3/VNI read as Windows-1252.

    >>> detect_encoding("Cộng hòa"), detect_encoding("Céng hßa x· héi"), detect_encoding("Coäng hoøa xaõ")
    ('unicode', 'tcvn3', 'vni')
    """
    sample = text[:20000]
    marks = sum(1 for ch in sample if ch in _LEGACY_MARKS)
    if marks < 2:
        return "unicode"
    # Legacy text read as Windows-1252 holds no letter beyond that code page: Unicode Vietnamese does.
    beyond = sum(1 for ch in sample if ch not in _CP1252 and ch.isalpha())
    if beyond >= marks:
        return "unicode"
    scores: dict[Encoding, float] = {
        "unicode": vietnamese_score(sample),
        "tcvn3": vietnamese_score(tcvn3_to_unicode(sample)),
        "vni": vietnamese_score(vni_to_unicode(sample)),
    }
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] > scores["unicode"] + 0.05 else "unicode"


# PDF fonts whose glyphs map to the wrong code points.
_GLYPHS = {
    "\u01a3": "ư",  # ƣ LATIN SMALL LETTER OI
    "\u01a2": "Ư",  # Ƣ LATIN CAPITAL LETTER OI
    "\u00f0": "đ",  # ð eth
    "\u00d0": "Đ",  # Ð eth
    "\u019f": "ti",  # Ɵ drawn as the "ti" ligature
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb00": "ff",
    "\u00ad": "",  # a soft hyphen left by justification
    "\u200b": "",
}
_GLYPH_RE = re.compile("[" + "".join(_GLYPHS) + "]")


@dataclass(frozen=True)
class Repair:
    """What ``repair`` changed: the encoding it converted from and how many look-alike glyphs it replaced."""

    encoding: Encoding = "unicode"
    glyphs: int = 0

    @property
    def notes(self) -> tuple[str, ...]:
        """The repairs, one Vietnamese sentence each (empty when nothing was changed)."""
        out = []
        if self.encoding == "tcvn3":
            out.append("Đã chuyển văn bản từ bảng mã TCVN3 (ABC, phông .VnTime) sang Unicode.")
        elif self.encoding == "vni":
            out.append("Đã chuyển văn bản từ bảng mã VNI (phông VNI-Times) sang Unicode.")
        if self.glyphs:
            out.append(f"Đã sửa {self.glyphs} ký tự bị phông chữ thay thế (như “ƣ” thành “ư”).")
        return tuple(out)


def fix_glyphs(text: str) -> tuple[str, int]:
    """Replace the look-alike glyphs of broken PDF fonts; return the text and how many were replaced.

    >>> fix_glyphs("dƣới 2%, ÐẢNG, Ƣu tiên")
    ('dưới 2%, ĐẢNG, Ưu tiên', 3)
    """
    count = 0

    def swap(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return _GLYPHS[m.group(0)]

    return _GLYPH_RE.sub(swap, text), count


def converter(encoding: Encoding) -> Callable[[str], str]:
    """The function that converts text from ``encoding`` to Unicode NFC."""
    if encoding == "tcvn3":
        return tcvn3_to_unicode
    if encoding == "vni":
        return vni_to_unicode
    return lambda s: unicodedata.normalize("NFC", s)


def repair(text: str) -> tuple[str, Repair]:
    """Convert legacy-encoded text to Unicode NFC and fix glyph swaps; say what was done.

    >>> repair("Tû lÖ hé nghÌo d­íi 2%")[0]
    'Tỷ lệ hộ nghèo dưới 2%'
    """
    encoding = detect_encoding(text)
    text = converter(encoding)(text)
    text, glyphs = fix_glyphs(text)
    return text, Repair(encoding=encoding, glyphs=glyphs)


__all__ = [
    "Encoding",
    "Repair",
    "converter",
    "detect_encoding",
    "fix_glyphs",
    "repair",
    "tcvn3_to_unicode",
    "vietnamese_score",
    "vni_to_unicode",
]
