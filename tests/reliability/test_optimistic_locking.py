"""Two people editing the same value: the second gets a clear conflict (in Vietnamese) and nothing is lost.

Covered: a progress value (entry_save), a task's progress (task_entry_save), a list task in the office's
consolidation (list_task_update, through the service and through the page), a proposal's target
(target_update). Each time the first person's edit survives and the second person's is refused, never
silently merged.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from trongtam.registry.cycles import consolidation, proposals
from trongtam.registry.cycles import services as cycles
from trongtam.registry.cycles.models import KeyTask, Target
from trongtam.registry.organisations.services import membership_add
from trongtam.registry.policy import SYSTEM
from trongtam.registry.progress import services as progress
from trongtam.registry.progress.errors import ConflictError
from trongtam.registry.progress.models import Entry, TaskEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def report_setup(cast):
    field = cycles.field_get_or_create(cycle=cast.cycle, title="KINH TẾ", number="I")
    task = cycles.key_task_create(cycle=cast.cycle, field=field, text="Thu ngân sách", number="1")
    task.lead_units.add(cast.unit)
    target = cycles.target_create(key_task=task, indicator="thu ngân sách", value=Decimal(100), unit="tỷ")
    periods = progress.period_generate_defaults(cycle=cast.cycle)
    jan = next(p for p in periods if p.kind == "month" and p.number == 1)
    report = progress.report_get_or_create(period=jan, unit=cast.unit)
    return cast, task, target, jan, report


def test_two_people_saving_the_same_progress_value(report_setup):
    _, _, target, _, report = report_setup
    first = progress.entry_save(
        report=report, target=target, kind="estimate", value=Decimal(5), version=None, user=SYSTEM
    )
    assert first is not None and first.version == 1
    # Both open the form showing version 1; the first saves 10, the second then tries 20.
    progress.entry_save(
        report=report, target=target, kind="estimate", value=Decimal(10), version=1, user=SYSTEM
    )
    with pytest.raises(ConflictError) as exc:
        progress.entry_save(
            report=report, target=target, kind="estimate", value=Decimal(20), version=1, user=SYSTEM
        )
    assert "vừa được người khác cập nhật (phiên bản 2)" in exc.value.message_vi
    entry = Entry.objects.get(report=report, target=target, kind="estimate")
    assert entry.value == Decimal(10) and entry.version == 2


def test_two_people_creating_the_same_value_at_once(report_setup):
    _, _, target, _, report = report_setup
    progress.entry_save(
        report=report, target=target, kind="estimate", value=Decimal(3), version=None, user=SYSTEM
    )
    with pytest.raises(ConflictError):
        progress.entry_save(
            report=report, target=target, kind="estimate", value=Decimal(4), version=None, user=SYSTEM
        )
    assert Entry.objects.get(report=report, target=target).value == Decimal(3)


def test_two_people_saving_the_same_task_progress(report_setup):
    _, task, _, _, report = report_setup
    progress.task_entry_save(
        report=report, key_task=task, status="in_progress", version=None, narrative="A", user=SYSTEM
    )
    progress.task_entry_save(
        report=report, key_task=task, status="done", version=1, narrative="B", user=SYSTEM
    )
    with pytest.raises(ConflictError):
        progress.task_entry_save(
            report=report, key_task=task, status="not_done", version=1, narrative="C", user=SYSTEM
        )
    saved = TaskEntry.objects.get(report=report, key_task=task)
    assert (saved.status, saved.narrative, saved.version) == ("done", "B", 2)


def test_the_report_page_shows_the_conflict_and_keeps_the_first_value(report_setup):
    cast, _, target, jan, report = report_setup
    second = get_user_model().objects.create_user(username="hdnd2", password="x")
    membership_add(user=second, organisation=cast.unit, role="unit_staff")
    url = reverse("web:progress_report", args=[cast.cycle.id, jan.id, cast.unit.id])
    a, b = Client(), Client()
    a.force_login(cast.unit_staff)
    b.force_login(second)
    a.post(url, {f"value_{target.id}": "5", "action": "save"})
    ver = Entry.objects.get(report=report, target=target).version
    form = {f"ver_{target.id}_estimate": str(ver), "action": "save"}
    assert a.post(url, {**form, f"value_{target.id}": "10"}).status_code in (200, 302)
    response = b.post(url, {**form, f"value_{target.id}": "20"}, follow=True)
    assert response.status_code in (200, 400, 409)
    assert Entry.objects.get(report=report, target=target).value == Decimal(10)
    html = response.content.decode()
    assert "người khác" in html or "xung đột" in html.lower() or "tải lại" in html, html[:2000]


@pytest.fixture
def list_setup(cast):
    from trongtam.registry.cycles.models import Proposal

    proposal = proposals.proposal_start(cycle=cast.cycle, unit=cast.unit, user=cast.unit_staff)
    field = cycles.field_get_or_create(cycle=cast.cycle, title="KINH TẾ", number="I")
    cycles.key_task_create(cycle=cast.cycle, proposal=proposal, field=field, text="Thu ngân sách", number="1")
    proposals.proposal_submit(proposal=Proposal.objects.get(pk=proposal.pk), user=cast.unit_staff)
    consolidation.consolidation_build(cycle=cast.cycle, user=cast.coordinator)
    return cast, consolidation.list_tasks(cast.cycle).get()


def test_two_coordinators_editing_the_same_list_task(list_setup):
    cast, task = list_setup
    consolidation.list_task_update(
        task=KeyTask.objects.get(pk=task.pk),
        user=cast.coordinator,
        expected_version=task.version,
        text="Bản A",
    )
    with pytest.raises(ValidationError) as exc:
        consolidation.list_task_update(
            task=KeyTask.objects.get(pk=task.pk),
            user=cast.coordinator,
            expected_version=task.version,
            text="Bản B",
        )
    assert "người khác" in str(exc.value)
    assert KeyTask.objects.get(pk=task.pk).text == "Bản A"


def test_two_coordinators_whose_requests_interleave(list_setup):
    cast, task = list_setup
    seen_by_a = KeyTask.objects.get(pk=task.pk)
    seen_by_b = KeyTask.objects.get(pk=task.pk)  # both requests read version 1 before either writes
    consolidation.list_task_update(task=seen_by_a, user=cast.coordinator, expected_version=1, text="Bản A")
    with pytest.raises(ValidationError):
        consolidation.list_task_update(
            task=seen_by_b, user=cast.coordinator, expected_version=1, text="Bản B"
        )
    assert KeyTask.objects.get(pk=task.pk).text == "Bản A"


def test_the_consolidation_page_refuses_a_stale_edit(list_setup):
    cast, task = list_setup
    other = get_user_model().objects.create_user(username="vanphong2", password="x")
    membership_add(user=other, organisation=cast.office, role="coordinator")
    url = reverse("web:list_task_edit", args=[cast.cycle.id, task.id])
    a, b = Client(), Client()
    a.force_login(cast.coordinator)
    b.force_login(other)
    form = {"version": str(task.version), "text": "", "deadline": ""}
    a.post(url, {**form, "text": "Bản của người thứ nhất"})
    response = b.post(url, {**form, "text": "Bản của người thứ hai"}, follow=True)
    assert response.status_code in (200, 400, 409)
    assert KeyTask.objects.get(pk=task.pk).text == "Bản của người thứ nhất"
    assert "người khác" in response.content.decode()


def test_two_people_correcting_the_same_proposed_target(cast):
    proposal = proposals.proposal_start(cycle=cast.cycle, unit=cast.unit, user=cast.unit_staff)
    task = cycles.key_task_create(cycle=cast.cycle, proposal=proposal, text="Thu ngân sách", number="1")
    target = cycles.target_create(key_task=task, indicator="thu ngân sách", value=Decimal(100), unit="tỷ")
    proposals.target_update(target=target, user=cast.unit_staff, expected_version=1, value=Decimal(120))
    with pytest.raises(ValidationError) as exc:
        proposals.target_update(target=target, user=cast.unit_staff, expected_version=1, value=Decimal(130))
    assert exc.value.code == "conflict"
    assert Target.objects.get(pk=target.pk).value == Decimal(120)
