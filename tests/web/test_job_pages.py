"""Background jobs through the test client: a PDF download starts a job instead of holding the request, its
page shows a bar that polls until done, the result can be fetched again later, and a failure is explained."""

from __future__ import annotations

import pytest
from django.urls import reverse
from tests.registry.documents.conftest import build_small


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


pytestmark = pytest.mark.django_db

FAKE_PDF = b"%PDF-1.4 gia lap\n%%EOF\n"


@pytest.fixture
def small(cast):
    return build_small(cast)


@pytest.fixture
def doc(client, small):
    from trongtam.registry.documents.models import IssuedDocument

    client.force_login(small.cast.coordinator)
    client.post(reverse("web:document_create", args=[small.cycle.id]), {"kind": "task_list"})
    return IssuedDocument.objects.get()


def pdf_url(small, doc):
    return reverse("web:document_download", args=[small.cycle.id, doc.id, "pdf"])


def test_a_pdf_download_queues_a_job_and_answers_at_once_without_converting(client, small, doc, settings):
    from trongtam.registry.jobs.models import Job

    # The real database backend: the request only records the job; nothing converts until a worker runs.
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    response = client.get(pdf_url(small, doc))
    job = Job.objects.get(kind="document_pdf")
    assert response.status_code == 302 and response.url == reverse("web:job_detail", args=[job.id])
    assert job.status == "queued" and job.user == small.cast.coordinator and job.task_id
    doc.refresh_from_db()
    assert not doc.pdf
    page = client.get(response.url).content.decode()
    assert 'hx-trigger="every 1s"' in page and "<progress" in page and "Đang chờ" in page


def test_the_job_page_shows_the_finished_result_and_stops_polling(client, small, doc, monkeypatch):
    from trongtam.registry.documents import services

    monkeypatch.setattr(services, "docx_to_pdf", lambda data: FAKE_PDF)
    response = client.get(pdf_url(small, doc), follow=True)
    page = response.content.decode()
    assert 'value="100"' in page and "Đã chuyển xong sang PDF." in page
    assert 'hx-trigger="every 1s"' not in page
    assert f'href="{pdf_url(small, doc)}"' in page
    # The result is kept: the same address now serves the PDF straight away.
    again = client.get(pdf_url(small, doc))
    assert (
        again.status_code == 200
        and b"".join(again.streaming_content if again.streaming else [again.content]) == FAKE_PDF
    )


def test_a_failed_conversion_says_why_in_vietnamese(client, small, doc, monkeypatch):
    monkeypatch.setenv("TRONGTAM_SOFFICE", "/khong/co/soffice")
    page = client.get(pdf_url(small, doc), follow=True).content.decode()
    assert 'role="alert"' in page and "Không thành công" in page and "Chưa cài LibreOffice" in page


def test_an_unexpected_failure_still_ends_the_job_with_a_message(client, small, doc, monkeypatch):
    from trongtam.registry.documents import services
    from trongtam.registry.jobs.models import Job

    def boom(data):
        raise RuntimeError("disk full")

    monkeypatch.setattr(services, "docx_to_pdf", boom)
    page = client.get(pdf_url(small, doc), follow=True).content.decode()
    job = Job.objects.get(kind="document_pdf")
    assert job.status == "failed" and job.finished_at is not None
    assert "dữ liệu của anh/chị không bị mất" in page and "disk full" not in page


def test_the_status_fragment_polls_while_the_job_runs(client, small):
    from trongtam.registry.jobs.models import Job

    job = Job.objects.create(
        user=small.cast.coordinator, kind="document_pdf", title="PDF", status="running", progress=40
    )
    client.force_login(small.cast.coordinator)
    fragment = client.get(reverse("web:job_status", args=[job.id])).content.decode()
    assert 'hx-get="/viec/' in fragment and 'value="40"' in fragment and "<html" not in fragment


def test_a_user_sees_only_their_own_jobs(client, small):
    from trongtam.registry.jobs.models import Job

    mine = Job.objects.create(user=small.cast.coordinator, kind="document_pdf", title="Việc của văn phòng")
    client.force_login(small.cast.unit_staff)
    assert client.get(reverse("web:job_detail", args=[mine.id])).status_code == 404
    assert client.get(reverse("web:job_status", args=[mine.id])).status_code == 404
    assert "Việc của văn phòng" not in client.get(reverse("web:job_list")).content.decode()
    client.force_login(small.cast.coordinator)
    listing = client.get(reverse("web:job_list")).content.decode()
    assert "Việc của văn phòng" in listing and reverse("web:job_detail", args=[mine.id]) in listing


def test_a_big_proposal_letter_is_read_in_a_background_job_that_opens_the_review(client, cast, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from trongtam.registry.cycles.models import KeyTask, Proposal
    from trongtam.registry.jobs.models import Job

    settings.TRONGTAM_UPLOAD_JOB_BYTES = 1000
    letter = "\n".join(
        ["Số: 12/HĐND-VP", "Hữu Lũng, ngày 01 tháng 12 năm 2023", "I. LĨNH VỰC KINH TẾ - XÃ HỘI"]
        + [
            f"{i}. Chỉ đạo xây dựng {i + 1:02d} xã đạt chuẩn nông thôn mới trong năm 2024."
            for i in range(1, 60)
        ]
    ).encode()
    client.force_login(cast.unit_staff)
    response = client.post(
        reverse("web:proposal_upload", args=[cast.cycle.id]),
        {"unit": cast.unit.id, "file": SimpleUploadedFile("de-xuat.txt", letter)},
    )
    job = Job.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("web:job_detail", args=[job.id])
    assert job.kind == "proposal_import" and job.status == "done" and job.input_file
    proposal = Proposal.objects.get()
    assert KeyTask.objects.filter(proposal=proposal).count() >= 50
    page = client.get(response["Location"]).content.decode()
    assert reverse("web:proposal_review", args=[proposal.id]) in page


def test_a_big_upload_by_someone_who_may_not_propose_is_refused_before_any_job(client, cast, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from trongtam.registry.jobs.models import Job

    settings.TRONGTAM_UPLOAD_JOB_BYTES = 10
    client.force_login(cast.leader)
    response = client.post(
        reverse("web:proposal_upload", args=[cast.cycle.id]),
        {"unit": cast.unit.id, "file": SimpleUploadedFile("de-xuat.txt", "1. Nhiệm vụ một.\n".encode() * 5)},
    )
    assert response.status_code in (403, 404) and not Job.objects.exists()


def test_an_unreadable_big_upload_fails_its_job_with_the_readers_vietnamese_message(client, cast, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.TRONGTAM_UPLOAD_JOB_BYTES = 10
    client.force_login(cast.unit_staff)
    response = client.post(
        reverse("web:proposal_upload", args=[cast.cycle.id]),
        {"unit": cast.unit.id, "file": SimpleUploadedFile("hong.docx", b"PK\x03\x04 khong phai docx" * 10)},
        follow=True,
    )
    page = response.content.decode()
    assert 'role="alert"' in page and "hong.docx" in page


def test_a_jobs_result_file_is_downloaded_by_its_owner_only(client, cast):
    from trongtam.registry.jobs.models import Job
    from trongtam.registry.jobs.services import job_finish

    job = Job.objects.create(user=cast.coordinator, kind="document_pdf", title="PDF")
    job_finish(job=job, message="Xong.", file_name="ket-qua.pdf", data=FAKE_PDF)
    url = reverse("web:job_download", args=[job.id])
    client.force_login(cast.unit_staff)
    assert client.get(url).status_code == 404
    client.force_login(cast.coordinator)
    response = client.get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content) == FAKE_PDF
    assert "attachment" in response["Content-Disposition"]
