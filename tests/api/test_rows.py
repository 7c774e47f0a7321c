"""The lists built from database rows (trongtam.api.rows) answer exactly what the response schemas make of
the model objects: same fields, order, values and types, byte for byte; each report carries its own
values and task statuses, in order."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from django.db.models import Prefetch
from ninja.renderers import JSONRenderer

from trongtam.registry.policy import SYSTEM


@pytest.fixture
def busy(world, cast):
    """A second period's report and the other unit's report beside the world's; null, whole, fractional and
    official values; task statuses saved out of task order; a submitted report."""
    from trongtam.registry.progress import services as progress

    report = world.report
    progress.entry_save(
        report=report,
        target=world.poverty,
        kind="estimate",
        value=None,
        version=None,
        note="chưa có",
        user=SYSTEM,
    )
    progress.entry_save(
        report=report,
        target=world.budget,
        kind="official",
        value=Decimal("195000"),
        version=None,
        user=SYSTEM,
    )
    progress.entry_save(
        report=report,
        target=world.poverty,
        kind="official",
        value=Decimal("2.750"),
        version=None,
        explanation="giảm",
        user=SYSTEM,
    )
    # Saved words-first, so id order is not key-task order.
    progress.task_entry_save(
        report=report,
        key_task=world.words,
        status="done",
        version=None,
        narrative="Đã tổ chức.",
        done_on=date(2024, 2, 3),
        user=SYSTEM,
    )
    progress.task_entry_save(
        report=report, key_task=world.task, status="in_progress", version=None, user=SYSTEM
    )

    january = progress.report_get_or_create(period=world.periods[("month", 1)], unit=cast.unit)
    progress.entry_save(
        report=january,
        target=world.budget,
        kind="estimate",
        value=Decimal("-2.5"),
        version=None,
        explanation="thu chậm",
        user=SYSTEM,
    )
    progress.report_submit(
        report=january, user=cast.unit_staff, now=datetime(2024, 2, 5, 3, 4, 5, 678901, tzinfo=UTC)
    )

    other = progress.report_get_or_create(period=world.periods[("quarter", 1)], unit=cast.other_unit)
    progress.entry_save(
        report=other, target=world.other_target, kind="estimate", value=Decimal(1), version=None, user=SYSTEM
    )
    progress.task_entry_save(
        report=other, key_task=world.other_target.key_task, status="not_started", version=None, user=SYSTEM
    )
    return world


def _render(data) -> bytes:
    return JSONRenderer().render(None, data, response_status=200).encode()


def _reports_from_models():
    from trongtam.registry.progress.models import Entry, Report, TaskEntry

    return Report.objects.select_related("unit").prefetch_related(
        Prefetch(
            "entries", queryset=Entry.objects.select_related("report__unit").order_by("target_id", "kind")
        ),
        Prefetch("task_entries", queryset=TaskEntry.objects.order_by("id")),
    )


def _page_from_models(schema, items, count: int, page: int = 1, page_size: int = 50) -> bytes:
    """What ninja answered before the rows: the page schema validated from the model objects."""
    validated = schema.model_validate({"count": count, "page": page, "page_size": page_size, "items": items})
    return _render(validated.model_dump())


def test_reports_are_what_the_schema_makes_of_the_models(api_as, busy):
    from trongtam.api import schemas as s

    reports = list(_reports_from_models().order_by("period__end", "unit__name", "id"))
    assert len(reports) == 3
    response = api_as("coordinator").get("/reports")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response.content == _page_from_models(s.ReportPage, reports, 3)

    second = api_as("coordinator").get("/reports", page=2, page_size=2)
    assert second.content == _page_from_models(s.ReportPage, reports[2:], 3, page=2, page_size=2)

    one = api_as("coordinator").get(f"/reports/{busy.report.id}")
    assert one.content == _render(
        s.ReportOut.model_validate(next(r for r in reports if r.id == busy.report.id)).model_dump()
    )


def test_entries_are_what_the_schema_makes_of_the_models(api_as, busy):
    from trongtam.api import schemas as s
    from trongtam.registry.progress.models import Entry

    entries = list(
        Entry.objects.select_related("report__unit").order_by(
            "report__period__end", "report__unit__name", "target_id", "kind", "id"
        )
    )
    assert len(entries) == 6
    assert {e.value for e in entries} >= {None, Decimal("195000"), Decimal("2.75"), Decimal("-2.5")}
    response = api_as("coordinator").get("/entries")
    assert response.content == _page_from_models(s.EntryPage, entries, 6)
    page = api_as("coordinator").get("/entries", page=2, page_size=4)
    assert page.content == _page_from_models(s.EntryPage, entries[4:], 6, page=2, page_size=4)
    one = api_as("coordinator").get(f"/entries/{busy.entry.id}")
    assert one.content == _render(s.EntryOut.model_validate(busy.entry).model_dump())


def test_cycles_are_what_the_schema_makes_of_the_models(api_as, busy, cast):
    from trongtam.api import schemas as s
    from trongtam.registry.cycles.selectors import cycle_list_for_user

    cycle = busy.cycle
    cycle.request_number, cycle.request_symbol, cycle.request_date = "1292", "CV/HU", date(2024, 1, 5)
    cycle.save()
    cycles = list(cycle_list_for_user(user=cast.coordinator).order_by("-year", "owner__name", "id"))
    assert cycles[0].request_reference == "1292-CV/HU"
    response = api_as("coordinator").get("/cycles")
    assert response.content == _page_from_models(s.CyclePage, cycles, len(cycles))


def test_key_tasks_and_targets_are_what_the_schema_makes_of_the_models(api_as, busy, cast):
    from trongtam.api import schemas as s
    from trongtam.api.access import Scope
    from trongtam.api.routers.common import tasks_prefetched as _tasks_prefetched
    from trongtam.registry.cycles import services as cycles
    from trongtam.registry.cycles.models import KeyTask, Target

    child = KeyTask.objects.filter(parent__proposal=busy.proposal).order_by("id").first()
    assert child is not None
    child.lead_units.add(cast.other_unit, cast.unit)  # listed by name: HĐND's "Thường trực…" before "UBND…"
    cycles.target_create(key_task=child, indicator="tỷ lệ che phủ rừng", value=Decimal("16.60"), unit="%")
    cycles.target_create(key_task=child, indicator="đường giao thông nông thôn", value=None, unit="km")
    scope = Scope.of(cast.leader)
    tasks = list(
        _tasks_prefetched(
            KeyTask.objects.filter(scope.task_q(), parent__isnull=True).order_by(
                "cycle_id", "proposal_id", "field__order", "order", "id"
            )
        )
    )
    assert any(t.children.all() for t in tasks) and any(t.lead_units.all() for t in tasks)
    assert any(c.targets.all() for t in tasks for c in t.children.all())
    leader = api_as("leader")
    assert leader.get("/key-tasks").content == _page_from_models(s.KeyTaskPage, tasks[:50], len(tasks))
    page = leader.get("/key-tasks", page=2, page_size=2)
    assert page.content == _page_from_models(s.KeyTaskPage, tasks[2:4], len(tasks), page=2, page_size=2)
    led = [t for t in tasks if cast.other_unit in t.lead_units.all()]
    by_unit = leader.get("/key-tasks", unit=cast.other_unit.id)
    assert by_unit.content == _page_from_models(s.KeyTaskPage, led, len(led))

    targets = list(
        Target.objects.filter(scope.task_q("key_task__")).order_by(
            "key_task__cycle_id", "key_task_id", "order", "id"
        )
    )
    assert {Decimal("16.6"), None} <= {t.value for t in targets}
    assert leader.get("/targets").content == _page_from_models(s.TargetPage, targets[:50], len(targets))


FLAT = [
    ("/periods", "PeriodPage", "Period", "cycle_ids", ("cycle_id", "end", "kind", "id")),
    ("/proposals", "ProposalPage", "Proposal", "proposal", ("cycle_id", "unit__name", "id")),
    (
        "/assessments/targets",
        "TargetAssessmentPage",
        "TargetAssessment",
        "assessment",
        ("period__end", "target_id", "id"),
    ),
    (
        "/assessments/tasks",
        "TaskAssessmentPage",
        "TaskAssessment",
        "assessment",
        ("period__end", "key_task_id", "id"),
    ),
    (
        "/assessments/bodies",
        "BodyAssessmentPage",
        "BodyAssessment",
        "assessment",
        ("period__end", "organisation__name", "id"),
    ),
]


@pytest.mark.parametrize(("path", "page", "model", "visible", "order"), FLAT)
def test_flat_lists_are_what_the_schema_makes_of_the_models(
    api_as, busy, cast, path, page, model, visible, order
):
    from django.apps import apps

    from trongtam.api import schemas as s
    from trongtam.api.access import Scope
    from trongtam.registry.progress.services import cycle_assess

    cycle_assess(cycle=busy.cycle, period=busy.periods[("month", 1)])  # a second period's assessments
    scope = Scope.of(cast.coordinator)
    condition = {
        "cycle_ids": scope.cycle_ids(),
        "proposal": scope.cycle_ids() & scope.proposal_q(),
        "assessment": scope.assessment_q("period__cycle"),
    }[visible]
    label = "cycles" if model == "Proposal" else "progress"
    objects = list(apps.get_model(label, model).objects.filter(condition).order_by(*order))
    assert len(objects) >= 2, path
    schema = getattr(s, page)
    coordinator = api_as("coordinator")
    assert coordinator.get(path).content == _page_from_models(schema, objects[:50], len(objects))
    second = coordinator.get(path, page=2, page_size=1)
    assert second.content == _page_from_models(schema, objects[1:2], len(objects), page=2, page_size=1)


def test_each_report_carries_exactly_its_own_values_and_task_statuses_in_order(api_as, busy, cast):
    from trongtam.registry.progress.models import Entry, TaskEntry

    items = api_as("coordinator").get("/reports", page_size=200).json()["items"]
    assert len(items) == 3
    for item in items:
        own = Entry.objects.filter(report_id=item["id"]).order_by("target_id", "kind")
        assert [e["id"] for e in item["entries"]] == [e.id for e in own]
        assert {(e["report"], e["period"], e["unit"]["id"]) for e in item["entries"]} <= {
            (item["id"], item["period"], item["unit"]["id"])
        }
        tasks = TaskEntry.objects.filter(report_id=item["id"]).order_by("id")
        assert [t["id"] for t in item["task_entries"]] == [t.id for t in tasks]
    quarter = next(i for i in items if i["id"] == busy.report.id)
    assert [(e["target"], e["kind"]) for e in quarter["entries"]] == sorted(
        [
            (busy.budget.id, "estimate"),
            (busy.budget.id, "official"),
            (busy.poverty.id, "estimate"),
            (busy.poverty.id, "official"),
        ]
    )
    assert [t["key_task"] for t in quarter["task_entries"]] == [busy.words.id, busy.task.id]
    assert quarter["task_entries"][0]["done_on"] == "2024-02-03"
    january = next(i for i in items if i["unit"]["id"] == cast.unit.id and i["id"] != busy.report.id)
    assert january["status"] == "submitted" and january["submitted_at"] == "2024-02-05T03:04:05.678Z"
    assert january["entries"][0]["value"] == "-2.5" and january["task_entries"] == []


def test_a_unit_sees_only_its_own_reports_with_their_values(api_as, busy, cast):
    items = api_as("unit_staff").get("/reports").json()["items"]
    assert {i["unit"]["id"] for i in items} == {cast.unit.id}
    assert all(e["unit"]["id"] == cast.unit.id for i in items for e in i["entries"])
    assert api_as("outsider").get(f"/reports/{busy.report.id}").status_code == 404
    assert api_as("outsider").get(f"/entries/{busy.entry.id}").status_code == 404


def test_every_page_tells_the_same_total_whether_or_not_it_is_counted(api_as, world):
    # A short last page gives the total without a COUNT query; full pages and pages past the end count.
    staff = api_as("unit_staff")
    for page_size in (1, 6, 18, 19, 20):
        for page in range(1, 19 // page_size + 3):
            body = staff.get("/periods", page=page, page_size=page_size).json()
            assert body["count"] == 19, (page, page_size)
            assert len(body["items"]) == max(0, min(page_size, 19 - (page - 1) * page_size))
