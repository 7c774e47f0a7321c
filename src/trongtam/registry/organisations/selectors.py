"""Reads on organisations and memberships, including what a user may see."""

from __future__ import annotations

from datetime import date

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Q, QuerySet

from .models import Membership, Organisation


def organisation_ids_for_user(
    *, user: AbstractBaseUser | AnonymousUser, roles: set[str] | None = None
) -> set[int]:
    """Ids of the organisations ``user`` belongs to (optionally only with one of ``roles``)."""
    if not user.is_authenticated:
        return set()
    qs = Membership.objects.filter(user_id=user.pk)
    if roles:
        qs = qs.filter(role__in=roles)
    return set(qs.values_list("organisation_id", flat=True))


def membership_roles_by_org(*, user: AbstractBaseUser | AnonymousUser) -> dict[int, frozenset[str]]:
    """Every organisation the user belongs to, with the roles held there, in one read."""
    if not user.is_authenticated:
        return {}
    roles: dict[int, set[str]] = {}
    for org_id, role in Membership.objects.filter(user_id=user.pk).values_list("organisation_id", "role"):
        roles.setdefault(org_id, set()).add(role)
    return {org_id: frozenset(r) for org_id, r in roles.items()}


def membership_roles(*, user: AbstractBaseUser | AnonymousUser, organisation_id: int) -> set[str]:
    """The roles ``user`` holds in one organisation."""
    if not user.is_authenticated:
        return set()
    return set(
        Membership.objects.filter(user_id=user.pk, organisation_id=organisation_id).values_list(
            "role", flat=True
        )
    )


def organisation_list(*, active_on: date | None = None) -> QuerySet[Organisation]:
    """All organisations, optionally only those existing on a date."""
    qs = Organisation.objects.all()
    if active_on is not None:
        qs = qs.filter(Q(valid_from__isnull=True) | Q(valid_from__lte=active_on)).filter(
            Q(valid_to__isnull=True) | Q(valid_to__gte=active_on)
        )
    return qs.order_by("name")
