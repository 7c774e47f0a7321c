"""A unit's report: creating it, saving a whole form, and its workflow (submit, return, accept)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

from django.db import IntegrityError, connection, models, transaction
from django.db.models import Case, F, Value, When
from django.db.models.functions import Cast
from django.utils import timezone
from simple_history.utils import bulk_create_with_history, get_history_manager_for_model

from trongtam.registry import policy
from trongtam.registry.cycles.models import KeyTask, Target
from trongtam.registry.notifications import services as notifications
from trongtam.registry.organisations.models import Organisation

from .. import compute
from ..errors import ExplanationRequired, ProgressError, WorkflowError
from ..models import Entry, EntryKind, Period, Report, ReportStatus, TargetStatus, TaskProgress
from ..signals import entries_bulk_write
from ._common import (
    REVIEW_ONLY,
    Actor,
    _conflict,
    _ensure_editable,
    _person,
    _require_unit,
    _task_ids_for_unit,
)
from .values import task_entry_save


def report_get_or_create(*, period: Period, unit: Organisation, known_missing: bool = False) -> Report:
    """The unit's report for the period, created as a draft the first time.

    ``known_missing``: the caller has just read that the unit has none (a save's form, the first save of a
    period on deadline day): created at once, without reading it again first — and read only if another
    request created it in between (the unique period and unit refuse a second one).
    """
    if known_missing:
        try:
            with transaction.atomic():
                return Report.objects.create(period=period, unit=unit)
        except IntegrityError:
            pass  # created meanwhile by another request: that one is the unit's report
    with transaction.atomic():
        report, _ = Report.objects.get_or_create(period=period, unit=unit)
    return report


def report_problems(*, report: Report) -> list[tuple[Target, str]]:
    """Values that block submission: off track (or at risk by projection) or questioned, without an explanation."""
    cycle = report.period.cycle
    entries: dict[int, list[Entry]] = {}
    for e in report.entries.order_by():  # grouped by target: no need of the model's joined ordering
        entries.setdefault(e.target_id, []).append(e)
    if all(any(e.explanation.strip() for e in mine) for mine in entries.values()):
        # Every value is explained (or there is none): nothing can block, so the cycle's values are not read.
        return []
    # The structure and the values that count (the structure kept under its stamp, and within a send's
    # ``structure_scope`` the page cache off too): not the report page's whole load — its reports as model
    # instances and every task entry of the cycle — which a send, right after its save moved the cycle's
    # stamp, built for its checks alone and left stale at once.
    data = compute.cycle_data_load(
        cycle=cycle, extra_report_ids=[report.id], with_stored=False, values_only=True
    )
    out: list[tuple[Target, str]] = []
    for row in data.rows:
        mine = entries.get(row.target.id)
        if not mine:
            continue
        explained = any(e.explanation.strip() for e in mine)
        if explained:
            continue
        if any(e.explanation_requested for e in mine):
            out.append((row.target, "Lãnh đạo, cơ quan theo dõi đã yêu cầu giải trình số liệu này."))
            continue
        actual = compute.ytd_value(data, row, report.period)
        result = compute.judge(data, row, actual)
        _, projected, risky = compute.project(data, row, report.period, actual)
        if report.period.month_index >= 12 and result.status in (
            TargetStatus.MISSED,
            TargetStatus.RIGHT_DIRECTION,
        ):
            out.append((row.target, f"Kết quả «{result.label_vi}»: cần giải trình trước khi gửi."))
        elif risky and projected is not None:
            out.append(
                (
                    row.target,
                    f"Ước cả năm «{projected.label_vi}» (chậm tiến độ): cần giải trình trước khi gửi.",
                )
            )
    return out


@transaction.atomic
def report_submit(*, report: Report, user: Actor, now: datetime | None = None, link: str = "") -> Report:
    """Send the report to the office; values off track need an explanation first."""
    report = Report.objects.select_for_update().select_related("period__cycle", "unit").get(pk=report.pk)
    _require_unit(user, report)
    if report.status not in (ReportStatus.DRAFT, ReportStatus.RETURNED):
        raise WorkflowError(
            f"cannot submit a {report.status} report",
            message_vi=f"Báo cáo đang ở trạng thái «{report.get_status_display()}», không gửi được.",
        )
    problems = report_problems(report=report)
    if problems:
        names = "; ".join(f"{t.indicator}: {why}" for t, why in problems)
        raise ExplanationRequired(
            f"{len(problems)} values need an explanation",
            message_vi=f"Cần giải trình {len(problems)} số liệu trước khi gửi — {names}",
        )
    now = now or timezone.now()
    report.status = ReportStatus.SUBMITTED
    report.submitted_at = now
    report.first_submitted_at = report.first_submitted_at or now
    report.submitted_by = _person(user)
    report.return_reason = ""
    report.save()
    notifications.notify_report_submitted(report=report, actor=_person(user))
    return report


def _ensure_submitted(report: Report, action_vi: str) -> None:
    if report.status != ReportStatus.SUBMITTED:
        raise WorkflowError(
            f"cannot {action_vi} a {report.status} report",
            message_vi=f"Chỉ {action_vi} được báo cáo đã gửi (hiện: «{report.get_status_display()}»).",
        )


@transaction.atomic
def report_return(*, report: Report, reason: str, user: Actor, link: str = "") -> Report:
    """Send a submitted report back to the unit with a reason (the cycle's coordinators only)."""
    report = Report.objects.select_for_update().select_related("period__cycle", "unit").get(pk=report.pk)
    policy.require(user, "report.review", report, REVIEW_ONLY)
    _ensure_submitted(report, "trả lại")
    if not reason.strip():
        raise WorkflowError("a reason is required", message_vi="Cần ghi lý do trả lại báo cáo.")
    report.status = ReportStatus.RETURNED
    report.return_reason = reason.strip()
    report.reviewed_at = timezone.now()
    report.reviewed_by = _person(user)
    report.save()
    notifications.notify_report_returned(report=report, actor=user)
    return report


@transaction.atomic
def report_accept(*, report: Report, user: Actor, link: str = "") -> Report:
    """Accept a submitted report; its values lock (the cycle's coordinators only)."""
    report = Report.objects.select_for_update().select_related("period__cycle", "unit").get(pk=report.pk)
    policy.require(user, "report.review", report, REVIEW_ONLY)
    _ensure_submitted(report, "chấp nhận")
    report.status = ReportStatus.ACCEPTED
    report.reviewed_at = timezone.now()
    report.reviewed_by = _person(user)
    report.save()
    notifications.notify_report_accepted(report=report, actor=user)
    return report


@dataclass(frozen=True)
class EntryInput:
    """One row of a report form: the value of a target as the form showed and changed it."""

    target: Target
    kind: str
    value: Decimal | None
    version: int | None
    note: str = ""
    explanation: str = ""


@dataclass(frozen=True)
class TaskInput:
    """One task row of a report form."""

    key_task: KeyTask
    status: str
    version: int | None
    narrative: str = ""
    done_on: date | None = None


# Checked by report_save itself (the locked report, the unit's targets, the acting person): field
# validation need not look each of them up again per row.
_KNOWN_RELATIONS = ["report", "target", "updated_by"]


def _entries_update(changed: list[Entry], *, person: object, texts: bool) -> None:
    """Write a form's changed values and their history rows: what ``bulk_update_with_history`` writes, in
    one UPDATE whose only per-row parts are the value (and the note and explanation when one changed).

    The person and the time are the same for every row, and each version moves up by one (the rows are
    locked since they were read): one expression each, where Django's ``bulk_update`` builds a CASE of
    one WHEN per row for each of the six fields — most of a send's CPU once its values have changed.
    """
    now = timezone.now()
    for entry in changed:
        entry.updated_at = now
    per_row = ["value", *(["note", "explanation"] if texts else [])]
    fields: dict[str, object] = {}
    for name in per_row:
        field = cast(models.Field[Any, Any], Entry._meta.get_field(name))
        whens = [When(pk=e.pk, then=Value(getattr(e, name), output_field=field)) for e in changed]
        case = Case(*whens, output_field=field)
        # As Django's bulk_update: PostgreSQL types a CASE whose every branch is a NULL parameter as text.
        fields[name] = (
            Cast(case, output_field=field) if connection.features.requires_casted_case_in_updates else case
        )
    Entry.objects.filter(pk__in=[e.pk for e in changed]).update(
        **fields, version=F("version") + 1, updated_by=person, updated_at=now
    )
    get_history_manager_for_model(Entry).bulk_history_create(changed, update=True, default_user=person)


@transaction.atomic
def report_save(
    *,
    report: Report,
    entries: Sequence[EntryInput],
    tasks: Sequence[TaskInput] = (),
    user: Actor,
) -> int:
    """Save a whole report form at once: all rows or none (a conflict on one row saves nothing).

    The same rules as ``entry_save`` and ``task_entry_save`` row by row, but checked once for the form: the
    report is locked, the person's right and the tasks the unit reports are read once, the report's
    current values in one query, and the new and changed rows (with their history) are written in bulk.
    On deadline day every unit saves at once, so a save costs a fixed number of queries, not ~20 a row.
    """
    # Locked, with its secret mark (``_ensure_editable``) read in the same query.
    report = (
        Report.objects.select_for_update(of=("self",))
        .select_related("period__cycle", "secret")
        .get(pk=report.pk)
    )
    actor = policy.principal_of(user)
    _require_unit(actor, report)
    _ensure_editable(report)
    allowed = _task_ids_for_unit(report)
    person = _person(user)
    # Unordered: the model's ordering would join (and so lock) each value's target and task.
    current = {
        (e.target_id, e.kind): e for e in Entry.objects.select_for_update().filter(report=report).order_by()
    }
    new: list[Entry] = []
    changed: list[Entry] = []
    written_tasks: set[int] = set()
    texts_changed = False
    for e in entries:
        if e.kind not in EntryKind.values:
            raise ProgressError(f"unknown kind {e.kind}", message_vi="Loại số liệu không hợp lệ.")
        if e.target.key_task_id not in allowed:
            raise ProgressError(
                "target not reported by this unit",
                message_vi="Chỉ tiêu này không thuộc nhiệm vụ do đơn vị chủ trì.",
            )
        label = f"Số liệu «{e.target.indicator}»"
        entry = current.get((e.target.id, e.kind))
        if entry is None:
            if e.version not in (None, 0):
                raise _conflict(label, 0)
            if e.value is None and not e.note and not e.explanation:
                continue
            entry = Entry(
                report=report,
                target=e.target,
                kind=e.kind,
                value=e.value,
                note=e.note,
                explanation=e.explanation,
                updated_by=person,
            )
            entry.clean_fields(exclude=_KNOWN_RELATIONS)
            new.append(entry)
            written_tasks.add(e.target.key_task_id)
            current[(e.target.id, e.kind)] = entry
            continue
        if e.version != entry.version:
            raise _conflict(label, entry.version)
        if (entry.value, entry.note, entry.explanation) == (e.value, e.note, e.explanation):
            continue
        texts_changed = texts_changed or (entry.note, entry.explanation) != (e.note, e.explanation)
        entry.value, entry.note, entry.explanation = e.value, e.note, e.explanation
        entry.version += 1
        entry.updated_by = person
        entry.clean_fields(exclude=_KNOWN_RELATIONS)
        changed.append(entry)
        written_tasks.add(e.target.key_task_id)
    if new or changed:
        entries_bulk_write.send(
            sender=Entry,
            report_id=report.pk,
            task_ids=frozenset(written_tasks),
        )
    if new:
        bulk_create_with_history(new, Entry, default_user=person)
    if changed:
        _entries_update(changed, person=person, texts=texts_changed)
    for t in tasks:
        if (
            t.version is None
            and not t.narrative
            and t.status == TaskProgress.IN_PROGRESS
            and t.done_on is None
        ):
            continue
        task_entry_save(
            report=report,
            key_task=t.key_task,
            status=t.status,
            version=t.version,
            narrative=t.narrative,
            done_on=t.done_on,
            user=user,
        )
    return len(new) + len(changed)
