"""Services and selectors of the cycles app."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.http import Http404

from trongtam.registry.cycles import selectors, services
from trongtam.registry.cycles.models import KeyTask, Target


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


def test_importing_a_document_creates_fields_tasks_subitems_and_targets(cast, seed_document):
    proposal = services.proposal_create(cycle=cast.cycle, unit=cast.unit)
    services.proposal_import_document(proposal=proposal, document=seed_document)

    tree = selectors.cycle_tree(cycle=cast.cycle, proposal_id=proposal.id)  # a draft: its own page
    assert [g.field.title for g in tree] == ["LĨNH VỰC KINH TẾ - XÃ HỘI", "LĨNH VỰC QUỐC PHÒNG, AN NINH"]
    assert [t.number for t in tree[0].tasks] == ["1", "13"]
    assert len(tree[0].tasks[1].children.all()) == 2
    target = Target.objects.get(indicator="tổng thu ngân sách trên địa bàn")
    assert target.value == Decimal("195000") and target.unit == "triệu đồng" and target.op == ">="
    assert target.key_task.proposal == proposal


def test_importing_keeps_only_planned_values_as_targets(cast, seed_document):
    proposal = services.proposal_create(cycle=cast.cycle, unit=cast.unit)
    services.proposal_import_document(proposal=proposal, document=seed_document)
    security = KeyTask.objects.get(field__title="LĨNH VỰC QUỐC PHÒNG, AN NINH")
    assert [t.indicator for t in security.targets.all()] == ["số vụ phạm pháp hình sự"]
    assert security.targets.get().change == "decrease"


def test_a_field_of_the_same_title_is_reused_across_proposals(cast, seed_document):
    for unit in (cast.unit, cast.other_unit):
        proposal = services.proposal_create(cycle=cast.cycle, unit=unit)
        services.proposal_import_document(proposal=proposal, document=seed_document)
    assert cast.cycle.fields.count() == 2
    assert KeyTask.objects.filter(cycle=cast.cycle, parent__isnull=True).count() == 6


def test_a_range_target_needs_its_upper_bound(cast):
    task = services.key_task_create(cycle=cast.cycle, text="Tăng trưởng kinh tế")
    with pytest.raises(ValidationError):
        services.target_create(key_task=task, indicator="tốc độ tăng trưởng", value=Decimal("8"), op="range")
    assert not Target.objects.exists()


def test_every_change_to_a_target_is_kept_in_history(cast):
    task = services.key_task_create(cycle=cast.cycle, text="Thu ngân sách")
    target = services.target_create(key_task=task, indicator="thu ngân sách", value=Decimal("195000"))
    target.value = Decimal("200000")
    target.save()
    values = [h.value for h in target.history.order_by("history_date")]
    assert values == [Decimal("195000"), Decimal("200000")]


@pytest.mark.parametrize("who", ["coordinator", "unit_staff", "leader"])
def test_members_of_the_body_its_office_and_invited_units_see_the_cycle(cast, who):
    user = getattr(cast, who)
    assert list(selectors.cycle_list_for_user(user=user)) == [cast.cycle]
    assert selectors.cycle_get_for_user(user=user, cycle_id=cast.cycle.id) == cast.cycle


def test_an_outsider_sees_no_cycle_and_gets_404(cast):
    assert list(selectors.cycle_list_for_user(user=cast.outsider)) == []
    with pytest.raises(Http404):
        selectors.cycle_get_for_user(user=cast.outsider, cycle_id=cast.cycle.id)


def test_the_cycle_tree_takes_a_fixed_number_of_queries(cast, seed_document, django_assert_max_num_queries):
    proposal = services.proposal_create(cycle=cast.cycle, unit=cast.unit)
    services.proposal_import_document(proposal=proposal, document=seed_document)
    with django_assert_max_num_queries(12):
        tree = selectors.cycle_tree(cycle=cast.cycle)
        _ = [(t.targets.all(), [c.targets.all() for c in t.children.all()]) for g in tree for t in g.tasks]


def test_the_list_is_read_in_one_query_before_and_after_consolidation(cast, django_assert_num_queries):
    from django.contrib.auth import get_user_model

    from trongtam.registry.cycles import proposals
    from trongtam.registry.cycles.models import Proposal, ProposalStatus
    from trongtam.registry.organisations.services import membership_add

    other_staff = get_user_model().objects.create_user(username="ubnd-ds", password="x")
    membership_add(user=other_staff, organisation=cast.other_unit, role="unit_staff")
    sent = proposals.proposal_start(cycle=cast.cycle, unit=cast.unit, user=cast.unit_staff)
    draft = proposals.proposal_start(cycle=cast.cycle, unit=cast.other_unit, user=other_staff)
    Proposal.objects.filter(pk=sent.pk).update(status=ProposalStatus.SUBMITTED)
    proposed = services.key_task_create(cycle=cast.cycle, proposal=sent, text="Đề xuất đã gửi")
    services.key_task_create(cycle=cast.cycle, proposal=draft, text="Bản nháp, của đơn vị")

    # Before the office consolidates: the submitted proposals' tasks, never a draft's.
    with django_assert_num_queries(1):
        before = list(selectors.reporting_tasks(cycle=cast.cycle))
    assert [t.id for t in before] == [proposed.id]
    assert not selectors.cycle_has_list(cycle=cast.cycle)
    # Once the cycle has its own list: that list alone, the proposals' tasks no more.
    own = services.key_task_create(cycle=cast.cycle, text="Nhiệm vụ của đợt")
    services.key_task_create(cycle=cast.cycle, parent=own, text="Ý nhỏ của đợt")
    with django_assert_num_queries(1):
        after = list(selectors.reporting_tasks(cycle=cast.cycle))
    assert [t.id for t in after] == [own.id]
    assert selectors.list_scope(cycle=cast.cycle).count() == 2
    assert selectors.list_scope(cycle=cast.cycle.id).filter(proposal__isnull=False).count() == 0
