"""Documents issued from the data: read back as .docx (number line, tasks in order, signature, layout), PDF."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from docx.shared import Mm, Pt
from tests.registry.documents.docx_helpers import first_run, load, texts

from trongtam.registry import policy
from trongtam.registry.policy import SYSTEM


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


def issue(small, kind, user, **kw):
    from trongtam.registry.documents.services import Signing, document_issue

    kw.setdefault("signing", Signing(issued_on=date(2024, 7, 5)))
    return document_issue(cycle=small.cycle, kind=kind, user=user, **kw)


def docx_of(doc):
    from trongtam.registry.documents.services import document_docx

    return load(document_docx(document=doc))


def report_values(small, period_key=("half", 1), *, budget="120000", poverty="2.5", accept=False):
    from trongtam.registry.progress import services

    report = services.report_get_or_create(period=small.periods[period_key], unit=small.cast.unit)
    services.entry_save(
        report=report,
        target=small.budget,
        kind="official",
        value=Decimal(budget),
        version=None,
        explanation="x",
        user=SYSTEM,
    )
    services.entry_save(
        report=report,
        target=small.poverty,
        kind="estimate",
        value=Decimal(poverty),
        version=None,
        explanation="x",
        user=SYSTEM,
    )
    services.report_submit(report=report, user=SYSTEM)
    if accept:
        services.report_accept(report=report, user=policy.SYSTEM)
    return report


def test_the_registration_letter_of_a_state_unit_has_its_number_tasks_in_order_and_signature(small):
    doc = issue(small, "registration", small.cast.unit_staff, unit=small.cast.unit)
    assert doc.number_line == "Số: 01/HĐND-VP"
    d = docx_of(doc)
    lines = texts(d)
    assert "Số: 01/HĐND-VP" in lines
    assert "Hữu Lũng, ngày 05 tháng 7 năm 2024" in lines
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines
    order = [
        lines.index(x)
        for x in (
            "I. LĨNH VỰC KINH TẾ - XÃ HỘI",
            "1. Tổng thu ngân sách; giảm nghèo.",
            "2. Chỉ đạo tổ chức Lễ hội Trò Ngõ làng Giàng.",
            "II. LĨNH VỰC QUỐC PHÒNG, AN NINH",
            "1. Xây dựng nông thôn mới.",
        )
    ]
    assert order == sorted(order)
    # Signature block as the proposal gave it, stacked authorities, name last.
    sig = [lines.index(x) for x in ("TM. THƯỜNG TRỰC HĐND", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Mai Xuân Thắng")]
    assert sig == sorted(sig)
    assert lines[-1] == "Mai Xuân Thắng" or "Mai Xuân Thắng" in lines[-6:]
    # Nơi nhận 12 pt bold italic, its list 11 pt ending "- Lưu: VT, …"; Times New Roman, A4, margins.
    label = first_run(d, "Nơi nhận")
    assert (label.font.size, label.font.bold, label.font.italic) == (Pt(12), True, True)
    assert first_run(d, "- Ban Tổ chức Huyện ủy").font.size == Pt(11)
    assert any(x.startswith("- Lưu: VT") for x in lines)
    assert first_run(d, "Số: 01").font.name == "Times New Roman"
    section = d.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1) and abs(section.page_height - Mm(297)) < Mm(1)
    assert Mm(30) - Mm(0.5) <= section.left_margin <= Mm(35) + Mm(0.5)
    assert Mm(15) - Mm(0.5) <= section.right_margin <= Mm(20) + Mm(0.5)
    assert doc.created_by == small.cast.unit_staff


def test_the_approved_list_of_a_party_body_is_numbered_per_type_with_its_appendix_table(small):
    doc = issue(small, "task_list", small.cast.coordinator)
    assert doc.number_line == "Số 01-TB/HU"
    d = docx_of(doc)
    lines = texts(d)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in lines
    assert "Số 01-TB/HU" in lines
    assert "THÔNG BÁO" in lines
    assert "HUYỆN ỦY HỮU LŨNG" in lines and "ĐẢNG BỘ TỈNH LẠNG SƠN" in lines
    table = d.tables[-1]
    header = [c.text for c in table.rows[0].cells]
    assert header[:4] == ["STT", "Nhiệm vụ trọng tâm", "Chỉ tiêu", "Đơn vị chủ trì"]
    body = "\n".join(c.text for row in table.rows[1:] for c in row.cells)
    assert "Tổng thu ngân sách trên địa bàn: từ 195.000 triệu đồng trở lên" in body
    assert "Tỷ lệ hộ nghèo: không quá 3%" in body
    assert "Thường trực HĐND huyện Hữu Lũng" in body
    # A second document of another type starts its own sequence; the same type continues.
    assert issue(small, "assessment", small.cast.coordinator).number_line == "Số 01-BC/HU"
    assert issue(small, "task_list", small.cast.coordinator).number_line == "Số 02-TB/HU"


def test_the_progress_report_shows_plan_result_estimate_or_official_percent_and_status(small):
    report_values(small)
    issue(small, "registration", small.cast.unit_staff, unit=small.cast.unit)
    doc = issue(
        small, "progress", small.cast.unit_staff, unit=small.cast.unit, period=small.periods[("half", 1)]
    )
    # One register per state body and year, whatever the type: the letter took 01, the report 02.
    assert doc.number_line == "Số: 02/BC-HĐND"
    d = docx_of(doc)
    rows = [[c.text for c in r.cells] for r in d.tables[-1].rows]
    assert rows[0] == ["STT", "Chỉ tiêu", "Kế hoạch", "Kết quả", "Số liệu", "% so với KH", "Đánh giá"]
    budget = next(r for r in rows if r[1].startswith("Tổng thu"))
    assert budget[2] == "từ 195.000 triệu đồng trở lên"
    assert budget[3] == "120.000 triệu đồng" and budget[4] == "Chính thức"
    assert budget[5].endswith("%") and "," in budget[5]  # 61,5%
    poverty = next(r for r in rows if r[1].startswith("Tỷ lệ hộ nghèo"))
    assert poverty[3] == "2,5%" and poverty[4] == "Ước"
    assert all("nông thôn mới" not in r[1] for r in rows)  # the other unit's target is not in this report


def test_the_year_end_assessment_states_the_level_the_counts_and_carries_a_chart(small):
    report_values(small, ("year", 1), budget="200000", poverty="2", accept=True)
    doc = issue(small, "assessment", small.cast.coordinator)
    d = docx_of(doc)
    body = "\n".join(texts(d))
    assert "có 2/3 chỉ tiêu đạt và vượt kế hoạch" in body
    assert "hoàn thành" in body and "nhiệm vụ trọng tâm" in body
    assert "Tự đánh giá mức độ hoàn thành nhiệm vụ trọng tâm năm 2024:" in body
    assert d.inline_shapes, "the chart is embedded as a picture"
    assert doc.period == small.periods[("year", 1)]
    # The rule engine's reasoning stays on the office's screen, not in the issued report.
    for internal in ("Giả định đủ", "điểm chấm tay", "Không thuộc trường hợp", "Chưa đạt HT", "thực tế"):
        assert internal not in body, internal


def test_a_reminder_names_the_late_units_and_refuses_when_nobody_is_late(small):
    from trongtam.registry.documents.services import DocumentError, Signing

    doc = issue(
        small,
        "reminder",
        small.cast.coordinator,
        period=small.periods[("half", 1)],
        signing=Signing(date(2024, 7, 5)),
    )
    assert doc.number_line == "Số 01-CV/VPHU"
    body = "\n".join(texts(docx_of(doc)))
    assert "Thường trực HĐND huyện Hữu Lũng: chưa gửi báo cáo 6 tháng đầu năm 2024" in body
    assert "Đề nghị các cơ quan, đơn vị khẩn trương" in body
    with pytest.raises(DocumentError) as err:
        issue(
            small,
            "reminder",
            small.cast.coordinator,
            period=small.periods[("half", 1)],
            signing=Signing(date(2024, 6, 1)),
        )
    assert "Không có đơn vị nào chậm" in err.value.message_vi


def test_only_the_right_people_issue_each_kind(small):
    cast = small.cast
    with pytest.raises(PermissionDenied):
        issue(small, "task_list", cast.unit_staff)
    with pytest.raises(PermissionDenied):
        issue(small, "registration", cast.leader, unit=cast.unit)
    with pytest.raises(PermissionDenied):
        issue(small, "registration", cast.unit_staff, unit=cast.other_unit)
    from trongtam.registry.documents.models import IssuedDocument

    assert not IssuedDocument.objects.exists()


@pytest.mark.libreoffice
def test_the_pdf_has_the_number_line_and_pages_and_is_kept(small):
    from trongtam.core.rendering.pdf import find_soffice

    if find_soffice() is None:
        pytest.skip("LibreOffice is not installed")
    import io

    from pypdf import PdfReader

    from trongtam.registry.documents.services import document_pdf

    doc = issue(small, "task_list", small.cast.coordinator)
    pdf = document_pdf(document=doc)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2  # the notice, then the landscape appendix
    text = "".join(p.extract_text() for p in reader.pages)
    assert "Số 01-TB/HU" in text and "PHỤ LỤC" in text.upper()
    doc.refresh_from_db()
    assert doc.pdf and document_pdf(document=doc) == pdf


def test_without_libreoffice_the_pdf_fails_with_a_vietnamese_message(small, monkeypatch):
    from trongtam.core.errors import RenderError
    from trongtam.registry.documents.services import document_pdf

    monkeypatch.setenv("TRONGTAM_SOFFICE", "/khong/co/soffice")
    doc = issue(small, "task_list", small.cast.coordinator)
    with pytest.raises(RenderError) as err:
        document_pdf(document=doc)
    assert "Chưa cài LibreOffice" in err.value.message_vi


def test_an_offices_own_template_is_used_when_it_puts_one_in_the_template_folder(small, settings, tmp_path):
    from trongtam.core.rendering import default_template

    template = tmp_path / "task_list-hd36-2018.docx"
    template.write_bytes(default_template("hd36-2018", letter=False))
    settings.TRONGTAM_TEMPLATE_DIR = tmp_path
    lines = texts(docx_of(issue(small, "task_list", small.cast.coordinator)))
    assert "Số 01-TB/HU" in lines
    assert any("Tổng thu ngân sách" in x for x in lines)
