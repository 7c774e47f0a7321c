"""Evidence files (minh chứng) attached to a report."""

from __future__ import annotations

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from trongtam.registry.cycles.models import Target

from ..errors import ProgressError
from ..models import Evidence, Report
from ._common import Actor, _ensure_editable, _person, _require_unit

MAX_EVIDENCE_BYTES = 20 * 1024 * 1024


@transaction.atomic
def evidence_add(
    *, report: Report, file: UploadedFile, target: Target | None = None, user: Actor
) -> Evidence:
    """Attach an evidence file (minh chứng) to a report that can still be edited."""
    _require_unit(user, report)
    _ensure_editable(report)
    if file.size is not None and file.size > MAX_EVIDENCE_BYTES:
        raise ProgressError("evidence too large", message_vi="Tệp minh chứng quá lớn (tối đa 20 MB).")
    name = (file.name or "minh-chung")[:255]
    return Evidence.objects.create(
        report=report, target=target, file=file, name=name, uploaded_by=_person(user)
    )
