"""Background jobs pages: a job's progress bar (polled every second by htmx), its result, and the user's list.

Long work (PDF conversion, big uploads) never holds the request: the view that starts it records a job and
redirects here; the worker (`manage.py jobs_worker`, started by `trongtam serve`) runs it. A job whose worker
is gone shows as failed with what to do (`jobs.services.jobs_reap`), never as running forever.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import render
from django.urls import reverse

from trongtam.registry.jobs import selectors, services
from trongtam.registry.jobs.models import Job


def _context(job: Job) -> dict[str, object]:
    # Where the finished job's result opens: a read proposal opens on its review page.
    next_url = ""
    if job.kind == Job.Kind.PROPOSAL_IMPORT and job.params.get("proposal_id"):
        next_url = reverse("web:proposal_review", args=[job.params["proposal_id"]])
    elif job.kind == Job.Kind.FORM_CHECK and job.params.get("staged_id"):
        next_url = reverse(
            "web:progress_form_preview", args=[job.params["cycle_id"], job.params["staged_id"]]
        )
    elif job.kind in (Job.Kind.FORM_IMPORT, Job.Kind.FORM_CHECK) and job.finished:
        p = job.params
        next_url = reverse("web:progress_form", args=[p["cycle_id"], p["period_id"], p["unit_id"]])
    # An issued document opens in the cycle's list, with its files; a failed issue goes back to that list.
    downloads: list[tuple[str, str]] = []
    next_label = "Mở kết quả để rà soát"
    if job.kind == Job.Kind.DOCUMENT_ISSUE and job.finished:
        p = job.params
        next_url, next_label = reverse("web:documents", args=[p["cycle_id"]]), "Về trang văn bản của đợt"
        if p.get("document_id"):
            next_url += f"#vb-{p['document_id']}"
            downloads = [
                (label, reverse("web:document_download", args=[p["cycle_id"], p["document_id"], fmt]))
                for label, fmt in (("Tải bản .docx", "docx"), ("Tải bản PDF", "pdf"))
            ]
    # A checked hand-down sheet opens on its dry run to confirm; otherwise back to the target's hand-down.
    if job.kind == Job.Kind.HAND_DOWN_CHECK and job.params.get("checked"):
        p = job.params
        next_url = reverse("web:cascade_sheet_checked", args=[p["cycle_id"], p["target_id"], job.id])
    elif job.kind == Job.Kind.HAND_DOWN_IMPORT and job.status == Job.Status.DONE:
        next_url = reverse("web:cascade_list", args=[job.params["cycle_id"]])
        next_label = "Về trang giao chỉ tiêu cho xã"
    elif job.kind in (Job.Kind.HAND_DOWN_CHECK, Job.Kind.HAND_DOWN_IMPORT) and job.finished:
        next_url = reverse("web:cascade_hand_down", args=[job.params["cycle_id"], job.params["target_id"]])
    return {"job": job, "next_url": next_url, "next_label": next_label, "downloads": downloads}


def _honest(job: Job) -> Job:
    # A job whose worker was killed shows as failed (with what to do), never as "running" forever.
    if job.status == Job.Status.RUNNING and services.jobs_reap(job_ids=[job.id]):
        job.refresh_from_db()
    return job


@login_required
def job_list(request: HttpRequest) -> HttpResponse:
    # The user's recent jobs, so a result can be found again after leaving its page.
    jobs = selectors.job_list(user=request.user)  # type: ignore[arg-type]
    return render(request, "web/jobs/list.html", {"jobs": jobs})


@login_required
def job_detail(request: HttpRequest, job_id: int) -> HttpResponse:
    job = _honest(selectors.job_get(user=request.user, job_id=job_id))  # type: ignore[arg-type]
    return render(request, "web/jobs/detail.html", _context(job))


@login_required
def job_status(request: HttpRequest, job_id: int) -> HttpResponse:
    # The fragment htmx swaps in every second; once the job has finished it stops asking.
    job = _honest(selectors.job_get(user=request.user, job_id=job_id))  # type: ignore[arg-type]
    return render(request, "web/jobs/_status.html", _context(job))


@login_required
def job_download(request: HttpRequest, job_id: int) -> HttpResponseBase:
    job = selectors.job_get(user=request.user, job_id=job_id)  # type: ignore[arg-type]
    if not job.result_file:
        raise Http404("Việc này không có tệp kết quả.")
    name = (job.result_file.name or "ket-qua").rsplit("/", 1)[-1]
    return FileResponse(job.result_file.open("rb"), as_attachment=True, filename=name)
