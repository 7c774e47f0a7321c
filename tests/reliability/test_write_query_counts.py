"""A report form's save costs the same number of queries for 3 values as for 30 (deadline day).

On a reporting deadline every unit saves at once; a save that ran ~20 queries per value (a lock, the
person's rights, the unit's tasks and the current value read again for each row) made 25 values cost
~560 queries and saturated the database. ``report_save`` checks once and writes in bulk.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from trongtam.registry.cycles import services as cycles
from trongtam.registry.progress import services
from trongtam.registry.progress.models import Entry

pytestmark = pytest.mark.django_db

SLACK = 2


def _save(cast, report, targets, value: str) -> int:
    versions = {e.target_id: e.version for e in Entry.objects.filter(report=report)}
    inputs = [
        services.EntryInput(
            target=t, kind="estimate", value=Decimal(value.replace(",", ".")), version=versions.get(t.id)
        )
        for t in targets
    ]
    with CaptureQueriesContext(connection) as ctx:
        changed = services.report_save(report=report, entries=inputs, user=cast.unit_staff)
    assert changed == len(targets)
    return len(ctx.captured_queries)


def test_a_report_save_costs_the_same_queries_for_ten_times_the_values(cast):
    field = cycles.field_get_or_create(cycle=cast.cycle, title="LĨNH VỰC KINH TẾ", number="I")
    task = cycles.key_task_create(cycle=cast.cycle, field=field, number="1", text="Phát triển kinh tế.")
    task.lead_units.add(cast.unit)
    few = [
        cycles.target_create(key_task=task, indicator=f"chỉ tiêu {i}", value=Decimal(100), unit="hộ")
        for i in range(3)
    ]
    more = few + [
        cycles.target_create(key_task=task, indicator=f"chỉ tiêu thêm {i}", value=Decimal(100), unit="hộ")
        for i in range(27)
    ]
    periods = {(p.kind, p.number): p for p in services.period_generate_defaults(cycle=cast.cycle)}
    small = services.report_get_or_create(period=periods[("month", 1)], unit=cast.unit)
    large = services.report_get_or_create(period=periods[("month", 2)], unit=cast.unit)

    created = (_save(cast, small, few, "7"), _save(cast, large, more, "7"))
    updated = (_save(cast, small, few, "8,5"), _save(cast, large, more, "8,5"))

    assert created[1] <= created[0] + SLACK, f"new values: {created[0]} → {created[1]} queries"
    assert updated[1] <= updated[0] + SLACK, f"changed values: {updated[0]} → {updated[1]} queries"
    # Every value and its history row were written.
    assert Entry.objects.filter(report=large, value=Decimal("8.5")).count() == 30
    assert Entry.history.filter(report_id=large.id).count() == 60
