"""Lists are searched and filtered by unit, field, status and period, never beyond what the person sees."""

from __future__ import annotations

import pytest
from django.urls import reverse
from tests.conftest import submit_january

from trongtam.registry.cycles import services as cycles


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


pytestmark = pytest.mark.django_db


def _get(client, name, *args, **query):
    return client.get(reverse(name, args=args), query).content.decode()


def test_the_cycle_list_narrows_by_year_status_words_and_unit(client, cast):
    cycles.cycle_create(
        owner=cast.board, office=cast.office, year=2025, status="draft", extra_reason="Bổ sung"
    )
    client.force_login(cast.coordinator)
    assert _get(client, "web:cycle_list").count("Nhiệm vụ trọng tâm năm 202") == 2
    body = _get(client, "web:cycle_list", nam="2025")
    assert "năm 2025" in body and "năm 2024" not in body and "1 kết quả theo bộ lọc" in body
    body = _get(client, "web:cycle_list", trang_thai="open")
    assert "năm 2024" in body and "năm 2025" not in body
    body = _get(client, "web:cycle_list", q="2025")
    assert "năm 2025" in body and "năm 2024" not in body
    body = _get(client, "web:cycle_list", don_vi=str(cast.unit.id))  # invited only to the 2024 cycle
    assert "năm 2024" in body and "năm 2025" not in body


def test_the_unit_filter_offers_only_organisations_of_the_visible_cycles(client, cast):
    client.force_login(cast.coordinator)
    body = _get(client, "web:cycle_list")
    assert "Thường trực HĐND huyện Hữu Lũng" in body and "Tỉnh ủy Cao Bằng" not in body


def test_the_cycles_tasks_narrow_by_field_unit_words_and_targets(client, small):
    cast = small.cast
    other_field = cycles.field_get_or_create(
        cycle=small.cycle, title="LĨNH VỰC QUỐC PHÒNG, AN NINH", number="II"
    )
    cycles.key_task_create(
        cycle=small.cycle, field=other_field, number="1", text="Giữ vững an ninh chính trị."
    )
    client.force_login(cast.coordinator)
    url = ("web:cycle_detail", small.cycle.id)
    body = _get(client, *url)
    assert "Giữ vững an ninh" in body and "Xây dựng nông thôn mới" in body
    body = _get(client, *url, linh_vuc=str(other_field.id))
    assert "Giữ vững an ninh" in body and "Xây dựng nông thôn mới" not in body
    body = _get(client, *url, don_vi=str(cast.other_unit.id))
    assert "Xây dựng nông thôn mới" in body and "Lễ hội Trò Ngõ" not in body
    body = _get(client, *url, q="hộ nghèo")  # a target's words find its task
    assert "Tổng thu ngân sách; giảm nghèo." in body and "Lễ hội Trò Ngõ" not in body
    body = _get(client, *url, chi_tieu="khong")
    assert "Lễ hội Trò Ngõ" in body and "Tổng thu ngân sách; giảm nghèo." not in body


def test_reports_narrow_by_unit_period_and_status(client, small):

    cast = small.cast
    jan = small.periods[("month", 1)]
    submit_january(small)
    client.force_login(cast.coordinator)
    url = ("web:progress_overview", small.cycle.id)
    own = reverse("web:progress_report", args=[small.cycle.id, jan.id, cast.unit.id])
    other = reverse("web:progress_report", args=[small.cycle.id, jan.id, cast.other_unit.id])
    body = _get(client, *url, trang_thai="submitted")
    assert own in body and other not in body and "1 kết quả theo bộ lọc" in body
    body = _get(client, *url, don_vi=str(cast.other_unit.id), ky=str(jan.id))
    assert other in body and own not in body and "1 kết quả theo bộ lọc" in body


def test_documents_narrow_by_kind(client, cast):
    from tests.registry.documents.conftest import build_small

    from trongtam.registry.documents.models import IssuedDocument

    small = build_small(cast)
    client.force_login(cast.coordinator)
    create = reverse("web:document_create", args=[small.cycle.id])
    assert client.post(create, {"kind": "task_list"}).status_code == 302
    client.force_login(cast.unit_staff)
    client.post(create, {"kind": "registration", "unit": cast.unit.id, "issued_on": "2023-12-01"})
    letter = IssuedDocument.objects.get(kind="registration")
    listing = IssuedDocument.objects.get(kind="task_list")
    client.force_login(cast.coordinator)
    body = _get(client, "web:documents", small.cycle.id, loai="registration")
    assert letter.number_line in body and f'id="vb-{listing.id}"' not in body
