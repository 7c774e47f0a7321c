"""Errors are JSON with a stable code and Vietnamese and English messages; tokens authenticate until revoked."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile

KEYS = {"code", "message", "message_en", "details"}


def _shape(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert set(body) == KEYS
    assert body["code"] == code
    assert body["message"] and body["message_en"] and body["message"] != body["message_en"]
    return body


def test_error_shapes_for_every_status(api_as, world, cast, settings):
    staff, leader = api_as("unit_staff"), api_as("leader")
    _shape(api_as(None).get("/cycles"), 401, "unauthorized")
    _shape(leader.post(f"/proposals/{world.proposal.id}/submit"), 403, "forbidden")
    _shape(staff.get("/cycles/987654"), 404, "not_found")
    _shape(staff.get("/khong-co-duong-dan-nay"), 404, "not_found")
    body = _shape(staff.get("/cycles", page=0, page_size=1000), 422, "validation_error")
    assert {tuple(d["loc"][-1:]) for d in body["details"]} == {("page",), ("page_size",)}
    _shape(staff.get("/cycles", status="khong-ro"), 422, "validation_error")
    path = f"/periods/{world.periods[('quarter', 1)].id}/reports/{cast.unit.id}"
    _shape(
        staff.post(path, json={"entries": [{"target": world.budget.id, "value": "1", "version": 7}]}),
        409,
        "version_conflict",
    )
    _shape(
        staff.client.post(f"/api{path}", "{not json", content_type="application/json", headers=staff.headers),
        400,
        "malformed_body",
    )
    upload = f"/cycles/{world.cycle.id}/proposals/upload"
    _shape(staff.post(upload, data={"file": SimpleUploadedFile("a.exe", b"MZ")}), 422, "unsupported")
    _shape(staff.post(upload, data={"file": SimpleUploadedFile("a.txt", b"")}), 422, "empty")
    settings.TRONGTAM_MAX_UPLOAD_BYTES = 10
    body = _shape(
        staff.post("/extract", data={"file": SimpleUploadedFile("a.txt", b"x" * 11)}), 413, "too_large"
    )
    assert "quá lớn" in body["message"]
    _shape(staff.post(upload, data={"file": SimpleUploadedFile("a.txt", b"x" * 11)}), 413, "too_large")


def test_a_docx_that_is_not_one_is_unreadable(api_as):
    body = _shape(
        api_as("unit_staff").post(
            "/extract", data={"file": SimpleUploadedFile("hong.docx", b"PK\x03\x04rac")}
        ),
        422,
        "unreadable",
    )
    assert "hong.docx" in body["message"]


def test_only_a_hash_is_stored_and_revoked_tokens_answer_401(api_as, world, cast):
    from trongtam.registry.tokens.models import ApiToken
    from trongtam.registry.tokens.services import token_hash, token_revoke

    raw = world.tokens["unit_staff"]
    token = ApiToken.objects.get(user=cast.unit_staff)
    assert token.key_hash == token_hash(raw) and raw not in (token.key_hash, token.prefix, token.name)
    assert raw.startswith(token.prefix)
    assert token.last_used_at is None
    assert api_as("unit_staff").get("/cycles").status_code == 200
    token.refresh_from_db()
    assert token.last_used_at is not None
    token_revoke(user=cast.unit_staff, token_id=token.id)
    _shape(api_as("unit_staff").get("/cycles"), 401, "unauthorized")


def test_bad_tokens_answer_401(client, world, cast):
    for header in (
        "Bearer ",
        "Bearer tt_khong-dung",
        "Token " + world.tokens["leader"],
        "Bearer " + "x" * 500,
    ):
        response = client.get("/api/cycles", headers={"Authorization": header})
        _shape(response, 401, "unauthorized")
    cast.leader.is_active = False
    cast.leader.save()
    _shape(
        client.get("/api/cycles", headers={"Authorization": f"Bearer {world.tokens['leader']}"}),
        401,
        "unauthorized",
    )


def test_another_users_token_cannot_be_revoked(cast, world):
    import pytest
    from django.http import Http404

    from trongtam.registry.tokens.models import ApiToken
    from trongtam.registry.tokens.services import token_revoke

    mine = ApiToken.objects.get(user=cast.leader)
    with pytest.raises(Http404):
        token_revoke(user=cast.unit_staff, token_id=mine.id)
    mine.refresh_from_db()
    assert mine.revoked_at is None
