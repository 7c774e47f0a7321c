"""The “Khóa truy cập API” page: create (the key shown once), list, revoke; a revoked key answers 401."""

from __future__ import annotations

import re

from django.urls import reverse


def test_sign_in_required(client, db):
    response = client.get(reverse("web:token_list"))
    assert response.status_code == 302 and "dang-nhap" in response["Location"]


def test_create_show_once_use_and_revoke(client, cast):
    from trongtam.registry.tokens.models import ApiToken

    client.force_login(cast.unit_staff)
    page = client.get(reverse("web:token_list"))
    assert page.status_code == 200
    assert "Khóa truy cập API" in page.content.decode() and "Bạn chưa có khóa nào" in page.content.decode()

    response = client.post(reverse("web:token_create"), {"name": "Tập lệnh tổng hợp"}, follow=True)
    html = response.content.decode()
    key = re.search(r'value="(tt_[^"]+)"', html).group(1)
    assert "chỉ hiện một lần" in html
    token = ApiToken.objects.get(user=cast.unit_staff)
    assert token.name == "Tập lệnh tổng hợp" and key not in (token.key_hash, token.prefix)
    # Shown once: the next visit lists the token but no longer shows the key.
    again = client.get(reverse("web:token_list")).content.decode()
    assert key not in again and token.prefix in again and "Đang dùng" in again

    api = client.__class__()
    assert api.get("/api/cycles", headers={"Authorization": f"Bearer {key}"}).status_code == 200

    response = client.post(reverse("web:token_revoke", args=[token.id]), follow=True)
    assert "Đã thu hồi" in response.content.decode()
    token.refresh_from_db()
    assert token.revoked_at is not None
    revoked = api.get("/api/cycles", headers={"Authorization": f"Bearer {key}"})
    assert revoked.status_code == 401 and revoked.json()["code"] == "unauthorized"


def test_a_name_is_required_and_others_tokens_are_out_of_reach(client, cast):
    from trongtam.registry.tokens.models import ApiToken
    from trongtam.registry.tokens.services import token_create

    client.force_login(cast.unit_staff)
    response = client.post(reverse("web:token_create"), {"name": "   "}, follow=True)
    assert "Hãy đặt tên cho khóa" in response.content.decode()
    assert not ApiToken.objects.filter(user=cast.unit_staff).exists()

    theirs, _ = token_create(user=cast.leader, name="của lãnh đạo")
    assert client.post(reverse("web:token_revoke", args=[theirs.id])).status_code == 404
    assert "của lãnh đạo" not in client.get(reverse("web:token_list")).content.decode()
    theirs.refresh_from_db()
    assert theirs.revoked_at is None
    assert client.get(reverse("web:token_revoke", args=[theirs.id])).status_code == 405


def _name_input(body: str) -> str:
    match = re.search(r'<input[^>]*name="name"[^>]*>', body)
    assert match
    return match.group(0)


def test_a_refused_name_stays_in_its_field_with_the_reason_beside_it(client, cast):
    from trongtam.registry.tokens.models import ApiToken
    from trongtam.registry.tokens.services import MAX_ACTIVE_TOKENS, token_create

    client.force_login(cast.unit_staff)
    response = client.post(reverse("web:token_create"), {"name": "   "})
    assert response.status_code == 400
    body = response.content.decode()
    field = _name_input(body)
    assert 'aria-invalid="true"' in field and 'aria-describedby="ten-khoa-loi"' in field
    assert '<span class="field-error" id="ten-khoa-loi">Hãy đặt tên cho khóa' in body
    assert 'class="error-summary" role="alert"' in body and '<a href="#ten-khoa">' in body
    assert not ApiToken.objects.filter(user=cast.unit_staff).exists()
    # A good name refused because the person has too many keys is kept as typed, the reason beside it.
    for n in range(MAX_ACTIVE_TOKENS):
        token_create(user=cast.unit_staff, name=f"khóa {n}")
    response = client.post(reverse("web:token_create"), {"name": "Tập lệnh tổng hợp số liệu"})
    assert response.status_code == 400
    body = response.content.decode()
    assert 'value="Tập lệnh tổng hợp số liệu"' in _name_input(body)
    assert '<span class="field-error" id="ten-khoa-loi">Mỗi người dùng có tối đa' in body
    assert ApiToken.objects.filter(user=cast.unit_staff).count() == MAX_ACTIVE_TOKENS
