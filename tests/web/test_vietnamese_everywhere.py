"""What a user sees is Vietnamese and formatted: statuses by their labels, local times dd/mm/yyyy HH:MM,
numbers 250.000, rule sets by their names, file names not storage paths, error pages, admin and API docs."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse

from trongtam.registry.cycles import services
from trongtam.registry.cycles.history import snapshot_compare


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


pytestmark = pytest.mark.django_db


def test_the_history_shows_labels_local_times_and_file_names(client, cast, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    cycle = cast.cycle
    cycle.status = "consolidating"
    cycle.save()
    cycle.status = "approved"
    cycle.save()
    proposal = services.proposal_create(cycle=cycle, unit=cast.unit)
    # Submitted: a draft's history is its unit's alone, and the office reads this one.
    proposal.status = "submitted"
    proposal.submitted_at = datetime(2026, 12, 4, 17, 30, 29, 104854, tzinfo=UTC)
    proposal.source_file.save("de-xuat.docx", ContentFile(b"x"), save=False)
    proposal.save()
    client.force_login(cast.coordinator)
    body = client.get(reverse("web:cycle_history", args=[cycle.id])).content.decode()
    assert "Đang tổng hợp</del> → <ins>Đã phê duyệt" in body
    assert "05/12/2026 00:30" in body  # 17:30 UTC is 00:30 the next day in Hà Nội
    assert "de-xuat.docx" in body and "proposals/" not in body
    assert "consolidating" not in body and "+00:00" not in body


def test_version_comparison_writes_numbers_the_vietnamese_way():
    task = {
        "field": "I",
        "text": "Thu ngân sách",
        "number": "1",
        "lead": "",
        "coordinating": "",
        "deadline": "",
        "targets": [
            {
                "indicator": "thu ngân sách",
                "op": ">=",
                "value": "250000.000000",
                "value_max": None,
                "unit": "triệu đồng",
            }
        ],
    }
    row = snapshot_compare([task], [task])[0]
    assert row.left is not None and row.left["target_text"] == "thu ngân sách ≥ 250.000 triệu đồng"


def test_rule_sets_are_shown_by_their_names():
    from trongtam.core.assessment import list_rulesets
    from trongtam.web.templatetags.vn import ruleset_name

    info = next(r for r in list_rulesets() if r.id == "qd124-2023")
    assert ruleset_name("qd124-2023") == info.name != "qd124-2023"


def test_documents_are_named_from_their_number_and_title_with_a_vietnamese_name_for_browsers():
    from trongtam.web.views_documents import _download, document_file_names

    doc = SimpleNamespace(number=1, symbol="BC/HU", get_kind_display=lambda: "Báo cáo đánh giá cuối năm")
    plain, vietnamese = document_file_names(doc, "docx")
    assert plain == "01-BC-HU-bao-cao-danh-gia-cuoi-nam.docx"
    assert vietnamese == "01-BC-HU Báo cáo đánh giá cuối năm.docx"
    header = _download(b"x", plain, "application/octet-stream", vietnamese)["Content-Disposition"]
    assert header.startswith('attachment; filename="01-BC-HU-bao-cao-danh-gia-cuoi-nam.docx"; ')
    assert "filename*=UTF-8''01-BC-HU%20B%C3%A1o%20c%C3%A1o" in header
    assert header.isascii()


def test_production_error_pages_are_vietnamese(client, cast, settings):
    settings.DEBUG = False
    client.force_login(cast.coordinator)
    missing = client.get("/khong-co-trang-nay/")
    assert missing.status_code == 404 and "Không tìm thấy trang" in missing.content.decode()
    client.force_login(cast.unit_staff)
    forbidden = client.get(reverse("web:cycle_create"))
    assert forbidden.status_code == 403 and "Bạn không có quyền" in forbidden.content.decode()
    csrf = Client(enforce_csrf_checks=True).post(reverse("web:login"), {"username": "x", "password": "y"})
    assert csrf.status_code == 403 and "Không gửi được biểu mẫu" in csrf.content.decode()
    assert "Forbidden" not in csrf.content.decode()
    from django.template.loader import render_to_string

    assert "Hệ thống gặp lỗi" in render_to_string("500.html")


def test_the_admin_speaks_vietnamese(client):
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.create_superuser(username="qt", password="x", email="")
    client.force_login(admin)
    body = client.get("/quan-tri/").content.decode()
    assert "Bảo vệ đăng nhập" in body and "Lần đăng nhập" in body
    for english in ("Access attempts", "Toggle theme", "Axes"):
        assert english not in body


def test_the_api_docs_are_titled_and_described_in_vietnamese(client, cast):
    client.force_login(cast.coordinator)
    docs = client.get("/api/docs").content.decode()
    assert "<title>API trongtam — nhiệm vụ trọng tâm và chỉ tiêu</title>" in docs
    info = client.get("/api/openapi.json").json()["info"]
    assert "**Xác thực.**" in info["description"] and "Authentication" not in info["description"]


def test_djangos_stock_wording_is_replaced():
    from django import forms
    from django.utils import translation

    with translation.override("vi"):
        field = forms.DecimalField(max_digits=24, decimal_places=6)
        with pytest.raises(forms.ValidationError) as caught:
            field.clean(str(Decimal(10) ** 30))
    assert caught.value.messages == ["Số quá dài: tối đa 24 chữ số."]
