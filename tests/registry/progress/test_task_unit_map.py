"""``compute.task_unit_map`` (plain values, three queries) answers exactly what ``task_units_of`` does.

The dashboard, the report page, a save's rights check and a send's checks all ask which units report on
each task; they used to prefetch six relations of model instances for it, again after every write.
"""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from trongtam.registry.cycles import proposals
from trongtam.registry.cycles import services as cycles
from trongtam.registry.cycles.models import KeyTask
from trongtam.registry.organisations.services import membership_add, organisation_create
from trongtam.registry.progress import compute


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


pytestmark = pytest.mark.django_db


def _by_prefetch(tops: list[KeyTask]) -> tuple[dict[int, tuple[int, ...]], dict[int, int]]:
    """The rule as it was written first: ``task_units_of`` over prefetched tasks and sub-items."""
    units: dict[int, tuple[int, ...]] = {}
    parent_of: dict[int, int] = {}
    for task in KeyTask.objects.filter(id__in=[t.id for t in tops]).prefetch_related(
        "lead_units", "children__lead_units", "children__proposal", "sources__proposal", "proposal"
    ):
        found = set(compute.task_units_of(task))
        for child in task.children.all():
            parent_of[child.id] = task.id
            found.update(compute.task_units_of(child, task))
        units[task.id] = tuple(sorted(found))
    return units, parent_of


def test_every_way_a_task_gets_its_units_gives_the_same_answer(cast):
    third = organisation_create(name="Ban Tuyên giáo", code="BTG", kind="party_agency", level="district")
    cast.cycle.invited_units.add(third)
    # Two proposals (their units report on their own tasks, and on list tasks drawn from them).
    mine = proposals.proposal_start(cycle=cast.cycle, unit=cast.unit, user=cast.unit_staff)
    other_staff = get_user_model().objects.create_user(username="ubnd", password="x")
    membership_add(user=other_staff, organisation=cast.other_unit, role="unit_staff")
    theirs = proposals.proposal_start(cycle=cast.cycle, unit=cast.other_unit, user=other_staff)
    proposed = cycles.key_task_create(cycle=cast.cycle, proposal=mine, text="Đề xuất của HĐND")
    proposed_child = cycles.key_task_create(cycle=cast.cycle, parent=proposed, text="Ý nhỏ của đề xuất")
    other_proposed = cycles.key_task_create(cycle=cast.cycle, proposal=theirs, text="Đề xuất của UBND")
    # The cycle's own list (no proposal): each rule of task_units_of once.
    led = cycles.key_task_create(cycle=cast.cycle, text="Có đơn vị chủ trì")
    led.lead_units.add(cast.unit, third)
    led_child = cycles.key_task_create(cycle=cast.cycle, parent=led, text="Ý nhỏ, chủ trì riêng")
    led_child.lead_units.add(cast.other_unit)
    inherits = cycles.key_task_create(cycle=cast.cycle, parent=led, text="Ý nhỏ theo việc cha")
    sourced = cycles.key_task_create(cycle=cast.cycle, text="Tổng hợp từ hai đề xuất")
    sourced.sources.add(proposed, other_proposed)
    sourced_child = cycles.key_task_create(cycle=cast.cycle, parent=sourced, text="Ý nhỏ, nguồn của cha")
    child_sourced = cycles.key_task_create(cycle=cast.cycle, text="Nguồn ở ý nhỏ")
    child_with_source = cycles.key_task_create(cycle=cast.cycle, parent=child_sourced, text="Ý nhỏ có nguồn")
    child_with_source.sources.add(other_proposed)
    child_proposed = cycles.key_task_create(cycle=cast.cycle, text="Ý nhỏ của một đề xuất")
    cycles.key_task_create(cycle=cast.cycle, parent=child_proposed, proposal=theirs, text="Ý nhỏ UBND")
    nobody = cycles.key_task_create(cycle=cast.cycle, text="Chưa ai chủ trì")
    tops = [proposed, other_proposed, led, sourced, child_sourced, child_proposed, nobody]

    expected = _by_prefetch(tops)
    with CaptureQueriesContext(connection) as ctx:
        found = compute.task_unit_map((t.id, t.proposal.unit_id if t.proposal else None) for t in tops)
    assert found == expected
    assert len(ctx.captured_queries) == 3
    # The cases are really different from one another (a map of empty answers would prove nothing).
    units = found[0]
    assert units[proposed.id] == (cast.unit.id,)
    assert units[led.id] == tuple(sorted({cast.unit.id, third.id, cast.other_unit.id}))
    assert units[sourced.id] == tuple(sorted({cast.unit.id, cast.other_unit.id}))
    assert units[child_sourced.id] == (cast.other_unit.id,)
    assert units[child_proposed.id] == (cast.other_unit.id,)
    assert units[nobody.id] == ()
    assert found[1][inherits.id] == led.id and found[1][sourced_child.id] == sourced.id
    assert found[1][proposed_child.id] == proposed.id and found[1][led_child.id] == led.id


def test_the_sources_are_read_only_for_a_task_with_nothing_else_to_go_by(cast):
    mine = proposals.proposal_start(cycle=cast.cycle, unit=cast.unit, user=cast.unit_staff)
    proposed = cycles.key_task_create(cycle=cast.cycle, proposal=mine, text="Đề xuất của HĐND")
    cycles.key_task_create(cycle=cast.cycle, parent=proposed, text="Ý nhỏ của đề xuất")
    led = cycles.key_task_create(cycle=cast.cycle, text="Có đơn vị chủ trì")
    led.lead_units.add(cast.other_unit)
    cycles.key_task_create(cycle=cast.cycle, parent=led, text="Ý nhỏ theo việc cha")
    sourced = cycles.key_task_create(cycle=cast.cycle, text="Tổng hợp từ một đề xuất")
    sourced.sources.add(proposed)

    def mapped(tops: list[KeyTask]) -> tuple[dict[int, tuple[int, ...]], dict[int, int], int]:
        with CaptureQueriesContext(connection) as ctx:
            units, parent_of = compute.task_unit_map(
                (t.id, t.proposal.unit_id if t.proposal else None) for t in tops
            )
        return units, parent_of, len(ctx.captured_queries)

    # Each task has a lead unit or a proposing unit (its own or its parent's): no source is read.
    units, parent_of, queries = mapped([proposed, led])
    assert (units, parent_of) == _by_prefetch([proposed, led])
    assert units == {proposed.id: (cast.unit.id,), led.id: (cast.other_unit.id,)}
    assert queries == 2
    # One task has only its sources to go by: they are read, and count.
    units, parent_of, queries = mapped([proposed, led, sourced])
    assert (units, parent_of) == _by_prefetch([proposed, led, sourced])
    assert units[sourced.id] == (cast.unit.id,)
    assert queries == 3
