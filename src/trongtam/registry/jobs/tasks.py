"""The background task behind every Job: it looks up the job's kind and runs its handler in the worker."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from django.core.exceptions import PermissionDenied
from django_tasks import task

from trongtam.core.errors import TrongtamError
from trongtam.registry.policy import DENIED_VI

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


def _errors_vi(errors: Sequence[Any], what: str) -> str:
    shown = "; ".join(
        (f"dòng {e.row_number}: " if e.row_number else "") + e.message_vi for e in list(errors)[:3]
    )
    more = f" (và {len(errors) - 3} lỗi khác)" if len(errors) > 3 else ""
    return f"Biểu mẫu có {len(errors)} lỗi, {what}: {shown}{more}."


def _form_check(job: Job) -> None:
    """The dry run of a big progress form: read and check it, keep it for confirmation; the report is untouched."""
    from django.contrib.auth import get_user_model

    from trongtam.registry.cycles.models import Cycle
    from trongtam.registry.documents.forms import form_stage
    from trongtam.registry.organisations.models import Organisation
    from trongtam.registry.progress.models import Period

    cycle = Cycle.objects.get(pk=job.params["cycle_id"])
    period = Period.objects.get(pk=job.params["period_id"], cycle=cycle)
    unit = Organisation.objects.get(pk=job.params["unit_id"])
    user = get_user_model().objects.get(pk=job.user_id)
    services.job_progress(job=job, progress=15, message="Đang đọc tệp đã tải lên…")
    with job.input_file.open("rb") as fh:
        data = fh.read()
    services.job_progress(job=job, progress=35, message="Đang đọc và kiểm tra từng dòng của biểu mẫu…")
    preview = form_stage(
        cycle=cycle, period=period, unit=unit, user=user, name=job.params.get("filename", ""), data=data
    )
    if preview.staged is None:
        services.job_fail(job=job, error_vi=_errors_vi(preview.errors, "chưa có gì được nhập"))
        return
    job.params = {**job.params, "staged_id": preview.staged.pk}
    job.save(update_fields=["params"])
    services.job_finish(
        job=job,
        message=(
            f"Đã kiểm tra xong {preview.rows_read} dòng, {len(preview.changes)} ô thay đổi. "
            "Hãy xem lại rồi xác nhận nhập."
        ),
    )


def _form_import(job: Job) -> None:
    """The confirmed import of a big progress form: every row or none (``form_apply`` is one transaction)."""
    from django.contrib.auth import get_user_model

    from trongtam.registry.documents.forms import form_apply, form_preview
    from trongtam.registry.documents.models import FormImport

    staged = FormImport.objects.select_related("cycle", "period", "unit").get(pk=job.params["staged_id"])
    user = get_user_model().objects.get(pk=job.user_id)
    rows = len(staged.rows)
    services.job_progress(job=job, progress=20, message=f"Đang đối chiếu {rows} dòng với số liệu hiện có…")
    preview = form_preview(staged=staged)
    if preview.errors:
        services.job_fail(job=job, error_vi=_errors_vi(preview.errors, "không dòng nào được nhập"))
        return
    services.job_progress(
        job=job, progress=55, message=f"Đang ghi {rows} dòng số liệu (tất cả hoặc không dòng nào)…"
    )
    saved = form_apply(staged=staged, user=user, confirm_overwrite=bool(job.params.get("confirm_overwrite")))
    services.job_finish(job=job, message=f"Đã nhập {saved} dòng số liệu từ biểu mẫu {staged.name}.")


def _document_issue(job: Job) -> None:
    """Issue a document: number and .docx in one transaction (all or nothing), then its PDF outside it."""
    from django.conf import settings
    from django.contrib.auth import get_user_model

    from trongtam.registry.cycles.models import Cycle
    from trongtam.registry.documents.services import document_issue, document_pdf, signing_from_params
    from trongtam.registry.organisations.models import Organisation
    from trongtam.registry.progress.models import Period

    p = job.params
    cycle = Cycle.objects.get(pk=p["cycle_id"])
    unit = Organisation.objects.get(pk=p["unit_id"]) if p.get("unit_id") else None
    period = Period.objects.get(pk=p["period_id"], cycle=cycle) if p.get("period_id") else None
    user = get_user_model().objects.get(pk=job.user_id)
    services.job_progress(job=job, progress=15, message="Đang lấy số từ sổ văn bản và soạn văn bản (.docx)…")
    document = document_issue(
        cycle=cycle,
        kind=p["kind"],
        user=user,
        unit=unit,
        period=period,
        signing=signing_from_params(p.get("signing") or {}),
        request_key=p.get("request_key", ""),
    )
    job.params = {**p, "document_id": document.pk}
    job.save(update_fields=["params"])
    done = f"Đã ban hành văn bản {document.number_line}."
    if not settings.TRONGTAM_PDF_ON_ISSUE:
        services.job_finish(job=job, message=done)
        return
    services.job_progress(
        job=job, progress=60, message=f"Đã ban hành văn bản {document.number_line}; đang tạo bản PDF…"
    )
    try:
        document_pdf(document=document)
    except TrongtamError as exc:
        # The document is issued and whole (its number and .docx); only the PDF, made from the .docx at any
        # time, is missing: the job says so and the PDF link converts it again.
        services.job_finish(
            job=job, message=f"{done} Chưa tạo được bản PDF: {exc.message_vi} Bản .docx đã sẵn sàng."
        )
        return
    services.job_finish(job=job, message=f"{done} Bản .docx và PDF đã sẵn sàng.")


def _hand_down_check(job: Job) -> None:
    """The dry run of a big hand-down sheet: read and check it, keep what confirming would save; nothing else."""
    from trongtam.registry.cascade.sheets import shares_sheet_checked
    from trongtam.registry.cycles.models import Target

    target = Target.objects.select_related("key_task__cycle").get(
        pk=job.params["target_id"], key_task__cycle_id=job.params["cycle_id"]
    )
    services.job_progress(job=job, progress=15, message="Đang đọc tệp đã tải lên…")
    with job.input_file.open("rb") as fh:
        data = fh.read()
    services.job_progress(job=job, progress=35, message="Đang đọc và kiểm tra từng xã trong bảng tính…")
    checked = shares_sheet_checked(
        target=target, method=job.params["method"], base_label=job.params.get("base_label", ""), data=data
    )
    if checked["errors"]:
        errors = checked["errors"]
        shown = "; ".join(errors[:3]) + (f" (và {len(errors) - 3} lỗi khác)" if len(errors) > 3 else "")
        services.job_fail(job=job, error_vi=f"Bảng tính có {len(errors)} lỗi, chưa có gì được nhập: {shown}.")
        return
    job.params = {**job.params, "checked": checked}
    job.save(update_fields=["params"])
    services.job_finish(
        job=job,
        message=(
            f"Đã kiểm tra xong {len(checked['rows'])} xã, {len(checked['changes'])} ô thay đổi. "
            "Hãy xem lại rồi xác nhận nhập."
        ),
    )


def _hand_down_import(job: Job) -> None:
    """The confirmed hand-down of many communes: every row or none (``hand_down_save`` is one transaction)."""
    from django.contrib.auth import get_user_model

    from trongtam.registry.cascade.services import ShareInput, hand_down_save
    from trongtam.registry.cycles.models import Target

    p = job.params
    target = Target.objects.select_related("key_task__cycle").get(
        pk=p["target_id"], key_task__cycle_id=p["cycle_id"]
    )
    user = get_user_model().objects.get(pk=job.user_id)
    rows = [ShareInput(commune_id=int(c), value=v, base=b, same=bool(s)) for c, v, b, s in p["rows"]]
    services.job_progress(
        job=job,
        progress=20,
        message=f"Đang giao chỉ tiêu cho {len(rows)} xã và mở chỉ tiêu của từng xã (tất cả hoặc không xã nào)…",
    )
    hand_down_save(
        target=target, method=p["method"], base_label=p.get("base_label", ""), rows=rows, user=user
    )
    services.job_finish(job=job, message=f"Đã nhập bảng giao chỉ tiêu «{target.indicator}»: {len(rows)} xã.")


HANDLERS: dict[str, Handler] = {
    Job.Kind.DOCUMENT_PDF: _document_pdf,
    Job.Kind.PROPOSAL_IMPORT: _proposal_import,
    Job.Kind.FORM_CHECK: _form_check,
    Job.Kind.FORM_IMPORT: _form_import,
    Job.Kind.DOCUMENT_ISSUE: _document_issue,
    Job.Kind.HAND_DOWN_CHECK: _hand_down_check,
    Job.Kind.HAND_DOWN_IMPORT: _hand_down_import,
}


@task()
def run_job(job_id: int) -> None:
    """Run the job ``job_id``; any failure is recorded on the job with a Vietnamese message."""
    job = Job.objects.get(pk=job_id)
    if job.finished:
        return
    services.jobs_reap()  # jobs a killed worker left "running" are failed, now that a worker runs again
    services.job_start(job=job)
    try:
        HANDLERS[job.kind](job)
    except TrongtamError as exc:
        services.job_fail(job=job, error_vi=exc.message_vi)
    except PermissionDenied as exc:
        services.job_fail(job=job, error_vi=str(exc) or DENIED_VI)
    except Exception:
        log.exception("job %s (%s) failed", job.pk, job.kind)
        services.job_fail(job=job, error_vi=services.UNEXPECTED_VI)
