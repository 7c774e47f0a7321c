"""Structure extraction: the seed as a golden test (.txt and .docx alike), then odd and hostile layouts."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.data import DEV_SET as DEV
from tests.data import SEED_DOCX, SEED_TXT
from tests.data import SEED_GOLD as GOLD

from trongtam.core.extraction import read_document, structure_text
from trongtam.core.letter import Document

CORPUS = Path(__file__).parents[1] / "corpus"


def outline(doc: Document) -> list[tuple[str, str, list[tuple[str, str, list[str]]]]]:
    return [
        (s.number, s.title, [(t.number, t.text, [c.text for c in t.children]) for t in s.tasks])
        for s in doc.sections
    ]


@pytest.fixture(scope="module", params=["txt", "docx"])
def seed(request) -> Document:
    return read_document(SEED_TXT if request.param == "txt" else SEED_DOCX)


def test_the_seed_has_two_fields_with_17_and_2_tasks_numbered_from_1(seed):
    assert [(s.number, s.title) for s in seed.sections] == [
        ("I", "LĨNH VỰC KINH TẾ - XÃ HỘI"),
        ("II", "LĨNH VỰC QUỐC PHÒNG, AN NINH"),
    ]
    assert [t.number for t in seed.sections[0].tasks] == [str(n) for n in range(1, 18)]
    assert [t.number for t in seed.sections[1].tasks] == ["1", "2"]


def test_the_seed_task_13_has_its_two_sub_items(seed):
    t13 = seed.sections[0].tasks[12]
    assert t13.text.endswith("thể thao cấp huyện, xã:")
    assert [c.text[:30] for c in t13.children] == [
        "Quan tâm đầu tư nâng cấp trụ s",
        "Chỉ đạo tổ chức Lễ hội Trò Ngõ",
    ]
    assert all(not t.children for i, t in enumerate(seed.sections[0].tasks) if i != 12)


def test_the_seed_first_task_is_the_budget_line_that_was_a_dash(seed):
    assert seed.sections[0].tasks[0].text == "Tổng thu ngân sách trên địa bàn 195.000 triệu đồng."
    assert seed.sections[0].tasks[6].text.startswith("Tiếp tục chỉ đạo thực hiện hoàn thành triển khai")


def test_the_seed_paragraph_split_by_a_page_break_is_one_task(seed):
    t17 = seed.sections[0].tasks[16]
    assert "đã có hiệu lực pháp luật, phấn đấu đạt trên 90%" in t17.text
    assert t17.text.endswith("Khu Công nghiệp VSIP Lạng Sơn.")


def test_the_seed_header_and_closing(seed):
    h = seed.header
    assert (h.number, h.symbol, h.place, h.issued_on) == (None, "HĐND-VP", "Hữu Lũng", date(2023, 12, 1))
    assert h.subject == "đăng ký các nhiệm vụ trọng tâm của Ban thường vụ Huyện ủy"
    assert h.recipients == ("Ban Thường vụ Huyện ủy",)
    assert seed.preamble.startswith("Thực hiện Công văn số 1292-CV/HU")
    assert seed.period == "2024" and seed.kind == "plan"
    assert seed.closing.recipients[0] == "Ban Tổ chức Huyện ủy"
    sig = seed.closing.signature
    assert sig is not None
    assert sig.authority == ("TM. THƯỜNG TRỰC HĐND", "KT. CHỦ TỊCH")
    assert (sig.title, sig.name) == ("PHÓ CHỦ TỊCH", "Mai Xuân Thắng")


def test_the_seed_txt_warns_about_what_it_repaired():
    doc = read_document(SEED_TXT)
    assert any("đánh số lại" in w for w in doc.warnings)
    assert any("nối đoạn" in w for w in doc.warnings)


def test_the_txt_and_docx_seed_give_the_same_structure():
    assert outline(read_document(SEED_TXT)) == outline(read_document(SEED_DOCX))


def test_every_offset_points_into_document_text(seed):
    for task in seed.all_tasks():
        assert " ".join(seed.text[task.start : task.end].split()) == task.text
        for target in task.targets:
            assert task.start <= target.start < target.end <= task.end


def test_the_seed_per_task_details(seed):
    tasks = seed.sections[0].tasks
    assert tasks[5].deadline == "tháng 12/2024" and tasks[5].deadline_date == date(2024, 12, 31)
    assert tasks[1].places == ("xã Minh Tiến", "xã Quyết Thắng", "xã Cai Kinh")
    assert tasks[8].places == ("xã Sơn Hà", "Thị trấn Hữu Lũng")
    assert tasks[15].deadline is None  # "Chương trình giáo dục phổ thông năm 2018" is not a deadline
    assert "xã Hòa Lạc" in seed.sections[1].tasks[1].places


def _key(t: dict) -> tuple:
    value = None if t["value"] is None else float(t["value"])
    vmax = None if t.get("value_max") is None else float(t["value_max"])
    return (value, vmax, (t["unit"] or "").lower().strip(), t["op"], t.get("change"))


def test_the_seed_targets_are_those_of_the_extractor_on_the_whole_letter(seed):
    from trongtam.core.extraction import targets

    gold = json.loads(GOLD.read_text(encoding="utf-8").splitlines()[0])
    whole = targets.find_targets(gold["text"], kind="plan", default_period="2024")
    mine = [t.to_dict() for task in seed.all_tasks() for t in task.targets]
    assert Counter(_key(t) for t in mine) == Counter(_key(t.to_dict()) for t in whole)
    assert all(t["period"] in ("2024", "2025", None) or t["period"] for t in mine)


def test_the_seed_gives_all_21_gold_targets(seed):
    gold = json.loads(GOLD.read_text(encoding="utf-8").splitlines()[0])
    mine = Counter(_key(t.to_dict()) for task in seed.all_tasks() for t in task.targets)
    expected = Counter(_key(t) for t in gold["targets"])
    assert len(gold["targets"]) == 21
    assert not (expected - mine), f"missing: {list((expected - mine).elements())}"


# ---------------------------------------------------------------------------------------------
# A plan laid out with a header table, automatic numbering and a closing table


@pytest.fixture(scope="module")
def plan() -> Document:
    return read_document(CORPUS / "plan-header-table.docx")


def test_a_header_table_gives_issuer_number_place_date_type_and_subject(plan):
    h = plan.header
    assert h.issuer == "ỦY BAN NHÂN DÂN HUYỆN HỮU LŨNG"
    assert (h.number, h.symbol) == ("215", "KH-UBND")
    assert (h.place, h.issued_on) == ("Hữu Lũng", date(2024, 1, 5))
    assert (h.doc_type, h.subject) == ("KẾ HOẠCH", "Thực hiện các nhiệm vụ trọng tâm năm 2024")
    assert plan.preamble.startswith("Căn cứ Nghị quyết")


def test_lead_and_coordinating_units_deadlines_and_places(plan):
    t1, t2, _ = plan.sections[0].tasks
    assert t1.lead_units == ("Phòng Tài chính - Kế hoạch",)
    assert t1.coordinating_units == ("Chi cục Thuế khu vực", "UBND các xã, thị trấn")
    assert (t1.deadline, t1.deadline_date) == ("trước 30/6/2025", date(2025, 6, 30))
    assert (t2.deadline, t2.deadline_date) == ("quý IV/2024", date(2024, 12, 31))
    assert t2.places == ("xã Minh Tiến", "xã Quyết Thắng")
    s2 = plan.sections[1].tasks[0]
    assert s2.lead_units == ("UBND huyện",)
    assert (s2.deadline, s2.deadline_date) == ("tháng 10/2024", date(2024, 10, 31))


def test_lettered_sub_items_and_their_bullets_nest(plan):
    t3 = plan.sections[0].tasks[2]
    assert [c.number for c in t3.children] == ["a", "b"]
    assert t3.children[0].places == ("Thị trấn Hữu Lũng",)
    assert [g.text for g in t3.children[1].children] == ["ưu tiên các thôn đặc biệt khó khăn."]


def test_a_closing_table_gives_recipients_and_the_signature(plan):
    assert plan.closing.recipients == ("TT Huyện ủy", "TT HĐND huyện", "Lưu: VT")
    sig = plan.closing.signature
    assert sig is not None
    assert sig.authority == ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH")
    assert (sig.title, sig.name) == ("PHÓ CHỦ TỊCH", "Nguyễn Văn An")


# ---------------------------------------------------------------------------------------------
# Odd and hostile layouts

PARTY = """ĐẢNG BỘ TỈNH LẠNG SƠN
HUYỆN ỦY HỮU LŨNG
*
Số 127-CV/HU

ĐẢNG CỘNG SẢN VIỆT NAM
Hữu Lũng, ngày 9 tháng 3 năm 2024

về việc triển khai
nhiệm vụ trọng tâm năm 2024

Kính gửi:
- Các chi bộ, đảng bộ trực thuộc;
- Các cơ quan tham mưu, giúp việc Huyện ủy.

Ban Thường vụ Huyện ủy đề nghị các đơn vị thực hiện tốt các nội dung sau:

1. Tổ chức quán triệt nghị quyết trước 31/3/2024.
2. Kết nạp 120 đảng viên mới.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Hoàng Văn Bình
"""


def test_a_party_letter_header_recipients_and_slash_signature():
    doc = structure_text(PARTY, name="cv.txt")
    h = doc.header
    assert (h.parent_issuer, h.issuer) == ("ĐẢNG BỘ TỈNH LẠNG SƠN", "HUYỆN ỦY HỮU LŨNG")
    assert (h.number, h.symbol) == ("127", "CV/HU")
    assert h.issued_on == date(2024, 3, 9)
    assert h.subject == "triển khai nhiệm vụ trọng tâm năm 2024"
    assert h.recipients == ("Các chi bộ, đảng bộ trực thuộc", "Các cơ quan tham mưu, giúp việc Huyện ủy")
    assert [t.number for t in doc.all_tasks()] == ["1", "2"]
    assert doc.all_tasks()[0].deadline_date == date(2024, 3, 31)
    sig = doc.closing.signature
    assert sig is not None and sig.authority == ("T/M BAN THƯỜNG VỤ",) and sig.name == "Hoàng Văn Bình"
    assert any("phần" in w for w in doc.warnings)


def test_a_section_of_dashes_only_is_numbered_in_order():
    doc = structure_text("I. LĨNH VỰC A\n\n- một\n- hai\n- ba\n\nII. LĨNH VỰC B\n\n1. bốn\n")
    assert [t.number for t in doc.sections[0].tasks] == ["1", "2", "3"]
    assert [t.number for t in doc.sections[1].tasks] == ["1"]
    assert any("đánh số lại" in w for w in doc.warnings)


def test_dashes_before_a_list_starting_at_1_are_kept_in_order():
    doc = structure_text("I. A\n\n- mở đầu\n\n1. một\n2. hai\n")
    assert [t.number for t in doc.sections[0].tasks] == ["1", "2", "3"]
    assert doc.sections[0].tasks[0].text == "mở đầu"


def test_prose_without_any_list_gives_one_task_per_paragraph():
    doc = structure_text("Năm 2024 thu ngân sách đạt 195.000 triệu đồng.\n\nTỷ lệ hộ nghèo giảm còn 3%.\n")
    assert [t.text for t in doc.all_tasks()] == [
        "Năm 2024 thu ngân sách đạt 195.000 triệu đồng.",
        "Tỷ lệ hộ nghèo giảm còn 3%.",
    ]
    assert doc.warnings


def test_an_unlabelled_paragraph_after_a_task_belongs_to_it():
    doc = structure_text("I. A\n\n1. Chỉ đạo thực hiện:\n\nNội dung tiếp theo của nhiệm vụ.\n\n2. hai\n")
    tasks = doc.sections[0].tasks
    assert tasks[0].text == "Chỉ đạo thực hiện: Nội dung tiếp theo của nhiệm vụ."
    assert doc.text[tasks[0].start : tasks[0].end].endswith("nhiệm vụ.")


def test_multi_level_numbers_nest():
    doc = structure_text("I. A\n1. một\n1.1. một một\n1.2. một hai\n2. hai\n")
    tasks = doc.sections[0].tasks
    assert [t.number for t in tasks] == ["1", "2"]
    assert [c.number for c in tasks[0].children] == ["1.1", "1.2"]


def test_quarter_month_and_before_date_deadlines():
    doc = structure_text(
        "I. A\n1. Hoàn thành trong quý II/2025.\n2. Xong trước tháng 6/2025.\n3. Thời gian: tháng 9 năm 2024.\n"
        "4. Nộp báo cáo 6 tháng đầu năm 2024.\n5. Không có hạn.\n"
    )
    got = [(t.deadline, t.deadline_date) for t in doc.all_tasks()]
    assert got == [
        ("quý II/2025", date(2025, 6, 30)),
        ("trước tháng 6/2025", date(2025, 5, 31)),
        ("tháng 9 năm 2024", date(2024, 9, 30)),
        ("6 tháng đầu năm 2024", date(2024, 6, 30)),
        (None, None),
    ]


def test_empty_or_header_only_text_gives_an_empty_document():
    doc = structure_text("Số: 12/UBND-VP\n")
    assert doc.sections == () and doc.header.symbol == "UBND-VP"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.text(max_size=80),
            st.sampled_from(
                ["I. LĨNH VỰC", "- gạch", "7. bảy", "a) con", "Nơi nhận:", "TM. UBND", "", "luật, tiếp"]
            ),
        ),
        max_size=25,
    )
)
def test_structure_never_raises_on_arbitrary_text(lines):
    doc = structure_text("\n".join(lines))
    for task in doc.all_tasks():
        assert 0 <= task.start <= task.end <= len(doc.text)


def test_a_task_table_gives_sections_tasks_units_and_deadlines_from_its_columns():
    doc = read_document(CORPUS / "task-table.docx")
    assert [(s.number, s.title) for s in doc.sections] == [
        ("I", "LĨNH VỰC KINH TẾ"),
        ("II", "LĨNH VỰC AN NINH"),
    ]
    t1, t2 = doc.sections[0].tasks
    assert t1.number == "1" and t1.text.startswith("Thu ngân sách đạt 195.000 triệu đồng")
    assert t1.lead_units == ("Phòng Tài chính - Kế hoạch",)
    assert t1.coordinating_units == ("Chi cục Thuế", "UBND các xã, thị trấn")
    assert (t1.deadline, t1.deadline_date) == ("Quý IV/2024", date(2024, 12, 31))
    assert (t2.deadline, t2.deadline_date) == ("Tháng 12/2024", date(2024, 12, 31))
    assert doc.sections[1].tasks[0].lead_units == ("Công an huyện",)


def test_numbers_in_the_preamble_and_a_section_lead_in_are_not_lost():
    doc = structure_text(
        "Năm 2024, tổng thu ngân sách đạt 120 tỷ đồng.\n\nI. LĨNH VỰC KINH TẾ\n\nTốc độ tăng trưởng đạt 8%.\n\n"
        "1. Thu hút 750.000 lượt khách du lịch.\n"
    )
    assert [t.value for t in doc.preamble_targets] == [120]
    assert doc.text[doc.preamble_targets[0].start : doc.preamble_targets[0].end]
    tasks = doc.sections[0].tasks
    assert [t.number for t in tasks] == ["", "1"]
    assert tasks[0].targets[0].value == 8
    assert len(doc.warnings) == 2


def test_numbered_capital_headings_are_fields_when_there_is_no_roman_numbering():
    doc = structure_text(
        "1. LĨNH VỰC KINH TẾ\n1.1 Thu ngân sách đạt 120 tỷ đồng.\n1.2 Du lịch đạt 750.000 lượt người.\n"
        "2. LĨNH VỰC AN NINH\n2.1 Giảm 5% số vụ phạm pháp.\n2.500 lao động có việc làm mới.\n"
    )
    assert [(s.number, s.title) for s in doc.sections] == [
        ("1", "LĨNH VỰC KINH TẾ"),
        ("2", "LĨNH VỰC AN NINH"),
    ]
    assert [t.number for t in doc.sections[0].tasks] == ["1.1", "1.2"]
    # "2.500 lao động" is a number, not a label: it continues task 2.1.
    assert doc.sections[1].tasks[0].text == "Giảm 5% số vụ phạm pháp. 2.500 lao động có việc làm mới."


def test_bytes_without_a_name_are_sniffed():
    doc = read_document(SEED_DOCX.read_bytes())
    assert [len(s.tasks) for s in doc.sections] == [17, 2]
    assert read_document(SEED_TXT.read_bytes()).header.symbol == "HĐND-VP"


def test_a_report_is_recognised_by_its_type_and_the_kind_argument_wins():
    text = "BÁO CÁO\nKết quả thực hiện nhiệm vụ trọng tâm năm 2024\n\nI. KẾT QUẢ\n\n1. Thu ngân sách đạt 120 tỷ đồng.\n"
    doc = structure_text(text)
    assert doc.kind == "report" and doc.period == "2024"
    assert doc.header.subject == "Kết quả thực hiện nhiệm vụ trọng tâm năm 2024"
    assert structure_text(text, kind="plan").kind == "plan"


def test_structuring_a_passage_loses_no_target_the_extractor_finds_in_it():
    from trongtam.core.extraction import targets

    for line in DEV.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        whole = Counter(_key(t.to_dict()) for t in targets.find_targets(rec["text"], kind=rec["kind"]))
        doc = structure_text(rec["text"], kind=rec["kind"])
        found = [t for task in doc.all_tasks() for t in task.targets] + list(doc.preamble_targets)
        assert not whole - Counter(_key(t.to_dict()) for t in found), rec["id"]


def test_headings_without_numbers_are_fields():
    doc = structure_text(
        "## Lĩnh vực kinh tế\n\n- Thu ngân sách.\n- Du lịch.\n\n## Lĩnh vực an ninh\n\n- Tuyển quân.\n"
    )
    assert [(s.number, s.title, len(s.tasks)) for s in doc.sections] == [
        ("", "Lĩnh vực kinh tế", 2),
        ("", "Lĩnh vực an ninh", 1),
    ]


def test_markdown_pipe_tables_give_header_tasks_and_closing():
    doc = read_document(CORPUS / "plan-pipe-tables.md")
    h = doc.header
    assert (h.issuer, h.number, h.symbol, h.issued_on) == (
        "ỦY BAN NHÂN DÂN HUYỆN HỮU LŨNG",
        "215",
        "KH-UBND",
        date(2024, 1, 5),
    )
    assert (h.doc_type, h.subject) == ("KẾ HOẠCH", "Thực hiện nhiệm vụ trọng tâm năm 2024")
    (section,) = doc.sections
    assert (section.number, section.title) == ("I", "LĨNH VỰC KINH TẾ")
    assert [(t.number, t.lead_units, t.deadline) for t in section.tasks] == [
        ("1", ("Phòng Tài chính - Kế hoạch",), "Quý IV/2024"),
        ("2", ("Bảo hiểm xã hội huyện",), "Tháng 12/2024"),
    ]
    sig = doc.closing.signature
    assert doc.closing.recipients == ("TT Huyện ủy", "Lưu: VT")
    assert sig is not None and (sig.authority, sig.title, sig.name) == (
        ("TM. ỦY BAN NHÂN DÂN",),
        "CHỦ TỊCH",
        "Nguyễn Văn An",
    )


def test_the_body_ends_at_the_closing_mark_even_without_a_signing_authority():
    doc = structure_text(
        "I. A\n\n1. Thu ngân sách.\n\n2. Du lịch phát triển./.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n"
    )
    assert [t.text for t in doc.all_tasks()] == ["Thu ngân sách.", "Du lịch phát triển./."]
    sig = doc.closing.signature
    assert sig is not None and (sig.title, sig.name) == ("CHỦ TỊCH", "Nguyễn Văn An")
