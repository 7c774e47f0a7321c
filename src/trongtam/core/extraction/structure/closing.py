"""The closing of an official letter: the closing remark, the Nơi nhận list and the signature block."""

from __future__ import annotations

import re
from collections.abc import Sequence

from trongtam.core.extraction.structure.header import strip_item
from trongtam.core.letter import Closing, Signature
from trongtam.core.reading.model import Block

CLOSING_REMARK = re.compile(
    r"^(?:Trên đây là|Trên đây|Kính đề nghị|Rất mong|Đề nghị các)\b"
    # "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, … báo cáo … để xem xét, giải quyết./."
    r"|^(?:Trong\s+)?[Qq]uá\s+trình\s+(?:tổ\s+chức\s+)?(?:triển\s+khai\s+)?thực\s+hiện(?:\s+[^,.;]{0,40})?,?\s+"
    r"(?:nếu|trường\s+hợp|có)\b[^.;]{0,120}?\b(?:khó\s+khăn|vướng\s+mắc|phát\s+sinh)"
)
# The names a document calls itself by ("Nghị quyết này", "Kế hoạch này").
DOCUMENT_NAMES = (
    r"(?:Nghị quyết|(?:Kế hoạch|Chương trình)(?:\s+hành\s+động|\s+công\s+tác)?|Quyết định|Chỉ thị|Thông báo|Công văn|Văn bản|Báo cáo|Đề án|Kết luận"
    r"|Bản đăng ký|Đăng ký)"
)
# The document speaking of itself after its last item: "Nghị quyết này có hiệu lực từ ngày ký./.",
# "Kế hoạch này được triển khai đến …/.". A task never names the document it stands in as "… này".
SELF_REFERENCE = re.compile(
    rf"^{DOCUMENT_NAMES}\s+(?:này\b|có hiệu lực\b|(?:đã\s+)?được\s[^\n]{{0,200}}?\bthông\s+qua\b)"
)
# … and the body's last sentence ending so, with a notice's formula, or with the resolve a resolution or a
# congress ends on: "… thực hiện Kế hoạch này./.", "Văn phòng Chính phủ thông báo để các cơ quan, địa phương biết,
# thực hiện./.", "Chi bộ quyết tâm lãnh đạo thực hiện thắng lợi Nghị quyết Đại hội nhiệm kỳ 2025 – 2027./.".
ENDS_THE_BODY = re.compile(
    rf"(?:\b{DOCUMENT_NAMES}\s+này|\bthông\s+báo\s+(?:để|đến)\s[^.;]{{0,160}}?\bbiết"
    r"(?:,?\s*(?:và\s+)?(?:thực\s+hiện|phối\s+hợp)[^.;]{0,40})?"
    r"|\bthắng\s+lợi\b[^.;!?]{0,120})\s*\./\.\s*$"
)

# How a speech or a published conclusion ends after its last task, where a letter has "Nơi nhận": the audience
# addressed again ("Thưa các vị đại biểu,", "Thưa các đồng chí!"), the wish ("Nhân dịp năm mới …, chúc … thắng lợi nhiệm vụ năm 2023./."),
# the thanks ("Xin trân trọng cảm ơn!"). Greetings also open a speech, so this is looked for after the body only.
SPEECH_CLOSING = re.compile(
    r"^(?:(?:Kính\s+)?[Tt]hưa\s[^.;:\n]{0,80}[,!]$"
    r"|(?:Xin\s+)?(?:trân\s+trọng|chân\s+thành)\s+cảm\s+ơn"
    r"|(?:[^.;\n]{0,60},\s*)?[Cc]húc\s[^;\n]{0,240}?\b(?:sức\s+khỏe|thắng\s+lợi|thành\s+công|hạnh\s+phúc))"
)

# The issuer's instruction that ends a notice, a directive or a resolution after its last task, where the document's
# name may not come last: "Ban Thường vụ Đảng ủy xã yêu cầu các chi bộ … báo cáo kết quả … trước ngày 25 hằng tháng.",
# "Hội đồng nhân dân xã giao Ủy ban nhân dân xã tổ chức thực hiện Nghị quyết này; …", "Chủ tịch Ủy ban nhân dân tỉnh yêu
# cầu Thủ trưởng các sở … nghiêm túc triển khai thực hiện", "Ban Thường vụ Đảng ủy xã thông báo để các chi bộ … biết, tổ
# chức thực hiện." Looked for after the body only, with no item after it.
ISSUER_INSTRUCTION = re.compile(
    r"^(?:Ban\s+Thường\s+vụ|Ban\s+Chấp\s+hành|Ban\s+Chỉ\s+đạo|Thường\s+trực|Hội\s+đồng\s+nhân\s+dân|[Ủủ]y\s+ban\s+nhân\s+dân"
    r"|UBND|HĐND|Chủ\s+tịch|Đảng\s+ủy|Chi\s+ủy|Chi\s+bộ|Tỉnh\s+ủy|Thành\s+ủy|Huyện\s+ủy|Giám\s+đốc|Bộ\s+trưởng"
    r"|Văn\s+phòng|Phòng|Sở)"
    r"\b[^.;:\n]{0,80}?\s(?:(?:yêu\s+cầu|giao|đề\s+nghị)\s+(?:các|toàn\s+thể|[Ủủ]y\s+ban|UBND|Thủ\s+trưởng|Chủ\s+tịch"
    r"|Giám\s+đốc|Hiệu\s+trưởng|cấp\s+ủy|Thường\s+trực|Ban\s+Thường\s+vụ|Văn\s+phòng)\b|thông\s+báo\s+(?:để|đến)\s)"
    # … or any issuer's notice formula: "Nhà trường thông báo để các đơn vị biết và triển khai thực hiện; …"
    r"|^[A-ZĐ][^.;:\n]{0,80}?\s(?:xin\s+)?thông\s+báo\s+(?:để|đến)\s[^.;]{0,160}?\bbiết\b"
    # … or with the issuer left unsaid, naming the document itself: "Yêu cầu Thủ trưởng các sở, … nghiêm túc triển
    # khai thực hiện Chỉ thị này; …". (A legacy font may have lost the capital of "Ủy ban".)
    rf"|^(?:Yêu\s+cầu|Đề\s+nghị)\s+(?:các|Thủ\s+trưởng|Giám\s+đốc|Chủ\s+tịch)\b[^.]{{0,240}}?\b{DOCUMENT_NAMES}\s+này\b"
)

# The line that opens a document issued with another in the same file: "(Ban hành kèm theo Quyết định số …)".
ATTACHED = re.compile(
    r"^\(?\s*(?:[Bb]an\s+hành\s+)?[Kk]èm\s+theo\s+(?:Quyết\s+định|Nghị\s+quyết|Công\s+văn|Thông\s+báo|Chỉ\s+thị)\b"
)

RECIPIENTS_HEAD = re.compile(r"^(?:Nơi nhận|Nơi gửi)\s*:?\s*", re.IGNORECASE)

# A resolution's or a decision's closing articles, after the article that holds its tasks: who carries it out and
# when it takes effect ("Điều 2. Giao Ủy ban nhân dân xã tổ chức thực hiện Nghị quyết này.", "Điều 3. Nghị quyết này
# có hiệu lực …", "Điều 3. Chánh Văn phòng … chịu trách nhiệm thi hành …"), as legal drafting orders them. The first
# form is also looked for inside the last task's paragraph, where a PDF runs it on (``builder._GLUED_CLOSING``).
CLOSING_ARTICLE_START = (
    r"Điều\s+(?:[2-9]|1\d)\s*[.:]\s*(?:Giao\b|Tổ chức thực hiện|Trách nhiệm thi hành|Điều khoản thi hành|Hiệu lực\b"
    r"|(?:Nghị quyết|Quyết định|Kế hoạch|Chương trình|Chỉ thị)\s+này\b)"
)
CLOSING_ARTICLE = re.compile(
    rf"^(?:{CLOSING_ARTICLE_START}"
    r"|Điều\s+(?:[2-9]|1\d)\s*[.:]\s*(?:Thường trực|Ủy ban nhân dân|Hội đồng nhân dân|Chánh Văn phòng|Các ông|Các bà"
    r"|Các cơ quan)\b[^\n]{0,300}?\b(?:tổ chức thực hiện|chịu trách nhiệm thi hành|thi hành|giám sát))"
)

AUTHORITY = re.compile(
    r"^(?:(?:TM|KT|Q|TL|TUQ)\.\s*\S|(?:T/M|K/T|T/L|T\.M|K\.T|T\.L)\s+\S|(?:TM|KT|TL)/\s?[A-ZĐ])"
)

# The signer's post on a line of its own, as a signature block opens where there is no "TM."/"KT." line and no
# "Nơi nhận": "CHỦ TỊCH", "BÍ THƯ", "HIỆU TRƯỞNG", "PHÓ GIÁM ĐỐC", "TRƯỞNG BAN TUYÊN GIÁO".
SIGNER_POST = re.compile(
    r"^(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|BÍ\s+THƯ|HIỆU\s+TRƯỞNG|GIÁM\s+ĐỐC|TỔNG\s+GIÁM\s+ĐỐC|CHÁNH\s+VĂN\s+PHÒNG"
    r"|TRƯỞNG\s+(?:BAN|PHÒNG|KHOA|TRẠM|ĐOÀN)|CHI\s+HỘI\s+TRƯỞNG|TỔ\s+TRƯỞNG|THỦ\s+TRƯỞNG|BÍ\s+THƯ\s+CHI\s+BỘ"
    r"|NGƯỜI\s+(?:BÁO\s+CÁO|LẬP(?:\s+BIỂU)?|KÝ))(?:\s+[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ\s]{0,40})?$"
)

# A signer's post in sentence case, as typed under the name: "Bí thư Đảng ủy - Chủ tịch HĐQT", "Phó Giám đốc Sở".
POST_LINE = re.compile(
    r"^(?:Phó\s+)?(?:Chủ\s+tịch|Bí\s+thư|Hiệu\s+trưởng|Giám\s+đốc|Tổng\s+giám\s+đốc|Chánh\s+Văn\s+phòng"
    r"|Trưởng\s+(?:ban|phòng|khoa|trạm)|Thủ\s+trưởng)\b(?![^\n]*[.;:]$)",
    re.IGNORECASE,
)

# Where a published text says it was taken from: "(Trích Báo cáo của Ban Chấp hành … trình Đại hội XI)".
EXCERPT_NOTE = re.compile(r"^\((?:Trích|Nguồn|Theo)\b[^()]{0,300}\)\.?$")

SIGN_NOTE = re.compile(r"^\((?:đã ký|ký|Đã ký|Ký)[^)]*\)$")


def is_closing(b: Block) -> bool:
    """Whether a block starts the closing: Nơi nhận, a signing authority, or the closing remark."""
    t = b.line.strip()
    return bool(
        (RECIPIENTS_HEAD.match(t) and len(t) < 400)
        or AUTHORITY.match(t)
        or (not b.label and CLOSING_REMARK.match(t))
        or (not b.label and SELF_REFERENCE.match(t) and len(t) < 400)
        or (CLOSING_ARTICLE.match(t) is not None and len(t) < 600)
    )


def opens_signature(b: Block, nxt: Block | None) -> bool:
    """Whether a block is the signer's post opening a signature block with no "TM."/"KT." line: "CHỦ TỊCH" on a line
    of its own, then the signer's name (on its next line or in the next block) or nothing more. Looked for only after
    the body has begun: a decision's signature may stand before the plan it issues."""
    if b.label:
        return False
    first, _, rest = b.line.strip().partition("\n")
    first = first.strip()
    below = rest.strip() or (nxt.line.strip().split("\n", 1)[0] if nxt is not None else "")
    if _looks_like_name(first) and len(below) < 100 and POST_LINE.match(below):
        return True  # the name typed above the post, as a web page reprints a signature: "Lương Hải Sinh" then "Bí thư"
    if SIGNER_POST.match(first) is None:
        return False
    return not below or _looks_like_name(below)


def read_closing(blocks: Sequence[Block]) -> Closing:
    """The Nơi nhận list and the signature block from the blocks after the body."""
    lines: list[str] = []
    for b in blocks:
        for ln in b.line.split("\n"):
            ln = ln.strip()
            if ln:
                lines.append(ln)
    recipients: list[str] = []
    authority: list[str] = []
    titles: list[str] = []
    name: str | None = None
    mode = ""
    for ln in lines:
        if RECIPIENTS_HEAD.match(ln):
            mode = "recipients"
            rest = RECIPIENTS_HEAD.sub("", ln, count=1).strip()
            if rest:
                recipients.append(strip_item(rest))
            continue
        if AUTHORITY.match(ln):
            authority.append(ln)
            mode = "signature"
            continue
        if mode == "recipients" and ln[:1] in "-+•–":
            recipients.append(strip_item(ln))
            continue
        if CLOSING_REMARK.match(ln) or SELF_REFERENCE.match(ln) or SIGN_NOTE.match(ln):
            continue
        letters = [ch for ch in ln if ch.isalpha()]
        if letters and ln == ln.upper() and len(ln) < 80:
            titles.append(ln)
            mode = "signature"
            continue
        if (mode == "signature" or authority or titles) and _looks_like_name(ln):
            name = ln
            continue
        if name is None and not titles and _looks_like_name(ln):
            name = ln  # the name typed above the post (below): "Lương Hải Sinh", then "Bí thư Đảng ủy"
            continue
        if name is not None and not titles and len(ln) < 100 and POST_LINE.match(ln):
            titles.append(ln)
            continue
    signature = None
    if authority or titles or name:
        signature = Signature(
            authority=tuple(authority), title=" ".join(titles) if titles else None, name=name
        )
    return Closing(recipients=tuple(r for r in recipients if r), signature=signature)


def _looks_like_name(line: str) -> bool:
    words = line.replace(".", " ").split()
    if not 2 <= len(words) <= 6:
        return False
    return all((w[:1].isupper() and not w.isupper()) or len(w) == 1 for w in words)


__all__ = [
    "ATTACHED",
    "AUTHORITY",
    "CLOSING_ARTICLE",
    "CLOSING_ARTICLE_START",
    "CLOSING_REMARK",
    "DOCUMENT_NAMES",
    "ENDS_THE_BODY",
    "EXCERPT_NOTE",
    "ISSUER_INSTRUCTION",
    "RECIPIENTS_HEAD",
    "SELF_REFERENCE",
    "SIGNER_POST",
    "is_closing",
    "opens_signature",
    "read_closing",
]
