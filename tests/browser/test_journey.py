"""The whole journey in a real browser: open a cycle, propose, correct, submit, consolidate, approve, report,
see the dashboard and download the documents — each step screenshotted."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.browser.conftest import sign_in
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SEED = Path(__file__).resolve().parents[2] / "src/trongtam/registry/sample"


def shot(page, folder: Path, name: str) -> None:
    page.screenshot(path=folder / f"hanh-trinh-{name}.png", full_page=True)


def test_the_whole_journey(page, live_server, cast, screenshot_dir):
    # A second unit's staff member, so that two letters (the .docx and the .txt) meet in consolidation.
    from django.contrib.auth import get_user_model

    from trongtam.registry.organisations.services import membership_add

    ubnd = get_user_model().objects.create_user(username="ubnd", password=PASSWORD)
    membership_add(user=ubnd, organisation=cast.other_unit, role="unit_staff")

    # 1. The office opens a cycle.
    sign_in(page, live_server, "vanphong", PASSWORD)
    page.get_by_role("link", name="Mở đợt đăng ký mới").click()
    page.get_by_label("Cơ quan có nhiệm vụ trọng tâm").select_option(label=cast.board.name)
    page.get_by_label("Cơ quan tham mưu, tổng hợp").select_option(label=cast.office.name)
    page.get_by_label("Năm").fill("2025")
    page.get_by_label("Số công văn đề nghị").fill("1350")
    page.get_by_label("Ký hiệu (ví dụ CV/HU)").fill("CV/HU")
    page.get_by_label("Ngày công văn (dd/mm/yyyy)").fill("25/11/2024")
    page.get_by_label("Đơn vị được đề nghị đề xuất").select_option(
        label=[cast.unit.name, cast.other_unit.name]
    )
    page.get_by_label("Hạn đề xuất (dd/mm/yyyy)").fill("10/12/2099")
    shot(page, screenshot_dir, "01-mo-dot")
    page.get_by_role("button", name="Mở đợt đăng ký").click()
    page.get_by_text("Đã mở đợt đăng ký").wait_for()
    cycle_url = page.url

    # 2. Each unit uploads its letter, sees the extraction, corrects a target and submits.
    for username, filename, corrected in (
        ("hdnd", "seed-huu-lung-2024.docx", "200.000"),
        ("ubnd", "seed-huu-lung-2024.txt", None),
    ):
        sign_in(page, live_server, username, PASSWORD)
        page.goto(cycle_url)
        page.get_by_role("link", name="Đề xuất của đơn vị").click()
        page.locator("input[type=file]").set_input_files(str(SEED / filename))
        page.get_by_role("button", name="Tải lên và đọc văn bản").click()
        page.get_by_text("Tổng thu ngân sách trên địa bàn").first.wait_for()
        assert page.locator("mark").count() >= 20
        if corrected:
            value = page.locator("input[name=value]").first
            assert value.input_value() == "195.000"
            value.fill(corrected)
            page.get_by_role("button", name="Lưu").first.click()
            page.wait_for_timeout(500)
            page.reload()
            assert page.locator("input[name=value]").first.input_value() == corrected
        shot(page, screenshot_dir, f"02-ra-soat-{username}")
        page.get_by_label("Tôi đã rà soát các nhiệm vụ", exact=False).check()
        page.get_by_role("button", name="Gửi đề xuất").click()
        page.get_by_text("Đã gửi đề xuất tới văn phòng tổng hợp").wait_for()

    # 3. The office consolidates: one list, the two units' values for the budget side by side.
    sign_in(page, live_server, "vanphong", PASSWORD)
    page.goto(cycle_url)
    page.get_by_role("link", name="Tổng hợp, phê duyệt").click()
    page.get_by_role("button", name="Tổng hợp các đề xuất đã gửi").click()
    page.get_by_text("Các đơn vị đề xuất giá trị khác nhau").first.wait_for()
    assert page.locator("li.task").count() == 19
    shot(page, screenshot_dir, "03-tong-hop")
    choice = page.locator("form.choice").first
    choice.get_by_label("Thường trực HĐND huyện Hữu Lũng", exact=False).check()
    choice.get_by_role("button", name="Chọn").click()
    page.get_by_text("Đã ghi nhận giá trị được chọn").wait_for()
    while page.locator("form.choice").count():
        form = page.locator("form.choice").first
        form.locator("input[type=radio]").first.check()
        form.get_by_role("button", name="Chọn").click()
        page.get_by_text("Đã ghi nhận giá trị được chọn").wait_for()

    # 4. The leader approves.
    sign_in(page, live_server, "lanhdao", PASSWORD)
    page.goto(cycle_url)
    page.get_by_role("link", name="Tổng hợp, phê duyệt").click()
    page.get_by_role("button", name="Phê duyệt danh mục").click()
    page.wait_for_load_state()
    assert "Đã phê duyệt danh mục" in page.content(), page.locator(".messages").all_inner_texts()
    shot(page, screenshot_dir, "04-phe-duyet")

    # 5. The office sets up the reporting periods; the unit reports one.
    sign_in(page, live_server, "vanphong", PASSWORD)
    page.goto(cycle_url)
    page.get_by_role("link", name="Báo cáo tiến độ").click()
    page.get_by_role("button", name="Tạo các kỳ báo cáo mặc định").click()
    sign_in(page, live_server, "hdnd", PASSWORD)
    page.goto(cycle_url)
    page.get_by_role("link", name="Báo cáo tiến độ").click()
    page.get_by_role("row", name="6 tháng").get_by_role("link", name=cast.unit.name).click()
    first_value = page.locator("input[id^=value_]").first
    first_value.fill("101.500")
    shot(page, screenshot_dir, "05-bao-cao")
    page.get_by_role("button", name="Lưu và gửi báo cáo").click()
    page.wait_for_load_state()
    shot(page, screenshot_dir, "06-bao-cao-da-gui")

    # 6. The leader sees the dashboard and downloads the documents.
    sign_in(page, live_server, "lanhdao", PASSWORD)
    page.goto(cycle_url)
    page.get_by_role("link", name="Bảng điều khiển").click()
    page.locator("svg").first.wait_for()
    shot(page, screenshot_dir, "07-bang-dieu-khien")
    # The office issues the approved list as an official document; the leader downloads it.
    sign_in(page, live_server, "vanphong", PASSWORD)
    page.goto(cycle_url)
    page.get_by_role("link", name="Văn bản").click()
    page.get_by_role("button", name="Tạo danh mục").click()
    page.get_by_role("link", name=".docx").first.wait_for()
    sign_in(page, live_server, "lanhdao", PASSWORD)
    page.goto(cycle_url)
    page.get_by_role("link", name="Văn bản").click()
    shot(page, screenshot_dir, "08-van-ban")
    with page.expect_download() as docx:
        page.get_by_role("link", name=".docx").first.click()
    assert docx.value.suggested_filename.endswith(".docx")
    with page.expect_download() as xlsx:
        page.get_by_role("link", name="Danh mục nhiệm vụ trọng tâm").click()
    assert xlsx.value.suggested_filename.endswith(".xlsx")
    from docx import Document

    text = "\n".join(p.text for p in Document(docx.value.path()).paragraphs)
    assert "DANH MỤC" in text.upper()
