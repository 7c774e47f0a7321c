"""Every model people edit keeps its history; the few that do not are named, with the reason, in
docs/architecture.md."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.apps import apps

ARCHITECTURE = Path(__file__).resolve().parents[2] / "docs" / "architecture.md"
# Each row is already the record of one event, or is derived (docs/architecture.md, Conventions).
WITHOUT_HISTORY = {
    "ApprovedVersion",
    "Reminder",
    "ReminderLog",
    "Notification",
    "FormImport",
    "CycleStamp",
    "ReadLog",
    "SecretMark",
    "AdministrativeUnit",
    "Job",
}


def _our_models():
    return [
        m
        for m in apps.get_models()
        if m.__module__.startswith("trongtam.") and not m.__name__.startswith("Historical")
    ]


def test_every_model_keeps_its_history_or_is_named_in_the_architecture():
    without = {m.__name__ for m in _our_models() if not hasattr(m, "history")}
    assert without == WITHOUT_HISTORY
    text = " ".join(ARCHITECTURE.read_text(encoding="utf-8").split())
    for name in WITHOUT_HISTORY:
        assert f"`{name}`" in text, f"docs/architecture.md does not say why {name} keeps no history"


@pytest.mark.django_db
def test_a_tokens_history_says_who_created_and_revoked_it(cast):
    from trongtam.registry.tokens.services import token_create, token_revoke

    token, _key = token_create(user=cast.coordinator, name="Báo cáo tự động")
    token_revoke(user=cast.coordinator, token_id=token.id)
    rows = list(token.history.order_by("history_date"))
    assert [(h.history_type, h.history_user) for h in rows] == [
        ("+", cast.coordinator),
        ("~", cast.coordinator),
    ]
    assert rows[0].revoked_at is None and rows[1].revoked_at is not None
    assert not hasattr(rows[0], "last_used_at")


@pytest.mark.django_db
def test_an_evidence_file_keeps_its_history_after_it_is_deleted(cast):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from trongtam.registry.progress import services as progress
    from trongtam.registry.progress.models import Evidence

    jan = next(p for p in progress.period_generate_defaults(cycle=cast.cycle) if p.kind == "month")
    report = progress.report_get_or_create(period=jan, unit=cast.unit)
    evidence = progress.evidence_add(
        report=report, file=SimpleUploadedFile("bien-ban.txt", b"Bien ban"), user=cast.unit_staff
    )
    evidence_id = evidence.id
    evidence.delete()
    kinds = [h.history_type for h in Evidence.history.filter(id=evidence_id).order_by("history_date")]
    assert kinds == ["+", "-"]
