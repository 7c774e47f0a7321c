"""A report form's save writes each changed value, note and explanation with its version, author and
history row — and nothing else: unchanged rows and untouched texts stay as they were."""

from __future__ import annotations

from decimal import Decimal

import pytest

from trongtam.registry.cycles import services as cycles
from trongtam.registry.progress import services
from trongtam.registry.progress.models import Entry


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


pytestmark = pytest.mark.django_db


def _inputs(report, rows):
    versions = {e.target_id: e.version for e in Entry.objects.filter(report=report)}
    return [
        services.EntryInput(
            target=t, kind="estimate", value=value, version=versions.get(t.id), note=note, explanation=expl
        )
        for t, value, note, expl in rows
    ]


def test_a_save_writes_each_changed_row_with_its_version_author_and_history_and_leaves_the_rest(cast):
    field = cycles.field_get_or_create(cycle=cast.cycle, title="LĨNH VỰC KINH TẾ", number="I")
    task = cycles.key_task_create(cycle=cast.cycle, field=field, number="1", text="Phát triển kinh tế.")
    task.lead_units.add(cast.unit)
    a, b, c = (
        cycles.target_create(key_task=task, indicator=f"chỉ tiêu {i}", value=Decimal(100), unit="hộ")
        for i in range(3)
    )
    period = next(p for p in services.period_generate_defaults(cycle=cast.cycle) if p.kind == "month")
    report = services.report_get_or_create(period=period, unit=cast.unit)
    first = [(a, Decimal(1), "ghi chú a", ""), (b, Decimal(2), "", "giải trình b"), (c, Decimal(3), "", "")]
    assert services.report_save(report=report, entries=_inputs(report, first), user=cast.unit_staff) == 3
    before = {e.target_id: e for e in Entry.objects.filter(report=report)}

    # Only values change: the notes and explanations stay as stored.
    second = [(a, Decimal("1.5"), "ghi chú a", ""), (b, Decimal(2), "", "giải trình b"), (c, None, "", "")]
    assert services.report_save(report=report, entries=_inputs(report, second), user=cast.unit_staff) == 2
    # Then a text only.
    third = [(a, Decimal("1.5"), "ghi chú a", ""), (b, Decimal(2), "", "giải trình mới"), (c, None, "", "")]
    assert services.report_save(report=report, entries=_inputs(report, third), user=cast.unit_staff) == 1

    after = {e.target_id: e for e in Entry.objects.filter(report=report)}
    assert [(after[t.id].value, after[t.id].note, after[t.id].explanation) for t in (a, b, c)] == [
        (Decimal("1.5"), "ghi chú a", ""),
        (Decimal(2), "", "giải trình mới"),
        (None, "", ""),
    ]
    assert [after[t.id].version for t in (a, b, c)] == [2, 2, 2]
    assert after[a.id].updated_by == cast.unit_staff
    assert after[a.id].updated_at > before[a.id].updated_at
    for t, values in (
        (a, [Decimal(1), Decimal("1.5")]),
        (b, [Decimal(2), Decimal(2)]),
        (c, [Decimal(3), None]),
    ):
        history = list(after[t.id].history.order_by("history_id"))
        assert [h.value for h in history] == values
        assert [h.version for h in history] == [1, 2]
        assert [h.history_type for h in history] == ["+", "~"]
    assert [h.explanation for h in after[b.id].history.order_by("history_id")] == [
        "giải trình b",
        "giải trình mới",
    ]


def test_a_save_that_only_clears_values_writes_them_on_every_database(cast):
    """Every changed row cleared: PostgreSQL types a CASE of NULL parameters as text unless it is cast (500)."""
    field = cycles.field_get_or_create(cycle=cast.cycle, title="LĨNH VỰC XÃ HỘI", number="II")
    task = cycles.key_task_create(cycle=cast.cycle, field=field, number="1", text="Giảm nghèo.")
    task.lead_units.add(cast.unit)
    a, b = (
        cycles.target_create(key_task=task, indicator=f"chỉ tiêu {i}", value=Decimal(5), unit="%")
        for i in range(2)
    )
    period = next(p for p in services.period_generate_defaults(cycle=cast.cycle) if p.kind == "month")
    report = services.report_get_or_create(period=period, unit=cast.unit)
    first = [(a, Decimal(4), "", ""), (b, Decimal(6), "", "")]
    assert services.report_save(report=report, entries=_inputs(report, first), user=cast.unit_staff) == 2
    cleared = [(a, None, "", ""), (b, None, "", "")]
    assert services.report_save(report=report, entries=_inputs(report, cleared), user=cast.unit_staff) == 2
    assert sorted(Entry.objects.filter(report=report).values_list("value", "version")) == [
        (None, 2),
        (None, 2),
    ]
