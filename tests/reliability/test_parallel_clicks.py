"""PARALLEL CLICKS: three leaders' approvals at once make one approved version; two "Ban hành" clicks of one
form make one numbered document. Real threads, each with its own database connection (SQLite file or
PostgreSQL)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from django.db import connection
from django.urls import reverse
from tests.registry.documents.conftest import build_small

from trongtam.registry.cycles import consolidation, services
from trongtam.registry.cycles.models import ApprovedVersion, Cycle
from trongtam.registry.documents import services as documents
from trongtam.registry.documents.models import IssuedDocument


def _at_once(n: int, work: Callable[[], Any]) -> list[Any]:
    """Run ``work`` in ``n`` threads released together; each result or exception, in any order."""
    barrier = threading.Barrier(n)
    results: list[Any] = []

    def run() -> None:
        try:
            barrier.wait()
            results.append(work())
        except Exception as exc:
            results.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    return results


def _consolidated(cast) -> None:
    proposal = services.proposal_create(cycle=cast.cycle, unit=cast.unit)
    field = services.field_get_or_create(cycle=cast.cycle, title="LĨNH VỰC KINH TẾ - XÃ HỘI")
    task = services.key_task_create(
        cycle=cast.cycle, proposal=proposal, field=field, text="Tổng thu ngân sách"
    )
    services.target_create(
        key_task=task, indicator="tổng thu ngân sách", value=Decimal("195000"), unit="tr.đ"
    )
    proposal.status = "submitted"
    proposal.save()
    consolidation.consolidation_build(cycle=cast.cycle, user=cast.coordinator)


def test_three_parallel_approvals_make_one_approved_version(cast, file_db):
    _consolidated(cast)
    results = _at_once(
        3, lambda: consolidation.cycle_approve(cycle=Cycle.objects.get(pk=cast.cycle.pk), user=cast.leader)
    )
    assert ApprovedVersion.objects.filter(cycle=cast.cycle).count() == 1
    approved = [r for r in results if isinstance(r, ApprovedVersion)]
    refused = [r for r in results if not isinstance(r, ApprovedVersion)]
    assert len(approved) == 1 and len(refused) == 2
    assert all("đã được phê duyệt" in str(r) for r in refused)
    assert Cycle.objects.get(pk=cast.cycle.pk).status == "approved"


def test_two_parallel_clicks_on_ban_hanh_issue_one_numbered_document(cast, file_db):
    small = build_small(cast)
    results = _at_once(
        2,
        lambda: documents.document_issue(
            cycle=Cycle.objects.get(pk=small.cycle.pk),
            kind="task_list",
            user=cast.coordinator,
            request_key="k-1",
        ),
    )
    assert IssuedDocument.objects.count() == 1
    doc = IssuedDocument.objects.get()
    assert [getattr(r, "pk", r) for r in results] == [doc.pk, doc.pk]
    assert doc.register.last_number == doc.number == 1


@pytest.mark.django_db
def test_a_repeated_click_of_one_form_issues_one_document_and_a_new_page_another(client, cast):
    small = build_small(cast)
    client.force_login(cast.coordinator)
    page = client.get(reverse("web:documents", args=[small.cycle.id])).content.decode()
    import re

    keys = re.findall(r'name="request_key" value="([0-9a-f]+-\d+)"', page)
    assert keys and len(set(keys)) == len(keys)
    url = reverse("web:document_create", args=[small.cycle.id])
    for _ in range(2):
        assert client.post(url, {"kind": "task_list", "request_key": keys[0]}).status_code == 302
    assert IssuedDocument.objects.count() == 1
    fresh = client.get(reverse("web:documents", args=[small.cycle.id])).content.decode()
    other = re.findall(r'name="request_key" value="([0-9a-f]+-\d+)"', fresh)[0]
    assert other != keys[0]
    client.post(url, {"kind": "task_list", "request_key": other})
    assert IssuedDocument.objects.count() == 2


def test_two_parallel_clicks_on_ban_hanh_make_one_job_and_one_numbered_document(cast, file_db):
    from trongtam.registry.jobs.models import Job

    small = build_small(cast)
    results = _at_once(
        2,
        lambda: documents.document_issue_start(
            cycle=Cycle.objects.get(pk=small.cycle.pk),
            kind="task_list",
            user=cast.coordinator,
            request_key="k-1",
        ),
    )
    job = Job.objects.get()
    assert [getattr(r, "pk", r) for r in results] == [job.pk, job.pk]
    assert job.status == "done" and IssuedDocument.objects.get().number == 1
