"""One authorization policy: the same answer from the yes/no checks, the filters, the pages, the API, the
spreadsheets, the dashboard and the write services — and the leaks the three older encodings let through."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse
from openpyxl import load_workbook

from trongtam.registry import policy
from trongtam.registry.cycles.models import KeyTask, Proposal, Target

pytestmark = pytest.mark.django_db


def _client(user) -> Client:
    c = Client()
    c.force_login(user)
    return c


def _xlsx_text(data: bytes) -> str:
    wb = load_workbook(io.BytesIO(data))
    return " ".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value)


def _coordinator_and_leader_mean_the_same_everywhere(two_provinces):
    a, _ = two_provinces
    cycle = a.cycle
    from trongtam.registry.cycles import permissions
    from trongtam.registry.progress.selectors import progress_access

    for key in ("admin", "coordinator", "leader", "unit_staff", "unit_admin", "inspector"):
        user = a.users[key]
        rights = policy.cycle_rights(user, cycle)
        # The cycle services' names, the progress pages' rights and the API's filters agree with the policy.
        assert permissions.is_coordinator(user, cycle) == rights.coordinator, key
        assert permissions.is_leader(user, cycle) == rights.leader, key
        access = progress_access(user=user, cycle=cycle)
        assert access.can_review == rights.coordinator, key
        assert access.can_view_unit(a.other_unit.id) == rights.reads_all, key
    # A unit's administrator is not the body's leader (once "any member of the owning body" in one place).
    assert not policy.cycle_rights(a.users["unit_admin"], cycle).leader
    assert policy.cycle_rights(a.users["admin"], cycle).coordinator  # the owning body's administrator


def _a_filter_and_a_check_give_the_same_answer_for_every_proposal_and_person(two_provinces):
    a, b = two_provinces
    proposals = list(Proposal.objects.filter(cycle__in=[a.cycle, b.cycle]).select_related("cycle"))
    for who in [*a.users.values(), *b.users.values()]:
        listed = set(Proposal.objects.filter(policy.visible_q(who, Proposal)).values_list("id", flat=True))
        checked = {p.id for p in proposals if policy.can(who, "proposal.view", p)}
        assert listed == checked, who.username


def _a_unit_cannot_download_the_whole_bodys_assessment_by_naming_its_own_unit(two_provinces):
    a, _ = two_provinces
    jan = a.ids["period"][-1]
    url = reverse("web:document_xlsx", args=[a.cycle.id, "danh-gia"])
    c = _client(a.users["unit_staff"])
    assert c.get(reverse("web:progress_assessment", args=[a.cycle.id]), {"ky": jan}).status_code == 404
    # Before: 200 with every target's and the body's assessment.
    assert c.get(url, {"ky": jan, "don_vi": a.unit.id}).status_code == 403
    assert _client(a.users["coordinator"]).get(url, {"ky": jan, "don_vi": a.unit.id}).status_code == 200


def _the_dashboard_shows_a_unit_only_its_own_part(two_provinces):
    a, _ = two_provinces
    url = reverse("web:progress_dashboard", args=[a.cycle.id])
    c = _client(a.users["other_staff"])
    assert c.get(url, {"don_vi": a.unit.id}).status_code == 404
    # Before: the whole body's dashboard, with every unit's figures and rating, for any unit.
    whole = c.get(url)
    assert whole.status_code in (302, 404)
    if whole.status_code == 302:
        assert f"don_vi={a.other_unit.id}" in whole["Location"]
    mine = _client(a.users["unit_staff"]).get(url)
    assert mine.status_code == 302 and f"don_vi={a.unit.id}" in mine["Location"]
    leader = _client(a.users["leader"]).get(url)
    assert leader.status_code == 200


def _the_write_services_check_the_acting_person_themselves(two_provinces):
    from trongtam.registry.progress import services
    from trongtam.registry.progress.models import Entry, Report, TargetAssessment

    a, b = two_provinces
    report = Report.objects.get(pk=a.ids["report"][0])
    with pytest.raises(PermissionDenied):
        services.report_submit(report=report, user=a.users["other_staff"])
    Report.objects.filter(pk=report.pk).update(status="submitted")
    for who in (a.users["unit_staff"], a.users["leader"], a.users["inspector"], b.users["coordinator"]):
        with pytest.raises(PermissionDenied):
            services.report_accept(report=report, user=who)
        with pytest.raises(PermissionDenied):
            services.report_return(report=report, reason="Không được.", user=who)
    entry = Entry.objects.filter(report=report).first()
    with pytest.raises(PermissionDenied):
        services.entry_request_explanation(entry=entry, text="?", user=a.users["unit_staff"])
    with pytest.raises(PermissionDenied):
        services.entry_save(
            report=report,
            target=entry.target,
            kind="official",
            value=Decimal(1),
            version=None,
            user=a.users["other_staff"],
        )
    record = TargetAssessment.objects.filter(target__key_task__cycle=a.cycle).first()
    with pytest.raises(PermissionDenied):
        services.target_assessment_override(
            assessment=record, status="met", reason="x", user=a.users["leader"]
        )
    report.refresh_from_db()
    assert report.status == "submitted"
    assert services.report_accept(report=report, user=a.users["coordinator"]).status == "accepted"


# --- drafts ---------------------------------------------------------------------------------------------------


def _a_draft_is_seen_by_its_unit_only_on_every_page_export_and_list(two_provinces):
    a, _ = two_provinces
    marker = a.draft_marker.encode()
    pages = [
        reverse("web:cycle_detail", args=[a.cycle.id]),
        reverse("web:cycle_history", args=[a.cycle.id]),
    ]
    sheets = [
        reverse("web:document_xlsx", args=[a.cycle.id, "danh-muc"]),
        reverse("web:document_xlsx", args=[a.cycle.id, "chi-tieu"]),
    ]
    for key in ("coordinator", "leader", "admin", "unit_staff", "other_staff", "inspector"):
        c = _client(a.users[key])
        for url in pages:
            r = c.get(url)
            assert r.status_code in (200, 404), (key, url)
            assert marker not in r.content, (key, url)
        for url in sheets:
            r = c.get(url)
            if r.status_code == 200:
                assert a.draft_marker not in _xlsx_text(r.content), (key, url)
        api = Client(HTTP_AUTHORIZATION=f"Bearer {_token(a.users[key])}")
        for url in (
            f"/api/key-tasks?cycle={a.cycle.id}",
            f"/api/targets?cycle={a.cycle.id}",
            "/api/proposals",
        ):
            assert marker not in api.get(url).content, (key, url)
        assert c.get(reverse("web:proposal_review", args=[a.ids["draft"][0]])).status_code == 404, key
    # The drafting unit itself sees its draft, and its own history.
    own = _client(a.users["draft_staff"])
    assert marker in own.get(reverse("web:proposal_review", args=[a.ids["draft"][0]])).content
    assert marker in own.get(reverse("web:cycle_history", args=[a.cycle.id])).content


def _token(user) -> str:
    from trongtam.registry.tokens.services import token_create

    return token_create(user=user, name="kiểm thử")[1]


def test_before_consolidation_drafts_are_in_no_list_count_dashboard_or_export(two_provinces):
    from trongtam.cli.exporting import cycle_data
    from trongtam.registry.cycles import selectors
    from trongtam.registry.documents import exports

    a, _ = two_provinces
    cycle = a.cycle
    # Back to before consolidation: only the units' proposals, one of them a draft.
    KeyTask.objects.filter(cycle=cycle, proposal__isnull=True).delete()
    scope = selectors.list_scope(cycle=cycle)
    assert not scope.filter(proposal_id=a.ids["draft"][0]).exists()
    assert scope.exists()
    counts = selectors.cycle_counts(cycle=cycle)
    assert counts["tasks"] == 4 and counts["targets"] == 4 and counts["proposals"] == 2
    assert a.draft_marker not in str(cycle_data(cycle))
    assert a.draft_marker not in _xlsx_text(exports.task_list_xlsx(cycle=cycle))
    assert a.draft_marker not in _xlsx_text(exports.targets_xlsx(cycle=cycle))
    from trongtam.registry.progress import compute

    data = compute.cycle_data_load(cycle=cycle, with_stored=False)
    assert all(a.draft_marker not in row.target.indicator for row in data.rows)
    assert len(data.rows) == 4


def _the_cycle_page_and_the_api_count_only_the_cycles_own_list(two_provinces):
    a, _ = two_provinces
    own = KeyTask.objects.filter(cycle=a.cycle, proposal__isnull=True)
    tasks = own.filter(parent__isnull=True).count()
    targets = Target.objects.filter(key_task__in=own).count()
    # The units' proposals (and a draft) sit beside the list in the same table: before, all were counted.
    assert KeyTask.objects.filter(cycle=a.cycle, parent__isnull=True).count() > tasks
    page = _client(a.users["leader"]).get(reverse("web:cycle_detail", args=[a.cycle.id])).content.decode()
    assert f"{tasks} nhiệm vụ, {targets} chỉ tiêu" in page
    api = Client(HTTP_AUTHORIZATION=f"Bearer {_token(a.users['coordinator'])}")
    assert api.get(f"/api/targets?cycle={a.cycle.id}").json()["count"] == targets
    assert api.get(f"/api/key-tasks?cycle={a.cycle.id}").json()["count"] == tasks
    # A proposal's own targets are still listed when asked for by proposal.
    p = a.ids["proposal"][0]
    assert api.get(f"/api/targets?cycle={a.cycle.id}&proposal={p}").json()["count"] == 2


def _the_per_request_cache_key_changes_with_roles_and_oversight(two_provinces):
    a, _ = two_provinces
    from trongtam.registry.organisations.models import Membership

    before = policy.principal_of(a.users["inspector"]).key
    assert policy.principal_of(a.users["inspector"]).overseen == {a.board.id}
    Membership.objects.filter(user=a.users["inspector"]).update(role="leader")
    assert policy.principal_of(a.users["inspector"]).key != before
    assert policy.principal_of(a.users["inspector"]).overseen == frozenset()


def _an_expired_oversight_gives_no_access(two_provinces):
    from trongtam.registry.oversight.models import OversightRelation

    a, _ = two_provinces
    url = reverse("web:cycle_detail", args=[a.cycle.id])
    c = _client(a.users["inspector"])
    assert c.get(url).status_code == 200
    OversightRelation.objects.update(valid_to=date(2021, 1, 1))
    assert c.get(url).status_code == 404


# The world of two provinces takes a while to build: each test below walks several claims over one world.


def test_the_roles_agree_and_filters_match_checks(two_provinces):
    _coordinator_and_leader_mean_the_same_everywhere(two_provinces)
    _a_filter_and_a_check_give_the_same_answer_for_every_proposal_and_person(two_provinces)
    _the_per_request_cache_key_changes_with_roles_and_oversight(two_provinces)


def test_the_leaks_of_the_three_encodings_are_closed(two_provinces):
    _a_unit_cannot_download_the_whole_bodys_assessment_by_naming_its_own_unit(two_provinces)
    _the_dashboard_shows_a_unit_only_its_own_part(two_provinces)
    _the_cycle_page_and_the_api_count_only_the_cycles_own_list(two_provinces)
    _a_draft_is_seen_by_its_unit_only_on_every_page_export_and_list(two_provinces)
    _the_write_services_check_the_acting_person_themselves(two_provinces)
    _an_expired_oversight_gives_no_access(two_provinces)


def test_the_cascade_rights_come_from_the_policy_and_the_overseer_only_reads(two_provinces):
    from trongtam.registry.cascade.models import Share

    a, _b = two_provinces
    share = Share.objects.select_related(
        "hand_down__target__key_task__cycle", "commune_target__key_task__cycle"
    ).get(pk=a.ids["share"][0])
    u = a.users
    expected = {
        "coordinator": {"rollup.read", "cascade.hand_down", "share.answer", "secret.mark", "share.view"},
        "leader": {"rollup.read", "share.view"},
        "inspector": {"rollup.read", "share.view"},  # reads the roll-up, acts on nothing
        "commune_staff": {"share.propose", "share.view"},
        "unit_staff": set(),
    }
    for who, allowed in expected.items():
        got = {
            action
            for action, obj in (
                ("rollup.read", a.cycle),
                ("cascade.hand_down", a.cycle),
                ("secret.mark", a.cycle),
                ("share.answer", share),
                ("share.propose", share),
                ("share.view", share),
            )
            if policy.can(u[who], action, obj)
        }
        assert got == allowed, who
        visible = set(Share.objects.filter(policy.visible_q(u[who], Share)).values_list("id", flat=True))
        assert (share.id in visible) == ("share.view" in allowed), who
