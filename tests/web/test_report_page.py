"""A unit's report page, whose rows are written in Python: escaping, the forms it offers, its 404s."""

from __future__ import annotations

import re
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.test import Client
from django.urls import reverse

from trongtam.registry import policy
from trongtam.registry.cycles import services as cycles
from trongtam.registry.policy import SYSTEM
from trongtam.registry.progress import services
from trongtam.registry.progress.models import Entry, TaskEntry


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


pytestmark = pytest.mark.django_db


@pytest.fixture
def page(cast):
    field = cycles.field_get_or_create(cycle=cast.cycle, title="LĨNH VỰC KINH TẾ - XÃ HỘI", number="I")
    task = cycles.key_task_create(cycle=cast.cycle, field=field, text="Thu <ngân sách> & chi", number="1")
    task.lead_units.add(cast.unit)
    budget = cycles.target_create(
        key_task=task, indicator="thu ngân sách <b>đậm</b>", value=Decimal(195000), unit="triệu đồng"
    )
    cycles.target_create(key_task=task, indicator="tỷ lệ hộ nghèo", value=Decimal("3.5"), unit="%", op="<=")
    other = cycles.key_task_create(cycle=cast.cycle, field=field, text="Việc của UBND", number="2")
    other.lead_units.add(cast.other_unit)
    periods = {(p.kind, p.number): p for p in services.period_generate_defaults(cycle=cast.cycle)}
    jun = periods[("month", 6)]
    url = reverse("web:progress_report", args=[cast.cycle.id, jun.id, cast.unit.id])
    return SimpleNamespace(cast=cast, task=task, budget=budget, jun=jun, url=url)


def _hidden(body: str, name: str) -> str:
    match = re.search(rf'name="{re.escape(name)}" value="([^"]*)"', body)
    assert match, name
    return match.group(1)


def test_what_people_typed_is_escaped_and_values_are_written_the_vietnamese_way(client, page):
    cast, budget, jun, url = page.cast, page.budget, page.jun, page.url
    report = services.report_get_or_create(period=jun, unit=cast.unit)
    services.entry_save(
        report=report,
        target=budget,
        kind="estimate",
        value=Decimal("12345.5"),
        version=None,
        note='<script>alert("x")</script>',
        user=SYSTEM,
    )
    client.force_login(cast.unit_staff)
    body = client.get(url).content.decode()
    assert "<script>alert" not in body and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in body
    assert "thu ngân sách &lt;b&gt;đậm&lt;/b&gt;" in body and "<b>đậm</b>" not in body
    assert "1. Thu &lt;ngân sách&gt; &amp; chi" in body
    assert f'name="value_{budget.id}" value="12.345,5"' in body
    assert "Chỉ tiêu: ≤ 3,5 %" in body
    # The other unit's task is not on this unit's page.
    assert "Việc của UBND" not in body


def test_the_form_sends_back_the_versions_it_showed_so_a_second_save_is_no_conflict(client, page):
    cast, task, budget, url = page.cast, page.task, page.budget, page.url
    client.force_login(cast.unit_staff)
    body = client.get(url).content.decode()
    assert _hidden(body, f"ver_{budget.id}_estimate") == "0" and _hidden(body, f"tver_{task.id}") == "0"
    data = {
        f"kind_{budget.id}": "estimate",
        f"value_{budget.id}": "100",
        f"ver_{budget.id}_estimate": "0",
        f"tstatus_{task.id}": "done",
        f"tdone_{task.id}": "2024-06-10",
        f"tnarr_{task.id}": "Đã xong.",
        f"tver_{task.id}": "0",
        "action": "save",
    }
    assert client.post(url, data).status_code == 302
    body = client.get(url).content.decode()
    assert _hidden(body, f"ver_{budget.id}_estimate") == "1" and _hidden(body, f"tver_{task.id}") == "1"
    assert '<option value="done" selected>Đã hoàn thành</option>' in body
    assert f'name="tdone_{task.id}" value="2024-06-10"' in body
    data.update(
        {
            f"value_{budget.id}": "150",
            f"ver_{budget.id}_estimate": _hidden(body, f"ver_{budget.id}_estimate"),
            f"tver_{task.id}": _hidden(body, f"tver_{task.id}"),
            f"tnarr_{task.id}": "Đã xong hẳn.",
        }
    )
    assert client.post(url, data).status_code == 302
    assert Entry.objects.get(target=budget).value == Decimal(150)
    assert TaskEntry.objects.get(key_task=task).narrative == "Đã xong hẳn."


def test_the_explanation_forms_of_a_read_only_report_carry_a_valid_csrf_token(page):
    cast, budget, jun, url = page.cast, page.budget, page.jun, page.url
    report = services.report_get_or_create(period=jun, unit=cast.unit)
    entry = services.entry_save(
        report=report,
        target=budget,
        kind="official",
        value=Decimal(50),
        version=None,
        explanation="Thấp.",
        user=SYSTEM,
    )
    services.report_submit(report=report, user=SYSTEM)
    services.report_accept(report=report, user=policy.SYSTEM)
    leader = Client(enforce_csrf_checks=True)
    leader.force_login(cast.leader)
    body = leader.get(url).content.decode()
    ask = reverse("web:progress_entry_request", args=[cast.cycle.id, entry.id])
    form = body[body.index(f'action="{ask}"') :]
    token = _hidden(form, "csrfmiddlewaretoken")
    assert leader.post(ask, {"text": "Vì sao thấp?"}).status_code == 403  # no token: refused
    assert leader.post(ask, {"text": "Vì sao thấp?", "csrfmiddlewaretoken": token}).status_code == 302
    staff = Client(enforce_csrf_checks=True)
    staff.force_login(cast.unit_staff)
    body = staff.get(url).content.decode()
    assert "Yêu cầu giải trình: Vì sao thấp?" in body and f'name="value_{budget.id}"' not in body
    explain = reverse("web:progress_entry_explain", args=[cast.cycle.id, entry.id])
    form = body[body.index(f'action="{explain}"') :]
    response = staff.post(
        explain,
        {
            "explanation": "Do thiên tai.",
            "version": _hidden(form, "version"),
            "csrfmiddlewaretoken": _hidden(form, "csrfmiddlewaretoken"),
        },
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.explanation == "Do thiên tai."
    # The office, which may ask too, sees the same form; the unit does not.
    assert f'action="{ask}"' not in body


def test_report_pages_that_do_not_exist_or_may_not_be_read_are_404(client, page):
    cast, jun, url = page.cast, page.jun, page.url
    elsewhere = cycles.cycle_create(owner=cast.board, office=cast.office, year=2023)
    foreign_period = services.period_generate_defaults(cycle=elsewhere)[0]
    client.force_login(cast.coordinator)
    for args in (
        [cast.cycle.id, foreign_period.id, cast.unit.id],  # a period of another cycle
        [cast.cycle.id, jun.id, 987654],  # no such unit
        [cast.cycle.id, jun.id, cast.board.id],  # a body that leads no task
    ):
        assert client.get(reverse("web:progress_report", args=args)).status_code == 404, args
    assert client.get(url).status_code == 200
    client.force_login(cast.unit_staff)
    other = reverse("web:progress_report", args=[cast.cycle.id, jun.id, cast.other_unit.id])
    assert client.get(other).status_code == 404
    assert client.post(other, {"action": "save"}).status_code == 404


def test_a_kept_page_follows_every_change_even_one_made_straight_in_the_database(
    client, page, settings, tmp_path
):
    from django.core.files.base import ContentFile

    from trongtam.registry.organisations.models import Organisation
    from trongtam.registry.progress import datacache
    from trongtam.registry.progress.models import Evidence

    settings.MEDIA_ROOT = tmp_path
    cast, budget, jun, url = page.cast, page.budget, page.jun, page.url
    report = services.report_get_or_create(period=jun, unit=cast.unit)
    services.entry_save(
        report=report, target=budget, kind="estimate", value=Decimal(5), version=None, user=SYSTEM
    )
    client.force_login(cast.unit_staff)
    first = client.get(url).content.decode()
    before = datacache.stats()["hits"]
    assert client.get(url).content.decode().count(f'name="value_{budget.id}" value="5"') == 1
    if datacache.enabled():
        assert datacache.stats()["hits"] > before  # the second view reused the first one's rows
    Entry.objects.filter(report=report, target=budget).update(value=Decimal(777))
    Organisation.objects.filter(pk=cast.unit.pk).update(name="Thường trực HĐND huyện (tên mới)")
    body = client.get(url).content.decode()
    assert f'name="value_{budget.id}" value="777"' in body and "(tên mới)" in body
    assert "Chưa có tệp minh chứng." in first
    Evidence.objects.create(report=report, file=ContentFile(b"%PDF", name="bb.pdf"), name="bien-ban-moi.pdf")
    assert "bien-ban-moi.pdf" in client.get(url).content.decode()
    # Another person with other rights is not served the unit's form.
    client.force_login(cast.coordinator)
    body = client.get(url).content.decode()
    assert f'name="value_{budget.id}"' not in body and "Yêu cầu giải trình số liệu này" in body
