"""In a real browser: the province hands a target down, a commune reports on it, the province rolls it up."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from playwright.sync_api import expect
from tests.browser.checks import screenshot
from tests.browser.conftest import demo_data, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_hand_down_then_a_communes_report_then_the_provinces_rollup(page, live_server, screenshot_dir):
    from trongtam.registry.cascade.models import Share
    from trongtam.registry.cascade.sample import PASSWORD, cascade_sample_load
    from trongtam.registry.cycles.models import KeyTask, Target
    from trongtam.registry.progress.models import Period

    sample = demo_data(cascade_sample_load)
    task = KeyTask.objects.create(
        cycle=sample.cycle, number="4", order=4, text="Phát triển giao thông nông thôn."
    )
    target = Target.objects.create(
        key_task=task,
        indicator="km đường giao thông nông thôn được cứng hóa",
        op=">=",
        value=Decimal("500"),
        unit="km",
    )
    base = live_server.url
    shot = lambda name: screenshot(page, screenshot_dir / f"giao-xa-{name}.png")  # noqa: E731

    # 1. The province office hands the target down; the running total follows the typing.
    sign_in(page, live_server, "tinh-vanphong", PASSWORD)
    page.goto(f"{base}/dot/{sample.cycle.id}/giao-xa/")
    # The form's script sums the shares as they are typed: the page must have loaded (its script run) first.
    with page.expect_navigation():
        page.get_by_role("row", name=target.indicator).get_by_role("link", name="Giao cho xã").click()
    page.get_by_label("Mức giao: Đảng ủy xã Hữu Lũng").fill("60")
    page.get_by_label("Mức giao: Đảng ủy xã Tuấn Sơn").fill("45,5")
    page.get_by_label("Mức giao: Đảng ủy xã Vân Nham").fill("40")
    expect(page.locator("#running-total")).to_have_text("145,5")
    shot("01-giao")
    page.get_by_role("button", name="Giao chỉ tiêu").click()
    page.get_by_text("Đã giao chỉ tiêu").wait_for()

    # 2. The commune finds it in its own cycle and reports on it for the year.
    share = Share.objects.select_related("commune_target__key_task").get(
        hand_down__target=target, commune__name="Đảng ủy xã Tuấn Sơn"
    )
    commune_cycle = share.commune_target.key_task.cycle_id
    sign_in(page, live_server, "xa-tuanson", PASSWORD)
    page.goto(f"{base}/dot/{commune_cycle}/tinh-giao/")
    page.get_by_role("cell", name=target.indicator).first.wait_for()
    shot("02-xa-nhan")
    year = Period.objects.get(cycle_id=commune_cycle, kind="year")
    page.goto(f"{base}/dot/{commune_cycle}/tien-do/ky/{year.id}/don-vi/{share.commune_id}/")
    page.locator(f"#value_{share.commune_target.id}").fill("47")
    page.locator(f"#expl_{share.commune_target.id}").fill("Đã cứng hóa xong các tuyến liên thôn.")
    page.get_by_role("button", name="Lưu và gửi báo cáo").click()
    page.get_by_text("Đã gửi").first.wait_for()
    shot("03-xa-bao-cao")

    # 3. The province reads the roll-up: 47 km from one commune of three, the others not reported.
    sign_in(page, live_server, "tinh-lanhdao", PASSWORD)
    province_year = Period.objects.get(cycle=sample.cycle, kind="year")
    page.goto(f"{base}/dot/{sample.cycle.id}/bang-theo-doi/")
    with page.expect_navigation():
        page.get_by_role("link", name="Tổng hợp từ xã").first.click()
    page.get_by_label("Kỳ báo cáo").select_option(label=province_year.label)
    page.get_by_role("button", name="Xem").click()
    page.wait_for_url(re.compile(rf"/tong-hop-xa/\?ky={province_year.id}$"))
    row = page.get_by_role("row", name=target.indicator)
    expect(row).to_contain_text("47 km")
    expect(row).to_contain_text("1/3")
    shot("04-tong-hop")
    row.get_by_role("link", name=target.indicator).click()
    # Wait for the detail page itself: counting at once read the page being left (CI, PostgreSQL).
    page.wait_for_url(re.compile(rf"/tong-hop-xa/\d+/\?ky={province_year.id}$"))
    not_reported = page.locator(".badge.warn").filter(has_text=re.compile("chưa báo cáo", re.IGNORECASE))
    expect(not_reported).to_have_count(2)
    page.get_by_role("row", name="Đảng ủy xã Tuấn Sơn").get_by_role("link", name="Xem báo cáo của xã").click()
    page.get_by_text("Đã cứng hóa xong các tuyến liên thôn.").wait_for()
    shot("05-bao-cao-xa")

    # 4. The province's inspection committee reads the same roll-up (and may change nothing there), then
    # leaves a remark on the commune's report.
    from trongtam.registry.cascade.sample import INSPECTOR
    from trongtam.registry.progress.models import Report

    report = Report.objects.get(period=year, unit_id=share.commune_id)
    sign_in(page, live_server, INSPECTOR[0], PASSWORD)
    page.goto(f"{base}/dot/{sample.cycle.id}/tong-hop-xa/?ky={province_year.id}")
    assert "47 km" in page.get_by_role("row", name=target.indicator).inner_text()
    assert page.get_by_role("link", name="Giao cho xã").count() == 0
    page.goto(f"{base}/dot/{commune_cycle}/kien-nghi/bao-cao/{report.id}/")
    remark = "Đề nghị xã gửi kèm biên bản nghiệm thu các tuyến đường đã cứng hóa."
    page.get_by_label("Nội dung kiến nghị").fill(remark)
    page.get_by_role("button", name="Ghi kiến nghị").click()
    page.get_by_text(remark).wait_for()
    shot("06-kien-nghi")

    # 5. The commune finds the remark awaiting its answer and answers it; the committee reads the answer.
    answer = "Xã đã bổ sung biên bản nghiệm thu ngày 20/12 làm minh chứng."
    sign_in(page, live_server, "xa-tuanson", PASSWORD)
    page.goto(f"{base}/dot/{commune_cycle}/kien-nghi/")
    page.get_by_role("row").filter(has_text=remark[:40]).get_by_role("link").click()
    page.get_by_label("Trả lời kiến nghị").fill(answer)
    page.get_by_role("button", name="Ghi trả lời").click()
    page.get_by_text(answer).wait_for()
    sign_in(page, live_server, INSPECTOR[0], PASSWORD)
    page.goto(f"{base}/dot/{commune_cycle}/kien-nghi/bao-cao/{report.id}/")
    page.get_by_text(answer).wait_for()
    shot("07-tra-loi")
