"""Deadline day's pages do only the work they need (bench/request_cost.py measures them on national data).

A save or a send draws nothing (it redirects); last year's figures on the dashboard are not recomputed
when this year's cycle changes; a save and a send cost a fixed number of queries. Every saving keeps what
a person sees: a refused send shows the values just saved, the dashboard shows last year's figures as
they are now.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from trongtam.registry.cycles import services as cycles
from trongtam.registry.cycles.models import KeyTask
from trongtam.registry.cycles.services import cycle_create
from trongtam.registry.policy import SYSTEM
from trongtam.registry.progress import compute, datacache, selectors, services
from trongtam.registry.progress.errors import ProgressError
from trongtam.registry.progress.models import Entry, Evidence, Report
from trongtam.web import views_progress


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


pytestmark = pytest.mark.django_db

# Queries of one whole request, page cache off, measured on the world below: the session and rights, the
# report's data for the form, the report created, locked, its values read once and written in bulk with
# their history; a send adds its checks and notices. Before the round of 05/12/2026: 42 and 62 (the page's
# rows drawn again with its evidence read, the units of each task prefetched as model instances); before
# the save read its form against the unit's targets alone (not the whole page's values): 41 and 60; before a
# send built the cycle's structure once for its form and its checks (datacache.structure_scope): 55. Before
# the save found the unit's tasks in that structure and the send's checks read values alone: 38 and 48;
# before the services took the person's rights as the view read them (memberships read once): 35 and 43;
# before a report's secret mark was read with the report (round 3 of 06/12/2026): 34 and 41; before a save
# created its report without reading it again (the form had found none) and wrote without a transaction
# around its own when it carries no file: 33 and 39; before the send's notice read its recipients'
# memberships and accounts in one query (policy.holders, round 4): 28 and 37; before the cycle's list was
# read in one query (no ``cycle_has_list`` first) and the tasks' sources only when a task has nothing else
# to go by, and the cycle's fields only when asked (round 5): 27 and 35; before the person's account was read
# with their memberships in one query (organisations.backends, round 5): 24 and 32.
SAVE_QUERIES = 23
SEND_QUERIES = 31
# The dashboard with last year's column, page cache off; 33 before last year's structure was read without
# its organisations and fields; 31 before its periods came with the cycle's structure and whether it shows
# demonstration data with its reports; 29 before the list of each year was read in one query and the
# sources of its tasks only when needed, and the fields only when asked (round 5: 28 → 23); 23 before the
# account came with its memberships.
DASHBOARD_QUERIES_OFF = 22


@pytest.fixture(params=["on", "off"])
def cache(request, monkeypatch):
    monkeypatch.setenv("TRONGTAM_PAGE_CACHE", "1" if request.param == "on" else "0")
    datacache.clear()
    return request.param


def _url(small, period) -> str:
    return reverse("web:progress_report", args=[small.cycle.id, period.id, small.cast.unit.id])


def _form(client, url: str, values: dict[int, str], action: str) -> dict[str, str]:
    body = client.get(url).content.decode()
    data = {"action": action}
    for target, value in values.items():
        version = re.search(rf'name="ver_{target}_estimate" value="(\d+)"', body)
        data.update(
            {
                f"value_{target}": value,
                f"kind_{target}": "estimate",
                f"ver_{target}_estimate": version.group(1) if version else "0",
            }
        )
    return data


def test_a_send_refused_after_the_save_shows_the_values_just_saved(small, client, cache):
    # 10 of 195.000 by March projects far below the plan: sending needs an explanation, the save stands.
    period = small.periods[("month", 3)]
    url = _url(small, period)
    client.force_login(small.cast.unit_staff)
    client.get(url)  # the page is read (and, cache on, kept) before the send
    response = client.post(url, _form(client, url, {small.budget.id: "10"}, "submit"))
    assert response.status_code == 400
    body = response.content.decode()
    assert "Cần giải trình" in body
    assert f'name="value_{small.budget.id}" value="10"' in body  # as stored, not as it was before the save
    assert Entry.objects.get(target=small.budget, report__period=period).value == Decimal(10)


def test_a_save_and_a_send_draw_no_page_and_cost_a_fixed_number_of_queries(small, monkeypatch):
    monkeypatch.setenv("TRONGTAM_PAGE_CACHE", "0")
    drawn: list[object] = []
    original = views_progress._report_rows
    monkeypatch.setattr(views_progress, "_report_rows", lambda *a, **k: drawn.append(a) or original(*a, **k))
    client = Client()
    client.force_login(small.cast.unit_staff)
    url = _url(small, small.periods[("month", 6)])
    costs = {}
    for action, value in (("save", "120000"), ("submit", "130000")):
        data = _form(client, url, {small.budget.id: value, small.poverty.id: "2,5"}, action)
        drawn.clear()
        with CaptureQueriesContext(connection) as ctx:
            response = client.post(url, data)
        assert response.status_code == 302, response.content.decode()[:500]
        assert drawn == [], f"{action}: the report's rows were drawn for a redirect"
        costs[action] = len(ctx.captured_queries)
    assert costs["save"] <= SAVE_QUERIES, costs
    assert costs["submit"] <= SEND_QUERIES, costs
    assert Entry.objects.get(target=small.budget, report__period=small.periods[("month", 6)]).value == 130000


def _last_year(small):
    """The owner's 2023 cycle: the same budget indicator, 150.000 by the year's report, sent."""
    cast = small.cast
    old = cycle_create(owner=cast.board, office=cast.office, year=2023, invited_units=[cast.unit])
    field = cycles.field_get_or_create(cycle=old, title="LĨNH VỰC KINH TẾ - XÃ HỘI", number="I")
    task = cycles.key_task_create(cycle=old, field=field, number="1", text="Tổng thu ngân sách.")
    task.lead_units.add(cast.unit)
    budget = cycles.target_create(
        key_task=task, indicator="tổng thu ngân sách trên địa bàn", value=Decimal(180000), unit="triệu đồng"
    )
    periods = {(p.kind, p.number): p for p in services.period_generate_defaults(cycle=old)}
    report = services.report_get_or_create(period=periods[("year", 1)], unit=cast.unit)
    services.entry_save(
        report=report, target=budget, kind="official", value=Decimal(150000), version=None, user=SYSTEM
    )
    report.status = "submitted"
    report.save()
    return old, report


def _budget_row(client, small, period) -> str:
    url = reverse("web:progress_dashboard", args=[small.cycle.id])
    body = client.get(url, {"ky": period.id}).content.decode()
    row = body[body.index("tổng thu ngân sách trên địa bàn") :]
    return row[: row.index("</tr>")].replace(" ", "")


def test_last_years_figures_are_kept_while_this_year_changes_and_follow_last_year(small, monkeypatch):
    monkeypatch.setenv("TRONGTAM_PAGE_CACHE", "1")
    datacache.clear()
    _, old_report = _last_year(small)
    built: list[int] = []
    original = selectors._year_end_values
    monkeypatch.setattr(selectors, "_year_end_values", lambda c: built.append(c.id) or original(c))
    client = Client()
    client.force_login(small.cast.leader)
    period = small.periods[("month", 3)]
    assert ">150.000<" in _budget_row(client, small, period)
    assert len(built) == 1
    # A save in this year's cycle: the dashboard is computed again, last year's figures are not.
    report = services.report_get_or_create(period=period, unit=small.cast.unit)
    services.entry_save(
        report=report, target=small.budget, kind="official", value=Decimal(5), version=None, user=SYSTEM
    )
    assert ">150.000<" in _budget_row(client, small, period)
    assert len(built) == 1
    # A change to last year's value (by any path) is shown at once.
    Entry.objects.filter(report=old_report).update(value=Decimal(160000))
    assert ">160.000<" in _budget_row(client, small, period)
    assert len(built) == 2


def test_a_save_and_a_send_read_their_form_against_the_units_targets_alone(small, monkeypatch, cache):
    # The whole page's data (every value of the cycle read and judged) is for a page shown; a save or a
    # send that redirects reads the unit's report, targets and tasks only.
    whole: list[int] = []
    original = selectors.report_page
    monkeypatch.setattr(selectors, "report_page", lambda **kw: whole.append(kw["unit_id"]) or original(**kw))
    client = Client()
    client.force_login(small.cast.unit_staff)
    url = _url(small, small.periods[("month", 6)])
    for action, value in (("save", "120000"), ("submit", "130000")):
        data = _form(client, url, {small.budget.id: value, small.poverty.id: "2,5"}, action)
        whole.clear()
        response = client.post(url, data)
        assert response.status_code == 302, response.content.decode()[:500]
        assert whole == [], f"{action}: the whole report page's data was read for a redirect"
    assert Entry.objects.get(target=small.budget, report__period=small.periods[("month", 6)]).value == 130000


def test_a_refused_form_is_drawn_again_with_the_values_and_statuses_of_the_whole_page(small, cache):
    period = small.periods[("month", 6)]
    report = services.report_get_or_create(period=period, unit=small.cast.unit)
    services.entry_save(
        report=report, target=small.budget, kind="estimate", value=Decimal(98765), version=None, user=SYSTEM
    )
    client = Client()
    client.force_login(small.cast.unit_staff)
    url = _url(small, period)
    data = _form(client, url, {small.budget.id: "98765", small.poverty.id: "không rõ"}, "save")
    response = client.post(url, data)
    assert response.status_code == 400
    body = response.content.decode()
    assert "Lũy kế đến kỳ: <strong>98.765</strong>" in body  # the year to date: read for the page drawn
    assert f'name="value_{small.poverty.id}" value="không rõ"' in body  # as typed


def test_a_save_right_after_the_page_was_read_uses_the_page_data_already_kept(small, monkeypatch):
    monkeypatch.setenv("TRONGTAM_PAGE_CACHE", "1")
    datacache.clear()
    built: list[int] = []
    original = selectors.report_form_page
    monkeypatch.setattr(
        selectors, "report_form_page", lambda **kw: built.append(kw["unit_id"]) or original(**kw)
    )
    client = Client()
    client.force_login(small.cast.unit_staff)
    url = _url(small, small.periods[("month", 6)])
    data = _form(client, url, {small.budget.id: "120000"}, "save")  # the page read: its data kept
    assert client.post(url, data).status_code == 302
    assert built == []
    # After that save moved the stamp, the next save reads the form's data alone.
    data = _form(client, url, {small.budget.id: "121000"}, "save")
    services.report_get_or_create(period=small.periods[("month", 7)], unit=small.cast.unit)  # a write
    assert client.post(url, data).status_code == 302
    assert built == [small.cast.unit.id]
    assert Entry.objects.get(target=small.budget, report__period=small.periods[("month", 6)]).value == 121000


def test_a_send_builds_the_cycles_structure_once_with_the_page_cache_off(small, monkeypatch):
    # Its form and its checks both read the structure: built once while its stamp stands; the next send
    # (another request) builds it again, as every request does with the cache off.
    monkeypatch.setenv("TRONGTAM_PAGE_CACHE", "0")
    built: list[int] = []
    original = compute.cycle_structure_load
    monkeypatch.setattr(
        compute, "cycle_structure_load", lambda **kw: built.append(kw["cycle"].id) or original(**kw)
    )
    client = Client()
    client.force_login(small.cast.unit_staff)
    url = _url(small, small.periods[("month", 6)])
    for value in ("120000", "130000"):
        data = _form(client, url, {small.budget.id: value, small.poverty.id: "2,5"}, "submit")
        built.clear()
        response = client.post(url, data)
        assert response.status_code in (302, 400), response.content.decode()[:500]
        assert built == [small.cycle.id]
    # A send refused after its save, drawn again with the values saved, reads the structure once too.
    period = small.periods[("month", 3)]
    url = _url(small, period)
    built.clear()
    response = client.post(url, _form(client, url, {small.budget.id: "10"}, "submit"))
    assert response.status_code == 400 and "Cần giải trình" in response.content.decode()
    assert built.count(small.cycle.id) == 2  # the form page read before the send (GET), then the send once


def test_the_structure_scope_builds_again_when_the_structure_moved(small, monkeypatch):
    monkeypatch.setenv("TRONGTAM_PAGE_CACHE", "0")
    with datacache.structure_scope():
        first = compute.cycle_structure(cycle=small.cycle)
        assert compute.cycle_structure(cycle=small.cycle) is first
        cycles.target_create(
            key_task=small.budget.key_task, indicator="chỉ tiêu mới", value=Decimal(1), unit="ha"
        )
        again = compute.cycle_structure(cycle=small.cycle)
        assert again is not first
        assert "chỉ tiêu mới" in {r.target.indicator for r in again.rows}
    assert compute.cycle_structure(cycle=small.cycle) is not again  # nothing outlives the block


def test_last_years_figures_with_the_page_cache_off_read_only_the_indicators_shown(small, monkeypatch):
    monkeypatch.setenv("TRONGTAM_PAGE_CACHE", "0")
    old, old_report = _last_year(small)
    # An indicator of last year that this year's dashboard does not show: not computed.
    other = cycles.target_create(
        key_task=KeyTask.objects.filter(cycle=old).first(),
        indicator="diện tích rừng trồng mới",
        value=Decimal(10),
        unit="ha",
    )
    loads: list[int] = []
    original = compute.cycle_data_load
    monkeypatch.setattr(
        compute, "cycle_data_load", lambda **kw: loads.append(kw["cycle"].id) or original(**kw)
    )
    computed: list[int] = []
    original_ytd = compute._ytd
    monkeypatch.setattr(
        compute,
        "_ytd",
        lambda values, periods, row, p: (
            computed.append(row.target.id) or original_ytd(values, periods, row, p)
        ),
    )
    client = Client()
    client.force_login(small.cast.leader)
    period = small.periods[("month", 3)]
    assert ">150.000<" in _budget_row(client, small, period)
    assert old.id not in loads  # last year's whole data (reports, task entries, every value) not loaded
    assert other.id not in computed
    # A change to last year's value is shown at once (nothing kept with the cache off).
    Entry.objects.filter(report=old_report).update(value=Decimal(160000))
    assert ">160.000<" in _budget_row(client, small, period)


def test_year_end_values_are_those_of_the_whole_cycle_data(small):
    # The cheap reading gives what the whole load gives, for every target (monthly sums over a half-year's
    # base, a rate's latest value, the target's own unit before another, official before estimate, drafts
    # not counted) and for a chosen few.
    cast, p = small.cast, small.periods

    def report(period, unit, values, status="submitted"):
        r = services.report_get_or_create(period=period, unit=unit)
        for target, kind, value in values:  # written as stored (a unit may have stopped leading a task)
            Entry.objects.create(report=r, target=target, kind=kind, value=Decimal(value))
        r.status = status
        r.save()

    report(p[("month", 1)], cast.unit, [(small.budget, "estimate", 10), (small.poverty, "official", "4")])
    report(p[("half", 1)], cast.unit, [(small.budget, "estimate", 90), (small.budget, "official", 100)])
    report(p[("month", 7)], cast.unit, [(small.budget, "official", 20), (small.poverty, "estimate", "3.5")])
    report(p[("month", 8)], cast.unit, [(small.budget, "official", 999)], status="draft")
    report(
        p[("month", 7)], cast.other_unit, [(small.budget, "official", 7), (small.other_target, "official", 1)]
    )
    report(p[("month", 8)], cast.other_unit, [(small.budget, "official", 5)])
    data = compute.cycle_data_load(cycle=small.cycle, with_stored=False)
    last = data.periods[-1]
    expected = {row.target.id: compute.ytd_value(data, row, last) for row in data.rows}
    assert expected[small.budget.id] == Decimal(125)  # 100 by June, then 20 (own unit) and 5 (the other)
    assert expected[small.poverty.id] == Decimal("3.5")
    assert compute.year_end_values(cycle=small.cycle) == expected
    row = next(r for r in data.rows if r.target.id == small.budget.id)
    assert compute.year_end_values(cycle=small.cycle, rows=[row]) == {small.budget.id: Decimal(125)}


def _sql(ctx, table: str) -> list[str]:
    return [q["sql"] for q in ctx.captured_queries if f'FROM "{table}"' in q["sql"] and "SELECT" in q["sql"]]


@pytest.mark.parametrize("page_cache", ["0", "1"])
def test_a_save_finds_the_units_tasks_in_the_structure_read_for_its_form(small, monkeypatch, page_cache):
    # The form's page data has read the cycle's structure (its tasks and the units of each): the save's
    # check of the unit's tasks finds them there, not in four more queries (task_unit_map run again).
    monkeypatch.setenv("TRONGTAM_PAGE_CACHE", page_cache)
    datacache.clear()
    client = Client()
    client.force_login(small.cast.unit_staff)
    url = _url(small, small.periods[("month", 6)])
    data = _form(client, url, {small.budget.id: "120000"}, "save")
    datacache.clear()  # cache on: the structure is built by this request, as with the cache off
    maps: list[object] = []
    original = compute.task_unit_map
    monkeypatch.setattr(compute, "task_unit_map", lambda tops: maps.append(tops) or original(tops))
    assert client.post(url, data).status_code == 302
    assert len(maps) == 1  # the structure's build, not the save's check again
    assert Entry.objects.get(target=small.budget, report__period=small.periods[("month", 6)]).value == 120000


def test_a_save_still_refuses_a_target_of_another_units_task(small, monkeypatch):
    # The unit's tasks read from the structure refuse what the plain-value reading refused.
    monkeypatch.setenv("TRONGTAM_PAGE_CACHE", "0")
    report = services.report_get_or_create(period=small.periods[("month", 6)], unit=small.cast.unit)
    entry = services.EntryInput(target=small.other_target, kind="estimate", value=Decimal(1), version=None)
    with datacache.structure_scope():
        assert datacache.structure_kept()
        with pytest.raises(ProgressError):
            services.report_save(report=report, entries=[entry], user=small.cast.unit_staff)
    assert not Entry.objects.filter(report=report).exists()


def test_a_sends_checks_read_the_values_alone_with_the_page_cache_off(small, monkeypatch):
    # Not the report page's whole load: no task entry of the cycle, no report as a model instance with its
    # people — and the checks still refuse what they refused.
    monkeypatch.setenv("TRONGTAM_PAGE_CACHE", "0")
    client = Client()
    client.force_login(small.cast.unit_staff)
    url = _url(small, small.periods[("month", 6)])
    data = _form(client, url, {small.budget.id: "130000", small.poverty.id: "2,5"}, "submit")
    with CaptureQueriesContext(connection) as ctx:
        assert client.post(url, data).status_code == 302
    assert _sql(ctx, "progress_taskentry") == []
    assert not [q for q in _sql(ctx, "progress_report") if "auth_user" in q]
    period = small.periods[("month", 3)]
    url = _url(small, period)
    response = client.post(url, _form(client, url, {small.budget.id: "10"}, "submit"))
    assert response.status_code == 400 and "Cần giải trình" in response.content.decode()


def test_last_years_column_with_the_page_cache_off_reads_no_organisations_or_fields(small, monkeypatch):
    # This year's structure reads the organisations the page shows; last year's figures need neither them
    # nor the fields (one query of organisations for the whole request, not two), and the figure is the
    # same. No structure reads the cycle's fields unless asked (a task's field comes with the task): none.
    monkeypatch.setenv("TRONGTAM_PAGE_CACHE", "0")
    _last_year(small)
    client = Client()
    client.force_login(small.cast.leader)
    period = small.periods[("month", 3)]
    with CaptureQueriesContext(connection) as ctx:
        assert ">150.000<" in _budget_row(client, small, period)
    assert len(_sql(ctx, "cycles_field")) == 0, _sql(ctx, "cycles_field")
    assert len(_sql(ctx, "organisations_organisation")) == 1, _sql(ctx, "organisations_organisation")
    assert len(ctx.captured_queries) <= DASHBOARD_QUERIES_OFF, len(ctx.captured_queries)


def test_a_save_and_a_send_read_the_persons_memberships_once(small, monkeypatch):
    # The view reads the person's rights; the services check them again from that reading, not from a
    # second read of the memberships — and the notice of a send still goes to the office, not the sender.
    monkeypatch.setenv("TRONGTAM_PAGE_CACHE", "0")
    client = Client()
    client.force_login(small.cast.unit_staff)
    url = _url(small, small.periods[("month", 6)])
    for action, value in (("save", "120000"), ("submit", "130000")):
        data = _form(client, url, {small.budget.id: value, small.poverty.id: "2,5"}, action)
        with CaptureQueriesContext(connection) as ctx:
            assert client.post(url, data).status_code == 302
        own = [
            q for q in _sql(ctx, "organisations_membership") if f'user_id" = {small.cast.unit_staff.pk}' in q
        ]
        assert len(own) == 1, (action, own)
    report = services.report_get_or_create(period=small.periods[("month", 6)], unit=small.cast.unit)
    report.refresh_from_db()
    assert report.status == "submitted" and report.submitted_by == small.cast.unit_staff
    from trongtam.registry.notifications.models import Notification

    told = set(Notification.objects.filter(kind="report_submitted").values_list("recipient_id", flat=True))
    assert told and small.cast.unit_staff.pk not in told


def test_a_reports_secret_mark_is_read_with_the_report_and_still_locks_it(small, monkeypatch):
    # The page and a save read the mark in the report's own queries (a join), not in one more query each;
    # the only query of the marks left in a save is the guard of the values written in bulk. A marked
    # report still refuses the form, and nothing is written.
    from trongtam.registry.cascade.models import SecretMark

    monkeypatch.setenv("TRONGTAM_PAGE_CACHE", "0")
    period = small.periods[("month", 6)]
    report = services.report_get_or_create(period=period, unit=small.cast.unit)
    services.entry_save(
        report=report, target=small.budget, kind="estimate", value=Decimal(5), version=None, user=SYSTEM
    )
    client = Client()
    client.force_login(small.cast.unit_staff)
    url = _url(small, period)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    assert _sql(ctx, "cascade_secretmark") == []
    data = _form(client, url, {small.budget.id: "120000"}, "save")
    with CaptureQueriesContext(connection) as ctx:
        assert client.post(url, data).status_code == 302
    assert len(_sql(ctx, "cascade_secretmark")) == 1, _sql(ctx, "cascade_secretmark")  # the bulk guard
    SecretMark.objects.create(report=report, level="mat")
    data = _form(client, url, {small.budget.id: "130000"}, "save")
    response = client.post(url, data)
    assert response.status_code == 400 and "đánh dấu MẬT" in response.content.decode()
    assert Entry.objects.get(target=small.budget, report=report).value == 120000


def test_the_dashboard_says_demo_data_from_the_reports_it_reads(small, monkeypatch):
    # Whether a report of the cycle is demonstration data comes with the reports the dashboard reads, not
    # from a query of its own; the notice shows exactly when one is.
    monkeypatch.setenv("TRONGTAM_PAGE_CACHE", "0")
    period = small.periods[("month", 3)]
    report = services.report_get_or_create(period=period, unit=small.cast.unit)
    client = Client()
    client.force_login(small.cast.leader)
    url = reverse("web:progress_dashboard", args=[small.cycle.id])
    with CaptureQueriesContext(connection) as ctx:
        body = client.get(url, {"ky": period.id}).content.decode()
    assert "Dữ liệu minh họa" not in body
    assert not [q for q in _sql(ctx, "progress_report") if "is_demo" in q.split("WHERE")[-1]]
    type(report).objects.filter(pk=report.pk).update(is_demo=True)
    assert "Dữ liệu minh họa" in client.get(url, {"ky": period.id}).content.decode()


def test_a_report_created_meanwhile_is_read_not_made_twice(small):
    # The form found no report, but another request created it since: the save takes that one.
    period = small.periods[("month", 6)]
    first = services.report_get_or_create(period=period, unit=small.cast.unit)
    again = services.report_get_or_create(period=period, unit=small.cast.unit, known_missing=True)
    assert again.pk == first.pk
    assert Report.objects.filter(period=period, unit=small.cast.unit).count() == 1
    made = services.report_get_or_create(
        period=small.periods[("month", 7)], unit=small.cast.unit, known_missing=True
    )
    assert made.pk != first.pk and made.status == "draft"


def test_a_save_with_files_writes_its_values_and_files_together(small, monkeypatch, settings, tmp_path):
    # A file refused once the values are written takes the values back with it.
    settings.MEDIA_ROOT = tmp_path

    def refuse(**kwargs):
        raise ProgressError("refused", message_vi="Tệp minh chứng không nhận được.")

    monkeypatch.setattr(views_progress.services, "evidence_add", refuse)
    client = Client()
    client.force_login(small.cast.unit_staff)
    url = _url(small, small.periods[("month", 6)])
    data = _form(client, url, {small.budget.id: "120000"}, "save")
    data["evidence"] = SimpleUploadedFile("bien-ban.pdf", b"%PDF-1.4 x", content_type="application/pdf")
    response = client.post(url, data)
    assert response.status_code == 400 and "Tệp minh chứng không nhận được." in response.content.decode()
    assert not Entry.objects.filter(target=small.budget).exists()
    assert not Evidence.objects.exists()


def test_a_send_whose_every_value_is_explained_reads_no_values_of_the_cycle(small, monkeypatch, cache):
    # Nothing can block a report whose every value is explained: its checks read no value of the cycle.
    # One value left unexplained, and they read them again (and still refuse what needs an explanation).
    loads: list[int] = []
    original = compute.cycle_data_load
    monkeypatch.setattr(compute, "cycle_data_load", lambda **k: loads.append(k["cycle"].id) or original(**k))
    client = Client()
    client.force_login(small.cast.unit_staff)
    period = small.periods[("month", 3)]
    url = _url(small, period)
    data = _form(client, url, {small.budget.id: "10", small.poverty.id: "2,5"}, "submit")
    data[f"expl_{small.budget.id}"] = "Nguồn thu dồn vào quý IV."
    data[f"expl_{small.poverty.id}"] = "Theo số liệu rà soát."
    loads.clear()
    assert client.post(url, data).status_code == 302
    assert loads == []
    report = Report.objects.get(period=period, unit=small.cast.unit)
    assert report.status == "submitted"
    period = small.periods[("month", 4)]
    url = _url(small, period)
    data = _form(client, url, {small.budget.id: "10", small.poverty.id: "2,5"}, "submit")
    data[f"expl_{small.poverty.id}"] = "Theo số liệu rà soát."
    loads.clear()
    response = client.post(url, data)
    assert response.status_code == 400 and "Cần giải trình" in response.content.decode()
    assert small.cycle.id in loads
