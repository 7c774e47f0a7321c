"""Reads on cycles and their key tasks, always through what the user may see."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Exists, Prefetch, Q, QuerySet
from django.http import Http404

from .models import Cycle, Field, KeyTask, Proposal, ProposalStatus, Target

# Proposals no one but their unit reads (``registry.policy`` says the same).
PRIVATE_PROPOSAL_STATUSES = frozenset({ProposalStatus.DRAFT})

User = AbstractBaseUser | AnonymousUser


def cycle_ids_visible(
    *, org_ids: AbstractSet[int], overseen: AbstractSet[int] = frozenset()
) -> QuerySet[Any]:
    """Ids of the cycles these organisations see: as owner, office, invited or proposing unit, or overseer
    of the owner or office (a union of indexed lookups: an OR across the joins would read every cycle)."""
    parts = [
        Cycle.objects.filter(office_id__in=org_ids | set(overseen)).order_by().values("id"),
        Cycle.invited_units.through.objects.filter(organisation_id__in=org_ids).order_by().values("cycle_id"),
        Proposal.objects.filter(unit_id__in=org_ids).order_by().values("cycle_id"),
    ]
    return Cycle.objects.filter(owner_id__in=org_ids | set(overseen)).order_by().values("id").union(*parts)


def cycle_list_for_user(*, user: User) -> QuerySet[Cycle]:
    """The cycles of every organisation the user belongs to: as owner, office, invited or proposing unit,
    and those of the bodies the user's organisation oversees."""
    from trongtam.registry.policy import principal_of

    qs = Cycle.objects.select_related("owner", "office", "request_issuer")
    if getattr(user, "is_superuser", False):
        return qs.order_by("-year", "owner__name")
    p = principal_of(user)
    if not p.member:
        return qs.none()
    ids = cycle_ids_visible(org_ids=p.member, overseen=p.overseen)
    return qs.filter(id__in=ids).order_by("-year", "owner__name")


def cycle_get_for_user(
    *,
    user: User,
    cycle_id: int,
    org_ids: AbstractSet[int] | None = None,
    light: bool = False,
    overseen: AbstractSet[int] = frozenset(),
) -> Cycle:
    """One cycle the user may see; any other answers 404, so its existence is not revealed.

    The same rule as ``cycle_list_for_user``, checked on the one cycle: read it by its key, then the
    user's organisations against its owner and office, and only if neither matches, whether one of them
    was invited or proposed. ``org_ids`` (the user's organisations) spares the membership read when the
    caller already has them (with ``overseen``, the organisations they oversee); ``light`` reads only the
    cycle's own columns (no owner, office or issuer).
    """
    qs = Cycle.objects.all() if light else Cycle.objects.select_related("owner", "office", "request_issuer")
    cycle = qs.filter(pk=cycle_id).first()
    if cycle is not None and not getattr(user, "is_superuser", False):
        if org_ids is None:
            from trongtam.registry.policy import principal_of

            p = principal_of(user)
            org_ids, overseen = p.member, p.overseen
        if not cycle_visible_to(cycle=cycle, org_ids=org_ids, overseen=overseen):
            cycle = None
    if cycle is None:
        raise Http404("Không tìm thấy đợt đăng ký.")
    return cycle


def cycle_visible_to(
    *, cycle: Cycle, org_ids: AbstractSet[int], overseen: AbstractSet[int] = frozenset()
) -> bool:
    """Whether these organisations see the cycle: owner, office, invited or proposing unit, or overseer."""
    if cycle.owner_id in org_ids or cycle.office_id in org_ids:
        return True
    if cycle.owner_id in overseen or cycle.office_id in overseen:
        return True
    if not org_ids:
        return False
    return (
        Cycle.invited_units.through.objects.filter(cycle_id=cycle.id, organisation_id__in=org_ids).exists()
        or Proposal.objects.filter(cycle_id=cycle.id, unit_id__in=org_ids).exists()
    )


@dataclass(frozen=True)
class FieldTasks:
    """A field and its top-level tasks (each with ``children`` and ``targets`` prefetched)."""

    field: Field | None
    tasks: list[KeyTask]

    @property
    def target_count(self) -> int:
        return sum(
            len(t.targets.all()) + sum(len(c.targets.all()) for c in t.children.all()) for t in self.tasks
        )


def cycle_has_list(*, cycle: Cycle | int) -> bool:
    """True once the office has consolidated proposals into the cycle's own list."""
    return KeyTask.objects.filter(cycle=cycle, proposal__isnull=True).exists()


def list_scope(*, cycle: Cycle | int) -> QuerySet[KeyTask]:
    """The cycle's list as everyone may read it (every level, not only top-level tasks).

    Once the office has consolidated, that is the cycle's own list; before, the tasks of the proposals that
    were submitted. A draft belongs to its unit until it is submitted: it is in no list, count or export.
    """
    # One query, not ``cycle_has_list`` first and then the tasks: the list's tasks, or — while the cycle has
    # none (an uncorrelated EXISTS, evaluated once) — the submitted proposals' tasks. Every page, save and
    # send of a cycle reads its list through here.
    has_list = Exists(KeyTask.objects.filter(cycle=cycle, proposal__isnull=True))
    return KeyTask.objects.filter(cycle=cycle).filter(
        Q(proposal__isnull=True)
        | (Q(proposal__isnull=False) & ~Q(proposal__status__in=PRIVATE_PROPOSAL_STATUSES) & ~Q(has_list))
    )


def reporting_tasks(*, cycle: Cycle | int) -> QuerySet[KeyTask]:
    """Top-level tasks that progress is reported and assessed against (``list_scope``'s top level).

    Once the office has consolidated, that is the cycle's own list; before, the submitted proposals' tasks
    (a cycle with a single proposing unit may be followed without a consolidation step).
    """
    return list_scope(cycle=cycle).filter(parent__isnull=True)


def cycle_tree(*, cycle: Cycle, proposal_id: int | None = None) -> list[FieldTasks]:
    """The cycle's fields in order, each with its numbered tasks, sub-items and targets, in a fixed number of queries.

    Once the office has consolidated, that list is the cycle's; before, the submitted proposals' tasks are
    shown (never a draft's). With ``proposal_id`` only that proposal's tasks are returned (the caller has
    checked the user may read that proposal).
    """
    targets = Prefetch("targets", queryset=Target.objects.order_by("order"))
    children = Prefetch(
        "children",
        queryset=KeyTask.objects.order_by("order").prefetch_related(targets, "lead_units"),
    )
    if proposal_id is not None:
        scope = KeyTask.objects.filter(cycle=cycle, parent__isnull=True, proposal_id=proposal_id)
    else:
        scope = reporting_tasks(cycle=cycle)
    tasks = list(
        scope.select_related("field", "proposal__unit")
        .prefetch_related(targets, children, "lead_units", "coordinating_units")
        .order_by("field__order", "order", "id")
    )
    groups: dict[int | None, list[KeyTask]] = {}
    for task in tasks:
        groups.setdefault(task.field_id, []).append(task)
    fields = {f.id: f for f in cycle.fields.order_by("order")}
    out = [FieldTasks(field=fields[fid], tasks=groups[fid]) for fid in fields if fid in groups]
    if None in groups:
        out.append(FieldTasks(field=None, tasks=groups[None]))
    return out


def cycle_counts(*, cycle: Cycle) -> dict[str, int]:
    """Headline counts for a cycle page: the cycle's own list only (``list_scope``), never the units'
    proposals beside it, and the proposals that were submitted."""
    scope = list_scope(cycle=cycle)
    return {
        "tasks": scope.filter(parent__isnull=True).count(),
        "targets": Target.objects.filter(key_task__in=scope).count(),
        "proposals": cycle.proposals.exclude(status__in=PRIVATE_PROPOSAL_STATUSES).count(),
    }
