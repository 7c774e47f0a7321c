"""The whole journey in a real browser, on the real clock, with the demo logins `make run` prints: the commune
that took over from Hữu Lũng district opens a cycle today, its units propose, correct and submit, the office
consolidates and sends the list to the leader, who approves; a unit reports, the leader reads the dashboard and
downloads the documents — each step screenshotted, and no page logs a Content-Security-Policy error."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.browser.checks import screenshot
from tests.browser.conftest import demo_data, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SEED = Path(__file__).resolve().parents[2] / "src/trongtam/registry/sample"
COUNCIL = "Thường trực HĐND xã Hữu Lũng"
COMMITTEE = "UBND xã Hữu Lũng"


def shot(page, folder: Path, name: str) -> None:
    screenshot(page, folder / f"hanh-trinh-{name}.png")


def test_the_whole_journey(page, live_server, screenshot_dir):
    from datetime import timedelta

    from django.utils import timezone

    from trongtam.registry.sample import DEMO_PASSWORD as PASSWORD
    from trongtam.registry.sample import sample_load

    # The demo as `make run` leaves it: the 2024 district cycle as history, the successors' logins.
    demo_data(sample_load)
    today = timezone.localdate()
    problems: list[str] = []
    page.on(
        "console",
        lambda m: (
            problems.append(f"{page.url}: {m.text}")
            if m.type == "error" or "Content Security Policy" in m.text or "Refused to" in m.text
            else None
        ),
    )
    page.on("pageerror", lambda e: problems.append(f"{page.url}: {e}"))

    # 1. The commune's office opens a cycle for this year, today.
    sign_in(page, live_server, "xa-vanphong", PASSWORD)
    page.get_by_role("link", name="Mở đợt đăng ký mới").click()
    page.get_by_label("Cơ quan có nhiệm vụ trọng tâm").select_option(
        label="Ban Thường vụ Đảng ủy xã Hữu Lũng"
    )
    page.get_by_label("Cơ quan tham mưu, tổng hợp").select_option(label="Văn phòng Đảng ủy xã Hữu Lũng")
    page.get_by_label("Năm").fill(str(today.year))
    page.get_by_label("Số công văn đề nghị").fill("15")
    page.get_by_label("Ký hiệu (ví dụ CV/HU)").fill("CV/ĐU")
    page.get_by_label("Ngày công văn (dd/mm/yyyy)").fill(today.strftime("%d/%m/%Y"))
    page.get_by_label("Tệp công văn").set_input_files(str(SEED / "seed-huu-lung-2024.txt"))
    page.get_by_label("Đơn vị được đề nghị đề xuất").select_option(label=[COUNCIL, COMMITTEE])
    page.get_by_label("Hạn đề xuất (dd/mm/yyyy)").fill((today + timedelta(days=10)).strftime("%d/%m/%Y"))
    shot(page, screenshot_dir, "01-mo-dot")
    page.get_by_role("button", name="Mở đợt đăng ký").click()
    page.get_by_text("Đã mở đợt đăng ký").wait_for()
    cycle_url = page.url
    # The letter's real issuer is the commune's Party committee, and the letter can be downloaded.
    assert page.get_by_text("Số 15-CV/ĐU").is_visible()
    assert "của Đảng ủy xã Hữu Lũng" in page.content()
    with page.expect_download() as letter:
        page.get_by_role("link", name="Tải công văn", exact=False).click()
    name = letter.value.suggested_filename  # storage may add a suffix when the name is taken
    assert name.startswith("seed-huu-lung-2024") and name.endswith(".txt") and "/" not in name

    # 2. Each unit uploads its letter, sees the extraction, corrects a target and submits.
    for username, filename, corrected in (
        ("xa-hdnd", "seed-huu-lung-2024.docx", "200.000"),
        ("xa-ubnd", "seed-huu-lung-2024.txt", None),
    ):
        sign_in(page, live_server, username, PASSWORD)
        page.goto(cycle_url)
        page.get_by_role("link", name="Đề xuất của đơn vị").click()
        page.locator("input[type=file]").set_input_files(str(SEED / filename))
        page.get_by_role("button", name="Tải lên và đọc văn bản").click()
        page.get_by_text("Tổng thu ngân sách trên địa bàn").first.wait_for()
        # The page before the upload may show that text too (the cycle's tasks): wait for the reading's own marks, so
        # a slow machine does not count them on the page being left.
        page.locator("mark").nth(19).wait_for()
        assert page.locator("mark").count() >= 20
        if corrected:
            value = page.locator("input[name=value]").first
            assert value.input_value() == "195.000"
            value.fill(corrected)
            page.get_by_role("button", name="Lưu").first.click()
            page.get_by_text("Đã lưu.").first.wait_for()  # the row is saved: only then read the page again
            page.reload()
            assert page.locator("input[name=value]").first.input_value() == corrected
            # Adding a target empties the form (no inline handler for the CSP to block): a second click
            # cannot add the same target twice.
            first_task = page.locator("details.target-add").first
            rows = page.locator(".trows").first.locator("form.target-row")
            before = rows.count()
            first_task.locator("summary").click()
            first_task.get_by_label("Chỉ tiêu").fill("số hộ được hỗ trợ nhà ở")
            first_task.get_by_label("Giá trị").fill("12")
            first_task.get_by_role("button", name="Thêm chỉ tiêu").click()
            page.wait_for_function(
                "(n) => document.querySelectorAll('.trows')[0].querySelectorAll('form.target-row').length > n",
                arg=before,
            )
            assert first_task.get_by_label("Chỉ tiêu").input_value() == ""
            # The empty form is refused in the browser (the indicator is required): no request is sent, which the
            # click's own events settle (htmx:beforeRequest would fire within them), so nothing is left to wait for.
            page.evaluate(
                "() => { window.__sent = false; document.addEventListener('htmx:beforeRequest', "
                "() => { window.__sent = true; }); }"
            )
            first_task.get_by_role("button", name="Thêm chỉ tiêu").click()
            refused = first_task.locator("form").evaluate(
                "f => ({valid: f.checkValidity(), sent: window.__sent})"
            )
            assert refused == {"valid": False, "sent": False}, refused
            assert rows.count() == before + 1
        shot(page, screenshot_dir, f"02-ra-soat-{username}")
        page.get_by_label("Tôi đã rà soát các nhiệm vụ", exact=False).check()
        page.get_by_role("button", name="Gửi đề xuất").click()
        page.get_by_text("Đã gửi đề xuất tới văn phòng tổng hợp").wait_for()

    # 3. The office consolidates: one list, the two units' values for the budget side by side.
    sign_in(page, live_server, "xa-vanphong", PASSWORD)
    page.goto(cycle_url)
    page.get_by_role("link", name="Tổng hợp, phê duyệt").click()
    page.get_by_role("button", name="Tổng hợp các đề xuất đã gửi").click()
    page.get_by_text("Các đơn vị đề xuất giá trị khác nhau").first.wait_for()
    assert page.locator("li.task").count() == 19
    shot(page, screenshot_dir, "03-tong-hop")
    choice = page.locator("form.choice").first
    choice.get_by_label(COUNCIL, exact=False).check()
    choice.get_by_role("button", name="Chọn").click()
    page.get_by_text("Đã ghi nhận giá trị được chọn").wait_for()
    while page.locator("form.choice").count():
        form = page.locator("form.choice").first
        form.locator("input[type=radio]").first.check()
        form.get_by_role("button", name="Chọn").click()
        page.get_by_text("Đã ghi nhận giá trị được chọn").wait_for()

    # The office sends the list to the leader, a step of its own.
    page.get_by_role("button", name="Trình lãnh đạo phê duyệt").click()
    page.get_by_text("Đã trình danh mục lên lãnh đạo").wait_for()

    # 4. The leader approves, after a confirmation that says the deadline has not passed yet.
    sign_in(page, live_server, "xa-lanhdao", PASSWORD)
    page.goto(cycle_url)
    page.get_by_role("link", name="Tổng hợp, phê duyệt").click()
    page.get_by_role("link", name="Phê duyệt danh mục").click()
    page.get_by_text("Lưu ý trước khi phê duyệt").wait_for()
    assert "chưa qua" in page.content()
    shot(page, screenshot_dir, "04-xac-nhan-phe-duyet")
    page.get_by_role("button", name="Xác nhận phê duyệt").click()
    page.wait_for_load_state()
    assert "Đã phê duyệt danh mục" in page.content(), page.locator(".messages").all_inner_texts()
    shot(page, screenshot_dir, "04-phe-duyet")

    # 5. The office sets up the reporting periods; the unit reports one.
    sign_in(page, live_server, "xa-vanphong", PASSWORD)
    page.goto(cycle_url)
    page.get_by_role("link", name="Báo cáo tiến độ").click()
    page.get_by_role("button", name="Tạo các kỳ báo cáo mặc định").click()
    sign_in(page, live_server, "xa-hdnd", PASSWORD)
    page.goto(cycle_url)
    page.get_by_role("link", name="Báo cáo tiến độ").click()
    page.get_by_role("row", name="6 tháng").get_by_role("link", name=COUNCIL).click()
    first_value = page.locator("input[id^=value_]").first
    first_value.fill("101.500")
    shot(page, screenshot_dir, "05-bao-cao")
    page.get_by_role("button", name="Lưu và gửi báo cáo").click()
    page.wait_for_load_state()
    shot(page, screenshot_dir, "06-bao-cao-da-gui")

    # 6. The leader sees the dashboard and downloads the documents.
    sign_in(page, live_server, "xa-lanhdao", PASSWORD)
    page.goto(cycle_url)
    page.get_by_role("link", name="Bảng theo dõi").click()
    page.locator("svg").first.wait_for()
    shot(page, screenshot_dir, "07-bang-theo-doi")
    # The office issues the approved list as an official document; the leader downloads it.
    sign_in(page, live_server, "xa-vanphong", PASSWORD)
    page.goto(cycle_url)
    page.get_by_role("link", name="Văn bản").click()
    page.get_by_role("button", name="Tạo danh mục").click()
    page.get_by_role("link", name="Tải bản .docx").wait_for()  # the issuing job's page
    sign_in(page, live_server, "xa-lanhdao", PASSWORD)
    page.goto(cycle_url)
    page.get_by_role("link", name="Văn bản").click()
    shot(page, screenshot_dir, "08-van-ban")
    with page.expect_download() as docx:
        page.get_by_role("link", name=".docx").first.click()
    # Named from its number and title, in Vietnamese.
    assert docx.value.suggested_filename.endswith(" Danh mục nhiệm vụ trọng tâm.docx")
    with page.expect_download() as xlsx:
        page.get_by_role("link", name="Danh mục nhiệm vụ trọng tâm").click()
    assert xlsx.value.suggested_filename.endswith(".xlsx")
    from docx import Document

    text = "\n".join(p.text for p in Document(docx.value.path()).paragraphs)
    assert "DANH MỤC" in text.upper()

    assert not problems, problems
