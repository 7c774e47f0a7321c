"""The office's pages, and the matrix of roles × pages and actions: hidden answers 404, forbidden writes 403."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from trongtam.registry.cycles import consolidation, services
from trongtam.registry.cycles.models import KeyTask


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


@pytest.fixture
def consolidated(cast):
    proposal = services.proposal_create(cycle=cast.cycle, unit=cast.unit)
    field = services.field_get_or_create(cycle=cast.cycle, title="LĨNH VỰC KINH TẾ - XÃ HỘI")
    task = services.key_task_create(
        cycle=cast.cycle,
        proposal=proposal,
        field=field,
        text="Tổng thu ngân sách trên địa bàn 195.000 triệu đồng.",
    )
    services.target_create(
        key_task=task, indicator="tổng thu ngân sách", value=Decimal("195000"), unit="triệu đồng"
    )
    proposal.status = "submitted"
    proposal.save()
    consolidation.consolidation_build(cycle=cast.cycle, user=cast.coordinator)
    return cast


def _task(cast):
    return KeyTask.objects.get(cycle=cast.cycle, proposal__isnull=True)


PAGES = ["consolidation", "versions", "cycle_history", "cycle_detail"]
# Who sees which page of the cycle: units see the cycle, its versions and history, not the office's workspace.
SEES = {
    "coordinator": {"consolidation", "versions", "cycle_history", "cycle_detail"},
    "leader": {"consolidation", "versions", "cycle_history", "cycle_detail"},
    "unit_staff": {"versions", "cycle_history", "cycle_detail"},
    "outsider": set(),
}


@pytest.mark.parametrize("role", list(SEES))
@pytest.mark.parametrize("page", PAGES)
def test_each_role_sees_exactly_its_pages(client, consolidated, role, page):
    client.force_login(getattr(consolidated, role))
    response = client.get(reverse(f"web:{page}", args=[consolidated.cycle.id]))
    assert response.status_code == (200 if page in SEES[role] else 404)


ACTIONS = {
    "consolidation_build": lambda c: ([c.cycle.id], {}),
    "list_task_edit": lambda c: (
        [c.cycle.id, _task(c).id],
        {"text": "Sửa nội dung", "version": str(_task(c).version)},
    ),
    "list_task_move": lambda c: ([c.cycle.id, _task(c).id], {"direction": "up"}),
    "target_main": lambda c: ([c.cycle.id, _task(c).targets.get().id], {"is_main": "1"}),
    "approve": lambda c: ([c.cycle.id], {"confirm": "1"}),
    "remind": lambda c: ([c.cycle.id], {"units": [c.other_unit.id]}),
}
# Writes each role may make; the rest answer 403 (or 404 when the cycle is hidden from them).
MAY = {
    "coordinator": {"consolidation_build", "list_task_edit", "list_task_move", "target_main", "remind"},
    "leader": {"approve"},
    "unit_staff": set(),
    "outsider": set(),
}


@pytest.mark.parametrize("role", list(MAY))
@pytest.mark.parametrize("action", list(ACTIONS))
def test_each_role_may_make_exactly_its_writes(client, consolidated, role, action):
    args, data = ACTIONS[action](consolidated)
    client.force_login(getattr(consolidated, role))
    response = client.post(reverse(f"web:{action}", args=args), data)
    if action in MAY[role]:
        assert response.status_code == 302
        follow = client.get(response["Location"])
        assert [m.level_tag for m in follow.context["messages"]] == ["success"]
    else:
        assert response.status_code == (404 if role == "outsider" else 403)


def test_the_consolidation_page_shows_who_proposed_each_task(client, consolidated):
    client.force_login(consolidated.coordinator)
    body = client.get(reverse("web:consolidation", args=[consolidated.cycle.id])).content.decode()
    assert "Đề xuất bởi: Thường trực HĐND huyện Hữu Lũng" in body
    assert "195.000" in body


def test_approving_through_the_page_numbers_the_list_and_offers_the_comparison(client, consolidated):
    client.force_login(consolidated.leader)
    response = client.post(
        reverse("web:approve", args=[consolidated.cycle.id]), {"confirm": "1"}, follow=True
    )
    assert "Đã phê duyệt danh mục" in response.content.decode()
    body = client.get(reverse("web:versions", args=[consolidated.cycle.id])).content.decode()
    assert "Lần 1" in body and "Giữ nguyên" in body


def test_a_failed_write_says_why_in_vietnamese(client, consolidated):
    client.force_login(consolidated.coordinator)
    response = client.post(
        reverse("web:start_adjustment", args=[consolidated.cycle.id]), {"reason": "x"}, follow=True
    )
    assert "Chỉ điều chỉnh được danh mục đã phê duyệt." in response.content.decode()


def test_the_office_opens_a_cycle_and_invited_units_see_it(client, cast):
    client.force_login(cast.coordinator)
    response = client.post(
        reverse("web:cycle_create"),
        {
            "owner": cast.board.id,
            "office": cast.office.id,
            "year": 2025,
            "request_number": "15",
            "request_symbol": "CV/HU",
            "request_date": "20/11/2024",
            "invited_units": [cast.unit.id],
            "proposal_deadline": "05/12/2024",
        },
    )
    assert response.status_code == 302
    client.force_login(cast.unit_staff)
    body = client.get(reverse("web:cycle_list")).content.decode()
    assert "năm 2025" in body and "Số 15-CV/HU, ngày 20/11/2024" in body


def test_units_cannot_open_cycles(client, cast):
    client.force_login(cast.unit_staff)
    assert client.get(reverse("web:cycle_create")).status_code == 403


def test_login_is_throttled_after_repeated_failures(client, cast):
    for _ in range(5):
        client.post(reverse("web:login"), {"username": "hdnd", "password": "sai"})
    from tests.conftest import PASSWORD

    response = client.post(reverse("web:login"), {"username": "hdnd", "password": PASSWORD})
    assert response.status_code == 429
    assert "Tạm khóa đăng nhập" in response.content.decode()


def test_a_reminded_unit_sees_the_reminder_in_its_list_until_it_proposes(client, cast):
    from trongtam.registry.cycles import consolidation as c

    c.cycle_remind_units(cycle=cast.cycle, user=cast.coordinator, units=[cast.unit])
    client.force_login(cast.unit_staff)
    assert "Văn phòng đã nhắc đơn vị gửi đề xuất" in client.get(reverse("web:cycle_list")).content.decode()
    proposal = services.proposal_create(cycle=cast.cycle, unit=cast.unit)
    proposal.status = "submitted"
    proposal.save()
    assert (
        "Văn phòng đã nhắc đơn vị gửi đề xuất" not in client.get(reverse("web:cycle_list")).content.decode()
    )
