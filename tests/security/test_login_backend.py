"""The login backend reads the person's account and memberships in one query per request
(``organisations.backends.MembershipBackend``), with what Django's ``ModelBackend`` decides unchanged."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from trongtam.registry import policy

pytestmark = pytest.mark.django_db

PASSWORD = "mat-khau-thu-nghiem-123"
BACKEND = "trongtam.registry.organisations.backends.MembershipBackend"


def _reads(ctx: CaptureQueriesContext, table: str) -> list[str]:
    return [q["sql"] for q in ctx.captured_queries if f'FROM "{table}"' in q["sql"]]


def test_a_page_reads_the_account_with_its_memberships_in_one_query(cast):
    client = Client()
    response = client.post(reverse("web:login"), {"username": "vanphong", "password": PASSWORD})
    assert response.status_code == 302
    assert client.session["_auth_user_backend"] == BACKEND
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(reverse("web:home")).status_code == 200
    assert _reads(ctx, "auth_user") == [], _reads(ctx, "auth_user")  # the account came with its memberships
    # Every membership of the person read once, with the account, and not again for the roles the page asks about.
    whole = _reads(ctx, "organisations_membership")
    assert len(whole) == 1 and 'JOIN "auth_user"' in whole[0], whole
    # The rights are those of the memberships read.
    user = response.wsgi_request.user
    assert policy.principal_of(user).roles == {cast.office.id: frozenset({"coordinator"})}


def test_the_roles_read_with_the_account_are_the_policys(cast):
    from trongtam.registry.organisations.backends import MembershipBackend

    user = MembershipBackend().get_user(cast.coordinator.pk)
    with CaptureQueriesContext(connection) as ctx:
        principal = policy.principal_of(user)
    assert ctx.captured_queries == []
    assert principal == policy.principal_of(User.objects.get(pk=cast.coordinator.pk))


def test_the_roles_read_with_the_account_answer_the_membership_selectors(cast):
    from trongtam.registry.organisations import selectors
    from trongtam.registry.organisations.backends import MembershipBackend

    kept = MembershipBackend().get_user(cast.coordinator.pk)
    plain = User.objects.get(pk=cast.coordinator.pk)
    with CaptureQueriesContext(connection) as ctx:
        answers = [
            selectors.organisation_ids_for_user(user=kept),
            selectors.organisation_ids_for_user(user=kept, roles={"coordinator"}),
            selectors.organisation_ids_for_user(user=kept, roles={"leader"}),
            selectors.membership_roles(user=kept, organisation_id=cast.office.id),
            selectors.membership_roles(user=kept, organisation_id=cast.unit.id),
        ]
    assert ctx.captured_queries == []
    assert answers == [
        selectors.organisation_ids_for_user(user=plain),
        selectors.organisation_ids_for_user(user=plain, roles={"coordinator"}),
        selectors.organisation_ids_for_user(user=plain, roles={"leader"}),
        selectors.membership_roles(user=plain, organisation_id=cast.office.id),
        selectors.membership_roles(user=plain, organisation_id=cast.unit.id),
    ]
    assert answers[1] == {cast.office.id} and answers[3] == {"coordinator"}


def test_a_person_without_membership_and_an_old_session_still_get_in(cast):
    loner = get_user_model().objects.create_user(username="khach", password=PASSWORD)
    client = Client()
    assert client.post(reverse("web:login"), {"username": "khach", "password": PASSWORD}).status_code == 302
    assert client.get(reverse("web:home")).wsgi_request.user == loner
    # A session opened by Django's own backend (before this one existed) is still valid.
    old = Client()
    old.force_login(cast.coordinator, backend="django.contrib.auth.backends.ModelBackend")
    assert old.get(reverse("web:home")).wsgi_request.user == cast.coordinator


def test_an_inactive_member_is_logged_out(cast):
    client = Client()
    client.force_login(cast.coordinator, backend=BACKEND)
    User.objects.filter(pk=cast.coordinator.pk).update(is_active=False)
    assert not client.get(reverse("web:home")).wsgi_request.user.is_authenticated


def test_a_wrong_password_is_checked_once(cast, monkeypatch):
    checked: list[str] = []
    original = User.check_password
    monkeypatch.setattr(User, "check_password", lambda self, raw: checked.append(raw) or original(self, raw))
    client = Client(REMOTE_ADDR="10.0.0.21")
    response = client.post(reverse("web:login"), {"username": "vanphong", "password": "sai-mat-khau"})
    assert response.status_code in (200, 429)
    assert "_auth_user_id" not in client.session
    assert checked == ["sai-mat-khau"]
