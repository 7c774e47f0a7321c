"""Where two people can edit the same task, a save without the version it was made on is refused."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from trongtam.registry.cycles import consolidation, proposals, services
from trongtam.registry.cycles.models import KeyTask


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


pytestmark = pytest.mark.django_db


def test_a_proposal_task_edit_without_version_is_refused(client, cast):
    proposal = proposals.proposal_start(cycle=cast.cycle, unit=cast.unit, user=cast.unit_staff)
    task = proposals.key_task_add(
        proposal=proposal, user=cast.unit_staff, text="Thu ngân sách", field_title="KT"
    )
    client.force_login(cast.unit_staff)
    url = reverse("web:proposal_task_update", args=[task.id])
    response = client.post(url, {"number": "1", "text": "Ghi đè không phiên bản"}, follow=True)
    task.refresh_from_db()
    assert task.text == "Thu ngân sách" and task.version == 1
    assert "Thiếu phiên bản" in response.content.decode()
    client.post(url, {"number": "1", "text": "Sửa đúng cách", "version": "1"})
    task.refresh_from_db()
    assert task.text == "Sửa đúng cách"


def test_a_consolidation_task_edit_without_version_is_refused(client, cast):
    proposal = services.proposal_create(cycle=cast.cycle, unit=cast.unit)
    field = services.field_get_or_create(cycle=cast.cycle, title="LĨNH VỰC KINH TẾ - XÃ HỘI")
    own = services.key_task_create(
        cycle=cast.cycle, proposal=proposal, field=field, text="Tổng thu ngân sách"
    )
    services.target_create(key_task=own, indicator="tổng thu", value=Decimal("195000"), unit="tr.đ")
    proposal.status = "submitted"
    proposal.save()
    consolidation.consolidation_build(cycle=cast.cycle, user=cast.coordinator)
    task = consolidation.list_tasks(cast.cycle).get()
    client.force_login(cast.coordinator)
    url = reverse("web:list_task_edit", args=[cast.cycle.id, task.id])
    response = client.post(url, {"text": "Ghi đè không phiên bản", "deadline": ""}, follow=True)
    assert KeyTask.objects.get(pk=task.pk).text == task.text
    assert "Thiếu phiên bản" in response.content.decode()
    client.post(url, {"text": "Sửa đúng cách", "deadline": "", "version": str(task.version)})
    assert KeyTask.objects.get(pk=task.pk).text == "Sửa đúng cách"
