"""The first day again, with the keyboard alone, for every role (issue 14 §9): Tab, Shift+Tab, Enter, Space, the arrow
keys and typing — no mouse, and no typed address after each role's login page. The office opens a cycle (its letter
chosen from the file field by keyboard); both units upload their proposal and submit it, one after correcting a
target, the other after deleting one; the office consolidates, settles the values the units disagree on and sends
the list; the leader approves it; a unit's 6-month report is refused for one bad value and fixed from the error
summary; the office accepts it; the leader reads and prints the dashboard; at year end the unit reports, the office
accepts, assesses and prints the assessment, then issues the list and the assessment report, which the leader
downloads.

Every element the focus passes shows it (an outline or a box-shadow); the "skip to content" link is the first stop
of each role's start page and leads into the content; every page is held to PageChecks (axe-core, console, CSP,
screenshots under $TRONGTAM_ARTIFACTS/screenshots). Walked at 1366 px, on the real clock, from `setup --sample`.

This is the suite's walk of the whole cycle at 1366 px (issue 14: every role through the whole cycle at 1366 px and
at 390 px, with axe and console checks, and with the keyboard alone): the first-day walk by mouse
(test_first_day_journey.py) walks it at 390 px, and the pages it checked at 1366 px are checked here, the leader's
included. Clicking at a desktop width is test_journey.py's."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from tests.browser.checks import STUB_PRINT, PageChecks, autofocused, focused, tab_to
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
SKIP = "Bỏ qua đến nội dung"


@contextmanager
def loads(page: Any) -> Iterator[None]:
    """The key pressed inside opens a new page; wait until it has loaded (and its scripts have run)."""
    with page.expect_navigation():
        yield


def press_on(page: Any, name: str | re.Pattern[str], key: str = "Enter", **where: Any) -> None:
    """Tab to ``name`` and press ``key`` on it, which opens another page."""
    tab_to(page, name, **where)
    with loads(page):
        page.keyboard.press(key)


def sign_in(page: Any, home: str, username: str) -> None:
    """The login page (the one address typed for each role), then the keyboard: the name field has the focus."""
    page.context.clear_cookies()
    page.goto(home)
    page.get_by_label("Tên đăng nhập").wait_for()
    autofocused(page, "id_username")
    assert focused(page)["id"] == "id_username"
    page.keyboard.type(username)
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    with loads(page):
        page.keyboard.press("Enter")
    page.get_by_role("heading", name="Việc cần làm").wait_for()
    skip_to_content(page)


def skip_to_content(page: Any) -> None:
    """The first Tab of a page reaches the "skip to content" link, shown on screen while it has the focus; Enter
    on it sends the next Tab into the content, past the header's menu. Then back up to the menu."""
    page.keyboard.press("Tab")
    now = focused(page)
    assert now is not None and now["text"].strip() == SKIP, now
    assert now["visible"] and now["ring"]
    box = page.evaluate(
        "(() => { const r = document.activeElement.getBoundingClientRect(); return [r.left, r.top]; })()"
    )
    assert box[0] >= 0 and box[1] >= 0, f"the skip link is off screen while focused: {box}"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('main')"), focused(page)


def to_cycle(page: Any, year: int, check: Any = None) -> None:
    """From any page: the main menu's cycle list (Shift+Tab from the content reaches the menu), then the cycle;
    ``check(name)`` the list on the way when given."""
    press_on(page, re.compile(r"^Đợt đăng ký\s*$"), back=True)
    page.get_by_role("heading", name="Đợt đăng ký nhiệm vụ trọng tâm").wait_for()
    if check is not None:
        check()
    press_on(page, f"Nhiệm vụ trọng tâm năm {year} của {OWNER}")
    page.get_by_role("heading", name=f"Nhiệm vụ trọng tâm năm {year} của {OWNER}").wait_for()


def choose(page: Any, option: str) -> None:
    """In the focused drop-down list: Home, then the down arrow until ``option`` is chosen."""
    page.keyboard.press("Home")
    for _ in range(60):
        if page.evaluate("document.activeElement.selectedOptions[0].text").strip() == option:
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"the arrow keys never chose {option!r}")


def choose_many(page: Any, options: list[str]) -> None:
    """In the focused list box of several choices: the first with the arrows, each next with Ctrl+arrows (moving
    without choosing) and Ctrl+Space (adding it)."""
    texts = [t.strip() for t in page.evaluate("[...document.activeElement.options].map(o => o.text)")]
    wanted = sorted(texts.index(o) for o in options)
    page.keyboard.press("Home")
    for _ in range(wanted[0]):
        page.keyboard.press("ArrowDown")
    at = wanted[0]
    for index in wanted[1:]:
        for _ in range(index - at):
            page.keyboard.press("Control+ArrowDown")
        page.keyboard.press("Control+Space")
        at = index
    chosen = page.evaluate("[...document.activeElement.selectedOptions].map(o => o.text.trim())")
    assert sorted(chosen) == sorted(options), chosen


def type_into(page: Any, text: str) -> None:
    """Replace the focused field's text."""
    page.keyboard.press("Control+a")
    page.keyboard.type(text)


def choose_file(page: Any, label: str, path: Path) -> None:
    """Tab to the file field, open the browser's file dialog with Space and pick ``path`` in it."""
    tab_to(page, label)
    # Under load chromium may drop the first key's dialog (it opens none while the page is still busy):
    # Space again, still with the keyboard alone, up to three times.
    for attempt in range(3):
        try:
            with page.expect_file_chooser(timeout=8000) as chooser:
                page.keyboard.press("Space")
            break
        except PlaywrightTimeout:
            if attempt == 2:
                raise
    chooser.value.set_files(str(path))
    page.get_by_text(path.name).first.wait_for()


def printed(page: Any, name: str) -> None:
    """The page's print button, reached and pressed by keyboard, opens the browser's print dialog."""
    page.evaluate(STUB_PRINT)
    tab_to(page, name)
    page.keyboard.press("Enter")
    assert page.evaluate("window.__printed"), "the print dialog did not open"


def test_every_role_with_the_keyboard_alone(page, live_server, screenshot_dir):
    from django.utils import timezone

    from trongtam.cli.server import _load_sample

    demo_data(_load_sample)
    today = timezone.localdate()
    year = today.year
    width = 1366
    page.set_viewport_size({"width": width, "height": 900})
    check = PageChecks(page, width, screenshot_dir, f"ban-phim-{width}")
    check.listen()
    home = f"{live_server.url}/"

    # 1. The office opens a cycle today: drop-down lists with the arrows, several units with Ctrl+Space, the letter
    #    chosen in the file dialog that Space opens.
    sign_in(page, home, "xa-vanphong")
    check("01-viec-can-lam")
    press_on(page, "Mở đợt đăng ký mới")
    tab_to(page, "Cơ quan có nhiệm vụ trọng tâm")
    choose(page, OWNER)
    tab_to(page, "Cơ quan tham mưu, tổng hợp")
    choose(page, OFFICE)
    tab_to(page, re.compile(r"^\S*\s*Năm$"))
    type_into(page, str(year))
    tab_to(page, "Số công văn đề nghị")
    type_into(page, "15")
    tab_to(page, "Ký hiệu")
    type_into(page, "CV/ĐU")
    tab_to(page, "Ngày công văn")
    type_into(page, today.strftime("%d/%m/%Y"))
    choose_file(page, "Tệp công văn", SEED / "seed-huu-lung-2024.docx")
    tab_to(page, "Đơn vị được đề nghị đề xuất")
    choose_many(page, [COUNCIL, COMMITTEE])
    tab_to(page, "Hạn đề xuất")
    type_into(page, (today + timedelta(days=10)).strftime("%d/%m/%Y"))
    check("02-mo-dot")
    press_on(page, re.compile(r"^Mở đợt đăng ký\s*$"))
    page.get_by_text("Đã mở đợt đăng ký").wait_for()
    check("03-dot-moi")

    # 2. Each unit uploads its letter; the council corrects a value (Enter in the field saves the row and keeps the
    #    focus there), the committee deletes a target; both tick the confirmation with Space and submit.
    for username, filename, corrected in (
        ("xa-hdnd", "seed-huu-lung-2024.docx", "200.000"),
        ("xa-ubnd", "seed-huu-lung-2024.txt", None),
    ):
        sign_in(page, home, username)
        to_cycle(page, year)
        press_on(page, "Đề xuất của đơn vị")
        choose_file(page, "Tải lên văn bản đề xuất", SEED / filename)
        check(f"04-de-xuat-{username}")
        press_on(page, "Tải lên và đọc văn bản")
        page.get_by_text("Tổng thu ngân sách trên địa bàn").first.wait_for()
        if corrected:
            field = tab_to(page, re.compile(r"Giá trị"), limit=200)
            assert page.evaluate("document.activeElement.value") == "195.000"
            type_into(page, corrected)
            page.keyboard.press("Enter")
            page.get_by_text("Đã lưu.").first.wait_for()
            assert focused(page)["id"] == field["id"], "saving the row lost the focus"
        else:
            # A target deleted with its "Xóa" button (Enter, then the browser's confirmation accepted): the focus moves
            # on to the next row instead of falling back to the top of the page.
            while tab_to(page, re.compile(r"^Xóa\s*$"), limit=200)["tag"] != "button":
                pass  # a task's "Xóa" (a disclosure), not a target's
            row = page.evaluate("document.activeElement.closest('form').id")
            # The first control after the row, marked to be found again.
            page.evaluate(
                """(() => { const all = [...document.querySelectorAll(
                        'input:not([type=hidden]), select, textarea, button, a[href], summary')]
                    .filter(e => e.getClientRects().length);
                    const row = document.activeElement.closest('form');
                    all.slice(all.indexOf(document.activeElement)).find(e => !row.contains(e))
                        .dataset.nextAfterDeleted = ''; })()"""
            )
            page.once("dialog", lambda dialog: dialog.accept())
            page.keyboard.press("Enter")
            page.locator(f"#{row}").wait_for(state="detached")
            now = focused(page)
            assert now is not None and now["visible"] and now["ring"], now
            assert page.evaluate("document.activeElement.matches('[data-next-after-deleted]')"), now
        check(f"05-ra-soat-{username}")
        # Past the hundreds of fields of the targets: the page's own link to its submit section, near its top.
        tab_to(page, "Đến phần gửi đề xuất", back=True, limit=60)
        page.keyboard.press("Enter")
        tab_to(page, "Tôi đã rà soát các nhiệm vụ", limit=3)
        page.keyboard.press("Space")
        assert page.evaluate("document.activeElement.checked")
        press_on(page, re.compile(r"^Gửi đề xuất\s*$"))
        page.get_by_text("Đã gửi đề xuất tới văn phòng tổng hợp").wait_for()

    # 3. The office consolidates, picks a value for each target the units disagree on (Space on a radio button, the
    #    council's value), sends the list to the leader.
    sign_in(page, home, "xa-vanphong")
    to_cycle(page, year)
    press_on(page, "Tổng hợp, phê duyệt")
    press_on(page, "Tổng hợp các đề xuất đã gửi")
    page.get_by_text("Các đơn vị đề xuất giá trị khác nhau").first.wait_for()
    check("06-tong-hop")
    while page.locator("form.choice").count():
        tab_to(page, f"{COUNCIL}:", limit=400)
        page.keyboard.press("Space")
        assert page.evaluate("document.activeElement.checked")
        press_on(page, re.compile(r"^Chọn\s*$"))
        page.get_by_text("Đã ghi nhận giá trị được chọn").wait_for()
    press_on(page, "Trình lãnh đạo phê duyệt", limit=400)
    page.get_by_text("Đã trình danh mục lên lãnh đạo").wait_for()

    # 4. The leader approves: the start page, the cycle list, the list sent up, the confirmation page, its button
    #    pressed with Space.
    sign_in(page, home, "xa-lanhdao")
    check("07-viec-can-lam-lanh-dao")
    to_cycle(page, year, lambda: check("07-dot-cua-lanh-dao"))
    press_on(page, "Tổng hợp, phê duyệt")
    page.get_by_role("link", name="Phê duyệt danh mục").wait_for()
    check("07-trinh-lanh-dao")
    press_on(page, "Phê duyệt danh mục")
    page.get_by_text("Lưu ý trước khi phê duyệt").wait_for()
    check("07-xac-nhan-phe-duyet")
    press_on(page, "Xác nhận phê duyệt", key="Space")
    page.get_by_text("Đã phê duyệt danh mục").wait_for()
    check("07-da-phe-duyet")

    # 5. The office sets up the reporting periods.
    sign_in(page, home, "xa-vanphong")
    to_cycle(page, year)
    press_on(page, "Báo cáo tiến độ")
    press_on(page, "Tạo các kỳ báo cáo mặc định")
    page.get_by_role("row", name=re.compile("6 tháng đầu năm")).wait_for()
    check("08-ky-bao-cao")

    # 6. The council's 6-month report: one value is not a number. The refused page puts the focus on its summary of
    #    errors; Tab reaches the error's link, Enter puts the focus in the field, the unit fixes it and submits.
    sign_in(page, home, "xa-hdnd")
    to_cycle(page, year)
    press_on(page, "Báo cáo tiến độ")
    half = re.compile("6 tháng đầu năm")
    press_on(page, COUNCIL, row=half)
    value = tab_to(page, re.compile(r"Số (phát sinh|lũy kế)"))
    assert value["id"].startswith("value_")
    type_into(page, "một trăm")
    check("09-bao-cao-6-thang")
    check.expect_console("status of 400")
    press_on(page, re.compile(r"^Lưu và gửi báo cáo\s*$"), limit=300)
    summary = focused(page)
    assert summary is not None and summary["id"] == "loi-nhap", summary
    assert summary["visible"] and summary["ring"]
    check("10-bao-cao-loi")
    tab_to(page, "một trăm")
    page.keyboard.press("Enter")
    assert focused(page)["id"] == value["id"], "the error's link did not put the focus in its field"
    type_into(page, "101.500")
    press_on(page, re.compile(r"^Lưu và gửi báo cáo\s*$"), limit=300)
    page.get_by_text("Đã gửi báo cáo").first.wait_for()
    check("11-bao-cao-da-gui")

    # 7. The office accepts the report.
    sign_in(page, home, "xa-vanphong")
    to_cycle(page, year)
    press_on(page, "Báo cáo tiến độ")
    press_on(page, COUNCIL, row=half)
    press_on(page, "Chấp nhận (khóa số liệu)", limit=300)
    page.get_by_text("Đã chấp nhận báo cáo").wait_for()
    check("12-chap-nhan")

    # 8. The leader reads the dashboard and prints it with its button.
    sign_in(page, home, "xa-lanhdao")
    to_cycle(page, year)
    press_on(page, "Bảng theo dõi")
    page.locator("svg").first.wait_for()
    check("13-bang-theo-doi")
    printed(page, "In bảng theo dõi")

    # 9. Year end: the council reports the year; the office accepts it, assesses the year and prints the assessment.
    whole = re.compile(rf"^Năm {year}")
    sign_in(page, home, "xa-hdnd")
    to_cycle(page, year)
    press_on(page, "Báo cáo tiến độ")
    press_on(page, COUNCIL, row=whole)
    tab_to(page, re.compile(r"Số (phát sinh|lũy kế)"))
    type_into(page, "210.000")
    press_on(page, re.compile(r"^Lưu và gửi báo cáo\s*$"), limit=300)
    page.get_by_text("Đã gửi báo cáo").first.wait_for()
    sign_in(page, home, "xa-vanphong")
    to_cycle(page, year)
    press_on(page, "Báo cáo tiến độ")
    press_on(page, COUNCIL, row=whole)
    press_on(page, "Chấp nhận (khóa số liệu)", limit=300)
    page.get_by_text("Đã chấp nhận báo cáo").wait_for()
    press_on(page, re.compile(r"^Đánh giá\s*$"))
    tab_to(page, re.compile(r"\bKỳ$"))
    choose(page, f"Năm {year}")
    press_on(page, re.compile(r"^Xem\s*$"))
    press_on(page, "Đánh giá lại theo số liệu mới nhất")
    check("14-danh-gia-nam")
    printed(page, "In kết quả đánh giá")

    # 10. The office issues the list and the assessment report; the leader downloads both with Enter.
    to_cycle(page, year)
    press_on(page, re.compile(r"^Văn bản\s*$"))
    # Issuing runs as a background job: its page offers the files, then leads back to the list.
    press_on(page, re.compile(r"^Tạo danh mục\s*$"))
    page.get_by_role("link", name="Tải bản .docx").wait_for()
    press_on(page, "Về trang văn bản của đợt")
    press_on(page, "Tạo báo cáo đánh giá")
    page.get_by_role("link", name="Tải bản .docx").wait_for()
    press_on(page, "Về trang văn bản của đợt")
    page.get_by_role("row", name=re.compile("đánh giá", re.I)).first.wait_for()
    check("15-van-ban-ban-hanh")
    sign_in(page, home, "xa-lanhdao")
    to_cycle(page, year)
    press_on(page, re.compile(r"^Văn bản\s*$"))
    check("16-van-ban-lanh-dao")
    for kind in (re.compile("Danh mục"), re.compile("đánh giá", re.I)):
        tab_to(page, ".docx", row=kind)
        with page.expect_download() as download:
            page.keyboard.press("Enter")
        assert download.value.suggested_filename.endswith(".docx")

    assert check.pages >= 16
    assert not check.problems, "\n".join(check.problems)
