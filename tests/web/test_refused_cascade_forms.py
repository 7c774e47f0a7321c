"""The hand-down, secrecy and remark forms keep what was typed when refused: 400, the page again, each
error beside its field (aria-invalid, aria-describedby) and the summary on top, nothing saved."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from trongtam.registry.cascade.models import HandDown, SecretMark
from trongtam.registry.cycles.models import KeyTask, Target

pytestmark = pytest.mark.django_db


def _login(client, username):
    client.force_login(get_user_model().objects.get(username=username))
    return client


def _tag(body: str, kind: str, id_: str) -> str:
    match = re.search(rf'<{kind}[^>]*id="{re.escape(id_)}"[^>]*>', body)
    assert match, id_
    return match.group(0)


def _marked(body: str, kind: str, id_: str, message: str) -> None:
    tag = _tag(body, kind, id_)
    assert 'aria-invalid="true"' in tag and f'aria-describedby="{id_}-loi"' in tag
    error = re.search(rf'<(?:p|span) class="field-error" id="{re.escape(id_)}-loi">([^<]*)</', body)
    assert error and message in error.group(1)
    assert 'class="error-summary" role="alert"' in body and f'<a href="#{id_}">' in body


@pytest.fixture
def new_target(cascade_sample):
    task = KeyTask.objects.create(
        cycle=cascade_sample.cycle, number="4", order=4, text="Phát triển giao thông nông thôn."
    )
    return Target.objects.create(
        key_task=task, indicator="km đường được cứng hóa", op=">=", value=Decimal("500"), unit="km"
    )


def test_a_hand_down_marks_each_wrong_figure_beside_its_commune_and_keeps_the_others(
    client, cascade_sample, new_target
):
    _login(client, "tinh-vanphong")
    first, second, third = (c.id for c in cascade_sample.communes)
    url = reverse("web:cascade_hand_down", args=[cascade_sample.cycle.id, new_target.id])
    response = client.post(
        url,
        {
            "method": "weighted",
            "base_label": "số hộ",
            f"value_{first}": "60",
            f"base_{first}": "1.200",
            f"value_{second}": "mười lăm",
            f"base_{second}": "800",
            f"value_{third}": "45,5",
            f"base_{third}": "0",
        },
    )
    assert response.status_code == 400
    body = response.content.decode()
    # Both wrong fields are marked, each beside itself; the good ones are kept and not marked.
    _marked(body, "input", f"value_{second}", "không phải là số")
    _marked(body, "input", f"base_{third}", "quyền số phải lớn hơn 0")
    assert 'value="mười lăm"' in _tag(body, "input", f"value_{second}")
    assert 'value="60"' in _tag(body, "input", f"value_{first}")
    assert 'value="1.200"' in _tag(body, "input", f"base_{first}")
    assert 'value="45,5"' in _tag(body, "input", f"value_{third}")
    assert "aria-invalid" not in _tag(body, "input", f"value_{first}")
    assert 'value="số hộ"' in _tag(body, "input", "base_label")
    assert '<option value="weighted" selected>' in body
    assert "có 2 lỗi cần sửa" in body
    assert not HandDown.objects.filter(target=new_target).exists()


def test_marking_nothing_secret_keeps_the_level_and_says_what_to_choose(client, cascade_sample):
    _login(client, "tinh-vanphong")
    url = reverse("web:cascade_secrets", args=[cascade_sample.cycle.id])
    response = client.post(url, {"level": "toi_mat", "task": "", "report": "", "document": ""})
    assert response.status_code == 400
    body = response.content.decode()
    _marked(body, "select", "task", "Hãy chọn nhiệm vụ, báo cáo hoặc văn bản cần đánh dấu.")
    assert '<option value="toi_mat" selected>' in body
    # Two items at once are refused too: marking erases content, so never a guess at which one.
    task = KeyTask.objects.filter(cycle=cascade_sample.cycle).order_by("order").first()
    from trongtam.registry.documents.services import document_issue

    doc = document_issue(
        cycle=cascade_sample.cycle,
        kind="task_list",
        user=get_user_model().objects.get(username="tinh-vanphong"),
    )
    response = client.post(url, {"level": "mat", "task": str(task.id), "document": str(doc.id)})
    assert response.status_code == 400
    body = response.content.decode()
    _marked(body, "select", "document", "Mỗi lần chỉ đánh dấu một mục")
    assert f'<option value="{task.id}" selected>' in body
    assert not SecretMark.objects.exists()


def test_returning_a_communes_proposal_without_a_reason_is_marked_beside_the_reason(client, cascade_sample):
    from trongtam.registry.cascade.models import Share, ShareStatus

    share = Share.objects.filter(hand_down__target__key_task__cycle=cascade_sample.cycle).first()
    share.status, share.proposed_value, share.proposed_reason = ShareStatus.PROPOSED, Decimal(1), "Quỹ đất ít"
    share.save()
    _login(client, "tinh-vanphong")
    url = reverse("web:cascade_answer", args=[cascade_sample.cycle.id, share.id])
    response = client.post(url, {"action": "return", "reason": "   "})
    assert response.status_code == 400
    body = response.content.decode()
    _marked(body, "input", f"reason_{share.id}", "Hãy ghi lý do trả lại đề nghị của xã.")
    share.refresh_from_db()
    assert share.status == ShareStatus.PROPOSED
