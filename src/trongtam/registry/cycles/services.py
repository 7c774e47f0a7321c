"""Writes on cycles, proposals, fields, key tasks and targets. Every write is atomic."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from simple_history.utils import bulk_create_with_history

from trongtam.core.letter import Document, Section
from trongtam.core.letter import Task as DocTask
from trongtam.core.text.normalize import match_key
from trongtam.registry.notifications import services as notifications
from trongtam.registry.organisations.models import Organisation

from .models import Cycle, Field, KeyTask, Proposal, Target


@transaction.atomic
def cycle_create(
    *,
    owner: Organisation,
    year: int,
    title: str = "",
    office: Organisation | None = None,
    request_number: str = "",
    request_symbol: str = "",
    request_date: date | None = None,
    request_issuer: Organisation | None = None,
    request_subject: str = "",
    invited_units: Iterable[Organisation] = (),
    proposal_deadline: date | None = None,
    ruleset: str = "",
    status: str = "draft",
    extra_reason: str = "",
    numbering: str = "per_field",
) -> Cycle:
    """Open a registration cycle for ``owner``'s key tasks of ``year``; a second one that year needs a reason."""
    if Cycle.objects.filter(owner=owner, year=year).exists() and not extra_reason.strip():
        raise ValidationError(
            {
                "extra_reason": f"{owner.name} đã có đợt đăng ký năm {year}: "
                "hãy nêu lý do mở thêm đợt (ví dụ: đăng ký bổ sung theo chỉ đạo mới)."
            }
        )
    cycle = Cycle(
        owner=owner,
        year=year,
        title=title or f"Nhiệm vụ trọng tâm năm {year} của {owner.name}",
        office=office,
        request_number=request_number,
        request_symbol=request_symbol,
        request_date=request_date,
        request_issuer=request_issuer,
        request_subject=request_subject,
        proposal_deadline=proposal_deadline,
        ruleset=ruleset,
        status=status,
        extra_reason=extra_reason.strip(),
        numbering=numbering,
    )
    cycle.full_clean()
    cycle.save()
    cycle.invited_units.set(list(invited_units))
    notifications.notify_cycle_opened(cycle=cycle)
    return cycle


@transaction.atomic
def proposal_create(
    *, cycle: Cycle, unit: Organisation, source_name: str = "", source_text: str = ""
) -> Proposal:
    """Start a draft proposal of ``unit`` in ``cycle``."""
    proposal = Proposal(cycle=cycle, unit=unit, source_name=source_name, source_text=source_text)
    proposal.full_clean()
    proposal.save()
    return proposal


@transaction.atomic
def field_get_or_create(*, cycle: Cycle, title: str, number: str = "") -> Field:
    """The cycle's field of that title (compared in normalised Vietnamese), created if new."""
    key = match_key(title)
    for field in cycle.fields.all():
        if match_key(field.title) == key:
            return field
    order = cycle.fields.count() + 1
    return Field.objects.create(cycle=cycle, title=title.strip(), number=number, order=order)


@transaction.atomic
def key_task_create(
    *,
    cycle: Cycle,
    text: str,
    field: Field | None = None,
    proposal: Proposal | None = None,
    parent: KeyTask | None = None,
    number: str = "",
    order: int | None = None,
    lead_text: str = "",
    coordinating_text: str = "",
    deadline: date | None = None,
    deadline_text: str = "",
    places: str = "",
    source_start: int | None = None,
    source_end: int | None = None,
    needs_check: bool = False,
) -> KeyTask:
    """Add a key task (or a sub-item when ``parent`` is given) to a cycle."""
    if order is None:
        siblings = KeyTask.objects.filter(cycle=cycle, parent=parent, field=field)
        order = siblings.count() + 1
    task = KeyTask(
        cycle=cycle,
        field=field,
        proposal=proposal,
        parent=parent,
        number=number,
        order=order,
        text=text.strip(),
        lead_text=lead_text,
        coordinating_text=coordinating_text,
        deadline=deadline,
        deadline_text=deadline_text,
        places=places,
        source_start=source_start,
        source_end=source_end,
        needs_check=needs_check,
    )
    task.full_clean()
    task.save()
    return task


@transaction.atomic
def target_create(
    *,
    key_task: KeyTask,
    indicator: str,
    value: Decimal | None,
    unit: str = "",
    op: str = ">=",
    value_max: Decimal | None = None,
    change: str = "level",
    basis: str = "",
    baseline: Decimal | None = None,
    ref: str = "",
    direction: str = "higher",
    period: str = "",
    deadline: date | None = None,
    is_main: bool = False,
    order: int | None = None,
    source_start: int | None = None,
    source_end: int | None = None,
    quote: str = "",
) -> Target:
    """Add a measurable target to a key task, validated."""
    if order is None:
        order = key_task.targets.count() + 1
    target = Target(
        key_task=key_task,
        indicator=indicator.strip()[:500],
        value=value,
        value_max=value_max,
        unit=unit,
        op=op,
        change=change,
        basis=basis,
        baseline=baseline,
        ref=ref,
        direction=direction,
        period=period,
        deadline=deadline,
        is_main=is_main,
        order=order,
        source_start=source_start,
        source_end=source_end,
        quote=quote,
    )
    target.full_clean()
    target.save()
    return target


@transaction.atomic
def proposal_import_document(*, proposal: Proposal, document: Document) -> list[KeyTask]:
    """Fill a proposal from a read document: header fields, fields, tasks, sub-items and targets.

    Only planned values (role "target") become targets; results quoted in a plan letter are not. The rows
    are validated in memory and written by bulk inserts (one per level of sub-items, one for the targets,
    with their history), so a letter of thousands of tasks holds the database's write lock for a moment.
    """
    header, closing = document.header, document.closing
    proposal.source_text = document.text
    proposal.source_name = proposal.source_name or document.source_name
    proposal.letter_number = header.number or ""
    proposal.letter_symbol = header.symbol or ""
    proposal.letter_date = header.issued_on
    proposal.place = header.place or ""
    proposal.subject = header.subject or ""
    proposal.recipients = "\n".join(header.recipients)
    proposal.preamble = document.preamble
    proposal.reading_notes = "\n".join(_reading_notes(document))
    proposal.distribution = "\n".join(closing.recipients)
    if closing.signature is not None:
        proposal.signer_authority = "\n".join(closing.signature.authority)
        proposal.signer_title = closing.signature.title or ""
        proposal.signer_name = closing.signature.name or ""
    proposal.full_clean()
    proposal.save()

    # Depth-first order of the document (what callers get back), and the same rows level by level: a
    # sub-item's parent must have its id before the sub-item is inserted.
    ordered: list[KeyTask] = []
    levels: list[list[KeyTask]] = []
    targets: list[tuple[KeyTask, Target]] = []

    def build(
        doc_task: DocTask, *, field: Field | None, order: int, parent: KeyTask | None, depth: int
    ) -> None:
        task = KeyTask(
            cycle=proposal.cycle,
            proposal=proposal,
            field=field,
            parent=parent,
            number=doc_task.number,
            order=order,
            text=doc_task.text.strip(),
            lead_text="; ".join(doc_task.lead_units)[:500],
            coordinating_text="; ".join(doc_task.coordinating_units)[:500],
            deadline=doc_task.deadline_date,
            deadline_text=doc_task.deadline or "",
            places="; ".join(doc_task.places)[:500],
            source_start=doc_task.start,
            source_end=doc_task.end,
            needs_check=doc_task.needs_check,
        )
        task.clean_fields(exclude=_KEY_TASK_LINKS)
        ordered.append(task)
        if len(levels) <= depth:
            levels.append([])
        levels[depth].append(task)
        for t_order, t in enumerate((t for t in doc_task.targets if t.role == "target"), start=1):
            target = Target(
                indicator=t.indicator.strip()[:500],
                value=t.value,
                value_max=t.value_max,
                unit=t.unit,
                op=t.op,
                change=t.change or "level",
                basis=t.basis or "",
                ref=t.ref or "",
                direction=t.direction,
                period=t.period or "",
                order=t_order,
                source_start=t.start,
                source_end=t.end,
                quote=t.quote,
            )
            target.clean_fields(exclude=["key_task"])
            if target.op == "range" and target.value_max is None:
                raise ValidationError("Chỉ tiêu dạng khoảng cần giá trị tối đa.", code="range_without_max")
            targets.append((task, target))
        for c_order, child in enumerate(doc_task.children, start=1):
            build(child, field=field, order=c_order, parent=task, depth=depth + 1)

    for section in document.sections:
        field = _field_for(proposal.cycle, section)
        for order, doc_task in enumerate(section.tasks, start=1):
            build(doc_task, field=field, order=order, parent=None, depth=0)

    for level in levels:
        # Each sub-item's parent_id is taken from its parent object, inserted one level before.
        bulk_create_with_history(level, KeyTask, batch_size=_BATCH)
    for task, target in targets:
        target.key_task = task
    bulk_create_with_history([t for _, t in targets], Target, batch_size=_BATCH)
    return ordered


_KEY_TASK_LINKS = ["cycle", "proposal", "field", "parent", "carried_from"]
# Rows per INSERT: well under SQLite's limit of 32,766 bound parameters for the widest row (Target).
_BATCH = 500


def _reading_notes(document: Document) -> list[str]:
    """What the reader repaired, and which pages it read by OCR with what confidence, in Vietnamese."""
    notes = list(document.repairs)
    if document.ocr_pages:
        pages = ", ".join(f"{p.page} ({p.confidence:.0f}%)".replace(".", ",") for p in document.ocr_pages)
        notes.append(f"Trang đọc bằng nhận dạng chữ (OCR), độ tin cậy trung bình: {pages}.")
    return notes


def _field_for(cycle: Cycle, section: Section) -> Field | None:
    if not section.title:
        return None
    return field_get_or_create(cycle=cycle, title=section.title, number=section.number)
