"""Once the office has consolidated, progress follows the cycle's list, not the proposals it came from."""

from __future__ import annotations

from decimal import Decimal

from trongtam.registry.cycles import consolidation, services
from trongtam.registry.progress import compute


def _submitted(cast, unit, value):
    proposal = services.proposal_create(cycle=cast.cycle, unit=unit)
    task = services.key_task_create(
        cycle=cast.cycle, proposal=proposal, text="Tổng thu ngân sách trên địa bàn."
    )
    services.target_create(
        key_task=task, indicator="tổng thu ngân sách", value=Decimal(value), unit="triệu đồng"
    )
    proposal.status = "submitted"
    proposal.save()


def test_before_consolidation_each_unit_reports_on_its_own_proposed_tasks(cast):
    _submitted(cast, cast.unit, "195000")
    data = compute.cycle_data_load(cycle=cast.cycle)
    assert len(data.rows) == 1
    assert list(data.task_units.values()) == [(cast.unit.id,)]


def test_after_consolidation_only_the_list_counts_and_its_proposers_report_on_it(cast):
    _submitted(cast, cast.unit, "195000")
    _submitted(cast, cast.other_unit, "195000")
    consolidation.consolidation_build(cycle=cast.cycle, user=cast.coordinator)
    data = compute.cycle_data_load(cycle=cast.cycle)
    assert len(data.tasks) == 1 and data.tasks[0].proposal_id is None
    assert len(data.rows) == 1
    assert set(next(iter(data.task_units.values()))) == {cast.unit.id, cast.other_unit.id}


def test_lead_units_chosen_by_the_office_take_over_reporting(cast):
    _submitted(cast, cast.unit, "195000")
    consolidation.consolidation_build(cycle=cast.cycle, user=cast.coordinator)
    task = consolidation.list_tasks(cast.cycle).get()
    consolidation.list_task_update(task=task, user=cast.coordinator, lead_units=[cast.other_unit])
    data = compute.cycle_data_load(cycle=cast.cycle)
    assert list(data.task_units.values()) == [(cast.other_unit.id,)]
