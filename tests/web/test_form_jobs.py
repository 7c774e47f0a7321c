"""A big progress form runs as background jobs: the dry run, then the confirmed import.

Past ``forms.JOB_BYTES`` (file) or ``forms.JOB_ROWS`` (rows) the request only records a job and redirects to
its page; the job's bar moves through its steps, its result links back to the dry run or the form, and a
failure says why in Vietnamese with nothing written (the import is one transaction). The thresholds are
lowered here so a two-row form counts as big.
"""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from tests.registry.documents.conftest import build_small

from trongtam.registry.policy import SYSTEM


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


pytestmark = pytest.mark.django_db


@pytest.fixture
def small(cast):
    return build_small(cast)


@pytest.fixture
def big(monkeypatch):
    from trongtam.registry.documents import forms

    monkeypatch.setattr(forms, "JOB_BYTES", 10)
    monkeypatch.setattr(forms, "JOB_ROWS", 0)


def _form(client, small, cell: object = "120.000") -> tuple[list[int], io.BytesIO]:
    cast = small.cast
    period = small.periods[("half", 1)]
    args = [small.cycle.id, period.id, cast.unit.id]
    wb = load_workbook(io.BytesIO(client.get(reverse("web:progress_form_download", args=args)).content))
    wb.worksheets[0].cell(row=6, column=7, value=cell)
    wb.worksheets[0].cell(row=6, column=8, value="chính thức")
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    buf.name = "bieu-mau.xlsx"
    return args, buf


def test_a_big_form_is_checked_then_imported_as_jobs_with_a_moving_bar(client, small, big, steps):
    from trongtam.registry.jobs.models import Job
    from trongtam.registry.progress.models import Entry

    client.force_login(small.cast.unit_staff)
    args, buf = _form(client, small)
    response = client.post(reverse("web:progress_form_upload", args=args), {"file": buf})
    check = Job.objects.get(kind="form_check")
    assert response.status_code == 302 and response.url == reverse("web:job_detail", args=[check.id])
    assert check.status == "done" and [p for p, _ in steps] == [15, 35]
    page = client.get(response.url).content.decode()
    preview_url = reverse("web:progress_form_preview", args=[small.cycle.id, check.params["staged_id"]])
    assert "Đã kiểm tra xong" in page and f'href="{preview_url}"' in page
    assert not Entry.objects.exists()  # the dry run writes nothing

    steps.clear()
    done = client.post(preview_url + "xac-nhan/")
    imported = Job.objects.get(kind="form_import")
    assert done.url == reverse("web:job_detail", args=[imported.id])
    assert imported.status == "done" and [p for p, _ in steps] == [20, 55]
    page = client.get(done.url).content.decode()
    assert "Đã nhập 1 dòng số liệu" in page and 'value="100"' in page
    assert Entry.objects.get().value == 120000


def test_a_big_form_with_a_bad_row_fails_its_job_in_vietnamese_and_keeps_nothing(client, small, big):
    from trongtam.registry.documents.models import FormImport
    from trongtam.registry.jobs.models import Job

    client.force_login(small.cast.unit_staff)
    args, buf = _form(client, small, cell="nhiều")
    response = client.post(reverse("web:progress_form_upload", args=args), {"file": buf})
    job = Job.objects.get()
    assert job.status == "failed" and "Biểu mẫu có 1 lỗi, chưa có gì được nhập: dòng 6:" in job.error_vi
    page = client.get(response.url).content.decode()
    assert "Không thành công" in page and "không phải là số" in page
    assert not FormImport.objects.exists()


def test_a_big_import_that_meets_a_newer_value_fails_and_writes_nothing(client, small, big):
    from trongtam.registry.jobs.models import Job
    from trongtam.registry.progress import services
    from trongtam.registry.progress.models import Entry

    cast = small.cast
    client.force_login(cast.unit_staff)
    args, buf = _form(client, small)
    client.post(reverse("web:progress_form_upload", args=args), {"file": buf})
    staged_id = Job.objects.get(kind="form_check").params["staged_id"]
    # Someone saves the poverty rate after the dry run: the import must not write the budget alone.
    report = services.report_get_or_create(period=small.periods[("half", 1)], unit=cast.unit)
    services.entry_save(
        report=report, target=small.budget, kind="official", value=Decimal(1), version=None, user=SYSTEM
    )
    before = list(Entry.objects.values_list("id", "value", "version"))
    client.post(
        reverse("web:progress_form_confirm", args=[small.cycle.id, staged_id]), {"confirm_overwrite": "1"}
    )
    job = Job.objects.get(kind="form_import")
    assert job.status == "failed" and "không dòng nào được nhập" in job.error_vi
    assert list(Entry.objects.values_list("id", "value", "version")) == before


def test_a_small_form_still_answers_in_the_request(client, small):
    from trongtam.registry.jobs.models import Job

    client.force_login(small.cast.unit_staff)
    args, buf = _form(client, small)
    response = client.post(reverse("web:progress_form_upload", args=args), {"file": buf})
    assert "/viec/" not in response.url and not Job.objects.exists()
