"""The start page: what each role must do next, with its deadline, one click from doing it."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse
from tests.conftest import submit_january

from trongtam.registry import todo
from trongtam.registry.cycles import consolidation
from trongtam.registry.cycles import services as cycles
from trongtam.registry.organisations.services import membership_add, organisation_create


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


pytestmark = pytest.mark.django_db

FEB = date(2024, 2, 1)


def _texts(user, today=FEB):
    return {
        role: [(t.text, t.due, t.link) for t in items]
        for role, items in todo.todo_for(user=user, today=today).items()
    }


def test_unit_staff_are_asked_to_write_their_proposal_by_the_requests_deadline(client, cast):
    client.force_login(cast.unit_staff)
    body = client.get(reverse("web:home")).content.decode()
    assert "Việc của đơn vị" in body
    assert "Viết và gửi đề xuất nhiệm vụ trọng tâm" in body and "05/12/2023" in body
    assert f'href="{reverse("web:proposal_home", args=[cast.cycle.id])}"' in body
    # The office has nothing of the unit's to do.
    assert "Viết và gửi đề xuất" not in str(_texts(cast.coordinator, date(2023, 12, 1)))


def test_a_unit_reports_due_open_their_own_report_page(client, small):
    cast = small.cast
    mine = _texts(cast.unit_staff)["unit"]
    jan = small.periods[("month", 1)]
    own = reverse("web:progress_report", args=[small.cycle.id, jan.id, cast.unit.id])
    assert (
        "Nhập và gửi báo cáo tiến độ Tháng 1/2024 — Thường trực HĐND huyện Hữu Lũng",
        jan.due,
        own,
    ) in mine
    # Not the other unit's report, and no period that has not started yet.
    assert not any("UBND" in text or "Tháng 3/2024" in text for text, _, _ in mine)


def test_the_office_is_asked_to_consolidate_review_and_chase_late_units(small):
    cast = small.cast
    report = submit_january(small)
    office = _texts(cast.coordinator, date(2024, 1, 25))["office"]
    review = reverse("web:progress_report_review", args=[small.cycle.id, report.period_id, cast.unit.id])
    overview = reverse("web:progress_overview", args=[small.cycle.id])
    assert any(link == review and "Xem xét" in text for text, _, link in office)
    assert ("1 đơn vị chậm gửi báo cáo tiến độ: UBND huyện Hữu Lũng", None, overview) in office
    assert "unit" not in _texts(cast.coordinator, date(2024, 1, 25))


def test_the_office_is_asked_to_consolidate_submitted_proposals(cast):
    proposal = cycles.proposal_create(cycle=cast.cycle, unit=cast.unit)
    proposal.status = "submitted"
    proposal.save()
    office = _texts(cast.coordinator, date(2023, 12, 1))["office"]
    assert office == [
        (
            "1 đề xuất đã gửi, chờ tổng hợp",
            date(2023, 12, 5),
            reverse("web:consolidation", args=[cast.cycle.id]),
        )
    ]


def test_the_leader_is_asked_to_approve_a_list_sent(client, small):
    cast = small.cast
    assert "leader" not in _texts(cast.leader)
    consolidation.cycle_send_to_leader(cycle=small.cycle, user=cast.coordinator)
    client.force_login(cast.leader)
    body = client.get(reverse("web:home")).content.decode()
    assert "Việc của lãnh đạo" in body and "Phê duyệt danh mục nhiệm vụ trọng tâm" in body
    assert f'href="{reverse("web:approve", args=[small.cycle.id])}"' in body


def test_an_overseer_sees_its_remarks_awaiting_answers_and_the_unit_the_ones_to_answer(small):
    from django.contrib.auth import get_user_model

    from trongtam.registry.oversight.services import oversight_relation_create, remark_create

    cast = small.cast
    committee = organisation_create(
        name="Ủy ban Kiểm tra", code="UBKT", kind="party_agency", level="district"
    )
    oversight_relation_create(overseer=committee, overseen=cast.board, valid_from=date(2020, 1, 1))
    inspector = get_user_model().objects.create_user(username="kiemtra")
    membership_add(user=inspector, organisation=committee, role="inspector")
    remark_create(user=inspector, obj=small.task_numbers, text="Đề nghị làm rõ nguồn thu.")
    awaiting = reverse("web:remarks_awaiting", args=[small.cycle.id])
    assert _texts(inspector)["overseer"] == [("1 kiến nghị chưa được trả lời", None, awaiting)]
    assert ("Trả lời 1 kiến nghị của cơ quan kiểm tra, giám sát", None, awaiting) in _texts(cast.unit_staff)[
        "unit"
    ]


def test_someone_with_nothing_to_do_is_told_so(client, cast):
    client.force_login(cast.outsider)
    body = client.get(reverse("web:home")).content.decode()
    assert "Hiện không có việc nào cần bạn làm." in body
    assert "Mở đợt đăng ký mới" in body  # an office of its own province may open a cycle


def test_signing_in_lands_on_the_start_page(client, cast):
    from tests.conftest import PASSWORD

    response = client.post(reverse("web:login"), {"username": "hdnd", "password": PASSWORD})
    assert response["Location"] == reverse("web:home")
