"""Issuing a document ("Ban hành") runs as a background job: the number and the .docx, then its PDF.

The request records the job and redirects to its page; the bar moves through the steps; the finished job
opens the document in the cycle's list with its files; a failure says why in Vietnamese and leaves no
number, no row and no file; one click (one ``request_key``) makes one job and one numbered document.
LibreOffice is replaced by a stand-in here (the PDF step's own conversion is tested in tests/core).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.urls import reverse
from tests.registry.documents.conftest import build_small

from trongtam.core.errors import RenderError


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


pytestmark = pytest.mark.django_db

FAKE_PDF = b"%PDF-1.4 stand-in"


@pytest.fixture
def small(cast):
    return build_small(cast)


@pytest.fixture
def pdf_on_issue(settings, monkeypatch):
    # The PDF step on (the suite turns it off), with a stand-in LibreOffice that records each conversion.
    from trongtam.registry.documents import services

    settings.TRONGTAM_PDF_ON_ISSUE = True
    converted: list[bytes] = []

    def convert(data: bytes, **_: object) -> bytes:
        converted.append(data)
        return FAKE_PDF

    monkeypatch.setattr(services, "docx_to_pdf", convert)
    return converted


def _issue(client, cycle, **data):
    return client.post(reverse("web:document_create", args=[cycle.id]), data)


def _files() -> set[Path]:
    folder = Path(django_settings.MEDIA_ROOT) / "documents"
    return {p for p in folder.rglob("*") if p.is_file()} if folder.exists() else set()


def test_issuing_is_a_job_whose_bar_moves_and_whose_result_opens_the_document_with_its_pdf(
    client, small, pdf_on_issue, steps
):
    from trongtam.registry.documents.models import IssuedDocument
    from trongtam.registry.jobs.models import Job

    client.force_login(small.cast.coordinator)
    response = _issue(client, small.cycle, kind="task_list", request_key="trang-1-1")
    job = Job.objects.get()
    assert response.status_code == 302 and response.url == reverse("web:job_detail", args=[job.id])
    assert job.kind == "document_issue" and job.status == "done"
    assert [p for p, _ in steps] == [15, 60]
    doc = IssuedDocument.objects.get()
    assert job.params["document_id"] == doc.id and len(pdf_on_issue) == 1
    with doc.pdf.open("rb") as fh:
        assert fh.read() == FAKE_PDF  # kept: the PDF link now answers at once
    page = client.get(response.url).content.decode()
    assert f"Đã ban hành văn bản {doc.number_line}. Bản .docx và PDF đã sẵn sàng." in page
    assert reverse("web:documents", args=[small.cycle.id]) + f"#vb-{doc.id}" in page
    pdf_url = reverse("web:document_download", args=[small.cycle.id, doc.id, "pdf"])
    assert f'href="{pdf_url}"' in page
    got = client.get(pdf_url)
    assert got.status_code == 200 and got.content == FAKE_PDF


def test_a_failed_issue_says_why_in_vietnamese_and_takes_no_number(client, cast, small):
    from trongtam.registry.cycles.models import KeyTask
    from trongtam.registry.documents.models import DocumentRegister, IssuedDocument
    from trongtam.registry.jobs.models import Job

    # The list is emptied: the service takes the number, then finds nothing to list and refuses.
    KeyTask.objects.filter(cycle=small.cycle).delete()
    client.force_login(cast.coordinator)
    response = _issue(client, small.cycle, kind="task_list", request_key="trang-1-1")
    job = Job.objects.get()
    assert job.status == "failed" and job.error_vi == "Danh mục chưa có nhiệm vụ nào."
    page = client.get(response.url).content.decode()
    assert "Không thành công" in page and "Danh mục chưa có nhiệm vụ nào." in page
    assert reverse("web:documents", args=[small.cycle.id]) in page  # the way back
    assert not IssuedDocument.objects.exists()
    assert not DocumentRegister.objects.filter(last_number__gt=0).exists()
    # Sent again from the same page once the list has a task, the click runs anew and takes number 1.
    KeyTask.objects.create(cycle=small.cycle, number="1", order=1, text="Xây dựng nông thôn mới.")
    again = _issue(client, small.cycle, kind="task_list", request_key="trang-1-1")
    assert again.url != response.url and IssuedDocument.objects.get().number == 1


def test_an_issue_that_fails_after_its_file_was_written_leaves_no_file(
    client, small, monkeypatch, settings, tmp_path
):
    from trongtam.registry.documents.models import IssuedDocument
    from trongtam.registry.jobs.models import Job

    settings.MEDIA_ROOT = tmp_path  # this test's own: other tests write documents meanwhile

    def broken_save(self, *args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(IssuedDocument, "save", broken_save)
    client.force_login(small.cast.coordinator)
    _issue(client, small.cycle, kind="task_list", request_key="trang-1-1")
    job = Job.objects.get()
    assert job.status == "failed" and "dữ liệu của anh/chị không bị mất" in job.error_vi
    assert not _files()
    monkeypatch.undo()
    assert not IssuedDocument.objects.exists()


def test_a_pdf_that_cannot_be_made_leaves_the_document_issued_and_says_so(
    client, small, pdf_on_issue, monkeypatch
):
    from trongtam.registry.documents import services
    from trongtam.registry.documents.models import IssuedDocument
    from trongtam.registry.jobs.models import Job

    def no_office(data: bytes, **_: object) -> bytes:
        raise RenderError("no soffice", message_vi="Chưa cài LibreOffice nên không chuyển được sang PDF.")

    monkeypatch.setattr(services, "docx_to_pdf", no_office)
    client.force_login(small.cast.coordinator)
    response = _issue(client, small.cycle, kind="task_list", request_key="trang-1-1")
    job = Job.objects.get()
    doc = IssuedDocument.objects.get()
    assert job.status == "done" and doc.docx and not doc.pdf
    page = client.get(response.url).content.decode()
    assert "Chưa tạo được bản PDF: Chưa cài LibreOffice" in page and "Bản .docx đã sẵn sàng." in page


def test_a_repeated_click_of_ban_hanh_answers_the_same_job_and_one_document(client, small):
    from trongtam.registry.documents.models import IssuedDocument
    from trongtam.registry.jobs.models import Job

    client.force_login(small.cast.coordinator)
    first = _issue(client, small.cycle, kind="task_list", request_key="trang-1-1")
    again = _issue(client, small.cycle, kind="task_list", request_key="trang-1-1")
    assert first.url == again.url
    assert Job.objects.count() == 1 and IssuedDocument.objects.count() == 1
    _issue(client, small.cycle, kind="task_list", request_key="trang-2-1")  # a new page, a new document
    assert Job.objects.count() == 2 and IssuedDocument.objects.count() == 2


def test_issuing_what_one_may_not_is_refused_before_any_job(client, small):
    from trongtam.registry.jobs.models import Job

    client.force_login(small.cast.unit_staff)
    assert _issue(client, small.cycle, kind="task_list", request_key="k").status_code == 403
    assert not Job.objects.exists()
