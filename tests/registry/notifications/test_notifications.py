"""Who is told of each step, on which channel, and only once the step is committed."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import transaction
from tests.conftest import submit_january

from trongtam.registry.cycles import consolidation, proposals
from trongtam.registry.cycles import services as cycles
from trongtam.registry.notifications import services as notifications
from trongtam.registry.notifications.models import Notification
from trongtam.registry.organisations.services import membership_add
from trongtam.registry.progress import services as progress


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


@pytest.fixture
def quiet(cast):
    """The cast, with what its own cycle's opening told people forgotten."""
    Notification.objects.all().delete()
    return cast


@pytest.fixture
def addressed(quiet):
    """Everyone of the cast has an e-mail address."""
    cast = quiet
    for user in (cast.coordinator, cast.unit_staff, cast.leader, cast.outsider):
        user.email = f"{user.username}@example.gov.vn"
        user.save()
    return cast


def _told(user, kind):
    return list(Notification.objects.filter(recipient=user, kind=kind).values_list("text", flat=True))


def _mailed(mailoutbox, user):
    return [m for m in mailoutbox if m.to == [user.email]]


def test_opening_a_cycle_tells_the_invited_units_staff_in_the_app_and_by_mail(
    addressed, mailoutbox, django_capture_on_commit_callbacks
):
    cast = addressed
    with django_capture_on_commit_callbacks(execute=True):
        cycles.cycle_create(
            owner=cast.board,
            office=cast.office,
            year=2025,
            invited_units=[cast.unit],
            proposal_deadline=date(2024, 12, 5),
            status="open",
        )
    assert _told(cast.unit_staff, "cycle_opened") == [
        "Mở đợt đăng ký «Nhiệm vụ trọng tâm năm 2025 của Ban Thường vụ Huyện ủy Hữu Lũng»: "
        "đơn vị được đề nghị gửi đề xuất trước ngày 05/12/2024."
    ]
    assert [m.subject for m in _mailed(mailoutbox, cast.unit_staff)] == ["[trongtam] Mở đợt đăng ký"]
    # Nobody but the invited unit's staff: not the office, the leader or another province.
    assert Notification.objects.exclude(recipient=cast.unit_staff).count() == 0
    assert all(m.to == [cast.unit_staff.email] for m in mailoutbox)


def test_a_draft_cycle_tells_nobody(addressed, mailoutbox):
    cycles.cycle_create(owner=addressed.board, year=2025, invited_units=[addressed.unit], status="draft")
    assert Notification.objects.count() == 0 and mailoutbox == []


def test_a_submitted_proposal_tells_the_office_and_a_returned_one_the_unit(
    addressed, mailoutbox, django_capture_on_commit_callbacks
):
    cast = addressed
    proposal = cycles.proposal_create(cycle=cast.cycle, unit=cast.unit)
    cycles.key_task_create(cycle=cast.cycle, proposal=proposal, text="Xây dựng nông thôn mới.")
    with django_capture_on_commit_callbacks(execute=True):
        proposals.proposal_submit(proposal=proposal, user=cast.unit_staff)
    assert _told(cast.coordinator, "proposal_submitted") == [
        "Thường trực HĐND huyện Hữu Lũng đã gửi đề xuất: Nhiệm vụ trọng tâm năm 2024 của Ban Thường vụ "
        "Huyện ủy Hữu Lũng."
    ]
    assert _told(cast.unit_staff, "proposal_submitted") == []  # the one who acted is not told
    assert _told(cast.leader, "proposal_submitted") == []
    with django_capture_on_commit_callbacks(execute=True):
        proposals.proposal_return(proposal=proposal, user=cast.coordinator, reason="Thiếu chỉ tiêu.")
    assert _told(cast.unit_staff, "proposal_returned")[0].endswith("bị trả lại: Thiếu chỉ tiêu.")
    assert [m.subject for m in _mailed(mailoutbox, cast.unit_staff)] == ["[trongtam] Đề xuất bị trả lại"]
    assert [m.subject for m in _mailed(mailoutbox, cast.coordinator)] == ["[trongtam] Đơn vị gửi đề xuất"]


def test_a_list_sent_tells_the_leader_and_an_approved_one_the_office_and_the_units(
    small, mailoutbox, django_capture_on_commit_callbacks
):
    cast = small.cast
    Notification.objects.all().delete()
    member = type(cast.unit_staff).objects.create_user(username="thanhvien", email="tv@example.gov.vn")
    membership_add(user=member, organisation=cast.other_unit, role="unit_staff")
    with django_capture_on_commit_callbacks(execute=True):
        consolidation.cycle_send_to_leader(cycle=small.cycle, user=cast.coordinator)
    assert len(_told(cast.leader, "list_sent")) == 1
    assert Notification.objects.filter(kind="list_sent").exclude(recipient=cast.leader).count() == 0
    with django_capture_on_commit_callbacks(execute=True):
        consolidation.cycle_approve(cycle=small.cycle, user=cast.leader)
    told = set(
        Notification.objects.filter(kind="list_approved").values_list("recipient__username", flat=True)
    )
    assert told == {"vanphong", "hdnd", "thanhvien"}  # the office and both invited units; not the leader
    assert [m.subject for m in _mailed(mailoutbox, member)] == ["[trongtam] Danh mục đã phê duyệt"]


def test_each_step_of_a_report_tells_the_other_side(small, django_capture_on_commit_callbacks):
    cast = small.cast
    report = submit_january(small)
    assert _told(cast.coordinator, "report_submitted") == [
        "Thường trực HĐND huyện Hữu Lũng đã gửi báo cáo tiến độ Tháng 1/2024."
    ]
    link = Notification.objects.get(kind="report_submitted").link
    assert link == f"/dot/{small.cycle.id}/tien-do/ky/{report.period_id}/don-vi/{cast.unit.id}/xem-xet/"
    progress.report_return(report=report, reason="Thiếu minh chứng.", user=cast.coordinator)
    assert _told(cast.unit_staff, "report_returned") == [
        "Báo cáo tiến độ Tháng 1/2024 bị trả lại: Thiếu minh chứng."
    ]
    progress.report_submit(report=report, user=cast.unit_staff)
    progress.report_accept(report=report, user=cast.coordinator)
    assert _told(cast.unit_staff, "report_accepted") == ["Báo cáo tiến độ Tháng 1/2024 đã được chấp nhận."]
    assert _told(cast.leader, "report_submitted") == []  # the leader does not review reports


def test_a_step_rolled_back_tells_nobody(addressed, mailoutbox, django_capture_on_commit_callbacks):
    cast = addressed
    proposal = cycles.proposal_create(cycle=cast.cycle, unit=cast.unit)
    cycles.key_task_create(cycle=cast.cycle, proposal=proposal, text="Xây dựng nông thôn mới.")
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError):
        with transaction.atomic():
            proposals.proposal_submit(proposal=proposal, user=cast.unit_staff)
            raise RuntimeError("the request fails after the submission")
    assert Notification.objects.count() == 0
    assert mailoutbox == []


def test_the_email_leaves_only_after_the_commit(addressed, mailoutbox, django_capture_on_commit_callbacks):
    cast = addressed
    proposal = cycles.proposal_create(cycle=cast.cycle, unit=cast.unit)
    cycles.key_task_create(cycle=cast.cycle, proposal=proposal, text="Xây dựng nông thôn mới.")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        proposals.proposal_submit(proposal=proposal, user=cast.unit_staff)
    assert mailoutbox == [] and len(callbacks) == 1
    callbacks[0]()
    assert [m.to for m in mailoutbox] == [[cast.coordinator.email]]


def test_each_person_chooses_their_channels(addressed, mailoutbox, django_capture_on_commit_callbacks):
    cast = addressed
    notifications.preference_update(user=cast.coordinator, in_app=False, email=True)
    notifications.preference_update(user=cast.unit_staff, in_app=True, email=False)
    with django_capture_on_commit_callbacks(execute=True):
        notifications.notify(
            recipients=[cast.coordinator, cast.unit_staff, cast.leader], kind="list_sent", text="x"
        )
    assert set(Notification.objects.values_list("recipient__username", flat=True)) == {"hdnd", "lanhdao"}
    assert sorted(m.to[0] for m in mailoutbox) == ["lanhdao@example.gov.vn", "vanphong@example.gov.vn"]


def test_by_default_a_person_without_an_address_is_told_in_the_app_only(
    quiet, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        notifications.notify(recipients=[quiet.leader], kind="list_sent", text="x")
    assert Notification.objects.filter(recipient=quiet.leader).count() == 1
    assert mailoutbox == []


def test_the_office_is_told_of_a_submitted_proposal_by_the_policys_rule(cast):
    # policy.holders asks the same rule that lets a person act: a leader may not return a proposal.
    from trongtam.registry import policy

    proposal = cycles.proposal_create(cycle=cast.cycle, unit=cast.unit)
    proposal.status = "submitted"
    people = policy.holders("proposal.return", proposal, among=[cast.office.id, cast.board.id])
    assert people == [cast.coordinator]


def test_marking_read_touches_only_ones_own(cast):
    mine = Notification.objects.create(recipient=cast.coordinator, kind="list_sent", text="của tôi")
    theirs = Notification.objects.create(recipient=cast.leader, kind="list_sent", text="của người khác")
    notifications.mark_read(user=cast.coordinator, notification_id=theirs.id)
    notifications.mark_read(user=cast.coordinator, notification_id=mine.id)
    mine.refresh_from_db()
    theirs.refresh_from_db()
    assert mine.read_at is not None and theirs.read_at is None


def test_holders_count_roles_held_elsewhere_skip_inactive_people_and_read_memberships_once(cast):
    # Among the office's members: one who is only staff there but the body's coordinator (the role held
    # elsewhere makes them the cycle's coordinator), the office's coordinator, and a coordinator no longer
    # active. Their memberships and accounts are read in one query (the send's notice, deadline day).
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from trongtam.registry import policy

    User = get_user_model()
    both = User.objects.create_user(username="hai-vai-tro")
    membership_add(user=both, organisation=cast.office, role="unit_staff")
    membership_add(user=both, organisation=cast.board, role="coordinator")
    gone = User.objects.create_user(username="da-nghi", is_active=False)
    membership_add(user=gone, organisation=cast.office, role="coordinator")
    proposal = cycles.proposal_create(cycle=cast.cycle, unit=cast.unit)
    proposal.status = "submitted"
    with CaptureQueriesContext(connection) as ctx:
        people = policy.holders("proposal.return", proposal, among=[cast.office.id])
    assert sorted(u.username for u in people) == sorted([cast.coordinator.username, both.username])
    assert len(ctx.captured_queries) == 1, [q["sql"] for q in ctx.captured_queries]
