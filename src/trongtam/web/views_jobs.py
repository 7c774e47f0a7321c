"""Background jobs pages: a job's progress bar (polled every second by htmx), its result, and the user's list.

Long work (PDF conversion, big uploads) never holds the request: the view that starts it records a job and
redirects here; the worker (`manage.py db_worker`, started by `trongtam serve`) runs it.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import render
from django.urls import reverse

from trongtam.registry.jobs import selectors
from trongtam.registry.jobs.models import Job


def _context(job: Job) -> dict[str, object]:
    # Where the finished job's result opens: a read proposal opens on its review page.
    next_url = ""
    if job.kind == Job.Kind.PROPOSAL_IMPORT and job.params.get("proposal_id"):
        next_url = reverse("web:proposal_review", args=[job.params["proposal_id"]])
    return {"job": job, "next_url": next_url}


@login_required
def job_list(request: HttpRequest) -> HttpResponse:
    # The user's recent jobs, so a result can be found again after leaving its page.
    jobs = selectors.job_list(user=request.user)  # type: ignore[arg-type]
    return render(request, "web/jobs/list.html", {"jobs": jobs})


@login_required
def job_detail(request: HttpRequest, job_id: int) -> HttpResponse:
    job = selectors.job_get(user=request.user, job_id=job_id)  # type: ignore[arg-type]
    return render(request, "web/jobs/detail.html", _context(job))


@login_required
def job_status(request: HttpRequest, job_id: int) -> HttpResponse:
    # The fragment htmx swaps in every second; once the job has finished it stops asking.
    job = selectors.job_get(user=request.user, job_id=job_id)  # type: ignore[arg-type]
    return render(request, "web/jobs/_status.html", _context(job))


@login_required
def job_download(request: HttpRequest, job_id: int) -> HttpResponseBase:
    job = selectors.job_get(user=request.user, job_id=job_id)  # type: ignore[arg-type]
    if not job.result_file:
        raise Http404("Việc này không có tệp kết quả.")
    name = (job.result_file.name or "ket-qua").rsplit("/", 1)[-1]
    return FileResponse(job.result_file.open("rb"), as_attachment=True, filename=name)
