"""Proposals: the list, one proposal with its tasks and targets, a unit's upload and submission."""

from __future__ import annotations

from typing import Any, Literal

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import File, Query, Router
from ninja.files import UploadedFile

from trongtam.registry.cycles import proposals as proposal_services
from trongtam.registry.cycles.models import KeyTask, Proposal
from trongtam.registry.cycles.selectors import cycle_get_for_user
from trongtam.registry.organisations.models import Organisation

from .. import rows
from .. import schemas as s
from ..errors import ApiError
from .common import LIST, READ, UNIT_FORM, WRITE, YEAR, PageQuery, one, paginate, scope_of, tasks_prefetched

router = Router()

PROPOSAL_ROWS = rows.FlatRows(s.ProposalOut, Proposal)

ProposalStatus = Literal["draft", "submitted", "returned"]


def _proposals(request: HttpRequest) -> QuerySet[Proposal]:
    scope = scope_of(request)
    return (
        Proposal.objects.filter(scope.cycle_ids() & scope.proposal_q())
        .select_related("unit")
        .order_by("cycle_id", "unit__name", "id")
    )


def _proposal_detail(proposal: Proposal) -> Proposal:
    tasks = tasks_prefetched(
        KeyTask.objects.filter(proposal=proposal, parent__isnull=True).order_by("field__order", "order", "id")
    )
    proposal.api_tasks = list(tasks)  # type: ignore[attr-defined]
    return proposal


@router.get(
    "/proposals", response={200: s.ProposalPage, **LIST}, tags=["proposals"], summary="List proposals"
)
def proposals_list(
    request: HttpRequest,
    p: Query[PageQuery],
    cycle: s.Id | None = None,
    unit: s.Id | None = None,
    status: ProposalStatus | None = None,
    year: int | None = YEAR,
) -> Any:
    """Proposals the caller sees: their own unit's, or all of a cycle for its office and leaders."""
    qs = _proposals(request)
    if cycle is not None:
        qs = qs.filter(cycle_id=cycle)
    if unit is not None:
        qs = qs.filter(unit_id=unit)
    if status is not None:
        qs = qs.filter(status=status)
    if year is not None:
        qs = qs.filter(cycle__year=year)
    return paginate(request, qs, p, PROPOSAL_ROWS)


@router.get(
    "/proposals/{proposal_id}",
    response={200: s.ProposalDetailOut, **READ},
    tags=["proposals"],
    summary="Read a proposal with its tasks and targets",
)
def proposals_get(request: HttpRequest, proposal_id: s.Id) -> Any:
    return _proposal_detail(one(_proposals(request), proposal_id, "đề xuất", "Proposal"))


@router.post(
    "/cycles/{cycle_id}/proposals/upload",
    response={200: s.ProposalDetailOut, 413: s.ErrorOut, **WRITE},
    tags=["proposals"],
    summary="Upload a unit's proposal letter; answers what was read, for review",
)
def proposals_upload(
    request: HttpRequest,
    cycle_id: s.Id,
    file: File[UploadedFile],
    unit: s.Id | None = UNIT_FORM,
) -> Any:
    """Reads the letter (.docx, .pdf, .txt, .md, .doc, or a scanned or photographed .png, .jpg, .tif read by OCR) and makes it the unit's draft proposal, replacing an
    earlier draft. The answer is the proposal with the key tasks, sub-items and targets as read, to be
    reviewed (and corrected in the web interface) before submitting."""
    user = request.auth  # type: ignore[attr-defined]
    cycle = cycle_get_for_user(user=user, cycle_id=cycle_id)
    scope = scope_of(request)
    if unit is None:
        if len(scope.principal.staff) != 1:
            raise ApiError(
                "unit_required",
                "Hãy cho biết đơn vị đề xuất (trường unit).",
                "Say which unit proposes (field unit).",
                status=400,
            )
        unit = next(iter(scope.principal.staff))
    organisation = Organisation.objects.filter(pk=unit).first()
    if organisation is None:
        raise ApiError("not_found", "Không tìm thấy đơn vị.", "Unit not found.")
    filename = file.name or "tệp"
    proposal_services.upload_check(filename=filename, size=file.size or 0)
    proposal = proposal_services.proposal_upload(
        cycle=cycle, unit=organisation, user=user, content=file.read(), filename=filename
    )
    return _proposal_detail(proposal)


@router.post(
    "/proposals/{proposal_id}/submit",
    response={200: s.ProposalOut, **WRITE},
    tags=["proposals"],
    summary="Submit a draft proposal to the office",
)
def proposals_submit(request: HttpRequest, proposal_id: s.Id) -> Any:
    proposal = one(_proposals(request).select_related("cycle"), proposal_id, "đề xuất", "Proposal")
    return proposal_services.proposal_submit(proposal=proposal, user=request.auth)  # type: ignore[attr-defined]
