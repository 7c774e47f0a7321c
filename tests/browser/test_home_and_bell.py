"""In a real browser: the start page's next step opens the unit's own report, and the bell counts what is new."""

from __future__ import annotations

import pytest
from tests.browser.conftest import sign_in
from tests.conftest import PASSWORD, submit_january

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_unit_goes_from_its_start_page_to_its_own_report_and_reads_its_notification(
    page, live_server, small, screenshot_dir
):
    from trongtam.registry.progress import services as progress

    cast = small.cast
    jan = small.periods[("month", 1)]
    report = submit_january(small)
    progress.report_return(report=report, reason="Thiếu minh chứng.", user=cast.coordinator)

    sign_in(page, live_server, "hdnd", PASSWORD)
    page.get_by_role("heading", name="Việc cần làm").wait_for()
    page.screenshot(path=screenshot_dir / "viec-can-lam-don-vi.png", full_page=True)
    bell = page.get_by_role("link", name="Thông báo:", exact=False)
    assert "chưa đọc" in (bell.get_attribute("aria-label") or "")

    row = page.get_by_role("row", name="Sửa và gửi lại báo cáo tiến độ Tháng 1/2024", exact=False)
    row.get_by_role("link", name="Mở báo cáo").click()
    page.wait_for_url(f"**/dot/{small.cycle.id}/tien-do/ky/{jan.id}/don-vi/{cast.unit.id}/")

    bell.click()
    page.get_by_text("Báo cáo tiến độ Tháng 1/2024 bị trả lại: Thiếu minh chứng.").wait_for()
    page.screenshot(path=screenshot_dir / "thong-bao.png", full_page=True)
    page.get_by_role("button", name="Mở").first.click()
    page.wait_for_url(f"**/don-vi/{cast.unit.id}/")
    assert page.get_by_role("link", name="Thông báo", exact=True).is_visible()  # nothing unread any more
