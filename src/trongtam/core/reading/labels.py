"""List labels: formatting Word's counters ("IV", "c", "12") and splitting typed labels off text lines."""

from __future__ import annotations

import re

from trongtam.core.reading.model import ListKind
from trongtam.core.text.roman import from_roman

# The Vietnamese alphabet as Word's letter numbering does NOT use it: Word counts a..z; offices
# typing by hand use a, b, c, d, đ, e... Both are accepted when reading.
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def to_letter(n: int) -> str:
    """Word's lowerLetter format: a..z, then aa, bb...

    >>> to_letter(1), to_letter(27)
    ('a', 'aa')
    """
    if n <= 0:
        return str(n)
    return _LETTERS[(n - 1) % 26] * ((n - 1) // 26 + 1)


# A part numbered in words: "Phần thứ nhất", "PHẦN THỨ HAI", "Phần thứ tư" (Vietnamese ordinals).
ORDINALS = {
    "nhất": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}
_ORDINAL_WORDS = "|".join(sorted(ORDINALS, key=len, reverse=True))
_ORDINAL = "(?i:thứ)\\s+(?i:" + _ORDINAL_WORDS + ")\\b"
# Tasks counted in words at the head of their paragraph, as speeches and conclusions number them: "Thứ nhất, …",
# "Thứ hai, …" or "Một là, …", "Hai là, …" (the day "Thứ năm, ngày 12/3" is no label).
# The counting words are the ordinals with "một" for "nhất" (and no "tư").
COUNTS = {"một": 1, **{w: n for w, n in ORDINALS.items() if w not in ("nhất", "tư")}}
_WORD_NUMBER = (
    "(?:Thứ|THỨ)\\s+(?i:" + _ORDINAL_WORDS + ")"
    "|(?:" + "|".join(sorted((w.capitalize() for w in COUNTS), key=len, reverse=True)) + ")\\s+là"
)

# Items named by what they are and counted: "Nhiệm vụ 1:", "Giải pháp 2.", "Bước 1:", "Đột phá thứ nhất:", each noun
# as written or in capitals (a programme's own number, "Chương trình 135", has more digits). Groups: the number, or
# the ordinal in words. Spaces as "\s": it goes into a verbose pattern.
_NAMED_NOUNS = (
    "Nhiệm vụ",
    "Nhóm nhiệm vụ",
    "Giải pháp",
    "Nhóm giải pháp",
    "Mục tiêu",
    "Nội dung",
    "Chương trình",
    "Đề án",
    "Tiểu dự án",
    "Dự án",
    "Khâu đột phá",
    "Đột phá",
    "Tiêu chí",
    "Tiêu chuẩn",
    "Bước",
    "Đợt",
    "Hoạt động",
)
_NAMED_NUMBER = (
    "(?:"
    + "|".join(w.replace(" ", "\\s") for noun in _NAMED_NOUNS for w in (noun, noun.upper()))
    + ")\\s+(?:(\\d{1,2})|((?i:thứ)\\s+(?i:"
    + _ORDINAL_WORDS
    + ")))"
)

BULLETS = "-–—+•●▪■◦○·∙➢➤►✓❖\uf0a7\uf0b7\uf0d8\uf076\uf0fc"

_LABEL = re.compile(
    r"""^(?:
        (?P<part>(?:PHẦN|Phần)\s+(?:[IVXLC]+|"""
    + _ORDINAL
    + r"""|\d+))[.:)]?\s+
      | (?P<roman>[IVXLC]{1,7})(?:[.)]|\s?[-–—](?=\s)|/-?(?=\s))\s+
      | (?P<number>\d{1,3}(?:\.\d{1,3}){0,3})(?:[.)]|-(?=\s)|/-?(?=\s))\s+
      | (?P<subnumber>\d{1,2}(?:\.\d{1,2}){1,3})\s+(?=[^\W\d])
      | (?P<letter>[a-zđ])(?:[.)/]|-(?=\s))\s+
      | (?P<upper>[ABDEFGH])(?:[.)]|\s?-(?=\s))\s+(?=\S)
      | (?P<named>(?:"""
    + _NAMED_NUMBER
    + r""")\s*[:.])\s+(?=\S)
      | (?P<word>(?:"""
    + _WORD_NUMBER
    + r""")[,:])(?!\s*(?:ngày|\d))\s+(?=\S)
      | \((?P<paren>\d{1,2})\)(?:[.:](?=\s))?\s*
      | \((?P<parenletter>[a-zđ]|i{2,3}|iv|vi{1,3}|ix)\)\s*
      | (?P<bullet>[-–—+•●▪■◦○·∙➢➤►✓❖*\uf0a7\uf0b7\uf0d8\uf076\uf0fc])(?:[ \t]+(?=\S)|(?=[^\s\d*]))
    )""",
    re.VERBOSE,
)


# A rule typed as a line of dashes, stars or underscores ("————", "-------", "***", "___"), as letters put one under
# the issuer's name or the national motto.
RULE_CHARS = "-–—_*=~"
_RULE_LINE = re.compile(rf"^[ \t]*[{RULE_CHARS}]{{3,}}[ \t]*(?:\n|$)")


def split_label(line: str) -> tuple[str, ListKind | None, str]:
    """Split a typed list label off a line: ``(label, kind, rest)``; ``("", None, line)`` if none.

    >>> split_label("7. Tiếp tục chỉ đạo")
    ('7.', 'number', 'Tiếp tục chỉ đạo')
    >>> split_label("II. LĨNH VỰC QUỐC PHÒNG")
    ('II.', 'roman', 'LĨNH VỰC QUỐC PHÒNG')
    >>> split_label("- Quan tâm đầu tư")
    ('-', 'bullet', 'Quan tâm đầu tư')
    >>> split_label("195.000 triệu đồng")
    ('', None, '195.000 triệu đồng')
    >>> split_label("1.2 Xây dựng nông thôn mới")
    ('1.2', 'number', 'Xây dựng nông thôn mới')
    >>> split_label("I- VỀ KINH TẾ"), split_label("2- Thu ngân sách"), split_label("(3) Trồng rừng")
    (('I-', 'roman', 'VỀ KINH TẾ'), ('2-', 'number', 'Thu ngân sách'), ('(3)', 'number', 'Trồng rừng'))
    >>> split_label("Phần thứ nhất: Kết quả thực hiện"), split_label("(1). Làm cho Nhân dân")
    (('Phần thứ nhất:', 'roman', 'Kết quả thực hiện'), ('(1).', 'number', 'Làm cho Nhân dân'))
    >>> split_label("Phần thứ hai của báo cáo nêu rõ")
    ('', None, 'Phần thứ hai của báo cáo nêu rõ')
    >>> split_label("5-7% mỗi năm"), split_label("* Về kinh tế"), split_label("————")
    (('', None, '5-7% mỗi năm'), ('*', 'bullet', 'Về kinh tế'), ('', None, '————'))
    """
    if _RULE_LINE.match(line):
        return "", None, line  # "————", "***": the rule under an issuer or a motto, no bullet
    m = _LABEL.match(line)
    if not m:
        return "", None, line
    rest = line[m.end() :]
    if not rest.strip():
        return "", None, line
    label = m.group(0).strip()
    if "\uf000" <= label[:1] <= "\uf0ff":
        label = "•"  # a Symbol/Wingdings glyph copied out of a PDF
    if m.group("part"):
        if rest[:1].islower():
            return "", None, line  # "Phần thứ hai của báo cáo …": prose, not a part's label
        return label, "roman", rest
    if m.group("roman"):
        if from_roman(m.group("roman")) is None:
            return "", None, line
        return label, "roman", rest
    if m.group("number") or m.group("subnumber"):
        return label, "number", rest
    if m.group("paren") or m.group("word") or m.group("named"):
        return label, "number", rest
    if m.group("letter") or m.group("parenletter"):
        return label, "letter", rest
    if m.group("upper"):
        if label.endswith("-") and not rest.split()[0].isupper():
            return "", None, line  # "A - MỤC ĐÍCH" heads a part; "E - mail: …" is no label
        return label, "roman", rest
    return label, "bullet", rest


def bullet_order(label: str) -> int:
    """How deep a bullet glyph usually sits: 0 for dashes and round bullets (tasks), 1 for "+" (their
    sub-items), 2 for small squares and circles.

    >>> bullet_order("-"), bullet_order("•"), bullet_order("+"), bullet_order("◦")
    (0, 0, 1, 2)
    """
    return 1 if label in ("+",) else 2 if label in ("◦", "○", "▪", "■", "·", "∙") else 0


def label_value(label: str) -> int | None:
    """The ordinal a label stands for: "7." -> 7, "IV." -> 4, "b)" -> 2; None for bullets.

    >>> label_value("13."), label_value("II."), label_value("b)"), label_value("-")
    (13, 2, 2, None)
    """
    core = label.strip().strip("().:,-–—/").strip()
    core = re.sub(r"^(?:PHẦN|Phần)\s+", "", core)
    ordinal = part_ordinal(core)
    if ordinal is not None:
        return ordinal
    named = re.fullmatch(_NAMED_NUMBER, core)
    if named is not None:
        return int(named.group(1)) if named.group(1) else part_ordinal(named.group(2))
    counted = re.fullmatch(r"(\w+)\s+là", core)
    if counted is not None and counted.group(1).lower() in COUNTS:
        return COUNTS[counted.group(1).lower()]
    if re.fullmatch(r"\d+(?:\.\d+)*", core):
        return int(core.split(".")[-1])
    roman = from_roman(core)
    if roman is not None:
        return roman
    if len(core) == 1 and core.isalpha():
        return "abcdđefghijklmnopqrstuvwxyz".find(core.lower()) + 1 or None
    return None


def part_ordinal(word: str) -> int | None:
    """The number a part's ordinal in words stands for: "thứ nhất" -> 1, "THỨ TƯ" -> 4; None otherwise.

    >>> part_ordinal("thứ nhất"), part_ordinal("THỨ HAI"), part_ordinal("Thứ tư"), part_ordinal("II")
    (1, 2, 4, None)
    """
    m = re.fullmatch(r"(?i:thứ)\s+(\w+)", word.strip())
    return ORDINALS.get(m.group(1).lower()) if m else None


def label_depth(label: str) -> int:
    """How many dotted parts a numeric label has: "1." -> 1, "1.2." -> 2.

    >>> label_depth("1.2.")
    2
    """
    core = label.strip().rstrip(".)")
    return core.count(".") + 1 if re.fullmatch(r"\d+(?:\.\d+)*", core) else 1
