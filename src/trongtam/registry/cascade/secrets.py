"""State secrets are never stored: marking a task, report or issued document keeps only its reference.

Luật Bảo vệ bí mật nhà nước 2018 (Điều 5) forbids drafting or keeping state secrets on a computer
connected to the internet. Marking (Mật, Tối mật, Tuyệt mật) keeps the number, lead unit, deadline, status
and the mark; the text, figures and files are cleared, and their history rows with them. The text left in
place of the content is the reference line, so every page, export, API answer and issued document that
shows the item shows it by reference only. See docs/secrets.md.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.contrib.auth.models import User as AuthUser
from django.db import transaction

from trongtam.core.errors import TrongtamError
from trongtam.registry import policy
from trongtam.registry.cycles.models import KeyTask, Proposal, Target
from trongtam.registry.progress.models import Entry, Evidence, Report, TaskEntry

from .models import HandDown, Secrecy, SecretMark, Share

User = AbstractBaseUser | AnonymousUser

MARK_DENIED_VI = "Chỉ văn phòng được đánh dấu mật."

__all__ = [
    "SecretError",
    "is_report_marked",
    "is_task_marked",
    "reference_text",
    "secret_mark_document",
    "secret_mark_report",
    "secret_mark_task",
]


class SecretError(TrongtamError):
    """Content of an item marked secret was about to be stored."""

    STORE_VI = (
        "Nội dung này đã được đánh dấu mật: trongtam chỉ lưu số, ký hiệu, đơn vị chủ trì, thời hạn, "
        "trạng thái và độ mật, không lưu nội dung, số liệu hay tệp. Hãy quản lý nội dung mật theo chế độ "
        "bảo vệ bí mật nhà nước, trên máy không kết nối Internet."
    )


def _level(level: str) -> str:
    if level not in Secrecy.values:
        raise SecretError(f"unknown level {level}", message_vi="Độ mật phải là Mật, Tối mật hoặc Tuyệt mật.")
    return str(Secrecy(level).label)


def is_task_marked(task_id: int) -> bool:
    return SecretMark.objects.filter(key_task_id=task_id).exists()


def is_report_marked(report_id: int | None) -> bool:
    return report_id is not None and SecretMark.objects.filter(report_id=report_id).exists()


def _reference(level_label: str) -> str:
    return (
        f"[{level_label.upper()}] Nội dung được quản lý theo chế độ mật — trongtam chỉ lưu số, đơn vị chủ trì, "
        "thời hạn, trạng thái và độ mật."
    )


def reference_text(task_id: int) -> str:
    """The line a marked task shows instead of its text."""
    mark = SecretMark.objects.filter(key_task_id=task_id).first()
    return _reference(mark.get_level_display()) if mark else ""


def _blank_sources(task: KeyTask) -> None:
    """Overwrite the task's span in the letters it was read from, and drop those letters' files."""
    tasks = [task, *task.sources.all()]
    for t in tasks:
        proposal = Proposal.objects.filter(pk=t.proposal_id).first() if t.proposal_id else None
        if proposal is None:
            continue
        text = proposal.source_text
        if t.source_start is not None and t.source_end is not None and t.source_end <= len(text):
            # Same length, so the spans of the other tasks of the letter stay where they were.
            text = text[: t.source_start] + "▒" * (t.source_end - t.source_start) + text[t.source_end :]
        if proposal.source_file:
            proposal.source_file.delete(save=False)
        Proposal.objects.filter(pk=proposal.pk).update(source_text=text, source_file="")
        Proposal.history.filter(id=proposal.pk).update(source_text=text, source_file="")  # type: ignore[attr-defined]
        if t.pk != task.pk:
            KeyTask.objects.filter(pk=t.pk).update(text=_reference("Mật"))
            KeyTask.history.filter(id=t.pk).update(text=_reference("Mật"))  # type: ignore[attr-defined]


def _delete_evidence(evidence: list[Evidence]) -> None:
    for item in evidence:
        if item.file:
            item.file.delete(save=False)
    Evidence.objects.filter(pk__in=[e.pk for e in evidence]).delete()


@transaction.atomic
def secret_mark_task(*, task: KeyTask, level: str, user: User) -> SecretMark:
    """Mark a key task secret: keep its number, lead unit, deadline, status and mark; clear the rest."""
    label = _level(level)
    task = KeyTask.objects.select_related("cycle").get(pk=task.pk)
    policy.require(user, "secret.mark", task.cycle, MARK_DENIED_VI)
    if is_task_marked(task.pk):
        raise SecretError("already marked", message_vi="Nhiệm vụ này đã được đánh dấu mật.")
    leads = ", ".join(u.name for u in task.lead_units.all()) or task.lead_text
    latest = TaskEntry.objects.filter(key_task=task).order_by("-report__period__end").first()
    mark = SecretMark.objects.create(
        key_task=task,
        level=level,
        number=task.number,
        lead_unit=leads[:500],
        deadline=task.deadline,
        status=latest.get_status_display() if latest else "",
        marked_by=user if isinstance(user, AuthUser) else None,
    )
    reference = _reference(label)
    target_ids = list(Target.objects.filter(key_task=task).values_list("id", flat=True))
    _delete_evidence(list(Evidence.objects.filter(target_id__in=target_ids)))
    hand_down_ids = list(HandDown.objects.filter(target_id__in=target_ids).values_list("id", flat=True))
    # Delete first: the cascade itself writes "deleted" history rows, which are purged right after.
    Target.objects.filter(pk__in=target_ids).delete()
    Entry.history.filter(target_id__in=target_ids).delete()  # type: ignore[attr-defined]
    Target.history.filter(key_task_id=task.pk).delete()  # type: ignore[attr-defined]
    HandDown.history.filter(target_id__in=target_ids).delete()  # type: ignore[attr-defined]
    Share.history.filter(hand_down_id__in=hand_down_ids).delete()  # type: ignore[attr-defined]
    TaskEntry.objects.filter(key_task=task).update(narrative="", explanation="")
    TaskEntry.history.filter(key_task_id=task.pk).update(narrative="", explanation="")  # type: ignore[attr-defined]
    _blank_sources(task)
    KeyTask.objects.filter(pk=task.pk).update(text=reference, places="")
    KeyTask.history.filter(id=task.pk).update(text=reference, places="")  # type: ignore[attr-defined]
    return mark


@transaction.atomic
def secret_mark_report(*, report: Report, level: str, user: User) -> SecretMark:
    """Mark a report secret: keep the unit, period, due date, status and mark; delete figures and files."""
    _level(level)
    report = Report.objects.select_related("period__cycle", "unit").get(pk=report.pk)
    policy.require(user, "secret.mark", report.period.cycle, MARK_DENIED_VI)
    if is_report_marked(report.pk):
        raise SecretError("already marked", message_vi="Báo cáo này đã được đánh dấu mật.")
    mark = SecretMark.objects.create(
        report=report,
        level=level,
        number=f"Báo cáo {report.period.label}",
        lead_unit=report.unit.name,
        deadline=report.period.due,
        status=report.get_status_display(),
        marked_by=user if isinstance(user, AuthUser) else None,
    )
    _delete_evidence(list(Evidence.objects.filter(report=report)))
    Entry.objects.filter(report=report).delete()
    Entry.history.filter(report_id=report.pk).delete()  # type: ignore[attr-defined]
    TaskEntry.objects.filter(report=report).update(narrative="", explanation="")
    TaskEntry.history.filter(report_id=report.pk).update(narrative="", explanation="")  # type: ignore[attr-defined]
    return mark


@transaction.atomic
def secret_mark_document(*, document: object, level: str, user: User) -> SecretMark:
    """Mark an issued document secret: keep its number, issuer, date and mark; delete its files."""
    from trongtam.registry.documents.models import IssuedDocument

    label = _level(level)
    assert isinstance(document, IssuedDocument)
    doc = IssuedDocument.objects.select_related("cycle", "issuer").get(pk=document.pk)
    policy.require(user, "secret.mark", doc.cycle, MARK_DENIED_VI)
    if SecretMark.objects.filter(document=doc).exists():
        raise SecretError("already marked", message_vi="Văn bản này đã được đánh dấu mật.")
    mark = SecretMark.objects.create(
        document=doc,
        level=level,
        number=doc.number_line,
        lead_unit=doc.issuer.name,
        deadline=doc.issued_on,
        status="Đã ban hành",
        marked_by=user if isinstance(user, AuthUser) else None,
    )
    for f in (doc.docx, doc.pdf):
        if f:
            f.delete(save=False)
    IssuedDocument.objects.filter(pk=doc.pk).update(
        subject=f"[{label.upper()}] Văn bản mật — chỉ lưu số, ký hiệu", docx="", pdf=""
    )
    return mark
