"""Reads on organisations and memberships, including what a user may see."""

from __future__ import annotations

from datetime import date

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Q, QuerySet

from .backends import ROLES_ATTRIBUTE
from .models import Membership, Organisation


def organisation_ids_for_user(
    *, user: AbstractBaseUser | AnonymousUser, roles: set[str] | None = None
) -> set[int]:
    """Ids of the organisations ``user`` belongs to (optionally only with one of ``roles``)."""
    if not user.is_authenticated:
        return set()
    kept = getattr(user, ROLES_ATTRIBUTE, None)
    if kept is not None:  # read with the request's account (``backends.MembershipBackend``)
        return {org_id for org_id, held in kept.items() if not roles or not held.isdisjoint(roles)}
    qs = Membership.objects.filter(user_id=user.pk)
    if roles:
        qs = qs.filter(role__in=roles)
    return set(qs.values_list("organisation_id", flat=True))


def membership_roles_by_org(*, user: AbstractBaseUser | AnonymousUser) -> dict[int, frozenset[str]]:
    """Every organisation the user belongs to, with the roles held there, in one read — none when the
    request's account came with them (``backends.MembershipBackend``)."""
    if not user.is_authenticated:
        return {}
    kept = getattr(user, ROLES_ATTRIBUTE, None)
    if kept is not None:
        return dict(kept)
    roles: dict[int, set[str]] = {}
    for org_id, role in Membership.objects.filter(user_id=user.pk).values_list("organisation_id", "role"):
        roles.setdefault(org_id, set()).add(role)
    return {org_id: frozenset(r) for org_id, r in roles.items()}


def membership_roles(*, user: AbstractBaseUser | AnonymousUser, organisation_id: int) -> set[str]:
    """The roles ``user`` holds in one organisation."""
    if not user.is_authenticated:
        return set()
    kept = getattr(user, ROLES_ATTRIBUTE, None)
    if kept is not None:  # read with the request's account (``backends.MembershipBackend``)
        return set(kept.get(organisation_id, ()))
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


def organisation_ids_of_provinces(*, anchor_ids: set[int] | frozenset[int]) -> set[int]:
    """The organisations of the province(s) of ``anchor_ids``: every organisation under the same top
    organisation (``parent`` walked up, then down), and every organisation sitting on the same province's
    map (``area``: the province itself or one of its communes). Three queries, whatever the depth."""
    if not anchor_ids:
        return set()
    parents = dict(Organisation.objects.values_list("id", "parent_id"))
    roots: set[int] = set()
    for org in anchor_ids:
        seen: set[int] = set()
        while org in parents and parents[org] is not None and org not in seen:
            seen.add(org)
            org = parents[org]  # type: ignore[assignment]
        if org in parents:
            roots.add(org)
    children: dict[int, list[int]] = {}
    for org, parent in parents.items():
        if parent is not None:
            children.setdefault(parent, []).append(org)
    tree: set[int] = set()
    todo = list(roots)
    while todo:
        org = todo.pop()
        if org not in tree:
            tree.add(org)
            todo.extend(children.get(org, ()))
    from .models import AdministrativeUnit

    areas = set(
        Organisation.objects.filter(id__in=tree, area__isnull=False).values_list("area_id", flat=True)
    )
    provinces = {
        province or area
        for area, province in AdministrativeUnit.objects.filter(id__in=areas).values_list("id", "province_id")
    }
    if provinces:
        tree |= set(
            Organisation.objects.filter(
                Q(area_id__in=provinces) | Q(area__province_id__in=provinces)
            ).values_list("id", flat=True)
        )
    return tree
