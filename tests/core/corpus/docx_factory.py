"""Build small .docx files from raw WordprocessingML, so tests control numbering exactly.

Run ``python tests/core/corpus/docx_factory.py`` to regenerate the committed fixtures.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""


def p(text: str, num: tuple[int, int] | None = None, style: str | None = None, bold: bool = False) -> str:
    """One paragraph; ``num`` is (numId, ilvl); "\\n" in text becomes a line break."""
    ppr = ""
    if style or num:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        ppr += "</w:pPr>"
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    runs = "<w:r><w:br/></w:r>".join(
        f'<w:r>{rpr}<w:t xml:space="preserve">{escape(line)}</w:t></w:r>' for line in text.split("\n")
    )
    return f"<w:p>{ppr}{runs}</w:p>"


def table(rows: list[list[str]]) -> str:
    """A table whose cells hold paragraphs (a cell's "\\n" separates paragraphs)."""
    out = "<w:tbl>"
    for row in rows:
        out += "<w:tr>"
        for cell in row:
            out += "<w:tc>" + "".join(p(x) for x in cell.split("\n")) + "</w:tc>"
        out += "</w:tr>"
    return out + "</w:tbl>"


def lvl(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{escape(text)}"/>{extra}</w:lvl>'
    )


def numbering(abstracts: dict[int, str], nums: dict[int, tuple[int, str]]) -> str:
    """abstracts: id -> levels xml; nums: numId -> (abstractId, override xml)."""
    body = "".join(
        f'<w:abstractNum w:abstractNumId="{a}">{levels}</w:abstractNum>' for a, levels in abstracts.items()
    )
    body += "".join(
        f'<w:num w:numId="{n}"><w:abstractNumId w:val="{a}"/>{ov}</w:num>' for n, (a, ov) in nums.items()
    )
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{W_NS}">{body}</w:numbering>'


def styles(extra: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W_NS}">'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
        f"{extra}</w:styles>"
    )


def build_docx(body: str, numbering_xml: str | None = None, styles_xml: str | None = None) -> bytes:
    """A .docx from a body of paragraphs/tables and optional numbering and styles parts."""
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body}<w:sectPr/></w:body></w:document>'
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/document.xml", document)
        z.writestr("word/numbering.xml", numbering_xml or numbering({}, {}))
        z.writestr("word/styles.xml", styles_xml or styles())
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------
# Committed fixtures

ROMAN_DECIMAL_BULLET = (
    lvl(0, "upperRoman", "%1.")
    + lvl(1, "decimal", "%2.")
    + lvl(2, "lowerLetter", "%3)")
    + lvl(3, "bullet", "-")
)


def plan_docx() -> bytes:
    """A plan laid out the way offices do: header table, automatic numbering, closing table."""
    num = numbering({1: ROMAN_DECIMAL_BULLET}, {1: (1, "")})
    body = table(
        [
            [
                "ỦY BAN NHÂN DÂN\nHUYỆN HỮU LŨNG",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
            ],
            ["Số: 215/KH-UBND", "Hữu Lũng, ngày 05 tháng 01 năm 2024"],
        ]
    )
    body += p("KẾ HOẠCH", bold=True)
    body += p("Thực hiện các nhiệm vụ trọng tâm năm 2024", bold=True)
    body += p(
        "Căn cứ Nghị quyết số 12/NQ-HĐND ngày 20/12/2023 của HĐND huyện, UBND huyện ban hành Kế hoạch như sau:"
    )
    body += p("LĨNH VỰC KINH TẾ", (1, 0), bold=True)
    body += p(
        "Thu ngân sách nhà nước trên địa bàn đạt 195.000 triệu đồng. Cơ quan chủ trì: Phòng Tài chính - Kế hoạch; cơ quan phối hợp: Chi cục Thuế khu vực, UBND các xã, thị trấn. Thời gian hoàn thành: trước 30/6/2025.",
        (1, 1),
    )
    body += p(
        "Hoàn thành xây dựng nông thôn mới tại xã Minh Tiến và xã Quyết Thắng trong quý IV/2024.", (1, 1)
    )
    body += p("Nâng cấp hạ tầng:", (1, 1))
    body += p("Đường giao thông nông thôn tại Thị trấn Hữu Lũng;", (1, 2))
    body += p("Nhà văn hóa thôn;", (1, 2))
    body += p("ưu tiên các thôn đặc biệt khó khăn.", (1, 3))
    body += p("LĨNH VỰC VĂN HÓA - XÃ HỘI", (1, 0), bold=True)
    body += p("Giao UBND huyện chủ trì tổ chức Lễ hội Trò Ngõ làng Giàng, hoàn thành tháng 10/2024.", (1, 1))
    body += p("Tỷ lệ người dân tham gia bảo hiểm y tế đạt 97%.", (1, 1))
    body += p("Trên đây là Kế hoạch thực hiện nhiệm vụ trọng tâm năm 2024 của UBND huyện./.")
    body += table(
        [
            [
                "Nơi nhận:\n- TT Huyện ủy;\n- TT HĐND huyện;\n- Lưu: VT.",
                "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nNguyễn Văn An",
            ]
        ]
    )
    return build_docx(body, num)


def restarts_docx() -> bytes:
    """Numbering edge cases: restart by startOverride, continuation across numIds, style-linked lists, tables."""
    abstracts = {
        1: lvl(0, "decimal", "%1.") + lvl(1, "lowerLetter", "%2)"),
        2: lvl(0, "upperRoman", "%1.", extra='<w:pStyle w:val="Heading1"/>'),
        3: lvl(0, "decimal", "Điều %1.", start=5),
        4: lvl(0, "decimal", "%1.") + lvl(1, "decimal", "%1.%2."),
    }
    nums = {
        1: (1, ""),
        2: (1, ""),  # shares abstract 1: continues numId 1
        3: (1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'),  # restarts
        4: (2, ""),
        5: (3, ""),
        6: (4, ""),
    }
    style_xml = styles(
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
        '<w:pPr><w:numPr><w:numId w:val="4"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
    )
    body = ""
    body += p("Phần mở đầu", style="Heading1")  # I.
    body += p("một", (1, 0))  # 1.
    body += p("một a", (1, 1))  # a)
    body += p("một b", (1, 1))  # b)
    body += p("hai", (1, 0))  # 2.
    body += p("hai a", (1, 1))  # a) (restarted under a new level-0 item)
    body += table([["ô 1", "ô 2"], ["ô 3", "ô 4"]])
    body += p("ba", (2, 0))  # 3. (numId 2 shares the abstract list)
    body += p("Phần thứ hai", style="Heading1")  # II.
    body += p("lại một", (3, 0))  # 1. (startOverride)
    body += p("lại hai", (3, 0))  # 2.
    body += p("điều năm", (5, 0))  # Điều 5.
    body += p("đa cấp", (6, 0))  # 1.
    body += p("đa cấp con", (6, 1))  # 1.1.
    body += p("đa cấp con hai", (6, 1))  # 1.2.
    body += p("không số", (0, 0))  # numId 0 removes numbering
    return build_docx(body, numbering(abstracts, nums), style_xml)


def task_table_docx() -> bytes:
    """Tasks laid out as a table: STT, content, lead, coordinating units, deadline."""
    body = p("KẾ HOẠCH") + p("Thực hiện nhiệm vụ trọng tâm năm 2024")
    body += table(
        [
            ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
            ["(1)", "(2)", "(3)", "(4)", "(5)"],
            ["I", "LĨNH VỰC KINH TẾ", "", "", ""],
            [
                "1",
                "Thu ngân sách đạt 195.000 triệu đồng",
                "Phòng Tài chính - Kế hoạch",
                "Chi cục Thuế, UBND các xã, thị trấn",
                "Quý IV/2024",
            ],
            [
                "2",
                "Tỷ lệ tham gia bảo hiểm y tế đạt 97%",
                "Bảo hiểm xã hội huyện",
                "Phòng Y tế",
                "Tháng 12/2024",
            ],
            ["II", "LĨNH VỰC AN NINH", "", "", ""],
            ["1", "Giảm số vụ phạm pháp hình sự từ 5% trở lên", "Công an huyện", "", "Năm 2024"],
        ]
    )
    body += p("Nơi nhận:\n- Lưu: VT.")
    return build_docx(body)


if __name__ == "__main__":
    here = Path(__file__).parent
    (here / "plan-header-table.docx").write_bytes(plan_docx())
    (here / "numbering-restarts.docx").write_bytes(restarts_docx())
    (here / "task-table.docx").write_bytes(task_table_docx())
    print("written")
