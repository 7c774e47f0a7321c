"""A number already stored that the column cannot hold (put there by raw SQL, an old release or a restore)
is shown flagged on every read path — pages, spreadsheets, the API — and never turns into a 500."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from django.db import connection
from django.urls import reverse
from openpyxl import load_workbook

from trongtam.registry.progress import services
from trongtam.registry.progress.models import Entry

pytestmark = pytest.mark.django_db

# Eighteen significant digits: PostgreSQL's numeric(24, 6) stores it, SQLite keeps it as an integer, and
# neither Excel nor SQLite's decimal reading (15 significant digits) can hold it: once a 500 on every page.
HUGE = "999999999999999999"


@pytest.fixture
def poisoned(small, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cast = small.cast
    q1 = small.periods[("quarter", 1)]
    report = services.report_get_or_create(period=q1, unit=cast.unit)
    entry = services.entry_save(
        report=report,
        target=small.budget,
        kind="estimate",
        value=Decimal("1"),
        version=None,
        user=cast.unit_staff,
    )
    with connection.cursor() as cur:
        cur.execute(f"UPDATE {Entry._meta.db_table} SET value = {HUGE} WHERE id = %s", [entry.id])
    return small, q1, report, entry


def test_every_page_that_reads_the_value_answers_and_flags_it(client, poisoned):
    small, q1, _, _ = poisoned
    cast = small.cast
    cycle = small.cycle
    pages = [
        reverse("web:progress_dashboard", args=[cycle.id]) + f"?ky={q1.id}",
        reverse("web:progress_dashboard", args=[cycle.id]),
        reverse("web:progress_overview", args=[cycle.id]),
        reverse("web:progress_assessment", args=[cycle.id]) + f"?ky={q1.id}",
        reverse("web:progress_report", args=[cycle.id, q1.id, cast.unit.id]),
    ]
    for user in (cast.coordinator, cast.unit_staff, cast.leader):
        client.force_login(user)
        for url in pages:
            response = client.get(url)
            assert response.status_code in (200, 302, 404), (user, url, response.status_code)
    client.force_login(cast.unit_staff)
    page = client.get(reverse("web:progress_report", args=[cycle.id, q1.id, cast.unit.id]))
    assert page.status_code == 200
    assert "giá trị không hợp lệ" in page.content.decode()


def _cells(content: bytes) -> list[object]:
    return [c.value for row in load_workbook(io.BytesIO(content)).active.iter_rows() for c in row]


def test_the_progress_spreadsheet_and_the_unit_form_flag_the_value(client, poisoned):
    small, q1, _, _ = poisoned
    cast = small.cast
    client.force_login(cast.unit_staff)
    for url in (
        reverse("web:document_xlsx", args=[small.cycle.id, "tien-do"]) + f"?ky={q1.id}&don_vi={cast.unit.id}",
        reverse("web:progress_form_download", args=[small.cycle.id, q1.id, cast.unit.id]),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "giá trị không hợp lệ" in _cells(response.content), url
    client.force_login(cast.coordinator)
    for table in ("tien-do", "danh-gia"):
        url = reverse("web:document_xlsx", args=[small.cycle.id, table]) + f"?ky={q1.id}"
        assert client.get(url).status_code == 200, url


def test_the_api_lists_flag_the_value(client, poisoned):
    from trongtam.registry.tokens.services import token_create

    small, _, report, entry = poisoned
    token = token_create(user=small.cast.coordinator, name="khóa")[1]
    headers = {"Authorization": f"Bearer {token}"}
    for path in ("/api/entries", f"/api/entries/{entry.id}", "/api/reports", f"/api/reports/{report.id}"):
        response = client.get(path, headers=headers)
        assert response.status_code == 200, (path, response.content[:300])
    body = client.get("/api/entries", headers=headers).json()
    [item] = [i for i in body["items"] if i["id"] == entry.id]
    assert item["value"] is None
    assert item["value_problem"].startswith("giá trị không hợp lệ")
    report_item = client.get(f"/api/reports/{report.id}", headers=headers).json()
    [flagged] = [e for e in report_item["entries"] if e["id"] == entry.id]
    assert flagged["value"] is None and flagged["value_problem"]
