"""Malformed ids and values answer 400 with a Vietnamese message, files missing on disk 404 (logged), and a
report with a bad evidence file saves nothing — never a 500, never half a save."""

from __future__ import annotations

import logging
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from trongtam.registry.cycles import services as cycles
from trongtam.registry.progress import services
from trongtam.registry.progress.models import Entry, Evidence, Report


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


pytestmark = pytest.mark.django_db


@pytest.fixture
def setup(cast):
    field = cycles.field_get_or_create(cycle=cast.cycle, title="LĨNH VỰC KINH TẾ - XÃ HỘI", number="I")
    task = cycles.key_task_create(cycle=cast.cycle, field=field, text="Thu ngân sách", number="1")
    task.lead_units.add(cast.unit)
    budget = cycles.target_create(key_task=task, indicator="thu ngân sách", value=Decimal(100), unit="tỷ")
    periods = {(p.kind, p.number): p for p in services.period_generate_defaults(cycle=cast.cycle)}
    return cast, budget, periods[("month", 1)]


@pytest.mark.parametrize(
    ("url_name", "data", "words"),
    [
        ("web:carry_over", {"task": "abc"}, "Mã nhiệm vụ không hợp lệ"),
        ("web:remind", {"units": ["abc"]}, "Mã đơn vị không hợp lệ"),
        ("web:remind", {"units": ["1", "٣"]}, "Mã đơn vị không hợp lệ"),
    ],
)
def test_a_malformed_id_is_a_400_in_vietnamese(client, cast, url_name, data, words):
    client.force_login(cast.coordinator)
    response = client.post(reverse(url_name, args=[cast.cycle.id]), data)
    assert response.status_code == 400
    assert words in response.content.decode()


def test_a_baseline_beyond_the_column_is_a_400_and_nothing_is_saved(client, setup):
    cast, budget, _ = setup
    client.force_login(cast.coordinator)
    url = reverse("web:progress_target_settings", args=[cast.cycle.id])
    response = client.post(url, {f"agg_{budget.id}": "cumulative", f"base_{budget.id}": "1e309"})
    assert response.status_code == 400
    body = response.content.decode()
    # The message names the field and the value as typed, and says why (no exponents).
    assert "Giá trị kỳ gốc" in body and "“1e309”" in body and "lũy thừa" in body
    assert getattr(budget, "progress_setting", None) is None or budget.progress_setting.baseline is None


def _save(client, cast, budget, period, value: str, **extra):
    url = reverse("web:progress_report", args=[cast.cycle.id, period.id, cast.unit.id])
    entry = Entry.objects.filter(report__unit=cast.unit, target=budget).first()
    version = entry.version if entry else 0
    data = {
        "action": "save",
        f"value_{budget.id}": value,
        f"kind_{budget.id}": "estimate",
        f"ver_{budget.id}_estimate": str(version),
        **extra,
    }
    return client.post(url, data)


@pytest.mark.parametrize("bad", ["too_large", "bad_target"])
def test_a_report_with_a_bad_evidence_file_saves_nothing(client, setup, settings, tmp_path, bad):
    settings.MEDIA_ROOT = tmp_path
    cast, budget, period = setup
    client.force_login(cast.unit_staff)
    assert _save(client, cast, budget, period, "10").status_code == 302
    before = Entry.objects.get(report__unit=cast.unit, target=budget)
    size = 21 * 1024 * 1024 if bad == "too_large" else 10
    upload = SimpleUploadedFile("bien-ban.pdf", b"%PDF-1.4 " + b"x" * size, content_type="application/pdf")
    if bad == "too_large":
        extra = {"evidence": upload, "evidence_target": str(budget.id)}
    else:
        extra = {"evidence": upload, "evidence_target": "abc"}
    response = _save(client, cast, budget, period, "99", **extra)
    assert response.status_code == 400
    assert "báo cáo chưa được lưu" in response.content.decode()
    after = Entry.objects.get(report__unit=cast.unit, target=budget)
    assert (after.value, after.version) == (before.value, before.version) == (Decimal(10), before.version)
    assert not Evidence.objects.exists()


def test_evidence_missing_on_disk_is_a_404_in_vietnamese_and_logged(
    client, setup, settings, tmp_path, caplog
):
    settings.MEDIA_ROOT = tmp_path
    cast, budget, period = setup
    client.force_login(cast.unit_staff)
    upload = SimpleUploadedFile("bien-ban.pdf", b"%PDF-1.4 minh chung", content_type="application/pdf")
    assert _save(client, cast, budget, period, "10", evidence=upload, evidence_target="").status_code == 302
    item = Report.objects.get(unit=cast.unit).evidence.get()
    (tmp_path / item.file.name).unlink()
    with caplog.at_level(logging.ERROR, logger="trongtam.web"):
        response = client.get(reverse("web:progress_evidence", args=[cast.cycle.id, item.id]))
    assert response.status_code == 404
    assert "Không tìm thấy tệp trên máy chủ" in response.content.decode()
    assert any("missing on disk" in r.getMessage() for r in caplog.records)


def test_an_issued_document_missing_on_disk_is_a_404_in_vietnamese_and_logged(
    client, cast, settings, tmp_path, caplog
):
    from tests.registry.documents.conftest import build_small

    from trongtam.registry.documents import services as documents

    settings.MEDIA_ROOT = tmp_path
    small = build_small(cast)
    doc = documents.document_issue(cycle=small.cycle, kind="task_list", user=cast.coordinator)
    (tmp_path / doc.docx.name).unlink()
    client.force_login(cast.coordinator)
    with caplog.at_level(logging.ERROR, logger="trongtam.web"):
        response = client.get(reverse("web:document_download", args=[small.cycle.id, doc.id, "docx"]))
    assert response.status_code == 404
    assert "Không tìm thấy tệp trên máy chủ" in response.content.decode()
    assert any("missing on disk" in r.getMessage() for r in caplog.records)
