"""Reminders before and after due dates, lowest level first, with Django's in-memory mail backend."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from trongtam.registry.notifications.models import Notification
from trongtam.registry.organisations.services import membership_add
from trongtam.registry.policy import SYSTEM
from trongtam.registry.progress import services
from trongtam.registry.progress.models import ReminderLog
from trongtam.registry.progress.reminders import reminder_due_today, reminders_send


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


pytestmark = pytest.mark.django_db


@pytest.fixture
def january(small):
    """January 2024 is due on 17/01/2024; the unit has an address and a staff member with one."""
    small.cast.unit.email = "hdnd@huulung.gov.vn"
    small.cast.unit.save()
    small.cast.unit_staff.email = "canbo.hdnd@huulung.gov.vn"
    small.cast.unit_staff.save()
    small.cast.office.email = "vanphong@huulung.gov.vn"
    small.cast.office.save()
    return small.periods[("month", 1)]


def _user(name, org, role, email=""):
    user = get_user_model().objects.create_user(username=name, password="x", email=email)
    membership_add(user=user, organisation=org, role=role)
    return user


def _sent_to(mailoutbox, unit_name):
    return [m for m in mailoutbox if unit_name in m.subject]


def test_reminders_fall_on_3_and_1_days_before_and_then_after_the_due_date():
    assert [d for d in range(10, -20, -1) if reminder_due_today(d)] == [3, 1, -1, -3, -7, -14]


def test_three_days_before_the_due_date_the_units_contact_is_reminded(small, january, mailoutbox):
    reminders_send(today=january.due - timedelta(days=3))
    [mail] = _sent_to(mailoutbox, small.cast.unit.name)
    assert set(mail.to) == {"hdnd@huulung.gov.vn", "canbo.hdnd@huulung.gov.vn"}
    assert "Tháng 1/2024" in mail.subject and "17/01/2024" in mail.body and "còn 3 ngày" in mail.body
    assert Notification.objects.filter(
        recipient=small.cast.unit_staff, text__contains="Tháng 1/2024"
    ).exists()


def test_a_report_already_submitted_is_not_reminded(small, january, mailoutbox):
    report = services.report_get_or_create(period=january, unit=small.cast.unit)
    services.report_submit(report=report, user=SYSTEM)
    reminders_send(today=january.due - timedelta(days=1))
    assert _sent_to(mailoutbox, small.cast.unit.name) == []


def test_reminding_twice_the_same_day_sends_nothing_new(small, january, mailoutbox):
    day = january.due - timedelta(days=1)
    reminders_send(today=day)
    first = len(mailoutbox)
    reminders_send(today=day)
    call_command("send_progress_reminders", date=day.isoformat())
    assert len(mailoutbox) == first > 0
    assert ReminderLog.objects.filter(sent_on=day, unit=small.cast.unit).count() == 1


def test_a_dry_run_sends_nothing(small, january, mailoutbox):
    plan = reminders_send(today=january.due - timedelta(days=1), dry_run=True)
    assert plan and mailoutbox == [] and not ReminderLog.objects.exists()


def test_overdue_reports_climb_to_the_units_administrator_then_the_office(small, january, mailoutbox):
    _user("quantri.hdnd", small.cast.unit, "admin", "quantri@huulung.gov.vn")
    reminders_send(today=january.due + timedelta(days=1))
    assert set(_sent_to(mailoutbox, small.cast.unit.name)[-1].to) == {
        "hdnd@huulung.gov.vn",
        "canbo.hdnd@huulung.gov.vn",
    }
    reminders_send(today=january.due + timedelta(days=3))
    three = _sent_to(mailoutbox, small.cast.unit.name)[-1]
    assert "quantri@huulung.gov.vn" in three.to and "vanphong@huulung.gov.vn" not in three.to
    assert "đã quá hạn 3 ngày" in three.body
    reminders_send(today=january.due + timedelta(days=7))
    seven = _sent_to(mailoutbox, small.cast.unit.name)[-1]
    assert "vanphong@huulung.gov.vn" in seven.to
    assert Notification.objects.filter(recipient=small.cast.coordinator).exists()


def test_a_unit_without_any_contact_falls_back_to_its_administrator_then_the_office(
    small, january, mailoutbox
):
    # The other unit has no e-mail and no staff: its reminder goes to the office.
    reminders_send(today=january.due - timedelta(days=3))
    [mail] = _sent_to(mailoutbox, small.cast.other_unit.name)
    assert mail.to == ["vanphong@huulung.gov.vn"]
    assert ReminderLog.objects.get(unit=small.cast.other_unit).level == "office"
    # Once it has an administrator, the administrator comes first.
    _user("quantri.ubnd", small.cast.other_unit, "admin", "ubnd.quantri@huulung.gov.vn")
    reminders_send(today=january.due - timedelta(days=1))
    mail = _sent_to(mailoutbox, small.cast.other_unit.name)[-1]
    assert mail.to == ["ubnd.quantri@huulung.gov.vn"]


def test_a_closed_cycle_is_not_reminded(small, january, mailoutbox):
    small.cycle.status = "closed"
    small.cycle.save()
    assert reminders_send(today=january.due - timedelta(days=1)) == []
    assert mailoutbox == []


def test_nothing_is_due_on_a_quiet_day(small, mailoutbox):
    assert reminders_send(today=date(2024, 1, 5)) == []


def test_the_remind_command_lists_without_sending_on_a_dry_run(small, january, mailoutbox, monkeypatch):
    from click.testing import CliRunner

    from trongtam.cli.remind import remind
    from trongtam.registry.progress import reminders

    real = reminders.reminders_send
    monkeypatch.setattr(
        reminders, "reminders_send", lambda **kw: real(today=january.due - timedelta(days=1), **kw)
    )
    result = CliRunner().invoke(remind, ["--dry-run"])
    assert result.exit_code == 0, result.output
    assert "Sẽ gửi: Nhắc gửi báo cáo tiến độ Tháng 1/2024" in result.output
    assert mailoutbox == []
