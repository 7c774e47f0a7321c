"""Oversight: an inspection committee reads everything of the body it oversees (never a draft), leaves
remarks the body answers, changes nothing else, and every read it makes is logged."""

from __future__ import annotations

import re

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse

from trongtam.registry.cycles.models import KeyTask, Target
from trongtam.registry.oversight.models import ReadLog, Remark

from .test_authorization_matrix import all_routes, fingerprint, urls_for

pytestmark = pytest.mark.django_db


def _client(user) -> Client:
    c = Client()
    c.force_login(user)
    return c


def test_an_overseer_reads_the_body_logs_every_read_and_never_sees_a_draft(two_provinces):
    a, b = two_provinces
    c = _client(a.users["inspector"])
    jan = a.ids["period"][-1]
    pages = [
        reverse("web:cycle_list"),
        reverse("web:cycle_detail", args=[a.cycle.id]),
        reverse("web:cycle_history", args=[a.cycle.id]),
        reverse("web:proposal_review", args=[a.ids["proposal"][0]]),
        reverse("web:progress_report", args=[a.cycle.id, jan, a.unit.id]),
        reverse("web:progress_evidence", args=[a.cycle.id, a.ids["evidence"][0]]),
        reverse("web:progress_assessment", args=[a.cycle.id]) + f"?ky={jan}",
        reverse("web:progress_dashboard", args=[a.cycle.id]),
        reverse("web:document_xlsx", args=[a.cycle.id, "danh-gia"]) + f"?ky={jan}",
        reverse("web:document_xlsx", args=[a.cycle.id, "tien-do"]) + f"?ky={jan}",
        reverse("web:documents", args=[a.cycle.id]),
    ]
    if a.ids["document"]:
        pages.append(reverse("web:document_download", args=[a.cycle.id, a.ids["document"][0], "docx"]))
    for url in pages:
        assert c.get(url).status_code == 200, url
    assert ReadLog.objects.filter(user=a.users["inspector"]).count() == len(pages)
    logged = set(ReadLog.objects.values_list("path", flat=True))
    assert reverse("web:progress_assessment", args=[a.cycle.id]) + f"?ky={jan}" in logged
    # Never a draft; never the other province.
    assert c.get(reverse("web:proposal_review", args=[a.ids["draft"][0]])).status_code == 404
    assert a.draft_marker.encode() not in c.get(reverse("web:cycle_detail", args=[a.cycle.id])).content
    assert c.get(reverse("web:cycle_detail", args=[b.cycle.id])).status_code == 404
    # The API reads the same, through the same policy, and is logged too.
    from trongtam.registry.tokens.services import token_create

    api = Client(HTTP_AUTHORIZATION=f"Bearer {token_create(user=a.users['inspector'], name='t')[1]}")
    assert api.get(f"/api/reports?cycle={a.cycle.id}").json()["count"] >= 1
    assert ReadLog.objects.filter(path__startswith="/api/reports").exists()
    # Other people's reads are not logged.
    before = ReadLog.objects.count()
    _client(a.users["leader"]).get(reverse("web:cycle_detail", args=[a.cycle.id]))
    assert ReadLog.objects.count() == before


def test_an_overseer_changes_nothing_but_its_remarks(two_provinces):
    a, _ = two_provinces
    c = _client(a.users["inspector"])
    from .test_authorization_matrix import POST_PAYLOAD

    before = fingerprint()
    for route in all_routes():
        # Its remarks, its session and its own notifications and their channels are the overseer's to write.
        if route.name.startswith(("web:remark", "web:notification")) or route.name == "web:logout":
            continue
        for url in urls_for(route, a, a)[:1]:
            response = c.post(url, POST_PAYLOAD)
            assert response.status_code < 500, url
    ReadLog.objects.all().delete()  # reads are logged; the reads' log is not the body's data
    assert fingerprint() == before


def test_a_remark_is_recorded_and_answered_by_the_body(two_provinces):
    from trongtam.registry.oversight import services
    from trongtam.registry.progress.models import Report

    a, b = two_provinces
    task = KeyTask.objects.filter(cycle=a.cycle, proposal__isnull=True).first()
    target = Target.objects.filter(key_task__cycle=a.cycle, key_task__proposal__isnull=True).first()
    report = Report.objects.get(pk=a.ids["report"][0])
    inspector = _client(a.users["inspector"])
    for kind, obj in (("nhiem-vu", task), ("chi-tieu", target), ("bao-cao", report)):
        url = reverse("web:remark_page", args=[a.cycle.id, kind, obj.id])
        page = inspector.get(url).content.decode()
        assert "Ghi kiến nghị mới" in page
        r = inspector.post(url, {"action": "create", "text": f"Đề nghị làm rõ {kind}"})
        assert r.status_code == 302
    assert Remark.objects.filter(cycle=a.cycle, answered_at__isnull=True).count() == 3
    # The body sees them waiting and answers; the overseer sees the answer.
    office = _client(a.users["coordinator"])
    waiting = office.get(reverse("web:remarks_awaiting", args=[a.cycle.id])).content.decode()
    assert "Đề nghị làm rõ bao-cao" in waiting
    remark = Remark.objects.get(report=report)
    url = reverse("web:remark_page", args=[a.cycle.id, "bao-cao", report.id])
    assert "Ghi kiến nghị mới" not in office.get(url).content.decode()
    # The unit the report is about answers it.
    unit = _client(a.users["unit_staff"])
    assert (
        unit.post(
            url, {"action": "answer", "remark": remark.id, "text": "Đã bổ sung minh chứng."}
        ).status_code
        == 302
    )
    remark.refresh_from_db()
    assert remark.answer == "Đã bổ sung minh chứng." and remark.answered_by == a.users["unit_staff"]
    assert "Đã bổ sung minh chứng." in inspector.get(url).content.decode()
    waiting = office.get(reverse("web:remarks_awaiting", args=[a.cycle.id])).content.decode()
    assert "Đề nghị làm rõ bao-cao" not in waiting
    # Nobody else remarks or answers: not the body, not a sibling unit, not the other province's inspector.
    with pytest.raises(PermissionDenied):
        services.remark_create(user=a.users["coordinator"], obj=task, text="x")
    with pytest.raises(PermissionDenied):
        services.remark_create(user=b.users["inspector"], obj=task, text="x")
    with pytest.raises(PermissionDenied):
        services.remark_answer(user=a.users["other_staff"], remark=remark, text="x")
    with pytest.raises(PermissionDenied):
        services.remark_answer(user=a.users["inspector"], remark=remark, text="x")
    assert _client(b.users["inspector"]).get(url).status_code == 404
    assert _client(a.users["other_staff"]).get(url).status_code == 404
    # A draft's task cannot be remarked on: the overseer does not even see it.
    draft_url = reverse("web:remark_page", args=[a.cycle.id, "nhiem-vu", a.ids["draft_task"][0]])
    assert inspector.get(draft_url).status_code == 404


def test_an_empty_remark_keeps_the_page_and_marks_the_text(two_provinces):
    from trongtam.registry.oversight.models import Remark

    a, _b = two_provinces
    task = KeyTask.objects.filter(cycle=a.cycle, proposal__isnull=True).first()
    inspector = _client(a.users["inspector"])
    url = reverse("web:remark_page", args=[a.cycle.id, "nhiem-vu", task.id])
    response = inspector.post(url, {"action": "create", "text": "   \n  "})
    assert response.status_code == 400
    body = response.content.decode()
    assert '<p class="field-error" id="remark-text-loi">Hãy nhập nội dung kiến nghị.</p>' in body
    field = re.search(r'<textarea id="remark-text"[^>]*>', body).group(0)
    assert 'aria-invalid="true"' in field and 'aria-describedby="remark-text-loi"' in field
    assert 'class="error-summary" role="alert"' in body and '<a href="#remark-text">' in body
    assert not Remark.objects.exists()
    assert inspector.post(url, {"action": "create", "text": "Đề nghị làm rõ."}).status_code == 302
    remark = Remark.objects.get()
    office = _client(a.users["coordinator"])
    response = office.post(url, {"action": "answer", "remark": remark.id, "text": " "})
    assert response.status_code == 400
    body = response.content.decode()
    assert f'<p class="field-error" id="answer-{remark.id}-loi">Hãy nhập nội dung trả lời.</p>' in body
    field = re.search(rf'<textarea id="answer-{remark.id}"[^>]*>', body).group(0)
    assert 'aria-invalid="true"' in field and f'aria-describedby="answer-{remark.id}-loi"' in field
    remark.refresh_from_db()
    assert remark.answered_at is None
