"""Vietnamese syllables run together by a PDF that dropped the spaces between them ("tăngtrưởng", "tỷ lệtăng",
"hộnghèo"): where to put the spaces back.

A Vietnamese syllable has one run of vowels, a consonant onset before it and at most a short final after it. A word
with a Vietnamese letter and two vowel runs or more is syllables glued together; each consonant cluster between two
runs splits into the longest onset that can open the next syllable and a final that can close the one before
("kinhtế" → "kinh tế", "tiêugiảm" → "tiêu giảm"). A cluster that splits no way is left as it is, and so are words in
capitals (acronyms such as "UBTƯMTTQ"), words with no Vietnamese letter (loanwords, names: "online", "Internet") and
a unit right after its number, kept as written ("20.700 môtô").

    >>> glued_syllables("Tốc độ tăngtrưởng, tỷ lệhộ nghèo")
    [11, 24]
"""

from __future__ import annotations

import itertools
import re

__all__ = ["glued_syllables"]

_VOWELS = "aăâeêioôơuưy"
_TONED = "áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
_VOWEL_RUN = re.compile(f"[{_VOWELS}{_TONED}]+")
_VIETNAMESE_LETTER = re.compile(f"[ăâêôơưđ{_TONED}]")
# Only the words with two vowel runs are looked at: a vowel, consonants, a vowel again (found in one pass in C; most
# words are one syllable and never reach Python).
_WORD = re.compile(
    rf"(?<![^\W\d_])[^\W\d_]*[{_VOWELS}{_TONED}][^{_VOWELS}{_TONED}\W\d_]+[{_VOWELS}{_TONED}][^\W\d_]*",
    re.IGNORECASE,
)
_AFTER_NUMBER = re.compile(r"\d[ \t\xa0]?$")
# The consonants that may open a syllable; "gi" and "qu" end in a vowel letter, so the cluster before a vowel run holds
# only their "g" and "q".
_ONSETS = frozenset("b c ch d đ g gh h k kh l m n ng ngh nh p ph q r s t th tr v x".split())
_WORD_ONSETS = _ONSETS | {""}  # a word may open on its vowel
_FINALS = frozenset(("", "c", "ch", "m", "n", "ng", "nh", "p", "t"))


def _split_points(word: str) -> list[int]:
    """Offsets inside ``word`` (lower case) where a new syllable starts, or [] when it is one syllable or unsure."""
    runs = [m.span() for m in _VOWEL_RUN.finditer(word)]
    if len(runs) < 2:
        return []
    points = []
    for (_, end), (start, _) in itertools.pairwise(runs):
        cluster = word[end:start]
        for cut in range(len(cluster) + 1):  # the longest onset first
            if cluster[cut:] in _ONSETS and cluster[:cut] in _FINALS:
                points.append(end + cut)
                break
        else:
            return []
    if word[: runs[0][0]] not in _WORD_ONSETS or word[runs[-1][1] :] not in _FINALS:
        return []
    return points


def glued_syllables(text: str) -> list[int]:
    """The offsets in ``text`` where a space belongs between two syllables run together, in order."""
    out: list[int] = []
    for m in _WORD.finditer(text):
        word = m.group()
        if word.isupper() or not _VIETNAMESE_LETTER.search(word.lower()):
            continue
        if _AFTER_NUMBER.search(text, max(0, m.start() - 3), m.start()):
            continue  # a unit is kept as written: "20.700 môtô", "69 cánhân"
        out.extend(m.start() + p for p in _split_points(word.lower()))
    return out
