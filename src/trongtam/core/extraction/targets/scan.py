"""Scanning the text for number expressions with their units (the first pass of target extraction).

Works on two strings of the same length: ``text`` as written (for units "as written" and upper-case
checks) and ``key``, its matching form (lower-cased, tone- and spelling-unified).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from itertools import pairwise

from trongtam.core.extraction.targets.lexicon import UPPER_CHARS as _UP
from trongtam.core.extraction.targets.lexicon import WORD_CHARS as _W
from trongtam.core.extraction.targets.lexicon import Lexicon
from trongtam.core.letter import Role
from trongtam.core.text.normalize import unify_tones
from trongtam.core.text.numbers import SCALES, try_parse_number

_DIGITS = re.compile(r"\d[\d.,]*")
_TIME = re.compile(r":\d")
_CODE = re.compile(r"[ \t\xa0]?[-/][ \t\xa0]?[A-ZĐ]")  # not across a line: "4.60\n- Dịch vụ" ends a row
_CODE_REST = re.compile(r"[\w./-]*")
# "khởi tố 120 vụ/250 bị can", "09 vụ/16 đối tượng": cases and the people in them, two counts (not a rate).
_CASES_SLASH_END = re.compile(r"(?<![\w])\d[\d.,]*[ \t]*vụ(?:[ \t]+(?:án|việc))?[ \t]*/$")
# "21 vụ với 35 cá nhân": the persons in the cases counted before, whatever the noun that names them.
_CASES_WITH_END = re.compile(
    r"(?<![\w])\d[\d.,]*[ \t]*vụ(?:[ \t]+(?:án|việc))?[ \t]+với[ \t]+(?:(?:trên|hơn|gần)[ \t]+)?$"
)
_PEOPLE_AT = re.compile(r"[ \t]*(?:bị[ \t]+can|bị[ \t]+cáo|đối[ \t]+tượng|người)(?![\w])")
_SLASH_NUM = re.compile(r"[ \t]?/[ \t]?(\d[\d.,]*)")  # "6/23", "6/ 23", "6 / 23": one ratio
_DASH_NUM = re.compile(r"[-–](\d[\d.,]*)")
_DATE_TAIL = re.compile(r"[-/.]\d")
_DATE_REST = re.compile(r"[\d/.\-–]*")
# The far end of a span of years written with spaces round the dash: "nhiệm kỳ 2021 – 2026 tổ chức …".
_SPACED_YEAR_END = re.compile(
    r"[ \t\xa0\u202f]+[-–—][ \t\xa0\u202f]*(\d{4})(?![\d.,]\d)|[-–—][ \t\xa0\u202f]+(\d{4})(?![\d.,]\d)"
)
_SPACED_DATE = re.compile(
    r"(\d{1,2})[ \t\xa0]+[-–][ \t\xa0]+(\d{1,2})[ \t\xa0]+[-–][ \t\xa0]+(?:19|20)\d\d(?![\d.,]\d)"
)
_ZOOM_LINE = re.compile(r"[ \t\xa0]*100[ \t\xa0]*%[ \t\xa0]*")
_COUNTER_LINE = re.compile(
    r"(?:lượt\s+xem|lượt\s+truy\s+cập|truy\s+cập|lượt\s+đọc)\s*:?\s*\d[\d.,]*[ \t\xa0]*$"
)


def line_bounds(key: str, start: int, end: int) -> tuple[int, int]:
    """The start and end of the line holding ``key[start:end]`` (the end before its newline)."""
    ls = key.rfind("\n", 0, start) + 1
    le = key.find("\n", end)
    return ls, len(key) if le < 0 else le


def _is_zoom_control(key: str, start: int) -> bool:
    """A "100%" alone on its line right under a page's view counter is the page's text-size control."""
    ls, le = line_bounds(key, start, start)
    if ls == 0 or not _ZOOM_LINE.fullmatch(key, ls, le):
        return False
    prev = key.rfind("\n", 0, ls - 1) + 1
    return _COUNTER_LINE.search(key, prev, ls - 1) is not None


_DATE_WORD = re.compile(
    rf"(?<![{_W}])(?:ngày|hôm|chiều|sáng|tối|trưa|đêm|tháng|lúc|hồi|mùng|mồng|từ ngày|đến ngày|tỷ lệ)\s*$"
)
# Thousands written with dots ("71.737.000.000"): a long grouped number is an amount, not a code.
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")
# An amount of money with its grouping mistyped ("27.500000đ", "1.021205.000đ"): the dots still group thousands.
_MISGROUPED = re.compile(r"\d{1,3}(?:\.\d{3,})+")
_MONEY_AFTER = re.compile(rf"[ \t\xa0]*(?:đồng|đ)(?![{_W}])")
# A value after its label and a colon ("Chăn nuôi  :   71.737.000.000."), but not a page counter ("Hôm nay: 61").
_LABEL_COLON_END = re.compile(rf"[{_W})][ \t\xa0]*:[ \t\xa0]*$")
_COUNTER_LABEL = re.compile(
    r"(?:truy cập|lượt xem|xem|online|trực tuyến|hôm nay|hôm qua|tất cả|tuần này|tháng này)\s*:\s*$"
)
_PLACE_PAIR = re.compile(r",[ \t]*")
# A bound written as a sign right before a number ("<1", "≥ 95", ">90"), after a word, not between numbers.
SIGN = r"(?:>=|<=|=>|=<|[<>≤≥])"
_SIGN_BOUND_END = re.compile(rf"[^\W\d_] ?{SIGN}[ \t]*$")
# A place word followed by a name in capitals ("huyện Hóc Môn") names one place; it is not a second unit.
_NAME_NEXT = re.compile(r"[ \t]+(?=[^\W\d_])")
_BAN = re.compile(r"[ \t]+bạn(?=[ \t]+[a-zà-ỹđ])")
# (the year a level is told for may follow in brackets: "chỉ số phát triển con người đạt mức 0,661 (năm 2018)")
_NO_UNIT_AFTER = re.compile(r"\s*(?:[,.;:)\]”\"]|\(\s*(?:năm\s+)?(?:19|20)\d\d\s*\)|$)")
# A cell between bars, on the row's line or on a line of its own ("|\n748.700\n|": a table copied one cell a
# line).
_CELL_BEFORE = re.compile(r"\|[ \t\xa0\r\n]*$")
_CELL_AFTER = re.compile(r"[ \t\xa0\r]*\n?[ \t\xa0\r]*\|")


_ALONE = re.compile(r"[ \t\xa0]*\d[\d.,]*[ \t\xa0]*")


# A number written with a leading zero and three digits or more ("0235 3861 234", "0912345678", "0102") is a
# telephone number or a code, never a quantity: no row or run holding one is a table of values.
_LEADING_ZERO = re.compile(r"0\d{2,}")
# … and so is a row under a label naming codes or telephone numbers ("Mã xã 30280 30283 30286", "Hotline 1900 1234").
_CODE_LABEL = re.compile(
    rf"(?<![{_W}])(?:mã|mã số|số hiệu|điện thoại|đt|sđt|fax|hotline|đường dây nóng|số tài khoản|stk)"
    rf"(?![{_W}])"
)
# A clock time written with a dot ("7.30", "14.00") under a label naming the time of day.
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])\.(?:00|15|30|45)")
_TIME_LABEL = re.compile(rf"(?<![{_W}])(?:thời gian|giờ|lúc|buổi sáng|buổi chiều|sáng|chiều|tối)(?![{_W}])")
# Labels of numbered parts: "Mục lục 1.1 1.2 1.3", "Hình 1.1 1.2 1.3".
_PARTS_LABEL = re.compile(rf"(?<![{_W}])(?:mục lục|mục|chương|phần|hình|bảng|biểu đồ|sơ đồ)(?![{_W}])")
_PLAIN_INT = re.compile(r"\d+")
_SECTION_NO = re.compile(r"\d+(?:\.\d+)+")


def _is_numbering(values: list[str], label: str) -> bool:
    """The values count parts, not quantities: "1 2 3 4" (pages, photos, a table's column numbers, rows
    numbered under "STT") or section numbers "1.1 1.2 1.3 2.1" under a contents or figure label, or with a
    chapter turning over."""
    if len(values) < 3:
        return False
    if all(_PLAIN_INT.fullmatch(v) for v in values):
        nums = [int(v) for v in values]
        return nums[0] in (0, 1) and all(b == a + 1 for a, b in pairwise(nums))
    if not all(_SECTION_NO.fullmatch(v) for v in values):
        return False
    parts = [tuple(int(x) for x in v.split(".")) for v in values]
    if len({len(t) for t in parts}) != 1:
        return False
    turned = False
    for a, b in pairwise(parts):
        if b[:-1] == a[:-1] and b[-1] == a[-1] + 1:
            continue
        if b[-1] == 1 and b[:-2] == a[:-2] and b[-2] == a[-2] + 1:
            turned = True
            continue
        return False
    return turned or _PARTS_LABEL.search(label) is not None


# A competition's scores and medals ("Đội xã Hòa Phú 9.5 8.75 9.25", "Huy chương vàng 3 5 7", "Tổng điểm").
_SCORE_LABEL = re.compile(rf"(?<![{_W}])(?:huy chương|tổng điểm|điểm số|điểm thi|đội(?!\s+ngũ)(?![{_W}]))")


def _not_values(values: list[str], label: str) -> bool:
    """A row or a run of numbers that looks like a table's but holds no values: telephone numbers and codes,
    clock times under a time label, a competition's scores, numbering."""
    if any(_LEADING_ZERO.fullmatch(v) for v in values) or _CODE_LABEL.search(label):
        return True
    if _SCORE_LABEL.search(label):
        return True
    if values and _TIME_LABEL.search(label) and all(_CLOCK.fullmatch(v) for v in values):
        return True
    return _is_numbering(values, label)


def is_table_cell(key: str, start: int, end: int) -> bool:
    """The number fills a cell of a table written with bars ("… | 8.780.484 | 9.330.000 |").

    A table copied one cell a line ends its rows without a bar: a number alone on its line under a bar line
    is a cell too ("|\n1.676\nNguồn: …").  A telephone number in its cell ("| 0912345678 |") is none.
    """
    if _CELL_BEFORE.search(key, max(0, start - 4), start) is None:
        return False
    if _LEADING_ZERO.fullmatch(key, start, end):
        return False
    ls, le = line_bounds(key, start, end)
    row = [c.strip() for c in key[ls:le].split("|")]
    row = [c for c in row if c]
    if row and row[0] == key[start:end].strip() and len(row) > 1 and any(ch.isalpha() for ch in row[1]):
        return False  # "| 1 | Nguyễn Văn A | Chủ tịch |": the row's number (STT), before its label
    numbers = [c for c in row if _ROW_VALUE.fullmatch(c)]
    if row and _not_values(numbers, row[0]):
        return False
    if _CELL_AFTER.match(key, end) is not None:
        return True
    return "\n" in key[max(0, start - 4) : start] and _ALONE.fullmatch(key, ls, le) is not None


_ALONE_COUNTER = re.compile(
    r"truy cập|lượt xem|lượt truy cập|trực tuyến|online|hôm nay|hôm qua|tuần này|tháng này|tất cả|đang xem|thống kê"
)


# An item's number alone on its line ("2.", "3)"): a numbered list's, never a cell of a table copied one cell a line.
_ITEM_NO_LINE = re.compile(r"[ \t\xa0]*\d{1,2}[.)][ \t\xa0]*")

_COUNTER_UNDER = re.compile(r"[ \t\xa0]*(?:lượt\s+xem|lượt\s+tải|download|lượt\s+truy\s+cập)[ \t\xa0]*$")


def is_column_cell(key: str, start: int, end: int) -> bool:
    """The number is one cell of a table copied one cell a line under its row's label.

    "Số giường bệnh\n7.343\n7.323\n7.940": the label line, then two values or more each alone on its line.
    Page counters written so ("Hôm nay:\n61", "SỐ LƯỢT TRUY CẬP\n\n2\n2\n6") are not: their label names a
    counter.  Blank lines between the values ("8\n\n10\n\n9") and empty cells ("-") are part of the run.
    """
    ls, le = line_bounds(key, start, end)
    if not _ALONE.fullmatch(key, ls, le) or _ITEM_NO_LINE.fullmatch(key, ls, le):
        return False
    cells: list[str] = []
    top = ls
    label = ""
    for _ in range(60):  # up through the run of values (blank lines between them too) to the row's label
        if top == 0:
            return False
        prev = key.rfind("\n", 0, top - 1) + 1
        line = key[prev : top - 1]
        top = prev
        if not line.strip():
            continue
        if _ITEM_NO_LINE.fullmatch(line):
            return (
                False  # "1.\n\nThủ tục …\n\n1\n\n2.": a numbered list (a table of contents), its page numbers
            )
        if _ALONE.fullmatch(line) or line.strip() == "-":
            cells.append(line.strip())
            continue
        label = line
        break
    if not label.strip() or not any(c.isalpha() for c in label) or _ALONE_COUNTER.search(label):
        return False
    above = len(cells)
    cells.append(key[ls:le].strip())
    nxt = le + 1
    for _ in range(60):  # and down through the rest of the run
        if nxt >= len(key):
            break
        ne = key.find("\n", nxt)
        ne = len(key) if ne < 0 else ne
        line = key[nxt:ne]
        nxt = ne + 1
        if not line.strip():
            continue
        if _ITEM_NO_LINE.fullmatch(line):
            break  # the next item's number ("2."), not a value of the run
        if not (_ALONE.fullmatch(line) or line.strip() == "-"):
            if _COUNTER_UNDER.match(line):
                return False  # "0\n82\nlượt xem\n8\ndownload": a document site's counters, their labels under them
            break
        cells.append(line.strip())
    cells = cells[:above][::-1] + cells[above:]  # in the text's order
    cells = [c for c in cells if c != "-"]
    return len(cells) >= 2 and not _not_values(cells, label)


# A row of a table aligned with spaces: "Tiểu học - Primary school            209      159     132      83       35".
# A statistics yearbook's series runs down the years, each row labelled by its year (a preliminary one too):
# "   2021            336.132,5     288.564,3       47.568,2          43,02", "Sơ bộ - Prel.2022    342.410,2 …".
_ALIGNED_ROW = re.compile(
    r"[ \t\xa0]*(?:[^\d\n]*[a-zà-ỹđ)][^\d\n]*?|[^\d\n]*?(?<!\d)(?:19|20)\d\d)"
    r"(?:[ \t\xa0]{2,}(?:\d[\d.,]*|-)){2,}[ \t\xa0]*"
)


# A row flattened into one line, its cells after single spaces: "- Nông, lâm nghiệp và thủy sản % 3.40 5.60 -1.30"
# (a table copied from a page or a PDF that dropped the cell borders): three values or more after the label.
_SPACED_ROW = re.compile(
    r"[ \t\xa0]*[^\d\n]*[a-zà-ỹđ)%][^\d\n]*?(?:[ \t\xa0]+(?:[-−]?\d[\d.,]*%?|-)){3,}[ \t\xa0]*"
)
_ROW_VALUE = re.compile(r"(?<![\d.,])\d[\d.,]*")
_YEAR_CELL = re.compile(r"(?:19|20)\d\d")
# "tham gia bảo hiểm y tế đạt 87,7% (8.481/9.669)": a ratio in brackets right after a share counts the people
# behind it; it has no unit of its own.
_SHARE_BEFORE = re.compile(r"%[ \t\xa0]*\([ \t\xa0]*$")
_CLOSE_AFTER = re.compile(r"[ \t\xa0]*\)")
# "tổng số trẻ 6 tuổi vào lớp 1 là 12.880/12.882, đạt tỷ lệ 99,98%": a ratio stated as a level ("là", "có", "đạt"
# right before it) with the share it makes right after it counts the same people ahead of the share; no unit either.
_LEVEL_BEFORE_RATIO = re.compile(rf"(?<![{_W}])(?:là|có|đạt)[ \t\xa0]+$")
_SHARE_AFTER_RATIO = re.compile(
    r"[ \t\xa0]*,[ \t\xa0]*(?:đạt|chiếm|bằng)(?:[ \t\xa0]+tỷ[ \t\xa0]+lệ)?[ \t\xa0]+\d[\d.,]*[ \t\xa0]*%"
)


def is_aligned_cell(key: str, start: int, end: int) -> bool:
    """The number is one cell of a row whose label is followed by two values or more, each after 2+ spaces.

    A row whose cells are parted by single spaces needs three values or more, not all of them years (the head
    "Chỉ tiêu ĐV tính 2010 2011 2012" names the columns).
    """
    lead = start - 1 if start > 0 and key[start - 1] in "-−" else start
    if lead == 0 or not key[lead - 1].isspace():
        return False
    ls, le = line_bounds(key, start, end)
    aligned, spaced = _row_of(key, ls, le)
    before = key[max(0, lead - 2) : lead]
    if aligned and len(before) == 2 and before.isspace():
        return True
    return spaced


@lru_cache(maxsize=256)
def _row_of(key: str, ls: int, le: int) -> tuple[bool, bool]:
    """Whether the line ``key[ls:le]`` is a row of values aligned with 2+ spaces, and one parted by single spaces
    (not all of its values years); read once a line, not once for each of its numbers."""
    if _ALONE_COUNTER.search(key, ls, le):
        return False, False
    values = _ROW_VALUE.findall(key, ls, le)
    first = _ROW_VALUE.search(key, ls, le)
    if _not_values(values, key[ls : first.start() if first else le]):
        return False, False
    aligned = _ALIGNED_ROW.fullmatch(key, ls, le) is not None
    spaced = _SPACED_ROW.fullmatch(key, ls, le) is not None and not all(
        _YEAR_CELL.fullmatch(v) for v in values
    )
    return aligned, spaced


_LEVEL_VERBS = rf"(?<![{_W}])(?:là|đạt|đạt được|ước đạt|đạt mức|ở mức)"
_LEVEL_VERB_END = re.compile(rf"{_LEVEL_VERBS}\s+$")
# A range with no unit word after a level's verb, its "từ" included, or after a label's colon ("tỷ trọng … đạt từ 28-30",
# "Bác sỹ/vạn dân: 13-14"): two ends no date or code has.
_RANGE_LEVEL_END = re.compile(rf"(?:{_LEVEL_VERBS}(?:\s+từ)?|:)\s*$")
# "Tỷ số giới tính khi sinh (số trẻ trai/100 trẻ gái): không quá 112.": a bound right after a label's colon.
_COLON_BOUND_END = re.compile(
    r":\s*(?:không\s+quá|không\s+vượt\s+quá|tối\s+đa|tối\s+thiểu|ít\s+nhất|không\s+dưới)\s+$"
)
# "bằng 99,4 cùng kỳ năm trước": a level against the same period with its "%" left out.
_BANG_END = re.compile(rf"(?<![{_W}])bằng\s+$")
# "Sản phẩm kim loại tăng 3,8; mộc dân dụng tăng 4,8%", "Bắc Ninh 117,6 trai; Thanh Hoá 117,2; Hải Dương 116,3.":
# a decimal ending an item of a list written with ";", its label (a few words, a change word at most) right before it.
_LIST_ITEM_LEAD = re.compile(r"[;:][ \t\xa0]*[^;:\d\n()]{1,40}$")
_DECIMAL_TOKEN = re.compile(r"\d+,\d+")
# A space may group thousands in statistical writing: "Diện tích gieo trồng đạt 5 770 ngàn ha", right after a level
# verb, a bound or a change word ("giảm 2 130 ha so với năm trước"), before a scale or a unit word.
_SPACE_GROUP_LEAD = re.compile(
    rf"(?<![{_W}])(?:đạt|là|có|gần|khoảng|hơn|trên|dưới|tăng|giảm|thêm)[ \t\xa0]+$"
)
_SPACE_GROUPS = re.compile(r"((?:[ \xa0]\d{3})+)(?![\d.,/:])(?=[ \t\xa0]*[a-zà-ỹđ%])")
_SAME_PERIOD_AFTER = re.compile(rf"\s+(?:so\s+với\s+)?cùng\s+kỳ(?![{_W}])")
# "từ 5,9 triệu đến dưới 7 triệu đồng": the far end may carry its own bound word.
_SPACED_RANGE = re.compile(
    r"[ \t\xa0\u202f]*%?[ \t\xa0\u202f]*(?:([-–—])|(đến|tới))[ \t\xa0\u202f]*"
    r"(?:(?:dưới|trên|hơn|gần)[ \t\xa0\u202f]+)?(\d[\d.,]*)"
)
_TU_BEFORE = re.compile(rf"(?<![{_W}])từ\s*$")
# "tăng khoảng 2,85 đến 2,9%", "xấp xỉ 7 đến 8%": an approximate level joined by "đến" to a second one is a range.
_APPROX_BEFORE = re.compile(rf"(?<![{_W}])(?:khoảng|xấp xỉ|vào khoảng)\s*$")
# Per mille is written "‰" or with a letter or digit after the sign ("giảm tỷ suất sinh 0,3%o").
# "Giảm tỷ lệ sinh con thứ 3 trở lên: 0,1\n% so với năm 2022.": a line wrapped before its "%", the sentence going on.
_PCT_WRAPPED = re.compile(r"%[ \t\xa0]+[a-zà-ỹđ]")
_PCT = re.compile(rf"(?:[ \t\xa0\u202f]{{0,2}}|[ \t]*\r?\n(?=%[ \t\xa0]+[a-zà-ỹđ]))(?:%[o0](?![{_W}])|%|‰)")
_RATE = re.compile(
    # "bác sĩ/10.000 dân", "giường bệnh/1 vạn dân", "giường bệnh/trên 10.000 dân", the scale alone: "bác sĩ/vạn dân".
    r"[ \t\xa0\u202f]*/[ \t\xa0\u202f]*((?:(?:trên[ \t\xa0\u202f]+(?=\d))?\d[\d.,]*[ \t\xa0\u202f]*)?(?:(?:vạn|nghìn|ngàn|triệu)[ \t\xa0\u202f]+)?[a-zà-ỹđ²³]+)"
)
# First words of the plan a result is set against after a slash ("tấn/kế hoạch", "ha/KH", "/chỉ tiêu").
_PLAN_WORDS = frozenset({"kế", "kh", "khoạch", "chỉ", "dự", "nghị", "nq", "mục"})
_COMPOUND = re.compile(r"\s+(\d[\d.,]*)")
_HUNDRED = re.compile(rf"\s+trăm(?![{_W}])")
_CHANGE_BEFORE = re.compile(rf"(?<![{_W}])(?:tăng|giảm|thêm|tăng thêm|giảm thêm)\s*$")
_THIRD_ITEM = re.compile(r"[ \t\xa0\u202f]*%?[ \t\xa0\u202f]*[-–—][ \t\xa0\u202f]*\d")
_YEAR_WORD_BEFORE = re.compile(
    r"(?:năm|tháng|quý|từ|đến|tới|giai đoạn|nhiệm kỳ|kỳ|khóa|cuối|đầu|sau|trước)\s*$"
)
_COMMA_GROUPED = re.compile(r"\d{1,3}(?:,\d{3}){2,}")
_DOT_DECIMAL = re.compile(r"\d{1,3}\.\d{1,2}")
_PCT_OR_RANGE_PCT = re.compile(
    r"[ \t\xa0\u202f]*(?:%|điểm[ \t]+phần[ \t]+trăm|[-–—][ \t\xa0\u202f]*\d+(?:[.,]\d+)?[ \t\xa0\u202f]*%)"
)  # (percentage points too: "giảm 0.8 điểm phần trăm")
_SPACES = re.compile(r"\s+")
_SLASH_SPACES = re.compile(r"\s*/\s*")
_BOUNDARY = re.compile(r"[.!?…]+[”\"']?\s+")
_LIST_ITEM = re.compile(r"\n")
_SEMI = re.compile(r";")
_WRAPPED = re.compile(r"[ \t]*[a-zà-ỹđ]")
_NOUN2 = re.compile(r"(?:[ \t]+[a-zà-ỹđ]+){1,2}")
_COMMA = re.compile(r"[,:]")
_PAREN = re.compile(r"[()]")

_WORDCH = set("abcdefghijklmnopqrstuvwxyzàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")


@dataclass
class Number:
    """A number expression with its unit, found in the text."""

    start: int
    value: Decimal
    value_max: Decimal | None
    unit: str
    unit_key: str
    unit_kind: str
    unit_end: int
    is_ratio: bool = False
    sign: str | None = None
    op_after: str | None = None
    whole: Decimal | None = None  # the whole of a ratio ("38/37 đồng chí": 37)


def match_key(text: str, lx: Lexicon) -> str:
    """The matching form of ``text`` with the same length: lower case, unified tones and spelling."""
    key = unify_tones(text).lower()
    if len(key) != len(text):
        key = "".join((c.lower() if len(c.lower()) == 1 else c) for c in text)
    if lx.spelling is not None:
        key = lx.spelling.sub(lambda m: lx.spelling_map.get(m.group(0), m.group(0)), key)
    return key


def _is_year(tok: str, value: Decimal) -> bool:
    return tok.isdigit() and len(tok) == 4 and 1900 <= value <= 2100


def _power_of_ten(v: Decimal) -> bool:
    if v <= 0 or v != v.to_integral_value():
        return False
    n = int(v)
    while n % 10 == 0:
        n //= 10
    return n == 1


@dataclass
class RoleMemo:
    """What the role rules (roles.py) work out once for a text and read again for each of its numbers."""

    # What the cued numbers of each sentence say (by the sentence's start), for the frames and the planned years.
    cued_roles: dict[int, Role] = field(default_factory=dict)
    # Whether a sentence whose cued numbers plan names the year after this one (emptied when cued_roles is set).
    plans_year: dict[int, bool] = field(default_factory=dict)
    # The role the first ";" part of a sentence announces for the items after it (by the sentence's start).
    lead_roles: dict[int, Role | None] = field(default_factory=dict)
    # The period each sentence opens with, or is under (None until worked out).
    frames: dict[int, tuple[int, int]] | None = None
    # The role the lead-in above a list announces for the list's items (by the item paragraph's start).
    list_leads: dict[int, Role | None] = field(default_factory=dict)


class Boundaries:
    """Sorted start positions of paragraphs, sentences, segments and clauses, for bisecting; and what the role
    rules work out once for the text (``roles``)."""

    def __init__(self, text: str, key: str) -> None:
        self.roles = RoleMemo()
        n = len(text)
        # A line that starts in lower case continues the line before (a wrapped line, not a new item).
        self.paragraphs = [0] + [
            m.end() for m in _LIST_ITEM.finditer(text) if not _WRAPPED.match(text, m.end())
        ]
        sent = set(self.paragraphs)
        for m in _BOUNDARY.finditer(text):
            e = m.end()
            if e < n:
                c = text[e]
                if c.isupper() or c.isdigit() or c in '“"(-+•*':
                    sent.add(e)
        self.sentences = sorted(sent)
        seg = set(self.sentences)
        seg.update(m.end() for m in _SEMI.finditer(key))
        self.segments = sorted(seg)
        icl = set(self.segments)
        icl.update(m.end() for m in _COMMA.finditer(key))
        self.iclauses = sorted(icl)
        cl = set(icl)
        cl.update(m.end() for m in _PAREN.finditer(key))
        self.clauses = sorted(cl)
        self.n = n

    @staticmethod
    def start_of(starts: list[int], pos: int) -> int:
        # Every list starts with 0, so a position before the text falls in the first span.
        return starts[max(bisect_right(starts, pos) - 1, 0)]

    @staticmethod
    def end_of(starts: list[int], pos: int, n: int) -> int:
        i = bisect_right(starts, pos)
        return starts[i] if i < len(starts) else n


def _unit_text(text: str, start: int, end: int) -> str:
    raw = text[start:end].strip().lower()
    raw = _SLASH_SPACES.sub("/", raw)
    return _SPACES.sub(" ", raw)


# "12/1.000 dân": the people of a place are always a rate's base, never the things counted.
_POPULATION_DENOMINATOR = re.compile(r"[ \t\xa0]*(?:người\s+)?dân(?:\s+số)?(?![a-zà-ỹđ])")


def _read_unit(
    text: str, key: str, p: int, scale: str | None, lx: Lexicon, share: str | None = None
) -> tuple[str, str, str, int] | None:
    """Read the unit at ``p``: (unit as written, base key, kind, end) or None.

    ``share`` is set after a ratio A/B with A ≤ B: "any" when it cannot be a date, "place" when it could
    ("11/11"): a capitalised counted noun after it is still the thing counted, a place only where a date could
    be read ("Có 11/11 Tổ dân phố đạt …", "19/24 Xã đạt chuẩn").
    """
    n = len(key)
    start = p
    while start < n and key[start] in " \t":
        start += 1
    if start - p > 2:
        return None
    # The unit is on the number's line: "Ảnh 2\nĐ/c …" has none (a wrapped line goes on in lower case).
    q = start
    while q < n and key[q] in " \t\r\n":
        q += 1
    if "\n" in key[start:q] and not text[q : q + 1].islower() and not _PCT_WRAPPED.match(key, q):
        return None
    kind: str
    base: str
    if scale is not None:
        base = scale
        kind = "measures"
        end = p
        m = lx.scale_re.match(key, p)
        end = m.end() if m else p
        mu = lx.unit_re.match(key, end)
        if mu and lx.unit_kind.get(_SPACES.sub(" ", mu.group(1))) in ("measures", "counted", "never"):
            end = mu.end()
            base = _SPACES.sub(" ", mu.group(1))
            kind = lx.unit_kind[base]
    else:
        mp = _PCT.match(key, p)
        if mp:
            end = mp.end()
            base = "%"
            kind = "pct"
        else:
            mu = lx.unit_re.match(key, p)
            if not mu:
                # Young people counted as "bạn" before what they are: "45 bạn đoàn viên thanh niên", "30 bạn học sinh".
                mb = _BAN.match(key, p)
                mu2 = lx.unit_re.match(key, mb.end()) if mb else None
                if (
                    mu2
                    and lx.unit_kind.get(_SPACES.sub(" ", mu2.group(1))) == "counted"
                    and text[mu2.start(1) : mu2.start(1) + 1].islower()
                ):
                    return (
                        _unit_text(text, start, mu2.end()),
                        _SPACES.sub(" ", mu2.group(1)),
                        "counted",
                        mu2.end(),
                    )
                return None
            # A unit glued to a capitalised word is a name ("Hồ Sơn 1 Xã ..." is not "xã").
            end = mu.end()
            base = _SPACES.sub(" ", mu.group(1))
            kind = lx.unit_kind[base]  # unit_re is built from these keys
            word = text[mu.start(1) : mu.end(1)]
            if base == "em" and word != "em":
                return None  # "Dự án 3 EM": a name in capitals, not children counted ("23 em")
            # A symbol with capitals inside ("MWh", "GWh") or a rate ("Mb/s") is a unit, not a name.
            if (
                word[:1].isupper()
                and word[1:].islower()
                and "/" not in word
                and kind != "never"
                and not _PROGRAMME_NOUN(text, p, mu.end(1))
                and not (
                    kind == "counted" and (share == "any" or (share == "place" and base in lx.admin_units))
                )
                and not _capitalised_kind(text, p, base, kind, lx)
            ):
                return None
    # Places of two kinds counted together are one unit, as "tỉnh, thành phố": "146/213 xóm, tổ dân phố có …".
    # … and so are three: "265/392 làng, bản, khu phố".
    if kind == "counted" and base in lx.admin_units:
        seen = {base}
        for _ in range(2):
            mp2 = _PLACE_PAIR.match(key, end)
            mu2 = lx.admin_unit_at.match(key, mp2.end()) if mp2 else None
            if mu2 is None or (name := _SPACES.sub(" ", mu2.group(0).strip())) in seen:
                break
            if (nx := _NAME_NEXT.match(text, mu2.end())) is not None and text[nx.end()].isupper():
                break  # "Huyện Củ Chi: 20/20 xã, huyện Hóc Môn: 10/10 xã": the next item names its place, no unit
            seen.add(name)
            end = mu2.end()
    # Classifiers name the counted thing with the noun after them: "55 điểm tiêm chủng".
    if base in lx.classifiers:
        mn = _NOUN2.match(key, end)
        if mn:
            words = mn.group(0).split()
            keep = []
            for w in words:
                if w in lx.function_words:
                    break
                keep.append(w)
            if len(keep) == 2 and _VERB_AT.match(key, end + 1 + len(keep[0]) + 1):
                keep.pop()  # "7.300 suất quà hỗ trợ cho các hộ": the noun's second syllable opens a verb ("hỗ trợ")
            if keep and text[end + 1 : end + 2].islower():
                end = end + len(mn.group(0)[: mn.group(0).find(keep[-1]) + len(keep[-1])])
    # "lượt" counts visits or turns of a counted thing: "25.500 lượt tổ công tác", "138.000 lượt cán bộ", and of
    # one written as its abbreviation in capitals: "144 lượt CBCS".
    if base.endswith("lượt") and key[end : end + 1] == " ":
        mc = lx.unit_re.match(key, end + 1)
        if (
            mc
            and lx.unit_kind.get(_SPACES.sub(" ", mc.group(1))) == "counted"
            and (text[end + 1 : end + 2].islower() or text[mc.start(1) : mc.end(1)].isupper())
        ):
            end = mc.end()
    # Rate denominators: "triệu đồng/người/năm", "tạ/ha", "bác sỹ/10.000 dân", "%/năm"; but
    # "71.912 tấn/ kế hoạch 67.150 tấn" sets the result against the plan, no rate.
    # "1.763 tỷ đồng/1.922 tỷ đồng", "46,8 ha/50 ha": a number in the same unit after the slash is the plan.
    first = key[start:end].split()[0] if key[start:end].split() else ""
    for _ in range(3):
        mr = _RATE.match(key, end)
        if not mr or mr.group(1) in _PLAN_WORDS:
            break
        over = mr.group(1)
        # The same unit after the number is the plan ("46,8 ha/50 ha"); another noun of the same head is a
        # rate ("109 bé trai/100 bé gái", "112 trẻ trai/100 trẻ gái": a sex ratio at birth).
        word_at = mr.start(1) + len(over) - len(over.lstrip("0123456789., \t\xa0\u202f"))
        if over[:1].isdigit():
            # "3.107.885 triệu đồng/137.834 khách hàng vay": a count after the slash is how many shared the amount,
            # no rate; a rate's denominator is one, ten, a hundred … ("bác sỹ/10.000 dân", "bé trai/100 bé gái").
            d = try_parse_number(re.match(r"\d[\d.,]*", over).group().rstrip(".,"))  # type: ignore[union-attr]
            if d is not None and not _power_of_ten(d):
                break
        if over[:1].isdigit() and over.lstrip("0123456789.,").strip() == first:
            unit_here = key[start:end]
            if len(unit_here.split()) < 2 or key[word_at:].startswith(unit_here):
                break
        end = mr.end()
        # A denominator names the whole counted noun: "200.000 đồng/hội viên", not "đồng/hội".
        mw = lx.unit_re.match(key, word_at if over[:1].isdigit() else mr.start(1))
        if (
            mw
            and mw.end() > end
            and lx.unit_kind.get(_SPACES.sub(" ", mw.group(1))) in ("counted", "measures")
        ):
            end = mw.end()
    ustart = start
    return _unit_text(text, ustart, end), base, kind, end


_MEASURED_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:đạt|bằng)[ \t]+\d[\d.,]*[ \t]*%[ \t]*(?:so[ \t]+(?:với[ \t]+)?)?"
    r"(?:kế[ \t]+hoạch|kh(?![a-zà-ỹđ])|nghị[ \t]+quyết|nq(?![a-zà-ỹđ])|dự[ \t]+toán|chỉ[ \t]+tiêu|cùng[ \t]+kỳ)"
)

# Two-syllable verbs that may follow a classifier's noun: "suất quà hỗ trợ", "suất học bổng trao tặng".
_VERB_AT = re.compile(
    r"(?:hỗ[ \t]+trợ|trao[ \t]+tặng|tặng[ \t]+cho|cho[ \t]+các|được[ \t]+trao)(?![a-zà-ỹđ])"
)
# "Tổng sản lượng đạt 1.000 tấn, tăng 1,5 so với cùng kỳ", "tăng 1067 so với cùng kỳ": a change whose unit the
# source left out, set against a baseline right after it …
_CHANGE_VERB_END = re.compile(r"(?<![a-zà-ỹđ])(?:tăng|giảm)(?:[ \t]+(?:khoảng|hơn|gần|trên))?[ \t]+$")
# … or in brackets right after the count it changes ("269 đảng bộ cơ sở (tăng 08)").
_PAREN_CHANGE_END = re.compile(r"\d[^\d()]{1,40}\([ \t]*(?:tăng|giảm)[ \t]+$")
_PAREN_CLOSE = re.compile(r"[ \t]*\)")
_BASELINE_AFTER = re.compile(
    r"[ \t]+so[ \t]+(?:với[ \t]+)?(?:cùng[ \t]+kỳ|(?:cuối[ \t]+|đầu[ \t]+)?năm[ \t]+(?:trước|ngoái|\d{4})|tháng[ \t]+trước|quý[ \t]+trước)"
)
# "Số trẻ là con thứ 3 trở lên 144, so với cùng kỳ giảm 9 trẻ": a level then its change against the same period.
_COMPARED_AFTER = re.compile(
    r"[ \t]*,[ \t]*so[ \t]+(?:với[ \t]+)?cùng[ \t]+kỳ(?:[ \t]+năm[ \t]+(?:trước|\d{4}))?[ \t]+(?:tăng|giảm)(?![a-zà-ỹđ])"
)


# The word before a number, as written: a lower-case word (a verb, "có", "với") or none at all.
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t\xa0]*$")


def _capitalised_kind(text: str, after: int, base: str, kind: str, lx: Lexicon) -> bool:
    """A counted kind of body or thing written with a capital, as writers honour them ("thành lập 7 Hợp tác xã",
    "thành lập mới 35 Câu lạc bộ", "01 Chi hội Nông dân nghề nghiệp"), after a lower-case word: a unit, not a name.
    A place after a number ("Thôn 2 Xã …") and a number after a capitalised word ("Đội 3 Chi hội …") stay names."""
    if kind != "counted" or " " not in base or base in lx.admin_units:
        return False
    num_start = after
    while num_start > 0 and text[num_start - 1] in " \t\xa0":
        num_start -= 1
    while num_start > 0 and (text[num_start - 1].isdigit() or text[num_start - 1] in ".,"):
        num_start -= 1
    mw = _WORD_BEFORE.search(text, max(0, num_start - 30), num_start)
    return mw is not None and mw.group(1)[:1].islower()


def scan_numbers(text: str, key: str, lx: Lexicon) -> list[Number]:
    """Every number expression that has a unit, with dates, times, codes and terms skipped."""
    out: list[Number] = []
    skip_to = 0
    for m in _DIGITS.finditer(key):
        s = m.start()
        if s < skip_to:
            continue
        tok = m.group().rstrip(".,")
        e = s + len(tok)
        prev = key[s - 1] if s > 0 else " "
        sign: str | None = None
        if prev in _WORDCH or prev == "_":
            skip_to = e
            continue
        if prev in "-+−":
            pp = key[s - 2] if s >= 2 else " "
            if pp.isalnum() or pp in _WORDCH:
                skip_to = e
                continue
            if pp in "( \t\n":
                sign = "-" if prev in "-−" else "+"
        elif prev == " " and s >= 3 and key[s - 2] in "+-−" and key[s - 3] == "(":
            # "(+ 270 ha) so với cùng kỳ", "(- 3 ha)": a sign spaced off
            sign = "-" if key[s - 2] in "-−" else "+"
        label_colon = prev == ":" and s >= 2 and key[s - 2] in _WORDCH  # "Sản lượng ngô:1.250 tấn"
        cases_then_people = (
            prev == "/" and _CASES_SLASH_END.search(key, max(0, s - 40), s) and _PEOPLE_AT.match(key, e)
        )
        if (prev in "/:." and not label_colon and not cases_then_people) or (
            prev == "," and s >= 2 and key[s - 2].isdigit()
        ):
            skip_to = e
            continue
        # A date written with spaces round its dashes: "Đăng ngày 29 - 12 - 2023".
        msd = _SPACED_DATE.match(key, s)
        if msd and 1 <= int(msd.group(1)) <= 31 and 1 <= int(msd.group(2)) <= 12:
            skip_to = msd.end()
            continue
        # A page's zoom control on its own line under its counters: "Lượt xem: 109\n100%".
        if _is_zoom_control(key, s):
            skip_to = e + 1
            continue
        # Times "22:26".
        if _TIME.match(key, e):
            skip_to = e + len(_DATE_REST.match(key, e).group()) + 3  # type: ignore[union-attr]
            continue
        # Document numbers and symbols "1292-CV/HU", "113/KH-UBND".
        if _CODE.match(text, e):
            mc = _CODE_REST.match(text, e)
            skip_to = mc.end() if mc else e + 1
            continue
        if tok.isdigit() and len(tok) <= 3:
            mg = _SPACE_GROUPS.match(key, e)
            # … and after any word when the run ends in a round thousand ("Huy động 100 000 đơn vị máu", "Hỗ trợ
            # 250 000 trẻ em"): nobody counts 0 of anything.
            if mg and not (_SPACE_GROUP_LEAD.search(key, max(0, s - 12), s) or mg.group(1).endswith("000")):
                mg = None
            if mg:
                tok, e = tok + mg.group(1).replace(" ", "").replace("\xa0", ""), mg.end(1)
        value = try_parse_number(tok)
        if value is None and _DOT_DECIMAL.fullmatch(tok) and _PCT_OR_RANGE_PCT.match(key, e):
            value = try_parse_number(tok.replace(".", ","))  # "86.38%", "7.5 – 8%": a dot for the comma
        if (
            value is None
            and _DOT_DECIMAL.fullmatch(tok)
            and lx.scale_re.match(key, e + (key[e : e + 1] == " "))
        ):
            value = try_parse_number(
                tok.replace(".", ",")
            )  # "đón 4.4 triệu khách", "867.5 tỷ đồng": no grouping of 3
        if (
            value is None
            and _DOT_DECIMAL.fullmatch(tok)
            and (is_table_cell(key, s, e) or is_column_cell(key, s, e) or is_aligned_cell(key, s, e))
        ):
            value = try_parse_number(
                tok.replace(".", ",")
            )  # a table's cell "9.06", "13.30": a dot for the comma
        if value is None and _MISGROUPED.fullmatch(tok) and _MONEY_AFTER.match(key, e):
            value = try_parse_number(tok.replace(".", ""))
        if value is None and _COMMA_GROUPED.fullmatch(tok):
            # "7,599,800" (a bilingual table): two commas cannot mark decimals
            value = Decimal(tok.replace(",", ""))
        if value is None:
            skip_to = e
            continue
        if _is_year(tok, value):
            my = _SPACED_YEAR_END.match(key, e)
            if my and value < Decimal(my.group(1) or my.group(2)) <= value + 30:
                skip_to = my.end()
                continue
        value_max: Decimal | None = None
        rate_only: tuple[str, str, str, int] | None = None
        whole: Decimal | None = None  # a ratio's second number ("38/37": 37)
        is_ratio = False
        behind_share = False
        share: str | None = None  # a ratio A/B with A ≤ B: "any", or "place" where it could be a date
        p = e
        ms = _SLASH_NUM.match(key, e)
        if ms:
            t2 = ms.group(1).rstrip(".,")
            e2 = ms.start(1) + len(t2)
            b = try_parse_number(t2)
            if _DATE_TAIL.match(key, e2) or b is None:
                skip_to = e2 + len(_DATE_REST.match(key, e2).group())  # type: ignore[union-attr]
                continue
            skip_to = e2
            # "53,5/52ha", "(2.100/2.350 vụ)", "11/10 chỉ tiêu": done against planned, over 100% too;
            # "03/2024" is a month and "30/4" a date.
            date_like = tok.isdigit() and t2.isdigit() and value <= 31 and b <= 12
            if date_like:
                mu = lx.unit_re.match(key, e2)
                date_like = not (mu and lx.unit_kind.get(_SPACES.sub(" ", mu.group(1))) == "counted")
            behind_share = (
                (
                    _SHARE_BEFORE.search(key, max(0, s - 8), s) is not None
                    and _CLOSE_AFTER.match(key, e2) is not None
                )
                or (
                    _LEVEL_BEFORE_RATIO.search(key, max(0, s - 8), s) is not None
                    and _SHARE_AFTER_RATIO.match(key, e2) is not None
                )
                # "Tỷ lệ trẻ suy dinh dưỡng : 31/417": a labelled count out of a whole no date can have, no unit
                or (
                    b > 31
                    and _LABEL_COLON_END.search(key, max(0, s - 60), s) is not None
                    and _COUNTER_LABEL.search(key, max(0, s - 60), s) is None
                )
            )
            if (
                _is_year(t2, b)
                or (value > b and date_like)
                or b == 0
                or _DATE_WORD.search(key, max(0, s - 14), s)
                or (_NO_UNIT_AFTER.match(key, e2) and not behind_share)
            ):
                continue
            is_ratio = True
            if value <= b:
                share = "place" if tok.isdigit() and t2.isdigit() and b <= 12 else "any"
            p = e2
            whole = b
            mden = lx.denominator_at.match(key, e2)
            if (
                b >= 100
                and _power_of_ten(b)
                and mden
                and ("," in tok or _POPULATION_DENOMINATOR.match(key, e2))
            ):
                # "tỷ lệ bác sĩ đạt 8,65/10.000 dân": a rate written with its denominator alone, no noun before it
                rate_only = (_unit_text(text, ms.start(), mden.end()), "", "measures", mden.end())
        else:
            md = _DASH_NUM.match(key, e)
            if md:
                t2 = md.group(1).rstrip(".,")
                e2 = md.start(1) + len(t2)
                b = try_parse_number(t2)
                skip_to = e2
                if b is None or _DATE_TAIL.match(key, e2):
                    skip_to = e2 + len(_DATE_REST.match(key, e2).group())  # type: ignore[union-attr]
                    continue
                if (_is_year(tok, value) or _is_year(t2, b)) or b <= value:
                    continue
                value_max = b
                p = e2
        if p == e and text[e : e + 1].isalpha() and text[e].isupper():
            skip_to = e + 1
            continue
        if value_max is None and not is_ratio and _is_year(tok, value):
            # "1974 công dân" counts people; "năm 2024 xã …" is a year.
            mu = lx.unit_re.match(key, p)
            if lx.scale_re.match(key, p) and not _YEAR_WORD_BEFORE.search(key, max(0, s - 14), s):
                pass  # "gieo cấy được 2090 nghìn ha": an amount in a scale, not a year
            elif not (
                mu
                and lx.unit_kind.get(_SPACES.sub(" ", mu.group(1))) == "counted"
                and not _YEAR_WORD_BEFORE.search(key, max(0, s - 14), s)
                and not _DATE_WORD.search(key, max(0, s - 14), s)
            ):
                continue
        scale: str | None = None
        msc = lx.scale_re.match(key, p)
        if msc and value_max is None and not is_ratio:
            scale = _SPACES.sub(" ", msc.group(1))
            # Compound amounts: "107 tỷ 508 triệu đồng" is 107508 triệu đồng, "1.088 tỷ 473 triệu 419 nghìn đồng"
            # 1088473419 nghìn đồng: each part in a smaller scale than the one before.
            mc2 = _COMPOUND.match(key, msc.end())
            while mc2:
                t3 = mc2.group(1).rstrip(".,")
                v3 = try_parse_number(t3)
                after3 = mc2.start(1) + len(t3)
                mh = _HUNDRED.match(key, after3)  # "3 tỷ 2 trăm triệu đồng"
                if mh and v3 is not None:
                    v3, after3 = v3 * 100, mh.end()
                msc2 = lx.scale_re.match(key, after3)
                if v3 is None or not msc2:
                    break
                s2 = _SPACES.sub(" ", msc2.group(1))
                big, small = SCALES.get(scale.split()[-1]), SCALES.get(s2.split()[-1])
                if not (big and small and small < big and " " not in scale):
                    break
                value = value * (big / small) + v3
                scale = s2
                p = after3
                skip_to = msc2.end()
                mc2 = _COMPOUND.match(key, msc2.end())
        # Spaced ranges: "6,0 - 6,5%", "4.700 - 4.730 đô la Mỹ", "từ 96 đến 97%".
        if value_max is None and not is_ratio:
            q = lx.scale_re.match(key, p).end() if scale else p  # type: ignore[union-attr]
            mr = _SPACED_RANGE.match(key, q)
            if mr and (
                mr.group(1)
                or _TU_BEFORE.search(key, max(0, s - 6), s)
                or _CHANGE_BEFORE.search(key, max(0, s - 12), s)
                or _APPROX_BEFORE.search(key, max(0, s - 14), s)
                or _counted_after(key, mr, tok, lx)  # "có 3 đến 5 mô hình": one range of a count
                # "đạt 80% đến 90% hội viên", "đạt 60 đến 62%": a share's two ends, or a level's after its verb
                or (mr.group(2) and ("%" in mr.group(0) or _LEVEL_VERB_END.search(key, max(0, s - 16), s)))
            ):
                t2 = mr.group(3).rstrip(".,")
                e2 = mr.start(3) + len(t2)
                b = try_parse_number(t2)
                if (
                    b is not None
                    and b > value
                    and not _THIRD_ITEM.match(key, e2)
                    and not _DATE_TAIL.match(key, e2)
                    and not _TIME.match(key, e2)
                    and not (_is_year(tok, value) or _is_year(t2, b))
                ):
                    value_max = b
                    p = e2
                    skip_to = e2
        # The scale word at the unit's place: the one read above, or one after a range or a ratio.
        unit_p = p
        u = _read_unit(text, key, unit_p, _scale_at(key, unit_p, lx), lx, share)
        if rate_only is not None:
            u, is_ratio = rate_only, False
        if u is None and not (scale or value_max is not None or is_ratio or sign or "," in tok):
            u = _open_count_unit(text, key, s, unit_p, tok, value, lx)
        if (
            u is None
            and (
                is_table_cell(key, s, unit_p)
                or is_column_cell(key, s, unit_p)
                or is_aligned_cell(key, s, unit_p)
            )
            and not _is_year(tok, value)
        ):
            u = ("", "", "counted", unit_p)  # "Tổng số lượt khách (lượt) | 8.780.484 | 9.330.000 |": a cell
        if u is None and is_ratio and behind_share:
            u = ("", "", "counted", unit_p)  # "đạt 87,7% (8.481/9.669)", "là 12.880/12.882, đạt tỷ lệ 99,98%"
        if u is None:
            # A number with no unit word stated as a level ("Bác sĩ bình quân 1 vạn dân là 19,23;",
            # "Sản lượng ngô đạt 281,3."): unit "". So is one measured against the plan or the same period
            # right after it ("Tổng diện tích cây lâu năm 42.107 đạt 101% kế hoạch").
            measured = (
                _MEASURED_AFTER.match(key, unit_p) is not None
                or _COMPARED_AFTER.match(key, unit_p) is not None
                or (
                    _CHANGE_VERB_END.search(key, max(0, s - 16), s) is not None
                    and _BASELINE_AFTER.match(key, unit_p) is not None
                )
                # "269 đảng bộ cơ sở (tăng 08), 518 chi bộ cơ sở (tăng 3)": the change of the count before, in brackets
                or (
                    _PAREN_CHANGE_END.search(key, max(0, s - 60), s) is not None
                    and _PAREN_CLOSE.match(key, unit_p) is not None
                )
            )
            if (
                scale
                or is_ratio
                or sign
                or (len(tok) > 9 and not _GROUPED.fullmatch(tok))
                or _is_year(tok, value)
                or not (
                    measured
                    or _NO_UNIT_AFTER.match(key, unit_p)
                    or _in_label_column(key, s)
                    or (_BANG_END.search(key, max(0, s - 8), s) and _SAME_PERIOD_AFTER.match(key, unit_p))
                )
                or not (
                    measured
                    or _LEVEL_VERB_END.search(key, max(0, s - 16), s)
                    # (written close, "13-14": spaced ends are read as a table's columns; not a code's two runs of
                    # digits, "ISSN: 0866-7756")
                    or (
                        value_max is not None
                        and not any(c.isspace() for c in key[s:unit_p])
                        and not (tok.isdigit() and len(tok) >= 4)
                        and _RANGE_LEVEL_END.search(key, max(0, s - 20), s)
                    )
                    or _SIGN_BOUND_END.search(key, max(0, s - 6), s)  # "tỷ lệ thôn có nhân viên y tế >90"
                    or _COLON_BOUND_END.search(key, max(0, s - 24), s)
                    or _BANG_END.search(key, max(0, s - 8), s)
                    or (
                        (_GROUPED.fullmatch(tok) or _in_label_list(key, s) or _in_label_column(key, s))
                        and _LABEL_COLON_END.search(key, max(0, s - 60), s)
                        and not _COUNTER_LABEL.search(key, max(0, s - 60), s)
                    )
                    or (tok.isdigit() and _in_breakdown(key, s))
                    or (
                        _DECIMAL_TOKEN.fullmatch(tok) is not None
                        and _LIST_ITEM_LEAD.search(key, max(0, s - 42), s) is not None
                        and ";" in key[s : s + len(tok) + 3] + key[max(0, s - 42) : s]
                    )
                    or _in_named_list(text, s, s + len(tok))
                )
            ):
                continue
            u = ("", "", "counted", unit_p)
        unit, base, kind, uend = u
        if value_max is None and not is_ratio and base and _TU_BEFORE.search(key, max(0, s - 6), s):
            # "từ 200.000đ đến 500.000đ", "từ 50 triệu đồng đến 60 triệu đồng": the unit written after both ends.
            mr = _SPACED_RANGE.match(key, uend)
            b2 = try_parse_number(mr.group(3).rstrip(".,")) if mr else None
            if mr and b2 is not None and b2 > value and not _is_year(mr.group(3), b2):
                e2 = mr.start(3) + len(mr.group(3).rstrip(".,"))
                u2 = _read_unit(text, key, e2, _scale_at(key, e2, lx), lx, share)
                # … the second end may carry the rate for both: "từ 50 triệu đồng đến 60 triệu đồng/năm".
                if u2 is not None and u2[1] == base and (u2[0] == unit or u2[0].startswith(unit + "/")):
                    value_max, unit, uend = b2, u2[0], u2[3]
        skip_to = max(skip_to, uend)
        op_after: str | None = None
        ma = lx.after_ge.match(key, uend)
        if ma:
            op_after = ">="
            uend = ma.end()
        else:
            ml = lx.after_le.match(key, uend)
            if ml:
                op_after = "<="
                uend = ml.end()
        start = s - 1 if sign else s
        out.append(
            Number(
                start=start,
                value=value,
                value_max=value_max,
                unit=unit,
                unit_key=base,
                unit_kind=kind,
                unit_end=uend,
                is_ratio=is_ratio,
                whole=whole if is_ratio else None,
                sign=sign,
                op_after=op_after,
            )
        )
    return out


# A breakdown written as labels and colons ("(đoàn viên, hội viên: 25; công nhân, người lao động: 120, người neo đơn:
# 8)"): each value after its label, two items or more on the line.
_LABEL_ITEM = re.compile(r"[a-zà-ỹđ)][ \t\xa0]*:[ \t\xa0]*\d")


# A breakdown after a heading's colon, each item its label then its count, no unit ("Phân tích lỗi vi phạm: không
# đội mũ bảo hiểm 09, vi phạm tốc độ 28, vi phạm khác 35."): three items or more, every number of the list one.
_BREAKDOWN_ITEM = re.compile(r"[a-zà-ỹđ][ \t\xa0]+(\d{1,6})[ \t\xa0]*(?=[,;.]|$)")
_ANY_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# … whose labels are no names of documents, roads, places or times ("Nghị định 100, Thông tư 24, Quyết định 15").
_NOT_A_LABEL_END = re.compile(
    rf"(?<![{_W}])(?:nghị\s+định|thông\s+tư|quyết\s+định|chỉ\s+thị|nghị\s+quyết|công\s+văn|luật|điều|khoản|"
    r"quốc\s+lộ|tỉnh\s+lộ|đường|phòng|lớp|tổ|khu|ấp|thôn|xóm|khối|số|năm|tháng|ngày|khóa|lần|kỳ|trang|mục|phần)"
    r"[ \t\xa0]+$"
)


def _in_breakdown(key: str, s: int) -> bool:
    ls, le = line_bounds(key, s, s)
    colon = key.rfind(":", ls, s)
    if colon < 0:
        return False
    stop = key.find(".", s, le)
    while stop >= 0 and stop + 1 < le and key[stop + 1].isdigit():
        stop = key.find(".", stop + 1, le)  # a dot inside a number is no full stop
    end = le if stop < 0 else stop + 1
    if s - colon > 300:
        return False
    if ". " in key[colon + 1 : s]:
        return False  # the colon heads an earlier sentence
    if _breakdown_items(key[colon + 1 : end], 3):
        return True
    # "với hình thức: Khiển trách 26, cảnh cáo 03; kỷ luật 1.090 đảng viên …": the first item of a sentence closed by
    # ";" is a list of its own, and two counts suffice there.
    semi = key.find(";", s, end)
    return semi >= 0 and ";" not in key[colon + 1 : s] and _breakdown_items(key[colon + 1 : semi + 1], 2)


def _breakdown_items(seg: str, least: int) -> bool:
    """``seg`` holds ``least`` label-count items or more, every number of it one, no label a name."""
    items = list(_BREAKDOWN_ITEM.finditer(seg))
    if len(items) < least or len(items) != sum(1 for _ in _ANY_NUMBER.finditer(seg)):
        return False
    return not any(_NOT_A_LABEL_END.search(seg, 0, m.start(1)) for m in items)


# "- Số bác sỹ bình quân 1 vạn dân (người): 15", one labelled value a line, its number ending the line.
_LABEL_VALUE_LINE = re.compile(
    r"[ \t\xa0]*(?:[-+•*][ \t\xa0]*)?[^\W\d_]+(?:[ \t\xa0]+[^\s:]+){2,}[ \t\xa0]*:[ \t\xa0]*\d[\d.,]*[ \t\xa0]*%?[ \t\xa0]*"
)
_STATS_COUNTER = re.compile(r"(?<![^\W\d_])(?:thống kê|bài viết|lượt truy cập|truy cập)(?![^\W\d_])")


# "Cụ thể: Đảng bộ TP.Tam Kỳ chỉ tiêu phát triển 150 đảng viên mới; Hội An 110; Điện Bàn 150; Đại Lộc 125": a unit's
# name, each word capitalised, then its bare number, items of a ";" list.
_NAMED_ITEM_END = re.compile(
    rf"(?:^|[;:]|\bvà)[ \t\xa0]*(?:[{_UP}][^\W\d_]*(?:[ \t\xa0]+|[ \t\xa0]*[-–.][ \t\xa0]*)){{1,4}}$"
)
_NAMED_ITEM_AFTER = re.compile(
    rf"[ \t\xa0]*(?:;|[ \t\xa0]+và[ \t\xa0]+[{_UP}]|\.?[ \t\xa0]*$|\.[ \t\xa0]*\n)"
)
# One whole item of such a list: "; Hội An 110", "; Điện Bàn 150".
_NAMED_ITEM = re.compile(
    rf"[;:][ \t\xa0]*(?:[{_UP}][^\W\d_]*[ \t\xa0]+){{1,4}}\d{{1,6}}[ \t\xa0]*(?=;|\.|[ \t\xa0]+và)"
)


def _in_named_list(text: str, s: int, e: int) -> bool:
    """The number follows a capitalised name that opens a ";" item and ends the item, and the items next to it are
    of the same shape: a list of units or places, each with its value."""
    if not (_NAMED_ITEM_END.search(text, max(0, s - 40), s) and _NAMED_ITEM_AFTER.match(text, e)):
        return False
    return len(_NAMED_ITEM.findall(text, max(0, s - 80), e + 80)) >= 2


def _in_label_column(key: str, s: int) -> bool:
    """The number ends a line "label: value", and the nearest line above or below with text is one too: a list of
    labelled values a line each, as statistics pages write them."""
    ls, le = line_bounds(key, s, s)
    if (
        not _LABEL_VALUE_LINE.fullmatch(key, ls, le)
        or _CODE_LABEL.search(key, ls, le)
        or _TIME_LABEL.search(key, ls, le)
        or _STATS_COUNTER.search(key, ls, le)
        or _COUNTER_LABEL.search(key, ls, s)
    ):
        return False
    for pos in (ls - 1, le + 1):
        while 0 <= pos < len(key):
            a, b = line_bounds(key, pos, pos)
            if key[a:b].strip():
                if _LABEL_VALUE_LINE.fullmatch(key, a, b) and not _COUNTER_LABEL.search(key, a, b):
                    return True
                break
            pos = a - 1 if pos < ls else b + 1
    return False


def _in_label_list(key: str, s: int) -> bool:
    ls, le = line_bounds(key, s, s)
    lo, hi = max(ls, s - 100), min(le, s + 100)
    if _CODE_LABEL.search(key, lo, hi) or _TIME_LABEL.search(key, lo, hi):
        return False
    return sum(1 for _ in _LABEL_ITEM.finditer(key, lo, hi)) >= 2


# "133 vùng trồng dừa được cấp mã số", "161 ý tưởng được Hội hỗ trợ", "40 sản phẩm được công nhận": what was done to the
# things counted, said after them.
_DONE_TO_IT_AFTER = re.compile(
    rf"(?:[ \t]+[{_W}]+){{0,3}}?[ \t]+(?:đã[ \t]+)?được[ \t]+(?:[{_W}]+[ \t]+){{0,2}}?"
    rf"(?:cấp|công[ \t]+nhận|hỗ[ \t]+trợ|xây[ \t]+dựng|thành[ \t]+lập|phê[ \t]+duyệt|sửa[ \t]+chữa|bàn[ \t]+giao|"
    rf"nghiệm[ \t]+thu|chứng[ \t]+nhận|đầu[ \t]+tư)(?![{_W}])"
)
# "mỗi cơ sở Hội duy trì ít nhất 01 loại hình hoạt động", "giám sát ít nhất 02 chính sách": a lower bound written
# right before a count names a planned count of whatever follows, as a verb of doing does.
_LOWER_BOUND_END = re.compile(rf"(?<![{_W}])(?:ít\s+nhất|tối\s+thiểu|không\s+dưới|không\s+ít\s+hơn)\s*$")


def _open_count_unit(
    text: str, key: str, s: int, p: int, tok: str, value: Decimal, lx: Lexicon
) -> tuple[str, str, str, int] | None:
    """A count of a thing the lexicon does not list, right after a verb of doing or a lower bound: the next one or two
    words."""
    if len(tok) > 9 or _is_year(tok, value) or not text[p + 1 : p + 2].islower():
        return None
    mn = _NOUN2.match(key, p)
    if not mn or not mn.group(0).startswith(" ") or mn.group(0)[1:2] == " ":
        return None
    if (
        not lx.open_count_verb.search(key, max(0, s - 32), s)
        and not _LOWER_BOUND_END.search(key, max(0, s - 16), s)
        and not _DONE_TO_IT_AFTER.match(key, mn.end())
        and not _CASES_WITH_END.search(key, max(0, s - 40), s)
    ):
        return None
    keep: list[str] = []
    for w in mn.group(0).split():
        if w in lx.function_words or w in lx.unit_kind:
            break
        keep.append(w)
    if not keep:
        return None
    unit = " ".join(keep)
    return unit, unit, "counted", p + 1 + len(unit)


def _PROGRAMME_NOUN(text: str, p: int, end: int) -> bool:
    """ "xây dựng mới 04 Công trình thanh niên": a counted noun capitalised as a programme's name, between a
    lower-case word before the number and lower-case words after it (not a place name "Hồ Sơn 1 Xã Tân")."""
    after = text[end : end + 2]
    if not (after[:1] == " " and after[1:].islower()):
        return False
    i = p - 1
    while i >= 0 and (text[i].isdigit() or text[i] in ".,"):
        i -= 1
    before = text[max(0, i - 24) : i + 1].rstrip().split()
    return bool(before) and before[-1][:1].islower()


def _counted_after(key: str, mr: re.Match[str], tok: str, lx: Lexicon) -> bool:
    """ "3 đến 5 mô hình": two whole numbers joined by "đến" and followed by a counted noun are one range."""
    t2 = mr.group(3).rstrip(".,")
    if not (mr.group(2) and tok.isdigit() and t2.isdigit() and len(tok) <= 3 and len(t2) <= 3):
        return False
    mu = lx.unit_re.match(key, mr.start(3) + len(t2))
    return mu is not None and lx.unit_kind.get(_SPACES.sub(" ", mu.group(1))) == "counted"


def _scale_at(key: str, p: int, lx: Lexicon) -> str | None:
    m = lx.scale_re.match(key, p)
    return _SPACES.sub(" ", m.group(1)) if m else None


def power_of_ten(v: Decimal) -> bool:
    """True for 1, 10, 100, … (the usual denominators "trên 10.000 dân")."""
    return _power_of_ten(v)


# A table copied one cell a line numbers its rows: "1" alone on its line, then the row's label ("Thu ngân sách …"), its
# cells, then "2" and the next label. Such numbers, counted 1, 2, 3 … down the text, are the rows' ordinals.
_ALONE_INT_LINE = re.compile(r"(?m)^[ \t\xa0]*(\d{1,2})[ \t\xa0]*$")
_NEXT_LINE_LABEL = re.compile(r"\s*\n[ \t\xa0]*[^\W\d_]")


@lru_cache(maxsize=8)
def row_numbers(text: str) -> frozenset[int]:
    """Where the row ordinals of a table copied one cell a line start: a run 1, 2, 3 … (two at least) of integers alone
    on their line, each followed by a line that opens with a letter (the row's label)."""
    runs: list[list[int]] = []  # the runs found, each the positions of its ordinals 1, 2, 3 …
    for m in _ALONE_INT_LINE.finditer(text):
        if not _NEXT_LINE_LABEL.match(text, m.end()):
            continue
        value = int(m.group(1))
        if runs and value == len(runs[-1]) + 1:
            runs[-1].append(m.start(1))
        elif value == 1:
            runs.append([m.start(1)])
    return frozenset(at for run in runs if len(run) >= 2 for at in run)
