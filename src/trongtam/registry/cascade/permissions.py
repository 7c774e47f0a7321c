"""Who may hand down, answer, propose and read a roll-up: every check of this app, in one place.

They lean on ``cycles.permissions`` so that the single authorization policy can replace them here alone.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

from trongtam.registry.cycles.models import Cycle
from trongtam.registry.cycles.permissions import is_coordinator, is_leader, require
from trongtam.registry.organisations.selectors import organisation_ids_for_user

from .models import Share

User = AbstractBaseUser | AnonymousUser

__all__ = ["can_hand_down", "can_mark_secret", "can_propose_share", "can_read_rollup", "require"]


def can_hand_down(user: User, cycle: Cycle) -> bool:
    """The province office assigns targets to communes and answers their proposals."""
    return is_coordinator(user, cycle)


def can_read_rollup(user: User, cycle: Cycle) -> bool:
    """The province office and leaders read the roll-up of their communes."""
    return is_coordinator(user, cycle) or is_leader(user, cycle)


def can_propose_share(user: User, share: Share) -> bool:
    """A commune's own people (any role there) propose a different figure for its share."""
    if getattr(user, "is_superuser", False):
        return True
    return share.commune_id in organisation_ids_for_user(user=user)


def can_mark_secret(user: User, cycle: Cycle) -> bool:
    """The office of the cycle marks its tasks, reports and documents as secret."""
    return is_coordinator(user, cycle)
