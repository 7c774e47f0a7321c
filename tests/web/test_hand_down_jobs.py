"""The hand-down sheet (giao chỉ tiêu cho xã) as background jobs: a big sheet's dry run, then the confirmed
hand-down of many communes.

Past ``sheets.JOB_BYTES`` (file) or ``sheets.JOB_ROWS`` (communes) the request only records a job and
redirects to its page; the bar moves through its steps; the checked sheet opens on its dry run to confirm;
a failure says why in Vietnamese and leaves nothing (the hand-down is one transaction); one dry run
confirmed twice makes one job. The thresholds are lowered here so the sample's communes count as many.
"""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from trongtam.registry.cascade.models import HandDown, Share
from trongtam.registry.cycles.models import Cycle, KeyTask, Target

pytestmark = pytest.mark.django_db


@pytest.fixture
def sample(cascade_sample):
    return cascade_sample


@pytest.fixture
def target(sample):
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


@pytest.fixture
def office(client):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="tinh-vanphong"))
    return client


@pytest.fixture
def big(monkeypatch):
    from trongtam.registry.cascade import sheets

    monkeypatch.setattr(sheets, "JOB_BYTES", 10)
    monkeypatch.setattr(sheets, "JOB_ROWS", 0)


def _sheet(client, sample, target, values: dict[int, object]) -> io.BytesIO:
    wb = load_workbook(
        io.BytesIO(client.get(reverse("web:cascade_sheet", args=[sample.cycle.id, target.id])).content)
    )
    for row, value in values.items():
        wb.active.cell(row=row, column=3).value = value
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    buf.name = "giao.xlsx"
    return buf


def _upload(client, sample, target, buf):
    return client.post(
        reverse("web:cascade_upload", args=[sample.cycle.id, target.id]), {"file": buf, "method": "sum"}
    )


def test_a_big_sheet_is_checked_then_handed_down_as_jobs_with_a_moving_bar(
    office, sample, target, big, steps
):
    from trongtam.registry.jobs.models import Job

    response = _upload(office, sample, target, _sheet(office, sample, target, {4: 70, 5: "55,5"}))
    check = Job.objects.get(kind="hand_down_check")
    assert response.status_code == 302 and response.url == reverse("web:job_detail", args=[check.id])
    assert check.status == "done" and [p for p, _ in steps] == [15, 35]
    assert not HandDown.objects.filter(target=target).exists()  # the dry run saves nothing
    page = office.get(response.url).content.decode()
    checked_url = reverse("web:cascade_sheet_checked", args=[sample.cycle.id, target.id, check.id])
    assert "Đã kiểm tra xong 2 xã, 2 ô thay đổi" in page and f'href="{checked_url}"' in page
    # The dry run comes back from the job as from the request: the changed cells, then the confirmation.
    preview = office.get(checked_url)
    body = preview.content.decode()
    assert preview.status_code == 200 and "55,5" in body and "Xác nhận nhập 2 xã" in body

    steps.clear()
    done = office.post(
        reverse("web:cascade_confirm", args=[sample.cycle.id, target.id]), {"token": preview.context["token"]}
    )
    imported = Job.objects.get(kind="hand_down_import")
    assert done.url == reverse("web:job_detail", args=[imported.id])
    assert imported.status == "done" and [p for p, _ in steps] == [20]
    page = office.get(done.url).content.decode()
    assert "Đã nhập bảng giao chỉ tiêu" in page and 'value="100"' in page
    assert reverse("web:cascade_list", args=[sample.cycle.id]) in page
    values = sorted(s.value for s in Share.objects.filter(hand_down__target=target))
    assert values == [Decimal("55.5"), Decimal("70")]


def test_a_big_sheet_with_a_word_for_a_number_fails_its_job_in_vietnamese_and_keeps_nothing(
    office, sample, target, big
):
    from trongtam.registry.jobs.models import Job

    response = _upload(office, sample, target, _sheet(office, sample, target, {4: "năm mươi"}))
    job = Job.objects.get()
    assert job.status == "failed" and job.error_vi.startswith(
        "Bảng tính có 1 lỗi, chưa có gì được nhập: Dòng 4"
    )
    page = office.get(response.url).content.decode()
    assert "Không thành công" in page and "không phải là số" in page
    assert reverse("web:cascade_hand_down", args=[sample.cycle.id, target.id]) in page
    checked_url = reverse("web:cascade_sheet_checked", args=[sample.cycle.id, target.id, job.id])
    assert office.get(checked_url).status_code == 404  # no dry run to confirm
    assert not HandDown.objects.filter(target=target).exists()


def test_a_hand_down_job_that_fails_half_way_writes_nothing(office, sample, target, big, monkeypatch):
    from trongtam.registry.cascade import services
    from trongtam.registry.jobs.models import Job

    _upload(office, sample, target, _sheet(office, sample, target, {4: 70, 5: 80, 6: 90}))
    token = Job.objects.get(kind="hand_down_check").params["checked"]["token"]
    real, linked = services._link, []

    def link_then_break(share, target):
        # The first commune is linked, then the server fails on the second.
        if linked:
            raise RuntimeError("the disk is full")
        linked.append(share)
        real(share, target)

    monkeypatch.setattr(services, "_link", link_then_break)
    cycles = Cycle.objects.count()
    office.post(reverse("web:cascade_confirm", args=[sample.cycle.id, target.id]), {"token": token})
    job = Job.objects.get(kind="hand_down_import")
    assert job.status == "failed" and "dữ liệu của anh/chị không bị mất" in job.error_vi
    assert linked and not HandDown.objects.filter(target=target).exists()
    assert not Share.objects.filter(hand_down__target=target).exists()
    assert not Target.objects.filter(indicator=target.indicator).exclude(pk=target.pk).exists()
    assert Cycle.objects.count() == cycles


def test_one_dry_run_confirmed_twice_makes_one_job(office, sample, target, big):
    from trongtam.registry.jobs.models import Job

    _upload(office, sample, target, _sheet(office, sample, target, {4: 70}))
    token = Job.objects.get(kind="hand_down_check").params["checked"]["token"]
    url = reverse("web:cascade_confirm", args=[sample.cycle.id, target.id])
    first, again = office.post(url, {"token": token}), office.post(url, {"token": token})
    assert first.url == again.url and Job.objects.filter(kind="hand_down_import").count() == 1


def test_another_persons_dry_run_is_not_found(client, office, sample, target, big):
    from django.contrib.auth import get_user_model

    from trongtam.registry.jobs.models import Job
    from trongtam.registry.organisations.services import membership_add

    _upload(office, sample, target, _sheet(office, sample, target, {4: 70}))
    job = Job.objects.get()
    colleague = get_user_model().objects.create_user(username="vp-2", password="x")
    membership_add(user=colleague, organisation=sample.cycle.office, role="coordinator")
    client.force_login(colleague)
    url = reverse("web:cascade_sheet_checked", args=[sample.cycle.id, target.id, job.id])
    assert client.get(url).status_code == 404


def test_a_small_sheet_and_a_few_communes_still_answer_in_the_request(office, sample, target):
    from trongtam.registry.jobs.models import Job

    preview = _upload(office, sample, target, _sheet(office, sample, target, {4: 70}))
    assert preview.status_code == 200 and "Xác nhận nhập 1 xã" in preview.content.decode()
    done = office.post(
        reverse("web:cascade_confirm", args=[sample.cycle.id, target.id]), {"token": preview.context["token"]}
    )
    assert "/viec/" not in done.url and not Job.objects.exists()
    assert Share.objects.filter(hand_down__target=target).count() == 1
