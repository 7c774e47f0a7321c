"""A refused form keeps what was typed and shows each error beside its own field, announced to screen readers."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.urls import reverse

from trongtam.registry.cycles import services as cycles
from trongtam.registry.progress import services
from trongtam.registry.progress.models import Entry, Report, TargetSetting, TaskEntry


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


pytestmark = pytest.mark.django_db


@pytest.fixture
def report_page(cast):
    field = cycles.field_get_or_create(cycle=cast.cycle, title="LĨNH VỰC KINH TẾ - XÃ HỘI", number="I")
    task = cycles.key_task_create(cycle=cast.cycle, field=field, text="Thu, chi ngân sách", number="1")
    task.lead_units.add(cast.unit)
    targets = [
        cycles.target_create(key_task=task, indicator=name, value=Decimal(value), unit="tỷ đồng")
        for name, value in (
            ("Tổng thu ngân sách nhà nước trên địa bàn", 195000),
            ("Chi đầu tư phát triển", 1200),
            ("Tỷ lệ giải ngân vốn đầu tư công", 95),
        )
    ]
    periods = {(p.kind, p.number): p for p in services.period_generate_defaults(cycle=cast.cycle)}
    url = reverse("web:progress_report", args=[cast.cycle.id, periods[("month", 1)].id, cast.unit.id])
    return cast, task, targets, url


def _input(body: str, name: str) -> str:
    match = re.search(rf'<input[^>]*name="{re.escape(name)}"[^>]*>', body)
    assert match, name
    return match.group(0)


def _posted(task, targets, values):
    data = {"action": "save", f"tstatus_{task.id}": "in_progress", f"tver_{task.id}": "0"}
    data[f"tnarr_{task.id}"] = "Đã thu được 12% dự toán; tiếp tục đôn đốc."
    data[f"tdone_{task.id}"] = ""
    for target, value in zip(targets, values, strict=True):
        data |= {
            f"kind_{target.id}": "estimate",
            f"value_{target.id}": value,
            f"ver_{target.id}_estimate": "0",
            f"ver_{target.id}_official": "0",
            f"note_{target.id}": f"Ghi chú {target.id}",
            f"expl_{target.id}": "",
        }
    return data


def test_one_bad_value_keeps_everything_typed_and_names_its_target_beside_the_field(client, report_page):
    cast, task, (revenue, invest, rate), url = report_page
    client.force_login(cast.unit_staff)
    response = client.post(url, _posted(task, [revenue, invest, rate], ["-5", "abc", "94,8"]))
    assert response.status_code == 400
    body = response.content.decode()
    # What was typed is all there: the good values, the bad one, the notes and the narrative.
    assert 'value="-5"' in _input(body, f"value_{revenue.id}")
    assert 'value="abc"' in _input(body, f"value_{invest.id}")
    assert 'value="94,8"' in _input(body, f"value_{rate.id}")
    assert f">Ghi chú {invest.id}</textarea>" in body
    assert ">Đã thu được 12% dự toán; tiếp tục đôn đốc.</textarea>" in body
    # The error is beside the bad field, which points at it; the good ones are not marked.
    bad = _input(body, f"value_{invest.id}")
    assert 'aria-invalid="true"' in bad and f'aria-describedby="value_{invest.id}-loi"' in bad
    assert "aria-invalid" not in _input(body, f"value_{revenue.id}")
    error = re.search(rf'<p class="field-error" id="value_{invest.id}-loi">([^<]*)</p>', body)
    assert error and error.group(1).startswith("Chỉ tiêu «Chi đầu tư phát triển»: “abc” không phải là số")
    # The summary on top is announced and links to the field.
    summary = body[body.index('class="error-summary"') :]
    assert 'role="alert"' in body[body.index("<div", body.index('class="error-summary"') - 40) :][:80]
    assert f'<a href="#value_{invest.id}">Chỉ tiêu «Chi đầu tư phát triển»' in summary
    # Nothing was saved.
    assert not Entry.objects.exists() and not TaskEntry.objects.exists()
    assert not Report.objects.filter(unit=cast.unit).exists()


def test_every_bad_field_is_named_and_a_corrected_form_then_saves(client, report_page):
    cast, task, (revenue, invest, rate), url = report_page
    client.force_login(cast.unit_staff)
    data = _posted(task, [revenue, invest, rate], ["1e3", "12", "16.6"])
    data[f"tdone_{task.id}"] = "31/02/2024"
    body = client.post(url, data).content.decode()
    for target in (revenue, rate):
        assert f'<a href="#value_{target.id}">Chỉ tiêu «{target.indicator}»' in body
    assert (
        f'<a href="#tdone_{task.id}">Nhiệm vụ 1 «Thu, chi ngân sách», ngày hoàn thành: “31/02/2024”' in body
    )
    assert 'aria-invalid="true"' in _input(body, f"tdone_{task.id}")
    assert "có 3 lỗi cần sửa" in body
    assert not Entry.objects.exists()
    data |= {f"value_{revenue.id}": "1.000", f"value_{rate.id}": "16,6", f"tdone_{task.id}": ""}
    assert client.post(url, data).status_code == 302
    assert Entry.objects.get(target=rate).value == Decimal("16.6")
    assert TaskEntry.objects.get(key_task=task).narrative == "Đã thu được 12% dự toán; tiếp tục đôn đốc."


def test_a_refused_form_keeps_the_versions_it_was_made_on(client, report_page):
    cast, task, (revenue, invest, rate), url = report_page
    client.force_login(cast.unit_staff)
    client.post(url, _posted(task, [revenue, invest, rate], ["1", "2", "3"]))
    entry = Entry.objects.get(target=invest)
    assert entry.version == 1
    data = _posted(task, [revenue, invest, rate], ["5", "abc", "7"])
    data |= {f"ver_{t.id}_estimate": "1" for t in (revenue, invest, rate)} | {f"tver_{task.id}": "1"}
    body = client.post(url, data).content.decode()
    assert 'value="1"' in _input(body, f"ver_{invest.id}_estimate")
    entry.refresh_from_db()
    assert (entry.value, entry.version) == (Decimal(2), 1)  # unchanged


def test_the_target_settings_keep_what_was_typed_and_mark_the_bad_baseline(client, report_page):
    cast, _task, (revenue, invest, _rate), _url = report_page
    url = reverse("web:progress_target_settings", args=[cast.cycle.id])
    client.force_login(cast.coordinator)
    response = client.post(
        url,
        {
            f"agg_{revenue.id}": "cumulative",
            f"base_{revenue.id}": "1.500",
            f"group_{revenue.id}": "A",
            f"agg_{invest.id}": "rate",
            f"base_{invest.id}": "mười",
            f"group_{invest.id}": "",
        },
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert 'value="1.500"' in _input(body, f"base_{revenue.id}")
    assert 'value="A"' in _input(body, f"group_{revenue.id}")
    bad = _input(body, f"base_{invest.id}")
    assert 'value="mười"' in bad and 'aria-invalid="true"' in bad
    assert f'id="base_{invest.id}-loi">Chỉ tiêu «Chi đầu tư phát triển», giá trị kỳ gốc: “mười”' in body
    assert '<option value="rate" selected>' in body
    assert not TargetSetting.objects.filter(aggregation="rate").exists()


def test_a_refused_target_of_a_proposal_keeps_what_was_typed_with_and_without_htmx(client, cast):
    from tests.web.test_proposal_pages import _draft, _row_data

    _, _task, target = _draft(cast)
    client.force_login(cast.unit_staff)
    url = reverse("web:proposal_target_update", args=[target.id])
    data = _row_data(target, indicator="Tổng thu ngân sách (sửa)", value="abc", unit="tỷ đồng")
    for headers in ({}, {"HTTP_HX_REQUEST": "true"}):
        response = client.post(url, data, **headers)
        body = response.content.decode()
        assert response.status_code == (200 if headers else 400)
        assert 'value="Tổng thu ngân sách (sửa)"' in _input(body, "indicator")
        bad = _input(body, "value")
        assert 'value="abc"' in bad and 'aria-invalid="true"' in bad
        assert f'aria-describedby="ct-{target.id}-value-loi"' in bad
        assert f'<p class="field-error" id="ct-{target.id}-value-loi">Giá trị: “abc” không phải là số' in body
        assert 'value="tỷ đồng"' in _input(body, "unit")
    # Without htmx the whole page comes back with the summary linking to the field.
    body = client.post(url, data).content.decode()
    assert f'<a href="#ct-{target.id}-value">Giá trị: “abc” không phải là số' in body
    target.refresh_from_db()
    assert (target.indicator, target.unit, target.version) == (
        "Tổng thu ngân sách trên địa bàn",
        "triệu đồng",
        1,
    )


def test_a_refused_task_edit_keeps_what_was_typed_beside_its_error(client, cast):
    from tests.web.test_proposal_pages import _draft

    _, task, _target = _draft(cast)
    client.force_login(cast.unit_staff)
    response = client.post(
        reverse("web:proposal_task_update", args=[task.id]),
        {
            "version": 1,
            "number": "1",
            "text": "Thu ngân sách mới.",
            "deadline": "31/13/2024",
            "lead_text": "UBND",
        },
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert 'value="31/13/2024"' in _input(body, "deadline") and 'aria-invalid="true"' in _input(
        body, "deadline"
    )
    assert ">Thu ngân sách mới.</textarea>" in body and 'value="UBND"' in _input(body, "lead_text")
    assert (
        f'<a href="#nv-{task.id}-deadline">Thời hạn (dd/mm/yyyy): “31/13/2024” không phải là ngày (dd/mm/yyyy).</a>'
        in body
    )
    assert 'role="alert"' in body
    task.refresh_from_db()
    assert (task.text, task.version) != ("Thu ngân sách mới.", 2)


def test_the_new_cycle_form_keeps_what_was_typed_and_points_each_field_at_its_error(client, cast):
    client.force_login(cast.coordinator)
    response = client.post(
        reverse("web:cycle_create"),
        {
            "owner": cast.board.id,
            "office": cast.office.id,
            "year": "hai nghìn",
            "request_number": "1350",
            "request_date": "32/11/2025",
            "invited_units": [cast.unit.id],
            "numbering": "per_field",
        },
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert 'value="1350"' in _input(body, "request_number")
    bad = _input(body, "request_date")
    assert 'value="32/11/2025"' in bad and 'aria-invalid="true"' in bad
    assert 'aria-describedby="id_request_date-loi' in bad
    assert '<p class="field-error" id="id_request_date-loi">' in body
    assert '<a href="#id_year">' in body and '<a href="#id_request_date">' in body
    assert 'class="error-summary" role="alert"' in body


def test_a_refused_status_override_keeps_the_reason_typed_and_marks_the_status(client, report_page):
    from trongtam.registry.progress.models import Period, TargetAssessment

    cast, _task, (revenue, _invest, _rate), _url = report_page
    year = Period.objects.get(cycle=cast.cycle, kind="year")
    services.cycle_assess(cycle=cast.cycle, period=year)
    record = TargetAssessment.objects.get(period=year, target=revenue)
    before = (record.status, record.overridden, record.override_reason)
    client.force_login(cast.coordinator)
    url = reverse("web:progress_override", args=[cast.cycle.id, "chi-tieu", record.id])
    response = client.post(url, {"status": "vuot", "reason": "Số liệu Cục Thống kê.", "period": year.id})
    assert response.status_code == 400
    body = response.content.decode()
    assert f'id="r-{record.id}" name="reason"' in body and ">Số liệu Cục Thống kê.</textarea>" in body
    select = re.search(rf'<select id="s-{record.id}"[^>]*>', body)
    assert select and 'aria-invalid="true"' in select.group(0)
    assert f'aria-describedby="s-{record.id}-loi"' in select.group(0)
    assert f'<p class="field-error" id="s-{record.id}-loi">Kết quả “vuot” không có' in body
    assert f'<a href="#s-{record.id}">Kết quả “vuot” không có' in body and 'role="alert"' in body
    # An empty reason is marked beside the reason.
    body = client.post(url, {"status": "met", "reason": "  ", "period": year.id}).content.decode()
    assert f'aria-describedby="r-{record.id}-loi"' in body
    assert f'<p class="field-error" id="r-{record.id}-loi">Cần ghi lý do' in body
    record.refresh_from_db()
    assert (record.status, record.overridden, record.override_reason) == before


def _submitted_entry(cast, target, *, requested: bool = False):
    from trongtam.registry.policy import SYSTEM
    from trongtam.registry.progress.models import Period

    jan = Period.objects.get(cycle=cast.cycle, kind="month", number=1)
    report = services.report_get_or_create(period=jan, unit=cast.unit)
    entry = services.entry_save(
        report=report,
        target=target,
        kind="official",
        value=Decimal(50),
        version=None,
        explanation="Chậm.",
        user=SYSTEM,
    )
    services.report_submit(report=report, user=SYSTEM)
    if requested:
        # An accepted report whose value the office still asks about: the unit answers beside the value.
        services.report_accept(report=report, user=SYSTEM)
        entry = services.entry_request_explanation(entry=entry, text="Vì sao thấp?", user=SYSTEM)
    return entry


def test_a_refused_explanation_request_keeps_the_text_beside_its_error(client, report_page):
    cast, _task, (revenue, _invest, _rate), _url = report_page
    entry = _submitted_entry(cast, revenue)
    client.force_login(cast.coordinator)
    url = reverse("web:progress_entry_request", args=[cast.cycle.id, entry.id])
    typed = "Vì sao thấp? " + "x" * 4000
    response = client.post(url, {"text": typed})
    assert response.status_code == 400
    body = response.content.decode()
    box = re.search(rf'<textarea id="rq-{entry.id}"[^>]*>([^<]*)</textarea>', body)
    assert box and box.group(1) == typed
    assert 'aria-invalid="true"' in box.group(0) and f'aria-describedby="rq-{entry.id}-loi"' in box.group(0)
    assert f'<p class="field-error" id="rq-{entry.id}-loi">Nội dung yêu cầu dài quá' in body
    assert f'<a href="#rq-{entry.id}">Nội dung yêu cầu dài quá' in body and 'role="alert"' in body
    entry.refresh_from_db()
    assert not entry.explanation_requested and entry.explanation_request == ""


def test_a_blank_or_stale_explanation_is_refused_beside_its_field_keeping_what_was_typed(client, report_page):
    cast, _task, (revenue, _invest, _rate), _url = report_page
    entry = _submitted_entry(cast, revenue, requested=True)
    client.force_login(cast.unit_staff)
    url = reverse("web:progress_entry_explain", args=[cast.cycle.id, entry.id])
    response = client.post(url, {"explanation": "   ", "version": entry.version})
    assert response.status_code == 400
    body = response.content.decode()
    box = re.search(rf'<textarea id="ex-{entry.id}"[^>]*>', body)
    assert (
        box
        and 'aria-invalid="true"' in box.group(0)
        and f'aria-describedby="ex-{entry.id}-loi"' in box.group(0)
    )
    assert f'<p class="field-error" id="ex-{entry.id}-loi">Hãy ghi nội dung giải trình.</p>' in body
    assert f'<a href="#ex-{entry.id}">' in body
    # Made on an older version: refused, the typed answer kept.
    response = client.post(url, {"explanation": "Do thu tiền đất chậm.", "version": entry.version - 1})
    assert response.status_code == 409
    assert (
        f'name="explanation" rows="2" aria-invalid="true" aria-describedby="ex-{entry.id}-loi">Do thu tiền đất chậm.</textarea>'
        in response.content.decode()
    )
    entry.refresh_from_db()
    assert entry.explanation == "Chậm."


def test_a_refused_proposal_header_keeps_what_was_typed_and_marks_the_bad_date(client, cast):
    from tests.web.test_proposal_pages import _draft

    proposal, _task, _target = _draft(cast)
    client.force_login(cast.unit_staff)
    response = client.post(
        reverse("web:proposal_header", args=[proposal.id]),
        {
            "letter_number": "125",
            "letter_symbol": "BC-UBND",
            "letter_date": "31/02/2025",
            "place": "Nam Định",
            "subject": "Đề xuất chỉ tiêu năm 2026",
            "recipients": "Văn phòng Tỉnh ủy",
        },
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert 'value="125"' in _input(body, "letter_number") and 'value="BC-UBND"' in _input(
        body, "letter_symbol"
    )
    assert 'value="Đề xuất chỉ tiêu năm 2026"' in _input(body, "subject")
    assert ">Văn phòng Tỉnh ủy</textarea>" in body
    bad = _input(body, "letter_date")
    assert (
        'value="31/02/2025"' in bad
        and 'aria-invalid="true"' in bad
        and 'aria-describedby="h-date-loi"' in bad
    )
    assert '<p class="field-error" id="h-date-loi">Ngày (dd/mm/yyyy): “31/02/2025” không phải là ngày' in body
    assert '<a href="#h-date">Ngày (dd/mm/yyyy): “31/02/2025”' in body and 'role="alert"' in body
    proposal.refresh_from_db()
    assert (proposal.letter_number, proposal.subject, proposal.letter_date) == ("", "", None)


def test_a_refused_period_edit_keeps_the_dates_typed_and_marks_the_bad_one(client, report_page):
    from trongtam.registry.progress.models import Period

    cast, _task, _targets, _url = report_page
    jan = Period.objects.get(cycle=cast.cycle, kind="month", number=1)
    before = (jan.end, jan.due, jan.required)
    client.force_login(cast.coordinator)
    url = reverse("web:progress_period_edit", args=[cast.cycle.id, jan.id])
    typed_due = (jan.due.replace(day=1)).isoformat()
    response = client.post(url, {"end": "2020-01-01", "due": typed_due, "required": "on"})
    assert response.status_code == 400
    body = response.content.decode()
    end = re.search(rf'<input type="date" id="end-{jan.id}"[^>]*>', body).group(0)
    assert 'value="2020-01-01"' in end and 'aria-invalid="true"' in end
    assert f'aria-describedby="end-{jan.id}-loi"' in end
    assert f'value="{typed_due}"' in re.search(rf'<input type="date" id="due-{jan.id}"[^>]*>', body).group(0)
    assert f'<p class="field-error" id="end-{jan.id}-loi">Ngày chốt số liệu phải sau' in body
    assert f'<a href="#end-{jan.id}">' in body and 'role="alert"' in body
    # A date that does not exist is named beside its field.
    body = client.post(url, {"end": "", "due": "31/02/2025"}).content.decode()
    assert (
        f'<p class="field-error" id="due-{jan.id}-loi">Hạn gửi báo cáo: “31/02/2025” không phải là ngày'
        in body
    )
    jan.refresh_from_db()
    assert (jan.end, jan.due, jan.required) == before


def test_a_refused_body_level_keeps_the_reason_typed_and_marks_the_level(client, report_page):
    from trongtam.registry.progress.models import BodyAssessment, Period

    cast, _task, _targets, _url = report_page
    year = Period.objects.get(cycle=cast.cycle, kind="year")
    services.cycle_assess(cycle=cast.cycle, period=year)
    record = BodyAssessment.objects.filter(period=year).first()
    assert record is not None
    before = (record.level, record.overridden, record.override_reason)
    client.force_login(cast.coordinator)
    url = reverse("web:progress_override", args=[cast.cycle.id, "co-quan", record.id])
    response = client.post(
        url, {"level": "khong-co", "reason": "Đã xét thêm kết quả chấm tay.", "period": year.id}
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert (
        f'id="rb-{record.id}" name="reason"' in body and ">Đã xét thêm kết quả chấm tay.</textarea>" in body
    )
    select = re.search(rf'<select id="lv-{record.id}"[^>]*>', body)
    assert select and 'aria-invalid="true"' in select.group(0)
    assert f'aria-describedby="lv-{record.id}-loi"' in select.group(0)
    assert f'<p class="field-error" id="lv-{record.id}-loi">Mức xếp loại “khong-co” không có' in body
    assert f'<a href="#lv-{record.id}">' in body and 'role="alert"' in body
    # A good level without a reason keeps the level chosen and marks the reason.
    level = re.findall(rf'<select id="lv-{record.id}".*?</select>', body, re.S)[0]
    other = next(v for v in re.findall(r'<option value="([^"]+)"', level) if v != record.level)
    body = client.post(url, {"level": other, "reason": " ", "period": year.id}).content.decode()
    assert f'aria-describedby="rb-{record.id}-loi"' in body
    assert f'<p class="field-error" id="rb-{record.id}-loi">Cần ghi lý do' in body
    assert f'<option value="{other}" selected>' in body
    record.refresh_from_db()
    assert (record.level, record.overridden, record.override_reason) == before
