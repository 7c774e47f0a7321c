"""What the calling user may see, as query filters: ``registry.policy``'s, exactly as the web applies them.

Objects outside these answer 404 as if they did not exist; the filters are single SQL conditions so a
list costs the same few queries whatever the data.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Q
from django.http import Http404

from trongtam.registry import policy
from trongtam.registry.cycles.models import Cycle, KeyTask, Proposal
from trongtam.registry.cycles.selectors import cycle_get_for_user

User = AbstractBaseUser | AnonymousUser


@dataclass(frozen=True)
class Scope:
    user: User
    principal: policy.Principal

    @classmethod
    def of(cls, user: User) -> Scope:
        return cls(user=user, principal=policy.principal_of(user))

    @property
    def superuser(self) -> bool:
        return self.principal.superuser

    @property
    def member(self) -> frozenset[int]:
        return self.principal.member

    @property
    def key(self) -> tuple[object, ...]:
        """What the answers depend on (part of a cached list's key)."""
        return self.principal.key

    def cycle_ids(self) -> Q:
        """Cycles the user sees, as a condition on ``cycle_id``."""
        return policy.visible_q(self.principal, Cycle, "cycle__")

    def proposal_q(self, prefix: str = "") -> Q:
        """Proposals the user sees (``prefix`` walks from another model to the proposal)."""
        return policy.visible_q(self.principal, Proposal, prefix)

    def task_q(self, prefix: str = "") -> Q:
        """Key tasks: the cycle's own list to whoever sees the cycle; a proposal's to whoever sees it."""
        return policy.visible_q(self.principal, KeyTask, prefix)

    def progress_q(self, cycle: str, unit: str) -> Q:
        """Reports (and values) the user sees."""
        return policy.progress_q(self.principal, cycle, unit)

    def progress_q_in_cycle(self, cycle_id: int, cycle: str, unit: str) -> Q | None:
        """``progress_q`` for a list narrowed to one cycle, decided on that cycle alone (None: not visible)."""
        p = self.principal
        try:
            found = cycle_get_for_user(
                user=self.user, cycle_id=cycle_id, org_ids=p.member, overseen=p.overseen, light=True
            )
        except Http404:
            return None
        own = Q(**{f"{cycle}_id": found.id})
        if policy.cycle_rights(p, found).reads_all:
            return own
        return own & Q(**{f"{unit}_id__in": p.member})

    def assessment_q(self, cycle: str) -> Q:
        """Assessments: the whole body's readers only."""
        return policy.assessment_q(self.principal, cycle)
