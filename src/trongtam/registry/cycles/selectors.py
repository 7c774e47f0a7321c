"""Reads on cycles and their key tasks, always through what the user may see."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Prefetch, QuerySet
from django.http import Http404

from trongtam.registry.organisations.selectors import organisation_ids_for_user

from .models import Cycle, Field, KeyTask, Proposal, Target

User = AbstractBaseUser | AnonymousUser


def cycle_list_for_user(*, user: User) -> QuerySet[Cycle]:
    """The cycles of every organisation the user belongs to: as owner, office, invited or proposing unit."""
    qs = Cycle.objects.select_related("owner", "office", "request_issuer")
    if getattr(user, "is_superuser", False):
        return qs.order_by("-year", "owner__name")
    org_ids = organisation_ids_for_user(user=user)
    if not org_ids:
        return qs.none()
    # A union of four indexed lookups: an OR across the joins would read every cycle of the country.
    ids = (
        Cycle.objects.filter(owner_id__in=org_ids)
        .order_by()
        .values("id")
        .union(
            Cycle.objects.filter(office_id__in=org_ids).order_by().values("id"),
            Cycle.invited_units.through.objects.filter(organisation_id__in=org_ids)
            .order_by()
            .values("cycle_id"),
            Proposal.objects.filter(unit_id__in=org_ids).order_by().values("cycle_id"),
        )
    )
    return qs.filter(id__in=ids).order_by("-year", "owner__name")


def cycle_get_for_user(
    *, user: User, cycle_id: int, org_ids: AbstractSet[int] | None = None, light: bool = False
) -> Cycle:
    """One cycle the user may see; any other answers 404, so its existence is not revealed.

    The same rule as ``cycle_list_for_user``, checked on the one cycle: read it by its key, then the
    user's organisations against its owner and office, and only if neither matches, whether one of them
    was invited or proposed. ``org_ids`` (the user's organisations) spares the membership read when the
    caller already has them; ``light`` reads only the cycle's own columns (no owner, office or issuer).
    """
    qs = Cycle.objects.all() if light else Cycle.objects.select_related("owner", "office", "request_issuer")
    cycle = qs.filter(pk=cycle_id).first()
    if cycle is not None and not getattr(user, "is_superuser", False):
        if org_ids is None:
            org_ids = organisation_ids_for_user(user=user)
        if not _sees(cycle, org_ids):
            cycle = None
    if cycle is None:
        raise Http404("Không tìm thấy đợt đăng ký.")
    return cycle


def _sees(cycle: Cycle, org_ids: AbstractSet[int]) -> bool:
    """Whether these organisations see the cycle: owner, office, invited or proposing unit."""
    if cycle.owner_id in org_ids or cycle.office_id in org_ids:
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


def reporting_tasks(*, cycle: Cycle | int) -> QuerySet[KeyTask]:
    """Top-level tasks that progress is reported and assessed against.

    Once the office has consolidated, that is the cycle's own list; before, the proposed tasks themselves
    (a cycle with a single proposing unit may be followed without a consolidation step).
    """
    scope = KeyTask.objects.filter(cycle=cycle, parent__isnull=True)
    if cycle_has_list(cycle=cycle):
        return scope.filter(proposal__isnull=True)
    return scope


def cycle_tree(*, cycle: Cycle, proposal_id: int | None = None) -> list[FieldTasks]:
    """The cycle's fields in order, each with its numbered tasks, sub-items and targets, in a fixed number of queries.

    Once the office has consolidated, that list is the cycle's; before, the proposed tasks are shown. With
    ``proposal_id`` only that proposal's tasks are returned.
    """
    targets = Prefetch("targets", queryset=Target.objects.order_by("order"))
    children = Prefetch(
        "children",
        queryset=KeyTask.objects.order_by("order").prefetch_related(targets, "lead_units"),
    )
    scope = KeyTask.objects.filter(cycle=cycle, parent__isnull=True)
    if proposal_id is not None:
        scope = scope.filter(proposal_id=proposal_id)
    elif cycle_has_list(cycle=cycle):
        scope = scope.filter(proposal__isnull=True)
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
    """Headline counts for a cycle page."""
    return {
        "tasks": KeyTask.objects.filter(cycle=cycle, parent__isnull=True).count(),
        "targets": Target.objects.filter(key_task__cycle=cycle).count(),
        "proposals": cycle.proposals.count(),
    }
