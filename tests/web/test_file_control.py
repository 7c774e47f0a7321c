"""Every file field a page offers is the Vietnamese control: the browser's own input (hidden from sight, still
focusable) labelled "Chọn tệp…", with the chosen file's name beside it, where the browser would say "Choose File /
No file chosen"; the field keeps its own label for screen readers and Playwright."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


pytestmark = pytest.mark.django_db

CONTROL = re.compile(
    r'<span class="file-control"><input type="file"[^>]*class="file-input"[^>]*>'
    r'<label for="(?P<for>[^"]+)" class="file-button" aria-hidden="true">Chọn tệp…</label>'
    r'<span class="file-name" id="(?P<name>[^"]+)"[^>]*>Chưa chọn tệp</span></span>'
)


def _file_inputs(body: str) -> list[str]:
    return re.findall(r'<input type="file"[^>]*>', body)


def test_opening_a_cycle_offers_the_vietnamese_file_control(client, cast):
    client.force_login(cast.coordinator)
    body = client.get(reverse("web:cycle_create")).content.decode()
    controls = list(CONTROL.finditer(body))
    assert len(controls) == len(_file_inputs(body)) == 1
    field = controls[0]
    assert field["for"] == "id_request_file" and field["name"] == "id_request_file-ten"
    assert '<label for="id_request_file">Tệp công văn</label>' in body
    assert 'aria-describedby="id_request_file-ten"' in body


def test_a_unit_uploading_its_proposal_gets_the_same_control(client, cast):
    client.force_login(cast.unit_staff)
    body = client.get(reverse("web:proposal_home", args=[cast.cycle.id])).content.decode()
    controls = list(CONTROL.finditer(body))
    assert controls and len(controls) == len(_file_inputs(body))
    assert f'id="file-{cast.unit.id}"' in body and "required" in _file_inputs(body)[0]
