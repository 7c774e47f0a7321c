"""Writes on documents: issue a numbered document from the data, make its PDF, and import a progress form.

Every write is keyword-only and atomic. Issuing checks the user's rights (403), allocates the number from the
register that applies, builds the renderer's dataclass from the data, renders .docx and stores it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone

from trongtam.core.errors import TrongtamError
from trongtam.core.rendering import (
    docx_to_pdf,
    render_assessment_report,
    render_progress_report,
    render_registration_letter,
    render_reminder_letter,
    render_task_list,
)
from trongtam.core.rendering.documents import (
    assessment_document,
    progress_document,
    registration_document,
    reminder_document,
    task_list_document,
)
from trongtam.core.rendering.model import OfficialDocument
from trongtam.registry.cycles.models import Cycle, Proposal
from trongtam.registry.organisations.models import Organisation
from trongtam.registry.progress.models import Period, PeriodKind

from . import builders
from .builders import Issue
from .models import DocumentKind, IssuedDocument
from .registers import number_allocate, profile_of, symbol_for
from .selectors import document_access

if TYPE_CHECKING:
    from trongtam.registry.jobs.models import Job

User = AbstractBaseUser | AnonymousUser


class DocumentError(TrongtamError):
    """A document cannot be issued as asked (shown to the user as ``message_vi``)."""


@dataclass(frozen=True)
class Signing:
    """The clerk's choices when issuing; blanks take the body's usual signing block."""

    issued_on: date | None = None
    authority: tuple[str, ...] = ()
    signer_title: str = ""
    signer_name: str = ""
    distribution: tuple[str, ...] = ()
    archive: str = ""


DOC_TYPES: dict[str, str | None] = {
    DocumentKind.REGISTRATION: None,
    DocumentKind.TASK_LIST: "THÔNG BÁO",
    DocumentKind.PROGRESS: "BÁO CÁO",
    DocumentKind.ASSESSMENT: "BÁO CÁO",
    DocumentKind.REMINDER: None,
}


def template_path(*, kind: str, profile_id: str) -> Path | None:
    """An office's own docxtpl template for a kind and profile, if it put one in the templates folder.

    Looked up as ``<TRONGTAM_TEMPLATE_DIR>/<kind>-<profile>.docx`` then ``<kind>.docx``; the folder defaults
    to ``mau-van-ban`` in the data folder.
    """
    folder = Path(getattr(settings, "TRONGTAM_TEMPLATE_DIR", settings.MEDIA_ROOT.parent / "mau-van-ban"))
    for name in (f"{kind}-{profile_id}.docx", f"{kind}.docx"):
        path = folder / name
        if path.is_file():
            return path
    return None


def _issuer_of(cycle: Cycle, kind: str, unit: Organisation | None) -> Organisation:
    if kind == DocumentKind.REGISTRATION:
        if unit is None:
            raise DocumentError("registration needs a unit", message_vi="Cần chọn đơn vị đăng ký.")
        return unit
    if kind == DocumentKind.PROGRESS:
        return unit or cycle.office or cycle.owner
    if kind == DocumentKind.REMINDER:
        return cycle.office or cycle.owner
    return cycle.owner


def _year_period(cycle: Cycle) -> Period:
    period = Period.objects.filter(cycle=cycle, kind=PeriodKind.YEAR).order_by("-number").first()
    if period is None:
        raise DocumentError(
            "no year period", message_vi="Đợt chưa có kỳ báo cáo năm: hãy tạo các kỳ báo cáo trước."
        )
    return period


def _file_name(kind: str, number: int, symbol: str, ext: str) -> str:
    safe = re.sub(r"[^0-9A-Za-z]+", "-", symbol.replace("Đ", "D").replace("đ", "d")).strip("-")
    return f"{kind}-{number:02d}-{safe}.{ext}"


def document_issue(
    *,
    cycle: Cycle,
    kind: str,
    user: User,
    unit: Organisation | None = None,
    period: Period | None = None,
    signing: Signing | None = None,
    new_due_on: date | None = None,
    request_key: str = "",
) -> IssuedDocument:
    """Issue one of the five documents of a cycle: numbered from its register, rendered and stored as .docx.

    ``request_key`` names one click of "Ban hành": issuing again under the same key — a repeated click, or
    two parallel ones — answers the document already issued instead of taking another number.
    """
    try:
        return _document_issue(
            cycle=cycle,
            kind=kind,
            user=user,
            unit=unit,
            period=period,
            signing=signing,
            new_due_on=new_due_on,
            request_key=request_key,
        )
    except IntegrityError:
        # A parallel request with the same key committed first: its document is the answer.
        issued = _issued_under(cycle, request_key)
        if issued is None:
            raise
        return issued


def _secrecy_of(cycle: Cycle, kind: str, period: Period | None, unit: Organisation | None) -> str:
    """The stamp of a document listing marked items (by reference only): the highest of their marks."""
    from trongtam.registry.cascade.models import Secrecy, SecretMark

    marks = SecretMark.objects.filter(key_task__cycle=cycle)
    if period is not None:
        marks = marks | SecretMark.objects.filter(report__period=period)
    if unit is not None and kind == DocumentKind.REGISTRATION:
        marks = SecretMark.objects.filter(key_task__cycle=cycle, key_task__proposal__unit=unit)
    levels = set(marks.values_list("level", flat=True))
    for level in (Secrecy.ULTRA_SECRET, Secrecy.TOP_SECRET, Secrecy.SECRET):
        if level in levels:
            return str(level.label)
    return ""


def _issued_under(cycle: Cycle, request_key: str) -> IssuedDocument | None:
    if not request_key:
        return None
    return IssuedDocument.objects.filter(cycle=cycle, request_key=request_key).first()


@transaction.atomic
def _document_issue(
    *,
    cycle: Cycle,
    kind: str,
    user: User,
    unit: Organisation | None,
    period: Period | None,
    signing: Signing | None,
    new_due_on: date | None,
    request_key: str,
) -> IssuedDocument:
    issued = _issued_under(cycle, request_key)
    if issued is not None:
        return issued
    _issue_check(cycle=cycle, kind=kind, user=user, unit=unit)
    signing = signing or Signing()
    issued_on = signing.issued_on or timezone.localdate()
    issuer = _issuer_of(cycle, kind, unit)
    doc_type = DOC_TYPES[kind]
    proposal: Proposal | None = None
    symbol = ""
    if kind == DocumentKind.REGISTRATION:
        proposal = cycle.proposals.filter(unit=issuer).order_by("-created_at").first()
        if proposal is None:
            raise DocumentError("no proposal", message_vi=f"{issuer.name} chưa có đề xuất trong đợt này.")
        symbol = proposal.letter_symbol if profile_of(issuer).kind == "state" else ""
    if kind in (DocumentKind.PROGRESS,) and period is None:
        raise DocumentError("period required", message_vi="Cần chọn kỳ báo cáo.")
    if kind == DocumentKind.ASSESSMENT and period is None:
        period = _year_period(cycle)
    symbol = symbol or symbol_for(issuer, doc_type)
    register, number = number_allocate(organisation=issuer, doc_type=doc_type, on=issued_on)
    issue = Issue(
        number=number,
        issued_on=issued_on,
        authority=signing.authority,
        signer_title=signing.signer_title,
        signer_name=signing.signer_name,
        distribution=signing.distribution,
        archive=signing.archive,
        symbol=symbol,
        secrecy=_secrecy_of(cycle, kind, period, unit),
    )
    official: OfficialDocument
    profile = profile_of(issuer)
    template = template_path(kind=kind, profile_id=profile.id)
    if kind == DocumentKind.REGISTRATION:
        assert proposal is not None
        reg = builders.registration_for_proposal(proposal, issue)
        official, data = registration_document(reg), render_registration_letter(reg, template=template)
    elif kind == DocumentKind.TASK_LIST:
        tl = builders.task_list_for_cycle(cycle, issue)
        if not tl.tasks:
            raise DocumentError("empty list", message_vi="Danh mục chưa có nhiệm vụ nào.")
        official, data = task_list_document(tl), render_task_list(tl, template=template)
    elif kind == DocumentKind.PROGRESS:
        assert period is not None
        pr = builders.progress_report_for(cycle, period, issue, unit=unit)
        official, data = progress_document(pr), render_progress_report(pr, template=template)
    elif kind == DocumentKind.ASSESSMENT:
        assert period is not None
        ar = builders.assessment_report_for(cycle, period, issue)
        official, data = assessment_document(ar), render_assessment_report(ar, template=template)
    else:
        rl = builders.reminder_for(
            cycle, period, issue, new_due_on=new_due_on or issued_on + timedelta(days=5), today=issued_on
        )
        if not rl.units:
            raise DocumentError("nobody is late", message_vi="Không có đơn vị nào chậm: không cần đôn đốc.")
        official, data = reminder_document(rl), render_reminder_letter(rl, template=template)
    doc = IssuedDocument(
        cycle=cycle,
        kind=kind,
        issuer=issuer,
        unit=unit if kind in (DocumentKind.REGISTRATION, DocumentKind.PROGRESS) else None,
        period=period,
        register=register,
        number=number,
        symbol=symbol,
        number_line=profile.format_number(number, symbol),
        issued_on=issued_on,
        subject=official.subject[:500],
        profile=profile.id,
        created_by=user if user.is_authenticated else None,  # type: ignore[misc]
        request_key=request_key,
    )
    doc.docx.save(_file_name(kind, number, symbol, "docx"), ContentFile(data), save=False)
    try:
        doc.save()
    except Exception:
        # The number and the row roll back with this transaction; the file written just before goes too, so
        # a refused issue (a parallel click that committed first) leaves nothing behind.
        doc.docx.delete(save=False)
        raise
    return doc


def _issue_check(*, cycle: Cycle, kind: str, user: User, unit: Organisation | None) -> None:
    if kind not in DocumentKind.values:
        raise DocumentError(f"unknown kind {kind}", message_vi="Loại văn bản không hợp lệ.")
    access = document_access(user=user, cycle=cycle)
    if not access.can_issue(kind, unit.id if unit else None):
        raise PermissionDenied("Bạn không có quyền ban hành loại văn bản này.")


def signing_params(signing: Signing) -> dict[str, object]:
    """``signing`` as a background job keeps it (JSON)."""
    return {
        "issued_on": signing.issued_on.isoformat() if signing.issued_on else "",
        "authority": list(signing.authority),
        "signer_title": signing.signer_title,
        "signer_name": signing.signer_name,
        "distribution": list(signing.distribution),
        "archive": signing.archive,
    }


def signing_from_params(data: dict[str, Any]) -> Signing:
    """The ``Signing`` a background job kept with ``signing_params``."""
    return Signing(
        issued_on=date.fromisoformat(data["issued_on"]) if data.get("issued_on") else None,
        authority=tuple(data.get("authority", ())),
        signer_title=data.get("signer_title", ""),
        signer_name=data.get("signer_name", ""),
        distribution=tuple(data.get("distribution", ())),
        archive=data.get("archive", ""),
    )


def document_issue_start(
    *,
    cycle: Cycle,
    kind: str,
    user: AbstractBaseUser,
    unit: Organisation | None = None,
    period: Period | None = None,
    signing: Signing | None = None,
    request_key: str = "",
) -> Job:
    """Queue the issuing of a document as a background job (numbering, the .docx, then its PDF).

    The right is checked here (403 at once, not a failed job) and again when the job issues. One click —
    one ``request_key`` — makes one job: a repeated or parallel click answers the job already queued, and
    the job itself issues under the key, so it still yields one numbered document.
    """
    from trongtam.registry.jobs.models import Job
    from trongtam.registry.jobs.services import job_create

    _issue_check(cycle=cycle, kind=kind, user=user, unit=unit)
    title = f"Ban hành {DocumentKind(kind).label.lower()}" + (f" — {unit.name}" if unit is not None else "")
    if period is not None:
        title += f" ({period.label})"
    return job_create(
        user=user,
        kind=Job.Kind.DOCUMENT_ISSUE,
        title=title,
        params={
            "cycle_id": cycle.id,
            "kind": kind,
            "unit_id": unit.id if unit is not None else None,
            "period_id": period.id if period is not None else None,
            "signing": signing_params(signing or Signing()),
            "request_key": request_key,
        },
        request_key=f"{cycle.id}:{request_key}" if request_key else "",
    )


def document_docx(*, document: IssuedDocument) -> bytes:
    """The stored .docx of an issued document."""
    with document.docx.open("rb") as fh:
        return bytes(fh.read())


def document_pdf(*, document: IssuedDocument) -> bytes:
    """The PDF of an issued document, converted once through LibreOffice and then kept.

    The conversion runs outside any transaction (it takes seconds; no write lock is held meanwhile) and the
    file is stored in one short one. Raises ``RenderError`` with a Vietnamese message when LibreOffice is not
    installed or fails.
    """
    if document.pdf:
        with document.pdf.open("rb") as fh:
            return bytes(fh.read())
    pdf = docx_to_pdf(document_docx(document=document))
    with transaction.atomic():
        document.pdf.save(
            _file_name(document.kind, document.number, document.symbol, "pdf"), ContentFile(pdf)
        )
    return pdf
