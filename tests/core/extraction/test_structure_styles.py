"""Structure beyond I./1./a): dash and parenthesised labels, headings without numbers, bullets as the
tasks, several items on one line, and a closing that ends the last task instead of joining it."""

from __future__ import annotations

from trongtam.core.extraction import structure_text


def outline(doc):
    return [
        (s.number, s.title, [(t.number, [c.number for c in t.children]) for t in s.tasks])
        for s in doc.sections
    ]


def test_dash_labels_number_fields_tasks_and_letters_sub_items():
    doc = structure_text(
        "I- VỀ KINH TẾ\n\n1- Sản xuất nông nghiệp ổn định.\n\na. Chuyển dịch cơ cấu cây trồng.\n\n"
        "b. Xây dựng 02 mô hình.\n\n2- Thu ngân sách đạt 3.500 triệu đồng.\n\nII- VỀ XÃ HỘI\n\n1- Giảm hộ nghèo.\n"
    )
    assert outline(doc) == [
        ("I", "VỀ KINH TẾ", [("1", ["a", "b"]), ("2", [])]),
        ("II", "VỀ XÃ HỘI", [("1", [])]),
    ]


def test_parenthesised_numbers_continue_across_field_headings_typed_as_dashes():
    doc = structure_text(
        "- Về kinh tế:\n\n(1) Thu nhập bình quân đạt 45 triệu đồng.\n\n(2) Trồng rừng mới 30 ha.\n\n"
        "- Về văn hóa - xã hội:\n\n(3) Tỷ lệ lao động qua đào tạo trên 20%.\n"
    )
    assert outline(doc) == [
        ("", "Về kinh tế", [("1", []), ("2", [])]),
        ("", "Về văn hóa - xã hội", [("3", [])]),
    ]


def test_a_heading_in_capitals_above_a_list_is_a_section_and_the_title_is_not():
    doc = structure_text(
        "KẾ HOẠCH\nNhiệm vụ trọng tâm năm 2024\n\nCăn cứ Nghị quyết của HĐND huyện.\n\n"
        "CÁC CHỈ TIÊU CHỦ YẾU\n\n1) Tăng trưởng đạt 9,5%.\n\n2) Có thêm 01 xã nông thôn mới.\n"
    )
    assert doc.header.doc_type == "KẾ HOẠCH"
    assert outline(doc) == [("", "CÁC CHỈ TIÊU CHỦ YẾU", [("1", []), ("2", [])])]


def test_field_headings_without_numbers_head_their_bullets():
    doc = structure_text(
        "Căn cứ kế hoạch của huyện, xã đăng ký như sau:\n\nVề kinh tế\n\n- Thu ngân sách đạt 3 tỷ đồng.\n\n"
        "- Trồng mới 30 ha rừng.\n\nLĩnh vực văn hóa - xã hội\n\n- Tỷ lệ bảo hiểm y tế đạt 94%.\n"
    )
    assert outline(doc) == [
        ("", "Về kinh tế", [("1", []), ("2", [])]),
        ("", "Lĩnh vực văn hóa - xã hội", [("1", [])]),
    ]


def test_sentence_case_numbered_fields_with_a_colon_head_their_dashes():
    doc = structure_text(
        "1. Chỉ tiêu về kinh tế:\n\n- Sản lượng lúa 2.961 tấn.\n\n+ Lúa 507 ha.\n\n- Thu ngân sách đạt 100%.\n\n"
        "2. Chỉ tiêu về xã hội:\n\n- Tỷ lệ gia đình văn hóa 95,2%.\n"
    )
    assert outline(doc) == [
        ("1", "Chỉ tiêu về kinh tế", [("1", ["-"]), ("2", [])]),
        ("2", "Chỉ tiêu về xã hội", [("1", [])]),
    ]


def test_bullets_are_the_tasks_when_nothing_is_numbered():
    doc = structure_text(
        "• Thu ngân sách đạt 137,5 tỷ đồng.\n\n• Có thêm 01 sản phẩm OCOP.\n\n• Tỷ lệ BHYT đạt 94%.\n"
    )
    assert outline(doc) == [("", "", [("1", []), ("2", []), ("3", [])])]


def test_several_dash_items_typed_on_one_line_are_several_tasks():
    doc = structure_text(
        "I. KINH TẾ\n\n- Thu ngân sách đạt 137,5 tỷ đồng; - tổng sản lượng lương thực đạt 229.800 tấn.\n"
    )
    assert [t.text for t in doc.sections[0].tasks] == [
        "Thu ngân sách đạt 137,5 tỷ đồng;",
        "tổng sản lượng lương thực đạt 229.800 tấn.",
    ]


def test_a_closing_remark_typed_after_the_last_task_ends_it():
    doc = structure_text(
        "I. KINH TẾ\n\n1. Thu ngân sách đạt 137,5 tỷ đồng. Kính đề nghị Văn phòng Tỉnh ủy tổng hợp./.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nHoàng Anh Tuấn\n"
    )
    assert doc.sections[0].tasks[-1].text == "Thu ngân sách đạt 137,5 tỷ đồng."
    assert doc.closing.recipients == ("Như trên", "Lưu: VT")
    assert doc.closing.signature is not None and doc.closing.signature.name == "Hoàng Anh Tuấn"


def test_a_dash_inside_a_sentence_or_a_range_is_not_a_label():
    doc = structure_text("I. KINH TẾ\n\n1. Giá trị sản xuất tăng 7,5 - 8,0% so với năm 2023 - 2024.\n")
    assert [t.number for t in doc.sections[0].tasks] == ["1"]
    assert doc.sections[0].tasks[0].text.endswith("năm 2023 - 2024.")


def test_a_task_whose_paragraph_ocr_was_unsure_of_needs_checking():
    from trongtam.core.extraction import build_document
    from trongtam.core.letter import OcrPage
    from trongtam.core.reading.model import Block, ReadResult

    blocks = (
        Block(text="KINH TẾ", label="I.", list_kind="roman", page=1),
        Block(text="Thu ngân sách đạt 195.000 triệu đồng.", label="1.", list_kind="number", page=1),
        Block(text="Thu hút 75O.OOO lượt khách.", label="2.", list_kind="number", page=1, unsure=True),
    )
    result = ReadResult(
        name="quet.pdf", format="pdf", blocks=blocks, ocr_pages=(OcrPage(page=1, confidence=71.5),)
    )
    doc = build_document(result)
    assert [t.needs_check for t in doc.sections[0].tasks] == [False, True]
    assert doc.ocr_pages == (OcrPage(page=1, confidence=71.5),)
