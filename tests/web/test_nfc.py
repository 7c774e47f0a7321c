"""Decomposed (NFD) Vietnamese typed into any form or sent to the API is stored composed (NFC)."""

from __future__ import annotations

import json
import unicodedata

import pytest
from django.test import RequestFactory
from django.urls import reverse

from trongtam.registry.cycles import proposals
from trongtam.web.nfc import NfcMiddleware

pytestmark = pytest.mark.django_db

TYPED = unicodedata.normalize("NFD", "Xây dựng nông thôn mới ở Hữu Lũng")


def test_a_form_stores_decomposed_text_composed(client, cast):
    assert TYPED != unicodedata.normalize("NFC", TYPED)
    proposal = proposals.proposal_start(cycle=cast.cycle, unit=cast.unit, user=cast.unit_staff)
    task = proposals.key_task_add(
        proposal=proposal, user=cast.unit_staff, text="Thu ngân sách", field_title="KT"
    )
    client.force_login(cast.unit_staff)
    client.post(
        reverse("web:proposal_task_update", args=[task.id]), {"number": "1", "text": TYPED, "version": "1"}
    )
    task.refresh_from_db()
    assert task.text == "Xây dựng nông thôn mới ở Hữu Lũng"
    assert unicodedata.is_normalized("NFC", task.text)


def test_json_bodies_and_query_strings_are_composed_before_the_view_reads_them():
    seen = {}

    def view(request):
        seen["body"] = json.loads(request.body)["text"]
        seen["q"] = request.GET["q"]
        return None

    request = RequestFactory().post(
        "/api/x?q=" + TYPED,
        data=json.dumps({"text": TYPED}, ensure_ascii=False),
        content_type="application/json",
    )
    NfcMiddleware(view)(request)
    assert seen["body"] == seen["q"] == unicodedata.normalize("NFC", TYPED)
