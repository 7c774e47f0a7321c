"""The writes a unit makes: progress values (with optimistic versions), a proposal upload, an extraction."""

from __future__ import annotations

from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile

import trongtam.registry.sample as sample

SEED_TXT = Path(sample.__file__).with_name("seed-huu-lung-2024.txt")
SEED_DOCX = Path(sample.__file__).with_name("seed-huu-lung-2024.docx")


def _path(world, cast) -> str:
    return f"/periods/{world.periods[('quarter', 1)].id}/reports/{cast.unit.id}"


def test_progress_values_are_saved_and_numbers_travel_as_strings(api_as, world, cast):
    staff = api_as("unit_staff")
    payload = {
        "entries": [
            {"target": world.budget.id, "kind": "estimate", "value": "60000.25", "version": 1, "note": "ước"},
            {"target": world.poverty.id, "kind": "estimate", "value": "2.8", "version": None},
        ],
        "tasks": [
            {
                "key_task": world.words.id,
                "status": "done",
                "narrative": "Đã tổ chức.",
                "done_on": "2024-02-20",
            }
        ],
    }
    response = staff.post(_path(world, cast), json=payload)
    assert response.status_code == 200, response.content
    body = response.json()
    values = {(e["target"], e["kind"]): e for e in body["entries"]}
    assert values[(world.budget.id, "estimate")]["value"] == "60000.25"
    assert values[(world.budget.id, "estimate")]["version"] == 2
    assert values[(world.poverty.id, "estimate")]["value"] == "2.8"
    assert body["task_entries"][0]["status"] == "done"
    assert body["status"] == "draft"
    # Read back through the list, filtered.
    listed = staff.get("/entries", target=world.poverty.id).json()
    assert listed["count"] == 1 and listed["items"][0]["value"] == "2.8"


def test_a_stale_version_is_a_conflict_and_saves_nothing(api_as, world, cast):
    from trongtam.registry.progress.models import Entry

    staff = api_as("unit_staff")
    first = staff.post(
        _path(world, cast), json={"entries": [{"target": world.budget.id, "value": "61000", "version": 1}]}
    )
    assert first.status_code == 200
    stale = {
        "entries": [
            {"target": world.poverty.id, "value": "2.5", "version": 0},
            {"target": world.budget.id, "value": "62000", "version": 1},
        ]
    }
    response = staff.post(_path(world, cast), json=stale)
    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "version_conflict"
    assert "phiên bản 2" in body["message"] and body["message_en"]
    # All or nothing: the other value of the same request was not kept either.
    assert not Entry.objects.filter(target=world.poverty).exists()
    assert Entry.objects.get(target=world.budget).value == 61000


def test_submit_sends_the_report_and_locks_it(api_as, world, cast):
    staff = api_as("unit_staff")
    response = staff.post(
        _path(world, cast),
        json={"entries": [{"target": world.budget.id, "value": "60000", "version": 1}], "submit": True},
    )
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "submitted"
    again = staff.post(
        _path(world, cast), json={"entries": [{"target": world.budget.id, "value": "1", "version": 2}]}
    )
    assert again.status_code == 400
    assert again.json()["code"] == "workflow"


def test_values_must_be_plain_decimal_strings(api_as, world, cast):
    staff = api_as("unit_staff")
    for bad in ("1e5", "12,5", "NaN", "abc", 12.5):
        response = staff.post(
            _path(world, cast), json={"entries": [{"target": world.budget.id, "value": bad}]}
        )
        assert response.status_code == 422, bad
        assert response.json()["code"] == "validation_error"
        assert response.json()["details"][0]["loc"][-1] == "value"


def test_a_target_of_another_cycle_or_unit_is_refused(api_as, world, cast):
    staff = api_as("unit_staff")
    unknown = staff.post(_path(world, cast), json={"entries": [{"target": 999999, "value": "1"}]})
    assert unknown.status_code == 400 and unknown.json()["code"] == "unknown_item"
    not_ours = staff.post(
        _path(world, cast), json={"entries": [{"target": world.other_target.id, "value": "1"}]}
    )
    assert not_ours.status_code == 400 and not_ours.json()["code"] == "progress_rule"


def test_upload_the_seed_and_get_the_extraction_back(api_as, world):
    type(world.proposal).objects.filter(pk=world.proposal.pk).update(status="draft")
    staff = api_as("unit_staff")
    letter = SimpleUploadedFile(SEED_TXT.name, SEED_TXT.read_bytes(), content_type="text/plain")
    # The staff member belongs to one unit only, so the unit may be left out.
    response = staff.post(f"/cycles/{world.cycle.id}/proposals/upload", data={"file": letter})
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["id"] == world.proposal.id  # the draft is replaced, not duplicated
    assert body["status"] == "draft" and body["source_name"] == SEED_TXT.name
    tasks = body["tasks"]
    assert len(tasks) >= 10
    targets = [t for task in tasks for t in task["targets"]] + [
        t for task in tasks for child in task["children"] for t in child["targets"]
    ]
    budget = [t for t in targets if t["value"] == "195000"]
    assert budget and budget[0]["unit"] == "triệu đồng"
    assert any(task["children"] for task in tasks)  # sub-items come back under their task
    assert {task["field"]["title"] for task in tasks if task["field"]}  # grouped by field


def test_extract_returns_the_document_without_saving(api_as, world):
    from trongtam.registry.cycles.models import KeyTask

    before = KeyTask.objects.count()
    for path in (SEED_TXT, SEED_DOCX):
        upload = SimpleUploadedFile(path.name, path.read_bytes())
        response = api_as("leader").post("/extract", data={"file": upload})
        assert response.status_code == 200, response.content
        document = response.json()
        assert document["sections"] and document["text"]
        values = [
            t["value"] for s in document["sections"] for task in s["tasks"] for t in task["targets"]
        ] + [
            t["value"]
            for s in document["sections"]
            for task in s["tasks"]
            for c in task["children"]
            for t in c["targets"]
        ]
        assert "195000" in values
    assert KeyTask.objects.count() == before
    assert api_as(None).post("/extract", data={"file": SimpleUploadedFile("a.txt", b"x")}).status_code == 401


def test_a_member_of_several_units_names_the_unit(api_as, world, cast):
    from trongtam.registry.organisations.services import membership_add

    membership_add(user=cast.unit_staff, organisation=cast.other_unit, role="unit_staff")
    type(world.proposal).objects.update(status="draft")  # the world's proposals are sent: back to drafts
    staff = api_as("unit_staff")
    letter = SimpleUploadedFile(SEED_TXT.name, SEED_TXT.read_bytes())
    response = staff.post(f"/cycles/{world.cycle.id}/proposals/upload", data={"file": letter})
    assert response.status_code == 400 and response.json()["code"] == "unit_required"
    letter.seek(0)
    named = staff.post(
        f"/cycles/{world.cycle.id}/proposals/upload", data={"file": letter, "unit": cast.other_unit.id}
    )
    assert named.status_code == 200 and named.json()["unit"]["id"] == cast.other_unit.id


def test_extract_says_what_the_reader_repaired_and_which_tasks_need_checking(api_as, world):
    from tests.core.text.legacy import to_vni

    letter = "I. KINH TẾ\n\n1. Tỷ lệ hộ nghèo giảm dưới 2%.\n\n2. Thu ngân sách đạt 195.000 triệu đồng.\n"
    upload = SimpleUploadedFile("vni.txt", to_vni(letter).encode("cp1252"))
    response = api_as("leader").post("/extract", data={"file": upload})
    assert response.status_code == 200, response.content
    document = response.json()
    assert any("VNI" in r for r in document["repairs"]) and document["ocr_pages"] == []
    assert document["sections"][0]["tasks"][0]["text"] == "Tỷ lệ hộ nghèo giảm dưới 2%."
    assert [t["needs_check"] for t in document["sections"][0]["tasks"]] == [False, False]
