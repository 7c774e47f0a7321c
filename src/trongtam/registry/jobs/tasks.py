"""The background task behind every Job: it looks up the job's kind and runs its handler in the worker."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django_tasks import task

from trongtam.core.errors import TrongtamError

from . import services
from .models import Job

log = logging.getLogger(__name__)

Handler = Callable[[Job], None]


def _document_pdf(job: Job) -> None:
    from trongtam.registry.documents.models import IssuedDocument
    from trongtam.registry.documents.services import document_pdf

    document = IssuedDocument.objects.filter(pk=job.params.get("document_id")).first()
    if document is None:
        services.job_fail(job=job, error_vi="Không tìm thấy văn bản cần chuyển sang PDF (có thể đã bị xóa).")
        return
    services.job_progress(job=job, progress=20, message="LibreOffice đang chuyển văn bản sang PDF…")
    document_pdf(document=document)
    services.job_finish(job=job, message="Đã chuyển xong sang PDF.")


def _proposal_import(job: Job) -> None:
    from django.contrib.auth import get_user_model
    from django.core.exceptions import ValidationError

    from trongtam.registry.cycles.models import Cycle
    from trongtam.registry.cycles.proposals import proposal_upload
    from trongtam.registry.organisations.models import Organisation

    cycle = Cycle.objects.get(pk=job.params["cycle_id"])
    unit = Organisation.objects.get(pk=job.params["unit_id"])
    user = get_user_model().objects.get(pk=job.user_id)
    services.job_progress(job=job, progress=10, message="Đang đọc tệp đã tải lên…")
    with job.input_file.open("rb") as fh:
        content = fh.read()
    services.job_progress(job=job, progress=25, message="Đang đọc văn bản và tách nhiệm vụ, chỉ tiêu…")
    try:
        proposal = proposal_upload(
            cycle=cycle, unit=unit, user=user, content=content, filename=job.params["filename"]
        )
    except ValidationError as exc:
        services.job_fail(job=job, error_vi=" ".join(exc.messages))
        return
    job.params = {**job.params, "proposal_id": proposal.pk}
    job.save(update_fields=["params"])
    services.job_finish(
        job=job, message=f"Đã đọc xong tệp “{proposal.source_name}”. Hãy rà soát trước khi gửi."
    )


HANDLERS: dict[str, Handler] = {
    Job.Kind.DOCUMENT_PDF: _document_pdf,
    Job.Kind.PROPOSAL_IMPORT: _proposal_import,
}


@task()
def run_job(job_id: int) -> None:
    """Run the job ``job_id``; any failure is recorded on the job with a Vietnamese message."""
    job = Job.objects.get(pk=job_id)
    if job.finished:
        return
    services.job_start(job=job)
    try:
        HANDLERS[job.kind](job)
    except TrongtamError as exc:
        services.job_fail(job=job, error_vi=exc.message_vi)
    except Exception:
        log.exception("job %s (%s) failed", job.pk, job.kind)
        services.job_fail(job=job, error_vi=services.UNEXPECTED_VI)
