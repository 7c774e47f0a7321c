"""Context filters: numbers that are no target nor result (descriptions, votes, population, qualifiers, denominators)."""

from __future__ import annotations

import itertools
import re

from trongtam.core.extraction.targets._common import (
    _ROLE_WINDOW,
    _SO_VOI_OTHER,
    _SPACES,
    _W,
    _WINDOW,
    BREAKDOWN_LEAD,
    _Found,
    _last_match,
)
from trongtam.core.extraction.targets.lexicon import Lexicon
from trongtam.core.extraction.targets.roles import _PLAN_VERB, _RESULT_VERB_AFTER, _RESULT_VERB_BEFORE
from trongtam.core.extraction.targets.scan import (
    _ANY_NUMBER,
    _MEASURED_AFTER,
    Boundaries,
    Number,
    power_of_ten,
    row_numbers,
)

# "có 05 chi bộ, với 98 đảng viên", "gồm 4 thôn với 539 hộ": a body described by its parts and members.
# "9 chỉ tiêu đạt 100%", "5/7 nhiệm vụ hoàn thành 100%": the whole share right after indicators (criteria, tasks)
# counted by how they ended says what "ended" means for them; the count is the result, the share no target of its own.
_LEVEL_OF_COUNTED_END = re.compile(
    rf"(?<![\d.,])\d+(?:\s*/\s*\d+)?\s*(?:chỉ\s+tiêu|tiêu\s+chí|nhiệm\s+vụ)(?:\s+[{_W}]+){{0,3}}?"
    rf"\s+(?:đã\s+)?(?:đạt|hoàn\s+thành|vượt)(?:\s+mức)?\s*$"
)
_HAS_END = re.compile(rf"(?<![{_W}])(?:có|gồm|gồm\s+có|bao\s+gồm)\s*$")

_WITH_MEMBERS_AFTER = re.compile(
    r"(?:\s+[^\s,;.()\d]+){0,2}\s*,?\s*với\s+(?:gần\s+|trên\s+|hơn\s+|khoảng\s+)?\d"
)

# "Chủ Nhật Đỏ có 22 tỉnh thành phố tham gia với 40 điểm …": places or people taking part in a campaign, and the
# points it was held at, are results, not a body's parts and their members.
_TAKING_PART_AFTER = re.compile(rf"\s+tham\s+gia(?![{_W}])")

# "có 20 đảng bộ trực thuộc với ": a body's parts counted, its members follow.
_PARTS_WITH_END = re.compile(
    rf"(?<![{_W}])(?:có|gồm)\s+\d[\d.]*\s+[^\d,;.()]{{1,30}}?\s*,?\s*với\s+(?:gần\s+|trên\s+|hơn\s+|khoảng\s+)?$"
)
# The members listed after a body's parts, up to the end of the clause: "với 842 tổ chức cơ sở đảng và 87.258 đảng viên".
_CLAUSE_REST = re.compile(r"(?:[^;.()\n]|(?<=\d)[.,](?=\d))*")  # "1.250" does not end it
_MEMBERS_AFTER_PARTS = re.compile(r"\s*,?\s*với\s+" + _CLAUSE_REST.pattern)
_LEVEL_AFTER_COMMA = re.compile(rf",(?=[^,;.()\n]*(?<![{_W}])(?:đạt|còn|chiếm|giảm|tăng|vượt)(?![{_W}]))")

# "nâng tổng số đảng viên … lên 264": the membership it brings, a stock like "Tổng số đảng viên hiện nay"; so is the
# one it started from ("nâng số đảng viên trong Đảng bộ từ 52 đảng viên đầu nhiệm kỳ lên 96 đảng viên").
# "kết nạp được 24 hội viên, nâng tổng số 1.529 hội viên": the total written before its noun (a member's noun).
_TOTAL_BEFORE_NOUN_END = re.compile(
    rf"(?<![{_W}])(?:nâng|đưa)\s+tổng\s+số\s+(?:(?:hơn|trên|gần|khoảng)\s+)?$"
)
_MEMBER_TOTAL_END = re.compile(
    # "đưa tổng số hội viên trong toàn xã lên 1788 hội viên": the same stock, brought by "đưa".
    # ("nâng tổng đảng số đảng viên …": a word slipped in by a typo)
    # ("nâng tổng số ĐV …": the members' abbreviation)
    rf"(?<![{_W}])(?:nâng|đưa)\s+(?:tổng\s+(?:[{_W}]+\s+)?)?số\s+(?:lượng\s+)?(?:(?:đảng|hội|đoàn|thành|công\s+đoàn)\s+viên|đv)"
    rf"(?![{_W}])"
    rf"[^,;.()]{{0,80}}?(?<![{_W}])"
    # "… lên hơn 2000 hội viên": a bound between the verb and the total is still the stock.
    rf"(?:(?:từ|lên|là)(?:\s+(?:hơn|trên|gần|khoảng))?|(?:hiện|đến)\s+nay(?:\s+(?:là|có|hơn|trên|gần|khoảng))?)\s*$"
    # "kết nạp được 71 hội viên mới, …, nâng hội viên toàn xã 865 hội viên": the same, its verb left out.
    rf"|(?<![{_W}])nâng\s+(?:tổng\s+)?(?:đảng|hội|đoàn|thành)\s+viên\s+toàn\s+[^,;.()\d]{{1,20}}$"
)

# "Đảng bộ … được thành lập ngày 01/7/2025 với 36 đảng viên": the members a body was founded with describe it.
_FOUNDED_WITH_END = re.compile(
    rf"(?<![{_W}])thành\s+lập(?![{_W}])[^,;.()\n]{{0,40}}(?<![{_W}])với\s+(?:(?:gần|trên|hơn|khoảng)\s+)?$"
)

# "đã trồng bổ sung được 40 ha …, nâng tổng diện tích rừng hiện có lên 3.997 ha": the stock existing after it.
_EXISTING_TOTAL_END = re.compile(
    rf"(?<![{_W}])nâng\s+tổng\s+[^,;.()\d]{{0,50}}(?<![{_W}])hiện\s+có\s+lên\s*$"
)

# "“Đội xe thiện nguyện” với 11 thành viên tham gia", "65 công đoàn cơ sở với 2.764 đoàn viên": the members a group
# is counted "with" are its size, description; so are those "cùng với" someone at a meeting. Those an event had ("ra
# quân … với 60 đoàn viên tham gia", "Tham gia ngày tình nguyện với 45 bạn đoàn viên") are its result, and a quota
# ("chỉ tiêu kết nạp … cao nhất với 489 đảng viên") a target.
_WITH_END = re.compile(rf"(?<![{_W}])với\s+(?:(?:gần|trên|hơn|khoảng)\s+)?$")
_ALONG_WITH_END = re.compile(rf"(?<![{_W}])cùng\s+với\s+(?:(?:gần|trên|hơn|khoảng)\s+)?$")
_GROUP_BEFORE = re.compile(
    rf"(?<![{_W}])(?:câu\s+lạc\s+bộ|clb|đội|nhóm|tổ|mô\s+hình|hợp\s+tác\s+xã|htx|chi\s+hội|chi\s+bộ|công\s+đoàn)(?![{_W}])"
)
_QUOTA_BEFORE = re.compile(rf"(?<![{_W}])(?:chỉ\s+tiêu|kết\s+nạp|tham\s+gia)(?![{_W}])")
# "thị trấn … cách thành phố Trà Vinh 7km về phía Bắc": where a place lies, description.
_DISTANCE_END = re.compile(rf"(?<![{_W}])cách\s+(?!ly(?![{_W}]))[^,;.()\d]{{0,50}}$")
_DISTANCE_UNITS = frozenset({"km", "m", "mét"})

# A Party committee, by name or abbreviation ("ban kiểm tra" inside "ủy ban kiểm tra" too).
# The delegation a congress elects to the one above is a body described the same way ("bầu đoàn đại biểu đi dự Đại
# hội … gồm 17 thành viên").
_COMMITTEES = r"(?:ban\s+chấp\s+hành|ban\s+thường\s+vụ|cấp\s+ủy|chi\s+ủy|ban\s+kiểm\s+tra|bch|btv|ubkt|đoàn\s+đại\s+biểu)"
# "bầu Ban Chấp hành khóa XXI gồm 13 đồng chí", "bầu ra BCH … gồm 9 đồng chí": the members of the committee
# elected describe the body (the committees' abbreviations too: BCH, BTV, UBKT).
_COMMITTEE_END = re.compile(
    rf"(?<![{_W}]){_COMMITTEES}(?![{_W}])"
    rf"[^,;.()\n]{{0,50}}(?<![{_W}])gồm\s*$"
)
# "bầu cử ra Ban Thường vụ Huyện ủy là 12 đồng chí", "Hiện tại, Ban Chấp hành Đảng bộ huyện có 32 đồng chí": the
# comrades a committee is or has, as after "gồm" (only comrades: "Ban Thường vụ … có 5 đề án" counts something else).
_COMMITTEE_IS_END = re.compile(
    rf"(?<![{_W}]){_COMMITTEES}(?![{_W}])"
    rf"[^,;.()\n\d]{{0,40}}(?<![{_W}])(?:là|có|hiện\s+có)\s*$"
)

_ONE_WORD_PER = re.compile(r"[ \t]*[^\W\d_]+[ \t]+trên[ \t]+")

# "… tính bình quân 1 vạn dân số là": the population is the denominator of a rate, not the locality's size.
_PER_HEAD_END = re.compile(r"\d[\d.,]*\s*(?:vạn|nghìn|ngàn)?\s*dân\s+số\s+(?:là|đạt)\s*$")
# "6 xã đạt 19/19 tiêu chí": a count of a group and what defines it; a year before the subject is no count
# ("Năm 2021 xã đã đạt 17/19 tiêu chí" reports a result).
_QUALIFIED_BY_END = re.compile(rf"(?<![\d.,])(?<!năm )\d[\d.,]*\s+[{_W} ]{{1,16}}\s+đạt\s*$")

_AVERAGE_END = re.compile(rf"(?<![{_W}])bình\s+quân(?![{_W}])[^,;()]{{0,40}}$")

# "27 chỉ tiêu phát triển kinh tế đạt và vượt", "01 chỉ tiêu thành phần không đạt", "3 tiêu chí chưa đạt",
# "8 chỉ tiêu dự kiến thực hiện đạt": indicators or criteria counted by how they ended, a few words on.
_RESULT_VERB_LATER = re.compile(
    # (no other count between: "… 15 - 18 tiêu chí và 3 xã đạt …" counts communes by what they reached)
    rf"(?:\s+(?!\d)[{_W}-]+){{0,5}}?\s+(?:(?:đã|dự\s+kiến|cơ\s+bản|sẽ)\s+)*(?:thực\s+hiện\s+)?"
    rf"(?:đạt\s+và\s+vượt|hoàn\s+thành|chưa\s+đạt|không\s+đạt|chưa\s+hoàn\s+thành|vượt|đạt)(?![{_W}])"
    rf"(?!\s+được\s+nhiều)"
)
# … but what a plan sets is counted right after its verb: "đã đề ra 13 chỉ tiêu … chủ yếu đạt được nhiều kết quả".
_SET_BY_PLAN_END = re.compile(rf"(?<![{_W}])(?:đề\s+ra|đặt\s+ra|xác\s+định|thông\s+qua|giao)\s*$")

_WITHIN_END = re.compile(rf"(?<![{_W}])trong(?:\s+khoảng)?(?:\s+(?:vòng|thời\s+gian|thời\s+hạn))?\s*$")

_RESULT_WORD = re.compile(rf"(?<![{_W}])(?:kết\s+nạp|mới|tăng|giảm|đạt|được|thêm|vượt)(?![{_W}])")
# "loại" before a number is a grade ("loại 1"), not in "kim loại", "chủng loại", "phân loại".
# Voting to adopt a resolution that lists its targets ("biểu quyết thông qua Nghị quyết … với các chỉ tiêu chủ yếu
# như: …") reports no tally: the targets listed are read, unless a tally word is there too.
_ADOPTS = re.compile(r"\s+thông\s+qua")
_TARGET_LIST = re.compile(rf"(?<![{_W}])(?:chỉ\s+tiêu|mục\s+tiêu)(?![{_W}])")


def _listed_after_lead(key: str, lx: Lexicon, ss: int, s: int) -> bool:
    """The number stands in a list of targets led in by a colon ("… với 100% đại biểu tán thành, với các chỉ tiêu chủ
    yếu như: tỷ lệ hộ nghèo giảm …"): the tally is before the colon, the targets after it."""
    colon = key.rfind(":", ss, s)
    return (
        colon > ss
        and _TARGET_LIST.search(key, ss, colon) is not None
        and lx.neg_sentence.search(key, colon, s) is None
    )


# A meeting's attendance told in a sentence that lists what was done ("… phát sóng 365 chương trình, …, 12 buổi hội
# nghị thông tin thời sự với gần 4.300 lượt đại biểu tham dự"): the people counted are the meeting's, the things made
# are results.
_ATTENDANCE_CUES = frozenset({"đại biểu tham dự", "đại biểu dự", "có mặt", "được triệu tập", "vắng mặt"})
_PEOPLE_WORD = re.compile(
    rf"(?<![{_W}])(?:đại\s+biểu|đảng\s+viên|đoàn\s+viên|hội\s+viên|người|đồng\s+chí|cán\s+bộ|thành\s+viên|khách|"
    rf"lượt|chi\s+bộ|đảng\s+bộ|tổ\s+chức)(?![{_W}])"
)


def _made_beside_attendance(num: Number, key: str, b: Boundaries, lx: Lexicon, ss: int, se: int) -> bool:
    """The number counts things made or done, in a sentence whose only meeting words tell who attended, outside the
    clause that tells it."""
    if num.unit_kind != "counted" or num.unit_key == "%" or _PEOPLE_WORD.search(num.unit_key):
        return False
    cues = list(lx.neg_sentence.finditer(key, ss, se))
    if not cues or any(_SPACES.sub(" ", m.group()) not in _ATTENDANCE_CUES for m in cues):
        return False
    ics, ice = b.start_of(b.iclauses, num.start), b.end_of(b.iclauses, num.unit_end, b.n)
    return not any(ics <= m.start() < ice for m in cues)


def _reports_vote(key: str, lx: Lexicon, a: int, z: int) -> bool:
    adopted = False
    for m in lx.neg_sentence.finditer(key, a, z):
        if m.group().startswith("biểu quyết") and _ADOPTS.match(key, m.end()):
            adopted = True
            continue
        return True
    return adopted and _TARGET_LIST.search(key, a, z) is None


# The members of a Party body ("Chi bộ Chi cục Kiểm lâm có 28 đảng viên") and the people at a meeting (a sentence
# opening "Dự Đại hội …", "Tham dự hội nghị …") are description, as "hiện có" and "dự đại hội có" are.
_MEMBERS = frozenset({"đảng viên", "đoàn viên", "hội viên", "đại biểu", "đồng chí"})
# Members counted right after the groups they belong to ("178 tổ …, với 5.845 thành viên") describe them.
_MEMBERS_OF_GROUPS = _MEMBERS | {"thành viên"}
# … or after "có" ("thành lập mới 04 tổ dịch vụ có 28 thành viên tham gia").
_GROUPS_WITH_END = re.compile(
    r"\d[\d.,]*\s+[^\d,;.()]{1,40}?(?:\s*,?\s*với|\s+có)\s+(?:(?:gần|trên|hơn|khoảng)\s+)?$"
)
# A body's name may hold a number after a place word ("Chi bộ Khu phố 3 có 41 đảng viên", "Tổ dân phố số 7 có …").
_NAME_CHARS = r"(?:[^,;.()\d]|(?:phố|thôn|ấp|tổ|xóm|bản|khu|số|đội|phường)\s+\d{1,3}(?!\d))"
_BODY_HAS_END = re.compile(rf"(?<![{_W}])(?:chi|đảng)\s+bộ(?![{_W}]){_NAME_CHARS}{{0,40}}(?<![{_W}])có\s*$")
# "Tham gia mô hình có 06 hộ dân.", "Tổ hợp tác có 15 hộ tham gia": the households a group or a model is made of.
_GROUP_HAS_END = re.compile(
    rf"(?<![{_W}])(?:nhóm|tổ|câu\s+lạc\s+bộ|clb|hợp\s+tác\s+xã|mô\s+hình)(?![{_W}])[^,;.()\d]{{0,50}}"
    rf"(?<![{_W}])(?:hiện\s+)?có\s+(?:(?:gần|trên|hơn|khoảng)\s+)?$"
)
# "Toàn xã có 1.424 hội viên nông dân, …": the members of a whole, when nothing they do follows in the clause
# ("toàn Hội có 623 hội viên làm kinh tế trang trại" counts a result).
_WHOLE_HAS_END = re.compile(
    rf"(?<![{_W}])toàn\s+(?:xã|phường|thị\s+trấn|huyện|thị\s+xã|tỉnh|thành\s+phố|hội|chi\s+hội|đảng\s+bộ|đoàn)"
    rf"(?:\s+hiện)?\s+có\s*$"
    # "nhóm tiết kiệm và cho vay của thôn có 27 thành viên": the members of a group; "Hội CCB phường Hà Tu có 591
    # hội viên": of an association.
    rf"|(?<![{_W}])(?:nhóm|tổ|câu\s+lạc\s+bộ|clb|hợp\s+tác\s+xã|chi\s+hội|hội|mô\s+hình)(?![{_W}]){_NAME_CHARS}{{0,50}}"
    rf"(?<![{_W}])(?:hiện\s+)?có\s*$"
    # "(TP có gần 19.000 hội viên)": an aside giving the size of the whole a share is taken of.
    rf"|\(\s*[^,;.()\d]{{1,30}}?(?<![{_W}])có\s+(?:(?:gần|trên|hơn|khoảng)\s+)?$"
)
# … the members' kind may follow in up to three words ("Toàn phường có 366 hội viên người cao tuổi.").
# "toàn tỉnh có 257.085 hộ dân cư": the households living in the whole, the population described.
_RESIDENTS_AFTER = re.compile(rf"\s+dân\s+cư(?![{_W}])")
_MEMBERS_ONLY_AFTER = re.compile(rf"(?:\s+[{_W}]+){{0,3}}\s*(?:[,;.:)]|$)")
# A sentence counting inhabitants ("có 2.996 hộ, 11.024 nhân khẩu", "841 hộ với 3.606 nhân khẩu") describes the
# population: its households, people, workers, villages and shares are no results unless something is done to them.
# … and so does one naming the place where they live ("Đây là nơi sinh sống của trên 25 ngàn hộ dân thuộc 19 dân tộc").
_INHABITANTS = re.compile(
    rf"\d[\d.,]*\s*(?:nhân\s+khẩu|khẩu)(?![{_W}])|(?<![{_W}])nơi\s+sinh\s+sống\s+của(?![{_W}])"
    # "Dân tộc Thái 3395 người, chiếm 99,09 %; dân tộc Mường 28 người, …": the people of each ethnic group and
    # their share, the population described group by group.
    rf"|(?<![{_W}])dân\s+tộc(?:\s+[{_W}]+){{1,2}}\s+\d[\d.,]*\s*(?:người|hộ|khẩu|nhân\s+khẩu)\s*,\s*chiếm(?![{_W}])"
)
_POPULATION_UNITS = frozenset(
    {
        "hộ",
        "người",
        "người dân",
        "lao động",
        "thôn",
        "bản",
        "thôn bản",
        "thôn, bản",
        "xóm",
        "tổ dân phố",
        "khu dân cư",
    }
)
# The next items of a description listed without a verb of their own: "dân số 12.345 người; 2.987 hộ; 12 thôn".
_INVENTORY_UNITS = _POPULATION_UNITS | _MEMBERS | {"nhân khẩu", "khẩu"}
_NEXT_ITEM_GAP = re.compile(
    r"[ \t\xa0]*(?:[,;][ \t\xa0]*(?:(?:và|với)\s+)?|và\s+)(?:(?:gần|trên|hơn|khoảng)\s+)?"
)  # "…, 43 tổ chức", "… và 43 tổ chức"
_DONE_TO = re.compile(
    rf"(?<![{_W}])(?:kết\s+nạp|mới|tăng|giảm|đạt|thêm|vượt|hỗ\s+trợ|thoát|giúp|vay|cấp|tạo|nghèo|cận\s+nghèo|"
    rf"giải\s+quyết|được\s+(?:hỗ|vay|cấp|công|hưởng|tặng))(?![{_W}])"
)
# "dân tộc Mông chiếm gần 60%": a bound between the verb and the share still gives a share.
_SHARE_END = re.compile(rf"(?<![{_W}])chiếm(?:\s+(?:gần|trên|hơn|khoảng|dưới|xấp\s+xỉ))?\s*$")
# "… 9.230 nhân khẩu. tỷ lệ hộ nghèo …": a full stop ends the description even before a lower-case word.
_STOP = re.compile(r"\.(?=\s)")
# "20/34 tỉnh đạt tốc độ tăng trưởng (GRDP) từ 8% trở lên": a bound on a level that defines the group counted.
_GROUP_REACHING = re.compile(
    # (not a span of time: "tốc độ tăng trưởng bình quân 5 năm đạt từ 6,5-7%" is a plan's range)
    rf"(?<![\d.,/])(?<!năm )\d[\d.]*(?:/\d[\d.]*)?\s+(?!(?:năm|tháng|quý|tuần|ngày)(?![{_W}]))"
    rf"[{_W}]+(?:\s+[{_W}]+){{0,2}}\s+(?:đã\s+|được\s+)?"
    rf"(?:đạt|có)\s+[^,;:\n]*$"
)
_BOUND_BEFORE = re.compile(rf"(?<![{_W}])(?:từ|trên|dưới|hơn|không\s+dưới|tối\s+thiểu)\s*$")
_BOUND_AFTER = re.compile(rf"\s*%?\s*trở\s+(?:lên|xuống)(?![{_W}])")
# "10 phường thuộc quận ký giao ước thi đua": the places of a district named by where they belong, unless the clause
# says what they reached ("3 xã thuộc huyện đạt chuẩn nông thôn mới").
_BELONGS_TO_AFTER = re.compile(
    rf"\s+thuộc\s+(?:quận|huyện|tỉnh|thành\s+phố|thị\s+xã|thị\s+trấn|xã|phường)(?![{_W}])"
)
_ACHIEVED = re.compile(rf"(?<![{_W}])(?:hoàn\s+thành|công\s+nhận|về\s+đích|xây\s+dựng)(?![{_W}])")
# "Kế hoạch được triển khai tại 25 tỉnh … và 17 tỉnh …", "kiểm tra 12 cuộc tại 12 cơ sở Hội": the places where
# something is done, not a count of results (unless they are counted by what they reached: "tại 3 xã đạt 19/19
# tiêu chí").  The places listed after the first one take its reading.
_OUTBREAK_END = re.compile(
    rf"(?<![{_W}])(?:xảy\s+ra|phát\s+sinh|tái\s+phát|xuất\s+hiện|lây\s+lan|bùng\s+phát)(?:\s+(?:thêm|mới))?\s*$"
)
_AT_PLACES_END = re.compile(rf"(?<![{_W}])(?:tại|ở)\s+(?:\d[\d.,]*\s+[^,;.()\d]{{1,40}}?(?:,|\s+và)\s+)?$")
# A condition opening a clause inside a sentence, its consequence after "thì": "Đối với …, trường hợp có dưới 150
# đoàn viên thì phải có các điều kiện sau", "…, nếu giảm được 2% thì …".
_CONDITION_OPEN = re.compile(rf"[\s\-–—\"“(]*(?:trường\s+hợp|nếu|giả\s+sử)(?![{_W}])")
_THEN = re.compile(rf"(?<![{_W}])thì(?![{_W}])")
# A policy's share of a cost ("hỗ trợ 50% chi phí mua máy", "được hỗ trợ 100% học phí") is one of its terms.
_SUPPORT_END = re.compile(rf"(?<![{_W}])hỗ\s+trợ\s+(?:(?:tối\s+đa|đến|tới)\s+)?$")
_COST_AFTER = re.compile(rf"\s+(?:chi\s+phí|kinh\s+phí|học\s+phí|giá|lãi\s+suất|tiền)(?![{_W}])")
# Places something is done at, beyond the lexicon's administrative units (``lx.admin_units``).
_PLACES = frozenset({"tỉnh", "ấp", "làng", "cơ sở", "địa phương", "đơn vị"})
# "xã được sáp nhập từ 2 xã": the places a place was formed from describe it.
# A body merged, split or re-formed, and what it became ("sắp xếp, sáp nhập chi hội (86 chi hội thành 71 chi hội)",
# "tỉnh được chia tách thành 2 tỉnh"): the shape of an organisation, no result.
_MERGE = re.compile(rf"(?<![{_W}])(?:sáp\s+nhập|hợp\s+nhất|chia\s+tách|tách)(?![{_W}])")
_INTO_AFTER = re.compile(r"\s*thành\s+\d")
_INTO_END = re.compile(rf"(?<![{_W}])thành\s*$")
_MERGED_FROM_END = re.compile(rf"(?<![{_W}])(?:sáp\s+nhập|hợp\s+nhất)\s+(?:bởi|từ)(?:\s+các)?\s*$")
# The land inventory ("đất nông nghiệp là 2.459,8 ha", "+ Đất ở   82,99 ha") describes the place, not a result.
_LAND_USE_END = re.compile(
    rf"(?<![{_W}])đất\s+(?:nông\s+nghiệp(?:\s+khác)?|phi\s+nông\s+nghiệp|lâm\s+nghiệp(?:\s+có\s+rừng)?|ở|"
    rf"chuyên\s+dùng|chưa\s+sử\s+dụng|trồng\s+cây\s+(?:hàng|lâu)\s+năm|nuôi\s+trồng\s+thủy\s+sản|"
    rf"trồng\s+lúa(?:\s+nước)?|rừng\s+(?:sản\s+xuất|phòng\s+hộ|đặc\s+dụng))\s*(?:là|có|gồm)?\s*:?\s*$"
)
# A place's card, one fact a line: "- Diện tích: 230,2 km2", "- Đơn vị hành chính: 03 thị trấn và 32 xã" (a crop's or a
# forest's area, "Diện tích lúa: 500 ha", names what it measures and is left to the rules below).
_PLACE_FACT_LABEL_END = re.compile(
    r"(?<![^\n])[ \t\-–•+*]*(?:tổng\s+)?(?:diện\s+tích(?:\s+tự\s+nhiên)?|đơn\s+vị\s+hành\s+chính|vị\s+trí(?:\s+địa\s+lý)?)"
    r"\s*:\s*(?:(?:gần|hơn|trên|khoảng)\s+)?$"
)
_PARTY_BODIES = frozenset(
    {"tổ chức cơ sở đảng", "chi bộ", "đảng bộ", "đảng bộ cơ sở", "chi, đảng bộ", "tổ chức đảng"}
)
# The parts a Party body is made of, told after "với" or "thuộc": the body described.
_BODY_PARTS_END = re.compile(rf"(?<![{_W}])(?<!đối\s)(?:với|thuộc)\s+(?:(?:gần|hơn|trên|khoảng)\s+)?$")
# The places a delegation went to or worked with: "làm việc với 6 tỉnh", "khảo sát thực địa tại 12 xã".
_VISITED_END = re.compile(
    rf"(?<![{_W}])(?:làm\s+việc\s+với|khảo\s+sát(?:\s+thực\s+địa)?\s+(?:tại|ở)|đi\s+thực\s+tế\s+(?:tại|ở))"
    rf"(?:\s+(?:gần|hơn|trên|khoảng))?\s*$"
)
# The people or households of an ethnic group, counted: "… 191.267 hộ là người dân tộc thiểu số bản địa", "gần 108 nghìn
# người dân tộc thiểu số" (a count of those helped names what was done to them first and is left to the rules below).
_ETHNIC_PEOPLE_AFTER = re.compile(
    rf"(?:\s*,\s*\d[\d.,]*\s*(?:hộ|người|nhân\s+khẩu))?\s+(?:là\s+)?(?:người\s+|đồng\s+bào\s+)?dân\s+tộc(?![{_W}])"
)
_COVERED = re.compile(
    rf"(?<![{_W}])(?:tham\s+gia|bảo\s+hiểm|bhyt|được|sử\s+dụng|tiếp\s+cận|bao\s+phủ|có\s+thẻ)(?![{_W}])"
)
_HAS_ABOUT_END = re.compile(rf"(?<![{_W}])(?:có|gồm)(?:\s+(?:khoảng|gần|hơn|trên))?\s*$")
_OUT_OF_TOTAL_END = re.compile(rf"(?<![{_W}])trên\s+tổng\s+số(?:\s+(?:hơn|gần|khoảng|trên))?\s*$")
_OF_POPULATION_AFTER = re.compile(rf"\s*(?:tổng\s+)?dân\s+số(?![{_W}])")
_DENSITY_UNIT = re.compile(r"(?:người|hộ|dân)\s*/\s*(?:1\s+)?km\s*(?:2|²)$")
# … the land named after its area ("có 72.621 ha diện tích đất rừng", "có 1.200 ha đất nông nghiệp").
_LAND_AFTER = re.compile(rf"\s*(?:diện\s+tích\s+)?(?:đất|rừng|mặt\s+nước)(?![{_W}])")
# "diện tích lúa 2 vụ": the crop's name, not a count; "mỗi hộ được vay 10 - 15 triệu đồng, thời hạn vay 24 tháng":
# the terms of a loan fund, rules rather than results.
_CROP_SEASONS_END = re.compile(rf"(?<![{_W}])lúa\s*$")
_LOAN_TERMS_END = re.compile(
    rf"(?<![{_W}])(?:mỗi\s+[{_W}]+(?:\s+[{_W}]+)?\s+(?:được\s+)?vay(?:\s+(?:tối\s+đa|tối\s+thiểu|từ))?|"
    rf"(?:thời\s+hạn|thời\s+gian)\s+(?:cho\s+)?vay(?:\s+(?:tối\s+đa|là|từ))?|lãi\s+suất(?:\s+cho\s+vay)?"
    rf"(?:\s+(?:là|chỉ|từ))?)\s*$"
)
_HERD_HAS_END = re.compile(
    rf"(?<![{_W}])đàn(?![{_W}])[^,;.()\d]{{0,40}}(?<![{_W}])hiện\s+có\s+(?:[{_W}]+\s+)?$"
)
# A share followed, within a few words, by the passive or perfective verb of what was done for it: "95% số dân
# được sử dụng điện", "98% hộ đã có nhà tiêu hợp vệ sinh".
_SERVED_AFTER = re.compile(rf"\s*(?:[^\s,;.()\d]+\s+){{0,4}}(?:được|đã)(?![{_W}])")
_AREA_UNITS = frozenset({"ha", "héc ta", "hecta", "héc-ta", "km2", "km²", "m2", "m²"})
# "Trên địa bàn xã có 9 trường học": what the place has, unless something was done to it in the clause.
_LOCALITY_HAS_END = re.compile(
    rf"(?<![{_W}])trên\s+địa\s+bàn(?:\s+[{_W}]+){{0,3}}\s+(?:hiện\s+)?có\s*$"
    # "Đến tháng 9/2018, toàn quận có 294 tổ dân phố, … 43 tổ chức cơ sở đảng": the places and bodies a whole is made of.
    rf"|(?<![{_W}])toàn\s+(?:quận|huyện|thị\s+xã|thành\s+phố|tỉnh|xã|phường|thị\s+trấn)\s+(?:hiện\s+(?:nay\s+)?)?có\s*$"
)
# … when what it has are places or bodies ("toàn huyện có 1.424 hội viên" is left to the members' rules below): the
# lexicon's administrative units, counted alone or together ("xã, phường, thị trấn"), and these.
_WHOLE_PARTS = frozenset({"tỉnh", "quận", "khu dân cư", "buôn", "tổ", "đơn vị hành chính"})


def _counts_places(unit_key: str, lx: Lexicon) -> bool:
    """The unit counts places, one kind or several counted together ("4 phường, xã"): the lexicon's administrative
    units and ``_PLACES``."""
    return all(p.strip() in lx.admin_units or p.strip() in _PLACES for p in unit_key.split(","))


def _parts_of_whole(unit_key: str, lx: Lexicon) -> bool:
    """The unit counts the places or bodies a whole is made of ("294 tổ dân phố", "43 tổ chức cơ sở đảng")."""
    return unit_key in _PARTY_BODIES or all(
        p.strip() in lx.admin_units or p.strip() in _WHOLE_PARTS for p in unit_key.split(",")
    )


# "có quy mô giáo dục lớn nhất cả nước với hơn 2.900 trường học và 2,3 triệu học sinh": the size of a whole, told by
# what it holds, is description (as "quy mô 500 ha").
# The size may be told first ("BV có qui mô 15 tầng …, tổng diện tích xây dựng 47.160m2 với hơn 600 giường nội trú, 40
# phòng khám"), and the things held listed with commas.
_SIZE_WITH_END = re.compile(
    rf"(?<![{_W}])(?:quy|qui)\s+mô(?![{_W}])(?:[^;.()\n]|(?<=\d)\.(?=\d)){{0,90}}?\s+với\s+"
    rf"(?:[^;()\n]{{0,60}}?(?:\s+và\s+|,\s*))?(?:(?:hơn|khoảng|gần|trên)\s+)?$"
)
# "Dự hội nghị có …", "Đến dự có …, đại biểu Ban nhân dân 13 thôn, 02 HTX", "Về dự kỳ họp có …": who came.
# "Đại hội vinh dự đón tiếp đồng chí …, cùng 21 đồng chí đảng viên": the guests a meeting welcomes, who came too.
_ATTENDANCE = re.compile(
    # (a lead-in may name the place first: "Tại điểm cầu châu Âu, tham dự có hơn 100 doanh nghiệp")
    r"(?:[^:.;\n]{1,40}[:,])?[\s\-–•]*(?:(?:(?:tham|đến|về|tới)\s+)?dự\s+"
    r"(?:(?:và\s+chỉ\s+đạo\s+)?(?:đại\s+hội|hội\s+nghị|kỳ\s+họp|lễ|buổi)|có(?![a-zà-ỹđ]))"
    r"|(?:đại\s+hội|hội\s+nghị|kỳ\s+họp|buổi\s+lễ|lễ)\s+(?:rất\s+)?(?:vinh\s+dự\s+)?(?:được\s+)?đón(?:\s+tiếp)?\s+(?!nhận))"
)
# "… và 50 hội viên tham dự": people counted as attending; "09 đội … đến từ Hội LHPN 08 xã": where they came from.
_ATTENDING_AFTER = re.compile(rf"\s*(?:[{_W}]+\s+){{0,2}}?tham\s+dự(?![{_W}])")
# "… tổ chức Hội nghị tổng kết … với sự tham gia của hơn 300 cán bộ Đoàn": the people at a meeting the sentence
# names (a programme's participants, "mô hình với sự tham gia của 30 hộ", are results).
_PRESENT_AT_END = re.compile(
    rf"(?<![{_W}])(?:với|có)\s+sự\s+(?:tham\s+gia|tham\s+dự|có\s+mặt)\s+của\s+(?:(?:khoảng|hơn|gần|trên|gần\s+như)\s+)?$"
)
_MEETING = re.compile(
    rf"(?<![{_W}])(?:hội\s+nghị|đại\s+hội|hội\s+thảo|kỳ\s+họp|tọa\s+đàm|toạ\s+đàm|diễn\s+đàn|lễ)(?![{_W}])"
)
# "… đến từ Hội LHPN 08 xã", "hơn 500 đại biểu từ 63 tỉnh": where the people at a meeting came from.
_CAME_FROM_END = re.compile(
    rf"(?<![{_W}])(?:đến|đại\s+biểu(?:\s+[{_W}]+){{0,3}})\s+từ(?:\s+[{_W}]+){{0,4}}\s*$"
)
# "Đối với 6 xã điểm, nâng chất …": the set a sentence's tasks are about, named as its topic.
_TOPIC_END = re.compile(r"[\s\-–•+*]*(?:riêng\s+)?đối\s+với\s+$")
# … nor after "các loại" (kinds lumped: "Thép các loại 2.456 nghìn tấn", "bia các loại 71,4 triệu lít").
_LOAI_IN_WORD = re.compile(rf"(?<![{_W}])(?:kim|chủng|phân|các|mọi|nhiều)\s+loại\s*$")
_PARALLEL_AFTER_VERB = re.compile(
    rf"(?<![{_W}])(?:đạt|là|chiếm|còn|giảm|tăng)(?![{_W}]).*(?<![{_W}])(?:và|còn)"
    # "4/4 ấp đạt chuẩn ấp văn hóa và trên 1.150 hộ …": the next item may open with its own bound.
    rf"(?:\s+(?:trên|hơn|gần|khoảng|dưới))?\s*$"
)
# A price or a fee: money per kilogram, per visit or ticket ("60.000 đồng/lượt", "10.000 đồng/vé").
# Money as a unit: a currency, with its scale before it ("triệu đồng", "tỷ đ", "nghìn USD").
_MONEY = r"(?:(?:nghìn|ngàn|triệu|tỷ|tỉ)\s+)?(?:đồng|đ|vnđ|usd)"
_PRICE_UNIT = re.compile(rf"{_MONEY}\s*/\s*(?:kg|tấn|lít|tạ|yến|quả|chai|bao|lượt|vé)$")
# "Bình quân mỗi người nhận được số tiền từ 25 triệu đồng", "mỗi suất trị giá 600 nghìn đồng": what each one
# gets or is worth is the size of a gift or an allowance, not a result.
_EACH_GETS_END = re.compile(
    rf"(?<![{_W}])mỗi\s+(?:[{_W}]+\s+){{1,6}}?(?:được\s+)?(?:nhận(?:\s+được)?|tặng|hưởng|trị\s+giá|hỗ\s+trợ|trợ\s+cấp|"
    rf"có\s+(?:giá\s+trị|trị\s+giá))(?![{_W}])[^,;.\n\d]{{0,30}}$"
    # … and the worth named before the one it is of: "Giá trị mỗi suất học bổng từ 4.500.000 đồng/năm trở lên".
    rf"|(?<![{_W}])(?:giá\s+trị|trị\s+giá|mức)\s+mỗi\s+(?:[{_W}]+\s+){{1,3}}?(?:là\s+|từ\s+|khoảng\s+)?$"
    # … and the one it is of named right before its worth: "tặng 20 suất học bổng, mỗi suất 2 triệu đồng".
    rf"|(?<![{_W}])mỗi\s+(?:suất|phần|người|hộ|em|cháu|căn|nhà|gia\s+đình|trường\s+hợp|hội\s+viên)"
    rf"(?:\s+(?:quà|học\s+bổng|nhà))?\s+(?:(?:trị\s+giá|là|từ|khoảng|gần|hơn|trên)\s+)?$"
)
# Money per one of the things given or built, set beside them: "hỗ trợ 15 gia đình xây nhà với số tiền 25 triệu
# đồng/nhà", "bàn giao 2 căn nhà tình nghĩa (50 triệu đồng/căn)", "(từ 1 - 2 triệu đồng/suất)": the size of each
# share, not a result; income or output per head or per hectare ("thu nhập … 50 triệu đồng/người") is measured.
_PER_ITEM_MONEY = re.compile(
    rf"{_MONEY}\s*/\s*(?:1\s+|một\s+)?(?:căn|nhà|hộ|suất|phần|góc|xe|chiếc|em|cháu|gia\s+đình|trường\s+hợp|"
    rf"công\s+trình|mô\s+hình|con)$"
)
_MEASURED_PER = re.compile(
    rf"(?<![{_W}])(?:thu\s+nhập|doanh\s+thu|lợi\s+nhuận|lãi|giá\s+trị\s+sản\s+xuất|grdp|gdp|bình\s+quân|năng\s+suất)"
    rf"(?![{_W}])"
)
# … paid by the year or the month, as a scholarship or an allowance is.
_MONEY_UNIT = re.compile(rf"{_MONEY}(?:\s*/\s*(?:năm|tháng))?$")
# "(500.000 đồng/tháng x 9 tháng)": a product written out is the arithmetic of a rule, no result.
_TIMES_AFTER = re.compile(r"\s*[x×]\s*\d")
# "10 triệu đồng cho một căn nhà bị hư hỏng nặng": money for each one of a kind, a rate of support.
_FOR_EACH_AFTER = re.compile(rf"\s*cho\s+(?:mỗi|một|01|1)\s+[{_W}]")
# "Giải thưởng tiền mặt trị giá 5.000 USD", "Tổng giá trị giải thưởng … lên đến 30.600 USD": the size of a prize
# is an event's rule, as the awards handed out are no results.
# A policy's rate of support per item ("mức hỗ trợ 60 triệu đồng/căn xây mới, 30 triệu đồng/căn sửa chữa", "định mức chi
# 2 triệu đồng/người"), the items after it in the same bracket or list included.
_SUPPORT_RATE_END = re.compile(
    rf"(?<![{_W}])(?:mức\s+(?:hỗ\s+trợ|chi|thưởng|trợ\s+cấp|cho\s+vay)|định\s+mức(?:\s+chi)?)(?![{_W}])"
    rf"[^;:.()\n]{{0,50}}?(?:là\s+|từ\s+|khoảng\s+|tối\s+đa\s+)?$"
)
_PRIZE = re.compile(rf"(?<![{_W}])(?:giải\s+thưởng|tiền\s+thưởng|mức\s+thưởng|quỹ\s+thưởng)(?![{_W}])")
# "Công trình … đủ khả năng khám, điều trị cho trên 2.000 ca bệnh/ngày, trong đó có 60 ca phẫu thuật": what a
# facility can handle is its capacity, a description.
_CAPACITY = re.compile(
    rf"(?<![{_W}])(?:đủ|có)\s+khả\s+năng\s+(?:khám|điều\s+trị|phục\s+vụ|tiếp\s+nhận|xử\s+lý|chứa|cung\s+cấp|"
    rf"đáp\s+ứng|sản\s+xuất)(?![{_W}])"
)
# "đánh giá" (assessing: "Đoàn đã đánh giá năng suất lúa đạt 73,8 tạ/ha") names no price; nor do "theo giá hiện
# hành", "giá so sánh 2010": the prices a value is measured at.
_PRICE_WORD = re.compile(
    rf"(?<![{_W}])(?<!đánh\s)giá(?!\s+(?:trị|hiện\s+hành|so\s+sánh|thực\s+tế|cố\s+định))(?![{_W}])"
)
_TRAILING_VALUE = re.compile(r"\d[\d.,]*\s*,?\s*$")
# "trong hơn 92.000 doanh nghiệp …, có hơn 73.400 doanh nghiệp mới": the whole may be approximate.
_MADE_OF_END = re.compile(rf"(?<![{_W}])(?:bao\s+)?gồm(?:\s+có)?\s*$")
_NAMES_FOLLOW = re.compile(r"\s*:")
_OWN_LEVEL_VERB = re.compile(rf"(?<![{_W}])(?:đạt|còn|tăng|giảm|vượt)(?![{_W}])")
_AREA_END = re.compile(rf"(?<![{_W}])diện\s+tích(?:\s+(?:là|khoảng|hơn|gần|trên|rộng))*\s*$")
_POPULATION_NEXT = re.compile(rf"\s*[,;]?\s*(?:và\s+|với\s+)?(?:quy\s+mô\s+)?dân\s+số(?![{_W}])")
_WHOLE_LEAD = re.compile(r"[,;:(]\s*trong(?:\s+(?:hơn|gần|khoảng|trên))?\s*$")
_WHOLE_LEAD_AT_START = re.compile(r"(?:^|[,;:(])\s*trong(?:\s+(?:hơn|gần|khoảng|trên))?\s*$")
# "từ 5,2% xuống còn …", "từ 8,8 triệu đồng/người năm 2007 tăng lên …": the level a change starts from.
_TO_LEVEL_GAP = re.compile(
    rf"\s*(?:(?:năm\s+)?(?:19|20)\d\d\s+)?(?:(?:tăng|giảm)\s+)?(?:xuống|lên)(?![{_W}])"
)
# "gấp hơn 1,4 lần khu vực nông thôn đạt …": a multiple compares, it defines no indicator.
_MULTIPLE_END = re.compile(rf"(?<![{_W}])gấp(?:\s+(?:hơn|gần|khoảng|trên|xấp\s+xỉ))?\s*$")
_FROM_END = re.compile(rf"(?<![{_W}])từ\s*$")
_WITH_GAP = re.compile(rf"\s*,?\s*với(?![{_W}])")
# "hỗ trợ xây mới 1 ngôi nhà cho hội viên với số tiền là 35,5 triệu đồng": the money spent on what was just
# counted, after the people it went to; the count is no qualifier of the amount.
_MONEY_OF_GAP = re.compile(
    rf"(?<![{_W}])(?:với\s+(?:tổng\s+)?(?:số\s+tiền|kinh\s+phí|giá\s+trị)|trị\s+giá)(?![{_W}])"
)
# "đón 13.000 lượt khách/năm và doanh thu tăng 15%/năm": "và" opens a clause with a subject and a verb of its own;
# the number before it ended its own clause and defines nothing.
_AND_OWN_SUBJECT = re.compile(rf"\s*và\s+[^\d,;:.()\n]*[{_W}]\s+(?:đạt|là|chiếm|còn|giảm|tăng)\s*$")
_BY_YEAR_AFTER = re.compile(r"\s*(?:vào|đến|tới)\s+năm\s+(?:19|20)\d\d")
# An ethnic group's share of the population, opening its clause: "dân tộc Kinh 15,28%", "các dân tộc khác chiếm
# 13,02%", "đồng bào dân tộc thiểu số chiếm 45%" (not "hộ nghèo dân tộc thiểu số 5%", an indicator of its own).
_ETHNIC_SHARE_END = re.compile(
    r"(?:^|[,;:]\s*|\n\s*|trong\s+đó[,:]?\s+)(?:đồng\s+bào\s+)?(?:các\s+)?dân\s+tộc"
    rf"(?:\s+[{_W}-]+){{1,3}}?\s+(?:chiếm\s+(?:tỷ\s+lệ\s+)?)?(?:(?:khoảng|gần|hơn|trên)\s+)?$"
)
_POPULATION_WORD = re.compile(rf"(?<![{_W}])dân\s+số(?![{_W}])")


def _planned_population(num: Number, key: str, before: str, ss: int) -> bool:
    """The population a plan aims at ("phấn đấu quy mô dân số khoảng 1,2 triệu người vào năm 2030"): a target, not
    the locality described."""
    return _POPULATION_WORD.search(before[-40:]) is not None and (
        _PLAN_VERB.search(key, ss, num.start) is not None
        or _BY_YEAR_AFTER.match(key, num.unit_end) is not None
    )


_QUAL_VERB = re.compile(rf"(?<![{_W}])(?:đạt|là|chiếm|còn|giảm|tăng)(?![{_W}])")
# "01 sản phẩm đạt 4 sao và … thêm 2 sản phẩm": the verb's object is a grade of its own (a number kept
# out as no target), so the count before it is no qualifier of the next number.
_VERB_OWN_NUMBER = re.compile(rf"(?<![{_W}])(?:đạt|là|chiếm|còn|giảm|tăng)\s+\d")
# "nâng chất 17/19 tiêu chí đã đạt được và phấn đấu đạt chuẩn thêm 2/19 tiêu chí": the number's own past verb
# (what has been reached), then a new predicate; the count is no qualifier of the next number.
_OWN_PAST_VERB = re.compile(rf"\s*(?:đã|vừa)\s+(?:đạt|hoàn\s+thành|thực\s+hiện)(?![{_W}])")
# "mỗi xã đạt chuẩn tối thiểu 10 tiêu chí": a bound on a count of criteria is the count aimed at, no definition.
_BOUND_END = re.compile(rf"(?<![{_W}])(?:tối\s+thiểu|ít\s+nhất|không\s+dưới|tối\s+đa)\s*$")

_SUBJ_VERB = re.compile(
    rf"(?<![{_W}])(?:đạt|là|chiếm|còn|giảm|tăng|thêm|có|được|bằng|ước|vượt|phấn\s+đấu|xây\s+dựng|tạo|kết\s+nạp|"
    rf"giải\s+ngân|hoàn\s+thành|thu\s+hút|đào\s+tạo|mở|tiếp\s+nhận|với|gồm|cho)(?![{_W}])"
)


# A numbered place or body is a name, not a count: "Đảng bộ Phường 12 tổ chức …", "Khu phố 5", "Chi hội 4".
# Only the capitalised noun names one ("12 phường" and "phường 12 hộ" count); the text keeps the case.
_NUMBERED_NAME_END = re.compile(
    r"(?<![^\W\d_])(?:Phường|Quận|Khóm|Ấp|Khu\s+phố|Tổ\s+dân\s+phố|Tổ|Xóm|Thôn|Bản|Đội|Khu|Chi\s+hội|Chi\s+đoàn|"
    r"Chi\s+bộ|Liên\s+đội|"
    # … a numbered steering board or military unit: "Ban Chỉ đạo 389", "Trung đoàn 990".
    r"Ban\s+[Cc]hỉ\s+đạo|Trung\s+đoàn|Sư\s+đoàn|Lữ\s+đoàn|Tiểu\s+đoàn|Đại\s+đội|Quân\s+đoàn|Binh\s+đoàn|Hải\s+đoàn|"
    # … and their capital abbreviations: "chị Thạch Thị Sâm - KP 3 phường Phú Hòa", "TDP 7".
    r"KP|TDP)\s+$"
)


# … and so is a numbered place in an address, whatever its case: "tổ dân phố 4 phường Phú Lãm", "ấp 2 xã Tân Thạnh",
# "khu phố 3 phường 6": the place it lies in follows, named or numbered.
_ADDRESS_PLACE_END = re.compile(
    r"(?<![^\W\d_])(?:tổ\s+dân\s+phố|khu\s+phố|tổ|thôn|xóm|ấp|khóm|bản|khu|đội|phường|quận)\s+$",
    re.IGNORECASE,
)
_ADDRESS_IN_AFTER = re.compile(
    r"[ \t\xa0]*,?[ \t\xa0]*(?:phường|xã|thị\s+trấn|quận|huyện|thị\s+xã|thành\s+phố|tp\.?)[ \t\xa0]+"
    r"(?:[^\W\d_a-zà-ỹđ]|\d)"
)


def drop_numbered_names(numbers: list[Number], text: str) -> list[Number]:
    """Numbers that end the name of a place or body ("Phường 12", "Tổ dân phố 3") are no targets."""
    return [
        n
        for n in numbers
        if not _NUMBERED_NAME_END.search(text, max(0, n.start - 16), n.start)
        and not (
            _ADDRESS_PLACE_END.search(text, max(0, n.start - 16), n.start)
            and _ADDRESS_IN_AFTER.match(text, _ANY_NUMBER.match(text, n.start).end())  # type: ignore[union-attr]
        )
    ]


# The share a count makes, told right after it in brackets or after "chiếm": "324 đại biểu là nữ (tỷ lệ 30,7%)",
# "có 1.200 đoàn viên, chiếm 45%". A few words may say who the count is; nothing else stands between.
_SHARE_OF_COUNT_GAP = re.compile(
    rf"(?:[ \t]+[{_W}]+){{0,8}}[ \t]*(?:\([ \t]*(?:(?:tỷ|tỉ)[ \t]+lệ|chiếm(?:[ \t]+(?:tỷ|tỉ)[ \t]+lệ)?|bằng)?|,[ \t]*chiếm"
    rf"(?:[ \t]+(?:tỷ|tỉ)[ \t]+lệ)?)[ \t]*(?:(?:khoảng|gần|hơn|trên)[ \t]+)?"
)


def drop_shares_of_dropped(scanned: list[Number], kept: list[Number], key: str, lx: Lexicon) -> list[Number]:
    """``kept`` without the shares of the counts the context filters dropped: a description's count and its share
    are one fact ("Đại hội có 324 đại biểu là nữ (tỷ lệ 30,7%)"), neither a target nor a result. Only things
    counted and a meeting's delegates: an age or a duration dropped before a share qualifies what it measures
    ("cà phê trên 20 năm tuổi, chiếm 15%")."""
    kept_at = {n.start for n in kept}
    gone: set[int] = set()
    for before, num in itertools.pairwise(scanned):
        if (
            num.start in kept_at
            and before.start not in kept_at
            and num.unit_key == "%"
            and (lx.unit_kind.get(before.unit_key) == "counted" or before.unit_key == "đại biểu")
            and _SHARE_OF_COUNT_GAP.fullmatch(key, before.unit_end, num.start)
        ):
            gone.add(num.start)
    return [n for n in kept if n.start not in gone] if gone else kept


def drop_row_numbers(numbers: list[Number], text: str) -> list[Number]:
    """Numbers that are the ordinals of a table's rows (``row_numbers``) are no targets."""
    if "\n" not in text:
        return numbers
    rows = row_numbers(text)
    return [n for n in numbers if n.start not in rows] if rows else numbers


# The membership of a body as it stands ("Tổng số đảng viên của Đảng bộ xã hiện nay là 246", "Tổng số hội viên đến
# thời điểm này là 60.935 hội viên"): description, as "hiện có" is.
_MEMBERS_TOTAL_END = re.compile(
    rf"(?<![{_W}])tổng\s+số\s+(?:đảng\s+viên|hội\s+viên|đoàn\s+viên|thành\s+viên|công\s+đoàn\s+viên)(?![{_W}])"
    rf"[^\d,;.()\n]{{0,50}}?(?<![{_W}])(?:hiện\s+nay|hiện\s+tại|đến\s+nay|đến\s+thời\s+điểm\s+này|hiện\s+có)"
    rf"(?:\s+(?:là|có|đạt))?\s*$"
)
_ONE_OF_END = re.compile(rf"(?<![{_W}\d.,])(?:\d{{1,2}}|một|hai|ba)\s+trong\s+(?:(?:số|tổng\s+số)\s+)?$")


# "UBND phường đã biểu dương khen thưởng 10 hộ GĐVH tiêu biểu", "tặng Giấy khen cho 05 tập thể và 04 cá nhân":
# those honoured are awards handed out, not results (nor the work they are honoured for).
_AWARDED_END = re.compile(
    rf"(?<![{_W}])(?:khen\s+thưởng|biểu\s+dương|tuyên\s+dương|vinh\s+danh|trao\s+thưởng|(?:giấy|bằng)\s+khen|"
    rf"kỷ\s+niệm\s+chương)(?![{_W}])[^,;.:()\n]{{0,40}}$"
)


# "trao …, 5m vải lụa và 2 triệu đồng tiền mặt cho các cụ tròn 100 tuổi", "Các cụ tròn 100 tuổi được tặng … số tiền
# 1 triệu đồng": the gift each elder of an age gets at a longevity celebration, the size of a share (the number of
# elders celebrated and the total spent, "mừng thọ cho 1.161 NCT … với số tiền hơn 410 triệu đồng", are results).
_ELDERS_OF_AGE = re.compile(rf"(?<![{_W}])các\s+cụ\s+tròn\s+\d+\s+tuổi(?![{_W}])")
_GIFT_MEASURES = frozenset({"m", "mét", "kg"})

# "bình quân đất nông nghiệp cho 01 lao động": one of what an average is taken over, its denominator, no count.
_AVERAGE_OVER_END = re.compile(rf"(?<![{_W}])bình\s+quân(?![{_W}])[^,;.()\d]{{0,40}}(?<![{_W}])cho\s*$")

# "tổng diện tích đất công ích do UBND cấp xã quản lý là 8.338,4ha. Trong đó diện tích … đang cho thuê là 6.269,7ha":
# a land inventory by use, its total and the parts after "trong đó" (in its sentence or the next), as the land
# categories ("đất nông nghiệp là …") and "diện tích tự nhiên" are.
_LAND_TOTAL_END = re.compile(
    rf"(?<![{_W}])tổng\s+diện\s+tích\s+đất(?![{_W}])[^,;.()\d]{{0,60}}(?<![{_W}])(?:là|có)\s*$"
)
_PARTS_RIGHT_AFTER = re.compile(rf"[\s,.:]*trong\s+đó(?![{_W}])")
_PARTS_NEXT = re.compile(rf"[\s.]*trong\s+đó(?![{_W}])")

# "41 người đã bình chọn": a page's poll counter, metadata like "lượt xem".
_POLL_AFTER = re.compile(rf"[ \t\xa0]*(?:đã[ \t\xa0]+)?bình[ \t\xa0]+chọn(?![{_W}])")
# "khoảng 50-60 cử tri tham gia", "trên 75 lượt cử tri tham gia phát biểu": the voters who came to a meeting with
# their delegates describe it, as delegates and members present do (their petitions, "20 ý kiến, kiến nghị của cử
# tri", are counted by their own noun).
_VOTERS_AFTER = re.compile(rf"[ \t\xa0]*cử[ \t\xa0]+tri(?![{_W}])")


# "Kỳ họp đã được nghe 13 ý kiến phát biểu", "có 9 ý kiến thảo luận": the speeches at a meeting describe it (the
# voters' petitions a council forwards or answers, "trả lời 20 ý kiến, kiến nghị", are results).
_HEARD_END = re.compile(rf"(?<![{_W}])nghe\s*$")
_SPOKEN_AFTER = re.compile(rf"\s+(?:phát\s+biểu|thảo\s+luận|tham\s+luận|góp\s+ý\s+tại)(?![{_W}])")


# "Trong nhiệm kỳ, Ủy viên Ban Chấp hành … có 17 đồng chí được điều động; 05 đồng chí nghỉ hưu; … bổ sung 10 đồng
# chí": the comrades a committee's sentence counts are its members and their changes, its make-up; party members
# admitted ("kết nạp 12 đồng chí") are results.
_COMMITTEE = re.compile(rf"(?<![{_W}]){_COMMITTEES}(?![{_W}])")
_ADMITTED = re.compile(rf"(?<![{_W}])kết\s+nạp(?![{_W}])")
# "Để hoàn thành 9 chỉ tiêu chủ yếu …": a result verb after a word of purpose tells what is to be done.
_PURPOSE_WORD_END = re.compile(rf"(?<![{_W}])(?:để|nhằm|phấn\s+đấu)\s*$")


# "“Vợ tôi đi từ năm 2001 … thu nhập 5-7 triệu đồng/tháng” – anh Hùng tâm sự": a person's own account, quoted
# in the first person singular ("tôi", not "chúng tôi"), tells one life, not a result of the body reported on.
_QUOTED = re.compile(r"“[^“”]{1,800}”")
_FIRST_PERSON = re.compile(rf"(?<![{_W}])(?<!chúng\s)tôi(?![{_W}])")


def _personal_accounts(key: str) -> list[tuple[int, int]]:
    """The spans of quoted speech told in the first person singular."""
    if "“" not in key:
        return []
    return [(m.start(), m.end()) for m in _QUOTED.finditer(key) if _FIRST_PERSON.search(m.group(0))]


# "hạt điều 21.000 tấn", "cây điều 5.000 ha": the cashew crop, not an article of a law ("Điều 2").
_CASHEW_END = re.compile(rf"(?<![{_W}])(?:hạt|cây|vườn|trái|quả|nhân)\s+điều\s*$")
# The people a meeting had: "có 528 lượt cán bộ, hội viên tham dự", "… cùng 115 chi hội trưởng …".
_ATTENDED_AFTER = re.compile(
    rf"(?:[\s,]+(?!tham\s)[{_W}]+){{0,6}}?\s+(?:tham\s+dự|về\s+dự|dự\s+họp)(?![{_W}])"
)
_ALONGSIDE_END = re.compile(rf"(?<![{_W}])cùng\s+(?:(?:gần|trên|hơn|khoảng)\s+)?$")
# "Mức 1, 2", "Mức 3": a level named by its number (not "ở mức 5%", which has a unit).
_LEVEL_NO_END = re.compile(rf"(?<![{_W}])mức(?:\s+độ)?\s+(?:\d{{1,2}}\s*,\s*)*$")


def _filter_context(numbers: list[Number], key: str, b: Boundaries, lx: Lexicon) -> list[Number]:
    keep: list[Number] = []
    personal = _personal_accounts(key)
    vote: dict[int, bool] = {}
    described: dict[int, str] = {}
    stock: dict[int, int] = {}  # sentence start → end of the last number dropped as a description
    members_until = -1
    land_until = -1  # end of a land inventory's parts
    inhabitants: dict[int, int] = {}  # sentence start → where its description of inhabitants ends (-1: none)
    prev_end = -10
    for num in numbers:
        # "105 trẻ nam trên 100 trẻ gái": one more word of the unit may stand between a number and its denominator.
        after_number = num.start - prev_end <= 8 or (
            num.start - prev_end <= 20 and _ONE_WORD_PER.fullmatch(key, prev_end, num.start) is not None
        )
        prev_end = num.unit_end
        s = num.start
        ss = b.start_of(b.sentences, s)
        se = b.end_of(b.sentences, s, b.n)
        if lx.hypothetical.match(key, ss):
            continue  # "Nếu mỗi năm giảm được 5% …": a supposition, not a target or a result
        if _ATTENDED_AFTER.match(key, num.unit_end) or _ALONGSIDE_END.search(key, max(0, s - 12), s):
            continue  # "có 528 lượt cán bộ, hội viên tham dự", "cùng 115 chi hội trưởng": who sat at the meeting
        if (
            not num.unit_key
            and num.value <= 10
            and num.value == num.value.to_integral_value()  # ("đạt mức 0,661": a decimal numbers no level)
            and _LEVEL_NO_END.search(key, max(0, s - 20), s)
        ):
            continue  # "Mức 1, 2 268763 257141 …": the row's label numbers a level of service, an ordinal
        if personal and any(a < s < z for a, z in personal):
            continue  # "“… thu nhập 5-7 triệu đồng/tháng” – anh Hùng tâm sự": one person's own account
        cls = b.start_of(b.clauses, s)
        if cls > ss and _CONDITION_OPEN.match(key, cls) and _THEN.search(key, num.unit_end, se):
            continue  # "…, trường hợp có dưới 150 đoàn viên thì phải …": a condition inside a sentence
        if se - ss <= 2 * _ROLE_WINDOW:
            if ss not in vote:
                vote[ss] = _reports_vote(key, lx, ss, se) or (
                    # "Đại hội có mặt 29 đảng viên … Trong đó đảng viên chính thức 28 đồng chí, …": the breakdown
                    # of the people a meeting counted is theirs too.
                    BREAKDOWN_LEAD.match(key, ss) is not None
                    and ss > 0
                    and (prev_ss := b.start_of(b.sentences, ss - 1)) < ss
                    and ss - prev_ss <= 2 * _ROLE_WINDOW
                    and _reports_vote(key, lx, prev_ss, ss)
                )
            if (
                vote[ss]
                and not _listed_after_lead(key, lx, ss, s)
                and not _made_beside_attendance(num, key, b, lx, ss, se)
            ):
                continue
        elif _reports_vote(key, lx, max(ss, s - _ROLE_WINDOW), min(se, s + _ROLE_WINDOW)):
            continue  # a run-on text: only the neighbourhood of the number counts
        before = key[max(0, s - 40) : s]
        if _ATTENDANCE.match(key, ss) and num.unit_kind == "counted" and num.unit_key != "%":
            continue  # "Dự hội nghị có …, Ban chấp hành 4 chi đoàn và …": who came, whatever is counted
        if (
            num.unit_kind == "counted"
            and num.unit_key != "%"
            and (_ATTENDING_AFTER.match(key, num.unit_end) or _CAME_FROM_END.search(key, max(0, s - 50), s))
        ):
            continue  # "và 50 hội viên tham dự", "đến từ Hội LHPN 08 xã": who came and from where
        if (
            num.unit_kind == "counted"
            and num.unit_key != "%"
            and _PRESENT_AT_END.search(key, max(ss, s - 50), s)
            and _MEETING.search(key, ss, s)
        ):
            continue  # "Hội nghị tổng kết … với sự tham gia của hơn 300 cán bộ": who came
        if (
            _TOPIC_END.match(key, b.start_of(b.clauses, s), s)
            and "," in key[num.unit_end : num.unit_end + 40]
        ):
            continue  # "Đối với 6 xã điểm, nâng chất các tiêu chí …": the topic, no result
        if (
            num.unit_kind == "counted"
            and num.unit_key != "%"
            and _AWARDED_END.search(key, max(b.start_of(b.iclauses, s), s - 60), s)
        ):
            continue  # "biểu dương khen thưởng 10 hộ GĐVH tiêu biểu": those honoured, no result
        if (_MONEY_UNIT.match(num.unit_key) or num.unit_key in _GIFT_MEASURES) and _ELDERS_OF_AGE.search(
            key, max(ss, s - 120), min(se, num.unit_end + 60)
        ):
            continue  # "2 triệu đồng tiền mặt cho các cụ tròn 100 tuổi": what each elder gets
        if num.unit_key in _AREA_UNITS and _LAND_TOTAL_END.search(key, max(ss, s - 90), s):
            land_until = se
            if _PARTS_NEXT.match(key, se):
                land_until = b.end_of(b.sentences, _PARTS_NEXT.match(key, se).end(), b.n)  # type: ignore[union-attr]
            continue  # "tổng diện tích đất công ích … là 8.338,4ha": a land inventory
        if (
            num.unit_key in _AREA_UNITS
            and s < land_until
            and not _RESULT_WORD.search(key, max(ss, s - 40), s)
        ):
            continue  # "Trong đó diện tích … đang cho thuê là 6.269,7ha": its parts
        if num.value == 1 and _AVERAGE_OVER_END.search(before):
            continue  # "bình quân đất nông nghiệp cho 01 lao động": the average's denominator
        if num.unit_key in ("người", "lượt") and _POLL_AFTER.match(key, num.unit_end):
            continue  # "41 người đã bình chọn": a poll's counter on the page
        if num.unit_key in ("cử tri", "lượt cử tri") or (
            num.unit_key == "lượt" and _VOTERS_AFTER.match(key, num.unit_end)
        ):
            continue  # "trên 75 lượt cử tri tham gia phát biểu": the voters at a meeting
        if num.unit_key in ("ý kiến", "lượt ý kiến") and (
            _HEARD_END.search(before) or _SPOKEN_AFTER.match(key, num.unit_end)
        ):
            continue  # "đã được nghe 13 ý kiến phát biểu": the speeches at a meeting
        committee = _last_match(_COMMITTEE, key, ss, s) if num.unit_key == "đồng chí" else None
        if (
            committee is not None
            and not _ADMITTED.search(key, max(b.start_of(b.iclauses, s), s - 60), s)
            # "Ban Thường vụ … kết nạp 105 quần chúng …, trong đó đảng viên nữ 43 đồng chí": what the committee
            # admitted, broken down
            and not _ADMITTED.search(key, committee.end(), s)
        ):
            continue  # "Ban Chấp hành … có 17 đồng chí được điều động; 05 đồng chí nghỉ hưu": a committee's make-up
        if _ONE_OF_END.search(before):
            continue  # "là 1 trong 6 chương trình trọng tâm": the set something belongs to, no result
        if _MEMBERS_TOTAL_END.search(key, max(ss, s - 90), s):
            stock[ss] = num.unit_end
            continue  # "Tổng số đảng viên của Đảng bộ xã hiện nay là 246, trong đó …": a body's membership, described
        if ss not in stock:
            td = key.rfind("trong đó", ss, s)
            mv = _TRAILING_VALUE.search(key, max(ss, td - 24), td) if td > ss else None
            if mv and lx.neg_before.search(key, max(ss, mv.start() - 40), mv.start()):
                stock[ss] = mv.end()  # a stock value the scanner did not keep ("… hiện nay là 379")
        if ss in stock and _is_part_of_stock(key, stock[ss], s):
            continue  # "Tổng số đảng viên … là 379 trong đó 09 đảng viên dự bị": the parts of a stock
        if (
            ss in stock
            and (num.unit_key in _INVENTORY_UNITS or _parts_of_whole(num.unit_key, lx))
            and stock[ss] <= s
            and _NEXT_ITEM_GAP.fullmatch(key, stock[ss], s)
        ):
            stock[ss] = num.unit_end
            continue  # "dân số 12.345 người; 2.987 hộ; 12 thôn": the next items of a place's description
        if ss not in inhabitants:
            sent = key[ss:se]
            mi = _INHABITANTS.search(sent)
            stop = _STOP.search(sent, mi.end()) if mi else None
            upto = ss + stop.start() if stop else se
            inhabitants[ss] = upto if mi and not _DONE_TO.search(key, ss, upto) else -1
        if s < inhabitants[ss] and (
            num.unit_key in _POPULATION_UNITS
            or (num.unit_key in _MEMBERS and not _RESULT_WORD.search(before))
            or (num.unit_key == "%" and _SHARE_END.search(before))
        ):
            continue  # "Toàn xã có 2.939 hộ, 11.925 khẩu sinh sống ở 20 thôn": the population described
        if (
            num.unit_key in lx.admin_units
            and _BELONGS_TO_AFTER.match(key, num.unit_end)
            and not _DONE_TO.search(key, num.unit_end, b.end_of(b.iclauses, num.unit_end, b.n))
            and not _ACHIEVED.search(key, num.unit_end, b.end_of(b.iclauses, num.unit_end, b.n))
        ):
            continue  # "10 phường thuộc quận ký giao ước thi đua": which places, not a result
        if num.unit_key == "%" and _SUPPORT_END.search(before) and _COST_AFTER.match(key, num.unit_end):
            continue  # "hỗ trợ 50% chi phí mua máy": the share of the cost a policy pays, a term, no result
        if _MERGED_FROM_END.search(before):
            continue  # "xã được sáp nhập từ 2 xã": what the place was formed from
        if _MERGE.search(key, max(ss, s - 60), s) and (
            _INTO_AFTER.match(key, num.unit_end) or _INTO_END.search(key, max(ss, s - 40), s)
        ):
            continue  # "sáp nhập chi hội (86 chi hội thành 71 chi hội)", "tách thành 2 tỉnh": a body re-formed
        if _MADE_OF_END.search(before) and _NAMES_FOLLOW.match(key, num.unit_end):
            continue  # "bao gồm 4 tỉnh: Hà Nam, Nam Định, …": what a whole is made of, its parts named next
        if (
            _counts_places(num.unit_key, lx)  # "4 phường, xã"
            and (at := _AT_PLACES_END.search(key, max(ss, s - 70), s)) is not None
            # "Dịch … đã xảy ra tại 8.553 xã", "phát sinh thêm tại 22 xã": the places an outbreak reached, a result
            and not _OUTBREAK_END.search(key, max(ss, at.start() - 30), at.start())
            # "Chỉ số sản xuất công nghiệp … đã tăng ở 49 địa phương": the places a change reached, counted
            and not lx.change_word.search(key, max(ss, at.start() - 12), at.start())
            and not _DONE_TO.search(key, num.unit_end, b.end_of(b.iclauses, num.unit_end, b.n))
            and not _ACHIEVED.search(key, num.unit_end, b.end_of(b.iclauses, num.unit_end, b.n))
        ):
            continue  # "xây dựng NTM tại 50 xã", "12 cuộc tại 12 cơ sở Hội": where, not what was done
        if (
            num.unit_key == "%"
            and (_BOUND_BEFORE.search(before) or _BOUND_AFTER.match(key, num.unit_end))
            and _GROUP_REACHING.search(key, max(ss, s - 120), s)
        ):
            continue  # "20/34 tỉnh đạt tốc độ tăng trưởng từ 8% trở lên": the level defines the group
        if num.unit_key == "vụ" and _CROP_SEASONS_END.search(before):
            continue  # "lúa 2 vụ": a kind of rice field
        if _MONEY_UNIT.match(num.unit_key) and (
            _EACH_GETS_END.search(key, max(ss, s - 80), s)
            or _FOR_EACH_AFTER.match(key, num.unit_end)
            or _PRIZE.search(key, max(ss, s - 80), s)
            or _TIMES_AFTER.match(key, num.unit_end)
        ):
            continue  # "mỗi người nhận được … 25 triệu đồng", "… cho một căn nhà", a prize: a share's size
        if _PER_ITEM_MONEY.match(num.unit.lower()) and not _MEASURED_PER.search(key, max(ss, s - 80), s):
            continue  # "xây nhà tình nghĩa với số tiền 25 triệu đồng/nhà", "(50 triệu đồng/căn)": each share's size
        if (
            _MONEY_UNIT.match(num.unit_key)
            and "/" in num.unit
            and _SUPPORT_RATE_END.search(key, max(ss, s - 80), s)
        ):
            continue  # "(mức hỗ trợ 60 triệu đồng/căn xây mới, 30 triệu đồng/căn sửa chữa)": a policy's rate per item
        if _CAPACITY.search(key, max(ss, s - 200), s):
            continue  # "đủ khả năng khám, điều trị cho trên 2.000 ca bệnh/ngày": a facility's capacity
        if _LOAN_TERMS_END.search(before):
            continue  # "mỗi hộ được vay 10 - 15 triệu đồng", "thời hạn vay 24 tháng": a fund's terms
        if num.unit_key in _AREA_UNITS and _LAND_USE_END.search(key, max(ss, s - 80), s):
            continue  # "đất lâm nghiệp là 1.852,8 ha": the land inventory
        if _PLACE_FACT_LABEL_END.search(key, max(ss, s - 40), s):
            stock[ss] = num.unit_end
            continue  # "- Diện tích: 230,2 km2", "- Đơn vị hành chính: 03 thị trấn và 32 xã": a place's card
        if (
            num.unit_key in _PARTY_BODIES
            and _BODY_PARTS_END.search(key, max(ss, s - 30), s)
            and not _DONE_TO.search(key, num.unit_end, b.end_of(b.iclauses, num.unit_end, b.n))
        ):
            stock[ss] = num.unit_end
            continue  # "…, với 81 tổ chức cơ sở Đảng, gần 20.000 đảng viên", "… thuộc 63 tổ chức cơ sở Đảng"
        if _counts_places(num.unit_key, lx) and _VISITED_END.search(key, max(ss, s - 60), s):
            stock[ss] = num.unit_end
            continue  # "khảo sát thực địa và làm việc với 6 tỉnh, 12 huyện và 24 xã": where a team went
        if _OUT_OF_TOTAL_END.search(key, max(ss, s - 30), s):
            continue  # "45 xã đạt chuẩn trên tổng số 60 xã", "… trên tổng số hơn 1,2 triệu lao động": the whole, a denominator
        if num.unit.lower().startswith("điểm cầu"):
            continue  # "trực tuyến đến 234 điểm cầu cấp huyện", "kết nối tới hơn 10.500 điểm cầu": a meeting's reach
        if (
            num.unit_key == "%"
            and _SHARE_END.search(before)
            and _OF_POPULATION_AFTER.match(key, num.unit_end)
            # (not a coverage: "số người tham gia BHYT chiếm 98,9% dân số")
            and not _COVERED.search(key, max(ss, b.start_of(b.iclauses, s), s - 80), s)
        ):
            continue  # "… sinh kế của hơn 170.000 hộ dân, chiếm 70% dân số": the people's share, a description
        if (
            num.unit_key in _POPULATION_UNITS
            and _ETHNIC_PEOPLE_AFTER.match(key, num.unit_end)
            and _HAS_ABOUT_END.search(key, max(ss, s - 24), s)
            # (not the part of a result: "giúp 37 hộ thoát nghèo, trong đó có 29 hộ đồng bào …")
            and "trong đó" not in key[max(ss, s - 24) : s]
        ):
            stock[ss] = num.unit_end
            continue  # "Tây Nguyên có khoảng 1.081.088 người, 191.267 hộ là người dân tộc thiểu số": the population
        if _DENSITY_UNIT.match(num.unit.lower()):
            continue  # "mật độ 426 người/km2": how densely a place is peopled, a description
        if (
            num.unit_key in _AREA_UNITS
            and _HAS_END.search(key, max(ss, s - 20), s)
            and _LAND_AFTER.match(key, num.unit_end)
            and not _DONE_TO.search(key, num.unit_end, b.end_of(b.iclauses, num.unit_end, b.n))
            and not _ACHIEVED.search(key, num.unit_end, b.end_of(b.iclauses, num.unit_end, b.n))
        ):
            continue  # "toàn huyện có 72.621 ha diện tích đất rừng": the land a place has, the inventory
        if (
            (lh := _LOCALITY_HAS_END.search(key, max(ss, s - 60), s)) is not None
            and (
                key.startswith("trên", lh.start())
                or (
                    _parts_of_whole(num.unit_key, lx)
                    # "toàn tỉnh có 90 xã (bằng 75,6% …) đạt chuẩn", "toàn tỉnh có 80 xã, 113 khu dân cư đạt chuẩn": what
                    # the places reached, said anywhere in the ";"-part, makes them a result.
                    and not _DONE_TO.search(key, num.unit_end, b.end_of(b.segments, num.unit_end, b.n))
                    and not _ACHIEVED.search(key, num.unit_end, b.end_of(b.segments, num.unit_end, b.n))
                )
            )
            and not _DONE_TO.search(key, num.unit_end, b.end_of(b.iclauses, num.unit_end, b.n))
        ):
            stock[ss] = num.unit_end
            continue  # "Trên địa bàn xã có 9 trường học : 02 trường mầm non, …": what the place has
        if _SIZE_WITH_END.search(key, max(ss, s - 150), s):
            continue  # "quy mô giáo dục … với hơn 2.900 trường học và 2,3 triệu học sinh": the size of a whole
        per_head = _PER_HEAD_END.search(before) is not None  # "bình quân 1 vạn dân số là 93,02": a rate
        mc = lx.comparator_before.search(before)
        bare = before[: mc.start()] if mc else before  # "đại diện hơn 29.000 hội viên": the bound aside
        if (
            (lx.neg_before.search(before) or (mc and lx.neg_before.search(bare)))
            and not _LOAI_IN_WORD.search(before)
            and not _CASHEW_END.search(before)
            and not per_head
            # "hiện có 5 chỉ tiêu đạt và vượt kế hoạch": indicators that got there are results, not a stock.
            and not (num.unit_key in lx.ratio_only and _RESULT_VERB_AFTER.match(key, num.unit_end))
            # "hiện có 11/15 chi hội duy trì …": a share of a set that got there, not what the body has.
            and not (num.is_ratio and _HAS_END.search(before))
            # "Tổng đàn đại gia súc hiện có hơn 10.923 con": a herd is counted as a result, not described.
            and not _HERD_HAS_END.search(key, max(ss, s - 80), s)
            # "Hiện có 95% số dân được sử dụng điện": the share of those served is a level reached, not a stock.
            and not (
                num.unit_key == "%" and _HAS_END.search(before) and _SERVED_AFTER.match(key, num.unit_end)
            )
            and not _planned_population(num, key, before, ss)
        ):
            if (
                num.unit_kind != "never"
            ):  # "kỷ niệm 92 năm …, trong đó": an anniversary is no stock with parts
                stock[ss] = num.unit_end
            if _HAS_END.search(before):
                members_until = max(members_until, _members_end(num, key, lx))
            continue
        if _MEMBER_TOTAL_END.search(key, max(0, s - 120), s) or (
            num.unit_key in _MEMBERS_OF_GROUPS and _TOTAL_BEFORE_NOUN_END.search(key, max(0, s - 40), s)
        ):
            # "nâng tổng số hội viên của toàn hội là 3.014.710 người, trong đó có 2.430.607 hội viên là CCB": the
            # membership a body reaches is a stock, and so are its parts.
            if _PARTS_RIGHT_AFTER.match(key, num.unit_end):
                stock[ss] = num.unit_end
            continue
        if (
            _COMMITTEE_END.search(key, max(0, s - 80), s)
            or (num.unit_key == "đồng chí" and _COMMITTEE_IS_END.search(key, max(0, s - 80), s))
            or _EXISTING_TOTAL_END.search(key, max(0, s - 80), s)
            or (num.unit_key in _MEMBERS_OF_GROUPS and _FOUNDED_WITH_END.search(key, max(0, s - 80), s))
            or (
                num.unit_key in _MEMBERS_OF_GROUPS
                and _WITH_END.search(key, max(0, s - 20), s)
                and (
                    _ALONG_WITH_END.search(key, max(0, s - 20), s)
                    or _GROUP_BEFORE.search(key, max(ss, s - 120), s)
                )
                and not _QUOTA_BEFORE.search(key, max(b.start_of(b.clauses, s), s - 120), s)
            )
            or (num.unit_key in _DISTANCE_UNITS and _DISTANCE_END.search(key, max(0, s - 60), s))
        ):
            continue
        if (
            num.unit_key in _MEMBERS_OF_GROUPS
            and (num.unit_key in _MEMBERS or _WHOLE_HAS_END.search(before))
            and (
                _BODY_HAS_END.search(before)
                or _ATTENDANCE.match(key, ss)
                or (_WHOLE_HAS_END.search(before) and _MEMBERS_ONLY_AFTER.match(key, num.unit_end))
            )
            # (within the clause: "có 18 thành viên; trong năm tổ kết nạp thêm …" tells a result of its own)
            and not _RESULT_WORD.search(
                key, num.unit_end, min(se, num.unit_end + 25, b.end_of(b.segments, num.unit_end, b.n))
            )
        ):
            stock[ss] = (
                num.unit_end
            )  # "Chi bộ … có 28 đảng viên, trong đó …", "Dự Đại hội … có 162 đoàn viên"
            continue
        if (
            num.unit_key == "hộ"
            and _WHOLE_HAS_END.search(before)
            and _RESIDENTS_AFTER.match(key, num.unit_end)
        ):
            continue  # "toàn tỉnh có 257.085 hộ dân cư, trong đó …": the households of the whole, described
        if (
            num.unit_key == "hộ"
            and _GROUP_HAS_END.search(before)
            and _MEMBERS_ONLY_AFTER.match(key, num.unit_end)
            and not _RESULT_WORD.search(key, num.unit_end, min(se, num.unit_end + 25))
        ):
            continue  # "Tham gia mô hình có 06 hộ dân.": the households the model is made of
        if _is_whole_of_parts(num, key, ss, se):
            continue
        # Descriptive statistics of the locality: "dân số hơn 100.000 người", "diện tích tự nhiên 1.234 km2".
        if num.unit_key == "%" and _ETHNIC_SHARE_END.search(key, max(ss, s - 60), s):
            continue  # "Dân số: …, trong đó dân tộc Thái chiếm 32,34%, dân tộc Mông chiếm 21,49%": who lives there
        if (
            lx.population_end.search(bare)
            and not lx.population_exempt.search(bare)
            and not per_head
            and not _planned_population(num, key, bare, ss)
        ):
            stock[ss] = num.unit_end
            continue
        if _AREA_END.search(bare) and _POPULATION_NEXT.match(key, num.unit_end):
            stock[ss] = num.unit_end
            continue  # "có diện tích 820 km2, dân số 95.000 người": the size of a place, given with its people
        cs = max(b.start_of(b.iclauses, s), s - _WINDOW)
        clause_left = key[cs:s]
        if lx.neg_after_unit.match(key, num.unit_end):
            described[ss] = num.unit_key
            if _HAS_END.search(before):
                members_until = max(members_until, _members_end(num, key, lx))
            continue
        if s <= members_until and not _OWN_LEVEL_VERB.search(key, max(b.start_of(b.iclauses, s), s - 60), s):
            # the members of a body just described ("hiện có 102 hộ với 417 nhân khẩu, …, tỷ lệ hộ khá đạt 96%"
            # states a result of its own)
            continue
        if num.unit_key in _MEMBERS_OF_GROUPS and _GROUPS_WITH_END.search(key, max(0, s - 60), s):
            continue  # "178 tổ tiết kiệm và vay vốn, với 5.845 thành viên": the members of the groups counted
        if _PARTS_WITH_END.search(key, max(0, s - 60), s):
            members_until = max(members_until, _CLAUSE_REST.match(key, num.start).end())  # type: ignore[union-attr]
            continue  # "có 20 đảng bộ trực thuộc với 842 tổ chức cơ sở đảng": the members of the parts
        if (
            _HAS_END.search(before)
            and _WITH_MEMBERS_AFTER.match(key, num.unit_end)
            and not _TAKING_PART_AFTER.match(key, num.unit_end)
        ):
            members_until = max(members_until, _WITH_MEMBERS_AFTER.match(key, num.unit_end).end())  # type: ignore[union-attr]
            stock[ss] = members_until
            continue
        tag = described.get(ss)
        if tag is not None and (tag == num.unit_key or (tag == "admin" and num.unit_key in lx.admin_units)):
            continue  # "có 12 chi bộ trực thuộc, trong đó có 07 chi bộ thôn": the parts of a description
        if num.unit_key == "đơn vị hành chính":
            described[ss] = "admin"  # "có 25 đơn vị hành chính, gồm 22 xã và 3 thị trấn"
            continue
        if num.unit_kind == "never":
            if (
                num.unit_key == "tiêu chí"
                and (
                    num.is_ratio
                    or num.value != num.value.to_integral_value()
                    or _AVERAGE_END.search(clause_left)
                    or _BOUND_END.search(clause_left)
                )
                and not _QUALIFIED_BY_END.search(clause_left)
            ) or (num.unit_key == "tiêu chí" and _counted_by_result(num, key, clause_left)):
                pass  # "bình quân đạt 16,68 tiêu chí/xã", "đạt 4/9 tiêu chí": a result, not a definition
            elif num.unit_key == "nhiệm vụ" and num.is_ratio and _RESULT_VERB_BEFORE.search(clause_left):
                pass  # "đạt và vượt 16/18 nhiệm vụ trọng tâm": tasks counted by how they ended, as indicators are
            elif (
                num.unit_key in lx.duration
                and lx.duration_context.search(clause_left)
                and not _WITHIN_END.search(clause_left)
            ):
                pass
            elif num.unit_key == "tuổi" and lx.age_context.search(clause_left):
                pass
            else:
                continue
        if (
            num.unit_key in lx.ratio_only
            and not num.is_ratio
            and not _RESULT_VERB_AFTER.match(key, num.unit_end)
            and not (
                (verb := _RESULT_VERB_BEFORE.search(clause_left)) is not None
                # "Để hoàn thành 9 chỉ tiêu chủ yếu …": what is to be done, counted, no result
                and not _PURPOSE_WORD_END.search(clause_left, 0, verb.start())
            )
            and not _counted_by_result(num, key, clause_left)
        ):
            continue  # "25 chỉ tiêu chủ yếu" counts indicators; "07 chỉ tiêu vượt" reports results
        if num.unit_key == "%" and num.value == 100 and _LEVEL_OF_COUNTED_END.search(clause_left):
            continue  # "có 15 chỉ tiêu vượt và 9 chỉ tiêu đạt 100%": the level that names how the counted ones ended
        if num.unit.replace(" ", "") in lx.never_full:
            continue
        if _PRICE_UNIT.match(num.unit.lower()) or ("/" in num.unit and _PRICE_WORD.search(clause_left)):
            continue  # a price ("35.000 đồng/kg", "với giá 7.500 đồng/kg") describes a market, not a target
        # Denominators: "trên 1ha", "30 giường bệnh trên 1 vạn dân", "5 ca trên 100.000 người".
        if (
            num.value_max is None
            and power_of_ten(num.value)
            and num.unit_key in lx.denominator_units
            and lx.denominator_before.search(key[max(0, s - 12) : s])
            and (num.value == 1 or after_number or _counted_before_per(key, s, lx))
        ):
            continue
        keep.append(num)
    return keep


# "Tỷ số giới tính khi sinh là số bé trai trên 100 bé gái", "số ca tử vong trên 1.000 trẻ": a counted noun (and
# what qualifies it), then the base it is counted on.
_PER_AFTER_NOUN_END = re.compile(r"([a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+){0,2})\s+(?:trên|/)\s*$")


def _counted_before_per(key: str, s: int, lx: Lexicon) -> bool:
    m = _PER_AFTER_NOUN_END.search(key, max(0, s - 40), s)
    if not m:
        return False
    words = m.group(1).split()
    return any(
        lx.unit_kind.get(" ".join(words[i : i + n])) == "counted"
        for i in range(len(words))
        for n in (1, 2)
        if i + n <= len(words)
    )


def _members_end(num: Number, key: str, lx: Lexicon) -> int:
    """Where the members listed after a body's parts end ("có 20 đảng bộ trực thuộc với 842 … và 87.258
    đảng viên"): the rest of the clause after "với", or -1 when none follows."""
    at = num.unit_end
    ma = lx.neg_after_unit.match(key, at)
    if ma:
        at = ma.end()
    mw = _MEMBERS_AFTER_PARTS.match(key, at)
    if not mw:
        return -1
    # "hiện có 102 hộ với 417 nhân khẩu, đời sống ổn định, tỷ lệ hộ khá đạt 96,07%, hộ nghèo còn 1 hộ": the members
    # end at the comma after which a level or a result is stated.
    mr = _LEVEL_AFTER_COMMA.search(key, mw.start(), mw.end())
    return mr.start() if mr else mw.end()


_PARTS_COLON = re.compile(r"[ \t]*:")


def _is_part_of_stock(key: str, stock_end: int, s: int) -> bool:
    """A number after "trong đó" that follows a stock in its sentence, with no result word between."""
    td = key.rfind("trong đó", stock_end, s)
    if td < 0 and _PARTS_COLON.match(key, stock_end):
        td = stock_end  # "có 9 trường học : 02 trường mầm non, …": the parts listed after a colon
    return td >= 0 and not _RESULT_WORD.search(key, td, s)


def _is_whole_of_parts(num: Number, key: str, ss: int, se: int) -> bool:
    """ "Trong 4 thôn …, có 1 thôn đạt …": the whole a part is counted from (as "Trong số 34 tỉnh")."""
    lo = max(ss, num.start - 20)
    lead = _WHOLE_LEAD_AT_START if lo == ss else _WHOLE_LEAD
    if not num.unit_key or not lead.search(key[lo : num.start]):
        return False
    part = re.compile(rf"\d[\d.,]*\s*{re.escape(num.unit_key)}(?![{_W}])")
    return part.search(key, num.unit_end, min(se, num.unit_end + 200)) is not None


# "…, đỗ tương 193,1 ha đạt 82,7%, …": a list item that is a name and its level, then how far the level got, is no
# qualifier; a qualifier hangs on a word that sorts or divides ("trên 10.000 dân", "có thu nhập từ …").
_BARE_ITEM_HEAD = re.compile(
    rf"(?:^|[,;:.\n])[ \t]*(?:[-+•][ \t]*)?(?:(?!(?:trên|dưới|từ|hơn|có|với|của|mỗi|cho|bình|quân)\s)[{_W}]+[ \t]+){{1,5}}$"
)
# "Tỷ lệ hộ nghèo 3,84% giảm 0,96%": a level then its change is no qualifier either.
_REACHED_GAP = re.compile(r"\s*(?:đạt|giảm|tăng)\s*")
# "diện tích lúa Xuân đã trỗ 69.257 ha đạt 92,3% diện tích": the object of a verb just done.
_DONE_VERB_END = re.compile(rf"(?<![{_W}])đã\s+[{_W}]+(?:\s+[{_W}]+)?\s+$")
# "lúa xuân 4.050 ha năng suất phấn đấu đạt từ 66 tạ/ha": a second measure named after the first number, which is
# the level of its own indicator.
_NEW_MEASURE_GAP = re.compile(
    rf"\s*(?:năng\s+suất|sản\s+lượng|giá\s+trị|doanh\s+thu|tổng\s+giá\s+trị)(?![{_W}])"
)


_LEVEL_THEN_CHANGE_GAP = re.compile(
    rf"\s+(?:[{_W}]+\s+){{1,3}}(?:tăng|giảm)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?"
)


def _drop_qualifiers(found: list[_Found], key: str, b: Boundaries) -> list[_Found]:
    """A number in an indicator's definition ("Số bác sĩ trên 10.000 dân đạt 13,5") is not a target."""
    out: list[_Found] = []
    for i, f in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt is not None:
            gap = key[f.num.unit_end : nxt.num.start]
            cs = max(b.start_of(b.clauses, f.num.start), f.num.start - _WINDOW)
            # Not a qualifier: a dash parts clauses ("gấp 1,4 lần - tăng từ …"); "bằng 113,5% so với dự
            # toán … và tăng 20%"; "70,8% là rừng tự nhiên và 29,2% là rừng trồng"; two measures
            # ("50.222,85 ha với sản lượng ước đạt …"); the level a change starts from ("từ 5,2% xuống còn").
            # "100% chi hội có quỹ đạt bình quân 200.000 đồng": a share opening its clause is no qualifier.
            opens = (
                f.num.unit_key == "%" and not key[b.start_of(b.clauses, f.num.start) : f.num.start].strip()
            )
            # "…; 164 ha đậu tăng 64%": a crop's area then its own change, no qualifier of the change.
            level_then_change = (
                f.num.unit_kind == "measures"
                and nxt.num.unit_key == "%"
                and _LEVEL_THEN_CHANGE_GAP.fullmatch(gap) is not None
            )
            if (
                not opens
                and not level_then_change
                and not re.search(r"[,;:.()\n]|\s[-–—]\s", gap)
                and _QUAL_VERB.search(gap)
                and not _VERB_OWN_NUMBER.search(gap)
                and not _OWN_PAST_VERB.match(gap)
                # "tổng diện tích ngô cả năm 310 ha đạt 103,33% KH năm": a level measured against the plan or the
                # same period right after it is the indicator's value, whatever its unit, not a qualifier.
                and not _MEASURED_AFTER.match(key, f.num.unit_end)
                and not _SUBJ_VERB.search(key, max(cs, f.num.start - 24), f.num.start)
                and not _DONE_VERB_END.search(key, max(cs, f.num.start - 24), f.num.start)
                and not _SO_VOI_OTHER.match(gap.strip())
                and not _PARALLEL_AFTER_VERB.search(gap)
                and not _AND_OWN_SUBJECT.match(gap)
                and not _WITH_GAP.match(gap)
                and not _NEW_MEASURE_GAP.match(gap)
                and not _MONEY_OF_GAP.search(gap)
                and not _MULTIPLE_END.search(key, max(0, f.num.start - 16), f.num.start)
                and not (
                    nxt.num.unit_key == "%"
                    and _REACHED_GAP.fullmatch(gap)
                    and _BARE_ITEM_HEAD.search(key, max(0, f.num.start - 40), f.num.start)
                )
                and not (
                    _TO_LEVEL_GAP.match(gap) and _FROM_END.search(key, max(0, f.num.start - 8), f.num.start)
                )
                # "6 nhóm hàng đạt kim ngạch xuất khẩu trên 1 tỷ USD": things counted, then the bound sorting them
                # (which ``_drop_sorting_bounds`` drops); the count is the result.
                and not (
                    f.num.unit_kind == "counted"
                    and not f.num.is_ratio
                    and f.num.unit_key != "%"
                    and _SORTING_BOUND_GAP.fullmatch(gap)
                )
            ):
                continue
        out.append(f)
    return out


# What communes did with the money before the band that sorts them: "thu đạt", "còn lại thu", "giải ngân".
_COLLECTED = r"(?:\s+(?:còn\s+lại|thu|chi|giải\s+ngân|nộp))+\s+(?:đạt\s+)?"
# "10 nhóm mặt hàng có kim ngạch xuất khẩu trên 1,0 tỷ USD", "12 xã có tỷ lệ hộ nghèo dưới 3%": a bound after
# "có" that sorts the things just counted defines them; the count is the result, the bound no target.
# … so is a band of the rate that sorts them ("18 tỉnh tỷ lệ hộ nghèo từ 5% đến 10%", "5 tỉnh và thành phố có tỷ lệ hộ
# nghèo dưới 5%"), the kind of thing counted going on for a word or two before the verb.
_SORTING_BOUND_GAP = re.compile(
    rf"(?:\s+(?:và|,)?\s*[^\d\s,;:.()]+){{0,3}}?\s+(?:(?:có|đạt)\s+)?(?:mức\s+|tỷ\s+lệ\s+|tỉ\s+lệ\s+)"
    rf"[^\d,;:.()\n]{{0,40}}?(?<![{_W}])(?:trên|dưới|hơn|từ)\s*$"
    rf"|\s+(?:có|đạt)\s+[^\d,;:.()\n]{{1,40}}?(?<![{_W}])(?:trên|dưới|hơn|từ)\s*$"
    # "2 xã thu đạt từ 60% trở lên", "9 xã còn lại thu dưới 50%": what they did, then the band sorting them
    rf"|{_COLLECTED}(?:trên|dưới|hơn|từ)\s*$"
)


_RATE_NAMED = re.compile(r"t[ỷỉ]\s+lệ")
_COLLECTED_BAND_GAP = re.compile(rf"{_COLLECTED}từ\s*")


def _drop_sorting_bounds(found: list[_Found], key: str) -> list[_Found]:
    """A bound sorting the things a count just counted is part of their definition, not a target."""
    out: list[_Found] = []
    for i, f in enumerate(found):
        prev = found[i - 1] if i > 0 else None
        if (
            prev is not None
            and prev.num.unit_kind == "counted"
            and _SORTING_BOUND_GAP.fullmatch(key[prev.num.unit_end : f.num.start])
            and (
                not prev.num.is_ratio
                and (
                    f.num.value_max is None
                    # a band of the rate the things are sorted by: "18 tỉnh tỷ lệ hộ nghèo từ 5% đến 10%"
                    or (f.num.unit_key == "%" and _RATE_NAMED.search(key, prev.num.unit_end, f.num.start))
                    # … or of what they collected: "3 xã, thị trấn thu đạt từ 50%-60%"
                    or (
                        f.num.unit_key == "%"
                        and _COLLECTED_BAND_GAP.fullmatch(key, prev.num.unit_end, f.num.start)
                    )
                )
            )
        ):
            continue
        out.append(f)
    return out


def _counted_by_result(num: Number, key: str, clause_left: str) -> bool:
    """Indicators or criteria counted by how they ended ("27 chỉ tiêu … đạt và vượt"), not by a plan setting them."""
    return (
        not num.is_ratio
        and _RESULT_VERB_LATER.match(key, num.unit_end, num.unit_end + 60) is not None
        and not _SET_BY_PLAN_END.search(clause_left)
    )
