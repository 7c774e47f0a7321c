"""The cascade through the API: the same policy and number contract as the pages; bad rows write nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from tests.security.test_authorization_matrix import fingerprint
from trongtam.registry.cascade.models import HandDown, Share, ShareStatus
from trongtam.registry.cycles.models import KeyTask, Target
from trongtam.registry.organisations.services import organisation_create
from trongtam.registry.tokens.services import token_create

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def sample(cascade_sample):
    """The hand-down sample, loaded once for the module (tests/conftest.py), each test's writes rolled back."""
    return cascade_sample


def _as(username: str) -> Client:
    user = get_user_model().objects.get(username=username)
    return Client(HTTP_AUTHORIZATION=f"Bearer {token_create(user=user, name='kiểm thử')[1]}")


@pytest.fixture
def new_target(sample):
    task = KeyTask.objects.create(cycle=sample.cycle, number="4", order=4, text="Giao thông nông thôn.")
    return Target.objects.create(
        key_task=task, indicator="km đường", op=">=", value=Decimal("500"), unit="km"
    )


def _put(client: Client, target: Target, body: dict) -> object:
    return client.put(f"/api/targets/{target.id}/hand-down", body, content_type="application/json")


def test_the_office_hands_down_through_the_api_with_decimal_strings(sample, new_target):
    ids = [c.id for c in sample.communes]
    body = {
        "method": "sum",
        "shares": [{"commune": ids[0], "value": "45.5"}, {"commune": ids[1], "value": "1200"}],
    }
    response = _put(_as("tinh-vanphong"), new_target, body)
    assert response.status_code == 200, response.content
    data = response.json()
    assert [s["value"] for s in data["shares"]] == ["45.5", "1200"]
    assert Share.objects.get(hand_down__target=new_target, commune_id=ids[0]).commune_target.value == Decimal(
        "45.5"
    )
    listed = _as("tinh-vanphong").get(f"/api/hand-downs?cycle={sample.cycle.id}").json()
    assert new_target.id in {h["target"] for h in listed["items"]}


@pytest.mark.parametrize(
    ("row", "status", "words"),
    [
        ({"value": "12,5"}, 422, "validation_error"),  # not the API's decimal form: refused by the contract
        ({"value": "abc"}, 422, "validation_error"),
        ({"value": "10", "base": "0"}, 400, "quyền số phải lớn hơn 0"),
        ({"value": "10", "commune": "outside"}, 400, "không phải là xã, phường thuộc tỉnh"),
    ],
)
def test_a_bad_row_answers_in_vietnamese_and_writes_nothing(sample, new_target, row, status, words):
    ids = [c.id for c in sample.communes]
    if row.get("commune") == "outside":
        other = organisation_create(name="Xã Ngoài Tỉnh", code="X", kind="party_committee", level="commune")
        row = {**row, "commune": other.id}
    good = {"commune": ids[0], "value": "60"}
    body = {
        "method": "weighted",
        "base_label": "số hộ",
        "shares": [good | {"base": "100"}, {"commune": ids[1], **row}],
    }
    client = _as("tinh-vanphong")
    # The caller's own API key (its last use) is the test's; every other row must stay as it was.
    keys_of = frozenset(
        get_user_model().objects.filter(username="tinh-vanphong").values_list("pk", flat=True)
    )
    before = fingerprint(keys_of=keys_of)
    response = _put(client, new_target, body)
    assert response.status_code == status, response.content
    error = response.json()
    assert words in error["message"] or words == error["code"]
    assert error["message"] and error["message"] != error["message_en"]  # a Vietnamese message
    assert fingerprint(keys_of=keys_of) == before
    assert not HandDown.objects.filter(target=new_target).exists()


def test_a_commune_proposes_and_the_office_answers_through_the_api(sample):
    share = Share.objects.filter(
        hand_down__target__key_task__cycle=sample.cycle, commune=sample.communes[1], kind="value"
    ).first()
    commune = _as("xa-tuanson")
    # The commune sees its own share, not another commune's.
    other = Share.objects.filter(hand_down=share.hand_down).exclude(commune=share.commune).first()
    assert commune.get(f"/api/shares/{other.id}").status_code == 404
    assert _as("tinh-ubkt").post(
        f"/api/shares/{share.id}/propose", {"value": "1", "reason": "x"}, content_type="application/json"
    ).status_code in (403, 404)  # the overseer never acts
    response = commune.post(
        f"/api/shares/{share.id}/propose",
        {"value": "30.5", "reason": "Địa bàn khó khăn"},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    assert response.json()["proposed_value"] == "30.5" and response.json()["status"] == "proposed"
    assert commune.post(f"/api/shares/{share.id}/accept").status_code == 403
    accepted = _as("tinh-vanphong").post(f"/api/shares/{share.id}/accept")
    assert accepted.status_code == 200, accepted.content
    share.refresh_from_db()
    assert share.status == ShareStatus.ACCEPTED and share.commune_target.value == Decimal("30.5")


def test_the_rollup_is_read_by_the_province_and_its_overseer_only(sample):
    url = f"/api/cycles/{sample.cycle.id}/rollup"
    office = _as("tinh-vanphong").get(url)
    assert office.status_code == 200, office.content
    lines = office.json()["lines"]
    assert lines and all(isinstance(ln["expected"], int) for ln in lines)
    assert any(ln["communes_value"] is not None for ln in lines)
    assert _as("tinh-ubkt").get(url).json() == office.json()
    assert _as("xa-huulung").get(url).status_code == 404
