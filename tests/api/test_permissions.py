"""Exactly the web's permissions: each endpoint × coordinator, unit staff, leader, outsider, anonymous.

Objects a role may not see answer 404 (as if they did not exist); writes it may not make answer 403.
"""

from __future__ import annotations

import pytest

from trongtam.registry.policy import SYSTEM

ROLES = ("coordinator", "unit_staff", "leader", "outsider", None)


def ids(response) -> set[int]:
    assert response.status_code == 200, response.content
    return {item["id"] for item in response.json()["items"]}


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        # path, {role: number of items seen}
        ("/cycles", {"coordinator": 1, "unit_staff": 1, "leader": 1, "outsider": 0}),
        ("/proposals", {"coordinator": 2, "unit_staff": 1, "leader": 2, "outsider": 0}),
        ("/periods", {"coordinator": 19, "unit_staff": 19, "leader": 19, "outsider": 0}),
        ("/entries", {"coordinator": 1, "unit_staff": 1, "leader": 1, "outsider": 0}),
        ("/reports", {"coordinator": 1, "unit_staff": 1, "leader": 1, "outsider": 0}),
    ],
)
def test_lists_show_what_the_ui_shows(api_as, path, expected):
    for role, count in expected.items():
        response = api_as(role).get(path)
        assert response.status_code == 200
        assert response.json()["count"] == count, (role, path)
    assert api_as(None).get(path).status_code == 401


def test_proposals_of_other_units_are_hidden_from_unit_staff(api_as, world):
    staff = api_as("unit_staff")
    assert ids(staff.get("/proposals")) == {world.proposal.id}
    assert staff.get(f"/proposals/{world.proposal.id}").status_code == 200
    assert staff.get(f"/proposals/{world.other_proposal.id}").status_code == 404
    for role in ("coordinator", "leader"):
        assert ids(api_as(role).get("/proposals")) == {world.proposal.id, world.other_proposal.id}
        assert api_as(role).get(f"/proposals/{world.other_proposal.id}").status_code == 200
    assert api_as("outsider").get(f"/proposals/{world.proposal.id}").status_code == 404
    assert api_as(None).get(f"/proposals/{world.proposal.id}").status_code == 401


def test_key_tasks_and_targets_follow_the_proposal_they_belong_to(api_as, world):
    from trongtam.registry.cycles.models import KeyTask, Target

    other_task = KeyTask.objects.filter(proposal=world.other_proposal, parent__isnull=True).first()
    other_target = Target.objects.filter(key_task__proposal=world.other_proposal).first()
    staff = api_as("unit_staff")
    # The cycle's own list is seen by everyone who sees the cycle, the other unit's proposal is not.
    seen = ids(staff.get("/key-tasks", page_size=200))
    assert world.task.id in seen and other_task.id not in seen
    assert staff.get(f"/key-tasks/{world.task.id}").status_code == 200
    assert staff.get(f"/key-tasks/{other_task.id}").status_code == 404
    assert staff.get(f"/targets/{world.other_target.id}").status_code == 200  # cycle's own list
    assert staff.get(f"/targets/{other_target.id}").status_code == 404
    for role in ("coordinator", "leader"):
        assert api_as(role).get(f"/key-tasks/{other_task.id}").status_code == 200
        assert api_as(role).get(f"/targets/{other_target.id}").status_code == 200
    assert api_as("outsider").get(f"/key-tasks/{world.task.id}").status_code == 404
    assert api_as("outsider").get(f"/targets/{world.budget.id}").status_code == 404
    assert api_as(None).get(f"/targets/{world.budget.id}").status_code == 401


def test_single_reads_per_role(api_as, world):
    q1 = world.periods[("quarter", 1)]
    reads = [
        f"/cycles/{world.cycle.id}",
        f"/periods/{q1.id}",
        f"/entries/{world.entry.id}",
        f"/reports/{world.report.id}",
    ]
    for path in reads:
        for role in ("coordinator", "unit_staff", "leader"):
            assert api_as(role).get(path).status_code == 200, (role, path)
        assert api_as("outsider").get(path).status_code == 404, path
        assert api_as(None).get(path).status_code == 401, path


def test_other_units_reports_are_hidden_from_unit_staff(api_as, world, cast):
    from decimal import Decimal

    from trongtam.registry.progress import services as progress

    q1 = world.periods[("quarter", 1)]
    report = progress.report_get_or_create(period=q1, unit=cast.other_unit)
    entry = progress.entry_save(
        report=report,
        target=world.other_target,
        kind="estimate",
        value=Decimal("1"),
        version=None,
        user=SYSTEM,
    )
    staff = api_as("unit_staff")
    assert staff.get(f"/entries/{entry.id}").status_code == 404
    assert staff.get(f"/reports/{report.id}").status_code == 404
    assert entry.id not in ids(staff.get("/entries"))
    for role in ("coordinator", "leader"):
        assert api_as(role).get(f"/entries/{entry.id}").status_code == 200


def test_assessments_are_for_the_office_and_the_leaders(api_as, world):
    from trongtam.registry.progress.models import BodyAssessment, TargetAssessment, TaskAssessment

    records = {
        "targets": TargetAssessment.objects.first(),
        "tasks": TaskAssessment.objects.first(),
        "bodies": BodyAssessment.objects.first(),
    }
    for kind, record in records.items():
        assert record is not None, kind
        for role in ("coordinator", "leader"):
            assert api_as(role).get(f"/assessments/{kind}").json()["count"] > 0
            assert api_as(role).get(f"/assessments/{kind}/{record.id}").status_code == 200
        for role in ("unit_staff", "outsider"):
            assert api_as(role).get(f"/assessments/{kind}").json()["count"] == 0
            assert api_as(role).get(f"/assessments/{kind}/{record.id}").status_code == 404
        assert api_as(None).get(f"/assessments/{kind}").status_code == 401


def _values_payload(world, value="60000", version=1):
    return {"entries": [{"target": world.budget.id, "kind": "estimate", "value": value, "version": version}]}


def test_only_the_units_staff_submit_its_values(api_as, world, cast):
    q1 = world.periods[("quarter", 1)]
    path = f"/periods/{q1.id}/reports/{cast.unit.id}"
    for role in ("coordinator", "leader"):
        response = api_as(role).post(path, json=_values_payload(world))
        assert response.status_code == 403, role
        assert response.json()["code"] == "forbidden"
    assert api_as("outsider").post(path, json=_values_payload(world)).status_code == 404
    assert api_as(None).post(path, json=_values_payload(world)).status_code == 401
    # The unit's staff may not write another unit's report, which they cannot even see.
    other = f"/periods/{q1.id}/reports/{cast.other_unit.id}"
    assert api_as("unit_staff").post(other, json=_values_payload(world)).status_code == 404
    assert api_as("unit_staff").post(path, json=_values_payload(world)).status_code == 200


def test_only_the_units_staff_upload_and_submit_proposals(api_as, world, cast):
    from django.core.files.uploadedfile import SimpleUploadedFile

    def upload(role):
        letter = SimpleUploadedFile("de-xuat.txt", "1. Tổng thu ngân sách 195.000 triệu đồng.".encode())
        return api_as(role).post(
            f"/cycles/{world.cycle.id}/proposals/upload", data={"file": letter, "unit": cast.unit.id}
        )

    assert upload("leader").status_code == 403
    assert upload("coordinator").status_code == 403
    assert upload("outsider").status_code == 404
    assert upload(None).status_code == 401
    assert api_as("leader").post(f"/proposals/{world.proposal.id}/submit").status_code == 403
    assert api_as("outsider").post(f"/proposals/{world.proposal.id}/submit").status_code == 404
    assert api_as("unit_staff").post(f"/proposals/{world.other_proposal.id}/submit").status_code == 404
    # Back to a draft: the unit's alone, not even the leader sees it, and the unit submits it.
    type(world.proposal).objects.filter(pk=world.proposal.pk).update(status="draft")
    assert api_as("leader").post(f"/proposals/{world.proposal.id}/submit").status_code == 404
    assert api_as("coordinator").get(f"/proposals/{world.proposal.id}").status_code == 404
    response = api_as("unit_staff").post(f"/proposals/{world.proposal.id}/submit")
    assert response.status_code == 200
    assert response.json()["status"] == "submitted"


def test_session_auth_needs_csrf_for_writes(client, world, cast):
    client.force_login(cast.unit_staff)
    assert client.get("/api/cycles").json()["count"] == 1
    client_csrf = client.__class__(enforce_csrf_checks=True)
    client_csrf.force_login(cast.unit_staff)
    response = client_csrf.post(
        f"/api/proposals/{world.proposal.id}/submit", content_type="application/json", data={}
    )
    assert response.status_code == 403
    assert response.json()["code"] == "csrf_failed"


def test_a_list_narrowed_to_one_cycle_applies_the_same_rule(api_as, world, cast):
    # ``?cycle=`` decides visibility on that cycle alone instead of inside the list's query: for every
    # role it must list exactly what the unnarrowed list shows of that cycle, and nothing of a cycle the
    # role cannot see (or that does not exist).
    from decimal import Decimal

    from trongtam.registry.cycles.services import cycle_create
    from trongtam.registry.progress import services as progress

    q1 = world.periods[("quarter", 1)]
    other = progress.report_get_or_create(period=q1, unit=cast.other_unit)
    progress.entry_save(
        report=other, target=world.other_target, kind="estimate", value=Decimal(1), version=None, user=SYSTEM
    )
    elsewhere = cycle_create(owner=cast.other_unit, office=cast.other_unit, year=world.cycle.year)
    for path in ("/entries", "/reports"):
        for role in ("coordinator", "unit_staff", "leader", "outsider"):
            api = api_as(role)
            everything = ids(api.get(path, page_size=200))
            assert ids(api.get(path, cycle=world.cycle.id, page_size=200)) == everything, (path, role)
            assert ids(api.get(path, cycle=elsewhere.id)) == set(), (path, role)
            assert ids(api.get(path, cycle=987654)) == set(), (path, role)
        # The unit's staff see their own report, not the other unit's; the office sees both.
        assert len(ids(api_as("unit_staff").get(path, cycle=world.cycle.id))) < len(
            ids(api_as("coordinator").get(path, cycle=world.cycle.id))
        )


def test_one_cycle_lists_are_cached_but_show_every_change_and_every_right_withdrawn(api_as, world, cast):
    # ``?cycle=`` lists are kept under the cycle's change stamp: a change made behind the ORM's back is
    # served at once, and so is a membership withdrawn (the caller's organisations are part of the key).
    from django.db import connection

    from trongtam.registry.organisations.models import Membership
    from trongtam.registry.progress import datacache

    staff = api_as("unit_staff")

    def values():
        response = staff.get("/entries", cycle=world.cycle.id)
        assert response.status_code == 200
        return [item["value"] for item in response.json()["items"]]

    first = values()
    before = datacache.stats()
    assert values() == first
    if datacache.enabled():
        assert datacache.stats()["misses"] == before["misses"]  # the second answer was the cached one
    with connection.cursor() as cursor:
        cursor.execute("UPDATE progress_entry SET value = %s WHERE id = %s", ["777", world.entry.id])
    assert "777" in values()
    report = staff.get("/reports", cycle=world.cycle.id).json()["items"][0]
    assert report["entries"][0]["value"] == "777"
    Membership.objects.filter(user=cast.unit_staff, organisation=cast.unit).delete()
    assert values() == []
    assert staff.get("/reports", cycle=world.cycle.id).json()["items"] == []
