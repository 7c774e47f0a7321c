"""The .txt/.md reader: encodings detected, markdown residue stripped, paragraphs grouped."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trongtam.core.reading import read_file
from trongtam.core.reading.labels import split_label
from trongtam.core.reading.plain import strip_markdown

TEXT = (
    "Số: /HĐND-VP\n\nHữu Lũng, ngày 01 tháng 12 năm 2023\n\n"
    "### I. LĨNH VỰC KINH TẾ - XÃ HỘI\n\n- Tổng thu ngân sách trên địa bàn 195.000 triệu đồng.\n"
    "- Tỷ lệ người dân tham gia bảo hiểm y tế đạt 97%.\n\n7. Thu hút khách du lịch đạt 750.000 lượt người.\n"
)


def to_cp1258(text: str) -> bytes:
    """Windows-1258 keeps â ă ê ô ơ ư precomposed and writes tones as combining marks."""
    out: list[str] = []
    base = -1
    for ch in unicodedata.normalize("NFD", text):
        if ch in "\u0302\u0306\u031b" and base >= 0:
            out[base] = unicodedata.normalize("NFC", out[base] + ch)
            continue
        if not unicodedata.combining(ch):
            base = len(out)
        out.append(ch)
    return "".join(out).encode("cp1258")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1258"])
def test_vietnamese_text_is_read_in_every_common_encoding(encoding):
    data = to_cp1258(TEXT) if encoding == "cp1258" else TEXT.encode(encoding)
    result = read_file(data, name="vb.txt")
    lines = [b.line for b in result.blocks]
    assert "I. LĨNH VỰC KINH TẾ - XÃ HỘI" in lines
    assert "- Tổng thu ngân sách trên địa bàn 195.000 triệu đồng." in lines
    assert all(unicodedata.is_normalized("NFC", line) for line in lines)


def test_markdown_residue_is_stripped_and_headings_marked():
    result = read_file(
        "### ***Nơi nhận:***\n\n**TM. THƯỜNG TRỰC HĐND**\n\n**KT. CHỦ TỊCH  \nPHÓ CHỦ TỊCH**\n".encode(),
        name="a.md",
    )
    assert [b.text for b in result.blocks] == [
        "Nơi nhận:",
        "TM. THƯỜNG TRỰC HĐND",
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
    ]
    assert result.blocks[0].heading_level == 3


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("## II. LĨNH VỰC QUỐC PHÒNG, AN NINH", "II. LĨNH VỰC QUỐC PHÒNG, AN NINH"),
        ("7\\. Chỉ đạo", "7. Chỉ đạo"),
        ("đạt **97%** năm *2024*", "đạt 97% năm 2024"),
        ("> trích dẫn", "trích dẫn"),
        ("[Nghị quyết](http://x.vn/a) số 12", "Nghị quyết số 12"),
    ],
)
def test_strip_markdown(line, expected):
    assert strip_markdown(line)[0] == expected


def test_lines_of_one_paragraph_stay_together_and_list_items_split():
    result = read_file("Về việc đăng ký  \ntrọng tâm\n\n- một\n- hai\n".encode(), name="a.txt")
    assert [b.line for b in result.blocks] == ["Về việc đăng ký\ntrọng tâm", "- một", "- hai"]


def test_old_and_new_tone_placement_are_kept_as_written():
    result = read_file("Nhà văn hoá thôn và nhà văn hóa xã\n".encode(), name="a.txt")
    assert result.blocks[0].text == "Nhà văn hoá thôn và nhà văn hóa xã"


def test_markdown_pipe_tables_become_cells_in_row_order():
    md = "Trước\n\n| a | b<br>c |\n|---|:-:|\n| d | **e** |\n\nSau\n"
    blocks = read_file(md.encode(), name="t.md").blocks
    cells = [(b.text, b.row, b.col) for b in blocks if b.is_table_cell]
    assert cells == [("a", 0, 0), ("b", 0, 1), ("c", 0, 1), ("d", 1, 0), ("e", 1, 1)]
    assert [b.text for b in blocks if not b.is_table_cell] == ["Trước", "Sau"]


@given(st.text(max_size=60))
def test_split_label_only_ever_cuts_a_prefix(line):
    label, kind, rest = split_label(line)
    assert (label == "") == (kind is None)
    assert line.endswith(rest)
    if label:
        assert (rest.strip() and label[:1] in line[:2]) or label == "•"
