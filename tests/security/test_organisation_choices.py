"""The organisation selects of the office's pages offer the person's own province only (the policy's filter)."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _page(user, url):
    c = Client()
    c.force_login(user)
    response = c.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_opening_a_cycle_offers_no_organisation_of_another_province(two_provinces):
    a, b = two_provinces
    body = _page(b.users["coordinator"], reverse("web:cycle_create"))
    assert a.marker not in body
    assert b.unit.name in body  # the province's own units are still offered


def test_the_consolidation_page_offers_no_organisation_of_another_province(two_provinces):
    a, b = two_provinces
    body = _page(b.users["coordinator"], reverse("web:consolidation", args=[b.cycle.id]))
    assert a.marker not in body
    assert f'<option value="{b.unit.id}"' in body


def test_a_new_organisation_tied_to_no_province_and_a_successor_are_offered(two_provinces):
    # One an administrator has just created (no parent, no place on the map, no cycle) belongs to no other
    # province, so the office can invite it; a successor of the province's own unit is the province's.
    from trongtam.registry.organisations.models import Organisation

    a, b = two_provinces
    fresh = Organisation.objects.create(name="UBND xã Mới Lập", code="UBND")
    successor = Organisation.objects.create(name="Đơn vị kế nhiệm của B", code="KN")
    b.unit.successors.add(successor)
    a_successor = Organisation.objects.create(name="Đơn vị kế nhiệm của A", code="KN")
    a.unit.successors.add(a_successor)
    body = _page(b.users["coordinator"], reverse("web:cycle_create"))
    assert fresh.name in body
    assert successor.name in body
    assert a_successor.name not in body and a.marker not in body
