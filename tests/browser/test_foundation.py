"""The sample cycle as a person sees it: sign in, the cycle list, the cycle page with its tasks and targets."""

from __future__ import annotations

import pytest
from tests.browser.conftest import demo_data, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_user_signs_in_and_reads_the_sample_cycle(page, live_server, screenshot_dir):
    from trongtam.registry.sample import DEMO_PASSWORD, sample_load

    cycle = demo_data(sample_load).cycle
    page.goto(live_server.url + "/")
    assert page.get_by_role("heading", name="Đăng nhập").is_visible()
    page.screenshot(path=screenshot_dir / "01-dang-nhap.png")

    sign_in(page, live_server, "lanhdao", DEMO_PASSWORD)
    page.get_by_role("heading", name="Việc cần làm").wait_for()  # signing in lands on the start page
    page.get_by_role("navigation", name="Điều hướng chính").get_by_role("link", name="Đợt đăng ký").click()
    page.get_by_role("link", name=cycle.title).click()
    page.get_by_role("heading", name="I. LĨNH VỰC KINH TẾ - XÃ HỘI").wait_for()
    assert page.locator("li.task").count() == 19
    assert page.get_by_text("195.000").first.is_visible()
    assert page.get_by_role("cell", name="triệu đồng").first.is_visible()
    page.screenshot(path=screenshot_dir / "02-dot-dang-ky.png", full_page=True)

    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    page.screenshot(path=screenshot_dir / "03-dot-dang-ky-dien-thoai.png")
