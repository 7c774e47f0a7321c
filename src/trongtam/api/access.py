"""What the calling user may see, as query filters: exactly the rules of the web interface.

- cycles: ``cycle_list_for_user`` (owner, office, invited or proposing unit);
- proposals (and the tasks and targets in them): ``permissions.can_view_proposal`` — the unit's own
  members, the coordinators of the office or owning body, the owning body's leaders;
- the cycle's own consolidated list: everyone who sees the cycle;
- periods: everyone who sees the cycle;
- reports and their values: ``progress_access(...).can_view_unit`` — the office, the owning body's
  members, the unit's own members;
- assessments: the office and the owning body's members (the web's assessment page).

Objects outside these answer 404 as if they did not exist; the filters are single SQL conditions so a
list costs the same few queries whatever the data.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Q
from django.http import Http404

from trongtam.registry.cycles.selectors import cycle_get_for_user, cycle_list_for_user
from trongtam.registry.organisations.selectors import membership_roles_by_org

User = AbstractBaseUser | AnonymousUser


@dataclass(frozen=True)
class Scope:
    user: User
    superuser: bool
    member: frozenset[int]
    coordinator: frozenset[int]  # coordinator or admin
    leader: frozenset[int]  # leader or admin
    staff: frozenset[int]  # unit_staff or admin

    @classmethod
    def of(cls, user: User) -> Scope:
        roles = membership_roles_by_org(user=user)

        def having(*names: str) -> frozenset[int]:
            return frozenset(o for o, r in roles.items() if r & set(names))

        return cls(
            user=user,
            superuser=bool(getattr(user, "is_superuser", False)),
            member=frozenset(roles),
            coordinator=having("coordinator", "admin"),
            leader=having("leader", "admin"),
            staff=having("unit_staff", "admin"),
        )

    def cycle_ids(self) -> Q:
        """Cycles the user sees, as a condition on ``cycle_id``."""
        return Q(cycle_id__in=cycle_list_for_user(user=self.user).values("id"))

    def proposal_q(self, prefix: str = "") -> Q:
        """Proposals the user sees (``prefix`` walks from another model to the proposal)."""
        if self.superuser:
            return Q()
        p = prefix
        return (
            Q(**{f"{p}unit_id__in": self.member})
            | Q(**{f"{p}cycle__office_id__in": self.coordinator})
            | Q(**{f"{p}cycle__owner_id__in": self.coordinator | self.leader})
        )

    def task_q(self, prefix: str = "") -> Q:
        """Key tasks: the cycle's own list to whoever sees the cycle; a proposal's to whoever sees it."""
        own = Q(**{f"{prefix}proposal__isnull": True}) & Q(
            **{f"{prefix}cycle_id__in": cycle_list_for_user(user=self.user).values("id")}
        )
        return own | (Q(**{f"{prefix}proposal__isnull": False}) & self.proposal_q(f"{prefix}proposal__"))

    def progress_q(self, cycle: str, unit: str) -> Q:
        """Reports (and values) the user sees: office, owning body's members, or the unit's own members."""
        visible = Q(**{f"{cycle}_id__in": cycle_list_for_user(user=self.user).values("id")})
        if self.superuser:
            return visible
        return visible & (
            Q(**{f"{cycle}__office_id__in": self.coordinator})
            | Q(**{f"{cycle}__owner_id__in": self.member})
            | Q(**{f"{unit}_id__in": self.member})
        )

    def progress_q_in_cycle(self, cycle_id: int, cycle: str, unit: str) -> Q | None:
        """``progress_q`` for a list narrowed to one cycle, decided on that cycle alone (None: not visible).

        The same rule, checked once on the cycle's own row instead of joined into the list's query.
        """
        try:
            found = cycle_get_for_user(user=self.user, cycle_id=cycle_id, org_ids=self.member, light=True)
        except Http404:
            return None
        own = Q(**{f"{cycle}_id": found.id})
        if self.superuser or found.office_id in self.coordinator or found.owner_id in self.member:
            return own
        return own & Q(**{f"{unit}_id__in": self.member})

    def assessment_q(self, cycle: str) -> Q:
        """Assessments: the office and the owning body's members (leaders)."""
        visible = Q(**{f"{cycle}_id__in": cycle_list_for_user(user=self.user).values("id")})
        if self.superuser:
            return visible
        return visible & (
            Q(**{f"{cycle}__office_id__in": self.coordinator}) | Q(**{f"{cycle}__owner_id__in": self.member})
        )
