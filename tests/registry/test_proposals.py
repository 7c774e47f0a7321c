"""A unit's proposal: upload, correct, split and merge, submit and return."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import override_settings

from trongtam.registry.cycles import proposals, services
from trongtam.registry.cycles.models import KeyTask, Proposal, Target


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


SAMPLE = Path(__file__).resolve().parents[2] / "src" / "trongtam" / "registry" / "sample"


def _upload(cast, name: str = "seed-huu-lung-2024.txt", content: bytes | None = None) -> Proposal:
    data = (SAMPLE / name).read_bytes() if content is None else content
    return proposals.proposal_upload(
        cycle=cast.cycle, unit=cast.unit, user=cast.unit_staff, content=data, filename=name
    )


def _draft_with_task(cast, text: str = "Tổng thu ngân sách trên địa bàn 195.000 triệu đồng.") -> KeyTask:
    proposal = proposals.proposal_start(cycle=cast.cycle, unit=cast.unit, user=cast.unit_staff)
    return proposals.key_task_add(proposal=proposal, user=cast.unit_staff, text=text, field_title="Kinh tế")


def _nothing_written() -> bool:
    return not (Proposal.objects.exists() or KeyTask.objects.exists() or Target.objects.exists())


# ---------------------------------------------------------------------------------------------
# Upload


@pytest.mark.parametrize("name", ["seed-huu-lung-2024.txt", "seed-huu-lung-2024.docx"])
def test_uploading_the_seed_makes_a_draft_with_its_tasks_and_sub_items(cast, name):
    proposal = _upload(cast, name)

    assert proposal.status == "draft" and proposal.unit == cast.unit
    assert proposal.source_name == name and proposal.source_file.name.endswith(Path(name).suffix)
    assert proposal.source_file.read() == (SAMPLE / name).read_bytes()
    assert proposal.subject.startswith("đăng ký các nhiệm vụ trọng tâm")
    assert proposal.signer_name == "Mai Xuân Thắng"
    top = KeyTask.objects.filter(proposal=proposal, parent__isnull=True)
    assert top.count() == 19
    task13 = top.get(field__title__icontains="KINH TẾ", number="13")
    assert task13.children.count() == 2
    assert "195.000 triệu đồng" in proposal.source_text


@pytest.mark.parametrize("name", ["seed-huu-lung-2024.txt", "seed-huu-lung-2024.docx"])
def test_uploading_the_seed_finds_the_budget_target(cast, name):
    proposal = _upload(cast, name)
    targets = Target.objects.filter(key_task__proposal=proposal)
    assert targets.exists(), "the reader found the structure but no target"
    budget = targets.get(value=Decimal("195000"))
    assert budget.unit == "triệu đồng"
    assert proposal.source_text[budget.source_start : budget.source_end].find("195.000") >= 0


@pytest.mark.parametrize(
    ("content", "name", "words"),
    [
        (b"", "trong.txt", "tệp rỗng"),
        (bytes(range(256)) * 64, "nhi-phan.txt", "nhi-phan.txt"),
        (bytes(range(256)) * 64, "hong.docx", "hong.docx"),
        (b"MZ\x90\x00 not a letter", "chuong-trinh.exe", "chỉ nhận tệp"),
    ],
)
def test_a_file_that_cannot_be_read_is_refused_in_vietnamese_and_nothing_is_written(
    cast, content, name, words
):
    with pytest.raises(ValidationError) as info:
        _upload(cast, name, content)
    message = " ".join(info.value.messages)
    assert words in message and name in message
    assert _nothing_written()


@override_settings(TRONGTAM_MAX_UPLOAD_BYTES=1000)
def test_a_file_over_the_size_limit_is_refused_before_reading(cast):
    with pytest.raises(ValidationError) as info:
        _upload(cast, "seed-huu-lung-2024.txt")
    assert "quá lớn" in info.value.messages[0]
    assert _nothing_written()


def test_a_reader_failure_half_way_writes_nothing(cast, monkeypatch):
    # A re-upload first drops the draft's tasks, then writes the new letter's tasks and then its targets;
    # writing the targets fails. Only the upload's own atomic block brings the dropped tasks back.
    first = _upload(cast)
    before = sorted(KeyTask.objects.filter(proposal=first).values_list("pk", "text"))
    real_bulk = services.bulk_create_with_history
    written = []

    def fails_on_the_targets(objs, model, *args, **kwargs):
        if model is Target:
            assert KeyTask.objects.filter(proposal=first).exclude(pk__in=[pk for pk, _ in before]).exists()
            raise ValidationError("hỏng giữa chừng")
        written.append(model)
        return real_bulk(objs, model, *args, **kwargs)

    monkeypatch.setattr(services, "bulk_create_with_history", fails_on_the_targets)
    with pytest.raises(ValidationError):
        _upload(cast, "seed-huu-lung-2024.docx")
    assert KeyTask in written
    assert sorted(KeyTask.objects.filter(proposal=first).values_list("pk", "text")) == before
    first.refresh_from_db()
    assert first.source_name == "seed-huu-lung-2024.txt" and Proposal.objects.count() == 1


def test_a_file_store_failure_after_the_import_writes_nothing(cast, monkeypatch):
    # The tasks and targets are written before the file is stored; a full disk must take them back.
    from django.core.files.storage import FileSystemStorage

    def disk_full(self, name, content, max_length=None):
        assert KeyTask.objects.exists() and Target.objects.exists()
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(FileSystemStorage, "save", disk_full)
    with pytest.raises(OSError):
        _upload(cast)
    assert _nothing_written()


def test_uploading_again_replaces_the_draft_instead_of_adding_a_second_proposal(cast):
    first = _upload(cast)
    second = _upload(cast, "seed-huu-lung-2024.docx")
    assert first.pk == second.pk and Proposal.objects.count() == 1
    assert KeyTask.objects.filter(proposal=second, parent__isnull=True).count() == 19


def test_only_the_units_own_staff_may_upload(cast):
    data = (SAMPLE / "seed-huu-lung-2024.txt").read_bytes()
    for who in (cast.coordinator, cast.leader, cast.outsider):
        with pytest.raises(PermissionDenied):
            proposals.proposal_upload(
                cycle=cast.cycle, unit=cast.unit, user=who, content=data, filename="a.txt"
            )
    assert _nothing_written()


# ---------------------------------------------------------------------------------------------
# Submit and return


def test_a_submitted_proposal_is_read_only_until_the_office_returns_it(cast):
    task = _draft_with_task(cast)
    target = proposals.target_add(
        key_task=task, user=cast.unit_staff, indicator="thu ngân sách", value=Decimal(1)
    )
    proposal = task.proposal
    proposals.proposal_submit(proposal=proposal, user=cast.unit_staff)
    proposal.refresh_from_db()
    assert proposal.status == "submitted" and proposal.submitted_by == cast.unit_staff

    with pytest.raises(PermissionDenied):
        proposals.target_update(target=target, user=cast.unit_staff, expected_version=1, value=Decimal(2))
    with pytest.raises(PermissionDenied):
        proposals.key_task_add(proposal=proposal, user=cast.unit_staff, text="Thêm sau khi gửi")

    with pytest.raises(ValidationError):
        proposals.proposal_return(proposal=proposal, user=cast.coordinator, reason="  ")
    proposals.proposal_return(
        proposal=proposal, user=cast.coordinator, reason="Thiếu chỉ tiêu thu ngân sách."
    )
    proposal.refresh_from_db()
    assert proposal.status == "returned" and proposal.returned_reason == "Thiếu chỉ tiêu thu ngân sách."
    updated = proposals.target_update(
        target=target, user=cast.unit_staff, expected_version=1, value=Decimal(2)
    )
    assert updated.value == Decimal(2) and updated.version == 2


def test_an_empty_proposal_cannot_be_submitted(cast):
    proposal = proposals.proposal_start(cycle=cast.cycle, unit=cast.unit, user=cast.unit_staff)
    with pytest.raises(ValidationError):
        proposals.proposal_submit(proposal=proposal, user=cast.unit_staff)


@pytest.mark.parametrize("who", ["unit_staff", "leader", "outsider"])
def test_only_the_office_returns_a_proposal(cast, who):
    task = _draft_with_task(cast)
    proposals.proposal_submit(proposal=task.proposal, user=cast.unit_staff)
    with pytest.raises(PermissionDenied):
        proposals.proposal_return(proposal=task.proposal, user=getattr(cast, who), reason="Không rõ")


def test_a_draft_cannot_be_returned(cast):
    task = _draft_with_task(cast)
    with pytest.raises(ValidationError):
        proposals.proposal_return(proposal=task.proposal, user=cast.coordinator, reason="Chưa gửi")


@pytest.mark.parametrize("who", ["coordinator", "leader", "outsider"])
def test_nobody_but_the_units_staff_edits_its_proposal(cast, who):
    task = _draft_with_task(cast)
    target = proposals.target_add(key_task=task, user=cast.unit_staff, indicator="thu", value=Decimal(1))
    user = getattr(cast, who)
    with pytest.raises(PermissionDenied):
        proposals.target_update(target=target, user=user, expected_version=1, value=Decimal(5))
    with pytest.raises(PermissionDenied):
        proposals.target_delete(target=target, user=user)
    with pytest.raises(PermissionDenied):
        proposals.key_task_update(task=task, user=user, text="Khác")
    with pytest.raises(PermissionDenied):
        proposals.key_task_delete(task=task, user=user)
    with pytest.raises(PermissionDenied):
        proposals.proposal_submit(proposal=task.proposal, user=user)


def test_staff_of_another_unit_cannot_edit(cast, django_user_model):
    from trongtam.registry.organisations.services import membership_add

    other = django_user_model.objects.create_user(username="ubnd", password="x")
    membership_add(user=other, organisation=cast.other_unit, role="unit_staff")
    task = _draft_with_task(cast)
    with pytest.raises(PermissionDenied):
        proposals.key_task_add(proposal=task.proposal, user=other, text="Chen vào")


# ---------------------------------------------------------------------------------------------
# Targets


def test_saving_a_target_that_someone_else_changed_meanwhile_is_a_conflict(cast):
    task = _draft_with_task(cast)
    target = proposals.target_add(
        key_task=task, user=cast.unit_staff, indicator="thu ngân sách", value=Decimal(1)
    )
    proposals.target_update(target=target, user=cast.unit_staff, expected_version=1, value=Decimal("195000"))
    with pytest.raises(ValidationError) as info:
        proposals.target_update(
            target=target, user=cast.unit_staff, expected_version=1, value=Decimal("200000")
        )
    assert info.value.code == proposals.CONFLICT_CODE
    assert "Chỉ tiêu đã được người khác sửa" in info.value.messages[0]
    target.refresh_from_db()
    assert target.value == Decimal("195000") and target.version == 2


def test_a_target_correction_is_validated_and_kept_in_history(cast):
    task = _draft_with_task(cast)
    target = proposals.target_add(
        key_task=task, user=cast.unit_staff, indicator="tăng trưởng", value=Decimal(8)
    )
    with pytest.raises(ValidationError):
        proposals.target_update(target=target, user=cast.unit_staff, expected_version=1, op="range")
    updated = proposals.target_update(
        target=target,
        user=cast.unit_staff,
        expected_version=1,
        op="range",
        value_max=Decimal("8.5"),
        direction="higher",
        change="increase",
        basis="points",
    )
    assert (updated.op, updated.value_max, updated.change, updated.basis) == (
        "range",
        Decimal("8.5"),
        "increase",
        "points",
    )
    last = updated.history.latest("history_date")
    assert last.history_user == cast.unit_staff


def test_a_target_can_be_added_and_deleted(cast):
    task = _draft_with_task(cast)
    first = proposals.target_add(key_task=task, user=cast.unit_staff, indicator="a", value=Decimal(1))
    second = proposals.target_add(key_task=task, user=cast.unit_staff, indicator="b", value=None)
    assert (first.order, second.order) == (1, 2)
    proposals.target_delete(target=first, user=cast.unit_staff)
    assert list(task.targets.values_list("indicator", flat=True)) == ["b"]


# ---------------------------------------------------------------------------------------------
# Tasks: add, edit, split, merge, delete


def test_tasks_typed_into_the_form_are_numbered_within_their_field(cast):
    first = _draft_with_task(cast, "Nhiệm vụ một.")
    second = proposals.key_task_add(
        proposal=first.proposal, user=cast.unit_staff, text="Nhiệm vụ hai.", field_title="kinh tế"
    )
    child = proposals.key_task_add(
        proposal=first.proposal, user=cast.unit_staff, text="Ý con.", parent=second
    )
    assert (first.number, second.number, child.number) == ("1", "2", "-")
    assert first.field == second.field == child.field
    with pytest.raises(ValidationError):
        proposals.key_task_add(proposal=first.proposal, user=cast.unit_staff, text="   ")


def test_a_task_can_be_corrected_with_optimistic_locking(cast):
    task = _draft_with_task(cast)
    updated = proposals.key_task_update(
        task=task, user=cast.unit_staff, expected_version=1, text="Thu ngân sách.", lead_text="UBND huyện"
    )
    assert (updated.text, updated.lead_text, updated.version) == ("Thu ngân sách.", "UBND huyện", 2)
    with pytest.raises(ValidationError) as info:
        proposals.key_task_update(task=task, user=cast.unit_staff, expected_version=1, text="Cũ")
    assert info.value.code == proposals.CONFLICT_CODE


def _task_from_source(cast, text: str) -> KeyTask:
    """A task imported from a letter whose whole text is ``text``, with one target per quoted clause."""
    proposal = proposals.proposal_start(cycle=cast.cycle, unit=cast.unit, user=cast.unit_staff)
    proposal.source_text = text
    proposal.save()
    return services.key_task_create(
        cycle=cast.cycle, proposal=proposal, text=text, number="1", source_start=0, source_end=len(text)
    )


def test_splitting_a_task_sends_each_target_with_its_clause(cast):
    text = "Tổng thu ngân sách đạt 195.000 triệu đồng. Giảm tỷ lệ hộ nghèo từ 3% trở lên."
    task = _task_from_source(cast, text)
    budget_at = text.index("195.000")
    poor_at = text.index("3%")
    services.target_create(
        key_task=task,
        indicator="tổng thu ngân sách",
        value=Decimal("195000"),
        unit="triệu đồng",
        source_start=budget_at,
        source_end=budget_at + 18,
    )
    services.target_create(
        key_task=task,
        indicator="tỷ lệ hộ nghèo",
        value=Decimal(3),
        unit="%",
        change="decrease",
        direction="lower",
        source_start=poor_at,
        source_end=poor_at + 2,
    )
    at = proposals.key_task_split_points(text)[0]
    second = proposals.key_task_split(task=task, user=cast.unit_staff, at=at)

    task.refresh_from_db()
    assert task.text == "Tổng thu ngân sách đạt 195.000 triệu đồng."
    assert second.text == "Giảm tỷ lệ hộ nghèo từ 3% trở lên."
    assert [t.indicator for t in task.targets.all()] == ["tổng thu ngân sách"]
    assert [t.indicator for t in second.targets.all()] == ["tỷ lệ hộ nghèo"]
    assert (task.number, second.number) == ("1", "2")
    assert text[second.source_start : second.source_end] == second.text
    assert Target.objects.count() == 2


def test_splitting_a_typed_task_places_targets_by_their_words(cast):
    task = _draft_with_task(cast, "Thu ngân sách 195.000 triệu đồng; giảm hộ nghèo 3%.")
    proposals.target_add(key_task=task, user=cast.unit_staff, indicator="hộ nghèo", value=Decimal(3))
    proposals.target_add(
        key_task=task, user=cast.unit_staff, indicator="Thu ngân sách", value=Decimal(195000)
    )
    later = proposals.key_task_add(
        proposal=task.proposal, user=cast.unit_staff, text="Sau.", field=task.field
    )
    second = proposals.key_task_split(task=task, user=cast.unit_staff, at=task.text.index("giảm"))
    assert [t.indicator for t in second.targets.all()] == ["hộ nghèo"]
    assert [t.indicator for t in task.targets.all()] == ["Thu ngân sách"]
    later.refresh_from_db()
    assert [t.number for t in KeyTask.objects.filter(proposal=task.proposal).order_by("order")] == [
        "1",
        "2",
        "3",
    ]
    assert later.number == "3"


@pytest.mark.parametrize("at", [0, 14, 10_000])
def test_a_split_that_would_leave_an_empty_half_is_refused(cast, at):
    task = _draft_with_task(cast, "Thu ngân sách.")
    with pytest.raises(ValidationError):
        proposals.key_task_split(task=task, user=cast.unit_staff, at=at)


def test_merging_appends_text_and_moves_targets_and_sub_items(cast):
    first = _draft_with_task(cast, "Thu ngân sách 195.000 triệu đồng.")
    second = proposals.key_task_add(
        proposal=first.proposal, user=cast.unit_staff, text="Giảm hộ nghèo 3%.", field=first.field
    )
    proposals.target_add(
        key_task=first, user=cast.unit_staff, indicator="thu ngân sách", value=Decimal(195000)
    )
    proposals.target_add(key_task=second, user=cast.unit_staff, indicator="hộ nghèo", value=Decimal(3))
    child = proposals.key_task_add(
        proposal=first.proposal, user=cast.unit_staff, text="Ý con.", parent=second
    )

    merged = proposals.key_task_merge(task=first, other=second, user=cast.unit_staff)

    assert merged.text == "Thu ngân sách 195.000 triệu đồng. Giảm hộ nghèo 3%."
    assert [(t.indicator, t.order) for t in merged.targets.order_by("order")] == [
        ("thu ngân sách", 1),
        ("hộ nghèo", 2),
    ]
    child.refresh_from_db()
    assert child.parent == merged
    assert not KeyTask.objects.filter(pk=second.pk).exists()
    assert Target.objects.count() == 2


def test_a_task_cannot_be_merged_into_its_own_sub_item(cast):
    parent = _draft_with_task(cast)
    child = proposals.key_task_add(
        proposal=parent.proposal, user=cast.unit_staff, text="Ý con.", parent=parent
    )
    with pytest.raises(ValidationError):
        proposals.key_task_merge(task=child, other=parent, user=cast.unit_staff)
    with pytest.raises(ValidationError):
        proposals.key_task_merge(task=parent, other=parent, user=cast.unit_staff)


def test_deleting_a_task_drops_its_targets_and_closes_up_the_numbers(cast):
    first = _draft_with_task(cast, "Một.")
    second = proposals.key_task_add(
        proposal=first.proposal, user=cast.unit_staff, text="Hai.", field=first.field
    )
    third = proposals.key_task_add(
        proposal=first.proposal, user=cast.unit_staff, text="Ba.", field=first.field
    )
    proposals.target_add(key_task=second, user=cast.unit_staff, indicator="x", value=Decimal(1))
    proposals.key_task_delete(task=second, user=cast.unit_staff)
    third.refresh_from_db()
    assert third.number == "2" and not Target.objects.exists()


def test_split_and_merge_on_the_seed_keep_every_target(cast):
    proposal = _upload(cast)
    before = Target.objects.filter(key_task__proposal=proposal).count()
    tasks = KeyTask.objects.filter(proposal=proposal, parent__isnull=True).prefetch_related("targets")
    task = max(tasks, key=lambda t: len(t.targets.all()))
    assert len(task.targets.all()) >= 2, "no task of the seed has two targets"
    starts = sorted(t.source_start for t in task.targets.all())
    # Split right before the second target's clause, at a sentence or clause boundary.
    cut = starts[1] - task.source_start
    points = [p for p in proposals.key_task_split_points(task.text) if p <= cut]
    at = points[-1] if points else cut
    second = proposals.key_task_split(task=task, user=cast.unit_staff, at=at)

    assert Target.objects.filter(key_task__proposal=proposal).count() == before
    first_part = Target.objects.filter(key_task=task)
    assert first_part.count() >= 1 and second.targets.count() >= 1
    for target in second.targets.all():
        assert second.source_start <= target.source_start < second.source_end
    proposals.key_task_merge(task=task, other=second, user=cast.unit_staff)
    assert Target.objects.filter(key_task__proposal=proposal).count() == before
    assert KeyTask.objects.filter(proposal=proposal, parent__isnull=True).count() == 19


def test_a_reupload_removes_the_replaced_letter_from_disk_once_committed(
    cast, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.MEDIA_ROOT = tmp_path
    first = _upload(cast)
    old = Path(first.source_file.path)
    assert old.exists()
    with django_capture_on_commit_callbacks(execute=False) as pending:
        second = _upload(cast, "seed-huu-lung-2024.docx")
    # Until the transaction commits the replaced file stays (a rollback must find it).
    assert old.exists() and len(pending) == 1
    pending[0]()
    assert not old.exists()
    assert Path(second.source_file.path).exists()


def test_a_proposal_typed_as_a_report_keeps_its_targets(cast):
    """Uploaded on the proposal page, a letter headed "BÁO CÁO" whose subject names no kind is read as the plan
    the page asks for: its uncued numbers are targets, not results (which a proposal drops)."""
    letter = (
        "UỶ BAN NHÂN DÂN XÃ AN BÌNH\nSố: 12/BC-UBND\nBÁO CÁO\nVề việc thực hiện Công văn số 1292-CV/HU\n\n"
        "Ủy ban nhân dân xã báo cáo như sau:\n\n1. Tổng thu ngân sách trên địa bàn 195.000 triệu đồng.\n"
    ).encode()
    proposal = _upload(cast, "bao-cao.txt", letter)
    assert list(Target.objects.filter(key_task__proposal=proposal).values_list("value", flat=True)) == [
        Decimal("195000")
    ]
