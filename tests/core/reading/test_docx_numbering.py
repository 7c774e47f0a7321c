"""The .docx reader: Word's automatic numbering resolved, tables in body order."""

from __future__ import annotations

import pytest
from tests.data import SEED_DOCX

from trongtam.core.reading import read_file
from trongtam.core.reading.numbering import format_counter


def labels(path_or_bytes, **kw):
    return [(b.label, b.text) for b in read_file(path_or_bytes, **kw).blocks]


def test_the_seed_docx_gets_its_roman_fields_restarting_task_numbers_and_bullets():
    blocks = read_file(SEED_DOCX).blocks
    got = [b.label for b in blocks if b.label]
    fields = [b for b in blocks if b.list_kind == "roman"]
    assert [b.label for b in fields] == ["I.", "II."]
    assert fields[0].text == "LĨNH VỰC KINH TẾ - XÃ HỘI"
    numbers = [b.label for b in blocks if b.list_kind == "number"]
    assert numbers == [f"{n}." for n in range(1, 18)] + ["1.", "2."]
    thirteen = next(i for i, b in enumerate(blocks) if b.label == "13.")
    assert [b.list_kind for b in blocks[thirteen + 1 : thirteen + 3]] == ["bullet", "bullet"]
    assert blocks[thirteen + 3].label == "14."
    assert "I." in got and "13." in got
    # The paragraph text never repeats the label.
    assert not any(b.text.startswith(("I.", "1.")) for b in blocks)


def test_levels_restart_when_a_higher_level_advances(factory):
    got = labels(factory.restarts_docx(), name="r.docx")
    assert ("a)", "một a") in got and ("b)", "một b") in got
    assert ("a)", "hai a") in got


def test_numbering_instances_sharing_an_abstract_list_continue_each_other(factory):
    assert ("3.", "ba") in labels(factory.restarts_docx(), name="r.docx")


def test_start_override_restarts_a_list(factory):
    got = labels(factory.restarts_docx(), name="r.docx")
    assert ("1.", "lại một") in got and ("2.", "lại hai") in got


def test_style_linked_numbering_gives_headings_their_roman_numbers(factory):
    got = labels(factory.restarts_docx(), name="r.docx")
    assert ("I.", "Phần mở đầu") in got and ("II.", "Phần thứ hai") in got


def test_level_text_with_words_and_start_values(factory):
    assert ("Điều 5.", "điều năm") in labels(factory.restarts_docx(), name="r.docx")


def test_multi_level_text_uses_every_counter(factory):
    got = labels(factory.restarts_docx(), name="r.docx")
    assert ("1.1.", "đa cấp con") in got and ("1.2.", "đa cấp con hai") in got


def test_num_id_zero_means_no_number(factory):
    assert ("", "không số") in labels(factory.restarts_docx(), name="r.docx")


def test_tables_come_in_body_order_and_are_marked_as_cells(factory):
    blocks = read_file(factory.restarts_docx(), name="r.docx").blocks
    texts = [b.text for b in blocks]
    i = texts.index("ô 1")
    assert (
        texts[i - 1] == "hai a" and texts[i : i + 4] == ["ô 1", "ô 2", "ô 3", "ô 4"] and texts[i + 4] == "ba"
    )
    cell = blocks[i + 3]
    assert cell.is_table_cell and (cell.table, cell.row, cell.col) == (0, 1, 1)
    assert not blocks[i + 4].is_table_cell


def test_typed_labels_in_unnumbered_paragraphs_are_split_off(factory):
    body = factory.p("1. Tổng thu ngân sách") + factory.p("- Quan tâm đầu tư") + factory.p("II. LĨNH VỰC")
    got = labels(factory.build_docx(body), name="t.docx")
    assert got == [("1.", "Tổng thu ngân sách"), ("-", "Quan tâm đầu tư"), ("II.", "LĨNH VỰC")]


def test_text_is_nfc_and_soft_breaks_are_kept(factory):
    body = factory.p("Hoa\u0300 Sơn\ndòng hai")
    (block,) = read_file(factory.build_docx(body), name="t.docx").blocks
    assert block.text == "Hoà Sơn\ndòng hai"


@pytest.mark.parametrize(
    ("n", "fmt", "expected"),
    [
        (4, "upperRoman", "IV"),
        (9, "lowerRoman", "ix"),
        (3, "lowerLetter", "c"),
        (28, "upperLetter", "BB"),
        (7, "decimalZero", "07"),
        (12, "decimal", "12"),
    ],
)
def test_counter_formats(n, fmt, expected):
    assert format_counter(n, fmt) == expected


def test_text_boxes_are_read_once_and_hidden_text_is_skipped(factory):
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    box = (
        f'<w:p><w:r><mc:AlternateContent xmlns:mc="{mc}"><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
        + factory.p("ỦY BAN NHÂN DÂN")
        + "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
        + factory.p("ỦY BAN NHÂN DÂN")
        + "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Số: 12/UBND</w:t></w:r></w:p>"
    )
    hidden = "<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn </w:t></w:r><w:r><w:t>hiện</w:t></w:r></w:p>"
    deleted = "<w:p><w:del><w:r><w:delText>bỏ </w:delText></w:r></w:del><w:ins><w:r><w:t>thêm</w:t></w:r></w:ins></w:p>"
    blocks = read_file(factory.build_docx(box + hidden + deleted), name="x.docx").blocks
    assert [b.text for b in blocks] == ["ỦY BAN NHÂN DÂN", "Số: 12/UBND", "hiện", "thêm"]


def test_a_deeper_item_first_makes_its_parent_count_as_used(factory):
    num = factory.numbering(
        {1: factory.lvl(0, "decimal", "%1.") + factory.lvl(1, "lowerLetter", "%2)")}, {1: (1, "")}
    )
    body = factory.p("con trước", (1, 1)) + factory.p("cha", (1, 0))
    assert labels(factory.build_docx(body, num), name="x.docx") == [("a)", "con trước"), ("2.", "cha")]


def test_start_override_applies_the_first_time_an_instance_uses_that_level(factory):
    abstract = factory.lvl(0, "decimal", "%1.") + factory.lvl(1, "decimal", "%1.%2.")
    override = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride>'
    num = factory.numbering({1: abstract}, {1: (1, ""), 2: (1, override)})
    body = (
        factory.p("một", (1, 0))
        + factory.p("con", (2, 1))
        + factory.p("bốn", (2, 0))
        + factory.p("năm", (1, 0))
    )
    got = labels(factory.build_docx(body, num), name="x.docx")
    assert got == [("1.", "một"), ("1.1.", "con"), ("4.", "bốn"), ("5.", "năm")]


def test_lvl_restart_zero_never_restarts_a_level(factory):
    abstract = factory.lvl(0, "decimal", "%1.") + factory.lvl(
        1, "lowerLetter", "%2)", extra='<w:lvlRestart w:val="0"/>'
    )
    num = factory.numbering({1: abstract}, {1: (1, "")})
    body = (
        factory.p("một", (1, 0)) + factory.p("a", (1, 1)) + factory.p("hai", (1, 0)) + factory.p("b", (1, 1))
    )
    assert [lab for lab, _ in labels(factory.build_docx(body, num), name="x.docx")] == [
        "1.",
        "a)",
        "2.",
        "b)",
    ]


def test_num_style_link_uses_the_linked_list_definition(factory):
    definition = '<w:styleLink w:val="DanhSach"/>' + factory.lvl(0, "upperRoman", "%1.")
    num = factory.numbering(
        {1: definition, 2: '<w:numStyleLink w:val="DanhSach"/>'}, {1: (1, ""), 2: (2, "")}
    )
    styles = factory.styles(
        '<w:style w:type="numbering" w:styleId="DanhSach"><w:name w:val="Danh sách"/>'
        '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
    )
    body = factory.p("một", (2, 0)) + factory.p("hai", (2, 0))
    assert labels(factory.build_docx(body, num, styles), name="x.docx") == [("I.", "một"), ("II.", "hai")]


def test_a_bullet_typed_among_word_bullets_stands_at_their_level(factory):
    # Word bullets "•" at level 1 (as when the list sits under a numbered field), then a line typed with
    # two dash tasks, then Word bullets again: the typed dashes are at the bullets' level, not at 0.
    levels = "".join(factory.lvl(i, "bullet", "•" if i < 2 else "+") for i in range(3))
    num = factory.numbering({1: levels}, {1: (1, "")})
    body = (
        factory.p("Thu ngân sách đạt 50 tỷ đồng.", (1, 1))
        + factory.p("- Trồng 20 ha rừng; - giảm hộ nghèo còn 1%.")
        + factory.p("Xây dựng 02 trường chuẩn.", (1, 1))
        + factory.p("Kết thúc danh sách.")
        + factory.p("- Một gạch đầu dòng gõ tay sau đoạn văn.")
    )
    blocks = read_file(factory.build_docx(body, num), name="b.docx").blocks
    assert [(b.label, b.level) for b in blocks] == [("•", 1), ("-", 1), ("•", 1), ("", 0), ("-", 0)]
