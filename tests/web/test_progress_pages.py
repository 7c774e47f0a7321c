"""Progress pages through the test client: rights (404 / 403), the report form, review, overrides, dashboard."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from trongtam.registry.cycles import services as cycles
from trongtam.registry.organisations.services import membership_add
from trongtam.registry.policy import SYSTEM
from trongtam.registry.progress import services
from trongtam.registry.progress.demo import progress_demo_generate
from trongtam.registry.progress.models import Entry, Report, TargetAssessment


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


pytestmark = pytest.mark.django_db


def _add_targets(cycle, unit, n, start=0):
    field = cycles.field_get_or_create(cycle=cycle, title="LĨNH VỰC KINH TẾ - XÃ HỘI", number="I")
    task = cycles.key_task_create(cycle=cycle, field=field, text=f"Nhiệm vụ {start}", number=str(start + 1))
    task.lead_units.add(unit)
    return [
        cycles.target_create(
            key_task=task, indicator=f"chỉ tiêu {start + i}", value=Decimal(100 + i), unit="hộ"
        )
        for i in range(n)
    ]


@pytest.fixture
def setup(cast):
    [budget] = _add_targets(cast.cycle, cast.unit, 1)
    _add_targets(cast.cycle, cast.other_unit, 1, start=10)
    periods = {(p.kind, p.number): p for p in services.period_generate_defaults(cycle=cast.cycle)}
    return cast, budget, periods


def _report_url(cast, period, unit):
    return reverse("web:progress_report", args=[cast.cycle.id, period.id, unit.id])


def test_an_outsider_gets_404_everywhere(client, setup):
    cast, _, periods = setup
    client.force_login(cast.outsider)
    jan = periods[("month", 1)]
    for url in (
        reverse("web:progress_dashboard", args=[cast.cycle.id]),
        reverse("web:progress_overview", args=[cast.cycle.id]),
        reverse("web:progress_assessment", args=[cast.cycle.id]),
        _report_url(cast, jan, cast.unit),
    ):
        assert client.get(url).status_code == 404, url
    assert client.post(_report_url(cast, jan, cast.unit), {"action": "save"}).status_code == 404


def test_staff_of_another_unit_cannot_see_or_write_this_units_report(client, setup):
    cast, budget, periods = setup
    other = get_user_model().objects.create_user(username="ubnd", password="x")
    membership_add(user=other, organisation=cast.other_unit, role="unit_staff")
    client.force_login(other)
    url = _report_url(cast, periods[("month", 1)], cast.unit)
    assert client.get(url).status_code == 404
    assert client.post(url, {f"value_{budget.id}": "5", "action": "save"}).status_code == 404
    assert client.get(_report_url(cast, periods[("month", 1)], cast.other_unit)).status_code == 200


def test_the_office_may_read_but_not_write_a_units_report(client, setup):
    cast, budget, periods = setup
    client.force_login(cast.coordinator)
    url = _report_url(cast, periods[("month", 1)], cast.unit)
    assert client.get(url).status_code == 200
    assert client.post(url, {f"value_{budget.id}": "5", "action": "save"}).status_code == 403


def test_unit_staff_enter_values_the_vietnamese_way_and_submit(client, setup):
    cast, budget, periods = setup
    client.force_login(cast.unit_staff)
    url = _report_url(cast, periods[("month", 1)], cast.unit)
    page = client.get(url).content.decode()
    assert "chỉ tiêu 0" in page and f'<label for="value_{budget.id}">' in page
    response = client.post(
        url,
        {
            f"kind_{budget.id}": "estimate",
            f"value_{budget.id}": "1.234,5",
            f"note_{budget.id}": "Số ước.",
            f"ver_{budget.id}_estimate": "0",
            "action": "submit",
        },
        follow=True,
    )
    assert response.status_code == 200
    assert "Đã gửi báo cáo Tháng 1/2024" in response.content.decode()
    entry = Entry.objects.get(target=budget)
    assert (entry.value, entry.kind, entry.note) == (Decimal("1234.5"), "estimate", "Số ước.")
    assert Report.objects.get(unit=cast.unit).status == "submitted"


def test_a_stale_form_gets_a_409_with_a_vietnamese_conflict_message(client, setup):
    cast, budget, periods = setup
    report = services.report_get_or_create(period=periods[("month", 1)], unit=cast.unit)
    services.entry_save(
        report=report, target=budget, kind="estimate", value=Decimal(10), version=None, user=SYSTEM
    )
    services.entry_save(
        report=report, target=budget, kind="estimate", value=Decimal(11), version=1, user=SYSTEM
    )
    client.force_login(cast.unit_staff)
    response = client.post(
        _report_url(cast, periods[("month", 1)], cast.unit),
        {
            f"kind_{budget.id}": "estimate",
            f"value_{budget.id}": "12",
            f"ver_{budget.id}_estimate": "1",
            "action": "save",
        },
    )
    assert response.status_code == 409
    assert "vừa được người khác cập nhật" in response.content.decode()
    assert Entry.objects.get(target=budget).value == Decimal(11)


def test_the_office_accepts_or_returns_and_unit_staff_cannot(client, setup):
    cast, budget, periods = setup
    jan = periods[("month", 1)]
    report = services.report_get_or_create(period=jan, unit=cast.unit)
    services.entry_save(
        report=report,
        target=budget,
        kind="official",
        value=Decimal(50),
        version=None,
        explanation="Ổn.",
        user=SYSTEM,
    )
    services.report_submit(report=report, user=SYSTEM)
    review = reverse("web:progress_report_review", args=[cast.cycle.id, jan.id, cast.unit.id])
    client.force_login(cast.unit_staff)
    assert client.post(review, {"action": "accept"}).status_code == 403
    client.force_login(cast.coordinator)
    # A return without a reason comes back on the report page, the reason field marked, nothing changed.
    refused = client.post(review, {"action": "return", "reason": "  "})
    assert refused.status_code == 400
    body = refused.content.decode()
    assert '<p class="field-error" id="reason-loi">' in body
    assert re.search(r'<textarea id="reason"[^>]*aria-invalid="true" aria-describedby="reason-loi"', body)
    assert 'class="error-summary" role="alert"' in body and '<a href="#reason">' in body
    report.refresh_from_db()
    assert report.status == "submitted"
    client.post(review, {"action": "return", "reason": "Bổ sung minh chứng."})
    report.refresh_from_db()
    assert (report.status, report.return_reason) == ("returned", "Bổ sung minh chứng.")
    services.report_submit(report=report, user=SYSTEM)
    client.post(review, {"action": "accept"})
    report.refresh_from_db()
    assert report.status == "accepted"
    page = client.get(_report_url(cast, jan, cast.unit)).content.decode()
    assert "Đã chấp nhận" in page and f'name="value_{budget.id}"' not in page


def test_a_leader_asks_for_an_explanation_from_the_report_page(client, setup):
    cast, budget, periods = setup
    jan = periods[("month", 1)]
    report = services.report_get_or_create(period=jan, unit=cast.unit)
    entry = services.entry_save(
        report=report,
        target=budget,
        kind="official",
        value=Decimal(50),
        version=None,
        explanation="x",
        user=SYSTEM,
    )
    services.report_submit(report=report, user=SYSTEM)
    client.force_login(cast.leader)
    url = reverse("web:progress_entry_request", args=[cast.cycle.id, entry.id])
    client.post(url, {"text": "Vì sao thấp?"})
    entry.refresh_from_db()
    assert entry.explanation_requested and entry.explanation_request == "Vì sao thấp?"
    client.force_login(cast.unit_staff)
    assert client.post(url, {"text": "tự hỏi"}).status_code == 403


def test_the_office_overrides_a_status_with_a_reason_on_the_assessment_page(client, setup):
    cast, budget, periods = setup
    year = periods[("year", 1)]
    services.cycle_assess(cycle=cast.cycle, period=year)
    record = TargetAssessment.objects.get(period=year, target=budget)
    url = reverse("web:progress_override", args=[cast.cycle.id, "chi-tieu", record.id])
    client.force_login(cast.leader)
    assert client.post(url, {"status": "met", "reason": "x"}).status_code == 403
    client.force_login(cast.coordinator)
    response = client.post(url, {"status": "met", "reason": "", "period": year.id}, follow=True)
    assert "Cần ghi lý do" in response.content.decode()
    client.post(url, {"status": "met", "reason": "Số liệu thống kê tỉnh đã xác nhận."})
    record.refresh_from_db()
    assert record.status == "met" and record.override_reason == "Số liệu thống kê tỉnh đã xác nhận."
    page = client.get(
        reverse("web:progress_assessment", args=[cast.cycle.id]) + f"?ky={year.id}"
    ).content.decode()
    assert "Số liệu thống kê tỉnh đã xác nhận." in page


def test_the_dashboard_renders_the_demo_with_charts(client, setup):
    cast, _, periods = setup
    progress_demo_generate(cycle=cast.cycle, seed=1)
    client.force_login(cast.leader)
    url = reverse("web:progress_dashboard", args=[cast.cycle.id])
    body = client.get(url, {"ky": periods[("year", 1)].id}).content.decode()
    assert "Dữ liệu minh họa" in body
    assert re.search(r"<strong>[0-2]/2</strong> chỉ tiêu đạt và vượt", body)
    assert body.count("<svg") >= 5 and "Tiến độ gửi báo cáo" in body
    assert "Thường trực HĐND huyện Hữu Lũng" in body
    drill = client.get(url, {"ky": periods[("month", 6)].id, "don_vi": cast.unit.id})
    assert drill.status_code == 200 and "Dự báo cả năm" in drill.content.decode()
    client.force_login(cast.unit_staff)
    assert client.get(url, {"don_vi": cast.other_unit.id}).status_code == 404


def test_the_dashboard_shows_last_years_value_of_the_same_indicator(client, setup):
    cast, _, _ = setup
    previous = cycles.cycle_create(owner=cast.board, office=cast.office, year=2023)
    [old] = _add_targets(previous, cast.unit, 1)
    periods = {(p.kind, p.number): p for p in services.period_generate_defaults(cycle=previous)}
    report = services.report_get_or_create(period=periods[("year", 1)], unit=cast.unit)
    services.entry_save(
        report=report, target=old, kind="official", value=Decimal(98765), version=None, user=SYSTEM
    )
    services.report_submit(report=report, user=SYSTEM)
    client.force_login(cast.leader)
    body = client.get(reverse("web:progress_dashboard", args=[cast.cycle.id])).content.decode()
    assert "Năm 2023" in body and "98.765" in body


@pytest.mark.slow
def test_the_dashboards_query_count_does_not_grow_with_the_targets(
    client, cast, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    _add_targets(cast.cycle, cast.unit, 3)
    periods = services.period_generate_defaults(cycle=cast.cycle)
    url = reverse("web:progress_dashboard", args=[cast.cycle.id])
    client.force_login(cast.leader)
    with CaptureQueriesContext(connection) as small:
        assert client.get(url, {"ky": periods[-1].id}).status_code == 200
    for i in range(1, 6):
        _add_targets(cast.cycle, cast.unit if i % 2 else cast.other_unit, 6, start=10 * i)
    progress_demo_generate(cycle=cast.cycle, seed=3)
    with django_assert_max_num_queries(len(small)):
        assert client.get(url, {"ky": periods[-1].id}).status_code == 200


def test_the_overview_lists_periods_and_timeliness(client, setup):
    cast = setup[0]
    client.force_login(cast.coordinator)
    body = client.get(reverse("web:progress_overview", args=[cast.cycle.id])).content.decode()
    assert "6 tháng đầu năm 2024" in body and "Quá hạn" in body and "15/12/2023 – 14/06/2024" in body


def test_evidence_is_uploaded_with_the_report_and_served_only_to_those_who_may_read_it(
    client, setup, settings, tmp_path
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.MEDIA_ROOT = tmp_path
    cast, budget, periods = setup
    url = _report_url(cast, periods[("month", 1)], cast.unit)
    client.force_login(cast.unit_staff)
    upload = SimpleUploadedFile("bien-ban.pdf", b"%PDF-1.4 minh chung", content_type="application/pdf")
    client.post(url, {"action": "save", "evidence": upload, "evidence_target": str(budget.id)})
    evidence = Report.objects.get(unit=cast.unit).evidence.get()
    assert evidence.name == "bien-ban.pdf" and evidence.target_id == budget.id
    link = reverse("web:progress_evidence", args=[cast.cycle.id, evidence.id])
    assert "bien-ban.pdf" in client.get(url).content.decode()
    assert b"".join(client.get(link).streaming_content) == b"%PDF-1.4 minh chung"
    client.force_login(cast.outsider)
    assert client.get(link).status_code == 404


def test_the_office_sets_how_a_target_adds_up(client, setup):
    cast, budget, _ = setup
    url = reverse("web:progress_target_settings", args=[cast.cycle.id])
    client.force_login(cast.leader)
    assert "chỉ tiêu 0" in client.get(url).content.decode()
    assert client.post(url, {f"agg_{budget.id}": "cumulative"}).status_code == 403
    client.force_login(cast.unit_staff)
    assert client.get(url).status_code == 404
    client.force_login(cast.coordinator)
    client.post(
        url, {f"agg_{budget.id}": "cumulative", f"base_{budget.id}": "1.500", f"group_{budget.id}": ""}
    )
    setting = budget.progress_setting
    setting.refresh_from_db()
    assert (setting.aggregation, setting.baseline) == ("cumulative", Decimal(1500))


def test_the_dashboards_old_address_redirects_permanently_to_the_new_one_with_its_query(client, cast):
    # Bookmarks and old e-mails point at /bang-dieu-khien/, the dashboard's address before it was renamed.
    old = f"/dot/{cast.cycle.id}/bang-dieu-khien/"
    client.force_login(cast.outsider)
    assert client.get(old).status_code == 404  # as at the new address: a cycle one may not see is not there
    client.force_login(cast.leader)
    response = client.get(old, {"ky": "7", "don_vi": "3"})
    new = reverse("web:progress_dashboard", args=[cast.cycle.id])
    assert new.endswith("/bang-theo-doi/")
    assert response.status_code == 301
    assert response["Location"] == f"{new}?ky=7&don_vi=3"
    assert client.get(old)["Location"] == new
