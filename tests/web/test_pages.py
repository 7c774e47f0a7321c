"""Pages of the web interface, rendered through Django's test client."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from trongtam.registry.cycles import services


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


def test_the_front_page_sends_visitors_to_a_vietnamese_sign_in(client):
    response = client.get("/", follow=True)
    assert response.status_code == 200
    assert "Đăng nhập" in response.content.decode()


def test_signing_in_with_a_wrong_password_says_so_in_vietnamese(client, cast):
    response = client.post(reverse("web:login"), {"username": "hdnd", "password": "sai"})
    assert "Tên đăng nhập hoặc mật khẩu không đúng" in response.content.decode()


def test_a_signed_in_unit_sees_its_cycles(client, cast):
    client.force_login(cast.unit_staff)
    response = client.get(reverse("web:cycle_list"))
    body = response.content.decode()
    assert cast.cycle.title in body
    assert "Số 1292-CV/HU, ngày 27/11/2023" in body


def test_the_cycle_page_shows_targets_the_vietnamese_way(client, cast):
    task = services.key_task_create(
        cycle=cast.cycle, text="Tổng thu ngân sách trên địa bàn 195.000 triệu đồng.", number="1"
    )
    services.target_create(
        key_task=task, indicator="tổng thu ngân sách", value=Decimal("195000"), unit="triệu đồng"
    )
    services.target_create(key_task=task, indicator="tỷ lệ tăng", value=Decimal("16.6"), unit="%")
    services.target_create(
        key_task=task,
        indicator="tăng trưởng",
        value=Decimal("8"),
        value_max=Decimal("8.5"),
        op="range",
        unit="%",
    )
    client.force_login(cast.leader)
    body = client.get(reverse("web:cycle_detail", args=[cast.cycle.id])).content.decode()
    assert "195.000" in body and "16,6" in body and "8 – 8,5" in body
    assert "≥" in body


def test_a_user_of_another_organisation_gets_404_for_the_cycle(client, cast):
    client.force_login(cast.outsider)
    response = client.get(reverse("web:cycle_detail", args=[cast.cycle.id]))
    assert response.status_code == 404


def test_signing_in_through_the_form_reaches_the_cycles(client, cast):
    from tests.conftest import PASSWORD

    response = client.post(reverse("web:login"), {"username": "hdnd", "password": PASSWORD}, follow=True)
    assert cast.cycle.title in response.content.decode()


def test_pages_need_sign_in(client, cast):
    response = client.get(reverse("web:cycle_detail", args=[cast.cycle.id]))
    assert response.status_code == 302 and reverse("web:login") in response["Location"]


@pytest.mark.django_db
def test_the_admin_is_in_vietnamese(admin_client):
    body = admin_client.get("/quan-tri/").content.decode()
    assert "Cơ quan, tổ chức" in body and "Đăng ký nhiệm vụ trọng tâm" in body
