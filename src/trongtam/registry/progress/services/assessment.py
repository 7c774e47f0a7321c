"""Assessment of a cycle at a period, and the office's overrides and judgements."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TypeVar

from django.db import transaction
from django.utils import timezone

from trongtam.core.assessment import BUCKET_LABELS_VI
from trongtam.registry import policy
from trongtam.registry.cycles.models import Cycle, KeyTask

from .. import compute
from ..errors import ProgressError
from ..models import BodyAssessment, Period, TargetAssessment, TargetStatus, TaskAssessment, TaskStatus
from ._common import OVERRIDE_ONLY, Actor, _person

_A = TypeVar("_A", TargetAssessment, TaskAssessment, BodyAssessment)


@transaction.atomic
def cycle_assess(*, cycle: Cycle, period: Period, today: date | None = None) -> compute.Snapshot:
    """Compute every target, task and body status of the cycle at ``period`` and store them.

    Overridden records keep the office's status (the computed one is refreshed beside it).
    """
    today = today or timezone.localdate()
    data = compute.cycle_data_load(cycle=cycle)
    snap = compute.snapshot(data, period, today=today, apply_overrides=False)
    ruleset = f"{snap.ruleset_id}"
    for line in snap.targets:
        record = data.stored_targets.get((line.row.target.id, period.id)) or TargetAssessment(
            period=period, target=line.row.target
        )
        record.actual = line.actual
        record.computed_status = line.computed.status
        record.computed_percent = line.computed.percent
        record.note = line.computed.note_vi
        record.ruleset = ruleset
        if not record.overridden:
            record.status, record.percent = line.computed.status, line.computed.percent
        record.save()
    for task_line in snap.tasks:
        task_record = data.stored_tasks.get((task_line.task.id, period.id)) or TaskAssessment(
            period=period, key_task=task_line.task
        )
        task_record.computed_status = task_line.computed.status
        task_record.timeliness = task_line.timeliness
        task_record.note = task_line.computed.note_vi
        task_record.ruleset = ruleset
        if not task_record.overridden:
            task_record.status = task_line.computed.status
        task_record.save()
    for body in [snap.body, *snap.units]:
        body_record = data.stored_bodies.get((body.organisation.id, period.id)) or BodyAssessment(
            period=period, organisation=body.organisation
        )
        body_record.computed_level = body.result.code
        body_record.points = body.result.points
        body_record.reasons = "\n".join(body.result.reasons_vi)
        body_record.ruleset = ruleset
        if not body_record.overridden:
            body_record.level, body_record.label = body.result.code, body.result.label
        body_record.save()
    return compute.snapshot(compute.cycle_data_load(cycle=cycle), period, today=today)


def _require_override(user: Actor, assessment: TargetAssessment | TaskAssessment | BodyAssessment) -> None:
    period = Period.objects.select_related("cycle").get(pk=assessment.period_id)
    policy.require(user, "assessment.override", period.cycle, OVERRIDE_ONLY)


def _require_reason(reason: str) -> str:
    if not reason.strip():
        raise ProgressError("a reason is required", message_vi="Cần ghi lý do điều chỉnh kết quả đánh giá.")
    return reason.strip()


def _overridden(assessment: _A, reason: str, user: Actor) -> _A:
    """Mark the assessment overridden by ``user`` for ``reason`` (kept in its history) and save it."""
    assessment.overridden = True
    assessment.override_reason = _require_reason(reason)
    assessment.overridden_by = _person(user)
    assessment._change_reason = assessment.override_reason  # type: ignore[attr-defined]
    assessment.save()
    return assessment


@transaction.atomic
def target_assessment_override(
    *,
    assessment: TargetAssessment,
    status: str,
    reason: str,
    user: Actor,
    percent: Decimal | None = None,
) -> TargetAssessment:
    """The office replaces a target's computed status, with a reason kept in the history."""
    _require_override(user, assessment)
    if status not in TargetStatus.values:
        raise ProgressError(f"unknown status {status}", message_vi="Trạng thái chỉ tiêu không hợp lệ.")
    assessment.status = status
    assessment.percent = percent if percent is not None else assessment.computed_percent
    return _overridden(assessment, reason, user)


@transaction.atomic
def task_assessment_override(
    *, assessment: TaskAssessment, status: str, reason: str, user: Actor
) -> TaskAssessment:
    """The office replaces a task's computed status, with a reason kept in the history."""
    _require_override(user, assessment)
    if status not in TaskStatus.values:
        raise ProgressError(f"unknown status {status}", message_vi="Trạng thái nhiệm vụ không hợp lệ.")
    assessment.status = status
    return _overridden(assessment, reason, user)


@transaction.atomic
def body_assessment_override(
    *, assessment: BodyAssessment, level: str, label: str, reason: str, user: Actor
) -> BodyAssessment:
    """The office replaces a body's computed level, with a reason kept in the history."""
    _require_override(user, assessment)
    assessment.level, assessment.label = level, label
    return _overridden(assessment, reason, user)


@transaction.atomic
def assessment_override_clear(
    *,
    assessment: TargetAssessment | TaskAssessment | BodyAssessment,
    reason: str,
    user: Actor,
) -> None:
    """Return to the computed status (the override stays in the history)."""
    _require_override(user, assessment)
    assessment.overridden = False
    assessment.override_reason = ""
    assessment.overridden_by = _person(user)
    if isinstance(assessment, TargetAssessment):
        assessment.status, assessment.percent = assessment.computed_status, assessment.computed_percent
    elif isinstance(assessment, TaskAssessment):
        assessment.status = assessment.computed_status
    else:
        assessment.level = assessment.computed_level
    assessment._change_reason = _require_reason(reason)  # type: ignore[union-attr]
    assessment.save()


@transaction.atomic
def task_judgement_set(*, period: Period, key_task: KeyTask, judgement: str, user: Actor) -> TaskAssessment:
    """The office's judgement of a task without numbers; the task's status is recomputed with it."""
    policy.require(user, "assessment.override", period.cycle, OVERRIDE_ONLY)
    if judgement and judgement not in TaskStatus.values:
        raise ProgressError(f"unknown judgement {judgement}", message_vi="Nhận định nhiệm vụ không hợp lệ.")
    record, _ = TaskAssessment.objects.get_or_create(
        period=period,
        key_task=key_task,
        defaults={"computed_status": "no_data", "status": "no_data", "timeliness": "not_yet_due"},
    )
    record.judgement = judgement
    record.save()
    cycle_assess(cycle=period.cycle, period=period)
    record.refresh_from_db()
    return record


def bucket_label(bucket: str) -> str:
    return BUCKET_LABELS_VI.get(bucket, bucket)
