"""The progress form round trip: a pre-filled .xlsx per unit and period, a dry run, then an atomic import.

Download: ``form_build`` (the unit's targets, pre-filled with what its report holds). Upload:
``form_stage`` keeps the file with the entry versions it was checked against and returns a ``Preview``
(per-cell changes old → new, per-row errors) without touching the report. Confirm: ``form_apply`` saves all
rows through ``progress.services.report_save`` or none; a changed existing value needs ``confirm_overwrite``,
and a value someone else changed since the dry run makes the whole import fail.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, User
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from trongtam.core.errors import TrongtamError
from trongtam.core.rendering.xlsx import (
    MAX_UPLOAD_BYTES,
    CellChange,
    FormRow,
    FormSpec,
    ParsedForm,
    ParsedRow,
    RowError,
    progress_form_build,
    progress_form_diff,
    progress_form_parse,
)
from trongtam.registry import policy
from trongtam.registry.cycles.models import Cycle, Target
from trongtam.registry.numbers import bound_of
from trongtam.registry.organisations.models import Organisation
from trongtam.registry.policy import Principal
from trongtam.registry.progress import compute
from trongtam.registry.progress.errors import ConflictError, ProgressError, WorkflowError
from trongtam.registry.progress.models import Entry, EntryKind, Period, Report
from trongtam.registry.progress.services import UNIT_ONLY, EntryInput, report_get_or_create

from .builders import plan_text
from .models import FormImport
from .selectors import document_access

AnyUser = AbstractBaseUser | AnonymousUser

# Past these a form's dry run (file size) or its import (rows) runs as a background job with a progress bar,
# so the request never waits on it; below them the page answers at once.
JOB_BYTES = 100 * 1024
JOB_ROWS = 500

__all__ = [
    "JOB_BYTES",
    "JOB_ROWS",
    "MAX_UPLOAD_BYTES",
    "Preview",
    "entries_import",
    "form_apply",
    "form_build",
    "form_preview",
    "form_spec",
    "form_stage",
]


@dataclass(frozen=True)
class Preview:
    """What an import would do: the cells it changes, how many overwrite a value, and what must be fixed."""

    staged: FormImport | None
    changes: tuple[CellChange, ...]
    errors: tuple[RowError, ...]
    rows_read: int

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def overwrites(self) -> tuple[CellChange, ...]:
        """Changes that replace a value already entered (they need the unit's explicit confirmation)."""
        return tuple(c for c in self.changes if c.old != "")

    @property
    def changed_rows(self) -> int:
        return len({c.id for c in self.changes})


def _lock_error(report: Report | None) -> RowError | None:
    # The progress rule (Report.lock_reason_vi), the one the services enforce, as a whole-form error.
    reason = None if report is None else report.lock_reason_vi
    return None if reason is None else RowError(None, None, "", reason)


def _current(report: Report | None) -> dict[int, dict[str, Entry]]:
    out: dict[int, dict[str, Entry]] = {}
    if report is not None:
        for e in Entry.objects.filter(report=report):
            out.setdefault(e.target_id, {})[e.kind] = e
    return out


def form_spec(*, cycle: Cycle, period: Period, unit: Organisation) -> FormSpec:
    """The form of one unit and period: its targets in order, each pre-filled with the value it holds."""
    return _spec_and_targets(cycle, period, unit)[0]


def _spec_and_targets(cycle: Cycle, period: Period, unit: Organisation) -> tuple[FormSpec, dict[str, Target]]:
    data = compute.cycle_data_load(cycle=cycle, with_stored=False)
    targets: dict[str, Target] = {}
    report = Report.objects.filter(period=period, unit=unit).first()
    current = _current(report)
    rows = []
    for row in data.rows:
        if unit.id not in row.units:
            continue
        t = row.target
        targets[str(t.id)] = t
        kinds = current.get(t.id, {})
        shown = kinds.get(EntryKind.OFFICIAL) or kinds.get(EntryKind.ESTIMATE)
        rows.append(
            FormRow(
                id=str(t.id),
                task=row.task.text,
                indicator=t.indicator,
                plan=plan_text(t),
                unit=t.unit,
                value=shown.value if shown else None,
                estimated=None if shown is None or shown.value is None else shown.kind == EntryKind.ESTIMATE,
                note=shown.note if shown else "",
            )
        )
    spec = FormSpec(
        unit_code=str(unit.id),
        unit_name=unit.name,
        period_code=f"{cycle.id}-{period.id}",
        period_label=period.label,
        rows=tuple(rows),
        deadline=period.due,
        bound=bound_of(Entry._meta.get_field("value")),
    )
    return spec, targets


def form_build(*, cycle: Cycle, period: Period, unit: Organisation) -> bytes:
    """The pre-filled .xlsx form a unit downloads for a period."""
    return progress_form_build(form_spec(cycle=cycle, period=period, unit=unit))


def _preview(
    data: bytes, spec: FormSpec, report: Report | None
) -> tuple[ParsedForm | None, tuple[CellChange, ...], tuple[RowError, ...]]:
    try:
        parsed = progress_form_parse(data, spec)
    except TrongtamError as exc:
        return None, (), (RowError(None, None, "", exc.message_vi),)
    return _checked(parsed, spec, report)


def _checked(
    parsed: ParsedForm, spec: FormSpec, report: Report | None
) -> tuple[ParsedForm, tuple[CellChange, ...], tuple[RowError, ...]]:
    errors = list(parsed.errors)
    lock = _lock_error(report)
    if lock is not None:
        errors.insert(0, lock)
    return parsed, progress_form_diff(parsed, spec), tuple(errors)


def _rows_json(parsed: ParsedForm) -> list[list[object]]:
    return [
        [r.row_number, r.id, None if r.value is None else str(r.value), r.estimated, r.note]
        for r in parsed.rows
    ]


def _stored(
    staged: FormImport, spec: FormSpec, report: Report | None
) -> tuple[ParsedForm | None, tuple[CellChange, ...], tuple[RowError, ...]]:
    """The staged file's rows as read at the dry run (the file cannot change), checked against today's data."""
    if not staged.rows:
        return _preview(bytes(staged.data), spec, report)
    known = {r.id for r in spec.rows}
    rows, errors = [], []
    for number, rid, value, estimated, note in staged.rows:
        if rid not in known:
            errors.append(
                RowError(number, rid, "Mã", f"Chỉ tiêu mã “{rid}” không còn trong biểu mẫu của đơn vị.")
            )
            continue
        rows.append(ParsedRow(number, rid, None if value is None else Decimal(value), estimated, note))
    parsed = ParsedForm(spec.unit_code, spec.period_code, tuple(rows), tuple(errors))
    return _checked(parsed, spec, report)


def _require_staff(user: AnyUser, cycle: Cycle, unit: Organisation) -> None:
    if not document_access(user=user, cycle=cycle).can_upload_form(unit.id):
        raise PermissionDenied("Chỉ cán bộ của đơn vị được nhập biểu mẫu của đơn vị.")


@transaction.atomic
def form_stage(
    *, cycle: Cycle, period: Period, unit: Organisation, user: AnyUser, name: str, data: bytes
) -> Preview:
    """Check an uploaded form (the dry run): nothing of the report changes; the file waits for confirmation."""
    _require_staff(user, cycle, unit)
    spec = form_spec(cycle=cycle, period=period, unit=unit)
    report = Report.objects.filter(period=period, unit=unit).first()
    parsed, changes, errors = _preview(data, spec, report)
    rows_read = len(parsed.rows) if parsed else 0
    if errors:
        return Preview(None, changes, errors, rows_read)
    versions = {
        f"{tid}:{kind}": e.version for tid, kinds in _current(report).items() for kind, e in kinds.items()
    }
    staged = FormImport.objects.create(
        cycle=cycle,
        period=period,
        unit=unit,
        name=name[:255],
        data=data,
        versions=versions,
        rows=_rows_json(parsed) if parsed else [],
        created_by=user if user.is_authenticated else None,  # type: ignore[misc]
    )
    return Preview(staged, changes, errors, rows_read)


def form_preview(*, staged: FormImport) -> Preview:
    """The dry run of a staged upload again, against the values stored now."""
    spec = form_spec(cycle=staged.cycle, period=staged.period, unit=staged.unit)
    report = Report.objects.filter(period=staged.period, unit=staged.unit).first()
    parsed, changes, errors = _stored(staged, spec, report)
    return Preview(staged, changes, errors, len(parsed.rows) if parsed else 0)


@transaction.atomic
def form_apply(*, staged: FormImport, user: AnyUser, confirm_overwrite: bool = False) -> int:
    """Save a staged form: every changed row through the progress services, or none. Returns rows saved."""
    staged = (
        FormImport.objects.select_for_update().select_related("cycle", "period", "unit").get(pk=staged.pk)
    )
    _require_staff(user, staged.cycle, staged.unit)
    if staged.applied_at is not None:
        raise ProgressError("already imported", message_vi="Biểu mẫu này đã được nhập rồi.")
    spec, targets = _spec_and_targets(staged.cycle, staged.period, staged.unit)
    report = Report.objects.filter(period=staged.period, unit=staged.unit).first()
    parsed, changes, errors = _stored(staged, spec, report)
    if errors or parsed is None:
        raise ProgressError(
            f"{len(errors)} errors in the form",
            message_vi=f"Biểu mẫu còn {len(errors)} lỗi: không dòng nào được nhập.",
        )
    if any(c.old != "" for c in changes) and not confirm_overwrite:
        raise ProgressError(
            "overwrites need confirmation",
            message_vi="Biểu mẫu thay đổi giá trị đã nhập trước đó: cần xác nhận ghi đè trước khi nhập.",
        )
    changed_ids = {c.id for c in changes}
    inputs = []
    for row in parsed.rows:
        if row.id not in changed_ids:
            continue
        kind = EntryKind.ESTIMATE if row.estimated in (True, None) else EntryKind.OFFICIAL
        inputs.append(
            EntryInput(
                target=targets[row.id],
                kind=kind,
                value=row.value,
                version=staged.versions.get(f"{row.id}:{kind}"),
                note=row.note,
            )
        )
    if report is None:
        report = report_get_or_create(period=staged.period, unit=staged.unit)
    entries_import(
        report=report,
        inputs=inputs,
        allowed_target_ids={int(t) for t in targets},
        user=user,
    )
    staged.applied_at = timezone.now()
    staged.applied_rows = len(inputs)
    staged.save(update_fields=["applied_at", "applied_rows"])
    return len(inputs)


@transaction.atomic
def entries_import(
    *, report: Report, inputs: Sequence[EntryInput], allowed_target_ids: set[int], user: AnyUser | Principal
) -> int:
    """Save many values of one report at once, all or none, under the rules of ``progress.services.entry_save``.

    Same rules, in bulk: the report must be a draft or returned (accepted reports are locked); every target must
    be one the unit reports on; each row names the entry version it was read at, and any row changed since
    fails the whole import (ConflictError); unchanged rows are skipped; history rows are written as for a save.
    ``entry_save`` reloads the unit's task tree per row, which makes 5,000 rows take minutes; this checks once.
    """
    report = Report.objects.select_for_update(of=("self",)).select_related("period__cycle").get(pk=report.pk)
    policy.require(user, "report.edit", report, UNIT_ONLY)
    person = user if isinstance(user, User) else getattr(user, "user", None)
    person = person if isinstance(person, User) else None
    reason = report.lock_reason_vi  # the progress rule, as entry_save enforces it
    if reason is not None:
        raise WorkflowError(f"report is {report.status}: values are locked", message_vi=reason)
    foreign = [i.target.indicator for i in inputs if i.target.id not in allowed_target_ids]
    if foreign:
        raise ProgressError(
            "target not reported by this unit",
            message_vi=f"Chỉ tiêu «{foreign[0]}» không thuộc nhiệm vụ do đơn vị chủ trì.",
        )
    existing = {
        (e.target_id, e.kind): e
        for e in Entry.objects.select_for_update().filter(
            report=report, target_id__in=[i.target.id for i in inputs]
        )
    }
    now = timezone.now()
    creates: list[Entry] = []
    updates: list[Entry] = []
    conflicts: list[str] = []
    for i in inputs:
        if i.kind not in EntryKind.values:
            raise ProgressError(f"unknown kind {i.kind}", message_vi="Loại số liệu không hợp lệ.")
        current = existing.get((i.target.id, i.kind))
        if current is None:
            if i.version not in (None, 0):
                conflicts.append(i.target.indicator)
            elif i.value is not None or i.note or i.explanation:
                creates.append(
                    Entry(
                        report=report,
                        target=i.target,
                        kind=i.kind,
                        value=i.value,
                        note=i.note,
                        explanation=i.explanation,
                        updated_by=person,
                        updated_at=now,
                    )
                )
            continue
        if i.version != current.version:
            conflicts.append(i.target.indicator)
            continue
        if (current.value, current.note) == (i.value, i.note):
            continue
        current.value, current.note = i.value, i.note
        current.version += 1
        current.updated_by, current.updated_at = person, now
        updates.append(current)
    if conflicts:
        raise ConflictError(
            f"{len(conflicts)} values changed since they were read",
            message_vi=(
                f"{len(conflicts)} số liệu vừa được người khác cập nhật sau khi chạy thử (ví dụ «{conflicts[0]}»): "
                "không dòng nào được nhập. Hãy tải lại biểu mẫu, kiểm tra rồi nhập lại."
            ),
        )
    bulk_create_with_history(creates, Entry, batch_size=500, default_user=person, default_date=now)
    bulk_update_with_history(
        updates,
        Entry,
        ["value", "note", "version", "updated_by", "updated_at"],
        batch_size=500,
        default_user=person,
        default_date=now,
    )
    return len(creates) + len(updates)
