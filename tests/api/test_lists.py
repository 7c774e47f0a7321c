"""Pagination, filters, and list endpoints whose query count does not grow with the data."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from trongtam.registry.policy import SYSTEM


def test_pagination_walks_every_item_once(api_as):
    staff = api_as("unit_staff")
    first = staff.get("/periods", page_size=7).json()
    assert first["count"] == 19 and first["page"] == 1 and first["page_size"] == 7
    seen = []
    for page in (1, 2, 3):
        body = staff.get("/periods", page=page, page_size=7).json()
        seen += [p["id"] for p in body["items"]]
    assert len(seen) == 19 == len(set(seen))
    beyond = staff.get("/periods", page=4, page_size=7).json()
    assert beyond["items"] == [] and beyond["count"] == 19


def test_filters(api_as, world, cast):
    leader = api_as("leader")
    assert leader.get("/cycles", year=2024).json()["count"] == 1
    assert leader.get("/cycles", year=2023).json()["count"] == 0
    assert leader.get("/cycles", status="open").json()["count"] == 1
    assert leader.get("/cycles", status="closed").json()["count"] == 0
    assert leader.get("/proposals", unit=cast.unit.id).json()["count"] == 1
    # A draft is its unit's alone: the leader sees the sent proposals only.
    assert leader.get("/proposals", cycle=world.cycle.id, status="submitted").json()["count"] == 2
    assert leader.get("/proposals", status="draft").json()["count"] == 0
    assert leader.get("/periods", kind="quarter").json()["count"] == 4
    assert leader.get("/periods", kind="month", cycle=world.cycle.id).json()["count"] == 12
    own = leader.get("/key-tasks", own_list=True).json()
    assert own["count"] == 3 and all(t["proposal"] is None for t in own["items"])
    assert {t["id"] for t in leader.get("/key-tasks", unit=cast.other_unit.id).json()["items"]} == {
        world.other_target.key_task_id
    }
    proposed = leader.get("/key-tasks", proposal=world.proposal.id).json()
    assert proposed["count"] == 3
    assert any(t["children"] for t in proposed["items"])  # sub-items nested
    assert leader.get("/targets", key_task=world.task.id).json()["count"] == 2
    assert leader.get("/entries", unit=cast.unit.id, kind="estimate").json()["count"] == 1
    assert leader.get("/entries", kind="official").json()["count"] == 0
    assert (
        leader.get("/reports", status="draft", period=world.periods[("quarter", 1)].id).json()["count"] == 1
    )
    q1 = world.periods[("quarter", 1)].id
    assert leader.get("/assessments/targets", period=q1, target=world.budget.id).json()["count"] == 1
    assert leader.get("/assessments/tasks", key_task=world.task.id).json()["count"] == 1
    assert leader.get("/assessments/bodies", organisation=cast.unit.id).json()["count"] == 1


def _grow(world, cast, n: int) -> None:
    """n more tasks (each with a sub-item and targets), proposals, values and periods' reports."""
    from trongtam.registry.cycles import services as cycles
    from trongtam.registry.organisations.services import organisation_create
    from trongtam.registry.progress import services as progress

    q1 = world.periods[("quarter", 1)]
    report = world.report
    for i in range(n):
        task = cycles.key_task_create(cycle=world.cycle, number=str(10 + i), text=f"Nhiệm vụ {i}")
        task.lead_units.add(cast.unit, cast.other_unit)
        child = cycles.key_task_create(cycle=world.cycle, number="-", text=f"Ý {i}", parent=task)
        child.lead_units.add(cast.unit)
        target = cycles.target_create(
            key_task=task, indicator=f"chỉ tiêu {i}", value=Decimal(i + 1), unit="xã"
        )
        cycles.target_create(key_task=child, indicator=f"chỉ tiêu con {i}", value=Decimal(1), unit="%")
        progress.entry_save(
            report=report, target=target, kind="estimate", value=Decimal(i), version=None, user=SYSTEM
        )
        unit = organisation_create(name=f"Đơn vị {i}", code=f"DV{i}", kind="state_agency", level="district")
        world.cycle.invited_units.add(unit)
        proposal = cycles.proposal_create(cycle=world.cycle, unit=unit)
        cycles.key_task_create(cycle=world.cycle, number="1", text="Đề xuất", proposal=proposal)
    progress.cycle_assess(cycle=world.cycle, period=q1)


LISTS = [
    "/cycles",
    "/proposals",
    "/key-tasks",
    "/targets",
    "/periods",
    "/entries",
    "/reports",
    "/assessments/targets",
    "/assessments/tasks",
    "/assessments/bodies",
]


@pytest.mark.parametrize("path", LISTS)
def test_list_queries_do_not_grow_with_the_data(api_as, world, cast, path):
    leader = api_as("leader")
    leader.get("/cycles")  # the token's first use writes its last-used time; not part of the count

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            response = leader.get(path, page_size=200)
        assert response.status_code == 200
        return len(queries)

    before = count()
    _grow(world, cast, 6)
    after = count()
    assert after == before, f"{path}: {before} queries with little data, {after} with more"
