"""The one authorization policy: roles × actions × objects, as yes/no checks and as queryset filters.

Every interface (web pages, the API, spreadsheet downloads, the dashboard, the CLI) and every write
service asks this module, and nothing else, who may do what:

- ``can(user, action, obj)`` / ``require(user, action, obj)``: one decision (``require`` raises
  ``PermissionDenied``, HTTP 403);
- ``visible_q(user, model, prefix="")``: the rows of ``model`` the user may read, as one SQL condition
  (objects outside it answer 404 as if they did not exist);
- ``cycle_rights(user, cycle)``: every role the user holds in one cycle, for a page that asks many times.

Roles, per organisation (``organisations.Membership``) and per cycle:

=============  =========================================================================================
coordinator    ``coordinator`` or ``admin`` of the cycle's office or of its owning body: consolidates,
               sends reminders, sets up periods, reviews, accepts and returns reports, overrides
               assessments, issues the body's documents; reads everything of the cycle except drafts.
leader         ``leader`` or ``admin`` of the owning body: reads everything but drafts, approves the list,
               asks for explanations.
unit           a member of a proposing or reporting unit: reads its own unit's proposal (drafts included)
               and reports, the cycle's own list. ``unit_staff`` or ``admin`` of the unit also writes them.
overseer       ``inspector`` (or ``admin``) of an organisation given oversight (``oversight``) of the owning
               body or the office, on the day: reads everything but drafts, leaves remarks; writes nothing
               else. Its reads are logged (``oversight.middleware``).
commune        ``unit_staff``, ``coordinator`` or ``admin`` of a commune a province hands targets down to:
               in the province's cycle only proposes another figure for its own share; in its own cycle
               (opened by the hand-down) it is that cycle's unit and coordinator.
=============  =========================================================================================

A draft proposal belongs to its unit until it is submitted: no one else reads it, its tasks or targets.

The cascade (a province handing its targets down to its communes, ``registry.cascade``):

=================  =====================================================================================
cascade.hand_down  the province cycle's coordinator: assigns shares (form, spreadsheet, API) and answers
                   the communes' proposals (``share.answer`` is the same right on one share).
share.propose      a commune's own staff or coordinators propose a different figure for its share.
share.view         the province cycle's readers, and the commune's members (and its own cycle's readers).
rollup.read        the province cycle's readers: coordinator, leader and overseer (who acts on nothing).
secret.mark        the cycle's coordinator marks a task, report or issued document Mật/Tối mật/Tuyệt mật.
=================  =====================================================================================

New object types (e.g. another app's aggregate) plug in with ``@rule("thing.action")`` and
``@visibility(Model)``; a rule receives the ``Principal`` and the object.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db.models import Model, Q
from django.utils import timezone

from trongtam.registry.cycles.models import Cycle, CycleStatus, KeyTask, Proposal, ProposalStatus, Target
from trongtam.registry.cycles.selectors import PRIVATE_PROPOSAL_STATUSES as _PRIVATE
from trongtam.registry.organisations.selectors import membership_roles_by_org

User = AbstractBaseUser | AnonymousUser

ADMIN = "admin"
COORDINATOR = "coordinator"
UNIT_STAFF = "unit_staff"
LEADER = "leader"
INSPECTOR = "inspector"

# The roles of the policy (a person's role in one cycle), in the order the matrix test lists them.
ROLES = ("coordinator", "leader", "unit_staff", "unit_member", "overseer", "commune", "outsider", "anonymous")

# Proposals no one but their unit reads.
PRIVATE_PROPOSAL_STATUSES = _PRIVATE

DENIED_VI = "Bạn không có quyền thực hiện thao tác này."

# Set once per request when the person's rights come from oversight, so that the read can be logged.
oversight_read: ContextVar[bool] = ContextVar("oversight_read", default=False)


@dataclass(frozen=True)
class Principal:
    """One person as the policy sees them: their organisations with roles, and what they oversee today."""

    user_id: int | None
    superuser: bool
    roles: Mapping[int, frozenset[str]]
    overseen: frozenset[int] = frozenset()
    system: bool = False
    user: Any = field(default=None, compare=False, hash=False)

    def having(self, *names: str) -> frozenset[int]:
        return frozenset(o for o, r in self.roles.items() if r & set(names))

    @cached_property
    def member(self) -> frozenset[int]:
        return frozenset(self.roles)

    @cached_property
    def coordinator(self) -> frozenset[int]:
        return self.having(COORDINATOR, ADMIN)

    @cached_property
    def leader(self) -> frozenset[int]:
        return self.having(LEADER, ADMIN)

    @cached_property
    def staff(self) -> frozenset[int]:
        return self.having(UNIT_STAFF, ADMIN)

    @property
    def all_powerful(self) -> bool:
        return self.superuser or self.system

    @property
    def key(self) -> tuple[Any, ...]:
        """What the policy's answers depend on: part of every cache key of a page kept per person."""
        return (
            self.superuser,
            self.system,
            tuple(sorted((o, tuple(sorted(r))) for o, r in self.roles.items())),
            tuple(sorted(self.overseen)),
        )


# Loaders (the sample, demo data, imports run from the command line by the operator) act as the system.
SYSTEM = Principal(user_id=None, superuser=False, roles={}, system=True)


def _overseen_orgs(orgs: frozenset[int]) -> frozenset[int]:
    """Organisations overseen today by any of ``orgs`` (one query)."""
    from trongtam.registry.oversight.selectors import overseen_by

    return overseen_by(overseer_ids=orgs, day=timezone.localdate())


def principal_of(user: User | Principal, roles: Mapping[int, frozenset[str]] | None = None) -> Principal:
    """The person behind ``user``; ``roles`` (``membership_roles_by_org``) spares the membership read."""
    if isinstance(user, Principal):
        return user
    if user is None or not user.is_authenticated:
        return Principal(user_id=None, superuser=False, roles={}, user=user)
    if roles is None:
        roles = membership_roles_by_org(user=user)
    inspecting = frozenset(o for o, r in roles.items() if INSPECTOR in r)
    # Only an inspector's rights need the oversight table: everyone else pays no query for it.
    overseen = _overseen_orgs(inspecting) if inspecting else frozenset()
    if overseen:
        oversight_read.set(True)
    return Principal(
        user_id=user.pk,
        superuser=bool(getattr(user, "is_superuser", False)),
        roles=dict(roles),
        overseen=overseen,
        user=user,
    )


# --- one cycle ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CycleRights:
    """Every role one person holds in one cycle (the cycle itself is assumed visible to them)."""

    coordinator: bool
    leader: bool
    overseer: bool
    member_units: frozenset[int]
    staff_units: frozenset[int]

    # Older names, kept for the pages that read them.
    @property
    def office(self) -> bool:
        return self.coordinator

    @property
    def reads_all(self) -> bool:
        """Reads everything of the cycle (but drafts): the whole body's tables, assessment, dashboard."""
        return self.coordinator or self.leader or self.overseer

    def can_view_unit(self, unit_id: int) -> bool:
        return self.reads_all or unit_id in self.member_units

    def can_edit_unit(self, unit_id: int) -> bool:
        return unit_id in self.staff_units

    @property
    def can_review(self) -> bool:
        return self.coordinator

    @property
    def can_request_explanation(self) -> bool:
        return self.coordinator or self.leader

    @property
    def can_remark(self) -> bool:
        return self.overseer


def _body(cycle: Cycle) -> set[int]:
    return {i for i in (cycle.owner_id, cycle.office_id) if i is not None}


def cycle_rights(user: User | Principal, cycle: Cycle) -> CycleRights:
    """The person's roles in the cycle."""
    p = principal_of(user)
    if p.all_powerful:
        return CycleRights(True, True, False, p.member, p.member if p.system else p.staff)
    body = _body(cycle)
    return CycleRights(
        coordinator=bool(p.coordinator & body),
        leader=cycle.owner_id in p.leader,
        overseer=bool(p.overseen & body),
        member_units=p.member,
        staff_units=p.staff,
    )


# --- yes/no ------------------------------------------------------------------------------------------------

Rule = Callable[[Principal, Any], bool]
_RULES: dict[str, Rule] = {}


def rule(action: str) -> Callable[[Rule], Rule]:
    """Register the rule deciding ``action`` (another app adds its own object types this way)."""

    def register(fn: Rule) -> Rule:
        _RULES[action] = fn
        return fn

    return register


def actions() -> list[str]:
    """Every action the policy decides."""
    return sorted(_RULES)


def can(user: User | Principal, action: str, obj: Any) -> bool:
    """Whether the person may take ``action`` on ``obj``."""
    p = principal_of(user)
    if p.all_powerful:
        return True
    return _RULES[action](p, obj)


def require(user: User | Principal, action: str, obj: Any, message: str = DENIED_VI) -> None:
    """Raise PermissionDenied (HTTP 403) with a Vietnamese message unless the person may."""
    if not can(user, action, obj):
        raise PermissionDenied(message)


def holders(action: str, obj: Any, *, among: Iterable[int]) -> list[Any]:
    """The active members of the organisations ``among`` whose own roles allow ``action`` on ``obj``.

    This is who is told of a step (``notifications``): the rule is the one that lets them act on it.
    Rights of a superuser or of oversight are not counted: a notice goes to those whose work it is.
    """
    from trongtam.registry.organisations.models import Membership

    # Every membership of the active members of ``among`` (their roles elsewhere count too), each with its
    # person, in one query: the members found by a subquery, not read first and then looked up again.
    members: dict[int, Any] = {}
    roles: dict[int, dict[int, set[str]]] = {}
    for m in (
        Membership.objects.filter(
            user_id__in=Membership.objects.filter(organisation_id__in=set(among)).values("user_id"),
            user__is_active=True,
        )
        .select_related("user")
        .order_by()
    ):
        members.setdefault(m.user_id, m.user)
        roles.setdefault(m.user_id, {}).setdefault(m.organisation_id, set()).add(m.role)
    decide = _RULES[action]
    out = []
    for user_id in sorted(members):
        person = Principal(
            user_id=user_id,
            superuser=False,
            roles={o: frozenset(r) for o, r in roles.get(user_id, {}).items()},
            user=members[user_id],
        )
        if decide(person, obj):
            out.append(members[user_id])
    return out


@dataclass(frozen=True)
class UnitInCycle:
    """A unit's part of a cycle: its report pages, its rows of the dashboard, its spreadsheets."""

    cycle: Cycle
    unit_id: int


def _cycle_of(obj: Any) -> Cycle:
    return obj if isinstance(obj, Cycle) else obj.cycle


@rule("cycle.view")
def _cycle_view(p: Principal, cycle: Cycle) -> bool:
    from trongtam.registry.cycles.selectors import cycle_visible_to

    return cycle_visible_to(cycle=cycle, org_ids=p.member, overseen=p.overseen)


@rule("cycle.read_all")
def _cycle_read_all(p: Principal, cycle: Cycle) -> bool:
    return cycle_rights(p, _cycle_of(cycle)).reads_all


@rule("cycle.manage")
def _cycle_manage(p: Principal, cycle: Cycle) -> bool:
    return cycle_rights(p, _cycle_of(cycle)).coordinator


@rule("cycle.approve")
def _cycle_approve(p: Principal, cycle: Cycle) -> bool:
    return cycle_rights(p, _cycle_of(cycle)).leader


@rule("cycle.adjust")
def _cycle_adjust(p: Principal, cycle: Cycle) -> bool:
    r = cycle_rights(p, _cycle_of(cycle))
    return r.coordinator or r.leader


@rule("cycle.request_explanation")
def _cycle_explain(p: Principal, cycle: Cycle) -> bool:
    return cycle_rights(p, _cycle_of(cycle)).can_request_explanation


@rule("cycle.remark")
def _cycle_remark(p: Principal, cycle: Cycle) -> bool:
    return cycle_rights(p, _cycle_of(cycle)).overseer


@rule("proposal.create")
def _proposal_create(p: Principal, obj: UnitInCycle) -> bool:
    return obj.unit_id in p.staff and obj.cycle.status in {CycleStatus.DRAFT, CycleStatus.OPEN}


@rule("proposal.view")
def _proposal_view(p: Principal, proposal: Proposal) -> bool:
    if proposal.unit_id in p.member:
        return True
    if proposal.status in PRIVATE_PROPOSAL_STATUSES:
        return False
    return cycle_rights(p, proposal.cycle).reads_all


@rule("proposal.edit")
def _proposal_edit(p: Principal, proposal: Proposal) -> bool:
    return proposal.unit_id in p.staff and proposal.status in {ProposalStatus.DRAFT, ProposalStatus.RETURNED}


@rule("proposal.return")
def _proposal_return(p: Principal, proposal: Proposal) -> bool:
    return cycle_rights(p, proposal.cycle).coordinator


@rule("unit.view")
def _unit_view(p: Principal, obj: UnitInCycle) -> bool:
    return cycle_rights(p, obj.cycle).can_view_unit(obj.unit_id)


@rule("unit.edit")
def _unit_edit(p: Principal, obj: UnitInCycle) -> bool:
    return obj.unit_id in p.staff


@rule("report.view")
def _report_view(p: Principal, report: Any) -> bool:
    return cycle_rights(p, report.period.cycle).can_view_unit(report.unit_id)


@rule("report.edit")
def _report_edit(p: Principal, report: Any) -> bool:
    return report.unit_id in p.staff


@rule("report.review")
def _report_review(p: Principal, report: Any) -> bool:
    return cycle_rights(p, report.period.cycle).coordinator


@rule("report.request_explanation")
def _report_explain(p: Principal, report: Any) -> bool:
    return cycle_rights(p, report.period.cycle).can_request_explanation


@rule("assessment.override")
def _assessment_override(p: Principal, cycle: Cycle) -> bool:
    return cycle_rights(p, _cycle_of(cycle)).coordinator


@rule("cycle.create")
def _cycle_create(p: Principal, obj: Any) -> bool:
    """Opening a cycle: a coordinator (or administrator) of some organisation."""
    return bool(p.coordinator)


@rule("document.view")
def _document_view(p: Principal, document: Any) -> bool:
    """The body's readers read every issued document; a unit its own ones and the published list."""
    if cycle_rights(p, document.cycle).reads_all:
        return True
    if document.kind == "task_list":
        return _cycle_view(p, document.cycle)
    return document.unit_id is not None and document.unit_id in p.member


def _remark_target_cycle(obj: Any) -> Cycle:
    if isinstance(obj, KeyTask):
        return obj.cycle
    if isinstance(obj, Target):
        return obj.key_task.cycle
    return obj.period.cycle  # a report


@rule("remark.create")
def _remark_create(p: Principal, obj: Any) -> bool:
    """Overseers leave remarks on a task, target or report of a body they oversee (and write nothing else)."""
    return cycle_rights(p, _remark_target_cycle(obj)).overseer


def _remark_units(remark: Any) -> set[int]:
    if remark.report_id is not None:
        return {remark.report.unit_id}
    task = remark.key_task if remark.key_task_id is not None else remark.target.key_task
    return set(task.lead_units.values_list("id", flat=True))


@rule("remark.answer")
def _remark_answer(p: Principal, remark: Any) -> bool:
    """The body answers: its coordinators and leaders, or the staff of the unit the remark is about."""
    r = cycle_rights(p, remark.cycle)
    return r.coordinator or r.leader or bool(p.staff & _remark_units(remark))


@rule("remark.view")
def _remark_view(p: Principal, remark: Any) -> bool:
    r = cycle_rights(p, remark.cycle)
    return r.reads_all or bool(p.member & _remark_units(remark))


# --- the cascade: province → communes ----------------------------------------------------------------------


def _share_cycles(share: Any) -> tuple[Cycle, Cycle | None]:
    """The province cycle the share was handed down in, and the commune's own cycle it landed in."""
    province = share.hand_down.target.key_task.cycle
    commune = share.commune_target.key_task.cycle if share.commune_target_id else None
    return province, commune


@rule("cascade.hand_down")
def _cascade_hand_down(p: Principal, cycle: Cycle) -> bool:
    return cycle_rights(p, _cycle_of(cycle)).coordinator


@rule("rollup.read")
def _rollup_read(p: Principal, cycle: Cycle) -> bool:
    """The roll-up of the communes' reports: the province cycle's readers, the overseer among them."""
    return cycle_rights(p, _cycle_of(cycle)).reads_all


@rule("secret.mark")
def _secret_mark(p: Principal, cycle: Cycle) -> bool:
    return cycle_rights(p, _cycle_of(cycle)).coordinator


@rule("share.view")
def _share_view(p: Principal, share: Any) -> bool:
    province, commune = _share_cycles(share)
    if share.commune_id in p.member or cycle_rights(p, province).reads_all:
        return True
    return commune is not None and cycle_rights(p, commune).reads_all


@rule("share.propose")
def _share_propose(p: Principal, share: Any) -> bool:
    """The commune's own people who write (staff or coordinator); never an overseer."""
    return share.commune_id in (p.staff | p.coordinator)


@rule("share.answer")
def _share_answer(p: Principal, share: Any) -> bool:
    return cycle_rights(p, _share_cycles(share)[0]).coordinator


# --- filters -----------------------------------------------------------------------------------------------

M = TypeVar("M", bound=Model)
Filter = Callable[[Principal, str], Q]
_FILTERS: dict[type[Model], Filter] = {}


def visibility(model: type[Model]) -> Callable[[Filter], Filter]:
    """Register the filter giving the rows of ``model`` a person may read (``prefix`` walks to it)."""

    def register(fn: Filter) -> Filter:
        _FILTERS[model] = fn
        return fn

    return register


def visible_q(user: User | Principal, model: type[Model], prefix: str = "") -> Q:
    """The rows of ``model`` the person may read, as one condition (``prefix`` walks from another model)."""
    p = principal_of(user)
    return _FILTERS[model](p, prefix)


def _cycles_q(p: Principal, path: str) -> Q:
    """Cycles the person sees, as a condition on ``path`` (a cycle id)."""
    from trongtam.registry.cycles.selectors import cycle_ids_visible

    if p.all_powerful:
        return Q()
    return Q(**{f"{path}__in": cycle_ids_visible(org_ids=p.member, overseen=p.overseen)})


def _reads_all_q(p: Principal, cycle: str) -> Q:
    """Cycles of which the person reads everything (as coordinator, leader or overseer)."""
    if p.all_powerful:
        return Q()
    return Q(**{f"{cycle}__office_id__in": p.coordinator | p.overseen}) | Q(
        **{f"{cycle}__owner_id__in": p.coordinator | p.leader | p.overseen}
    )


@visibility(Cycle)
def _cycle_q(p: Principal, prefix: str) -> Q:
    return _cycles_q(p, f"{prefix}id")


@visibility(Proposal)
def _proposal_q(p: Principal, prefix: str) -> Q:
    if p.all_powerful:
        return Q()
    public = ~Q(**{f"{prefix}status__in": PRIVATE_PROPOSAL_STATUSES})
    return Q(**{f"{prefix}unit_id__in": p.member}) | (public & _reads_all_q(p, f"{prefix}cycle"))


@visibility(KeyTask)
def _task_q(p: Principal, prefix: str) -> Q:
    """The cycle's own list to whoever sees the cycle; a proposal's tasks to whoever sees the proposal."""
    own = Q(**{f"{prefix}proposal__isnull": True}) & _cycles_q(p, f"{prefix}cycle_id")
    return own | (Q(**{f"{prefix}proposal__isnull": False}) & _proposal_q(p, f"{prefix}proposal__"))


@visibility(Target)
def _target_q(p: Principal, prefix: str) -> Q:
    return _task_q(p, f"{prefix}key_task__")


def progress_q(user: User | Principal, cycle: str, unit: str) -> Q:
    """Reports (and what hangs off them) the person reads: the whole body's readers, or the unit's members."""
    p = principal_of(user)
    visible = _cycles_q(p, f"{cycle}_id")
    if p.all_powerful:
        return visible
    return visible & (_reads_all_q(p, cycle) | Q(**{f"{unit}_id__in": p.member}))


def assessment_q(user: User | Principal, cycle: str) -> Q:
    """Assessments: the whole body's readers only."""
    p = principal_of(user)
    return _cycles_q(p, f"{cycle}_id") & _reads_all_q(p, cycle)


def _register_progress() -> None:
    from trongtam.registry.progress.models import (
        BodyAssessment,
        Entry,
        Evidence,
        Report,
        TargetAssessment,
        TaskAssessment,
        TaskEntry,
    )

    visibility(Report)(lambda p, prefix: progress_q(p, f"{prefix}period__cycle", f"{prefix}unit"))
    for child in (Entry, TaskEntry, Evidence):
        visibility(child)(
            lambda p, prefix: progress_q(p, f"{prefix}report__period__cycle", f"{prefix}report__unit")
        )
    for assessment in (TargetAssessment, TaskAssessment, BodyAssessment):
        visibility(assessment)(lambda p, prefix: assessment_q(p, f"{prefix}period__cycle"))


_register_progress()


def _register_cascade() -> None:
    from trongtam.registry.cascade.models import HandDown, Share

    def share_q(p: Principal, prefix: str) -> Q:
        if p.all_powerful:
            return Q()
        province = f"{prefix}hand_down__target__key_task__cycle"
        commune = f"{prefix}commune_target__key_task__cycle"
        return (
            Q(**{f"{prefix}commune_id__in": p.member})
            | _reads_all_q(p, province)
            | (Q(**{f"{prefix}commune_target__isnull": False}) & _reads_all_q(p, commune))
        )

    visibility(Share)(share_q)
    # A hand-down (the province's target and its method) is read by the province cycle's readers.
    visibility(HandDown)(lambda p, prefix: _reads_all_q(p, f"{prefix}target__key_task__cycle"))


_register_cascade()


def organisation_choices_q(user: User | Principal, cycle: Cycle | None = None, prefix: str = "") -> Q:
    """The organisations a person may pick in a form (lead and coordinating units, invited units, the
    letter's issuer…), as a condition on ``Organisation``: the organisations of the province of the cycle
    (its owner and office) or, for a cycle still to be opened, of the person's own offices; and the units
    the body's cycles already work with (invited, proposing, leading or coordinating a task), their
    successors, and organisations tied to no province at all. Another province's organisations are never
    offered."""
    from trongtam.registry.organisations.selectors import organisation_ids_of_provinces

    p = principal_of(user)
    if p.all_powerful:
        return Q()
    anchors = frozenset(_body(cycle)) if cycle is not None else p.coordinator
    province = organisation_ids_of_provinces(anchor_ids=anchors)
    bodies = Cycle.objects.filter(Q(owner_id__in=province) | Q(office_id__in=province)).values("id")
    worked_with = (
        Q(invited_cycles__in=bodies)
        | Q(proposals__cycle__in=bodies)
        | Q(led_tasks__cycle__in=bodies)
        | Q(coordinated_tasks__cycle__in=bodies)
    )
    from trongtam.registry.organisations.models import Organisation

    worked = Organisation.objects.filter(worked_with).values("id")
    # The successors of the province's organisations (a district's bodies, succeeded on 01/7/2025 by the
    # communes' ones) are the province's too.
    succeeding = Organisation.objects.filter(
        Q(predecessors__id__in=province) | Q(predecessors__id__in=worked)
    ).values("id")
    # An organisation tied to no province — no parent, no children, no place on the map, no predecessor and
    # no cycle yet (one an administrator has just created) — belongs to nobody else: offered, so that the
    # office can invite it; naming it leaks nothing of another province.
    # One NOT IN subquery per relation (``exclude``), not one join of them all (rows multiplied per pair).
    unattached = Organisation.objects.filter(parent__isnull=True, area__isnull=True)
    for related in (
        "children",
        "predecessors",
        "cycles",
        "coordinated_cycles",
        "invited_cycles",
        "proposals",
        "led_tasks",
        "coordinated_tasks",
    ):
        unattached = unattached.exclude(**{f"{related}__isnull": False})
    return (
        Q(**{f"{prefix}id__in": province})
        | Q(**{f"{prefix}id__in": worked})
        | Q(**{f"{prefix}id__in": succeeding})
        | Q(**{f"{prefix}id__in": unattached.values("id")})
    )
