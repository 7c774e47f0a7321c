"""Reading a document without saving anything."""

from __future__ import annotations

from typing import Any, Literal

from django.http import HttpRequest
from ninja import File, Router
from ninja.files import UploadedFile

from trongtam.core.extraction import read_document
from trongtam.registry.cycles import proposals as proposal_services

from .. import schemas as s
from .common import KIND_FORM

router = Router()


@router.post(
    "/extract",
    response={200: s.DocumentOut, 400: s.ErrorOut, 401: s.ErrorOut, 413: s.ErrorOut, 422: s.ErrorOut},
    tags=["extraction"],
    summary="Read a document and return its structure and targets, saving nothing",
)
def extract(
    request: HttpRequest,
    file: File[UploadedFile],
    kind: Literal["plan", "report"] | None = KIND_FORM,
) -> Any:
    filename = file.name or "tệp"
    proposal_services.upload_check(filename=filename, size=file.size or 0)
    document = read_document(file.read(), name=filename, kind=kind)
    return _document_dict(document)


def _document_dict(document: Any) -> dict[str, Any]:
    import dataclasses

    return dataclasses.asdict(document)
