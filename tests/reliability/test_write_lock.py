"""SQLITE WRITE LOCK: a long upload does not hold the write lock, and a lock held too long is a 503 in
Vietnamese, never a 500. The database is a real file here, locked by a second, real connection."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse

from trongtam.registry.cycles import proposals
from trongtam.registry.cycles.models import KeyTask, Proposal

SAMPLE = Path(proposals.__file__).resolve().parent.parent / "sample" / "seed-huu-lung-2024.txt"

pytestmark = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's file lock")


def _other_writer_gets_the_lock(path: Path) -> bool:
    """Whether a second connection can begin a write at once (no waiting)."""
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        other.close()


def test_another_unit_can_write_while_a_letter_is_being_read(client, cast, file_db, monkeypatch):
    from trongtam.core import extraction

    real = extraction.read_document
    free: list[bool] = []

    def reading(content: bytes, **kwargs):  # type: ignore[no-untyped-def]
        free.append(_other_writer_gets_the_lock(file_db))
        return real(content, **kwargs)

    monkeypatch.setattr(extraction, "read_document", reading)
    client.force_login(cast.unit_staff)
    upload = SimpleUploadedFile("thu.txt", SAMPLE.read_bytes())
    response = client.post(
        reverse("web:proposal_upload", args=[cast.cycle.id]), {"unit": cast.unit.id, "file": upload}
    )
    assert response.status_code == 302
    assert free == [True]
    assert KeyTask.objects.filter(proposal__unit=cast.unit).count() > 10


def test_a_lock_held_past_the_wait_is_a_503_in_vietnamese_and_nothing_is_saved(client, cast, file_db):
    connection.close()
    connection.settings_dict["OPTIONS"]["timeout"] = 0.2
    client.force_login(cast.unit_staff)
    url = reverse("web:proposal_manual", args=[cast.cycle.id])
    holder = sqlite3.connect(file_db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        response = client.post(url, {"unit": cast.unit.id})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    body = response.content.decode()
    assert response.status_code == 503
    assert "Hệ thống đang bận" in body and "không có dữ liệu nào bị mất" in body
    assert response["Retry-After"]
    assert not Proposal.objects.exists()
    # Once the lock is gone, the same request goes through.
    assert client.post(url, {"unit": cast.unit.id}).status_code == 302
    assert Proposal.objects.count() == 1


def test_the_api_answers_a_held_lock_with_503_busy(client, cast, file_db):
    from trongtam.registry.tokens.services import token_create

    connection.close()
    connection.settings_dict["OPTIONS"]["timeout"] = 0.2
    _, secret = token_create(user=cast.unit_staff, name="thử")
    holder = sqlite3.connect(file_db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        response = client.post(
            f"/api/cycles/{cast.cycle.id}/proposals/upload",
            {"unit": cast.unit.id, "file": SimpleUploadedFile("thu.txt", SAMPLE.read_bytes())},
            headers={"Authorization": f"Bearer {secret}"},
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert response.status_code == 503
    assert response.json()["code"] == "busy"
    assert not Proposal.objects.exists()
