"""A unit's proposal: upload and read its letter, correct the tasks and targets, submit; the office returns it.

Every function is keyword-only, atomic and checks permissions itself, so the web, the API and the CLI share
them. Reads that fail answer 404 in the views; writes that are not allowed raise PermissionDenied (403).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from pathlib import PurePath
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from trongtam.core.errors import TrongtamError
from trongtam.registry.notifications import services as notifications
from trongtam.registry.organisations.models import Organisation

from . import permissions
from .models import Cycle, Field, KeyTask, Proposal, ProposalStatus, Target
from .services import field_get_or_create, key_task_create, proposal_import_document, target_create

User = AbstractBaseUser | AnonymousUser

#: Scanned or photographed letters, read by OCR (seconds a page: always in a background job on the web).
IMAGE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".tif", ".tiff")
LEGACY_EXTENSIONS = (".doc",)  # converted to .docx by LibreOffice before reading
ALLOWED_EXTENSIONS = (".docx", ".pdf", ".txt", ".md", ".doc", *IMAGE_EXTENSIONS)
CONFLICT_CODE = "conflict"
TARGET_CONFLICT = "Chỉ tiêu đã được người khác sửa trong lúc bạn đang sửa. Hãy xem bản mới nhất rồi sửa lại."
TASK_CONFLICT = "Nhiệm vụ đã được người khác sửa trong lúc bạn đang sửa. Hãy xem bản mới nhất rồi sửa lại."
READ_ONLY = "Đề xuất đã gửi chỉ được xem; chỉ sửa được bản nháp hoặc đề xuất bị trả lại."

TARGET_FIELDS = frozenset(
    {
        "indicator",
        "op",
        "value",
        "value_max",
        "unit",
        "change",
        "basis",
        "baseline",
        "baseline_period",
        "ref",
        "direction",
        "period",
        "deadline",
        "is_main",
        "quote",
    }
)
HEADER_FIELDS = frozenset(
    {
        "letter_number",
        "letter_symbol",
        "letter_date",
        "place",
        "subject",
        "recipients",
        "signer_authority",
        "signer_title",
        "signer_name",
    }
)
TASK_FIELDS = frozenset(
    {"text", "number", "field", "lead_text", "coordinating_text", "deadline", "deadline_text", "places"}
)


# ---------------------------------------------------------------------------------------------
# Permissions shared by every write


def _require_edit(user: User, proposal: Proposal | None) -> Proposal:
    """The proposal, when ``user`` may edit it; PermissionDenied (403) otherwise."""
    if proposal is None:
        raise PermissionDenied("Nhiệm vụ này không thuộc đề xuất của đơn vị nào.")
    if proposal.unit_id in permissions.unit_ids_for_staff(user):
        permissions.require(permissions.can_edit_proposal(user, proposal), READ_ONLY)
    else:
        permissions.require(False)
    return proposal


def _stamp(obj: Any, user: User) -> None:
    # simple_history records who made a change from the request; outside a request (CLI, API) it
    # takes the user from this attribute instead.
    if getattr(user, "is_authenticated", False):
        obj._history_user = user


# ---------------------------------------------------------------------------------------------
# The proposal itself


@transaction.atomic
def proposal_start(*, cycle: Cycle, unit: Organisation, user: User) -> Proposal:
    """The unit's proposal in the cycle, started empty (for typing it into a form) when there is none yet."""
    permissions.require(
        permissions.can_propose(user, cycle, unit.pk),
        "Bạn không thể đề xuất cho đơn vị này trong đợt này.",
    )
    existing = proposal_current(cycle=cycle, unit=unit)
    if existing is not None:
        return existing
    proposal = Proposal(cycle=cycle, unit=unit)
    _stamp(proposal, user)
    proposal.full_clean()
    proposal.save()
    return proposal


def proposal_current(*, cycle: Cycle, unit: Organisation | int) -> Proposal | None:
    """The unit's latest proposal in the cycle, or None."""
    unit_id = unit if isinstance(unit, int) else unit.pk
    return Proposal.objects.filter(cycle=cycle, unit_id=unit_id).order_by("-created_at", "-id").first()


def upload_check(*, filename: str, size: int) -> None:
    """Refuse, before reading it, an empty or too large file or one of a kind the reader does not take."""
    name = PurePath(filename).name or "tệp"
    if size <= 0:
        raise ValidationError(f"Không đọc được tệp “{name}”: tệp rỗng.", code="empty")
    limit = int(settings.TRONGTAM_MAX_UPLOAD_BYTES)
    if size > limit:
        raise ValidationError(
            f"Không nhận tệp “{name}”: tệp quá lớn ({_mb(size)} MB, tối đa {_mb(limit)} MB).",
            code="too_large",
        )
    if PurePath(name).suffix.lower() not in ALLOWED_EXTENSIONS:
        raise ValidationError(
            f"Không nhận tệp “{name}”: chỉ nhận tệp {', '.join(ALLOWED_EXTENSIONS)}.",
            code="unsupported",
        )


def upload_precheck(*, filename: str, content: bytes) -> None:
    """Refuse at once a Word file that is no safe archive, a PDF of too many pages, or an image that is
    damaged, too large or too small to read, before it is queued to be read in the background.

    The zip bomb, entry count and entity checks and an image's decoding cost milliseconds; the reading
    itself (OCR for an image) may take minutes.
    """
    from trongtam.core.archive import check_zip

    name = PurePath(filename).name or "tệp"
    suffix = PurePath(name).suffix.lower()
    is_pdf = suffix == ".pdf" or content[:5] == b"%PDF-"
    if suffix not in (".docx", *IMAGE_EXTENSIONS) and not is_pdf:
        return
    try:
        if suffix == ".docx":
            check_zip(content, name, required="word/document.xml").close()
        elif is_pdf:
            from trongtam.core.reading.pdf_reader import check_pdf

            check_pdf(content, name)
        else:
            from trongtam.core.reading.image_reader import check_image

            check_image(content, name)
    except TrongtamError as exc:
        message = (
            exc.message_vi if name in exc.message_vi else f"Không đọc được tệp “{name}”: {exc.message_vi}"
        )
        raise ValidationError(message, code="unreadable") from exc


def is_image(filename: str) -> bool:
    """Whether the file is a scanned or photographed letter, to be read by OCR."""
    return PurePath(filename).suffix.lower() in IMAGE_EXTENSIONS


def reads_slowly(*, filename: str, content: bytes) -> bool:
    """Whether reading the letter takes seconds whatever its size, so it is read in a background job.

    An image or a PDF without a text layer is read by OCR (seconds a page); a legacy Word file (.doc) is
    first converted by LibreOffice (a cold start is about 4 s, bench/README.md).
    """
    suffix = PurePath(filename).suffix.lower()
    if is_image(filename) or suffix in LEGACY_EXTENSIONS:
        return True
    if suffix == ".pdf" or content[:5] == b"%PDF-":
        from trongtam.core.reading.pdf_reader import pdf_needs_ocr

        return pdf_needs_ocr(content)
    return False


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f}".replace(".", ",")


def proposal_upload(
    *, cycle: Cycle, unit: Organisation, user: User, content: bytes, filename: str
) -> Proposal:
    """Read the unit's letter and make it the unit's draft proposal: header, tasks and targets, file kept.

    An earlier draft or returned proposal of the unit is replaced (its tasks are dropped); a submitted one
    is read-only. A file that cannot be read raises ValidationError in Vietnamese and writes nothing.
    Reading and extracting (seconds for a long letter) happen before the transaction opens, so other units'
    saves are not kept waiting on the database's write lock meanwhile; only the short store is atomic.
    """
    from trongtam.core.extraction import read_document

    permissions.require(
        permissions.can_propose(user, cycle, unit.pk),
        "Bạn không thể đề xuất cho đơn vị này trong đợt này.",
    )
    name = PurePath(filename).name[:255] or "tệp"
    upload_check(filename=name, size=len(content))
    existing = proposal_current(cycle=cycle, unit=unit)
    if existing is not None:
        _require_edit(user, existing)
    try:
        document = read_document(content, name=name, context="plan")
    except TrongtamError as exc:
        message = (
            exc.message_vi if name in exc.message_vi else f"Không đọc được tệp “{name}”: {exc.message_vi}"
        )
        raise ValidationError(message, code="unreadable") from exc
    return _proposal_store(cycle=cycle, unit=unit, user=user, document=document, content=content, name=name)


@transaction.atomic
def _proposal_store(
    *, cycle: Cycle, unit: Organisation, user: User, document: Any, content: bytes, name: str
) -> Proposal:
    # The proposal is read again inside the transaction: it may have been submitted (or started) while
    # the letter was being read.
    existing = proposal_current(cycle=cycle, unit=unit)
    replaced = ""
    if existing is not None:
        _require_edit(user, existing)
        replaced = existing.source_file.name or ""
        # Re-uploading replaces the extraction: the old tasks go (their history stays).
        for task in KeyTask.objects.filter(proposal=existing, parent__isnull=True):
            _stamp(task, user)
            task.delete()
        proposal = existing
        proposal.source_name = name
    else:
        proposal = Proposal(cycle=cycle, unit=unit, source_name=name)
    _stamp(proposal, user)
    proposal_import_document(proposal=proposal, document=document)
    # The file is stored last, after everything else has been validated.
    proposal.source_file.save(name, ContentFile(content), save=False)
    proposal.save(update_fields=["source_file", "source_name"])
    if replaced and replaced != proposal.source_file.name:
        # The replaced letter leaves the disk only once the new one is committed: a rollback keeps it.
        storage = proposal.source_file.storage
        transaction.on_commit(lambda: storage.delete(replaced))
    return proposal


@transaction.atomic
def proposal_update(*, proposal: Proposal, user: User, **fields: Any) -> Proposal:
    """Correct the letter's header as read: number, symbol, date, place, subject, recipients, signer."""
    unknown = set(fields) - HEADER_FIELDS
    if unknown:
        raise TypeError(f"proposal_update() got unexpected fields: {', '.join(sorted(unknown))}")
    _require_edit(user, proposal)
    for name, value in fields.items():
        setattr(proposal, name, value.strip() if isinstance(value, str) else value)
    proposal.full_clean()
    _stamp(proposal, user)
    proposal.save()
    return proposal


@transaction.atomic
def proposal_submit(*, proposal: Proposal, user: User) -> Proposal:
    """Send the proposal to the office; it becomes read-only for the unit until it is returned."""
    _require_edit(user, proposal)
    if not KeyTask.objects.filter(proposal=proposal).exists():
        raise ValidationError(
            "Đề xuất chưa có nhiệm vụ nào; hãy tải văn bản lên hoặc nhập nhiệm vụ trước khi gửi."
        )
    proposal.status = ProposalStatus.SUBMITTED
    proposal.submitted_at = timezone.now()
    proposal.submitted_by = user if isinstance(user, AbstractBaseUser) else None  # type: ignore[assignment]
    _stamp(proposal, user)
    proposal.save()
    notifications.notify_proposal_submitted(proposal=proposal, actor=user)
    return proposal


@transaction.atomic
def proposal_return(*, proposal: Proposal, user: User, reason: str) -> Proposal:
    """The office returns a submitted proposal to its unit with a reason; the unit may edit it again."""
    permissions.require(
        permissions.is_coordinator(user, proposal.cycle), "Chỉ văn phòng tổng hợp mới trả lại được đề xuất."
    )
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("Hãy ghi lý do trả lại đề xuất.", code="required")
    if proposal.status != ProposalStatus.SUBMITTED:
        raise ValidationError("Chỉ trả lại được đề xuất đã gửi.", code="invalid_status")
    proposal.status = ProposalStatus.RETURNED
    proposal.returned_reason = reason
    _stamp(proposal, user)
    proposal.save()
    notifications.notify_proposal_returned(proposal=proposal, actor=user)
    return proposal


# ---------------------------------------------------------------------------------------------
# Targets


@transaction.atomic
def target_update(*, target: Target, user: User, expected_version: int, **fields: Any) -> Target:
    """Correct a target; raises ValidationError (code "conflict") when someone else changed it meanwhile."""
    unknown = set(fields) - TARGET_FIELDS
    if unknown:
        raise TypeError(f"target_update() got unexpected fields: {', '.join(sorted(unknown))}")
    current = (
        Target.objects.select_for_update(of=("self",)).select_related("key_task__proposal").get(pk=target.pk)
    )
    _require_edit(user, current.key_task.proposal)
    if current.version != expected_version:
        raise ValidationError(TARGET_CONFLICT, code=CONFLICT_CODE)
    for name, value in fields.items():
        if name == "indicator":
            value = (value or "").strip()[:500]
        setattr(current, name, value)
    if current.op != "range":
        current.value_max = None
    current.version += 1
    current.full_clean()
    _stamp(current, user)
    current.save()
    return current


@transaction.atomic
def target_add(
    *,
    key_task: KeyTask,
    user: User,
    indicator: str,
    value: Decimal | None = None,
    unit: str = "",
    op: str = ">=",
    value_max: Decimal | None = None,
    change: str = "level",
    basis: str = "",
    ref: str = "",
    direction: str = "higher",
    period: str = "",
    deadline: date | None = None,
) -> Target:
    """Add a target the reader missed (typed by hand, so without a source span)."""
    _require_edit(user, key_task.proposal)
    last = key_task.targets.aggregate(m=Max("order"))["m"] or 0
    return target_create(
        key_task=key_task,
        indicator=indicator,
        value=value,
        unit=unit,
        op=op,
        value_max=value_max if op == "range" else None,
        change=change,
        basis=basis,
        ref=ref,
        direction=direction,
        period=period,
        deadline=deadline,
        order=last + 1,
    )


@transaction.atomic
def target_delete(*, target: Target, user: User) -> None:
    """Drop what is not a target."""
    _require_edit(user, target.key_task.proposal)
    _stamp(target, user)
    target.delete()


# ---------------------------------------------------------------------------------------------
# Key tasks


@transaction.atomic
def key_task_update(
    *, task: KeyTask, user: User, expected_version: int | None = None, **fields: Any
) -> KeyTask:
    """Correct a task's text, number, field, lead and coordinating units, deadline or places."""
    unknown = set(fields) - TASK_FIELDS
    if unknown:
        raise TypeError(f"key_task_update() got unexpected fields: {', '.join(sorted(unknown))}")
    current = KeyTask.objects.select_for_update(of=("self",)).select_related("proposal").get(pk=task.pk)
    _require_edit(user, current.proposal)
    if expected_version is not None and current.version != expected_version:
        raise ValidationError(TASK_CONFLICT, code=CONFLICT_CODE)
    field = fields.get("field")
    if field is not None and field.cycle_id != current.cycle_id:
        raise ValidationError("Lĩnh vực không thuộc đợt đăng ký này.")
    for name, value in fields.items():
        setattr(current, name, value.strip() if isinstance(value, str) else value)
    current.version += 1
    current.full_clean()
    _stamp(current, user)
    current.save()
    if "field" in fields:
        # Sub-items follow their task into its field.
        for child in current.children.all():
            child.field = current.field
            _stamp(child, user)
            child.save(update_fields=["field"])
    return current


@transaction.atomic
def key_task_add(
    *,
    proposal: Proposal,
    user: User,
    text: str,
    field: Field | None = None,
    field_title: str = "",
    parent: KeyTask | None = None,
    number: str = "",
    lead_text: str = "",
    coordinating_text: str = "",
    deadline: date | None = None,
    deadline_text: str = "",
    places: str = "",
) -> KeyTask:
    """Add a task (or, under ``parent``, a sub-item) that the reader missed or that the unit types in."""
    _require_edit(user, proposal)
    if not (text or "").strip():
        raise ValidationError("Hãy nhập nội dung nhiệm vụ.", code="required")
    if parent is not None:
        if parent.proposal_id != proposal.pk:
            raise ValidationError("Nhiệm vụ cha không thuộc đề xuất này.")
        field = parent.field
    elif field_title.strip():
        field = field_get_or_create(cycle=proposal.cycle, title=field_title)
    if field is not None and field.cycle_id != proposal.cycle_id:
        raise ValidationError("Lĩnh vực không thuộc đợt đăng ký này.")
    siblings = _siblings(proposal=proposal, field=field, parent=parent)
    order = max((t.order for t in siblings), default=0) + 1
    if not number:
        number = "-" if parent is not None else str(len(siblings) + 1)
    task = key_task_create(
        cycle=proposal.cycle,
        proposal=proposal,
        field=field,
        parent=parent,
        number=number,
        order=order,
        text=text,
        lead_text=lead_text,
        coordinating_text=coordinating_text,
        deadline=deadline,
        deadline_text=deadline_text,
        places=places,
    )
    return task


@transaction.atomic
def key_task_delete(*, task: KeyTask, user: User) -> None:
    """Drop a task with its sub-items and targets; the numbers of the tasks after it close up."""
    proposal = _require_edit(user, task.proposal)
    field, parent = task.field, task.parent
    _stamp(task, user)
    task.delete()
    _renumber(proposal=proposal, field=field, parent=parent, user=user)


_SPLIT_POINT = re.compile(r"(?<=[.;:!?])\s+(?=\S)")


def key_task_split_points(text: str) -> list[int]:
    """Where a task's text may sensibly be split: after each sentence or clause ending."""
    return [m.end() for m in _SPLIT_POINT.finditer(text) if m.end() < len(text)]


@transaction.atomic
def key_task_split(*, task: KeyTask, user: User, at: int) -> KeyTask:
    """Split a task's text at character ``at`` into two tasks; targets and sub-items follow their spans.

    Returns the new (second) task, placed right after the first.
    """
    current = KeyTask.objects.select_for_update(of=("self",)).select_related("proposal").get(pk=task.pk)
    proposal = _require_edit(user, current.proposal)
    text = current.text
    head, tail = text[:at].rstrip(), text[at:].strip()
    if not 0 < at < len(text) or not head or not tail:
        raise ValidationError("Không tách được nhiệm vụ ở vị trí này: cả hai phần đều phải có nội dung.")
    aligned = (
        current.source_start is not None
        and current.source_end is not None
        and proposal.source_text[current.source_start : current.source_end] == text
    )
    cut = current.source_start + at if aligned and current.source_start is not None else None

    # Make room right after the task for its second half.
    for sibling in _siblings(proposal=proposal, field=current.field, parent=current.parent):
        if sibling.order > current.order:
            KeyTask.objects.filter(pk=sibling.pk).update(order=sibling.order + 1)
    second = key_task_create(
        cycle=current.cycle,
        proposal=proposal,
        field=current.field,
        parent=current.parent,
        number="-" if current.parent_id else "",
        order=current.order + 1,
        text=tail,
        lead_text=current.lead_text,
        coordinating_text=current.coordinating_text,
        deadline=current.deadline,
        deadline_text=current.deadline_text,
        places=current.places,
        source_start=cut + (len(text[at:]) - len(text[at:].lstrip())) if cut is not None else None,
        source_end=current.source_end if cut is not None else None,
    )
    second.lead_units.set(current.lead_units.all())
    second.coordinating_units.set(current.coordinating_units.all())

    order = 0
    for target in current.targets.order_by("order", "id"):
        if _in_second_half(target, text=text, at=at, cut=cut):
            order += 1
            target.key_task = second
            target.order = order
            target.version += 1
            _stamp(target, user)
            target.save(update_fields=["key_task", "order", "version"])
    # Sub-items come after the task's own text in the letter, so they belong to its second half.
    current.children.update(parent=second)

    current.text = head
    if cut is not None:
        current.source_end = current.source_start + len(head) if current.source_start is not None else None
    current.version += 1
    current.full_clean()
    _stamp(current, user)
    current.save()
    _renumber(proposal=proposal, field=current.field, parent=current.parent, user=user)
    second.refresh_from_db()
    return second


def _in_second_half(target: Target, *, text: str, at: int, cut: int | None) -> bool:
    if cut is not None and target.source_start is not None:
        return target.source_start >= cut
    # Without a span (typed by hand, or text edited), look for its quote or indicator in the text.
    for needle in (target.quote, target.indicator):
        if needle:
            pos = text.find(needle)
            if pos >= 0:
                return pos >= at
    return False


@transaction.atomic
def key_task_merge(*, task: KeyTask, other: KeyTask, user: User) -> KeyTask:
    """Append ``other`` to ``task``: its text, targets and sub-items move over and ``other`` is dropped."""
    current = KeyTask.objects.select_for_update(of=("self",)).select_related("proposal").get(pk=task.pk)
    absorbed = KeyTask.objects.select_for_update(of=("self",)).select_related("proposal").get(pk=other.pk)
    proposal = _require_edit(user, current.proposal)
    if absorbed.pk == current.pk:
        raise ValidationError("Không gộp được một nhiệm vụ với chính nó.")
    if absorbed.proposal_id != current.proposal_id:
        raise ValidationError("Chỉ gộp được các nhiệm vụ của cùng một đề xuất.")
    if _is_ancestor(absorbed, of=current):
        raise ValidationError("Không gộp được một nhiệm vụ vào ý con của chính nó.")

    current.text = f"{current.text.rstrip()} {absorbed.text.strip()}".strip()
    if current.source_start is not None and absorbed.source_start is not None:
        current.source_start = min(current.source_start, absorbed.source_start)
        current.source_end = max(current.source_end or 0, absorbed.source_end or 0)
    for name in ("lead_text", "coordinating_text", "places"):
        mine, theirs = getattr(current, name), getattr(absorbed, name)
        if theirs and theirs not in mine:
            setattr(current, name, f"{mine}; {theirs}"[:500] if mine else theirs)
    current.deadline = current.deadline or absorbed.deadline
    current.deadline_text = current.deadline_text or absorbed.deadline_text

    last = current.targets.aggregate(m=Max("order"))["m"] or 0
    for offset, target in enumerate(absorbed.targets.order_by("order", "id"), start=1):
        target.key_task = current
        target.order = last + offset
        target.version += 1
        _stamp(target, user)
        target.save(update_fields=["key_task", "order", "version"])
    last_child = current.children.aggregate(m=Max("order"))["m"] or 0
    for offset, child in enumerate(absorbed.children.order_by("order", "id"), start=1):
        child.parent = current
        child.order = last_child + offset
        _stamp(child, user)
        child.save(update_fields=["parent", "order"])
    current.lead_units.add(*absorbed.lead_units.all())
    current.coordinating_units.add(*absorbed.coordinating_units.all())
    current.version += 1
    current.full_clean()
    _stamp(current, user)
    current.save()

    field, parent = absorbed.field, absorbed.parent
    _stamp(absorbed, user)
    absorbed.delete()
    _renumber(proposal=proposal, field=field, parent=parent, user=user)
    return current


def _is_ancestor(candidate: KeyTask, *, of: KeyTask) -> bool:
    node: KeyTask | None = of.parent
    while node is not None:
        if node.pk == candidate.pk:
            return True
        node = node.parent
    return False


# ---------------------------------------------------------------------------------------------
# Ordering and numbering


def _siblings(*, proposal: Proposal, field: Field | None, parent: KeyTask | None) -> list[KeyTask]:
    qs = KeyTask.objects.filter(proposal=proposal, parent=parent)
    if parent is None:
        qs = qs.filter(field=field)
    return list(qs.order_by("order", "id"))


def _renumber(*, proposal: Proposal, field: Field | None, parent: KeyTask | None, user: User) -> None:
    # Top-level tasks are numbered 1, 2, 3… within their field; after a split, merge or deletion the
    # numbers close up. Sub-items (dashes, "a)") and lists numbered otherwise keep what the letter says.
    if parent is not None:
        return
    siblings = _siblings(proposal=proposal, field=field, parent=None)
    if not all(t.number == "" or t.number.isdigit() for t in siblings):
        return
    for index, task in enumerate(siblings, start=1):
        if task.number != str(index) or task.order != index:
            KeyTask.objects.filter(pk=task.pk).update(number=str(index), order=index)


def proposal_tasks(*, proposal: Proposal) -> Iterable[KeyTask]:
    """The proposal's tasks and sub-items with their targets, in a fixed number of queries (for the review)."""
    return (
        KeyTask.objects.filter(proposal=proposal)
        .select_related("field")
        .prefetch_related("targets")
        .order_by("field__order", "order", "id")
    )
