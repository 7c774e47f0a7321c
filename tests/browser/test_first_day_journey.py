"""A stranger's first day, in a real browser on the real clock, from the demo `trongtam setup --sample` leaves:
every role walks the whole cycle by clicking links and buttons by their Vietnamese names (no typed URLs after
the front page). The commune's office opens a cycle today; both units upload their proposal letter, one corrects a
target, both submit; the office consolidates and sends the list to the leader, who approves it with the keyboard
alone; a unit's 6-month report is refused for one bad value, fixed and submitted, and the office accepts it; the
leader reads the dashboard; at year end the unit reports the year, the office accepts and assesses it; the office
issues the list and the year-end assessment and the leader downloads them.

Walked at 390 px (a phone). Every page: no horizontal page scrolling, 0 serious or critical axe-core violations, no
console error or CSP violation, a screenshot under $TRONGTAM_ARTIFACTS/screenshots. The same cycle at 1366 px is
walked by test_keyboard_journey.py, with the keyboard alone and the same checks on each page this walk checked there
(it ran at 1366 px too, the suite's third-longest test: bench/README.md); clicking at a desktop width is
test_journey.py's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.browser.checks import PageChecks, autofocused, tab_to
from tests.browser.conftest import demo_data

pytestmark = [
    pytest.mark.browser,
    pytest.mark.serial,
    pytest.mark.slow,
    pytest.mark.django_db(transaction=True),
]

SEED = Path(__file__).resolve().parents[2] / "src/trongtam/registry/sample"
PASSWORD = "trongtam-demo"
OWNER = "Ban Thường vụ Đảng ủy xã Hữu Lũng"
OFFICE = "Văn phòng Đảng ủy xã Hữu Lũng"
COUNCIL = "Thường trực HĐND xã Hữu Lũng"
COMMITTEE = "UBND xã Hữu Lũng"


def sign_in(page, url: str, username: str) -> None:
    page.context.clear_cookies()
    page.goto(url)
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_load_state()


def to_cycle(page, year: int) -> None:
    """From any page: the main menu's cycle list, then the cycle by its title."""
    page.get_by_role("navigation", name="Điều hướng chính").get_by_role("link", name="Đợt đăng ký").click()
    page.get_by_role("link", name=f"Nhiệm vụ trọng tâm năm {year} của {OWNER}").first.click()


def report_of(page, period: re.Pattern[str], unit: str) -> None:
    """From the cycle page: the progress overview, then the unit's report of ``period``."""
    page.get_by_role("link", name="Báo cáo tiến độ").first.click()
    page.get_by_role("row", name=period).get_by_role("link", name=unit).click()


@pytest.mark.parametrize("width", [390])
def test_first_day_of_every_role(page, live_server, screenshot_dir, width):
    from datetime import timedelta

    from django.utils import timezone

    from trongtam.cli.server import _load_sample

    # The demo exactly as `trongtam setup --sample` loads it (the district's 2024 history with its demo progress,
    # the successor bodies' logins, the province's cascade sample).
    demo_data(_load_sample)
    today = timezone.localdate()
    year = today.year
    page.set_viewport_size({"width": width, "height": 900})
    check = PageChecks(page, width, screenshot_dir, f"ngay-dau-{width}")
    check.listen()
    home = f"{live_server.url}/"

    # 1. The commune's office opens a cycle today.
    sign_in(page, home, "xa-vanphong")
    check("01-dot-dang-ky")
    page.get_by_role("link", name="Mở đợt đăng ký mới").click()
    page.get_by_label("Cơ quan có nhiệm vụ trọng tâm").select_option(label=OWNER)
    page.get_by_label("Cơ quan tham mưu, tổng hợp").select_option(label=OFFICE)
    page.get_by_label("Năm").fill(str(year))
    page.get_by_label("Số công văn đề nghị").fill("15")
    page.get_by_label("Ký hiệu (ví dụ CV/HU)").fill("CV/ĐU")
    page.get_by_label("Ngày công văn (dd/mm/yyyy)").fill(today.strftime("%d/%m/%Y"))
    page.get_by_label("Tệp công văn").set_input_files(str(SEED / "seed-huu-lung-2024.docx"))
    # The file control speaks Vietnamese and names the chosen file.
    assert page.get_by_text("Chọn tệp…").first.is_visible()
    page.get_by_text("seed-huu-lung-2024.docx").first.wait_for()
    page.get_by_label("Đơn vị được đề nghị đề xuất").select_option(label=[COUNCIL, COMMITTEE])
    page.get_by_label("Hạn đề xuất (dd/mm/yyyy)").fill((today + timedelta(days=10)).strftime("%d/%m/%Y"))
    check("02-mo-dot")
    page.get_by_role("button", name="Mở đợt đăng ký").click()
    page.get_by_text("Đã mở đợt đăng ký").wait_for()
    check("03-dot-moi")

    # 2. Each unit uploads its letter (a real Word file from the sample), reviews what was read, submits.
    for username, filename, corrected in (
        ("xa-hdnd", "seed-huu-lung-2024.docx", "200.000"),
        ("xa-ubnd", "seed-huu-lung-2024.txt", None),
    ):
        sign_in(page, home, username)
        to_cycle(page, year)
        page.get_by_role("link", name="Đề xuất của đơn vị").click()
        page.get_by_label("Tải lên văn bản đề xuất").set_input_files(str(SEED / filename))
        page.get_by_text(filename).first.wait_for()
        check(f"04-de-xuat-{username}")
        page.get_by_role("button", name="Tải lên và đọc văn bản").click()
        page.get_by_text("Tổng thu ngân sách trên địa bàn").first.wait_for()
        if corrected:
            row = page.locator("form.target-row").first
            assert row.get_by_label("Giá trị").input_value() == "195.000"
            row.get_by_label("Giá trị").fill(corrected)
            row.get_by_role("button", name="Lưu").click()
            page.get_by_text("Đã lưu.").first.wait_for()
        check(f"05-ra-soat-{username}")
        page.get_by_label("Tôi đã rà soát các nhiệm vụ", exact=False).check()
        page.get_by_role("button", name="Gửi đề xuất").click()
        page.get_by_text("Đã gửi đề xuất tới văn phòng tổng hợp").wait_for()

    # 3. The office consolidates both proposals, settles the values the units disagree on, sends to the leader.
    sign_in(page, home, "xa-vanphong")
    to_cycle(page, year)
    page.get_by_role("link", name="Tổng hợp, phê duyệt").click()
    page.get_by_role("button", name="Tổng hợp các đề xuất đã gửi").click()
    page.get_by_text("Các đơn vị đề xuất giá trị khác nhau").first.wait_for()
    check("06-tong-hop")
    first = True
    while page.locator("form.choice").count():
        form = page.locator("form.choice").first
        if first:
            form.get_by_label(COUNCIL, exact=False).check()
            first = False
        else:
            form.get_by_role("radio").first.check()
        form.get_by_role("button", name="Chọn").click()
        page.get_by_text("Đã ghi nhận giá trị được chọn").wait_for()
    page.get_by_role("button", name="Trình lãnh đạo phê duyệt").click()
    page.get_by_text("Đã trình danh mục lên lãnh đạo").wait_for()

    # 4. The leader approves with the keyboard alone: Tab to each link or button, Enter or Space, focus visible.
    page.context.clear_cookies()
    page.goto(home)
    page.get_by_label("Tên đăng nhập").wait_for()
    autofocused(page, "id_username")  # the field has the focus when the page opens
    page.keyboard.type("xa-lanhdao")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    # Signing in lands on the start page ("Việc cần làm"); the main menu leads to the cycles.
    page.get_by_role("heading", name="Việc cần làm").wait_for()
    check("07-viec-can-lam-lanh-dao")
    tab_to(page, re.compile(r"^Đợt đăng ký"))
    page.keyboard.press("Enter")
    page.get_by_role("heading", name="Đợt đăng ký nhiệm vụ trọng tâm").wait_for()
    check("07-dot-cua-lanh-dao")
    tab_to(page, f"Nhiệm vụ trọng tâm năm {year} của {OWNER}")
    page.keyboard.press("Enter")
    page.get_by_role("heading", name=f"Nhiệm vụ trọng tâm năm {year} của {OWNER}").wait_for()
    tab_to(page, "Tổng hợp, phê duyệt")
    page.keyboard.press("Enter")
    page.get_by_role("link", name="Phê duyệt danh mục").wait_for()
    check("08-trinh-lanh-dao")
    tab_to(page, "Phê duyệt danh mục")
    page.keyboard.press("Enter")
    page.get_by_text("Lưu ý trước khi phê duyệt").wait_for()
    check("08-xac-nhan-phe-duyet")
    tab_to(page, "Xác nhận phê duyệt")
    page.keyboard.press("Space")
    page.get_by_text("Đã phê duyệt danh mục").wait_for()
    check("09-da-phe-duyet")

    # 5. The office sets up the reporting periods.
    sign_in(page, home, "xa-vanphong")
    to_cycle(page, year)
    page.get_by_role("link", name="Báo cáo tiến độ").first.click()
    page.get_by_role("button", name="Tạo các kỳ báo cáo mặc định", exact=False).click()
    page.get_by_role("row", name=re.compile("6 tháng đầu năm")).wait_for()
    check("10-ky-bao-cao")

    # 6. The council reports its 6 months: one value is not a number, the page says so, the unit fixes it.
    sign_in(page, home, "xa-hdnd")
    to_cycle(page, year)
    report_of(page, re.compile("6 tháng đầu năm"), COUNCIL)
    value = page.locator("input[id^=value_]").first
    value_id = value.get_attribute("id")
    value.fill("một trăm")
    check("11-bao-cao-6-thang")
    check.expect_console("status of 400")
    page.get_by_role("button", name="Lưu và gửi báo cáo").click()
    page.wait_for_load_state()
    field = page.locator(f"#{value_id}")
    if field.get_attribute("aria-invalid") == "true":
        # The error sits beside the field and is announced with it.
        error = page.locator(f"#{field.get_attribute('aria-describedby')}")
        assert error.is_visible() and error.inner_text().strip()
    else:
        # Until the report form shows errors beside their field: the error names the refused value.
        assert page.locator(".messages .error").filter(has_text="một trăm").is_visible()
    check("12-bao-cao-loi")
    field.fill("101.500")
    page.get_by_role("button", name="Lưu và gửi báo cáo").click()
    page.get_by_text("Đã gửi báo cáo").first.wait_for()
    check("13-bao-cao-da-gui")

    # 7. The office accepts the report; its values lock.
    sign_in(page, home, "xa-vanphong")
    to_cycle(page, year)
    report_of(page, re.compile("6 tháng đầu năm"), COUNCIL)
    page.get_by_role("button", name="Chấp nhận (khóa số liệu)").click()
    page.get_by_text("Đã chấp nhận báo cáo").wait_for()
    check("14-chap-nhan")

    # 8. The leader reads the dashboard.
    sign_in(page, home, "xa-lanhdao")
    to_cycle(page, year)
    page.get_by_role("link", name="Bảng theo dõi").click()
    page.locator("svg").first.wait_for()
    check("15-bang-dieu-khien")

    # 9. Year end: the council reports the year, the office accepts it and assesses the year.
    sign_in(page, home, "xa-hdnd")
    to_cycle(page, year)
    report_of(page, re.compile(rf"^Năm {year}"), COUNCIL)
    page.locator("input[id^=value_]").first.fill("210.000")
    page.get_by_role("button", name="Lưu và gửi báo cáo").click()
    page.get_by_text("Đã gửi báo cáo").first.wait_for()
    sign_in(page, home, "xa-vanphong")
    to_cycle(page, year)
    report_of(page, re.compile(rf"^Năm {year}"), COUNCIL)
    page.get_by_role("button", name="Chấp nhận (khóa số liệu)").click()
    page.get_by_text("Đã chấp nhận báo cáo").wait_for()
    page.get_by_role("navigation", name="Tiến độ và đánh giá").get_by_role("link", name="Đánh giá").click()
    page.get_by_label("Kỳ").select_option(label=f"Năm {year}")
    page.get_by_role("button", name="Xem").click()
    page.get_by_role("button", name="Đánh giá lại theo số liệu mới nhất").click()
    page.wait_for_load_state()
    check("16-danh-gia-nam")

    # 10. The office issues the list and the year-end assessment; the leader downloads them.
    to_cycle(page, year)
    page.get_by_role("link", name="Văn bản").click()
    # Issuing runs as a background job: its page offers the files, then leads back to the list.
    page.get_by_role("button", name="Tạo danh mục").click()
    page.get_by_role("link", name="Tải bản .docx").wait_for()
    page.get_by_role("link", name="Về trang văn bản của đợt").click()
    page.get_by_role("button", name="Tạo báo cáo đánh giá").click()
    page.get_by_role("link", name="Về trang văn bản của đợt").click()
    page.get_by_role("row", name=re.compile("đánh giá", re.I)).first.wait_for()
    check("17-van-ban-ban-hanh")
    sign_in(page, home, "xa-lanhdao")
    to_cycle(page, year)
    page.get_by_role("link", name="Văn bản").click()
    check("18-van-ban-lanh-dao")
    issued = page.get_by_role("region", name="Văn bản đã ban hành")
    with page.expect_download() as listing:
        issued.get_by_role("row", name=re.compile("Danh mục")).get_by_role("link", name=".docx").click()
    assert listing.value.suggested_filename.endswith(".docx")
    with page.expect_download() as assessment:
        issued.get_by_role("row", name=re.compile("đánh giá", re.I)).get_by_role("link", name=".docx").click()
    assert assessment.value.suggested_filename.endswith(".docx")
    from docx import Document

    text = "\n".join(p.text for p in Document(listing.value.path()).paragraphs)
    assert "DANH MỤC" in text.upper()

    assert check.pages >= 18
    assert not check.problems, "\n".join(check.problems)
