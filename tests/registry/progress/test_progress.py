"""Periods, values, the report workflow, optimistic locking, timeliness, assessment and overrides."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from trongtam.registry.policy import SYSTEM
from trongtam.registry.progress import compute, services
from trongtam.registry.progress.errors import ConflictError, ExplanationRequired, ProgressError, WorkflowError
from trongtam.registry.progress.models import (
    BodyAssessment,
    Entry,
    Period,
    Report,
    TargetAssessment,
    TaskAssessment,
)


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


pytestmark = pytest.mark.django_db


def _accepted(small, kind, number, values, *, unit=None, official=True):
    """A report of the unit with these values (target -> value), submitted and accepted."""
    period = small.periods[(kind, number)]
    report = services.report_get_or_create(period=period, unit=unit or small.cast.unit)
    for target, value in values.items():
        services.entry_save(
            report=report,
            target=target,
            kind="official" if official else "estimate",
            value=Decimal(value),
            version=None,
            explanation="Giải trình thử.",
            user=SYSTEM,
        )
    services.report_submit(report=report, user=SYSTEM)
    services.report_accept(report=report, user=small.cast.coordinator)
    return report


def _ytd(small, target, kind, number):
    data = compute.cycle_data_load(cycle=small.cycle)
    row = next(r for r in data.rows if r.target.id == target.id)
    return compute.ytd_value(data, row, small.periods[(kind, number)])


# Periods


def test_default_periods_follow_decree_09_2019(small):
    periods = small.periods
    assert len(periods) == 19
    january = periods[("month", 1)]
    assert (january.label, january.start, january.end) == (
        "Tháng 1/2024",
        date(2023, 12, 15),
        date(2024, 1, 14),
    )
    march = periods[("month", 3)]
    assert (march.start, march.end, march.due) == (date(2024, 2, 15), date(2024, 3, 14), date(2024, 3, 17))
    q1 = periods[("quarter", 1)]
    assert (q1.label, q1.start, q1.end) == ("Quý I/2024", date(2023, 12, 15), date(2024, 3, 14))
    assert periods[("quarter", 4)].label == "Quý IV/2024"
    half = periods[("half", 1)]
    assert (half.label, half.start, half.end) == (
        "6 tháng đầu năm 2024",
        date(2023, 12, 15),
        date(2024, 6, 14),
    )
    nine = periods[("nine_months", 1)]
    assert (nine.label, nine.end) == ("9 tháng năm 2024", date(2024, 9, 14))
    year = periods[("year", 1)]
    assert (year.label, year.start, year.end) == ("Năm 2024", date(2023, 12, 15), date(2024, 12, 14))


def test_an_edited_period_survives_generating_the_defaults_again(small):
    half = small.periods[("half", 1)]
    services.period_update(period=half, due=date(2024, 6, 15), user=SYSTEM)
    services.period_generate_defaults(cycle=small.cycle)
    half.refresh_from_db()
    assert half.due == date(2024, 6, 15)
    assert Period.objects.filter(cycle=small.cycle).count() == 19


def test_a_period_cannot_end_before_it_starts(small):
    with pytest.raises(ProgressError) as exc:
        services.period_update(period=small.periods[("month", 2)], end=date(2023, 1, 1), user=SYSTEM)
    assert "sau ngày bắt đầu" in exc.value.message_vi


# Cumulative and rate targets


def test_an_incremental_target_adds_up_the_months_to_date(small):
    _accepted(small, "month", 1, {small.budget: "10000"})
    _accepted(small, "month", 2, {small.budget: "15000"})
    _accepted(small, "month", 3, {small.budget: "20000"})
    assert _ytd(small, small.budget, "month", 2) == Decimal("25000")
    assert _ytd(small, small.budget, "month", 3) == Decimal("45000")
    assert _ytd(small, small.budget, "quarter", 1) == Decimal("45000")


def test_a_six_month_report_is_the_base_for_the_months_after_it(small):
    _accepted(small, "month", 1, {small.budget: "10000"})
    _accepted(small, "half", 1, {small.budget: "100000"})
    _accepted(small, "month", 7, {small.budget: "20000"})
    assert _ytd(small, small.budget, "half", 1) == Decimal("100000")
    assert _ytd(small, small.budget, "month", 7) == Decimal("120000")


def test_a_rate_takes_its_latest_value(small):
    _accepted(small, "month", 1, {small.poverty: "4.1"})
    _accepted(small, "month", 2, {small.poverty: "3.6"})
    assert _ytd(small, small.poverty, "month", 2) == Decimal("3.6")
    assert _ytd(small, small.poverty, "month", 5) == Decimal("3.6")


def test_a_cumulative_target_takes_its_latest_year_to_date_value(small):
    services.target_setting_set(target=small.budget, aggregation="cumulative", user=SYSTEM)
    _accepted(small, "month", 1, {small.budget: "10000"})
    _accepted(small, "month", 2, {small.budget: "25000"})
    assert _ytd(small, small.budget, "month", 2) == Decimal("25000")


def test_drafts_do_not_count_until_submitted(small):
    report = services.report_get_or_create(period=small.periods[("month", 1)], unit=small.cast.unit)
    services.entry_save(
        report=report, target=small.budget, kind="estimate", value=Decimal(5), version=None, user=SYSTEM
    )
    assert _ytd(small, small.budget, "month", 1) is None


# Estimate and official


def test_an_official_value_replaces_the_estimate_and_both_are_kept(small):
    report = services.report_get_or_create(period=small.periods[("month", 1)], unit=small.cast.unit)
    services.entry_save(
        report=report, target=small.budget, kind="estimate", value=Decimal(17000), version=None, user=SYSTEM
    )
    services.report_submit(report=report, user=SYSTEM)
    assert _ytd(small, small.budget, "month", 1) == Decimal(17000)
    services.report_return(
        report=report, reason="Đã có số chính thức, đề nghị bổ sung.", user=small.cast.coordinator
    )
    services.entry_save(
        report=report, target=small.budget, kind="official", value=Decimal(16500), version=None, user=SYSTEM
    )
    services.report_submit(report=report, user=SYSTEM)
    assert _ytd(small, small.budget, "month", 1) == Decimal(16500)
    kinds = dict(Entry.objects.filter(report=report).values_list("kind", "value"))
    assert kinds == {"estimate": Decimal(17000), "official": Decimal(16500)}


# Workflow


def test_a_report_goes_draft_submitted_returned_submitted_accepted(small):
    report = services.report_get_or_create(period=small.periods[("month", 1)], unit=small.cast.unit)
    assert report.status == "draft"
    services.entry_save(
        report=report, target=small.budget, kind="estimate", value=Decimal(20000), version=None, user=SYSTEM
    )
    services.report_submit(report=report, now=timezone.make_aware(datetime(2024, 1, 16, 9)), user=SYSTEM)
    report.refresh_from_db()
    assert report.status == "submitted"
    with pytest.raises(WorkflowError):
        services.report_return(report=report, reason="  ", user=small.cast.coordinator)
    services.report_return(report=report, reason="Thiếu minh chứng.", user=small.cast.coordinator)
    report.refresh_from_db()
    assert (report.status, report.return_reason) == ("returned", "Thiếu minh chứng.")
    services.report_submit(report=report, now=timezone.make_aware(datetime(2024, 1, 20, 9)), user=SYSTEM)
    report.refresh_from_db()
    assert report.first_submitted_at.day == 16  # timeliness counts from the first submission
    services.report_accept(report=report, user=small.cast.coordinator)
    report.refresh_from_db()
    assert report.status == "accepted"


def test_accepted_values_lock(small):
    report = _accepted(small, "month", 1, {small.budget: "10000"})
    entry = report.entries.get()
    with pytest.raises(WorkflowError) as exc:
        services.entry_save(
            report=report,
            target=small.budget,
            kind="official",
            value=Decimal(1),
            version=entry.version,
            user=SYSTEM,
        )
    assert "đã khóa" in exc.value.message_vi
    with pytest.raises(WorkflowError):
        services.report_return(report=report, reason="Muộn rồi.", user=small.cast.coordinator)


def test_an_off_track_result_needs_an_explanation_before_submission(small):
    report = services.report_get_or_create(period=small.periods[("year", 1)], unit=small.cast.unit)
    entry = services.entry_save(
        report=report, target=small.budget, kind="estimate", value=Decimal(150000), version=None, user=SYSTEM
    )
    with pytest.raises(ExplanationRequired) as exc:
        services.report_submit(report=report, user=SYSTEM)
    assert "giải trình" in exc.value.message_vi and "tổng thu ngân sách" in exc.value.message_vi
    services.entry_save(
        report=report,
        target=small.budget,
        kind="estimate",
        value=Decimal(150000),
        version=entry.version,
        explanation="Hai dự án lớn chưa nộp tiền sử dụng đất.",
        user=SYSTEM,
    )
    assert services.report_submit(report=report, user=SYSTEM).status == "submitted"


def test_a_month_projected_to_miss_the_year_needs_an_explanation(small):
    report = services.report_get_or_create(period=small.periods[("month", 6)], unit=small.cast.unit)
    # 6 months of 5.000 triệu đồng project to 10.000 a year, far below 195.000.
    services.entry_save(
        report=report, target=small.budget, kind="estimate", value=Decimal(5000), version=None, user=SYSTEM
    )
    with pytest.raises(ExplanationRequired):
        services.report_submit(report=report, user=SYSTEM)


def test_a_leader_can_ask_a_unit_to_explain_any_value(small):
    report = services.report_get_or_create(period=small.periods[("year", 1)], unit=small.cast.unit)
    entry = services.entry_save(
        report=report, target=small.budget, kind="official", value=Decimal(200000), version=None, user=SYSTEM
    )
    services.report_submit(report=report, user=SYSTEM)
    services.entry_request_explanation(entry=entry, text="Nguồn thu nào tăng?", user=small.cast.leader)
    report.refresh_from_db()
    assert report.status == "returned" and "Nguồn thu nào tăng?" in report.return_reason
    with pytest.raises(ExplanationRequired):
        services.report_submit(report=report, user=SYSTEM)
    entry.refresh_from_db()
    services.entry_explain(
        entry=entry, explanation="Thu tiền sử dụng đất vượt dự toán.", version=entry.version, user=SYSTEM
    )
    assert services.report_submit(report=report, user=SYSTEM).status == "submitted"
    assert small.cast.unit_staff.notifications.filter(text__contains="giải trình").exists()


def test_a_unit_cannot_report_on_another_units_target(small):
    report = services.report_get_or_create(period=small.periods[("month", 1)], unit=small.cast.unit)
    with pytest.raises(ProgressError):
        services.entry_save(
            report=report,
            target=small.other_target,
            kind="estimate",
            value=Decimal(1),
            version=None,
            user=SYSTEM,
        )


# Optimistic locking


def test_the_second_editor_gets_a_clear_vietnamese_conflict(small):
    report = services.report_get_or_create(period=small.periods[("month", 1)], unit=small.cast.unit)
    first = services.entry_save(
        report=report, target=small.budget, kind="estimate", value=Decimal(1), version=None, user=SYSTEM
    )
    # Two people opened the form at version 1; the first saves, the second's save must fail.
    services.entry_save(
        report=report,
        target=small.budget,
        kind="estimate",
        value=Decimal(2),
        version=first.version,
        user=SYSTEM,
    )
    with pytest.raises(ConflictError) as exc:
        services.entry_save(
            report=report,
            target=small.budget,
            kind="estimate",
            value=Decimal(3),
            version=first.version,
            user=SYSTEM,
        )
    assert "vừa được người khác cập nhật" in exc.value.message_vi
    assert Entry.objects.get(report=report).value == Decimal(2)


def test_creating_a_value_someone_else_just_created_is_a_conflict(small):
    report = services.report_get_or_create(period=small.periods[("month", 1)], unit=small.cast.unit)
    services.entry_save(
        report=report, target=small.budget, kind="estimate", value=Decimal(1), version=None, user=SYSTEM
    )
    with pytest.raises(ConflictError):
        services.entry_save(
            report=report, target=small.budget, kind="estimate", value=Decimal(9), version=None, user=SYSTEM
        )


def test_a_conflict_in_one_row_saves_no_row_of_the_form(small):
    report = services.report_get_or_create(period=small.periods[("month", 1)], unit=small.cast.unit)
    services.entry_save(
        report=report, target=small.poverty, kind="estimate", value=Decimal(4), version=None, user=SYSTEM
    )
    with pytest.raises(ConflictError):
        services.report_save(
            report=report,
            entries=[
                services.EntryInput(target=small.budget, kind="estimate", value=Decimal(7), version=None),
                services.EntryInput(target=small.poverty, kind="estimate", value=Decimal(5), version=None),
            ],
            user=SYSTEM,
        )
    assert not Entry.objects.filter(report=report, target=small.budget).exists()


# Timeliness


def test_reports_fall_in_the_four_timeliness_buckets(small):
    january, february = small.periods[("month", 1)], small.periods[("month", 2)]
    on_time = services.report_get_or_create(period=january, unit=small.cast.unit)
    services.report_submit(report=on_time, now=timezone.make_aware(datetime(2024, 1, 16, 10)), user=SYSTEM)
    late = services.report_get_or_create(period=january, unit=small.cast.other_unit)
    services.report_submit(report=late, now=timezone.make_aware(datetime(2024, 1, 25, 10)), user=SYSTEM)
    data = compute.cycle_data_load(cycle=small.cycle)
    rows = compute.report_timeliness(data, today=date(2024, 2, 16))
    buckets = {(r.period.id, r.unit.id): r.bucket for r in rows}
    assert buckets[(january.id, small.cast.unit.id)] == "on_time"
    assert buckets[(january.id, small.cast.other_unit.id)] == "late"
    assert buckets[(february.id, small.cast.unit.id)] == "not_yet_due"  # due 17/02
    rows = compute.report_timeliness(data, today=date(2024, 2, 20))
    assert {(r.period.id, r.unit.id): r.bucket for r in rows}[(february.id, small.cast.unit.id)] == "overdue"
    counts = compute.bucket_counts(r.bucket for r in rows)
    assert set(counts) == {"on_time", "late", "not_yet_due", "overdue"}
    assert counts["on_time"] == 1 and counts["late"] == 1


# Assessment


def test_cycle_assess_stores_every_target_task_and_body_status(small):
    year = small.periods[("year", 1)]
    _accepted(small, "year", 1, {small.budget: "210000", small.poverty: "2.5"})
    _accepted(small, "year", 1, {small.other_target: "1"}, unit=small.cast.other_unit)
    snap = services.cycle_assess(cycle=small.cycle, period=year, today=date(2025, 1, 5))
    stored = {a.target_id: a for a in TargetAssessment.objects.filter(period=year)}
    assert stored[small.budget.id].status == "exceeded"
    assert stored[small.budget.id].percent == Decimal("107.69")
    assert stored[small.poverty.id].status == "exceeded"
    assert stored[small.other_target.id].status == "missed"
    assert stored[small.budget.id].ruleset == "default"
    tasks = {a.key_task_id: a for a in TaskAssessment.objects.filter(period=year)}
    assert tasks[small.task_numbers.id].status == "completed_clear"
    assert tasks[small.task_words.id].status == "no_data"  # waits for the office's judgement
    bodies = {b.organisation_id: b for b in BodyAssessment.objects.filter(period=year)}
    assert set(bodies) == {small.cast.board.id, small.cast.unit.id, small.cast.other_unit.id}
    assert bodies[small.cast.board.id].level == snap.body.result.code
    judged = services.task_judgement_set(
        period=year, key_task=small.task_words, judgement="completed", user=small.cast.coordinator
    )
    assert judged.status == "completed"


def test_a_cycle_without_values_assesses_as_no_data(small):
    year = small.periods[("year", 1)]
    services.cycle_assess(cycle=small.cycle, period=year)
    assert set(TargetAssessment.objects.filter(period=year).values_list("status", flat=True)) == {"no_data"}


def test_the_cycles_rule_set_is_used_and_an_unknown_spelling_falls_back(small):
    small.cycle.ruleset = "qd-366-2025"
    small.cycle.save()
    assert compute.ruleset_for_cycle(small.cycle).id == "qd366-2025"
    small.cycle.ruleset = "không có"
    assert compute.ruleset_for_cycle(small.cycle).id == "default"


def test_an_override_needs_a_reason_is_kept_in_history_and_survives_reassessment(small):
    year = small.periods[("year", 1)]
    _accepted(small, "year", 1, {small.budget: "150000"})
    services.cycle_assess(cycle=small.cycle, period=year)
    record = TargetAssessment.objects.get(period=year, target=small.budget)
    assert record.status == "missed"
    with pytest.raises(ProgressError):
        services.target_assessment_override(
            assessment=record, status="met", reason=" ", user=small.cast.coordinator
        )
    services.target_assessment_override(
        assessment=record,
        status="met",
        reason="Bất khả kháng: thiên tai tháng 9.",
        user=small.cast.coordinator,
    )
    services.cycle_assess(cycle=small.cycle, period=year)
    record.refresh_from_db()
    assert (record.status, record.computed_status, record.overridden) == ("met", "missed", True)
    history = list(record.history.order_by("history_date"))
    assert any(h.history_change_reason == "Bất khả kháng: thiên tai tháng 9." for h in history)
    assert history[0].status == "missed"
    services.assessment_override_clear(assessment=record, reason="Xem xét lại.", user=small.cast.coordinator)
    record.refresh_from_db()
    assert (record.status, record.overridden) == ("missed", False)


def test_a_task_and_a_body_can_be_overridden_with_a_reason(small):
    year = small.periods[("year", 1)]
    services.cycle_assess(cycle=small.cycle, period=year)
    task = TaskAssessment.objects.get(period=year, key_task=small.task_words)
    services.task_assessment_override(
        assessment=task, status="completed", reason="Lễ hội đã tổ chức.", user=small.cast.coordinator
    )
    body = BodyAssessment.objects.get(period=year, organisation=small.cast.board)
    services.body_assessment_override(
        assessment=body,
        level="HT",
        label="Hoàn thành nhiệm vụ",
        reason="Theo Hội nghị.",
        user=small.cast.coordinator,
    )
    data = compute.cycle_data_load(cycle=small.cycle)
    snap = compute.snapshot(data, year, today=date(2025, 1, 5))
    assert next(t for t in snap.tasks if t.task.id == small.task_words.id).result.status == "completed"
    assert snap.body.level == "HT" and snap.body.overridden


def test_a_projection_flags_a_target_at_risk_early(small):
    for month in range(1, 4):
        _accepted(small, "month", month, {small.budget: "10000"})
    data = compute.cycle_data_load(cycle=small.cycle)
    snap = compute.snapshot(data, small.periods[("month", 3)], today=date(2024, 3, 20))
    line = next(t for t in snap.targets if t.row.target.id == small.budget.id)
    assert line.projection is not None and line.projection.value == Decimal(120000)
    assert line.at_risk


def test_reports_are_unique_per_unit_and_period(small):
    a = services.report_get_or_create(period=small.periods[("month", 1)], unit=small.cast.unit)
    b = services.report_get_or_create(period=small.periods[("month", 1)], unit=small.cast.unit)
    assert a.id == b.id and Report.objects.count() == 1


def test_a_multi_part_target_counts_once_and_is_met_only_when_every_part_is(small):
    from trongtam.registry.cycles import services as cycles

    task = cycles.key_task_create(
        cycle=small.cycle,
        text="Tai nạn giao thông giảm cả 3 tiêu chí.",
        number="4",
        field=small.task_numbers.field,
    )
    task.lead_units.add(small.cast.unit)
    parts = [
        cycles.target_create(
            key_task=task, indicator=name, value=Decimal(v), unit=u, op="<=", direction="lower"
        )
        for name, v, u in (
            ("số vụ", "10", "vụ"),
            ("số người chết", "5", "người"),
            ("số người bị thương", "8", "người"),
        )
    ]
    for part in parts:
        services.target_setting_set(
            target=part, aggregation="cumulative", parts_group="tai nạn giao thông", user=SYSTEM
        )
    year = small.periods[("year", 1)]
    _accepted(small, "year", 1, dict(zip(parts, ("9", "4", "9"), strict=True)))
    snap = services.cycle_assess(cycle=small.cycle, period=year)
    line = next(t for t in snap.tasks if t.task.id == task.id)
    assert (line.result.status, line.result.targets_total) == ("not_completed", 1)
    report = Report.objects.get(period=year, unit=small.cast.unit)
    report.status = "returned"
    report.save()
    entry = report.entries.get(target=parts[2])
    services.entry_save(
        report=report,
        target=parts[2],
        kind="official",
        value=Decimal(7),
        version=entry.version,
        explanation="x",
        user=SYSTEM,
    )
    services.report_submit(report=report, user=SYSTEM)
    snap = services.cycle_assess(cycle=small.cycle, period=year)
    assert next(t for t in snap.tasks if t.task.id == task.id).result.status in (
        "completed",
        "completed_clear",
    )
