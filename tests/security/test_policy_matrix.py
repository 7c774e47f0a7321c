"""The authorization matrix, generated from the policy: every URL × method × role of ``registry.policy``.

Each route of the project (walked from the resolver: a route missing below fails the test) names the
policy action its read and its write stand for and the object they act on. For every role of
``policy.ROLES`` — played by a person of province A, or of province B for the outsider — the expected
answer is ``policy.can(person, action, object)``, never written by hand: a read the policy allows answers
200, one it refuses anything but 200 (403, 404, a redirect to the person's own part or to the login); a
write the policy refuses is sent as a form POST (and, for the API, as JSON POST, PUT, PATCH and DELETE)
and, after all of them, not one row of the database has changed. Spreadsheet downloads and the
dashboard's per-unit parts are routes of their own here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from trongtam.registry import policy

from .test_authorization_matrix import Route, _writes, all_routes, fingerprint

pytestmark = pytest.mark.django_db

# What a read or a write of a route needs: a policy action and the object it acts on, or one of
#   PUBLIC (anyone), LOGIN (any signed-in person: their own lists, filtered by the policy's visible_q),
#   SELF (the person's own notices, tokens and session: not a body's data), NONE (the method is not served).
PUBLIC, LOGIN, SELF, NONE = "public", "login", "self", "none"
Need = str | tuple[str, Callable[[Any], Any]]


@dataclass(frozen=True)
class Case:
    route: str
    url: Callable[[Any], str]
    get: Need
    post: Need


def _cycle(w: Any) -> Any:
    return w.cycle


def _own_unit(w: Any) -> Any:
    return policy.UnitInCycle(w.cycle, w.unit.id)


def _other_unit(w: Any) -> Any:
    return policy.UnitInCycle(w.cycle, w.other_unit.id)


def _proposal(w: Any) -> Any:
    from trongtam.registry.cycles.models import Proposal

    return Proposal.objects.select_related("cycle").get(cycle=w.cycle, unit=w.unit)


def _report(w: Any) -> Any:
    from trongtam.registry.progress.models import Report

    return Report.objects.select_related("period__cycle").get(pk=w.ids["report"][0])


def _list_task(w: Any) -> Any:
    from trongtam.registry.cycles.models import KeyTask

    return KeyTask.objects.filter(cycle=w.cycle, proposal__isnull=True).order_by("id").first()


def _proposal_task(w: Any) -> Any:
    return _proposal(w).key_tasks.order_by("id").first()


def _proposal_target(w: Any) -> Any:
    from trongtam.registry.cycles.models import Target

    return Target.objects.filter(key_task__proposal=_proposal(w)).order_by("id").first()


def _list_target(w: Any) -> Any:
    from trongtam.registry.cycles.models import Target

    return (
        Target.objects.filter(key_task__cycle=w.cycle, key_task__proposal__isnull=True).order_by("id").first()
    )


def _draft(w: Any) -> Any:
    from trongtam.registry.cycles.models import Proposal

    return Proposal.objects.select_related("cycle").get(pk=w.ids["draft"][0])


def _assessment(w: Any, kind: str) -> int:
    from trongtam.registry.progress.models import BodyAssessment, TargetAssessment, TaskAssessment

    model = {"target": TargetAssessment, "task": TaskAssessment, "body": BodyAssessment}[kind]
    return model.objects.filter(period_id=_jan(w)).order_by("id").values_list("id", flat=True)[0]


def _document(w: Any, i: int) -> Any:
    from trongtam.registry.documents.models import IssuedDocument

    return IssuedDocument.objects.select_related("cycle").get(pk=w.ids["document"][i])


def _share(w: Any, i: int = 0) -> Any:
    from trongtam.registry.cascade.models import Share

    return Share.objects.select_related(
        "hand_down__target__key_task__cycle", "commune_target__key_task__cycle"
    ).get(pk=w.ids["share"][i])


def _commune_cycle(w: Any) -> Any:
    from trongtam.registry.cycles.models import Cycle

    return Cycle.objects.get(pk=w.ids["commune_cycle"][0])


def _secret_report(w: Any) -> Any:
    from trongtam.registry.progress.models import Report

    return Report.objects.select_related("period__cycle").get(pk=w.ids["secret_report"][0])


def _secret_task(w: Any) -> Any:
    from trongtam.registry.cycles.models import KeyTask

    return KeyTask.objects.select_related("cycle").get(pk=w.ids["secret_task"][0])


def _handed_target(w: Any) -> int:
    return int(_share(w).hand_down.target_id)


def _jan(w: Any) -> int:
    return w.ids["period"][-1]


def _r(
    name: str, *args: Callable[[Any], Any], query: Callable[[Any], str] | None = None
) -> Callable[[Any], str]:
    def build(w: Any) -> str:
        url = reverse(name, args=[a(w) for a in args])
        return url + ("?" + query(w) if query else "")

    return build


def _id(fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda w: fn(w).id


def _k(value: Any) -> Callable[[Any], Any]:
    return lambda w: value


cid = _id(_cycle)
unit_id = lambda w: w.unit.id  # noqa: E731
other_id = lambda w: w.other_unit.id  # noqa: E731
prop_id = _id(_proposal)
report_id = _id(_report)
API_ONE = ("api:cycles_get", "api:proposals_get", "api:key_tasks_get", "api:targets_get", "api:periods_get")

CASES: list[Case] = [
    # The API (the same policy through access.Scope).
    Case("api:openapi-json", _r("api:openapi-json"), PUBLIC, NONE),
    Case("api:openapi-view", _r("api:openapi-view"), PUBLIC, NONE),
    Case("api:api-root", _r("api:api-root"), NONE, NONE),  # answers 404: nothing to read
    Case("api:cycles_list", _r("api:cycles_list"), LOGIN, NONE),
    Case("api:cycles_get", _r("api:cycles_get", cid), ("cycle.view", _cycle), NONE),
    Case("api:proposals_list", _r("api:proposals_list"), LOGIN, NONE),
    Case("api:proposals_get", _r("api:proposals_get", prop_id), ("proposal.view", _proposal), NONE),
    Case("api:proposals_upload", _r("api:proposals_upload", cid), NONE, ("proposal.create", _own_unit)),
    Case("api:proposals_submit", _r("api:proposals_submit", prop_id), NONE, ("proposal.edit", _proposal)),
    Case("api:key_tasks_list", _r("api:key_tasks_list"), LOGIN, NONE),
    Case(
        "api:key_tasks_get", _r("api:key_tasks_get", _id(_proposal_task)), ("proposal.view", _proposal), NONE
    ),
    Case("api:targets_list", _r("api:targets_list"), LOGIN, NONE),
    Case("api:targets_get", _r("api:targets_get", _id(_proposal_target)), ("proposal.view", _proposal), NONE),
    Case("api:periods_list", _r("api:periods_list"), LOGIN, NONE),
    Case("api:periods_get", _r("api:periods_get", _jan), ("cycle.view", _cycle), NONE),
    Case("api:entries_list", _r("api:entries_list"), LOGIN, NONE),
    Case(
        "api:entries_get",
        lambda w: reverse("api:entries_get", args=[w.ids["entry"][0]]),
        ("report.view", _report),
        NONE,
    ),
    Case("api:reports_list", _r("api:reports_list"), LOGIN, NONE),
    Case("api:reports_get", _r("api:reports_get", report_id), ("report.view", _report), NONE),
    Case("api:progress_submit", _r("api:progress_submit", _jan, unit_id), NONE, ("unit.edit", _own_unit)),
    *[
        Case(
            f"api:{kind}_assessments_get",
            lambda w, kind=kind: reverse(f"api:{kind}_assessments_get", args=[_assessment(w, kind)]),
            ("cycle.read_all", _cycle),
            NONE,
        )
        for kind in ("target", "task", "body")
    ],
    *[
        Case(f"api:{kind}_assessments_list", _r(f"api:{kind}_assessments_list"), LOGIN, NONE)
        for kind in ("target", "task", "body")
    ],
    Case("api:extract", _r("api:extract"), NONE, LOGIN),
    # Pages.
    Case("web:home", _r("web:home"), PUBLIC, NONE),
    Case("web:login", _r("web:login"), PUBLIC, SELF),
    Case("web:logout", _r("web:logout"), NONE, SELF),
    Case("web:cycle_list", _r("web:cycle_list"), LOGIN, NONE),
    Case("web:cycle_detail", _r("web:cycle_detail", cid), ("cycle.view", _cycle), NONE),
    Case("web:cycle_create", _r("web:cycle_create"), ("cycle.create", _k(None)), ("cycle.create", _k(None))),
    Case("web:progress_overview", _r("web:progress_overview", cid), ("cycle.view", _cycle), NONE),
    Case(
        "web:progress_periods_generate",
        _r("web:progress_periods_generate", cid),
        NONE,
        ("cycle.manage", _cycle),
    ),
    Case(
        "web:progress_period_edit", _r("web:progress_period_edit", cid, _jan), NONE, ("cycle.manage", _cycle)
    ),
    Case(
        "web:progress_report",
        _r("web:progress_report", cid, _jan, unit_id),
        ("unit.view", _own_unit),
        ("unit.edit", _own_unit),
    ),
    Case(
        "web:progress_report_review",
        _r("web:progress_report_review", cid, _jan, unit_id),
        NONE,
        ("report.review", _report),
    ),
    Case(
        "web:progress_entry_request",
        lambda w: reverse("web:progress_entry_request", args=[w.cycle.id, w.ids["entry"][0]]),
        NONE,
        ("report.request_explanation", _report),
    ),
    Case(
        "web:progress_entry_explain",
        lambda w: reverse("web:progress_entry_explain", args=[w.cycle.id, w.ids["entry"][0]]),
        NONE,
        ("report.edit", _report),
    ),
    Case(
        "web:progress_evidence",
        lambda w: reverse("web:progress_evidence", args=[w.cycle.id, w.ids["evidence"][0]]),
        ("report.view", _report),
        NONE,
    ),
    Case(
        "web:progress_target_settings",
        _r("web:progress_target_settings", cid),
        ("cycle.read_all", _cycle),
        ("cycle.manage", _cycle),
    ),
    Case(
        "web:progress_assessment",
        _r("web:progress_assessment", cid, query=lambda w: f"ky={_jan(w)}"),
        ("cycle.read_all", _cycle),
        NONE,
    ),
    Case("web:progress_assess_run", _r("web:progress_assess_run", cid, _jan), NONE, ("cycle.manage", _cycle)),
    Case(
        "web:progress_override",
        lambda w: reverse("web:progress_override", args=[w.cycle.id, "target", _assessment(w, "target")]),
        NONE,
        ("assessment.override", _cycle),
    ),
    # The dashboard: the whole body's, and each unit's part.
    Case("web:progress_dashboard", _r("web:progress_dashboard", cid), ("cycle.read_all", _cycle), NONE),
    # The dashboard's old address redirects whoever sees the cycle to the new one, which decides further.
    Case("web:progress_dashboard_old", _r("web:progress_dashboard_old", cid), ("cycle.view", _cycle), NONE),
    Case(
        "web:progress_dashboard",
        _r("web:progress_dashboard", cid, query=lambda w: f"don_vi={w.unit.id}"),
        ("unit.view", _own_unit),
        NONE,
    ),
    # Notifications: the person's own (another person's notice is never shown nor marked).
    Case("web:notification_list", _r("web:notification_list"), LOGIN, NONE),
    Case(
        "web:notification_read",
        lambda w: reverse("web:notification_read", args=[w.ids["notification"][0]]),
        NONE,
        SELF,
    ),
    Case("web:notification_read_all", _r("web:notification_read_all"), NONE, SELF),
    Case("web:notification_preferences", _r("web:notification_preferences"), LOGIN, SELF),
    # Proposals.
    Case("web:proposal_home", _r("web:proposal_home", cid), ("cycle.view", _cycle), NONE),
    Case("web:proposal_upload", _r("web:proposal_upload", cid), NONE, ("proposal.create", _own_unit)),
    Case("web:proposal_manual", _r("web:proposal_manual", cid), NONE, ("proposal.create", _own_unit)),
    Case("web:proposal_review", _r("web:proposal_review", prop_id), ("proposal.view", _proposal), NONE),
    Case(
        "web:proposal_review",
        lambda w: reverse("web:proposal_review", args=[w.ids["draft"][0]]),
        ("proposal.view", _draft),
        NONE,
    ),
    *[
        Case(name, _r(name, prop_id), NONE, (action, _proposal))
        for name, action in (
            ("web:proposal_header", "proposal.edit"),
            ("web:proposal_submit", "proposal.edit"),
            ("web:proposal_return", "proposal.return"),
            ("web:proposal_task_add", "proposal.edit"),
        )
    ],
    *[
        Case(name, _r(name, _id(_proposal_task)), NONE, ("proposal.edit", _proposal))
        for name in (
            "web:proposal_task_update",
            "web:proposal_task_delete",
            "web:proposal_task_split",
            "web:proposal_task_merge",
            "web:proposal_target_add",
        )
    ],
    *[
        Case(name, _r(name, _id(_proposal_target)), NONE, ("proposal.edit", _proposal))
        for name in ("web:proposal_target_update", "web:proposal_target_delete")
    ],
    # Consolidation, approval, history.
    Case("web:consolidation", _r("web:consolidation", cid), ("cycle.adjust", _cycle), NONE),
    Case("web:consolidation_build", _r("web:consolidation_build", cid), NONE, ("cycle.manage", _cycle)),
    *[
        Case(name, _r(name, cid, _id(_list_task)), NONE, ("cycle.manage", _cycle))
        for name in (
            "web:list_task_edit",
            "web:list_task_merge",
            "web:list_task_move",
            "web:list_task_delete",
        )
    ],
    Case("web:target_main", _r("web:target_main", cid, _id(_list_target)), NONE, ("cycle.manage", _cycle)),
    Case(
        "web:value_choice",
        lambda w: reverse("web:value_choice", args=[w.cycle.id, w.ids["choice"][0]]),
        NONE,
        ("cycle.manage", _cycle),
    ),
    Case("web:remind", _r("web:remind", cid), NONE, ("cycle.manage", _cycle)),
    Case("web:carry_over", _r("web:carry_over", cid), NONE, ("cycle.manage", _cycle)),
    Case("web:approve", _r("web:approve", cid), NONE, ("cycle.approve", _cycle)),
    Case("web:start_adjustment", _r("web:start_adjustment", cid), NONE, ("cycle.adjust", _cycle)),
    Case("web:approve_confirm", _r("web:approve_confirm", cid), ("cycle.approve", _cycle), NONE),
    Case("web:send_to_leader", _r("web:send_to_leader", cid), NONE, ("cycle.manage", _cycle)),
    Case("web:return_to_office", _r("web:return_to_office", cid), NONE, ("cycle.adjust", _cycle)),
    Case("web:set_numbering", _r("web:set_numbering", cid), NONE, ("cycle.manage", _cycle)),
    Case("web:request_letter", _r("web:request_letter", cid), ("cycle.view", _cycle), NONE),
    # Background jobs: the person's own (another person's job is a 404).
    Case("web:job_list", _r("web:job_list"), LOGIN, NONE),
    *[
        Case(name, _r(name, _k(999999)), SELF, NONE)
        for name in ("web:job_detail", "web:job_status", "web:job_download")
    ],
    # Monitoring: no body's data.
    Case("healthz", _r("healthz"), PUBLIC, NONE),
    Case("web:versions", _r("web:versions", cid), ("cycle.view", _cycle), NONE),
    Case("web:cycle_history", _r("web:cycle_history", cid), ("cycle.view", _cycle), NONE),
    # API tokens: the person's own.
    Case("web:token_list", _r("web:token_list"), LOGIN, NONE),
    Case("web:token_create", _r("web:token_create"), NONE, SELF),
    Case("web:token_revoke", _r("web:token_revoke", _k(999999)), NONE, SELF),
    # Documents and spreadsheets.
    Case("web:documents", _r("web:documents", cid), ("cycle.view", _cycle), NONE),
    Case("web:document_create", _r("web:document_create", cid), NONE, ("cycle.manage", _cycle)),
    *[
        Case(
            "web:document_download",
            lambda w, i=i: reverse("web:document_download", args=[w.cycle.id, w.ids["document"][i], "docx"]),
            ("document.view", lambda w, i=i: _document(w, i)),
            NONE,
        )
        for i in (0, 1)  # the published list, and the unit's own registration letter
    ],
    Case("web:document_xlsx", _r("web:document_xlsx", cid, _k("danh-muc")), ("cycle.view", _cycle), NONE),
    Case("web:document_xlsx", _r("web:document_xlsx", cid, _k("chi-tieu")), ("cycle.view", _cycle), NONE),
    Case(
        "web:document_xlsx",
        _r("web:document_xlsx", cid, _k("tien-do"), query=lambda w: f"ky={_jan(w)}"),
        ("cycle.read_all", _cycle),
        NONE,
    ),
    Case(
        "web:document_xlsx",
        _r("web:document_xlsx", cid, _k("tien-do"), query=lambda w: f"ky={_jan(w)}&don_vi={w.unit.id}"),
        ("unit.view", _own_unit),
        NONE,
    ),
    Case(
        "web:document_xlsx",
        _r("web:document_xlsx", cid, _k("danh-gia"), query=lambda w: f"ky={_jan(w)}"),
        ("cycle.read_all", _cycle),
        NONE,
    ),
    Case(
        "web:document_xlsx",
        _r("web:document_xlsx", cid, _k("danh-gia"), query=lambda w: f"ky={_jan(w)}&don_vi={w.unit.id}"),
        ("cycle.read_all", _cycle),
        NONE,
    ),
    Case("web:progress_form", _r("web:progress_form", cid, _jan, unit_id), ("unit.view", _own_unit), NONE),
    Case(
        "web:progress_form_download",
        _r("web:progress_form_download", cid, _jan, unit_id),
        ("unit.view", _own_unit),
        NONE,
    ),
    Case(
        "web:progress_form_upload",
        _r("web:progress_form_upload", cid, _jan, unit_id),
        NONE,
        ("unit.edit", _own_unit),
    ),
    Case(
        "web:progress_form_preview",
        _r("web:progress_form_preview", cid, _k(999999)),
        ("unit.edit", _own_unit),
        NONE,
    ),
    Case(
        "web:progress_form_confirm",
        _r("web:progress_form_confirm", cid, _k(999999)),
        NONE,
        ("unit.edit", _own_unit),
    ),
    # Oversight.
    Case("web:remarks_awaiting", _r("web:remarks_awaiting", cid), ("cycle.view", _cycle), NONE),
    Case(
        "web:remark_page",
        _r("web:remark_page", cid, _k("bao-cao"), report_id),
        ("report.view", _report),
        ("remark.create", _report),
    ),
    Case(
        "web:remark_page",
        _r("web:remark_page", cid, _k("nhiem-vu"), _id(_list_task)),
        ("cycle.view", _cycle),
        ("remark.create", _list_task),
    ),
    Case(
        "web:remark_page",
        _r("web:remark_page", cid, _k("chi-tieu"), _id(_list_target)),
        ("cycle.view", _cycle),
        ("remark.create", _list_target),
    ),
]

CASES += [
    # The cascade: the province office hands down and answers; the commune proposes; the province's
    # readers (the overseer among them) read the roll-up and act on nothing.
    Case("web:cascade_list", _r("web:cascade_list", cid), ("rollup.read", _cycle), NONE),
    *[
        Case(name, _r(name, cid, _handed_target), get, post)
        for name, get, post in (
            ("web:cascade_hand_down", ("cascade.hand_down", _cycle), ("cascade.hand_down", _cycle)),
            ("web:cascade_sheet", ("cascade.hand_down", _cycle), NONE),
            ("web:cascade_upload", NONE, ("cascade.hand_down", _cycle)),
            ("web:cascade_confirm", NONE, ("cascade.hand_down", _cycle)),
        )
    ],
    # The dry run a background job made of a big sheet: the office's own job only (the fixture has none).
    Case(
        "web:cascade_sheet_checked",
        _r("web:cascade_sheet_checked", cid, _handed_target, _k(999999)),
        ("cascade.hand_down", _cycle),
        NONE,
    ),
    Case("web:cascade_answer", _r("web:cascade_answer", cid, _id(_share)), NONE, ("share.answer", _share)),
    Case(
        "web:cascade_commune",
        _r("web:cascade_commune", _id(_commune_cycle)),
        ("cycle.view", _commune_cycle),
        NONE,
    ),
    Case(
        "web:cascade_propose",
        _r("web:cascade_propose", _id(_commune_cycle), _id(_share)),
        NONE,
        ("share.propose", _share),
    ),
    Case("web:cascade_rollup", _r("web:cascade_rollup", cid), ("rollup.read", _cycle), NONE),
    Case(
        "web:cascade_rollup_detail",
        lambda w: reverse("web:cascade_rollup_detail", args=[w.cycle.id, w.ids["hand_down"][0]]),
        ("rollup.read", _cycle),
        NONE,
    ),
    Case(
        "web:cascade_rollup_commune",
        _r("web:cascade_rollup_commune", cid, _id(_share)),
        ("rollup.read", _cycle),
        NONE,
    ),
    Case(
        "web:cascade_secrets", _r("web:cascade_secrets", cid), ("cycle.view", _cycle), ("secret.mark", _cycle)
    ),
    # The cascade through the API.
    Case("api:hand_downs_list", _r("api:hand_downs_list"), LOGIN, NONE),
    Case(
        "api:hand_downs_get",
        lambda w: reverse("api:hand_downs_get", args=[w.ids["hand_down"][0]]),
        ("rollup.read", _cycle),
        NONE,
    ),
    Case("api:hand_downs_set", _r("api:hand_downs_set", _handed_target), NONE, ("cascade.hand_down", _cycle)),
    Case("api:shares_list", _r("api:shares_list"), LOGIN, NONE),
    *[
        Case(
            "api:shares_get",
            _r("api:shares_get", _id(lambda w, i=i: _share(w, i))),
            ("share.view", lambda w, i=i: _share(w, i)),
            NONE,
        )
        for i in (0, 1)  # the proposing commune's share, and the other commune's
    ],
    Case("api:shares_propose", _r("api:shares_propose", _id(_share)), NONE, ("share.propose", _share)),
    Case("api:shares_accept", _r("api:shares_accept", _id(_share)), NONE, ("share.answer", _share)),
    Case("api:shares_return", _r("api:shares_return", _id(_share)), NONE, ("share.answer", _share)),
    Case("api:rollup_get", _r("api:rollup_get", cid), ("rollup.read", _cycle), NONE),
    # Marked items: read by reference by whoever reads them; the overseer remarks, no one else writes.
    Case(
        "web:progress_report",
        _r("web:progress_report", cid, _jan, other_id),
        ("unit.view", _other_unit),
        ("unit.edit", _other_unit),
    ),
    Case(
        "web:remark_page",
        _r("web:remark_page", cid, _k("bao-cao"), _id(_secret_report)),
        ("report.view", _secret_report),
        ("remark.create", _secret_report),
    ),
    Case(
        "web:remark_page",
        _r("web:remark_page", cid, _k("nhiem-vu"), _id(_secret_task)),
        ("cycle.view", _cycle),
        ("remark.create", _secret_task),
    ),
]

# Pages whose allowed read may be a redirect (the front page to the sign-in or the cycles).
REDIRECTING = {"web:home", "web:login", "web:progress_dashboard_old"}
# Objects that exist only once (a staged upload the fixture does not make): the allowed read is a 404 too.
ABSENT = {"web:progress_form_preview", "web:cascade_sheet_checked"}


def personas(a: Any, b: Any) -> dict[str, Any]:
    """The person playing each role of the policy (``policy.ROLES``)."""
    cast = {
        "coordinator": a.users["coordinator"],
        "leader": a.users["leader"],
        "unit_staff": a.users["unit_staff"],
        "unit_member": a.users["other_staff"],  # a member of another unit of the same body
        "overseer": a.users["inspector"],
        "commune": a.users["commune_staff"],  # staff of a commune the province hands a target down to
        "outsider": b.users["coordinator"],
        "anonymous": None,
    }
    assert set(cast) == set(policy.ROLES), "a role of the policy has no person in the matrix"
    return cast


def _expected(need: Need, person: Any, world: Any) -> bool | None:
    """What the policy says: True (allowed), False (refused), None (not a body's data: not checked)."""
    if need == PUBLIC:
        return True
    if need == LOGIN:
        return person is not None
    if need in (SELF, NONE):
        return None if need == SELF else False
    action, obj = need
    if person is None:
        return False
    return policy.can(person, action, obj(world))


def test_every_route_of_the_project_has_a_policy_action():
    covered = {c.route for c in CASES}
    missing = sorted({r.name for r in all_routes()} - covered)
    assert not missing, f"routes with no policy action in the matrix: {missing}"
    for case in CASES:
        for need in (case.get, case.post):
            if isinstance(need, tuple):
                assert need[0] in policy.actions(), need[0]


def _client(person: Any, api: bool) -> Client:
    if person is None:
        return Client()
    if api:
        from trongtam.registry.tokens.services import token_create

        return Client(HTTP_AUTHORIZATION=f"Bearer {token_create(user=person, name='ma trận')[1]}")
    c = Client()
    c.force_login(person)
    return c


# One of the suite's longest tests: the cases are dealt into PARTS parametrized parts (case i goes to
# part i % PARTS), so pytest-xdist spreads them over its workers; together they check every case.
PARTS = 2


def test_the_parts_of_the_matrix_check_every_case_once():
    dealt = [c for part in range(PARTS) for c in CASES[part::PARTS]]
    assert sorted(map(repr, dealt)) == sorted(map(repr, CASES))
    assert all(CASES[part::PARTS] for part in range(PARTS))


@pytest.mark.slow
@pytest.mark.parametrize("part", range(PARTS))
def test_the_matrix_generated_from_the_policy_holds_for_every_url_method_and_role(two_provinces, part):
    a, b = two_provinces
    cast = personas(a, b)
    clients = {(role, api): _client(p, api) for role, p in cast.items() for api in (False, True)}
    wrong: list[str] = []
    refused_writes = 0
    # The resolver walked once (a walk costs some 50 ms of CPU), not once per case: each case's first route of its name.
    first_of_name: dict[str, Route] = {}
    for r in all_routes():
        first_of_name.setdefault(r.name, r)
    # The API keys made above for the cast (and their last use) are the test's own; every other row counts.
    keys_of = frozenset(p.pk for p in cast.values() if p is not None)
    before = fingerprint(keys_of=keys_of)
    for case in CASES[part::PARTS]:
        url = case.url(a)
        api = url.startswith("/api/")
        route = first_of_name[case.route]
        for role, person in cast.items():
            client = clients[(role, api)]
            allowed = _expected(case.get, person, a)
            response = client.get(url)
            status = response.status_code
            if status >= 500:
                wrong.append(f"GET {url} as {role}: {status}")
            elif allowed and case.route not in ABSENT:
                ok = status == 200 or (case.route in REDIRECTING and status in (301, 302))
                if not ok:
                    wrong.append(f"GET {url} as {role}: {status}, the policy allows it")
            elif allowed is False and status == 200:
                wrong.append(f"GET {url} as {role}: 200, the policy refuses it")
            if _expected(case.post, person, a) is False:
                for method, post in _writes(client, route, url):
                    refused_writes += 1
                    if post.status_code >= 500:
                        wrong.append(f"{method} {url} as {role}: {post.status_code}")
    assert not wrong, "\n".join(wrong)
    assert refused_writes > 200
    assert fingerprint(keys_of=keys_of) == before, "a write the policy refuses changed data"
