"""The cycle's structure stamp (migration 0008) and the structure part of its cached data.

A write to a cycle's tasks, targets, periods or their units — by any path — must move that cycle's
structure stamp and show at once; a unit's value, report or assessment must not move it, so that the
pages recomputed after a save read the values alone (the structure stays cached).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from importlib import import_module

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from trongtam.registry.cycles import services as cycles
from trongtam.registry.cycles.models import Cycle, Field, Target
from trongtam.registry.organisations.models import Organisation
from trongtam.registry.policy import SYSTEM
from trongtam.registry.progress import compute, datacache, services
from trongtam.registry.progress.models import (
    Entry,
    Evidence,
    Period,
    Report,
    TargetAssessment,
    TargetSetting,
    TaskEntry,
)

pytestmark = pytest.mark.django_db

_0008 = import_module("trongtam.registry.progress.migrations.0008_cycle_structure_stamp")


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


@pytest.fixture
def cache_on(monkeypatch):
    monkeypatch.setenv("TRONGTAM_PAGE_CACHE", "1")
    datacache.clear()
    yield
    datacache.clear()


@pytest.fixture
def world(small, cache_on):
    other = cycles.cycle_create(owner=small.cast.other_unit, office=small.cast.office, year=2024)
    report = services.report_get_or_create(period=small.periods[("month", 3)], unit=small.cast.unit)
    services.entry_save(
        report=report, target=small.budget, kind="official", value=Decimal(100), version=None, user=SYSTEM
    )
    return small, other, report


def _raw(sql: str, params: list[object]) -> None:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


# Each changes something the cycle's structure holds (``_digest``), by a different path.
STRUCTURE_WRITES = {
    "target value, QuerySet.update": lambda s: Target.objects.filter(pk=s.budget.pk).update(
        value=Decimal(200000)
    ),
    "target wording, raw SQL": lambda s: _raw(
        "UPDATE cycles_target SET indicator = %s WHERE id = %s", ["thu ngân sách", s.poverty.pk]
    ),
    "target added": lambda s: cycles.target_create(
        key_task=s.task_numbers, indicator="số hộ thoát nghèo", value=Decimal(50), unit="hộ"
    ),
    "target deleted": lambda s: Target.objects.filter(pk=s.poverty.pk).delete(),
    "target setting": lambda s: TargetSetting.objects.create(target=s.budget, aggregation="latest"),
    "task lead unit added": lambda s: s.task_words.lead_units.add(s.cast.other_unit),
    "task lead units removed": lambda s: s.task_numbers.lead_units.clear(),
    "task text, raw SQL": lambda s: _raw(
        "UPDATE cycles_keytask SET text = %s WHERE id = %s", ["Thu ngân sách.", s.task_numbers.pk]
    ),
    "task added": lambda s: cycles.key_task_create(cycle=s.cycle, number="9", text="Nhiệm vụ mới."),
    "field title": lambda s: Field.objects.filter(cycle=s.cycle).update(title="KINH TẾ"),
    "period label": lambda s: Period.objects.filter(cycle=s.cycle, kind="month", number=3).update(
        label="Tháng ba"
    ),
    "period due, bulk update": lambda s: Period.objects.bulk_update(
        [Period(pk=p.pk, due=date(2024, 12, 31)) for p in s.periods.values()], ["due"]
    ),
    "period deleted": lambda s: Period.objects.filter(cycle=s.cycle, kind="month", number=12).delete(),
    "unit renamed (stamp 0)": lambda s: Organisation.objects.filter(pk=s.cast.unit.pk).update(
        name="Thường trực HĐND xã Hữu Lũng"
    ),
}


def _digest(data: compute.CycleData | compute.CycleStructure) -> object:
    """What a cycle's structure shows, as plain values (``CycleData`` and ``CycleStructure`` alike)."""
    return (
        [(p.id, p.label, p.due) for p in data.periods],
        [
            (r.target.id, r.target.indicator, r.target.value, r.aggregation, r.units, r.task.text)
            for r in data.rows
        ],
        [(t.id, t.text) for t in data.tasks],
        sorted(data.task_units.items()),
        sorted((i, o.name) for i, o in data.units.items()),
        [(f.id, f.title) for f in data.fields],
    )


def _load(small) -> compute.CycleData:
    return compute.cycle_data_load(cycle=Cycle.objects.get(pk=small.cycle.pk), with_stored=False)


@pytest.mark.parametrize("write", list(STRUCTURE_WRITES))
def test_every_structure_write_moves_that_cycles_structure_stamp_only(world, write):
    small, other, _ = world
    before, before_other = datacache.structure_stamps(small.cycle.id), datacache.structure_stamps(other.id)
    STRUCTURE_WRITES[write](small)
    assert datacache.structure_stamps(small.cycle.id) != before
    if write != "unit renamed (stamp 0)":  # organisations are every cycle's
        assert datacache.structure_stamps(other.id) == before_other


@pytest.mark.parametrize("write", list(STRUCTURE_WRITES))
def test_a_structure_change_by_any_path_shows_at_once_in_the_cached_cycle_data(world, write):
    small, _, _ = world
    before = _digest(_load(small))
    assert _digest(_load(small)) == before  # kept: the next load is served from the cache
    STRUCTURE_WRITES[write](small)
    shown = _digest(_load(small))
    assert shown != before
    assert shown == _digest(compute.cycle_structure_load(cycle=Cycle.objects.get(pk=small.cycle.pk)))


def _task_entry(s, r) -> None:
    TaskEntry.objects.create(report=r, key_task=s.task_words, status="in_progress")


# Everything a unit writes on deadline day, by several paths: the cycle's stamp moves, its structure's not.
VALUE_WRITES = {
    "value saved": lambda s, r: services.entry_save(
        report=r, target=s.poverty, kind="estimate", value=Decimal("2.5"), version=None, user=SYSTEM
    ),
    "value, QuerySet.update": lambda s, r: Entry.objects.filter(report=r).update(value=Decimal(7)),
    "value, raw SQL": lambda s, r: _raw(
        "UPDATE progress_entry SET value = value + 1 WHERE report_id = %s", [r.id]
    ),
    "value deleted": lambda s, r: Entry.objects.filter(report=r).delete(),
    "report sent": lambda s, r: Report.objects.filter(pk=r.pk).update(status="submitted"),
    "report created": lambda s, r: services.report_get_or_create(
        period=s.periods[("month", 4)], unit=s.cast.unit
    ),
    "task progress": _task_entry,
    "evidence added": lambda s, r: Evidence.objects.create(report=r, file="mc.pdf", name="mc.pdf"),
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
}


@pytest.mark.parametrize("write", list(VALUE_WRITES))
def test_a_units_values_and_reports_move_the_cycles_stamp_but_not_its_structure_stamp(world, write):
    small, _, report = world
    stamps, structure = datacache.cycle_stamps([small.cycle.id]), datacache.structure_stamps(small.cycle.id)
    VALUE_WRITES[write](small, report)
    assert datacache.cycle_stamps([small.cycle.id]) != stamps
    assert datacache.structure_stamps(small.cycle.id) == structure


@pytest.mark.parametrize("table", sorted(_0008.STRUCTURE))
def test_every_structure_table_keeps_its_three_structure_triggers(table):
    # Like test_stamp_triggers: a later SQLite table rebuild drops a table's triggers with it.
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = %s "
                "AND name LIKE 'tt_structure_%%'",
                [table],
            )
        else:
            cursor.execute(
                "SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE c.relname = %s AND t.tgname LIKE 'tt_structure_%%'",
                [table],
            )
        assert cursor.fetchone()[0] == 3


def _report_url(small, period) -> str:
    return reverse("web:progress_report", args=[small.cycle.id, period.id, small.cast.unit.id])


def _dashboard_url(small) -> str:
    return reverse("web:progress_dashboard", args=[small.cycle.id])


@pytest.mark.parametrize("page", ["report page", "dashboard"])
def test_a_value_save_recomputes_the_page_without_loading_the_structure_again(
    world, client, monkeypatch, page
):
    small, _, report = world
    period = small.periods[("month", 3)]
    if page == "report page":
        client.force_login(small.cast.unit_staff)
        url, params = _report_url(small, period), {}
    else:
        Report.objects.filter(pk=report.pk).update(status="submitted")  # counted on the dashboard
        client.force_login(small.cast.leader)
        url, params = _dashboard_url(small), {"ky": period.id}
    built: list[int] = []
    original = compute.cycle_structure_load
    monkeypatch.setattr(
        compute, "cycle_structure_load", lambda *, cycle: built.append(cycle.id) or original(cycle=cycle)
    )
    assert client.get(url, params).status_code == 200
    assert built == [small.cycle.id]
    with CaptureQueriesContext(connection) as structure_only:
        original(cycle=small.cycle)

    # A unit saves a value: the page is computed again, with the values read anew and the structure kept.
    Entry.objects.filter(report=report, target=small.budget).update(value=Decimal(4321))
    with CaptureQueriesContext(connection) as after_value:
        body = client.get(url, params).content.decode()
    assert "4.321" in body
    assert built == [small.cycle.id]

    # A change of the structure: loaded again, once, and shown.
    Target.objects.filter(pk=small.budget.pk).update(indicator="tổng thu ngân sách nhà nước trên địa bàn")
    with CaptureQueriesContext(connection) as after_structure:
        body = client.get(url, params).content.decode()
    assert "tổng thu ngân sách nhà nước trên địa bàn" in body
    assert built == [small.cycle.id, small.cycle.id]
    # The structure is most of a recomputation's queries: a value save spares every one of them.
    assert len(structure_only) >= 5
    assert len(after_value) + len(structure_only) <= len(after_structure)


def test_a_structure_reads_its_cycles_fields_only_when_asked(world, django_assert_num_queries):
    small, _, _ = world
    cycle = Cycle.objects.get(pk=small.cycle.pk)
    with CaptureQueriesContext(connection) as ctx:
        structure = compute.cycle_structure_load(cycle=cycle)
    assert not [q["sql"] for q in ctx.captured_queries if 'FROM "cycles_field"' in q["sql"]]
    # Asked for, the fields are read once, in order, and then kept with the structure.
    expected = list(Field.objects.filter(cycle=cycle).order_by("order"))
    assert expected
    with django_assert_num_queries(1):
        assert [f.id for f in structure.fields] == [f.id for f in expected]
    with django_assert_num_queries(0):
        assert [f.id for f in structure.fields] == [f.id for f in expected]
    # The cycle's data gives the same, from its structure; a lean structure has none.
    data = compute.cycle_data_load(cycle=cycle, with_stored=False, structure=structure)
    with django_assert_num_queries(0):
        assert [f.id for f in data.fields] == [f.id for f in expected]
    assert compute.cycle_structure_load(cycle=cycle, lean=True).fields == []
