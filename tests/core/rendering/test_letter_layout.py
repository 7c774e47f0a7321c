"""The registration letter read back with python-docx: page, margins, fonts and sizes per component."""

from __future__ import annotations

from typing import Any

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from trongtam.core.rendering.documents import render_registration_letter


def _mm(length: Any) -> float:
    """Lengths pass through twentieths of a point, so compare them to a tenth of a millimetre."""
    return round(length.mm, 1)


@pytest.fixture
def state(dx: Any) -> Any:
    return dx.load(render_registration_letter(dx.seed_registration("nd30-2020")))


@pytest.fixture
def party(dx: Any) -> Any:
    return dx.load(render_registration_letter(dx.seed_registration("hd36-2018", number=127)))


def test_the_page_is_a4_portrait_with_state_margins(state: Any) -> None:
    s = state.sections[0]
    assert (_mm(s.page_width), _mm(s.page_height)) == (210, 297)
    assert [_mm(x) for x in (s.top_margin, s.bottom_margin, s.left_margin, s.right_margin)] == [
        20,
        20,
        30,
        15,
    ]


def test_party_margins_are_20_20_30_15(party: Any) -> None:
    s = party.sections[0]
    assert [_mm(x) for x in (s.top_margin, s.bottom_margin, s.left_margin, s.right_margin)] == [
        20,
        20,
        30,
        15,
    ]


def test_every_run_is_times_new_roman(state: Any, dx: Any) -> None:
    for p in dx.paragraphs(state):
        for r in p.runs:
            if r.text:
                assert r.font.name == "Times New Roman", r.text
                assert r._element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "Times New Roman"


@pytest.mark.parametrize(
    ("start", "size", "bold", "italic"),
    [
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, True, False),
        ("Độc lập - Tự do - Hạnh phúc", 14, True, False),
        ("THƯỜNG TRỰC HĐND HUYỆN HỮU LŨNG", 13, True, False),
        ("Số: 05/HĐND-VP", 13, False, False),
        ("Hữu Lũng, ngày 01 tháng 12 năm 2023", 14, False, True),
        ("V/v đăng ký các nhiệm vụ trọng tâm", 13, False, False),
        ("Kính gửi: Ban Thường vụ Huyện ủy.", 14, False, False),
        ("I. LĨNH VỰC KINH TẾ - XÃ HỘI", 14, True, False),
        ("1. Tổng thu ngân sách", 14, False, False),
        ("Nơi nhận:", 12, True, True),
        ("- Ban Tổ chức Huyện ủy;", 11, False, False),
        ("- Lưu: VT, VP.", 11, False, False),
        ("TM. THƯỜNG TRỰC HĐND", 14, True, False),
        ("KT. CHỦ TỊCH", 14, True, False),
        ("PHÓ CHỦ TỊCH", 14, True, False),
        ("Mai Xuân Thắng", 14, True, False),
    ],
)
def test_state_component_styles(state: Any, dx: Any, start: str, size: int, bold: bool, italic: bool) -> None:
    r = dx.run_of(state, start)
    assert r.font.size == Pt(size)
    assert bool(r.font.bold) is bold
    assert bool(r.font.italic) is italic


@pytest.mark.parametrize(
    ("start", "size", "bold", "italic"),
    [
        ("ĐẢNG CỘNG SẢN VIỆT NAM", 15, True, False),
        ("ĐẢNG BỘ TỈNH LẠNG SƠN", 14, False, False),
        ("HUYỆN ỦY HỮU LŨNG", 14, True, False),
        ("*", 14, False, False),
        ("Số 127-CV/HU", 14, False, False),
        ("Hữu Lũng, ngày 01 tháng 12 năm 2023", 14, False, True),
        ("về việc đăng ký các nhiệm vụ trọng tâm", 12, False, True),
        ("T/M THƯỜNG TRỰC HĐND", 14, True, False),
        ("K/T CHỦ TỊCH", 14, True, False),
        ("- Lưu Văn phòng Huyện ủy.", 12, False, False),
    ],
)
def test_party_component_styles(party: Any, dx: Any, start: str, size: int, bold: bool, italic: bool) -> None:
    r = dx.run_of(party, start)
    assert r.font.size == Pt(size)
    assert bool(r.font.bold) is bold
    assert bool(r.font.italic) is italic


def test_the_party_letter_has_no_national_title(party: Any, dx: Any) -> None:
    text = "\n".join(dx.texts(party))
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in text
    assert "V/v" not in text


def test_the_header_is_a_borderless_two_column_table(state: Any) -> None:
    header = state.tables[0]
    assert len(header.columns) == 2
    assert "THƯỜNG TRỰC HĐND" in header.cell(0, 0).text
    assert "CỘNG HÒA" in header.cell(0, 1).text
    # Number and date sit on the same row, so they print on the same line.
    assert header.cell(1, 0).text.startswith("Số: 05/HĐND-VP")
    assert header.cell(1, 1).text.startswith("Hữu Lũng, ngày 01")
    borders = header._tbl.tblPr.find(qn("w:tblBorders"))
    assert all(el.get(qn("w:val")) == "nil" for el in borders)


def test_body_paragraphs_are_justified_with_first_line_indent_and_space_after(state: Any, dx: Any) -> None:
    p = dx.para(state, "1. Tổng thu ngân sách")
    pf = p.paragraph_format
    assert pf.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert abs(pf.first_line_indent - Cm(1.27)) < 100
    assert pf.space_after >= Pt(6)


def test_tasks_are_numbered_within_each_field_and_sub_items_dashed(state: Any, dx: Any) -> None:
    lines = dx.texts(state)
    start = lines.index("I. LĨNH VỰC KINH TẾ - XÃ HỘI")
    body = lines[start : start + 8]
    assert body[1].startswith("1. Tổng thu")
    assert body[2].startswith("2. Thu hút")
    assert body[3].startswith("3. Chỉ đạo")
    assert body[4] == "- Nâng cấp trụ sở thư viện cấp huyện."
    assert body[6] == "II. LĨNH VỰC QUỐC PHÒNG, AN NINH"
    assert body[7].startswith("1. Tuyển chọn")


def test_page_numbers_start_on_page_two(state: Any) -> None:
    s = state.sections[0]
    assert s.different_first_page_header_footer is True
    assert "PAGE" in s.header._element.xml
    assert "PAGE" not in s.first_page_header._element.xml
    p = s.header.paragraphs[0]
    assert p.alignment == WD_ALIGN_PARAGRAPH.CENTER


def test_the_distribution_list_ends_with_the_archive_line(state: Any, dx: Any) -> None:
    closing = state.tables[-1]
    lines = [p.text for p in closing.cell(0, 0).paragraphs if p.text]
    assert lines[0] == "Nơi nhận:"
    assert lines[1:] == [
        "- Ban Tổ chức Huyện ủy;",
        "- Thường trực HĐND huyện;",
        "- Các Ban HĐND huyện;",
        "- Lưu: VT, VP.",
    ]
    sig = [p.text for p in closing.cell(0, 1).paragraphs if p.text]
    assert sig == ["TM. THƯỜNG TRỰC HĐND", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Mai Xuân Thắng"]


def test_missing_header_fields_are_left_blank_not_invented(dx: Any) -> None:
    from dataclasses import replace

    reg = dx.seed_registration()
    blank = replace(
        reg,
        issuance=replace(
            reg.issuance,
            number=None,
            issued_on=None,
            letterhead=replace(reg.issuance.letterhead, issuer=None),
        ),
    )
    doc = dx.load(render_registration_letter(blank))
    header = doc.tables[0]
    assert header.cell(1, 0).text.startswith("Số:      /HĐND-VP")
    assert header.cell(1, 1).text.startswith("Hữu Lũng, ngày …… tháng …… năm ……")
    assert header.cell(0, 0).text.strip().startswith("……")


def test_several_recipients_are_listed_one_per_line(dx: Any) -> None:
    from dataclasses import replace

    reg = replace(dx.seed_registration(), recipients=("Ban Thường vụ Huyện ủy", "Văn phòng Huyện ủy"))
    lines = dx.texts(dx.load(render_registration_letter(reg)))
    i = lines.index("Kính gửi:")
    assert lines[i + 1 : i + 3] == ["- Ban Thường vụ Huyện ủy;", "- Văn phòng Huyện ủy."]
