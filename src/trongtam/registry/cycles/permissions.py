"""Who may do what in a cycle. Reads that fail answer 404 (selectors); writes that fail raise PermissionDenied (403).

Roles are per organisation:
- unit staff of a unit: that unit's own proposals (and later its reports) only;
- office coordinator of the cycle's office (or of the owning body): every proposal, consolidation, reminders;
- leader of the owning body: reads everything of the body, approves the list;
- administrator of the owning body or its office: everything the coordinator and the leader may do.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied

from trongtam.registry.organisations.selectors import organisation_ids_for_user

from .models import Cycle, CycleStatus, Proposal, ProposalStatus

User = AbstractBaseUser | AnonymousUser


def _body_ids(cycle: Cycle) -> set[int]:
    return {i for i in (cycle.owner_id, cycle.office_id) if i is not None}


def is_coordinator(user: User, cycle: Cycle) -> bool:
    """Office coordinator (or administrator) of the cycle's office or owning body."""
    if getattr(user, "is_superuser", False):
        return True
    return bool(organisation_ids_for_user(user=user, roles={"coordinator", "admin"}) & _body_ids(cycle))


def is_leader(user: User, cycle: Cycle) -> bool:
    """Leader (or administrator) of the owning body."""
    if getattr(user, "is_superuser", False):
        return True
    return cycle.owner_id in organisation_ids_for_user(user=user, roles={"leader", "admin"})


def unit_ids_for_staff(user: User) -> set[int]:
    """The units whose proposals and reports the user writes."""
    return organisation_ids_for_user(user=user, roles={"unit_staff", "admin"})


def can_propose(user: User, cycle: Cycle, unit_id: int) -> bool:
    """Unit staff may propose for their own unit while the cycle takes proposals."""
    return unit_id in unit_ids_for_staff(user) and cycle.status in {CycleStatus.DRAFT, CycleStatus.OPEN}


def can_view_proposal(user: User, proposal: Proposal) -> bool:
    """The unit's own staff, the office and the body's leaders see a proposal."""
    cycle = proposal.cycle
    return (
        proposal.unit_id in organisation_ids_for_user(user=user)
        or is_coordinator(user, cycle)
        or is_leader(user, cycle)
    )


def can_edit_proposal(user: User, proposal: Proposal) -> bool:
    """Only the unit's staff edit, and only a draft or a returned proposal."""
    return proposal.unit_id in unit_ids_for_staff(user) and proposal.status in {
        ProposalStatus.DRAFT,
        ProposalStatus.RETURNED,
    }


def require(allowed: bool, message: str = "Bạn không có quyền thực hiện thao tác này.") -> None:
    """Raise PermissionDenied (HTTP 403) with a Vietnamese message unless ``allowed``."""
    if not allowed:
        raise PermissionDenied(message)
