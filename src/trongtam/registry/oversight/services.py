"""Writes on oversight: relations, remarks (kiến nghị) and their answers, the read log.

Remarks are the only thing an overseer writes; the policy (``registry.policy``) decides who may leave and
who may answer one, and these services check it themselves.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from trongtam.registry import policy
from trongtam.registry.cycles.models import Cycle, KeyTask, Target
from trongtam.registry.organisations.models import Organisation

from .models import OversightRelation, ReadLog, Remark, RemarkSubject


@transaction.atomic
def oversight_relation_create(
    *,
    overseer: Organisation,
    overseen: Organisation,
    valid_from: date | None = None,
    valid_to: date | None = None,
    note: str = "",
) -> OversightRelation:
    """Give ``overseer`` oversight of ``overseen`` between the dates (an administrator's act)."""
    if overseer.pk == overseen.pk:
        raise ValidationError("Một cơ quan không tự giám sát chính mình.")
    return OversightRelation.objects.create(
        overseer=overseer, overseen=overseen, valid_from=valid_from, valid_to=valid_to, note=note
    )


def _subject_of(obj: Any) -> tuple[str, Cycle, dict[str, Any]]:
    from trongtam.registry.progress.models import Report

    if isinstance(obj, KeyTask):
        return RemarkSubject.TASK, obj.cycle, {"key_task": obj}
    if isinstance(obj, Target):
        return RemarkSubject.TARGET, obj.key_task.cycle, {"target": obj}
    if isinstance(obj, Report):
        return RemarkSubject.REPORT, obj.period.cycle, {"report": obj}
    raise TypeError(f"no remark on {type(obj).__name__}")


def _readable(user: Any, obj: Any, cycle: Cycle) -> bool:
    from trongtam.registry.progress.models import Report

    if isinstance(obj, Report):
        return policy.can(user, "report.view", obj)
    task = obj if isinstance(obj, KeyTask) else obj.key_task
    if task.proposal_id is not None:
        return policy.can(user, "proposal.view", task.proposal)
    return policy.can(user, "cycle.view", cycle)


@transaction.atomic
def remark_create(*, user: User, obj: Any, text: str) -> Remark:
    """An overseer's recorded remark on a task, target or report of a body it oversees."""
    subject, cycle, column = _subject_of(obj)
    person = policy.principal_of(user)
    policy.require(person, "remark.create", obj, "Chỉ cơ quan kiểm tra, giám sát được ghi kiến nghị.")
    if not _readable(person, obj, cycle):
        raise PermissionDenied("Chỉ cơ quan kiểm tra, giám sát được ghi kiến nghị.")
    text = text.strip()
    if not text:
        raise ValidationError("Hãy nhập nội dung kiến nghị.")
    body = {cycle.owner_id, cycle.office_id}
    overseer_id = next(
        (o for o in sorted(person.having(policy.INSPECTOR, policy.ADMIN)) if _oversees(o, body)), None
    )
    if overseer_id is None:  # a superuser, say: recorded under the owning body's first overseer
        overseer_id = cycle.owner_id
    return Remark.objects.create(
        cycle=cycle, subject=subject, overseer_id=overseer_id, text=text, created_by=user, **column
    )


def _oversees(org_id: int, body: set[int | None]) -> bool:
    from .selectors import overseen_by

    return bool(overseen_by(overseer_ids={org_id}, day=timezone.localdate()) & body)


@transaction.atomic
def remark_answer(*, user: User, remark: Remark, text: str) -> Remark:
    """The body's recorded answer to a remark (once; a later answer replaces it, kept in the history)."""
    remark = (
        Remark.objects.select_for_update(of=("self",))
        .select_related("cycle", "report", "key_task", "target")
        .get(pk=remark.pk)
    )
    policy.require(user, "remark.answer", remark, "Chỉ cơ quan, đơn vị được kiến nghị mới trả lời được.")
    text = text.strip()
    if not text:
        raise ValidationError("Hãy nhập nội dung trả lời.")
    remark.answer = text
    remark.answered_by = user
    remark.answered_at = timezone.now()
    remark.save(update_fields=["answer", "answered_by", "answered_at"])
    return remark


def read_log_record(*, user: User, path: str, cycle_id: int | None, view: str, status: int) -> None:
    """Record one read of an overseer (never edited, never deleted by the application)."""
    ReadLog.objects.create(user=user, path=path, cycle_id=cycle_id, view=view, status=status)
