"""Who may do what in a cycle: the names the cycle services and pages call, answered by ``registry.policy``.

Reads that fail answer 404 (selectors); writes that fail raise PermissionDenied (403). The rules themselves
(roles × actions × objects) live in ``trongtam.registry.policy`` and nowhere else.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied

from trongtam.registry import policy

from .models import Cycle, Proposal

User = AbstractBaseUser | AnonymousUser


def is_coordinator(user: User | policy.Principal, cycle: Cycle) -> bool:
    """Office coordinator (or administrator) of the cycle's office or owning body."""
    return policy.can(user, "cycle.manage", cycle)


def is_leader(user: User | policy.Principal, cycle: Cycle) -> bool:
    """Leader (or administrator) of the owning body."""
    return policy.can(user, "cycle.approve", cycle)


def unit_ids_for_staff(user: User | policy.Principal) -> set[int]:
    """The units whose proposals and reports the user writes."""
    return set(policy.principal_of(user).staff)


def can_propose(user: User | policy.Principal, cycle: Cycle, unit_id: int) -> bool:
    """Unit staff may propose for their own unit while the cycle takes proposals."""
    return policy.can(user, "proposal.create", policy.UnitInCycle(cycle, unit_id))


def can_view_proposal(user: User | policy.Principal, proposal: Proposal) -> bool:
    """The unit's own members; once submitted, whoever reads the whole cycle."""
    return policy.can(user, "proposal.view", proposal)


def can_edit_proposal(user: User | policy.Principal, proposal: Proposal) -> bool:
    """Only the unit's staff edit, and only a draft or a returned proposal."""
    return policy.can(user, "proposal.edit", proposal)


def require(allowed: bool, message: str = policy.DENIED_VI) -> None:
    """Raise PermissionDenied (HTTP 403) with a Vietnamese message unless ``allowed``."""
    if not allowed:
        raise PermissionDenied(message)
