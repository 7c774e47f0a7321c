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


def test_a_multipart_form_is_parsed_once_and_kept_as_parsed_when_already_composed():
    # A report form is a hundred fields, nearly always NFC already: Django's own parse is kept (copying
    # it field by field was part of every save's cost); a form with one decomposed field is composed.
    seen = {}

    def view(request):
        seen["post"], seen["files"] = request.POST, request.FILES
        return None

    composed = unicodedata.normalize("NFC", TYPED)
    request = RequestFactory().post("/x/", {"a": composed, "b": ["1", "2"], "action": "save"})
    parsed: list[object] = []
    original = request.parse_file_upload

    def parse(*args):
        post, files = original(*args)
        parsed.append(post)
        return post, files

    request.parse_file_upload = parse  # type: ignore[method-assign]
    NfcMiddleware(view)(request)
    assert len(parsed) == 1  # parsed once, by the middleware, for the view as well
    assert seen["post"] is parsed[0]  # Django's parse itself, not a copy
    assert seen["post"]["a"] == composed and seen["post"].getlist("b") == ["1", "2"]
    assert not seen["post"]._mutable
    assert request.body  # the raw body can still be read after the form

    request = RequestFactory().post("/x/", {"a": TYPED, "b": composed})
    NfcMiddleware(view)(request)
    assert seen["post"]["a"] == seen["post"]["b"] == composed
    assert not seen["post"]._mutable
