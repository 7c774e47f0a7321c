"""A small letter that reads slowly whatever its size goes to a background job, as a big one does.

A .doc is first converted by LibreOffice (a cold start takes seconds) and a PDF without a text layer is read
by OCR (seconds a page): neither is read inside the request. A small typed PDF still is. The reading itself
is replaced by a stand-in here: what is tested is where it runs.
"""

from __future__ import annotations

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from tests.core.reading.conftest import tiny_pdf


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


pytestmark = pytest.mark.django_db


@pytest.fixture
def reads(monkeypatch):
    # Every letter read (file name, and whether inside a job), refused so nothing else happens.
    from trongtam.registry.cycles import proposals

    seen: list[str] = []

    def stand_in(*, cycle, unit, user, content, filename):
        seen.append(filename)
        raise ValidationError(f"Không đọc được tệp “{filename}”: thử.")

    monkeypatch.setattr(proposals, "proposal_upload", stand_in)
    return seen


def _upload(client, cast, name: str, data: bytes):
    client.force_login(cast.unit_staff)
    return client.post(
        reverse("web:proposal_upload", args=[cast.cycle.id]),
        {"unit": cast.unit.id, "file": SimpleUploadedFile(name, data)},
    )


def _scanned_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("name", "data"),
    [("cong-van.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600), ("ban-quet.pdf", _scanned_pdf())],
)
def test_a_small_letter_read_slowly_is_read_in_a_job(client, cast, reads, name, data):
    from trongtam.registry.jobs.models import Job

    response = _upload(client, cast, name, data)
    job = Job.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("web:job_detail", args=[job.id])
    assert job.kind == "proposal_import" and reads == [name]
    assert job.status == "failed" and job.error_vi == f"Không đọc được tệp “{name}”: thử."


def test_a_small_typed_pdf_is_still_read_in_the_request(client, cast, reads):
    from trongtam.registry.jobs.models import Job

    response = _upload(client, cast, "danh-muc.pdf", tiny_pdf([["1. Budget revenue 195.000 million."]]))
    assert response.status_code == 400 and reads == ["danh-muc.pdf"] and not Job.objects.exists()
