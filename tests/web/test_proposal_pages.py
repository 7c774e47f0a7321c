"""The unit's proposal pages through Django's test client: upload, review, in-place edits, submit, return."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from trongtam.core.numbers import read_number
from trongtam.registry.cycles import proposals, services
from trongtam.registry.cycles.models import KeyTask, Proposal, Target


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


SAMPLE = Path(__file__).resolve().parents[2] / "src" / "trongtam" / "registry" / "sample"
HTMX = {"HTTP_HX_REQUEST": "true"}


def _post_file(client, cast, name: str, content: bytes):
    upload = SimpleUploadedFile(name, content)
    return client.post(
        reverse("web:proposal_upload", args=[cast.cycle.id]), {"unit": cast.unit.id, "file": upload}
    )


def _draft(cast) -> tuple[Proposal, KeyTask, Target]:
    """A draft of the unit built through the services, independent of the reader."""
    proposal = proposals.proposal_start(cycle=cast.cycle, unit=cast.unit, user=cast.unit_staff)
    text = "Tổng thu ngân sách trên địa bàn 195.000 triệu đồng."
    proposal.source_text = f"I. KINH TẾ\n1. {text}\n"
    proposal.save()
    start = proposal.source_text.index(text)
    task = services.key_task_create(
        cycle=cast.cycle,
        proposal=proposal,
        field=services.field_get_or_create(cycle=cast.cycle, title="KINH TẾ", number="I"),
        text=text,
        number="1",
        source_start=start,
        source_end=start + len(text),
    )
    clause = start + text.index("Tổng")
    target = services.target_create(
        key_task=task,
        indicator="Tổng thu ngân sách trên địa bàn",
        value=Decimal("195000"),
        unit="triệu đồng",
        source_start=clause,
        source_end=clause + len(text) - 1,
    )
    return proposal, task, target


def _row_data(target: Target, **changes) -> dict[str, object]:
    data = {
        "version": target.version,
        "indicator": target.indicator,
        "op": target.op,
        "value": "195.000",
        "value_max": "",
        "unit": target.unit,
        "direction": target.direction,
        "change": target.change,
        "basis": target.basis,
    }
    data.update(changes)
    return data


# ---------------------------------------------------------------------------------------------
# The unit's page for a cycle


def test_the_unit_page_offers_upload_typing_and_the_days_left(client, cast):
    client.force_login(cast.unit_staff)
    body = client.get(reverse("web:proposal_home", args=[cast.cycle.id])).content.decode()
    assert "Đề xuất của đơn vị" in body and cast.unit.name in body
    assert 'accept=".docx,.pdf,.txt,.md,.doc,.png,.jpg,.jpeg,.tif,.tiff"' in body
    assert "Nhập trực tiếp" in body
    assert "Hạn đề xuất: <strong>05/12/2023</strong>" in body and "đã quá hạn" in body
    assert '<label for="file-' in body


def test_typing_the_proposal_starts_an_empty_draft(client, cast):
    client.force_login(cast.unit_staff)
    response = client.post(reverse("web:proposal_manual", args=[cast.cycle.id]), {"unit": cast.unit.id})
    proposal = Proposal.objects.get()
    assert response.status_code == 302 and response["Location"].endswith("#them-nhiem-vu")
    response = client.post(
        reverse("web:proposal_task_add", args=[proposal.id]),
        {
            "field_title": "Lĩnh vực kinh tế - xã hội",
            "text": "Giải ngân 100% vốn đầu tư công.",
            "deadline": "31/12/2024",
        },
    )
    task = KeyTask.objects.get()
    assert (task.number, task.field.title, str(task.deadline)) == (
        "1",
        "Lĩnh vực kinh tế - xã hội",
        "2024-12-31",
    )
    response = client.post(
        reverse("web:proposal_target_add", args=[task.id]),
        {
            "indicator": "giải ngân",
            "op": ">=",
            "value": "100",
            "unit": "%",
            "direction": "higher",
            "change": "level",
        },
    )
    assert Target.objects.get().value == Decimal(100)


# ---------------------------------------------------------------------------------------------
# Upload and review


def test_uploading_the_seed_shows_the_review_with_highlighted_clauses(client, cast):
    client.force_login(cast.unit_staff)
    response = _post_file(
        client, cast, "seed-huu-lung-2024.docx", (SAMPLE / "seed-huu-lung-2024.docx").read_bytes()
    )
    proposal = Proposal.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse(
        "web:proposal_review", args=[proposal.id]
    )

    body = client.get(response["Location"]).content.decode()
    assert "Văn bản gốc" in body and "Mai Xuân Thắng" in body and "01/12/2023" in body
    assert "đăng ký các nhiệm vụ trọng tâm" in body
    assert body.count('<li class="rtask') == 21
    targets = list(Target.objects.filter(key_task__proposal=proposal))
    assert targets, "the reader found the structure but no target"
    marks = re.findall(r'<mark id="src-(\d+)"><a href="#ct-\d+">(.*?)</a></mark>', body, re.S)
    assert len(marks) >= len(targets) - 2
    budget = next(t for t in targets if t.value == Decimal("195000"))
    assert any(int(pk) == budget.pk and "195.000 triệu đồng" in text for pk, text in marks)
    assert f'id="ct-{budget.pk}-value" name="value" value="195.000"' in body


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("trong.txt", b"", "tệp rỗng"),
        ("nhi-phan.txt", bytes(range(256)) * 64, "nhi-phan.txt"),
        ("anh.png", b"\x89PNG\r\n", "ảnh bị hỏng"),
        ("chuong-trinh.exe", b"MZ\x90\x00", "chỉ nhận tệp"),
    ],
)
def test_a_bad_file_is_explained_in_vietnamese_beside_the_form(client, cast, name, content, words):
    client.force_login(cast.unit_staff)
    response = _post_file(client, cast, name, content)
    body = response.content.decode()
    assert response.status_code == 400
    assert 'role="alert"' in body and words in body and 'aria-invalid="true"' in body
    assert not Proposal.objects.exists()


def test_a_file_over_the_limit_is_refused(client, cast, settings):
    settings.TRONGTAM_MAX_UPLOAD_BYTES = 100
    client.force_login(cast.unit_staff)
    response = _post_file(client, cast, "lon.txt", b"x" * 101)
    assert response.status_code == 400 and "quá lớn" in response.content.decode()
    assert not Proposal.objects.exists()


def test_hostile_text_in_a_letter_is_never_shown_unescaped(client, cast):
    letter = (
        "I. LĨNH VỰC KINH TẾ - XÃ HỘI\n"
        "1. Làm <script>alert(1)</script> việc đạt 100% kế hoạch.\n"
        '2. Thu ngân sách "><img src=x onerror=alert(2)> 195.000 triệu đồng.\n'
    )
    client.force_login(cast.unit_staff)
    response = _post_file(client, cast, "doc-hai.txt", letter.encode())
    assert response.status_code == 302
    body = client.get(response["Location"]).content.decode()
    assert "<script>alert(1)</script>" not in body and "<img src=x" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


# ---------------------------------------------------------------------------------------------
# Rows saved in place


def test_saving_a_row_with_htmx_answers_only_the_row(client, cast):
    _, _, target = _draft(cast)
    client.force_login(cast.unit_staff)
    url = reverse("web:proposal_target_update", args=[target.id])
    response = client.post(url, _row_data(target, value="200.000", op="~"), **HTMX)
    body = response.content.decode()
    assert response.status_code == 200
    assert body.startswith("<form") and f'id="ct-{target.id}"' in body and "<html" not in body
    assert "Đã lưu." in body and 'value="200.000"' in body
    target.refresh_from_db()
    assert (target.value, target.op, target.version) == (Decimal("200000"), "~", 2)


def test_saving_a_row_without_javascript_redirects_back_to_the_row(client, cast):
    proposal, _, target = _draft(cast)
    client.force_login(cast.unit_staff)
    response = client.post(
        reverse("web:proposal_target_update", args=[target.id]), _row_data(target, value="16,6", unit="%")
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("web:proposal_review", args=[proposal.id]) + f"#ct-{target.id}"
    target.refresh_from_db()
    assert (target.value, target.unit) == (Decimal("16.6"), "%")


def test_a_stale_row_shows_the_conflict_in_vietnamese(client, cast):
    _, _, target = _draft(cast)
    client.force_login(cast.unit_staff)
    url = reverse("web:proposal_target_update", args=[target.id])
    stale = _row_data(target, value="200.000")
    client.post(url, _row_data(target, value="210.000"), **HTMX)
    body = client.post(url, stale, **HTMX).content.decode()
    assert "Chỉ tiêu đã được người khác sửa" in body and 'role="alert"' in body
    assert 'value="210.000"' in body
    target.refresh_from_db()
    assert target.value == Decimal("210000")


def test_a_row_with_a_bad_number_keeps_what_was_typed(client, cast):
    _, _, target = _draft(cast)
    client.force_login(cast.unit_staff)
    url = reverse("web:proposal_target_update", args=[target.id])
    body = client.post(url, _row_data(target, value="mười"), **HTMX).content.decode()
    assert "Giá trị: “mười” không phải là số" in body and 'value="mười"' in body
    target.refresh_from_db()
    assert target.value == Decimal("195000") and target.version == 1


def test_a_row_can_be_deleted_in_place(client, cast):
    _, _, target = _draft(cast)
    client.force_login(cast.unit_staff)
    response = client.post(reverse("web:proposal_target_delete", args=[target.id]), **HTMX)
    assert response.status_code == 200 and response.content == b""
    assert not Target.objects.exists()


def test_a_target_added_with_htmx_answers_its_new_row(client, cast):
    _, task, _ = _draft(cast)
    client.force_login(cast.unit_staff)
    response = client.post(
        reverse("web:proposal_target_add", args=[task.id]),
        {
            "indicator": "tỷ lệ hộ nghèo",
            "op": ">=",
            "value": "3",
            "unit": "%",
            "direction": "lower",
            "change": "decrease",
            "basis": "points",
        },
        **HTMX,
    )
    new = Target.objects.get(indicator="tỷ lệ hộ nghèo")
    assert f'id="ct-{new.id}"' in response.content.decode()
    assert (new.change, new.basis, new.direction) == ("decrease", "points", "lower")


def test_tasks_can_be_split_and_merged_from_the_page(client, cast):
    proposal, task, _ = _draft(cast)
    task.text = "Thu ngân sách. Giảm hộ nghèo."
    task.source_start = task.source_end = None
    task.save()
    client.force_login(cast.unit_staff)
    body = client.get(reverse("web:proposal_review", args=[proposal.id])).content.decode()
    assert 'name="at"' in body
    client.post(reverse("web:proposal_task_split", args=[task.id]), {"at": task.text.index("Giảm")})
    second = KeyTask.objects.exclude(pk=task.pk).get()
    assert second.text == "Giảm hộ nghèo." and second.number == "2"
    response = client.post(reverse("web:proposal_task_merge", args=[second.id]), {"into": task.id}, **HTMX)
    assert response["HX-Redirect"].endswith(f"#nv-{task.id}")
    task.refresh_from_db()
    assert task.text == "Thu ngân sách. Giảm hộ nghèo." and KeyTask.objects.count() == 1


def test_a_task_can_be_edited_and_deleted_from_the_page(client, cast):
    _, task, _ = _draft(cast)
    client.force_login(cast.unit_staff)
    client.post(
        reverse("web:proposal_task_update", args=[task.id]),
        {"version": 1, "number": "1", "text": "Thu ngân sách 200.000 triệu đồng.", "lead_text": "UBND huyện"},
    )
    task.refresh_from_db()
    assert task.text == "Thu ngân sách 200.000 triệu đồng." and task.lead_text == "UBND huyện"
    client.post(reverse("web:proposal_task_delete", args=[task.id]))
    assert not KeyTask.objects.exists() and not Target.objects.exists()


# ---------------------------------------------------------------------------------------------
# Submit and return


def test_submitting_needs_the_confirmation_and_then_the_page_is_read_only(client, cast):
    proposal, _, target = _draft(cast)
    client.force_login(cast.unit_staff)
    submit = reverse("web:proposal_submit", args=[proposal.id])
    refused = client.post(submit, {})
    assert refused.status_code == 400
    body = refused.content.decode()
    assert '<p class="field-error" id="xac-nhan-loi">Hãy đánh dấu xác nhận trước khi gửi đề xuất.</p>' in body
    assert (
        'id="xac-nhan" name="confirm" value="1" required aria-invalid="true" aria-describedby="xac-nhan-loi"'
        in body
    )
    assert '<a href="#xac-nhan">' in body
    proposal.refresh_from_db()
    assert proposal.status == "draft"
    client.post(submit, {"confirm": "1"})
    proposal.refresh_from_db()
    assert proposal.status == "submitted"

    body = client.get(reverse("web:proposal_review", args=[proposal.id])).content.decode()
    assert "Đã gửi" in body and 'name="indicator"' not in body and "Gửi đề xuất</button>" not in body
    response = client.post(
        reverse("web:proposal_target_update", args=[target.id]), _row_data(target, value="1")
    )
    assert response.status_code == 403


def test_the_office_returns_a_submitted_proposal_with_a_reason(client, cast):
    proposal, _, _ = _draft(cast)
    proposals.proposal_submit(proposal=proposal, user=cast.unit_staff)
    client.force_login(cast.coordinator)
    body = client.get(reverse("web:proposal_review", args=[proposal.id])).content.decode()
    assert "Trả lại đề xuất cho đơn vị" in body and '<label for="reason">' in body
    refused = client.post(reverse("web:proposal_return", args=[proposal.id]), {"reason": "  "})
    assert refused.status_code == 400
    body = refused.content.decode()
    assert '<p class="field-error" id="reason-loi">' in body
    assert (
        'id="reason" name="reason" rows="3" required aria-invalid="true" aria-describedby="reason-loi"'
        in body
    )
    assert '<a href="#reason">' in body and 'role="alert"' in body
    proposal.refresh_from_db()
    assert proposal.status == "submitted"
    client.post(reverse("web:proposal_return", args=[proposal.id]), {"reason": "Bổ sung chỉ tiêu hộ nghèo."})
    proposal.refresh_from_db()
    assert proposal.status == "returned"

    client.force_login(cast.unit_staff)
    body = client.get(reverse("web:proposal_review", args=[proposal.id])).content.decode()
    assert "Bổ sung chỉ tiêu hộ nghèo." in body and 'name="indicator"' in body


# ---------------------------------------------------------------------------------------------
# Who may do what: 404 for what one may not see, 403 for what one may not change


@pytest.fixture
def other_staff(cast, django_user_model):
    from trongtam.registry.organisations.services import membership_add

    user = django_user_model.objects.create_user(username="ubnd", password="x")
    membership_add(user=user, organisation=cast.other_unit, role="unit_staff")
    return user


def _actions(proposal: Proposal, task: KeyTask, target: Target) -> dict[str, tuple[str, dict[str, object]]]:
    return {
        "review": ("get", {}),
        "target_update": ("post", _row_data(target, value="1")),
        "target_delete": ("post", {}),
        "target_add": (
            "post",
            {"indicator": "x", "op": ">=", "value": "1", "direction": "higher", "change": "level"},
        ),
        "task_update": ("post", {"version": 1, "text": "Khác"}),
        "task_add": ("post", {"text": "Khác"}),
        "task_delete": ("post", {}),
        "submit": ("post", {"confirm": "1"}),
    }


def _url(action: str, proposal: Proposal, task: KeyTask, target: Target) -> str:
    names = {
        "review": ("web:proposal_review", proposal.id),
        "target_update": ("web:proposal_target_update", target.id),
        "target_delete": ("web:proposal_target_delete", target.id),
        "target_add": ("web:proposal_target_add", task.id),
        "task_update": ("web:proposal_task_update", task.id),
        "task_add": ("web:proposal_task_add", proposal.id),
        "task_delete": ("web:proposal_task_delete", task.id),
        "submit": ("web:proposal_submit", proposal.id),
    }
    name, arg = names[action]
    return reverse(name, args=[arg])


# Expected status per role: the unit's own staff may do everything (redirects), the office and the leader
# read but may not change (403), anyone else does not learn that the proposal exists (404).
MATRIX = {
    "unit_staff": {"review": 200, "*": (200, 302)},
    # A draft is its unit's alone until submitted: the office and the leader do not see it either.
    "coordinator": {"review": 404, "*": (404,)},
    "leader": {"review": 404, "*": (404,)},
    "other_staff": {"review": 404, "*": (404,)},
    "outsider": {"review": 404, "*": (404,)},
}


@pytest.mark.parametrize("role", list(MATRIX))
@pytest.mark.parametrize(
    "action",
    [
        "review",
        "target_update",
        "target_delete",
        "target_add",
        "task_update",
        "task_add",
        "task_delete",
        "submit",
    ],
)
def test_role_action_matrix(client, cast, other_staff, role, action):
    proposal, task, target = _draft(cast)
    user = other_staff if role == "other_staff" else getattr(cast, role)
    client.force_login(user)
    method, data = _actions(proposal, task, target)[action]
    response = getattr(client, method)(_url(action, proposal, task, target), data)
    expected = MATRIX[role].get(action, MATRIX[role]["*"])
    allowed = expected if isinstance(expected, tuple) else (expected,)
    assert response.status_code in allowed, (role, action, response.status_code)
    if role != "unit_staff" and action != "review":
        target.refresh_from_db()
        task.refresh_from_db()
        assert target.value == Decimal("195000") and task.text.startswith("Tổng thu")


@pytest.mark.parametrize("role", ["coordinator", "leader", "outsider"])
def test_only_the_office_may_return(client, cast, role):
    proposal, _, _ = _draft(cast)
    proposals.proposal_submit(proposal=proposal, user=cast.unit_staff)
    client.force_login(getattr(cast, role))
    response = client.post(reverse("web:proposal_return", args=[proposal.id]), {"reason": "Lý do"})
    assert response.status_code == {"coordinator": 302, "leader": 403, "outsider": 404}[role]


@pytest.mark.parametrize("role", ["coordinator", "leader", "outsider"])
def test_only_the_units_staff_may_upload(client, cast, role):
    client.force_login(getattr(cast, role))
    response = _post_file(client, cast, "a.txt", b"1. Thu ngan sach.")
    assert response.status_code == (404 if role == "outsider" else 403)
    assert not Proposal.objects.exists()


def test_pages_need_sign_in(client, cast):
    proposal, _, _ = _draft(cast)
    response = client.get(reverse("web:proposal_review", args=[proposal.id]))
    assert response.status_code == 302 and reverse("web:login") in response["Location"]


# ---------------------------------------------------------------------------------------------
# A long letter


@pytest.mark.slow
def test_the_review_of_a_long_letter_takes_a_fixed_number_of_queries(
    client, cast, django_assert_max_num_queries
):
    proposal = proposals.proposal_start(cycle=cast.cycle, unit=cast.unit, user=cast.unit_staff)
    lines = []
    for f in range(3):
        field = services.field_get_or_create(cycle=cast.cycle, title=f"Lĩnh vực {f}")
        for n in range(40):
            text = f"Nhiệm vụ {f}.{n}: đạt {n} đơn vị. Tăng {n},5% so với cùng kỳ."
            start = sum(len(x) + 1 for x in lines)
            lines.append(text)
            task = services.key_task_create(
                cycle=cast.cycle,
                proposal=proposal,
                field=field,
                text=text,
                number=str(n + 1),
                source_start=start,
                source_end=start + len(text),
            )
            child = services.key_task_create(
                cycle=cast.cycle, proposal=proposal, field=field, parent=task, text="Ý con."
            )
            for k in range(3):
                services.target_create(
                    key_task=task,
                    indicator=f"chỉ tiêu {k}",
                    value=Decimal(n),
                    unit="%",
                    source_start=start + k,
                    source_end=start + k + 1,
                )
            services.target_create(key_task=child, indicator="con", value=Decimal(1))
    proposal.source_text = "\n".join(lines)
    proposal.save()
    client.force_login(cast.unit_staff)
    with django_assert_max_num_queries(20):
        response = client.get(reverse("web:proposal_review", args=[proposal.id]))
    assert response.status_code == 200
    assert response.content.decode().count('class="target-row') == 3 * 40 * 4 + 3 * 40 * 2


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("195.000", Decimal(195000)),
        ("16,6", Decimal("16.6")),
        ("1.234,5", Decimal("1234.5")),
        ("1.234.567", Decimal(1234567)),
        ("", None),
        (" 42 ", Decimal(42)),
    ],
)
def test_numbers_are_read_the_vietnamese_way(typed, value):
    assert read_number(typed) == value


@pytest.mark.parametrize("typed", ["mười", "1.23.4", "12a", "8.5", "1e3"])
def test_a_typed_number_that_is_not_one_is_refused(typed):
    # "8.5" is refused with a hint ("có phải là 8,5?"): a dot groups thousands, so 8.500 and 8.5 must not
    # both be guesses.
    with pytest.raises(ValueError):
        read_number(typed)


def test_the_letter_header_can_be_corrected(client, cast):
    proposal, _, _ = _draft(cast)
    client.force_login(cast.unit_staff)
    response = client.post(
        reverse("web:proposal_header", args=[proposal.id]),
        {
            "letter_number": "45",
            "letter_symbol": "HĐND-VP",
            "letter_date": "01/12/2023",
            "signer_name": "Mai Xuân Thắng",
        },
    )
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert (proposal.letter_number, str(proposal.letter_date), proposal.signer_name) == (
        "45",
        "2023-12-01",
        "Mai Xuân Thắng",
    )
    client.force_login(cast.leader)
    response = client.post(reverse("web:proposal_header", args=[proposal.id]), {"letter_number": "99"})
    assert response.status_code == 404  # a draft: the leader does not see it


def test_a_target_refused_with_htmx_answers_its_form_as_typed_with_the_reason_beside_the_field(client, cast):
    _, task, _ = _draft(cast)
    client.force_login(cast.unit_staff)
    data = {"indicator": "tăng trưởng", "op": "range", "value": "8", "direction": "higher", "change": "level"}
    response = client.post(reverse("web:proposal_target_add", args=[task.id]), data, **HTMX)
    assert response.status_code == 200 and response["HX-Retarget"] == f"#them-ct-{task.id}"
    body = response.content.decode()
    assert (
        f'id="moi-{task.id}-indicator" name="indicator" maxlength="500" required value="tăng trưởng"' in body
    )
    assert '<option value="range" selected>' in body
    assert f'aria-describedby="moi-{task.id}-value_max-loi"' in body and "Chỉ tiêu dạng khoảng" in body
    assert Target.objects.count() == 1
    page = client.post(reverse("web:proposal_target_add", args=[task.id]), data)
    assert page.status_code == 400
    assert f'<a href="#moi-{task.id}-value_max">' in page.content.decode()
