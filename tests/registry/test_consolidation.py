"""Consolidation, value choices, approval with versions, adjustment, carry-over and reminders."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from trongtam.registry.cycles import consolidation, history, services
from trongtam.registry.cycles.models import ApprovedVersion, KeyTask, Reminder, ValueChoice


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


def _propose(cast, unit, tasks):
    """A submitted proposal of ``unit`` with ``tasks``: [(field, text, [(indicator, value, unit)])]."""
    proposal = services.proposal_create(cycle=cast.cycle, unit=unit)
    for title, text, targets in tasks:
        field = services.field_get_or_create(cycle=cast.cycle, title=title)
        task = services.key_task_create(cycle=cast.cycle, proposal=proposal, field=field, text=text)
        for indicator, value, measure in targets:
            services.target_create(key_task=task, indicator=indicator, value=Decimal(value), unit=measure)
    proposal.status = "submitted"
    proposal.save()
    return proposal


KT = "LĨNH VỰC KINH TẾ - XÃ HỘI"


@pytest.fixture
def two_proposals(cast):
    _propose(
        cast,
        cast.unit,
        [
            (
                KT,
                "Tổng thu ngân sách trên địa bàn 195.000 triệu đồng.",
                [("tổng thu ngân sách trên địa bàn", "195000", "triệu đồng")],
            ),
            (
                KT,
                "Thu hút lượng khách du lịch năm 2024 đạt 750.000 lượt người.",
                [("lượng khách du lịch", "750000", "lượt người")],
            ),
        ],
    )
    _propose(
        cast,
        cast.other_unit,
        [
            (
                KT,
                "Tổng thu ngân sách trên địa bàn 200.000 triệu đồng",
                [("tổng thu ngân sách trên địa bàn", "200000", "triệu đồng")],
            ),
            (KT, "Xây dựng 02 xã đạt chuẩn nông thôn mới.", [("xã đạt chuẩn nông thôn mới", "2", "xã")]),
        ],
    )
    return cast


def test_near_duplicate_tasks_of_two_units_become_one_list_task_showing_both(two_proposals):
    cast = two_proposals
    taken = consolidation.consolidation_build(cycle=cast.cycle, user=cast.coordinator)
    assert taken == 4
    tasks = list(consolidation.list_tasks(cast.cycle).order_by("order"))
    assert len(tasks) == 3
    budget = next(t for t in tasks if "ngân sách" in t.text)
    assert {s.proposal.unit for s in budget.sources.all()} == {cast.unit, cast.other_unit}
    cast.cycle.refresh_from_db()
    assert cast.cycle.status == "consolidating"


def test_different_values_for_one_indicator_are_shown_and_the_choice_is_recorded(two_proposals):
    cast = two_proposals
    consolidation.consolidation_build(cycle=cast.cycle, user=cast.coordinator)
    choice = ValueChoice.objects.get()
    values = sorted(Decimal(a["value"]) for a in choice.alternatives)
    assert values == [Decimal("195000"), Decimal("200000")]
    other = next(a for a in choice.alternatives if Decimal(a["value"]) == 200000)
    target = consolidation.value_choice_decide(
        choice=choice, user=cast.coordinator, target_id=other["target_id"]
    )
    assert target.value == Decimal("200000")
    choice.refresh_from_db()
    assert choice.decided_by == cast.coordinator and "UBND" in choice.note


def test_building_twice_takes_in_only_new_proposals(two_proposals):
    cast = two_proposals
    consolidation.consolidation_build(cycle=cast.cycle, user=cast.coordinator)
    assert consolidation.consolidation_build(cycle=cast.cycle, user=cast.coordinator) == 0
    assert consolidation.list_tasks(cast.cycle).count() == 3


def test_units_and_leaders_cannot_consolidate(two_proposals):
    cast = two_proposals
    for user in (cast.unit_staff, cast.leader, cast.outsider):
        with pytest.raises(PermissionDenied):
            consolidation.consolidation_build(cycle=cast.cycle, user=user)


def test_approval_needs_the_value_choices_made_then_numbers_locks_and_keeps_a_version(two_proposals):
    cast = two_proposals
    consolidation.consolidation_build(cycle=cast.cycle, user=cast.coordinator)
    with pytest.raises(ValidationError, match="chưa được chọn"):
        consolidation.cycle_approve(cycle=cast.cycle, user=cast.leader)
    choice = ValueChoice.objects.get()
    consolidation.value_choice_decide(
        choice=choice, user=cast.coordinator, target_id=choice.alternatives[0]["target_id"]
    )
    with pytest.raises(PermissionDenied):
        consolidation.cycle_approve(cycle=cast.cycle, user=cast.coordinator)
    version = consolidation.cycle_approve(cycle=cast.cycle, user=cast.leader)
    assert version.number == 1 and [t["number"] for t in version.snapshot] == ["1", "2", "3"]
    assert cast.cycle.fields.get(title=KT).number == "I"
    task = consolidation.list_tasks(cast.cycle).first()
    with pytest.raises(ValidationError, match="khóa"):
        consolidation.list_task_update(task=task, user=cast.coordinator, text="Sửa sau phê duyệt")


def test_a_mid_year_adjustment_needs_a_reason_and_keeps_the_approved_version(two_proposals):
    cast = two_proposals
    consolidation.consolidation_build(cycle=cast.cycle, user=cast.coordinator)
    choice = ValueChoice.objects.get()
    consolidation.value_choice_decide(
        choice=choice, user=cast.coordinator, target_id=choice.alternatives[0]["target_id"]
    )
    consolidation.cycle_approve(cycle=cast.cycle, user=cast.leader)
    with pytest.raises(ValidationError):
        consolidation.cycle_start_adjustment(cycle=cast.cycle, user=cast.coordinator, reason=" ")
    consolidation.cycle_start_adjustment(
        cycle=cast.cycle, user=cast.coordinator, reason="Điều chỉnh theo Nghị quyết"
    )
    task = consolidation.list_tasks(cast.cycle).get(text__contains="khách du lịch")
    consolidation.list_task_update(
        task=task, user=cast.coordinator, text="Thu hút 800.000 lượt khách du lịch."
    )
    with pytest.raises(ValidationError, match="lý do"):
        consolidation.cycle_approve(cycle=cast.cycle, user=cast.leader)
    second = consolidation.cycle_approve(
        cycle=cast.cycle, user=cast.leader, reason="Điều chỉnh theo Nghị quyết"
    )
    first = ApprovedVersion.objects.get(cycle=cast.cycle, number=1)
    rows = history.snapshot_compare(first.snapshot, second.snapshot)
    assert [r.status for r in rows].count("changed") == 1
    assert {r.status for r in rows} == {"same", "changed"}


def test_the_office_merges_edits_orders_and_marks_main_targets(two_proposals):
    cast = two_proposals
    consolidation.consolidation_build(cycle=cast.cycle, user=cast.coordinator)
    tasks = list(consolidation.list_tasks(cast.cycle).order_by("order"))
    merged = consolidation.list_task_merge(task=tasks[1], other=tasks[2], user=cast.coordinator)
    assert consolidation.list_tasks(cast.cycle).count() == 2
    assert merged.targets.count() == 2
    consolidation.list_task_move(task=merged, user=cast.coordinator, offset=-1)
    assert consolidation.list_tasks(cast.cycle).order_by("order").first() == merged
    updated = consolidation.list_task_update(
        task=merged,
        user=cast.coordinator,
        lead_units=[cast.other_unit],
        deadline=date(2024, 12, 31),
        expected_version=merged.version,
    )
    assert updated.lead_text == "UBND huyện Hữu Lũng"
    with pytest.raises(ValidationError, match="người khác"):
        consolidation.list_task_update(task=merged, user=cast.coordinator, text="x", expected_version=1)
    target = merged.targets.first()
    assert consolidation.target_mark_main(target=target, user=cast.coordinator, is_main=True).is_main


def test_unfinished_tasks_of_an_earlier_cycle_can_be_carried_over_linked_to_the_original(two_proposals):
    cast = two_proposals
    consolidation.consolidation_build(cycle=cast.cycle, user=cast.coordinator)
    new = services.cycle_create(owner=cast.board, office=cast.office, year=2025, status="open")
    candidates = consolidation.carry_over_candidates(cycle=new)
    assert len(candidates) == 3
    copy = consolidation.key_task_carry_over(task=candidates[0], into=new, user=cast.coordinator)
    assert copy.carried_from == candidates[0] and copy.cycle == new
    assert copy.targets.count() == candidates[0].targets.count()
    assert len(consolidation.carry_over_candidates(cycle=new)) == 2
    with pytest.raises(ValidationError):
        consolidation.key_task_carry_over(task=candidates[0], into=new, user=cast.coordinator)


def test_late_units_are_listed_and_reminded_by_mail_and_in_app(cast, mailoutbox):
    cast.unit.email = "hdnd@huulung.example"
    cast.unit.save()
    cast.unit_staff.email = "canbo@huulung.example"
    cast.unit_staff.save()
    statuses = consolidation.cycle_unit_statuses(cycle=cast.cycle, today=date(2023, 12, 6))
    assert [s.late for s in statuses] == [True, True]
    reminders = consolidation.cycle_remind_units(cycle=cast.cycle, user=cast.coordinator, units=[cast.unit])
    assert len(mailoutbox) == 1
    assert set(mailoutbox[0].to) == {"hdnd@huulung.example", "canbo@huulung.example"}
    assert "1292-CV/HU" in mailoutbox[0].body and "05/12/2023" in mailoutbox[0].body
    assert Reminder.objects.get() == reminders[0]
    statuses = consolidation.cycle_unit_statuses(cycle=cast.cycle, today=date(2023, 12, 6))
    assert statuses[0].unit == cast.unit and statuses[0].reminded_at is not None


def test_before_the_deadline_nobody_is_late(cast):
    statuses = consolidation.cycle_unit_statuses(cycle=cast.cycle, today=date(2023, 12, 1))
    assert not any(s.late for s in statuses)


def test_the_history_names_who_changed_what(two_proposals):
    cast = two_proposals
    consolidation.consolidation_build(cycle=cast.cycle, user=cast.coordinator)
    task = consolidation.list_tasks(cast.cycle).get(text__contains="khách du lịch")
    task.text = "Thu hút 800.000 lượt khách."
    task.save()
    entries = history.cycle_history(cycle=cast.cycle)
    changed = [e for e in entries if e.action == "Sửa" and e.kind == "Nhiệm vụ"]
    assert changed and changed[0].changes[0][2] == "Thu hút 800.000 lượt khách."
    assert KeyTask.objects.filter(cycle=cast.cycle).count() >= 7
