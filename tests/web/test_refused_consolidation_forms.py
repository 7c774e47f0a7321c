"""The office's consolidation forms keep what was typed when refused: 400, the page again, each error
beside its field (aria-invalid, aria-describedby) and the summary on top, nothing saved."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.urls import reverse

from trongtam.registry.cycles import consolidation, services
from trongtam.registry.cycles.models import KeyTask, Proposal, Reminder, ValueChoice


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


pytestmark = pytest.mark.django_db


@pytest.fixture
def listed(cast):
    field = services.field_get_or_create(cycle=cast.cycle, title="LĨNH VỰC KINH TẾ - XÃ HỘI")
    for unit, value in ((cast.unit, "195000"), (cast.other_unit, "200000")):
        proposal = services.proposal_create(cycle=cast.cycle, unit=unit)
        task = services.key_task_create(
            cycle=cast.cycle, proposal=proposal, field=field, text="Tổng thu ngân sách trên địa bàn."
        )
        services.target_create(
            key_task=task, indicator="tổng thu ngân sách", value=Decimal(value), unit="tr.đ"
        )
        proposal.status = "submitted"
        proposal.save()
    consolidation.consolidation_build(cycle=cast.cycle, user=cast.coordinator)
    return cast, KeyTask.objects.get(cycle=cast.cycle, proposal__isnull=True)


def _tag(body: str, kind: str, id_: str) -> str:
    match = re.search(rf'<{kind}[^>]*id="{re.escape(id_)}"[^>]*>', body)
    assert match, id_
    return match.group(0)


def _marked(body: str, kind: str, id_: str, message: str) -> None:
    """The field is marked invalid, points at its error, the error says ``message`` and the summary links it."""
    tag = _tag(body, kind, id_)
    assert 'aria-invalid="true"' in tag and f'aria-describedby="{id_}-loi"' in tag
    error = re.search(rf'<p class="field-error" id="{re.escape(id_)}-loi">([^<]*)</p>', body)
    assert error and message in error.group(1)
    assert 'class="error-summary" role="alert"' in body and f'<a href="#{id_}">' in body


def test_a_list_task_edit_with_a_bad_deadline_keeps_everything_typed(client, listed):
    cast, task = listed
    client.force_login(cast.coordinator)
    url = reverse("web:list_task_edit", args=[cast.cycle.id, task.id])
    response = client.post(
        url,
        {
            "version": str(task.version),
            "text": "Tổng thu ngân sách nhà nước trên địa bàn đạt 195.000 triệu đồng.",
            "field": str(task.field_id),
            "lead_units": [str(cast.unit.id)],
            "coordinating_units": [str(cast.other_unit.id)],
            "deadline": "31/13/2026",
        },
    )
    assert response.status_code == 400
    body = response.content.decode()
    _marked(body, "input", f"deadline{task.id}", "“31/13/2026” không phải là ngày")
    assert 'value="31/13/2026"' in _tag(body, "input", f"deadline{task.id}")
    assert ">Tổng thu ngân sách nhà nước trên địa bàn đạt 195.000 triệu đồng.</textarea>" in body
    lead = re.search(rf'<select name="lead_units" id="lead{task.id}".*?</select>', body, re.S).group(0)
    coord = re.search(
        rf'<select name="coordinating_units" id="coord{task.id}".*?</select>', body, re.S
    ).group(0)
    assert f'<option value="{cast.unit.id}" selected>' in lead
    assert f'<option value="{cast.other_unit.id}" selected>' in coord
    assert f'value="{task.version}"' in re.search(r'<input type="hidden" name="version"[^>]*>', body).group(0)
    assert '<details class="edit" open>' in body
    task.refresh_from_db()
    assert task.text == "Tổng thu ngân sách trên địa bàn." and task.deadline is None
    assert not task.lead_units.exists() and not task.coordinating_units.exists()


def test_a_stale_list_task_edit_keeps_the_text_typed_and_says_why(client, listed):
    cast, task = listed
    client.force_login(cast.coordinator)
    url = reverse("web:list_task_edit", args=[cast.cycle.id, task.id])
    data = {"version": str(task.version), "text": "Bản thứ nhất", "deadline": "31/12/2026"}
    assert client.post(url, data).status_code == 302
    response = client.post(url, {**data, "text": "Bản thứ hai"})
    assert response.status_code == 400
    body = response.content.decode()
    assert ">Bản thứ hai</textarea>" in body and 'value="31/12/2026"' in body
    assert "người khác sửa" in body[body.index('class="error-summary"') :]
    assert KeyTask.objects.get(pk=task.pk).text == "Bản thứ nhất"


def test_a_reminder_without_a_unit_is_marked_beside_the_units(client, listed):
    cast, _task = listed
    cast.cycle.invited_units.add(cast.unit, cast.other_unit)
    Proposal.objects.filter(unit=cast.other_unit).update(status="draft")
    client.force_login(cast.coordinator)
    response = client.post(reverse("web:remind", args=[cast.cycle.id]), {})
    assert response.status_code == 400
    body = response.content.decode()
    assert '<p class="field-error" id="nhac-loi">Hãy chọn ít nhất một đơn vị để nhắc.</p>' in body
    box = _tag(body, "input", f"u{cast.other_unit.id}")
    assert 'aria-invalid="true"' in box and 'aria-describedby="nhac-loi"' in box and "checked" not in box
    assert 'class="error-summary" role="alert"' in body
    assert (
        f'<a href="#u{cast.other_unit.id}">Đơn vị được nhắc: Hãy chọn ít nhất một đơn vị để nhắc.</a>' in body
    )
    assert not Reminder.objects.exists()


def test_a_value_choice_without_a_value_keeps_the_note(client, listed):
    cast, _task = listed
    choice = ValueChoice.objects.get(target__key_task__cycle=cast.cycle)
    client.force_login(cast.coordinator)
    url = reverse("web:value_choice", args=[cast.cycle.id, choice.id])
    response = client.post(url, {"note": "Theo Nghị quyết HĐND huyện."})
    assert response.status_code == 400
    body = response.content.decode()
    _marked(body, "input", f"alt{choice.id}", "Hãy chọn một trong các giá trị đề xuất.")
    assert 'value="Theo Nghị quyết HĐND huyện."' in _tag(body, "input", f"note{choice.id}")
    choice.refresh_from_db()
    assert choice.decided_at is None


def test_an_unknown_numbering_is_marked_beside_its_field(client, listed):
    cast, _task = listed
    client.force_login(cast.coordinator)
    response = client.post(reverse("web:set_numbering", args=[cast.cycle.id]), {"numbering": "la-ma"})
    assert response.status_code == 400
    _marked(response.content.decode(), "select", "numbering", "“la-ma” không có trong danh sách")
    cast.cycle.refresh_from_db()
    assert cast.cycle.numbering == "per_field"


def _approved(cast):
    choice = ValueChoice.objects.get(target__key_task__cycle=cast.cycle)
    consolidation.value_choice_decide(
        choice=choice, user=cast.coordinator, target_id=choice.alternatives[0]["target_id"]
    )
    consolidation.cycle_approve(cycle=cast.cycle, user=cast.leader)


def test_an_adjustment_without_a_reason_is_marked_beside_the_reason(client, listed):
    cast, _task = listed
    _approved(cast)
    client.force_login(cast.coordinator)
    response = client.post(reverse("web:start_adjustment", args=[cast.cycle.id]), {"reason": "  "})
    assert response.status_code == 400
    _marked(response.content.decode(), "textarea", "adj-reason", "Điều chỉnh danh mục cần nêu lý do.")
    cast.cycle.refresh_from_db()
    assert cast.cycle.status == "approved"


def test_approving_an_adjustment_without_a_reason_comes_back_to_the_confirmation(client, listed):
    cast, _task = listed
    _approved(cast)
    consolidation.cycle_start_adjustment(cycle=cast.cycle, user=cast.coordinator, reason="Theo chỉ đạo mới.")
    client.force_login(cast.leader)
    response = client.post(reverse("web:approve", args=[cast.cycle.id]), {"confirm": "1", "reason": ""})
    assert response.status_code == 400
    body = response.content.decode()
    _marked(body, "textarea", "reason", "Phê duyệt điều chỉnh cần nêu lý do.")
    assert 'name="confirm" value="1"' in body
    assert cast.cycle.approved_versions.count() == 1
