"""Pages of the hand-down and roll-up, seen by the province office, a commune and an outsider."""

from __future__ import annotations

import io
import re
from decimal import Decimal

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from trongtam.registry.cascade.models import HandDown, Share, ShareStatus
from trongtam.registry.cascade.sample import PASSWORD
from trongtam.registry.cycles.models import KeyTask, Target
from trongtam.registry.organisations.models import Organisation
from trongtam.registry.organisations.services import organisation_create
from trongtam.registry.progress.models import Period

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def sample(cascade_sample):
    return cascade_sample


def _login(client, username):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username=username))
    return client


@pytest.fixture
def new_target(sample):
    """A province target not yet handed down."""
    task = KeyTask.objects.create(
        cycle=sample.cycle, number="4", order=4, text="Phát triển giao thông nông thôn."
    )
    return Target.objects.create(
        key_task=task,
        indicator="km đường giao thông nông thôn được cứng hóa",
        op=">=",
        value=Decimal("500"),
        unit="km",
    )


def test_the_office_hands_a_target_down_with_a_running_total(client, sample, new_target):
    _login(client, "tinh-vanphong")
    url = reverse("web:cascade_hand_down", args=[sample.cycle.id, new_target.id])
    page = client.get(url).content.decode()
    assert 'id="running-total"' in page and "Đảng ủy xã Tuấn Sơn" in page
    ids = {c.place_name: c.id for c in sample.communes}
    response = client.post(
        url,
        {
            "method": "sum",
            f"value_{ids['Hữu Lũng']}": "60",
            f"value_{ids['Tuấn Sơn']}": "45,5",
            f"value_{ids['Vân Nham']}": "1.200",
        },
    )
    assert response.status_code == 302
    shares = {s.commune.place_name: s for s in Share.objects.filter(hand_down__target=new_target)}
    assert shares["Tuấn Sơn"].value == Decimal("45.5")
    assert shares["Vân Nham"].value == Decimal("1200")
    assert shares["Hữu Lũng"].commune_target.value == Decimal("60")
    page = client.get(url).content.decode()
    assert "1.305,5" in page  # the running total, written the Vietnamese way


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("value", "mười lăm", "không phải là số"),
        ("base", "0", "quyền số phải lớn hơn 0"),
    ],
)
def test_bad_input_gets_a_vietnamese_message_and_changes_nothing(
    client, sample, new_target, field, value, message
):
    _login(client, "tinh-vanphong")
    ids = [c.id for c in sample.communes]
    data = {"method": "weighted", "base_label": "số hộ", f"value_{ids[0]}": "2", f"base_{ids[0]}": "100"}
    data[f"value_{ids[1]}"] = "3"
    data[f"base_{ids[1]}"] = "200"
    data[f"{field}_{ids[1]}"] = value
    response = client.post(reverse("web:cascade_hand_down", args=[sample.cycle.id, new_target.id]), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not HandDown.objects.filter(target=new_target).exists()
    assert not Share.objects.filter(hand_down__target=new_target).exists()


def test_a_commune_outside_the_province_is_refused(client, sample, new_target):
    outside = organisation_create(
        name="Đảng ủy xã Hòa An",
        code="ĐU",
        kind="party_committee",
        level="commune",
        parent=organisation_create(
            name="Tỉnh ủy Cao Bằng", code="TU", kind="party_committee", level="province"
        ),
    )
    _login(client, "tinh-vanphong")
    ids = [c.id for c in sample.communes]
    response = client.post(
        reverse("web:cascade_hand_down", args=[sample.cycle.id, new_target.id]),
        {"method": "sum", f"value_{ids[0]}": "10", f"value_{outside.id}": "20"},
    )
    assert response.status_code == 400
    assert "không phải là xã, phường thuộc tỉnh" in response.content.decode()
    assert not Share.objects.filter(hand_down__target=new_target).exists()


def test_the_spreadsheet_round_trip_shows_a_dry_run_diff_then_saves_on_confirm(client, sample, new_target):
    _login(client, "tinh-vanphong")
    sheet = client.get(reverse("web:cascade_sheet", args=[sample.cycle.id, new_target.id]))
    wb = load_workbook(io.BytesIO(sheet.content))
    ws = wb.active
    names = [ws.cell(row=r, column=2).value for r in range(4, 7)]
    assert names == sorted(c.name for c in sample.communes)
    ws.cell(row=4, column=3).value = 70
    ws.cell(row=5, column=3).value = "55,5"
    buf = io.BytesIO()
    wb.save(buf)
    upload = io.BytesIO(buf.getvalue())
    upload.name = "giao.xlsx"
    preview = client.post(
        reverse("web:cascade_upload", args=[sample.cycle.id, new_target.id]),
        {"file": upload, "method": "sum"},
    )
    page = preview.content.decode()
    assert preview.status_code == 200 and "55,5" in page and "Xác nhận nhập 2 xã" in page
    assert not HandDown.objects.filter(target=new_target).exists()  # the dry run saves nothing
    token = preview.context["token"]
    client.post(reverse("web:cascade_confirm", args=[sample.cycle.id, new_target.id]), {"token": token})
    values = sorted(s.value for s in Share.objects.filter(hand_down__target=new_target))
    assert values == [Decimal("55.5"), Decimal("70")]


def test_a_sheet_with_a_word_for_a_number_is_refused_at_the_dry_run(client, sample, new_target):
    _login(client, "tinh-vanphong")
    wb = load_workbook(
        io.BytesIO(client.get(reverse("web:cascade_sheet", args=[sample.cycle.id, new_target.id])).content)
    )
    wb.active.cell(row=4, column=3).value = "năm mươi"
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    buf.name = "giao.xlsx"
    preview = client.post(
        reverse("web:cascade_upload", args=[sample.cycle.id, new_target.id]), {"file": buf, "method": "sum"}
    )
    assert preview.status_code == 400
    assert "Dòng 4" in preview.content.decode() and "không phải là số" in preview.content.decode()
    assert "Xác nhận nhập" not in preview.content.decode()


def test_a_commune_finds_its_targets_and_proposes_a_different_figure_the_office_returns_or_accepts(
    client, sample
):
    commune = Organisation.objects.get(name="Đảng ủy xã Tuấn Sơn")
    share = Share.objects.filter(
        commune=commune, hand_down__target__indicator="diện tích trồng rừng mới"
    ).get()
    commune_cycle = share.commune_target.key_task.cycle
    _login(client, "xa-tuanson")
    page = client.get(reverse("web:cascade_commune", args=[commune_cycle.id])).content.decode()
    assert "diện tích trồng rừng mới" in page and "Ban Thường vụ Tỉnh ủy Lạng Sơn" in page
    client.post(
        reverse("web:cascade_propose", args=[commune_cycle.id, share.id]), {"value": "100", "reason": ""}
    )
    share.refresh_from_db()
    assert share.status == ShareStatus.ASSIGNED  # no reason, nothing proposed
    client.post(
        reverse("web:cascade_propose", args=[commune_cycle.id, share.id]),
        {"value": "100", "reason": "Quỹ đất còn ít"},
    )
    share.refresh_from_db()
    assert share.status == ShareStatus.PROPOSED and share.proposed_value == Decimal("100")
    client.logout()
    _login(client, "tinh-vanphong")
    listing = client.get(reverse("web:cascade_list", args=[sample.cycle.id])).content.decode()
    assert "Quỹ đất còn ít" in listing
    client.post(
        reverse("web:cascade_answer", args=[sample.cycle.id, share.id]),
        {"action": "return", "reason": "Giữ mức đã giao"},
    )
    share.refresh_from_db()
    assert share.status == ShareStatus.RETURNED and share.value == Decimal("120")
    share.status = ShareStatus.PROPOSED
    share.save()
    client.post(reverse("web:cascade_answer", args=[sample.cycle.id, share.id]), {"action": "accept"})
    share.refresh_from_db()
    assert share.status == ShareStatus.ACCEPTED and share.value == Decimal("100")
    assert share.commune_target.value == Decimal("100")


def test_a_commune_cannot_hand_down_or_answer(client, sample):
    _login(client, "xa-tuanson")
    target = HandDown.objects.filter(target__key_task__cycle=sample.cycle).first().target
    response = client.get(reverse("web:cascade_hand_down", args=[sample.cycle.id, target.id]))
    assert response.status_code == 404  # the province cycle is not the commune's to see


def test_the_rollup_page_shows_sums_the_gap_and_a_late_commune(client, sample):
    _login(client, "tinh-lanhdao")
    nine = Period.objects.get(cycle=sample.cycle, kind="nine_months")
    page = client.get(
        reverse("web:cascade_rollup", args=[sample.cycle.id]) + f"?ky={nine.id}"
    ).content.decode()
    assert "214 ha" in page and "930 ha" in page and "716" in page  # communes, province, gap
    assert "2/3" in page and "1 xã chưa báo cáo" in page
    hd = HandDown.objects.get(target__indicator="diện tích trồng rừng mới")
    detail = client.get(
        reverse("web:cascade_rollup_detail", args=[sample.cycle.id, hd.id]) + f"?ky={nine.id}"
    ).content.decode()
    assert "Chậm — chưa báo cáo" in detail
    late_share = hd.shares.get(commune=sample.late_commune)
    commune_page = client.get(
        reverse("web:cascade_rollup_commune", args=[sample.cycle.id, late_share.id]) + f"?ky={nine.id}"
    )
    assert "chưa gửi báo cáo kỳ này" in commune_page.content.decode()
    other = hd.shares.exclude(commune=sample.late_commune).first()
    commune_page = client.get(
        reverse("web:cascade_rollup_commune", args=[sample.cycle.id, other.id]) + f"?ky={nine.id}"
    )
    assert "Đã gửi" in commune_page.content.decode()


def test_the_dashboard_links_to_the_rollup(client, sample):
    _login(client, "tinh-lanhdao")
    page = client.get(reverse("web:progress_dashboard", args=[sample.cycle.id])).content.decode()
    assert reverse("web:cascade_rollup", args=[sample.cycle.id]) in page


def test_an_outsider_sees_no_rollup(client, sample, django_user_model):
    django_user_model.objects.create_user(username="la", password=PASSWORD)
    _login(client, "la")
    assert client.get(reverse("web:cascade_rollup", args=[sample.cycle.id])).status_code == 404


def test_an_upload_stamped_secret_is_refused_with_what_to_do_instead(client, cast):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from trongtam.registry.cycles.models import Proposal

    client.force_login(cast.unit_staff)
    letter = "THƯỜNG TRỰC HĐND HUYỆN\nSố 12/HĐND\nMẬT\n1. Nhiệm vụ mật.\n".encode()
    response = client.post(
        reverse("web:proposal_upload", args=[cast.cycle.id]),
        {"unit": cast.unit.id, "file": SimpleUploadedFile("de-xuat.txt", letter)},
        follow=True,
    )
    page = response.content.decode()
    assert "dấu độ mật «MẬT»" in page and "không được tải lên" in page
    assert not Proposal.objects.filter(cycle=cast.cycle, source_text__contains="Nhiệm vụ mật").exists()


def test_a_task_marked_on_the_secrets_page_shows_by_reference_on_pages_exports_and_the_api(client, sample):
    from trongtam.registry.documents.exports import task_list_xlsx
    from trongtam.registry.tokens.services import token_create

    task = KeyTask.objects.get(cycle=sample.cycle, number="3")
    secret = "xóa nhà tạm, nhà dột nát"
    _login(client, "xa-tuanson")
    assert (
        client.post(
            reverse("web:cascade_secrets", args=[sample.cycle.id]), {"task": task.id, "level": "mat"}
        ).status_code
        == 404
    )
    _login(client, "tinh-vanphong")
    client.post(reverse("web:cascade_secrets", args=[sample.cycle.id]), {"task": task.id, "level": "toi_mat"})
    page = client.get(reverse("web:cascade_secrets", args=[sample.cycle.id])).content.decode()
    assert "TỐI MẬT" in page and "UBND tỉnh Lạng Sơn" in page
    detail = client.get(reverse("web:cycle_detail", args=[sample.cycle.id])).content.decode()
    assert "[TỐI MẬT]" in detail and secret not in detail
    wb = load_workbook(io.BytesIO(task_list_xlsx(cycle=sample.cycle)))
    cells = " ".join(str(c.value) for row in wb.active.iter_rows() for c in row if c.value)
    assert "[TỐI MẬT]" in cells and secret not in cells
    key = token_create(user=_user_named("tinh-vanphong"), name="khóa thử")[1]
    answer = client.get(
        "/api/key-tasks", {"cycle": sample.cycle.id}, headers={"Authorization": f"Bearer {key}"}
    )
    assert answer.status_code == 200
    texts = " ".join(item["text"] for item in answer.json()["items"])
    assert "[TỐI MẬT]" in texts and secret not in texts


def _user_named(username):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username=username)


def test_a_recomputed_rate_is_shown_to_two_decimals_the_vietnamese_way(client, sample):
    _login(client, "tinh-lanhdao")
    half = Period.objects.get(cycle=sample.cycle, kind="half")
    page = client.get(
        reverse("web:cascade_rollup", args=[sample.cycle.id]) + f"?ky={half.id}"
    ).content.decode()
    # (3,7×3.120 + 3,4×2.850 + 4,5×2.400) ÷ 8.370 = 3,827… — not the plain average 3,87
    assert "3,83 %" in page and "3,87" not in page


def test_a_refused_proposal_of_a_commune_keeps_what_was_typed_beside_its_error(client, sample):
    commune = Organisation.objects.get(name="Đảng ủy xã Tuấn Sơn")
    share = Share.objects.filter(
        commune=commune, hand_down__target__indicator="diện tích trồng rừng mới"
    ).get()
    commune_cycle = share.commune_target.key_task.cycle
    _login(client, "xa-tuanson")
    response = client.post(
        reverse("web:cascade_propose", args=[commune_cycle.id, share.id]),
        {"value": "mười", "reason": "Quỹ đất còn ít"},
    )
    assert response.status_code == 400
    body = response.content.decode()
    field = re.search(rf'<input id="pv_{share.id}"[^>]*>', body)
    assert field and 'value="mười"' in field.group(0) and 'aria-invalid="true"' in field.group(0)
    assert f'aria-describedby="pv_{share.id}-loi"' in field.group(0)
    assert f'id="pv_{share.id}-loi">Mức đề nghị: “mười” không phải là số' in body
    assert f'id="pr_{share.id}" name="reason" value="Quỹ đất còn ít"' in body
    assert f'<a href="#pv_{share.id}">Mức đề nghị: “mười”' in body
    share.refresh_from_db()
    assert share.status == ShareStatus.ASSIGNED


def _docx_lines(data: bytes) -> list[str]:
    from docx import Document

    doc = Document(io.BytesIO(data))
    lines = [p.text for t in doc.tables for row in t.rows for cell in row.cells for p in cell.paragraphs]
    return lines + [p.text for p in doc.paragraphs]


def test_a_document_listing_a_marked_task_bears_the_stamp_under_its_number(client, sample):
    from django.contrib.auth import get_user_model

    from trongtam.registry.cascade.secrets import secret_mark_task
    from trongtam.registry.documents.services import document_docx, document_issue

    office = get_user_model().objects.get(username="tinh-vanphong")
    plain = document_issue(cycle=sample.cycle, kind="task_list", user=office)
    assert not any(
        line.strip() in ("MẬT", "TỐI MẬT", "TUYỆT MẬT") for line in _docx_lines(document_docx(document=plain))
    )
    task = KeyTask.objects.filter(cycle=sample.cycle, number="2").get()
    secret_mark_task(task=task, level="toi_mat", user=office)
    stamped = document_issue(cycle=sample.cycle, kind="task_list", user=office)
    lines = _docx_lines(document_docx(document=stamped))
    number = next(i for i, line in enumerate(lines) if line.startswith("Số"))
    assert lines[number + 1] == "TỐI MẬT"  # left column, right under the number and symbol
    assert any("[TỐI MẬT]" in line for line in lines)  # the task itself by reference only
    assert not any("trồng rừng tập trung" in line for line in lines)


def test_the_office_marks_an_issued_document_and_its_files_are_gone(client, sample):
    from django.contrib.auth import get_user_model

    from trongtam.registry.documents.models import IssuedDocument
    from trongtam.registry.documents.services import document_issue

    office = get_user_model().objects.get(username="tinh-vanphong")
    doc = document_issue(cycle=sample.cycle, kind="task_list", user=office)
    _login(client, "tinh-vanphong")
    page = reverse("web:cascade_secrets", args=[sample.cycle.id])
    assert f'value="{doc.id}"' in client.get(page).content.decode()
    response = client.post(page, {"level": "mat", "document": str(doc.id)})
    assert response.status_code == 302
    doc = IssuedDocument.objects.get(pk=doc.pk)
    assert not doc.docx and "[MẬT]" in doc.subject
    download = client.get(reverse("web:document_download", args=[sample.cycle.id, doc.id, "docx"]))
    assert download.status_code == 404 and "đã được đánh dấu MẬT" in download.content.decode()
    assert doc.number_line in client.get(page).content.decode()
    # A commune (not the office) cannot mark.
    other = document_issue(cycle=sample.cycle, kind="task_list", user=office)
    _login(client, "xa-huulung")
    assert client.post(page, {"level": "mat", "document": str(other.id)}).status_code in (403, 404)
    assert IssuedDocument.objects.get(pk=other.pk).docx
