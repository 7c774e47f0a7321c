"""A second cycle needs a reason; the cycle shows and serves its request letter with its real issuer; the list is
numbered as the letter does (or continuously); the office sends the list to the leader, who confirms approval
after seeing what is missing; the add-target form resets without an inline handler the CSP would block."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from trongtam.registry.cycles import consolidation, services
from trongtam.registry.cycles.models import Cycle, KeyTask


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


pytestmark = pytest.mark.django_db
WEB = Path(__file__).resolve().parents[2] / "src/trongtam/web"


def _open(client, cast, **extra):
    data = {
        "owner": cast.board.id,
        "office": cast.office.id,
        "year": 2024,
        "invited_units": [cast.unit.id],
        "numbering": "per_field",
        **extra,
    }
    return client.post(reverse("web:cycle_create"), data)


def test_a_second_cycle_for_the_same_body_and_year_needs_a_reason_which_is_kept_and_shown(client, cast):
    with pytest.raises(ValidationError) as caught:
        services.cycle_create(owner=cast.board, office=cast.office, year=2024)
    assert "lý do mở thêm đợt" in caught.value.message_dict["extra_reason"][0]
    client.force_login(cast.coordinator)
    refused = _open(client, cast)
    assert refused.status_code == 400 and Cycle.objects.count() == 1
    assert "đã có đợt đăng ký năm 2024" in refused.content.decode()
    opened = _open(client, cast, extra_reason="Đăng ký bổ sung theo Kết luận của Ban Thường vụ")
    assert opened.status_code == 302
    second = Cycle.objects.exclude(id=cast.cycle.id).get()
    assert second.extra_reason == "Đăng ký bổ sung theo Kết luận của Ban Thường vụ"
    page = client.get(reverse("web:cycle_detail", args=[second.id])).content.decode()
    assert "Lý do mở thêm đợt" in page and "theo Kết luận của Ban Thường vụ" in page


def test_the_cycle_shows_the_letters_real_issuer_and_serves_the_letter(client, cast, settings, tmp_path):
    from trongtam.registry.organisations.services import organisation_create

    settings.MEDIA_ROOT = tmp_path
    commune = organisation_create(
        name="Đảng ủy xã Hữu Lũng", code="ĐU", kind="party_committee", level="commune", parent=cast.province
    )
    for org in (cast.board, cast.office):
        org.parent = commune
        org.save()
    client.force_login(cast.coordinator)
    letter = SimpleUploadedFile("1350-CV-ĐU.pdf", b"%PDF-1.4 cong van", content_type="application/pdf")
    response = _open(
        client,
        cast,
        year=2026,
        request_number="1350",
        request_symbol="CV/ĐU",
        request_date="25/11/2025",
        request_file=letter,
    )
    assert response.status_code == 302, response.context["form"].errors
    cycle = Cycle.objects.get(year=2026)
    assert cycle.request_issuer == commune  # the board's committee, not the province above it
    client.force_login(cast.unit_staff)
    page = client.get(reverse("web:cycle_detail", args=[cycle.id])).content.decode()
    assert "Số 1350-CV/ĐU, ngày 25/11/2025 của Đảng ủy xã Hữu Lũng" in page
    assert "Tỉnh ủy Lạng Sơn" not in page
    download = client.get(reverse("web:request_letter", args=[cycle.id]))
    assert download.status_code == 200 and b"".join(download.streaming_content) == b"%PDF-1.4 cong van"
    assert (
        "1350-CV-" in download["Content-Disposition"] and "requests/" not in download["Content-Disposition"]
    )
    client.force_login(cast.outsider)
    assert client.get(reverse("web:request_letter", args=[cycle.id])).status_code == 404


def _list(cast):
    """A consolidated list of two fields, two tasks each."""
    eco = services.field_get_or_create(cycle=cast.cycle, title="LĨNH VỰC KINH TẾ - XÃ HỘI")
    sec = services.field_get_or_create(cycle=cast.cycle, title="LĨNH VỰC QUỐC PHÒNG, AN NINH")
    for field in (eco, sec):
        for n in range(2):
            task = services.key_task_create(cycle=cast.cycle, field=field, text=f"{field.title} {n}")
            services.target_create(key_task=task, indicator="chỉ tiêu", value=Decimal(n + 1), unit="%")
    return eco, sec


def _numbers(cycle):
    return [
        (t.field.number, t.number)
        for t in consolidation.list_tasks(cycle).select_related("field").order_by("field__order", "order")
    ]


def test_the_approved_list_restarts_at_1_in_each_field_like_the_letter(cast):
    _list(cast)
    consolidation.cycle_approve(cycle=cast.cycle, user=cast.leader)
    assert _numbers(cast.cycle) == [("I", "1"), ("I", "2"), ("II", "1"), ("II", "2")]


def test_the_office_may_choose_continuous_numbering(client, cast):
    _list(cast)
    client.force_login(cast.coordinator)
    client.post(reverse("web:set_numbering", args=[cast.cycle.id]), {"numbering": "continuous"})
    cast.cycle.refresh_from_db()
    consolidation.cycle_approve(cycle=cast.cycle, user=cast.leader)
    assert _numbers(cast.cycle) == [("I", "1"), ("I", "2"), ("II", "3"), ("II", "4")]


def test_approval_asks_for_confirmation_and_warns_about_missing_units_and_an_open_deadline(client, cast):
    _list(cast)
    cast.cycle.proposal_deadline = date.today() + timedelta(days=3)
    cast.cycle.save()
    client.force_login(cast.leader)
    unconfirmed = client.post(reverse("web:approve", args=[cast.cycle.id]))
    assert unconfirmed["Location"] == reverse("web:approve_confirm", args=[cast.cycle.id])
    cast.cycle.refresh_from_db()
    assert cast.cycle.status == "open" and not cast.cycle.approved_versions.exists()
    page = client.get(unconfirmed["Location"]).content.decode()
    assert "2 đơn vị chưa gửi đề xuất: Thường trực HĐND huyện Hữu Lũng, UBND huyện Hữu Lũng." in page
    assert "chưa qua" in page and "Văn phòng chưa trình danh mục" in page
    confirmed = client.post(reverse("web:approve", args=[cast.cycle.id]), {"confirm": "1"})
    assert confirmed.status_code == 302
    cast.cycle.refresh_from_db()
    assert cast.cycle.status == "approved"


def test_the_office_sends_the_list_to_the_leader_as_a_step_of_its_own(client, cast):
    _list(cast)
    client.force_login(cast.coordinator)
    page = client.get(reverse("web:consolidation", args=[cast.cycle.id])).content.decode()
    assert "Trình lãnh đạo phê duyệt" in page
    client.post(reverse("web:send_to_leader", args=[cast.cycle.id]))
    cast.cycle.refresh_from_db()
    assert cast.cycle.get_status_display() == "Chờ lãnh đạo phê duyệt"
    task = KeyTask.objects.filter(cycle=cast.cycle).first()
    with pytest.raises(ValidationError):  # locked while the leader decides
        consolidation.list_task_delete(task=task, user=cast.coordinator)
    client.force_login(cast.leader)
    body = client.get(reverse("web:approve_confirm", args=[cast.cycle.id])).content.decode()
    assert "Văn phòng chưa trình" not in body
    client.post(reverse("web:approve", args=[cast.cycle.id]), {"confirm": "1"})
    cast.cycle.refresh_from_db()
    assert cast.cycle.status == "approved"


def test_the_leader_can_return_a_sent_list_to_the_office(cast):
    _list(cast)
    consolidation.cycle_send_to_leader(cycle=cast.cycle, user=cast.coordinator)
    consolidation.cycle_return_to_office(cycle=cast.cycle, user=cast.leader, reason="Bổ sung chỉ tiêu")
    cast.cycle.refresh_from_db()
    assert cast.cycle.status == "consolidating"


def test_the_add_target_form_resets_through_the_static_script_and_no_template_has_inline_code():
    template = (WEB / "templates/web/proposals/_target_add.html").read_text(encoding="utf-8")
    script = (WEB / "static/web/app.js").read_text(encoding="utf-8")
    assert "hx-on" not in template
    assert "data-reset-on-success" in template and 'hx-disabled-elt="find button"' in template
    assert "resetOnSuccess" in script and "htmx:afterRequest" in script
    for path in (WEB / "templates").rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert "hx-on" not in text and " onclick=" not in text and " onsubmit=" not in text, path
        # Inline styles are refused by the CSP too: a page's own styles live in static files.
        assert "<style" not in text and ' style="' not in text, path
