"""The other documents of a cycle: approved list, progress report, assessment report, reminder; templates."""

from __future__ import annotations

import doctest
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from docx.enum.section import WD_ORIENT
from docx.shared import Pt

from trongtam.core.errors import RenderError
from trongtam.core.rendering import documents, model, profile, vnformat
from trongtam.core.rendering.documents import (
    assessment_document,
    assessment_sentence,
    default_template,
    render_assessment_report,
    render_progress_report,
    render_registration_letter,
    render_reminder_letter,
    render_task_list,
)
from trongtam.core.rendering.model import (
    ApprovedTask,
    AssessmentReport,
    Image,
    Issuance,
    LateUnit,
    Letterhead,
    ProgressReport,
    ProgressRow,
    ReminderLetter,
    SignatureBlock,
    TaskList,
)
from trongtam.core.rendering.profile import load_profile

ISSUANCE = Issuance(
    profile="hd36-2018",
    letterhead=Letterhead(
        issuer="Huyện ủy Hữu Lũng", parent_issuer="Đảng bộ tỉnh Lạng Sơn", symbol="TB/HU", place="Hữu Lũng"
    ),
    number=12,
    issued_on=date(2023, 12, 15),
    distribution=("Các cơ quan, đơn vị",),
    signature=SignatureBlock(("T/M BAN THƯỜNG VỤ",), "Bí thư", "Nguyễn Văn A"),
)
STATE = Issuance(
    profile="nd30-2020",
    letterhead=Letterhead(issuer="Ủy ban nhân dân huyện Hữu Lũng", symbol="UBND-VP", place="Hữu Lũng"),
    number=7,
    issued_on=date(2024, 6, 20),
    signature=SignatureBlock(("KT. CHỦ TỊCH",), "Phó Chủ tịch", "Trần Văn B"),
)
ROWS = tuple(
    ProgressRow(
        indicator=f"Chỉ tiêu {i}",
        plan="≥ 90%",
        result=Decimal(85 + i),
        unit="%",
        estimated=i % 2 == 0,
        percent=(Decimal(85 + i) / 90 * 100).quantize(Decimal("0.1")),
        status="Đạt" if 85 + i >= 90 else "Chưa đạt",
    )
    for i in range(8)
)


def test_module_doctests_pass() -> None:
    for mod in (vnformat, profile, model):
        result = doctest.testmod(mod)
        assert result.failed == 0, mod.__name__


def test_the_task_list_has_a_landscape_appendix_table(dx: Any) -> None:
    tl = TaskList(
        issuance=ISSUANCE,
        year=2024,
        body_name="Ban Thường vụ Huyện ủy",
        intro=("Căn cứ kết quả đăng ký của các cơ quan, đơn vị,",),
        tasks=(
            ApprovedTask(
                "Kinh tế - xã hội", "Thu ngân sách", ("195.000 triệu đồng",), "UBND huyện", "", "31/12/2024"
            ),
            ApprovedTask("Kinh tế - xã hội", "Du lịch", ("750.000 lượt khách",), "UBND huyện"),
            ApprovedTask("Quốc phòng, an ninh", "Tuyển quân", ("100% chỉ tiêu",), "Ban CHQS huyện"),
        ),
    )
    doc = dx.load(render_task_list(tl))
    assert len(doc.sections) == 2
    assert doc.sections[0].orientation == WD_ORIENT.PORTRAIT
    assert doc.sections[1].orientation == WD_ORIENT.LANDSCAPE
    lines = dx.texts(doc)
    assert "THÔNG BÁO" in lines
    # Party trích yếu is lower case (HD 36): "THÔNG BÁO / danh mục ...".
    assert "danh mục nhiệm vụ trọng tâm năm 2024 của Ban Thường vụ Huyện ủy" in lines
    assert "Phụ lục" in lines
    assert "(Kèm theo Thông báo số 12-TB/HU, ngày 15/12/2023 của Huyện ủy Hữu Lũng)" in lines
    table = doc.tables[-1]
    assert [c.text for c in table.rows[0].cells] == [
        "STT", "Nhiệm vụ trọng tâm", "Chỉ tiêu", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn",
    ]  # fmt: skip
    assert [c.text for c in table.rows[1].cells][:2] == ["I", "KINH TẾ - XÃ HỘI"]
    assert [c.text for c in table.rows[2].cells][:4] == [
        "1",
        "Thu ngân sách",
        "- 195.000 triệu đồng",
        "UBND huyện",
    ]
    assert [c.text for c in table.rows[4].cells][:2] == ["II", "QUỐC PHÒNG, AN NINH"]
    assert dx.run_of(doc, "THÔNG BÁO").font.size == Pt(15)


def test_the_progress_report_tabulates_plan_result_and_percent(dx: Any) -> None:
    pr = ProgressReport(
        STATE, "6 tháng đầu năm 2024", "UBND huyện", ROWS, (("Nhiệm vụ thời gian tới", ("Tiếp tục.",)),)
    )
    doc = dx.load(render_progress_report(pr))
    lines = dx.texts(doc)
    assert "BÁO CÁO" in lines
    assert "Kết quả thực hiện nhiệm vụ trọng tâm 6 tháng đầu năm 2024" in lines
    assert any(
        "Trong 8 chỉ tiêu theo dõi, có 5 chỉ tiêu chưa đạt, 3 chỉ tiêu đạt (trong đó 4 chỉ tiêu là số ước thực hiện)"
        in x
        for x in lines
    )
    table = doc.tables[-1]
    assert [c.text for c in table.rows[0].cells] == [
        "STT", "Chỉ tiêu", "Kế hoạch", "Kết quả", "Số liệu", "% so với KH", "Đánh giá",
    ]  # fmt: skip
    assert [c.text for c in table.rows[1].cells] == [
        "1",
        "Chỉ tiêu 0",
        "≥ 90%",
        "85%",
        "Ước",
        "94,4%",
        "Chưa đạt",
    ]
    assert [c.text for c in table.rows[2].cells][4] == "Chính thức"
    assert doc.sections[-1].orientation == WD_ORIENT.LANDSCAPE


def test_the_assessment_report_states_level_counts_and_carries_a_chart(dx: Any) -> None:
    ar = AssessmentReport(
        ISSUANCE, 2024, "Ban Thường vụ Huyện ủy", "Hoàn thành tốt nhiệm vụ", 9, 9, 19, 17, ROWS, tasks_clear=6
    )
    assert assessment_sentence(ar) == (
        "Năm 2024, Ban Thường vụ Huyện ủy hoàn thành 9/9 nhiệm vụ trọng tâm, trong đó 6/9 nhiệm vụ hoàn thành "
        "có kết quả rõ nét; có 17/19 chỉ tiêu đạt và vượt kế hoạch, 2 chỉ tiêu không đạt."
    )
    doc = dx.load(render_assessment_report(ar))
    text = "\n".join(dx.texts(doc))
    assert "có 17/19 chỉ tiêu đạt và vượt" in text
    assert "Hoàn thành tốt nhiệm vụ" in text
    assert len(doc.inline_shapes) == 1
    png = doc.part.related_parts[doc.inline_shapes[0]._inline.graphic.graphicData.pic.blipFill.blip.embed]
    assert png.blob[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_long_assessment_keeps_its_opening_page_full_and_moves_the_charts_to_an_appendix(dx: Any) -> None:
    rows = tuple(
        ProgressRow(
            indicator=f"Chỉ tiêu {i}", plan="≥ 90%", result=Decimal(80 + i), unit="%", percent=Decimal(90 + i)
        )
        for i in range(30)
    )
    long_report = AssessmentReport(ISSUANCE, 2024, "Ban Thường vụ Huyện ủy", "Hoàn thành", 9, 9, 30, 20, rows)
    document = assessment_document(long_report)
    # No tall picture right after the opening lines (it would push everything after it to page 2).
    assert not any(isinstance(block, Image) for block in document.body)
    charts = [b for b in document.appendices[-1].blocks if isinstance(b, Image)]
    assert [c.caption for c in charts] == [
        "Biểu đồ: tỷ lệ thực hiện các chỉ tiêu năm 2024 (1/2)",
        "Biểu đồ: tỷ lệ thực hiện các chỉ tiêu năm 2024 (2/2)",
    ]
    short = AssessmentReport(ISSUANCE, 2024, "Ban Thường vụ Huyện ủy", "Hoàn thành", 9, 9, 3, 2, rows[:3])
    assert (
        isinstance(assessment_document(short).body[-1], Image)
        and len(assessment_document(short).appendices) == 1
    )


def test_the_reminder_is_addressed_to_the_late_units(dx: Any) -> None:
    rl = ReminderLetter(
        STATE,
        "6 tháng đầu năm 2024",
        "Công văn số 1292-CV/HU, ngày 27/11/2023 của Huyện ủy",
        date(2024, 6, 15),
        date(2024, 6, 25),
        (LateUnit("Phòng Tài chính - Kế hoạch", "3 chỉ tiêu"), LateUnit("Phòng Văn hóa và Thông tin")),
    )
    doc = dx.load(render_reminder_letter(rl))
    lines = dx.texts(doc)
    assert "Số: 07/UBND-VP" in lines
    assert "V/v đôn đốc báo cáo kết quả thực hiện nhiệm vụ trọng tâm 6 tháng đầu năm 2024" in lines
    i = lines.index("Kính gửi:")
    assert lines[i + 1 : i + 3] == ["- Phòng Tài chính - Kế hoạch;", "- Phòng Văn hóa và Thông tin."]
    assert any("trước ngày 25/06/2024" in x for x in lines)
    assert "KT. CHỦ TỊCH" in lines


def test_an_office_template_is_filled_in(dx: Any, tmp_path: Any) -> None:
    path = tmp_path / "mau.docx"
    path.write_bytes(default_template("nd30-2020"))
    doc = dx.load(render_registration_letter(dx.seed_registration(), template=path))
    lines = dx.texts(doc)
    assert "THƯỜNG TRỰC HĐND HUYỆN HỮU LŨNG" in lines
    assert "Số: 05/HĐND-VP" in lines
    assert "Hữu Lũng, ngày 01 tháng 12 năm 2023" in lines
    assert "Kính gửi: Ban Thường vụ Huyện ủy." in lines
    assert "I. LĨNH VỰC KINH TẾ - XÃ HỘI" in lines
    assert "- Lưu: VT, VP." in lines
    assert "Mai Xuân Thắng" in lines
    assert not any("{{" in x or "{%" in x for x in lines)


def test_a_missing_template_is_a_render_error(dx: Any, tmp_path: Any) -> None:
    with pytest.raises(RenderError) as info:
        render_registration_letter(dx.seed_registration(), template=tmp_path / "khong-co.docx")
    assert "Không tìm thấy" in info.value.message_vi


def test_unknown_profiles_are_refused_in_vietnamese() -> None:
    with pytest.raises(RenderError) as info:
        load_profile("hd05-2026")
    assert "Không có mẫu thể thức" in info.value.message_vi


def test_profiles_are_data_files() -> None:
    assert {"nd30-2020", "hd36-2018"} <= set(profile.available_profiles())
    assert load_profile("state").id == "nd30-2020"
    assert load_profile("party").id == "hd36-2018"
    assert documents.__all__  # the public surface is declared


def test_a_new_guide_is_a_new_data_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Any, dx: Any) -> None:
    src = profile.PROFILES_DIR / "hd36-2018.toml"
    (tmp_path / "hd99-2030.toml").write_text(
        src.read_text(encoding="utf-8").replace('id = "hd36-2018"', 'id = "hd99-2030"'), encoding="utf-8"
    )
    monkeypatch.setattr(profile, "PROFILES_DIR", tmp_path)
    from dataclasses import replace

    reg = dx.seed_registration("hd36-2018", number=3)
    reg = replace(reg, issuance=replace(reg.issuance, profile="hd99-2030"))
    lines = dx.texts(dx.load(render_registration_letter(reg)))
    assert "Số 03-CV/HU" in lines
    assert profile.available_profiles() == ["hd99-2030"]


@pytest.mark.parametrize(
    "name", ["cong-van-nd30-2020", "cong-van-hd36-2018", "bao-cao-nd30-2020", "bao-cao-hd36-2018"]
)
def test_the_shipped_templates_fill_in_without_leftover_tags(name: str, dx: Any) -> None:
    from pathlib import Path

    path = Path(documents.__file__).parent / "templates" / f"{name}.docx"
    pr = ProgressReport(STATE if "nd30" in name else ISSUANCE, "năm 2024", "UBND huyện", ROWS)
    data = (
        render_registration_letter(dx.seed_registration(), template=path)
        if name.startswith("cong-van")
        else render_progress_report(pr, template=path)
    )
    lines = dx.texts(dx.load(data))
    assert not any("{{" in x or "{%" in x for x in lines)
    if name.startswith("bao-cao"):
        assert "BÁO CÁO" in lines
        subject = "Kết quả thực hiện nhiệm vụ trọng tâm năm 2024"
        assert subject in lines or subject[0].lower() + subject[1:] in lines
        assert any(x == "Chỉ tiêu 0" for x in lines)  # the appendix table came along
