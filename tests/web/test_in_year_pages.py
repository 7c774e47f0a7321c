"""Before the year is in, the dashboard and report pages show pace and forecast, marked provisional, no rating;
the dashboard opens on the latest period with figures; the office overrides a rating by choosing a level."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.urls import reverse

from trongtam.registry.cycles import services as cycles
from trongtam.registry.progress import services
from trongtam.registry.progress.models import BodyAssessment


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


pytestmark = pytest.mark.django_db


@pytest.fixture
def year(cast):
    field = cycles.field_get_or_create(cycle=cast.cycle, title="LĨNH VỰC KINH TẾ - XÃ HỘI", number="I")
    task = cycles.key_task_create(cycle=cast.cycle, field=field, text="Thu ngân sách", number="1")
    task.lead_units.add(cast.unit)
    revenue = cycles.target_create(
        key_task=task, indicator="Tổng thu ngân sách nhà nước", value=Decimal(195000), unit="triệu đồng"
    )
    periods = {(p.kind, p.number): p for p in services.period_generate_defaults(cycle=cast.cycle)}
    return cast, revenue, periods


def _report(cast, target, period, value):
    report = services.report_get_or_create(period=period, unit=cast.unit)
    services.entry_save(
        report=report,
        target=target,
        kind="estimate",
        value=Decimal(value),
        version=None,
        explanation="Ghi rõ.",
        user=cast.unit_staff,
    )
    services.report_submit(report=report, user=cast.unit_staff)


def _dashboard(client, cast, **query):
    return client.get(reverse("web:progress_dashboard", args=[cast.cycle.id]), query).content.decode()


def test_after_one_month_twelve_percent_is_on_pace_and_forecast_met_not_a_failed_rating(client, year):
    cast, revenue, periods = year
    _report(cast, revenue, periods[("month", 1)], 23400)  # 12% of the year's plan after 1/12 of it
    client.force_login(cast.leader)
    body = _dashboard(client, cast, ky=periods[("month", 1)].id)
    assert "Tạm tính" in body and "1/12 tháng" in body
    assert "Đúng tiến độ" in body and "dự báo đạt" in body and "280.800" in body
    assert "cần đạt 16.250 đến hết Tháng 1/2024" in body
    # No rating of the target or the body before the year is in.
    assert "Không đạt" not in body and "điểm" not in body and "Xếp loại" not in body
    assert 'aria-label="Tổng thu ngân sách nhà nước: Đúng tiến độ (tạm tính), 12% kế hoạch"' in body


def test_the_years_period_is_rated(client, year):
    cast, revenue, periods = year
    _report(cast, revenue, periods[("year", 1)], 150000)
    client.force_login(cast.leader)
    body = _dashboard(client, cast, ky=periods[("year", 1)].id)
    assert "Tạm tính</strong> đến hết" not in body
    assert "Không đạt" in body and "Xếp loại" in body and "điểm" in body


def test_a_sum_behind_the_even_pace_is_slow_and_forecast_not_met(client, year):
    cast, revenue, periods = year
    _report(cast, revenue, periods[("month", 6)], 60000)
    client.force_login(cast.leader)
    body = _dashboard(client, cast, ky=periods[("month", 6)].id)
    assert "Chậm tiến độ" in body and "dự báo không đạt" in body and "120.000" in body


def test_the_dashboard_opens_on_the_latest_period_with_figures(client, year):
    cast, revenue, periods = year
    _report(cast, revenue, periods[("month", 1)], 10000)
    _report(cast, revenue, periods[("month", 2)], 25000)
    client.force_login(cast.leader)
    body = _dashboard(client, cast)
    selected = re.search(r'<option value="(\d+)" selected>', body)
    assert selected and int(selected.group(1)) == periods[("month", 2)].id
    assert "2/12 tháng" in body


def test_the_report_page_shows_the_pace_as_provisional(client, year):
    cast, revenue, periods = year
    _report(cast, revenue, periods[("month", 1)], 23400)
    client.force_login(cast.unit_staff)
    url = reverse("web:progress_report", args=[cast.cycle.id, periods[("month", 1)].id, cast.unit.id])
    body = client.get(url).content.decode()
    assert "tạm tính: đúng tiến độ" in body and "tiến độ đều cần đạt 16.250" in body
    assert "Dự báo cả năm theo nhịp hiện tại: 280.800 triệu đồng — dự báo đạt (tạm tính)." in body
    assert "Vượt" not in body


def test_the_office_overrides_a_bodys_rating_by_choosing_a_named_level(client, year):
    cast, revenue, periods = year
    period = periods[("year", 1)]
    _report(cast, revenue, period, 150000)
    services.cycle_assess(cycle=cast.cycle, period=period)
    record = BodyAssessment.objects.filter(period=period).first()
    assert record is not None
    client.force_login(cast.coordinator)
    page = client.get(
        reverse("web:progress_assessment", args=[cast.cycle.id]) + f"?ky={period.id}"
    ).content.decode()
    choice = re.search(rf'<select id="lv-{record.id}" name="level">(.*?)</select>', page, re.S)
    assert choice and "Hoàn thành tốt nhiệm vụ" in choice.group(1)
    assert f'<input type="text" id="lv-{record.id}"' not in page
    codes = re.findall(r'<option value="([^"]+)"', choice.group(1))
    other = next(code for code in codes if code != record.level)
    url = reverse("web:progress_override", args=[cast.cycle.id, "co-quan", record.id])
    client.post(url, {"level": "khong-co", "reason": "Thử", "period": period.id})
    record.refresh_from_db()
    assert not record.overridden
    client.post(url, {"level": other, "reason": "Đã xét thêm kết quả chấm tay.", "period": period.id})
    record.refresh_from_db()
    assert record.overridden and record.level == other
