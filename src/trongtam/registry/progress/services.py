"""Writes on periods, reports, entries and assessments. Every write is atomic and keyword-only.

Workflow of a unit's report: draft → submitted → returned (with a reason) → submitted → accepted.
Accepted values lock. Entries carry a version for optimistic locking: a save names the version it
was read at, and a save against a newer version fails with a Vietnamese ``ConflictError``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from django.contrib.auth.models import User
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone

from trongtam.core.assessment import BUCKET_LABELS_VI
from trongtam.core.text.roman import to_roman
from trongtam.registry import policy
from trongtam.registry.cycles.models import Cycle, KeyTask, Target
from trongtam.registry.cycles.selectors import reporting_tasks
from trongtam.registry.organisations.models import Membership, Organisation

from . import compute
from .errors import ConflictError, ExplanationRequired, ProgressError, WorkflowError
from .models import (
    Aggregation,
    BodyAssessment,
    Entry,
    EntryKind,
    Evidence,
    Notice,
    Period,
    PeriodKind,
    Report,
    ReportStatus,
    TargetAssessment,
    TargetSetting,
    TargetStatus,
    TaskAssessment,
    TaskEntry,
    TaskProgress,
    TaskStatus,
)

# The acting person: a user, or ``policy.SYSTEM`` for the sample, demo data and the operator's imports.
Actor = User | policy.Principal

REVIEW_ONLY = "Chỉ văn phòng tham mưu, tổng hợp được xem xét báo cáo."
OVERRIDE_ONLY = "Chỉ văn phòng tham mưu, tổng hợp được điều chỉnh kết quả đánh giá."
UNIT_ONLY = "Chỉ cán bộ của đơn vị được nhập báo cáo này."


def _person(user: Actor | None) -> User | None:
    """The account recorded as having acted (none for the system)."""
    if isinstance(user, policy.Principal):
        return user.user if isinstance(user.user, User) else None
    return user


def _require_unit(user: Actor | None, report: Report) -> None:
    """A unit's report is written by the unit's staff. ``None`` (no acting person) is a loader's write."""
    if user is not None:
        policy.require(user, "report.edit", report, UNIT_ONLY)


DEFAULT_DUE_AFTER_DAYS = 3
MAX_EVIDENCE_BYTES = 20 * 1024 * 1024


def _day(year: int, month: int, day: int) -> date:
    """A day of a month, where month 0 is December of the year before."""
    if month == 0:
        return date(year - 1, 12, day)
    return date(year, month, day)


def period_defaults(*, year: int, due_after_days: int = DEFAULT_DUE_AFTER_DAYS) -> list[dict[str, Any]]:
    """The default periods of a year under Nghị định 09/2019/NĐ-CP, Điều 12, as dicts.

    Month m runs from the 15th of the month before to the 14th; a quarter to the 14th of its last month;
    6 months, 9 months and the year from 15/12 of the year before to 14/6, 14/9 and 14/12. The unit's
    due date is the cut-off plus ``due_after_days`` (the decree leaves it to each body; 3 days by default).
    Months, 6 months and the year are required reports; quarters and 9 months are optional.
    """
    out: list[dict[str, Any]] = []
    delta = timedelta(days=due_after_days)

    def add(kind: str, number: int, label: str, start: date, end: date, required: bool) -> None:
        out.append(
            {
                "kind": kind,
                "number": number,
                "label": label,
                "start": start,
                "end": end,
                "due": end + delta,
                "required": required,
            }
        )

    for m in range(1, 13):
        add(PeriodKind.MONTH, m, f"Tháng {m}/{year}", _day(year, m - 1, 15), date(year, m, 14), True)
    for q in range(1, 5):
        add(
            PeriodKind.QUARTER,
            q,
            f"Quý {to_roman(q)}/{year}",
            _day(year, 3 * q - 3, 15),
            date(year, 3 * q, 14),
            False,
        )
    add(PeriodKind.HALF, 1, f"6 tháng đầu năm {year}", date(year - 1, 12, 15), date(year, 6, 14), True)
    add(PeriodKind.NINE_MONTHS, 1, f"9 tháng năm {year}", date(year - 1, 12, 15), date(year, 9, 14), False)
    add(PeriodKind.YEAR, 1, f"Năm {year}", date(year - 1, 12, 15), date(year, 12, 14), True)
    return out


@transaction.atomic
def period_generate_defaults(*, cycle: Cycle, due_after_days: int = DEFAULT_DUE_AFTER_DAYS) -> list[Period]:
    """Create the cycle's default periods (Nghị định 09/2019); periods that exist already are kept as edited."""
    out = []
    for spec in period_defaults(year=cycle.year, due_after_days=due_after_days):
        period, _ = Period.objects.get_or_create(
            cycle=cycle, kind=spec.pop("kind"), number=spec.pop("number"), defaults=spec
        )
        out.append(period)
    return sorted(out, key=compute.period_sort_key)


@transaction.atomic
def period_update(
    *,
    period: Period,
    start: date | None = None,
    end: date | None = None,
    due: date | None = None,
    label: str | None = None,
    required: bool | None = None,
) -> Period:
    """Edit one period of a cycle (the office sets its own cut-off and due dates)."""
    if start is not None:
        period.start = start
    if end is not None:
        period.end = end
    if due is not None:
        period.due = due
    if label is not None:
        period.label = label.strip()
    if required is not None:
        period.required = required
    if period.end < period.start:
        raise ProgressError(
            "period ends before it starts", message_vi="Ngày chốt số liệu phải sau ngày bắt đầu kỳ."
        )
    period.full_clean()
    period.save()
    return period


@transaction.atomic
def target_setting_set(
    *,
    target: Target,
    aggregation: str,
    baseline: Decimal | None = None,
    parts_group: str = "",
    note: str = "",
) -> TargetSetting:
    """Say how a target's values add up (incremental, cumulative, rate), give a missing baseline, and
    name the multi-part target it belongs to (targets of one task sharing ``parts_group``)."""
    setting, _ = TargetSetting.objects.get_or_create(target=target)
    setting.aggregation = aggregation
    setting.baseline = baseline
    setting.parts_group = parts_group.strip()
    setting.note = note
    setting.full_clean()
    setting.save()
    return setting


@transaction.atomic
def report_get_or_create(*, period: Period, unit: Organisation) -> Report:
    """The unit's report for the period, created as a draft the first time."""
    report, _ = Report.objects.get_or_create(period=period, unit=unit)
    return report


def _ensure_editable(report: Report) -> None:
    reason = report.lock_reason_vi
    if reason is not None:
        raise WorkflowError(f"report is {report.status}: values are locked", message_vi=reason)


def _conflict(what: str, version: int) -> ConflictError:
    return ConflictError(
        f"{what} changed since it was read",
        message_vi=(
            f"{what} vừa được người khác cập nhật (phiên bản {version}). "
            "Vui lòng tải lại trang để xem số liệu mới rồi nhập lại."
        ),
    )


def _task_ids_for_unit(report: Report) -> set[int]:
    cycle = report.period.cycle
    tasks = (
        reporting_tasks(cycle=cycle)
        .select_related("proposal")
        .prefetch_related(
            "lead_units",
            "children__lead_units",
            "children__proposal",
            "sources__proposal",
            "children__sources__proposal",
        )
    )
    out: set[int] = set()
    for task in tasks:
        units = set(compute.task_units_of(task))
        children = list(task.children.all())
        for child in children:
            units.update(compute.task_units_of(child, task))
        if report.unit_id in units:
            out.add(task.id)
            out.update(c.id for c in children)
    return out


def _check_target(report: Report, target: Target) -> None:
    if target.key_task.cycle_id != report.period.cycle_id or target.key_task_id not in _task_ids_for_unit(
        report
    ):
        raise ProgressError(
            "target not reported by this unit",
            message_vi="Chỉ tiêu này không thuộc nhiệm vụ do đơn vị chủ trì.",
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
    user: User | None = None,
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
        entry.updated_by = user
        entry.full_clean()
        entry.save()
        return entry
    if version != entry.version:
        raise _conflict(label, entry.version)
    if (entry.value, entry.note, entry.explanation) == (value, note, explanation):
        return entry
    entry.value, entry.note, entry.explanation = value, note, explanation
    entry.version += 1
    entry.updated_by = user
    entry.full_clean()
    entry.save()
    return entry


@transaction.atomic
def entry_explain(*, entry: Entry, explanation: str, version: int, user: User | None = None) -> Entry:
    """Write the explanation (giải trình) of a value; allowed in an open report or when one was requested."""
    entry = Entry.objects.select_for_update().select_related("report").get(pk=entry.pk)
    _require_unit(user, entry.report)
    if not entry.report.editable and not entry.explanation_requested:
        _ensure_editable(entry.report)
    if version != entry.version:
        raise _conflict(f"Số liệu «{entry.target.indicator}»", entry.version)
    entry.explanation = explanation.strip()
    entry.version += 1
    entry.updated_by = user
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
) -> TaskEntry:
    """Save a task's status and narrative in a report, with the same optimistic locking as values."""
    report = Report.objects.select_for_update().get(pk=report.pk)
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
def evidence_add(
    *, report: Report, file: UploadedFile, target: Target | None = None, user: User | None = None
) -> Evidence:
    """Attach an evidence file (minh chứng) to a report that can still be edited."""
    _require_unit(user, report)
    _ensure_editable(report)
    if file.size is not None and file.size > MAX_EVIDENCE_BYTES:
        raise ProgressError("evidence too large", message_vi="Tệp minh chứng quá lớn (tối đa 20 MB).")
    name = (file.name or "minh-chung")[:255]
    return Evidence.objects.create(report=report, target=target, file=file, name=name, uploaded_by=user)


def report_problems(*, report: Report) -> list[tuple[Target, str]]:
    """Values that block submission: off track (or at risk by projection) or questioned, without an explanation."""
    data = compute.cycle_data_load(cycle=report.period.cycle, extra_report_ids=[report.id], with_stored=False)
    entries: dict[int, list[Entry]] = {}
    for e in report.entries.all():
        entries.setdefault(e.target_id, []).append(e)
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


def _users(org_id: int | None, roles: set[str]) -> list[User]:
    if org_id is None:
        return []
    return [
        m.user
        for m in Membership.objects.filter(
            organisation_id=org_id, role__in=roles, user__is_active=True
        ).select_related("user")
    ]


def _notify(users: list[User], text: str, link: str = "") -> None:
    seen: set[object] = set()
    for user in users:
        if user.pk in seen:
            continue
        seen.add(user.pk)
        Notice.objects.create(user=user, text=text, link=link)


@transaction.atomic
def report_submit(
    *, report: Report, user: User | None = None, now: datetime | None = None, link: str = ""
) -> Report:
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
    report.submitted_by = user
    report.return_reason = ""
    report.save()
    cycle = report.period.cycle
    _notify(
        _users(cycle.office_id, {"coordinator", "admin"}),
        f"{report.unit.name} đã gửi báo cáo tiến độ {report.period.label}.",
        link,
    )
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
    _notify(
        _users(report.unit_id, {"unit_staff", "admin"}),
        f"Báo cáo tiến độ {report.period.label} bị trả lại: {report.return_reason}",
        link,
    )
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
    _notify(
        _users(report.unit_id, {"unit_staff", "admin"}),
        f"Báo cáo tiến độ {report.period.label} đã được chấp nhận.",
        link,
    )
    return report


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
    _notify(
        _users(report.unit_id, {"unit_staff", "admin"}),
        f"Đề nghị giải trình chỉ tiêu «{entry.target.indicator}» ({report.period.label}): {entry.explanation_request}",
        link,
    )
    return entry


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
    assessment.overridden = True
    assessment.override_reason = _require_reason(reason)
    assessment.overridden_by = _person(user)
    assessment._change_reason = assessment.override_reason  # type: ignore[attr-defined]
    assessment.save()
    return assessment


@transaction.atomic
def task_assessment_override(
    *, assessment: TaskAssessment, status: str, reason: str, user: Actor
) -> TaskAssessment:
    """The office replaces a task's computed status, with a reason kept in the history."""
    _require_override(user, assessment)
    if status not in TaskStatus.values:
        raise ProgressError(f"unknown status {status}", message_vi="Trạng thái nhiệm vụ không hợp lệ.")
    assessment.status = status
    assessment.overridden = True
    assessment.override_reason = _require_reason(reason)
    assessment.overridden_by = _person(user)
    assessment._change_reason = assessment.override_reason  # type: ignore[attr-defined]
    assessment.save()
    return assessment


@transaction.atomic
def body_assessment_override(
    *, assessment: BodyAssessment, level: str, label: str, reason: str, user: Actor
) -> BodyAssessment:
    """The office replaces a body's computed level, with a reason kept in the history."""
    _require_override(user, assessment)
    assessment.level, assessment.label = level, label
    assessment.overridden = True
    assessment.override_reason = _require_reason(reason)
    assessment.overridden_by = _person(user)
    assessment._change_reason = assessment.override_reason  # type: ignore[attr-defined]
    assessment.save()
    return assessment


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


@transaction.atomic
def notice_mark_read(*, user: User, notice_id: int) -> None:
    """Mark one of the user's notices read."""
    Notice.objects.filter(user_id=user.pk, pk=notice_id).update(read=True)


def bucket_label(bucket: str) -> str:
    return BUCKET_LABELS_VI.get(bucket, bucket)


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


@transaction.atomic
def report_save(
    *,
    report: Report,
    entries: Sequence[EntryInput],
    tasks: Sequence[TaskInput] = (),
    user: User | None = None,
) -> int:
    """Save a whole report form at once: all rows or none (a conflict on one row saves nothing)."""
    _require_unit(user, report)
    changed = 0
    for e in entries:
        before = (
            Entry.objects.filter(report=report, target=e.target, kind=e.kind)
            .values_list("version", flat=True)
            .first()
        )
        saved = entry_save(
            report=report,
            target=e.target,
            kind=e.kind,
            value=e.value,
            version=e.version,
            note=e.note,
            explanation=e.explanation,
            user=user,
        )
        changed += saved is not None and saved.version != before
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
        )
    return changed


@dataclass(frozen=True)
class SettingInput:
    """How the office wants one target followed: aggregation, a missing baseline, its multi-part group."""

    target: Target
    aggregation: str
    baseline: Decimal | None = None
    parts_group: str = ""


@transaction.atomic
def target_settings_save(*, cycle: Cycle, settings: Sequence[SettingInput]) -> int:
    """Save the settings of many targets of one cycle at once; returns how many changed."""
    changed = 0
    current = {s.target_id: s for s in TargetSetting.objects.filter(target__key_task__cycle=cycle)}
    for item in settings:
        if item.target.key_task.cycle_id != cycle.id:
            raise ProgressError("target of another cycle", message_vi="Chỉ tiêu không thuộc đợt này.")
        if item.aggregation not in Aggregation.values:
            raise ProgressError("unknown aggregation", message_vi="Cách cộng dồn không hợp lệ.")
        old = current.get(item.target.id)
        if old is not None and (old.aggregation, old.baseline, old.parts_group) == (
            item.aggregation,
            item.baseline,
            item.parts_group.strip(),
        ):
            continue
        if old is None and item.aggregation == compute.default_aggregation(item.target):
            if item.baseline is None and not item.parts_group.strip():
                continue
        target_setting_set(
            target=item.target,
            aggregation=item.aggregation,
            baseline=item.baseline,
            parts_group=item.parts_group,
            note=old.note if old is not None else "",
        )
        changed += 1
    return changed
