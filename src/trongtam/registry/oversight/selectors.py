"""Reads on oversight: who oversees whom today, remarks on an object, remarks awaiting an answer."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from datetime import date

from django.db.models import Q, QuerySet

from .models import OversightRelation, Remark


def overseen_by(*, overseer_ids: AbstractSet[int], day: date) -> frozenset[int]:
    """Organisations that any of ``overseer_ids`` oversees on ``day`` (one query)."""
    if not overseer_ids:
        return frozenset()
    qs = (
        OversightRelation.objects.filter(overseer_id__in=overseer_ids)
        .filter(Q(valid_from__isnull=True) | Q(valid_from__lte=day))
        .filter(Q(valid_to__isnull=True) | Q(valid_to__gte=day))
    )
    return frozenset(qs.values_list("overseen_id", flat=True))


def remark_list(*, cycle_id: int, subject: str, object_id: int) -> QuerySet[Remark]:
    """The remarks on one task, target or report, oldest first."""
    column = {"task": "key_task_id", "target": "target_id", "report": "report_id"}[subject]
    return (
        Remark.objects.filter(cycle_id=cycle_id, subject=subject, **{column: object_id})
        .select_related("overseer", "created_by", "answered_by")
        .order_by("created_at", "id")
    )


def remarks_awaiting(*, cycle_ids: QuerySet | AbstractSet[int]) -> QuerySet[Remark]:  # type: ignore[type-arg]
    """Remarks of these cycles not answered yet, oldest first."""
    return (
        Remark.objects.filter(cycle_id__in=cycle_ids, answered_at__isnull=True)
        .select_related(
            "cycle", "overseer", "created_by", "key_task", "target", "report__unit", "report__period"
        )
        .order_by("created_at", "id")
    )
