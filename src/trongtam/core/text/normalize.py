"""Vietnamese text normalisation: NFC, and old/new tone placement unified for matching only.

Displayed text always stays as written; ``match_key`` is what comparisons and searches use.
"""

from __future__ import annotations

import re
import unicodedata

# Tone marks in NFD form: grave, acute, hook above, tilde, dot below.
_TONES = "\u0300\u0301\u0309\u0303\u0323"
# Old style puts the tone on the second vowel of an open "oa", "oe", "uy" syllable ("hoà", "thuỷ");
# new style puts it on the first ("hòa", "thủy"). Both are in official use, so both must match.
_OLD_STYLE = re.compile(rf"(?<![qQ])([oO]|[uU])([aAeEyY])([{_TONES}])(?![a-zA-Z\u0300-\u036f\u0111\u0110])")


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC, the form every stored string uses.

    >>> nfc("ho\u0300a") == "hòa"
    True
    """
    return unicodedata.normalize("NFC", text)


def unify_tones(text: str) -> str:
    """Move old-style tone marks to the new-style position, returning NFC text.

    >>> unify_tones("hoà bình") == "hòa bình"
    True
    >>> unify_tones("Thuỷ lợi") == "Thủy lợi"
    True
    >>> unify_tones("hoàng") == "hoàng"
    True
    """
    decomposed = unicodedata.normalize("NFD", text)

    def move(m: re.Match[str]) -> str:
        first, second, tone = m.group(1), m.group(2), m.group(3)
        if first.lower() == "u" and second.lower() != "y":
            return m.group(0)
        if first.lower() == "o" and second.lower() not in "ae":
            return m.group(0)
        return first + tone + second

    return unicodedata.normalize("NFC", _OLD_STYLE.sub(move, decomposed))


def match_key(text: str) -> str:
    """The form used to compare Vietnamese strings: NFC, unified tones, lower case, single spaces.

    >>> match_key("  Hoà   Sơn ") == match_key("hòa sơn")
    True
    """
    return re.sub(r"\s+", " ", unify_tones(text).lower()).strip()
