"""The query count of each main page does not grow with the data (no N+1).

Each page is rendered over a small world and over one three times larger (more units, tasks,
targets, proposals, reports and values); the number of SQL queries must be the same, give or take a
small constant for pages that look up one thing per kind of object.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from trongtam.registry.policy import SYSTEM

pytestmark = pytest.mark.django_db

SLACK = 2  # queries a page may add when the data grows (a second kind of object appearing, etc.)


def _grow(cast, n: int) -> dict[str, object]:
    """Add ``n`` units, each with a submitted proposal of two tasks and three targets, consolidated into
    the list; periods; each unit's January report with a value per target; an assessment."""
    from trongtam.registry.cycles import consolidation, proposals
    from trongtam.registry.cycles import services as cycles
    from trongtam.registry.organisations.services import membership_add, organisation_create
    from trongtam.registry.progress import services as progress

    User = get_user_model()
    units = [cast.unit]
    for i in range(n - 1):
        org = organisation_create(name=f"Phòng {i:03d}", code=f"P{i}", kind="state_agency", level="district")
        cast.cycle.invited_units.add(org)
        u = User.objects.create_user(username=f"p{i}", password="x")
        membership_add(user=u, organisation=org, role="unit_staff")
        units.append(org)
    staff = {cast.unit.id: cast.unit_staff}
    for org in units[1:]:
        staff[org.id] = User.objects.get(memberships__organisation=org)
    for k, org in enumerate(units):
        proposal = proposals.proposal_start(cycle=cast.cycle, unit=org, user=staff[org.id])
        field = cycles.field_get_or_create(cycle=cast.cycle, title=f"LĨNH VỰC {k % 3}", number=str(k % 3 + 1))
        for t in range(2):
            task = cycles.key_task_create(
                cycle=cast.cycle,
                proposal=proposal,
                field=field,
                text=f"Nhiệm vụ riêng {k}-{t} số {k * 7 + t}",
            )
            for g in range(3 if t == 0 else 1):
                cycles.target_create(
                    key_task=task, indicator=f"chỉ tiêu {k}-{t}-{g}", value=Decimal(100 + g), unit="hộ"
                )
        proposals.proposal_submit(proposal=proposal, user=staff[org.id])
    consolidation.consolidation_build(cycle=cast.cycle, user=cast.coordinator)
    for task in consolidation.list_tasks(cast.cycle).prefetch_related("sources__proposal"):
        for source in task.sources.all():
            task.lead_units.add(source.proposal.unit_id)
    periods = progress.period_generate_defaults(cycle=cast.cycle)
    jan = next(p for p in periods if p.kind == "month" and p.number == 1)
    from trongtam.registry.cycles.models import Target

    for org in units:
        report = progress.report_get_or_create(period=jan, unit=org)
        for target in Target.objects.filter(
            key_task__cycle=cast.cycle, key_task__proposal__isnull=True, key_task__lead_units=org
        ):
            progress.entry_save(
                report=report, target=target, kind="estimate", value=Decimal(7), version=None, user=SYSTEM
            )
    progress.cycle_assess(cycle=cast.cycle, period=jan, today=date(2024, 2, 15))
    from trongtam.registry.cycles.models import Proposal

    return {"period": jan, "proposal": Proposal.objects.get(cycle=cast.cycle, unit=cast.unit)}


def _pages(cast, world) -> list[tuple[str, object, str]]:
    c, jan, proposal = cast.cycle.id, world["period"], world["proposal"]
    return [
        ("cycle list", cast.coordinator, reverse("web:cycle_list")),
        ("cycle detail", cast.coordinator, reverse("web:cycle_detail", args=[c])),
        ("consolidation", cast.coordinator, reverse("web:consolidation", args=[c])),
        ("proposal review", cast.unit_staff, reverse("web:proposal_review", args=[proposal.id])),
        ("proposal home", cast.unit_staff, reverse("web:proposal_home", args=[c])),
        ("progress overview", cast.coordinator, reverse("web:progress_overview", args=[c])),
        ("unit report", cast.unit_staff, reverse("web:progress_report", args=[c, jan.id, cast.unit.id])),
        ("report (office)", cast.coordinator, reverse("web:progress_report", args=[c, jan.id, cast.unit.id])),
        ("assessment", cast.coordinator, reverse("web:progress_assessment", args=[c]) + f"?ky={jan.id}"),
        ("dashboard", cast.leader, reverse("web:progress_dashboard", args=[c]) + f"?ky={jan.id}"),
        ("documents", cast.coordinator, reverse("web:documents", args=[c])),
        ("api cycles", cast.coordinator, "/api/cycles"),
        ("api key tasks", cast.coordinator, f"/api/key-tasks?cycle={c}"),
        ("api targets", cast.coordinator, f"/api/targets?cycle={c}"),
        ("api reports", cast.coordinator, f"/api/reports?cycle={c}"),
        ("api entries", cast.coordinator, f"/api/entries?cycle={c}"),
    ]


PAGE_CACHE_MODES = ("off", "on")


def _count(user, url: str) -> dict[str, tuple[int, int]]:
    """The queries of one request doing the page's whole work, with the page cache off and on.

    A first request warms what every process keeps (rule sets, templates, content types). With the
    cache on, its kept results are then dropped, so the request counted computes the page and stores
    it: a cache hit would count the stamp read alone and hide whatever the page itself does.
    """
    import os

    from trongtam.registry.progress import datacache

    client = Client()
    client.force_login(user)
    counts = {}
    before = os.environ.get("TRONGTAM_PAGE_CACHE")
    try:
        for mode in PAGE_CACHE_MODES:
            os.environ["TRONGTAM_PAGE_CACHE"] = "1" if mode == "on" else "0"
            client.get(url)
            datacache.clear()
            with CaptureQueriesContext(connection) as ctx:
                response = client.get(url)
            counts[mode] = (response.status_code, len(ctx.captured_queries))
    finally:
        if before is None:
            os.environ.pop("TRONGTAM_PAGE_CACHE", None)
        else:
            os.environ["TRONGTAM_PAGE_CACHE"] = before
    return counts


def _measure(cast, n: int) -> dict[str, dict[str, tuple[int, int]]]:
    world = _grow(cast, n)
    return {name: _count(user, url) for name, user, url in _pages(cast, world)}


def test_query_counts_do_not_grow_with_the_data(cast):
    small = _measure(cast, 2)
    from trongtam.registry.progress.models import Entry

    entries_small = Entry.objects.count()
    # Three times the units, proposals, tasks, targets and values in the same cycle.
    large = _measure_more(cast, 4)
    assert Entry.objects.count() >= 3 * entries_small
    grew = []
    for name, modes in small.items():
        for mode, (status, queries) in modes.items():
            big_status, big_queries = large[name][mode]
            assert status == big_status, (name, mode, status, big_status)
            if status == 200 and big_queries > queries + SLACK:
                grew.append(f"{name} (page cache {mode}): {queries} → {big_queries} queries")
    assert not grew, "pages whose query count grows with the data (N+1):\n" + "\n".join(grew)
    # The counts are of the page's work, not of a cache hit: the dashboard computes with the cache on
    # as with it off (its cached results read more than the stamps).
    assert large["dashboard"]["on"][1] > 10 and large["dashboard"]["off"][1] > 10, large["dashboard"]


def _measure_more(cast, extra: int) -> dict[str, dict[str, tuple[int, int]]]:
    """Add ``extra`` more units' worth of everything to the same cycle and measure again."""
    from trongtam.registry.cycles.models import Cycle

    cast.cycle = Cycle.objects.get(pk=cast.cycle.pk)
    cast.cycle.status = "open"
    cast.cycle.save(update_fields=["status"])
    world = _grow_more(cast, extra)
    return {name: _count(user, url) for name, user, url in _pages(cast, world)}


def _grow_more(cast, extra: int) -> dict[str, object]:
    import itertools

    from trongtam.registry.cycles import consolidation, proposals
    from trongtam.registry.cycles import services as cycles
    from trongtam.registry.cycles.models import Proposal, Target
    from trongtam.registry.organisations.services import membership_add, organisation_create
    from trongtam.registry.progress import services as progress
    from trongtam.registry.progress.models import Period

    User = get_user_model()
    counter = itertools.count(100)
    jan = Period.objects.get(cycle=cast.cycle, kind="month", number=1)
    added = []
    for _ in range(extra):
        i = next(counter)
        org = organisation_create(name=f"Phòng {i:03d}", code=f"P{i}", kind="state_agency", level="district")
        cast.cycle.invited_units.add(org)
        u = User.objects.create_user(username=f"p{i}", password="x")
        membership_add(user=u, organisation=org, role="unit_staff")
        proposal = proposals.proposal_start(cycle=cast.cycle, unit=org, user=u)
        field = cycles.field_get_or_create(cycle=cast.cycle, title=f"LĨNH VỰC {i % 3}", number=str(i % 3 + 1))
        for t in range(2):
            task = cycles.key_task_create(
                cycle=cast.cycle, proposal=proposal, field=field, text=f"Nhiệm vụ mới {i}-{t} mã {i * 13 + t}"
            )
            for g in range(3 if t == 0 else 1):
                cycles.target_create(
                    key_task=task, indicator=f"chỉ tiêu {i}-{t}-{g}", value=Decimal(100 + g), unit="hộ"
                )
        proposals.proposal_submit(proposal=proposal, user=u)
        added.append((org, proposal))
    consolidation.consolidation_build(cycle=cast.cycle, user=cast.coordinator)
    for org, proposal in added:
        for task in consolidation.list_tasks(cast.cycle).filter(sources__proposal=proposal):
            task.lead_units.add(org)
        report = progress.report_get_or_create(period=jan, unit=org)
        for target in Target.objects.filter(
            key_task__cycle=cast.cycle, key_task__proposal__isnull=True, key_task__lead_units=org
        ):
            progress.entry_save(
                report=report, target=target, kind="estimate", value=Decimal(9), version=None, user=SYSTEM
            )
    progress.cycle_assess(cycle=cast.cycle, period=jan, today=date(2024, 2, 15))
    return {"period": jan, "proposal": Proposal.objects.get(cycle=cast.cycle, unit=cast.unit)}
