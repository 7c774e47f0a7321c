"""Document pages through the test client: the Văn bản page, issuing, downloads by right, the form round trip."""

from __future__ import annotations

import io

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from openpyxl import load_workbook
from tests.registry.documents.conftest import build_small

from trongtam.registry.organisations.services import membership_add


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


pytestmark = pytest.mark.django_db


@pytest.fixture
def small(cast):
    return build_small(cast)


@pytest.fixture
def other_staff(cast):
    user = get_user_model().objects.create_user(username="ubnd", password="x")
    membership_add(user=user, organisation=cast.other_unit, role="unit_staff")
    return user


def page(small):
    return reverse("web:documents", args=[small.cycle.id])


def issue(client, small, **data):
    return client.post(reverse("web:document_create", args=[small.cycle.id]), data)


def test_the_page_opens_for_the_office_the_unit_and_the_leader_and_is_404_for_an_outsider(client, small):
    cast = small.cast
    for user, expected in (
        (cast.coordinator, 200),
        (cast.unit_staff, 200),
        (cast.leader, 200),
        (cast.outsider, 404),
    ):
        client.force_login(user)
        assert client.get(page(small)).status_code == expected, user
    client.force_login(cast.coordinator)
    html = client.get(page(small)).content.decode()
    assert "Danh mục nhiệm vụ trọng tâm" in html and "Công văn đôn đốc" in html
    client.force_login(cast.unit_staff)
    html = client.get(page(small)).content.decode()
    assert "Công văn đăng ký — Thường trực HĐND huyện Hữu Lũng" in html and "Tạo danh mục" not in html


def test_a_unit_issues_its_letter_and_downloads_are_checked_like_the_list(client, small, other_staff):
    from trongtam.registry.documents.models import IssuedDocument

    cast = small.cast
    client.force_login(cast.unit_staff)
    response = issue(client, small, kind="registration", unit=cast.unit.id, issued_on="2023-12-01")
    assert response.status_code == 302
    doc = IssuedDocument.objects.get()
    assert doc.number_line == "Số: 01/HĐND-VP" and doc.issued_on.isoformat() == "2023-12-01"
    assert doc.number_line in client.get(page(small)).content.decode()
    url = reverse("web:document_download", args=[small.cycle.id, doc.id, "docx"])
    got = client.get(url)
    assert got.status_code == 200 and got["Content-Disposition"].startswith("attachment;")
    assert got.content[:2] == b"PK"
    # Office and leader read everything of their body; another unit and an outsider get 404.
    for user, expected in (
        (cast.coordinator, 200),
        (cast.leader, 200),
        (other_staff, 404),
        (cast.outsider, 404),
    ):
        client.force_login(user)
        assert client.get(url).status_code == expected, user
    client.force_login(other_staff)
    assert doc.number_line not in client.get(page(small)).content.decode()


def test_issuing_what_one_may_not_is_forbidden(client, small, other_staff):
    cast = small.cast
    client.force_login(cast.unit_staff)
    assert issue(client, small, kind="task_list").status_code == 403
    client.force_login(cast.leader)
    assert issue(client, small, kind="assessment").status_code == 403
    client.force_login(other_staff)
    assert issue(client, small, kind="registration", unit=cast.unit.id).status_code == 403
    client.force_login(cast.outsider)
    assert issue(client, small, kind="task_list").status_code == 404


def test_the_office_issues_the_list_and_a_missing_libreoffice_is_explained(client, small, monkeypatch):
    from trongtam.registry.documents.models import IssuedDocument

    client.force_login(small.cast.coordinator)
    assert issue(client, small, kind="task_list").status_code == 302
    doc = IssuedDocument.objects.get()
    monkeypatch.setenv("TRONGTAM_SOFFICE", "/khong/co/soffice")
    response = client.get(reverse("web:document_download", args=[small.cycle.id, doc.id, "pdf"]), follow=True)
    assert "Chưa cài LibreOffice" in response.content.decode()


def test_spreadsheets_are_served_by_right(client, small, other_staff):
    cast = small.cast
    period = small.periods[("half", 1)]
    xlsx = reverse("web:document_xlsx", args=[small.cycle.id, "tien-do"])
    client.force_login(cast.coordinator)
    assert client.get(reverse("web:document_xlsx", args=[small.cycle.id, "danh-muc"])).status_code == 200
    assert client.get(f"{xlsx}?ky={period.id}").status_code == 200
    client.force_login(cast.unit_staff)
    assert client.get(f"{xlsx}?ky={period.id}&don_vi={cast.unit.id}").status_code == 200
    assert client.get(f"{xlsx}?ky={period.id}").status_code == 403
    client.force_login(other_staff)
    assert client.get(f"{xlsx}?ky={period.id}&don_vi={cast.unit.id}").status_code == 404


def _filled(content: bytes) -> io.BytesIO:
    wb = load_workbook(io.BytesIO(content))
    ws = wb.worksheets[0]
    ws.cell(row=6, column=7, value="120.000")
    ws.cell(row=6, column=8, value="chính thức")
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    buf.name = "bieu-mau.xlsx"
    return buf


def test_the_form_round_trip_dry_runs_then_saves_on_confirmation(client, small, other_staff):
    from trongtam.registry.progress.models import Entry

    cast = small.cast
    period = small.periods[("half", 1)]
    args = [small.cycle.id, period.id, cast.unit.id]
    client.force_login(cast.unit_staff)
    assert client.get(reverse("web:progress_form", args=args)).status_code == 200
    form = client.get(reverse("web:progress_form_download", args=args))
    assert form.status_code == 200
    response = client.post(reverse("web:progress_form_upload", args=args), {"file": _filled(form.content)})
    assert response.status_code == 302
    preview = client.get(response["Location"])
    html = preview.content.decode()
    assert "120.000" in html and "Xác nhận nhập 1 dòng" in html
    assert not Entry.objects.exists()
    # Another unit's staff cannot see or confirm this upload.
    confirm = response["Location"] + "xac-nhan/"
    client.force_login(other_staff)
    assert client.get(response["Location"]).status_code == 404
    assert client.post(confirm).status_code == 404
    assert client.get(reverse("web:progress_form", args=args)).status_code == 404
    client.force_login(cast.unit_staff)
    done = client.post(confirm, follow=True)
    assert "Đã nhập 1 dòng" in done.content.decode()
    assert Entry.objects.get().value == 120000


def test_an_upload_with_a_bad_row_shows_its_errors_and_saves_nothing(client, small):
    from trongtam.registry.documents.models import FormImport
    from trongtam.registry.progress.models import Entry

    cast = small.cast
    period = small.periods[("half", 1)]
    args = [small.cycle.id, period.id, cast.unit.id]
    client.force_login(cast.unit_staff)
    wb = load_workbook(io.BytesIO(client.get(reverse("web:progress_form_download", args=args)).content))
    wb.worksheets[0].cell(row=7, column=7, value="nhiều")
    wb.worksheets[0].cell(row=7, column=8, value="ước")
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    buf.name = "sai.xlsx"
    response = client.post(reverse("web:progress_form_upload", args=args), {"file": buf})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Dòng 7" in html and "không phải là số" in html and "không dòng nào được nhập" in html
    assert not Entry.objects.exists() and not FormImport.objects.exists()


def _tag(body: str, kind: str, id_: str) -> str:
    import re

    match = re.search(rf'<{kind}[^>]*id="{re.escape(id_)}"[^>]*>', body)
    assert match, id_
    return match.group(0)


def test_a_refused_issue_keeps_the_signing_block_typed_and_marks_the_date(client, small):
    from trongtam.registry.documents.models import IssuedDocument

    client.force_login(small.cast.coordinator)
    response = issue(
        client,
        small,
        kind="task_list",
        form="tl",
        issued_on="30/02/2024",
        authority="TM. BAN THƯỜNG VỤ\nPHÓ BÍ THƯ",
        signer_title="Phó Bí thư Thường trực",
        signer_name="Nguyễn Văn An",
    )
    assert response.status_code == 400
    body = response.content.decode()
    date = _tag(body, "input", "d-tl")
    assert 'value="30/02/2024"' in date
    assert 'aria-invalid="true"' in date and 'aria-describedby="d-tl-loi"' in date
    assert '<p class="field-error" id="d-tl-loi">Ngày ban hành: “30/02/2024” không phải là ngày' in body
    assert 'value="Phó Bí thư Thường trực"' in _tag(body, "input", "t-tl")
    assert 'value="Nguyễn Văn An"' in _tag(body, "input", "n-tl")
    assert ">TM. BAN THƯỜNG VỤ\nPHÓ BÍ THƯ</textarea>" in body
    assert "aria-invalid" not in _tag(body, "input", "n-tl")
    assert 'class="error-summary" role="alert"' in body and '<a href="#d-tl">' in body
    # The other cards are as they were: empty and closed.
    assert 'value="Nguyễn Văn An"' not in _tag(body, "input", "n-rm")
    assert not IssuedDocument.objects.exists()
    # Someone who may not issue that kind is refused as before, whatever was typed.
    client.force_login(small.cast.unit_staff)
    assert issue(client, small, kind="task_list", form="tl", issued_on="30/02/2024").status_code == 403


def test_a_form_upload_without_a_file_says_so_beside_the_file_field(client, small):
    cast = small.cast
    period = small.periods[("half", 1)]
    client.force_login(cast.unit_staff)
    response = client.post(
        reverse("web:progress_form_upload", args=[small.cycle.id, period.id, cast.unit.id])
    )
    assert response.status_code == 400
    body = response.content.decode()
    field = _tag(body, "input", "file")
    assert 'aria-invalid="true"' in field and "file-loi" in field
    assert '<p class="field-error" id="file-loi">Chưa chọn tệp biểu mẫu (.xlsx)' in body
    assert 'class="error-summary" role="alert"' in body and '<a href="#file">' in body
