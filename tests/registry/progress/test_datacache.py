"""The cycle change stamp (database triggers) and the page cache built on it.

Every kind of write a cycle's pages depend on — through the services, ``QuerySet.update()``, bulk inserts,
deletes, many-to-many links or raw SQL — must move the stamp of that cycle and of no other, so that a cached
dashboard is never served after a change.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.db import connection, transaction
from django.urls import reverse

from trongtam.registry.cycles.models import Cycle, Field, KeyTask, Target
from trongtam.registry.organisations.models import Organisation
from trongtam.registry.policy import SYSTEM
from trongtam.registry.progress import datacache, services
from trongtam.registry.progress.models import (
    Entry,
    Evidence,
    Period,
    Report,
    TargetAssessment,
    TargetSetting,
)


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


@pytest.fixture
def two_cycles(small):
    from trongtam.registry.cycles.services import cycle_create

    other = cycle_create(owner=small.cast.other_unit, office=small.cast.office, year=2024)
    report = services.report_get_or_create(period=small.periods[("month", 3)], unit=small.cast.unit)
    services.entry_save(
        report=report, target=small.budget, kind="official", value=Decimal(100), version=None, user=SYSTEM
    )
    return small, other, report


def _raw_update_entries(small, report) -> None:
    with connection.cursor() as cursor:
        cursor.execute("UPDATE progress_entry SET value = value + 1 WHERE report_id = %s", [report.id])


WRITES = {
    "value, QuerySet.update": lambda s, r: Entry.objects.filter(report=r).update(value=Decimal(7)),
    "value, raw SQL": _raw_update_entries,
    "value, deleted": lambda s, r: Entry.objects.filter(report=r).delete(),
    "value, bulk insert": lambda s, r: Entry.objects.bulk_create(
        [Entry(report=r, target=s.poverty, kind="official", value=Decimal(2))]
    ),
    "report status": lambda s, r: Report.objects.filter(pk=r.pk).update(status="submitted"),
    "target wording": lambda s, r: Target.objects.filter(pk=s.budget.pk).update(indicator="thu ngân sách"),
    "target setting": lambda s, r: TargetSetting.objects.create(target=s.budget, aggregation="latest"),
    "task lead unit": lambda s, r: s.task_words.lead_units.add(s.cast.other_unit),
    "task text": lambda s, r: KeyTask.objects.filter(pk=s.task_numbers.pk).update(text="Thu ngân sách."),
    "field title": lambda s, r: Field.objects.filter(cycle=s.cycle).update(title="KINH TẾ"),
    "period due": lambda s, r: Period.objects.filter(cycle=s.cycle).update(due=date(2024, 12, 31)),
    "stored assessment": lambda s, r: TargetAssessment.objects.bulk_create(
        [
            TargetAssessment(
                period=s.periods[("year", 1)],
                target=s.budget,
                computed_status="met",
                status="met",
                ruleset="default",
            )
        ]
    ),
    "cycle rule set": lambda s, r: Cycle.objects.filter(pk=s.cycle.pk).update(ruleset="qd366-2025"),
    # Migration 0004: who was invited (the cycle's visibility), coordinating units, evidence files.
    "invited unit": lambda s, r: s.cycle.invited_units.add(s.cast.province),
    "invited unit removed": lambda s, r: s.cycle.invited_units.clear(),
    "task coordinating unit": lambda s, r: s.task_words.coordinating_units.add(s.cast.other_unit),
    "evidence added": lambda s, r: Evidence.objects.create(
        report=r, file="minh-chung.pdf", name="minh-chung.pdf"
    ),
    "evidence renamed": lambda s, r: (
        Evidence.objects.create(report=r, file="a.pdf", name="a.pdf"),
        Evidence.objects.filter(report=r).update(name="b.pdf"),
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize("write", list(WRITES))
def test_every_write_a_cycles_pages_read_moves_that_cycles_stamp_only(two_cycles, write):
    small, other, report = two_cycles
    before, before_other = datacache.cycle_stamps([small.cycle.id]), datacache.cycle_stamps([other.id])
    WRITES[write](small, report)
    assert datacache.cycle_stamps([small.cycle.id]) != before
    assert datacache.cycle_stamps([other.id]) == before_other


@pytest.mark.django_db
def test_renaming_an_organisation_moves_every_cycles_stamp(two_cycles):
    small, other, _ = two_cycles
    before = datacache.cycle_stamps([small.cycle.id]), datacache.cycle_stamps([other.id])
    Organisation.objects.filter(pk=small.cast.unit.pk).update(name="Thường trực HĐND xã Hữu Lũng")
    after = datacache.cycle_stamps([small.cycle.id]), datacache.cycle_stamps([other.id])
    assert after[0] != before[0] and after[1] != before[1]


@pytest.mark.django_db
def test_reading_does_not_move_the_stamp(two_cycles, client):
    small, _, _ = two_cycles
    before = datacache.cycle_stamps([small.cycle.id])
    client.force_login(small.cast.leader)
    assert client.get(reverse("web:progress_dashboard", args=[small.cycle.id])).status_code == 200
    assert datacache.cycle_stamps([small.cycle.id]) == before


def _budget_shown(client, small, period) -> str:
    url = reverse("web:progress_dashboard", args=[small.cycle.id])
    body = client.get(url, {"ky": period.id}).content.decode()
    row = body[body.index("tổng thu ngân sách trên địa bàn") :]
    return row[: row.index("</tr>")]


@pytest.mark.django_db
def test_the_dashboard_is_served_from_the_cache_until_the_data_changes_by_any_path(two_cycles, client):
    small, _, report = two_cycles
    Report.objects.filter(pk=report.pk).update(status="submitted")  # counted on the dashboard
    period = small.periods[("month", 3)]
    client.force_login(small.cast.leader)
    first = _budget_shown(client, small, period)
    assert ">100<" in first.replace(" ", "")
    before = datacache.stats()
    assert _budget_shown(client, small, period) == first
    after = datacache.stats()
    assert after["misses"] == before["misses"] and after["hits"] > before["hits"]  # nothing recomputed
    # A change that bypasses the services (no signals, no save()): the next view shows it.
    Entry.objects.filter(report=report, target=small.budget).update(value=Decimal(4321))
    assert "4.321" in _budget_shown(client, small, period)


@pytest.mark.django_db
def test_a_change_rolled_back_after_a_view_cached_it_is_never_served(two_cycles, client):
    small, _, report = two_cycles
    Report.objects.filter(pk=report.pk).update(status="submitted")  # counted on the dashboard
    period = small.periods[("month", 3)]
    client.force_login(small.cast.leader)
    with pytest.raises(RuntimeError), transaction.atomic():
        Entry.objects.filter(report=report, target=small.budget).update(value=Decimal(5555))
        assert "5.555" in _budget_shown(client, small, period)  # cached under the uncommitted stamp
        raise RuntimeError("hủy")
    assert "5.555" not in _budget_shown(client, small, period)
    Entry.objects.filter(report=report, target=small.budget).update(value=Decimal(6666))
    shown = _budget_shown(client, small, period)
    assert "6.666" in shown and "5.555" not in shown


@pytest.mark.django_db
def test_the_unit_report_page_shares_the_cycle_data_but_sees_a_new_value_at_once(two_cycles, client):
    small, _, report = two_cycles
    client.force_login(small.cast.unit_staff)
    url = reverse(
        "web:progress_report", args=[small.cycle.id, small.periods[("month", 3)].id, small.cast.unit.id]
    )
    assert client.get(url).status_code == 200
    Entry.objects.filter(report=report, target=small.budget).update(value=Decimal(8765))
    assert "8.765" in client.get(url).content.decode()


@pytest.mark.django_db
def test_a_cycles_family_stamps_follow_every_earlier_cycle_of_its_owner_and_no_other(two_cycles):
    # The dashboard compares with the owner's previous year: its cache key is the stamps of all the
    # owner's cycles up to the year, so a previous year created, changed or removed later is seen.
    from trongtam.registry.cycles.services import cycle_create

    small, other, _ = two_cycles
    year = small.cycle.year

    def stamps():
        return datacache.family_stamps(small.cycle.id)

    before = stamps()
    assert {c for c, _ in before} == {0, small.cycle.id}
    cycle_create(owner=small.cast.other_unit, office=small.cast.office, year=year - 3)  # another owner
    Cycle.objects.filter(pk=other.pk).update(title="Khác")
    assert stamps() == before
    earlier = cycle_create(owner=small.cycle.owner, office=small.cast.office, year=year - 1)
    with_earlier = stamps()
    assert {c for c, _ in with_earlier} == {0, small.cycle.id, earlier.id}
    Cycle.objects.filter(pk=earlier.pk).update(title="Năm trước")
    assert stamps() != with_earlier
    Cycle.objects.filter(pk=earlier.pk).update(owner=small.cast.other_unit)  # moved to another owner
    assert {c for c, _ in stamps()} == {0, small.cycle.id}
    later = cycle_create(owner=small.cycle.owner, office=small.cast.office, year=year + 1)
    assert later.id not in {c for c, _ in stamps()}  # a later year is not this dashboard's concern
    assert {c for c, _ in datacache.family_stamps(987654)} == {0}


@pytest.mark.django_db
def test_the_cached_dashboard_lists_the_periods_as_they_are_now(two_cycles, client):
    # The period list is part of the cached view: renamed or removed behind the ORM's back, it follows.
    small, _, _ = two_cycles
    client.force_login(small.cast.leader)
    url = reverse("web:progress_dashboard", args=[small.cycle.id])
    first = client.get(url).content.decode()
    assert "Kỳ đổi tên" not in first and "Tháng 11/" in first
    Period.objects.filter(cycle=small.cycle, kind="month", number=12).update(label="Kỳ đổi tên")
    Period.objects.filter(cycle=small.cycle, kind="month", number=11).delete()
    shown = client.get(url).content.decode()
    assert "Kỳ đổi tên" in shown and "Tháng 11/" not in shown
    # An unknown period is still a 404, cached view or not.
    assert client.get(url, {"ky": 999999}).status_code == 404


@pytest.mark.django_db
def test_who_sees_a_cycle_is_cached_but_an_invitation_or_membership_withdrawn_is_seen_at_once(
    two_cycles, client
):
    # A page that only reads keeps the cycle and whether the user's organisations see it under the
    # cycle's stamp: the invitation list moves the stamp (migration 0004), memberships are read afresh.
    from trongtam.registry.organisations.models import Membership

    small, other, _ = two_cycles
    staff = small.cast.unit_staff
    client.force_login(staff)
    url = reverse("web:progress_overview", args=[other.id])
    assert client.get(url).status_code == 404  # neither owner, office, invited nor proposing
    other.invited_units.add(small.cast.unit)
    assert client.get(url).status_code == 200
    assert client.get(url).status_code == 200  # served from the cache
    other.invited_units.remove(small.cast.unit)
    assert client.get(url).status_code == 404
    other.invited_units.add(small.cast.unit)
    assert client.get(url).status_code == 200
    Membership.objects.filter(user=staff, organisation=small.cast.unit).delete()
    assert client.get(url).status_code == 404
