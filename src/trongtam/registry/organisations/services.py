"""Writes on organisations and memberships."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from django.contrib.auth.models import User
from django.db import transaction

from .models import Membership, Organisation


@transaction.atomic
def organisation_create(
    *,
    name: str,
    code: str,
    kind: str,
    level: str,
    parent: Organisation | None = None,
    document_format: str = "state",
    place_name: str = "",
    valid_from: date | None = None,
    valid_to: date | None = None,
    email: str = "",
) -> Organisation:
    """Create an organisation after validating it."""
    org = Organisation(
        name=name,
        code=code,
        kind=kind,
        level=level,
        parent=parent,
        document_format=document_format,
        place_name=place_name,
        valid_from=valid_from,
        valid_to=valid_to,
        email=email,
    )
    org.full_clean()
    org.save()
    return org


@transaction.atomic
def organisation_set_successors(*, organisation: Organisation, successors: Iterable[Organisation]) -> None:
    """Record which organisations took over from ``organisation`` (mergers, the 2025 reform)."""
    organisation.successors.set(list(successors))


@transaction.atomic
def membership_add(*, user: User, organisation: Organisation, role: str) -> Membership:
    """Give ``user`` a role in ``organisation``; adding the same role twice is harmless."""
    membership, _ = Membership.objects.get_or_create(user=user, organisation=organisation, role=role)
    return membership
