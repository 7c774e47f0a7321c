"""Writes on the values of a report: target entries, task entries, explanations."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from trongtam.registry import policy
from trongtam.registry.cycles.models import KeyTask, Target
from trongtam.registry.notifications import services as notifications

from ..errors import ProgressError
from ..models import Entry, EntryKind, Report, ReportStatus, TaskEntry, TaskProgress
from ._common import (
    Actor,
    _check_target,
    _conflict,
    _ensure_editable,
    _person,
    _require_unit,
    _task_ids_for_unit,
)


@transaction.atomic
def entry_save(
    *,
    report: Report,
    target: Target,
    kind: str,
    value: Decimal | None,
    version: int | None,
    note: str = "",
    explanation: str = "",
    user: Actor,
) -> Entry | None:
    """Save one value (estimate or official) of a target in a draft or returned report.

    ``version`` is the version the form showed (None when there was no entry); a different current version
    raises ConflictError. Saving an unchanged value does nothing. An official value is stored beside the
    estimate, which is kept.
    """
    report = Report.objects.select_for_update().get(pk=report.pk)
    _require_unit(user, report)
    _ensure_editable(report)
    if kind not in EntryKind.values:
        raise ProgressError(f"unknown kind {kind}", message_vi="Loại số liệu không hợp lệ.")
    _check_target(report, target)
    entry = Entry.objects.select_for_update().filter(report=report, target=target, kind=kind).first()
    label = f"Số liệu «{target.indicator}»"
    if entry is None:
        if version not in (None, 0):
            raise _conflict(label, 0)
        if value is None and not note and not explanation:
            return None
        entry = Entry(
            report=report, target=target, kind=kind, value=value, note=note, explanation=explanation
        )
        entry.updated_by = _person(user)
        entry.full_clean()
        entry.save()
        return entry
    if version != entry.version:
        raise _conflict(label, entry.version)
    if (entry.value, entry.note, entry.explanation) == (value, note, explanation):
        return entry
    entry.value, entry.note, entry.explanation = value, note, explanation
    entry.version += 1
    entry.updated_by = _person(user)
    entry.full_clean()
    entry.save()
    return entry


@transaction.atomic
def entry_explain(*, entry: Entry, explanation: str, version: int, user: Actor) -> Entry:
    """Write the explanation (giải trình) of a value; allowed in an open report or when one was requested."""
    entry = Entry.objects.select_for_update().select_related("report").get(pk=entry.pk)
    _require_unit(user, entry.report)
    if not entry.report.editable and not entry.explanation_requested:
        _ensure_editable(entry.report)
    if version != entry.version:
        raise _conflict(f"Số liệu «{entry.target.indicator}»", entry.version)
    entry.explanation = explanation.strip()
    entry.version += 1
    entry.updated_by = _person(user)
    entry.save()
    return entry


@transaction.atomic
def task_entry_save(
    *,
    report: Report,
    key_task: KeyTask,
    status: str,
    version: int | None,
    narrative: str = "",
    done_on: date | None = None,
    explanation: str = "",
    user: Actor,
) -> TaskEntry:
    """Save a task's status and narrative in a report, with the same optimistic locking as values."""
    report = Report.objects.select_for_update().get(pk=report.pk)
    _require_unit(user, report)
    _ensure_editable(report)
    if key_task.id not in _task_ids_for_unit(report):
        raise ProgressError("task not led by unit", message_vi="Nhiệm vụ này không do đơn vị chủ trì.")
    if status not in TaskProgress.values:
        raise ProgressError(f"unknown status {status}", message_vi="Tình hình thực hiện không hợp lệ.")
    entry = TaskEntry.objects.select_for_update().filter(report=report, key_task=key_task).first()
    if entry is None:
        if version not in (None, 0):
            raise _conflict("Tình hình nhiệm vụ", 0)
        entry = TaskEntry(report=report, key_task=key_task)
    elif version != entry.version:
        raise _conflict("Tình hình nhiệm vụ", entry.version)
    elif (entry.status, entry.narrative, entry.done_on, entry.explanation) == (
        status,
        narrative,
        done_on,
        explanation,
    ):
        return entry
    else:
        entry.version += 1
    entry.status, entry.narrative, entry.done_on, entry.explanation = status, narrative, done_on, explanation
    entry.full_clean()
    entry.save()
    return entry


@transaction.atomic
def entry_request_explanation(*, entry: Entry, text: str, user: Actor, link: str = "") -> Entry:
    """Ask the unit to explain a value; a submitted report goes back to the unit for it."""
    entry = (
        Entry.objects.select_for_update()
        .select_related("report__period__cycle", "report__unit", "target")
        .get(pk=entry.pk)
    )
    policy.require(
        user,
        "report.request_explanation",
        entry.report,
        "Chỉ văn phòng tham mưu và lãnh đạo được đề nghị giải trình.",
    )
    entry.explanation_requested = True
    entry.explanation_request = text.strip() or "Đề nghị đơn vị giải trình số liệu."
    entry.version += 1
    entry.save()
    report = entry.report
    if report.status == ReportStatus.SUBMITTED:
        report.status = ReportStatus.RETURNED
        report.return_reason = f"Yêu cầu giải trình «{entry.target.indicator}»: {entry.explanation_request}"
        report.reviewed_at = timezone.now()
        report.reviewed_by = _person(user)
        report.save()
    notifications.notify_explanation_requested(entry=entry, actor=user)
    return entry
