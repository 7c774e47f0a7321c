"""Who may issue, read and download which document of a cycle, and the lists the pages show.

- unit staff: their own unit's registration letter, progress report and progress forms;
- the coordinators: every document of the cycle, and they issue the list, reports and reminders;
- the leaders and overseers (``registry.policy``): read and download everything of the body;
- anyone else: the cycle itself answers 404 (``cycle_get_for_user``), and so does another unit's document.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import QuerySet
from django.http import Http404

from trongtam.registry import policy
from trongtam.registry.cycles.models import Cycle

from .models import DocumentKind, FormImport, IssuedDocument

User = AbstractBaseUser | AnonymousUser

OFFICE_KINDS = {DocumentKind.TASK_LIST, DocumentKind.PROGRESS, DocumentKind.ASSESSMENT, DocumentKind.REMINDER}
UNIT_KINDS = {DocumentKind.REGISTRATION, DocumentKind.PROGRESS}


@dataclass(frozen=True)
class DocumentAccess:
    """One user's rights over one cycle's documents: the policy's roles in the cycle (``registry.policy``)."""

    rights: policy.CycleRights

    @property
    def office(self) -> bool:
        return self.rights.coordinator

    @property
    def leader(self) -> bool:
        return self.rights.leader

    @property
    def member_units(self) -> frozenset[int]:
        return self.rights.member_units

    @property
    def staff_units(self) -> frozenset[int]:
        return self.rights.staff_units

    @property
    def reads_all(self) -> bool:
        return self.rights.reads_all

    def can_read(self, document: IssuedDocument) -> bool:
        """The body's readers read all; a unit reads its own documents and the published list (the rule of
        ``policy`` "document.view", decided on the rights already read)."""
        if self.reads_all:
            return True
        if document.kind == DocumentKind.TASK_LIST:
            return bool(self.member_units)
        return document.unit_id is not None and document.unit_id in self.member_units

    def can_read_unit(self, unit_id: int) -> bool:
        """A unit's tables (progress): the body's readers and the unit's own members."""
        return self.rights.can_view_unit(unit_id)

    def can_issue(self, kind: str, unit_id: int | None) -> bool:
        """The office issues the body's documents; unit staff issue their own letter and report."""
        if unit_id is not None and kind in UNIT_KINDS and unit_id in self.staff_units:
            return True
        return self.office and kind in OFFICE_KINDS | {DocumentKind.REGISTRATION}

    def can_use_form(self, unit_id: int) -> bool:
        """Download a unit's form: its members and the body's readers. Upload: its staff only."""
        return self.rights.can_view_unit(unit_id)

    def can_upload_form(self, unit_id: int) -> bool:
        return unit_id in self.staff_units


def document_access(*, user: User, cycle: Cycle) -> DocumentAccess:
    """The user's rights over the documents of a cycle they can see."""
    return DocumentAccess(policy.cycle_rights(user, cycle))


def document_list(*, cycle: Cycle, access: DocumentAccess) -> list[IssuedDocument]:
    """The cycle's issued documents the user may read, newest first."""
    docs = IssuedDocument.objects.filter(cycle=cycle).select_related("issuer", "unit", "period", "created_by")
    return [d for d in docs if access.can_read(d)]


def document_get(*, cycle: Cycle, access: DocumentAccess, document_id: int) -> IssuedDocument:
    """One document of the cycle the user may read; any other answers 404."""
    doc = (
        IssuedDocument.objects.filter(cycle=cycle, pk=document_id)
        .select_related("issuer", "unit", "period")
        .first()
    )
    if doc is None or not access.can_read(doc):
        raise Http404("Không tìm thấy văn bản.")
    return doc


def form_import_get(*, cycle: Cycle, access: DocumentAccess, import_id: int) -> FormImport:
    """A staged upload of the user's own unit, or 404."""
    staged = FormImport.objects.filter(cycle=cycle, pk=import_id).select_related("period", "unit").first()
    if staged is None or not access.can_upload_form(staged.unit_id):
        raise Http404("Không tìm thấy biểu mẫu đã tải lên.")
    return staged


def form_imports(*, cycle: Cycle, unit_id: int) -> QuerySet[FormImport]:
    return FormImport.objects.filter(cycle=cycle, unit_id=unit_id).select_related("period")
