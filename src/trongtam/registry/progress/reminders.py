"""Reminders about unit reports before and after their due dates: e-mail plus an in-app notice.

Before the due date the unit's contact is reminded (its e-mail and its unit staff); after it the
reminder climbs: from 3 days overdue the unit's administrators too, from 7 days the office. A level
without any address falls back to the next one up. At most one reminder per unit, period and day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from trongtam.registry.cycles.models import CycleStatus
from trongtam.registry.cycles.selectors import reporting_tasks
from trongtam.registry.notifications import services as notifications
from trongtam.registry.organisations.models import Membership, Organisation

from . import compute
from .models import Period, ReminderLevel, ReminderLog, Report, ReportStatus

DAYS_BEFORE = (3, 1)
ESCALATE_ADMIN_AFTER = 3
ESCALATE_OFFICE_AFTER = 7
STOP_AFTER = 60
LEVELS: tuple[str, ...] = (ReminderLevel.UNIT, ReminderLevel.ADMIN, ReminderLevel.OFFICE)


@dataclass
class Reminder:
    period: Period
    unit: Organisation
    days_to_due: int
    level: str
    emails: list[str]
    user_ids: list[int]
    subject: str
    body: str
    link: str
    sent: bool = False


def _vn(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def reminder_due_today(days_to_due: int) -> bool:
    """Whether a report this many days from its due date (negative: overdue) is reminded today."""
    if days_to_due >= 0:
        return days_to_due in DAYS_BEFORE
    late = -days_to_due
    return late <= STOP_AFTER and (late in (1, ESCALATE_ADMIN_AFTER) or late % ESCALATE_OFFICE_AFTER == 0)


def reminder_level(days_to_due: int) -> str:
    """The highest level a reminder reaches, by how late the report is."""
    late = -days_to_due
    if late >= ESCALATE_OFFICE_AFTER:
        return ReminderLevel.OFFICE
    if late >= ESCALATE_ADMIN_AFTER:
        return ReminderLevel.ADMIN
    return ReminderLevel.UNIT


def _contacts(level: str, unit: Organisation, office: Organisation | None) -> tuple[list[str], list[int]]:
    if level == ReminderLevel.UNIT:
        org: Organisation | None = unit
        roles = ["unit_staff"]
        emails = [unit.email] if unit.email else []
    elif level == ReminderLevel.ADMIN:
        org, roles, emails = unit, ["admin"], []
    else:
        org, roles = office, ["coordinator", "admin"]
        emails = [office.email] if office is not None and office.email else []
    if org is None:
        return [], []
    members = list(
        Membership.objects.filter(organisation=org, role__in=roles, user__is_active=True).select_related(
            "user"
        )
    )
    emails += [m.user.email for m in members if m.user.email]
    return list(dict.fromkeys(emails)), list(dict.fromkeys(m.user_id for m in members))


def recipients(
    days_to_due: int, unit: Organisation, office: Organisation | None
) -> tuple[str, list[str], list[int]]:
    """Lowest level first: every level up to the escalation level, then higher ones while nobody is found."""
    top = LEVELS.index(reminder_level(days_to_due))
    emails: list[str] = []
    users: list[int] = []
    reached = LEVELS[0]
    for index, level in enumerate(LEVELS):
        if index > top and (emails or users):
            break
        found_emails, found_users = _contacts(level, unit, office)
        if found_emails or found_users:
            reached = level
        emails += [x for x in found_emails if x not in emails]
        users += [x for x in found_users if x not in users]
    return reached, emails, users


def _link(period: Period, unit: Organisation) -> str:
    try:
        path = reverse("web:progress_report", args=[period.cycle_id, period.id, unit.id])
    except NoReverseMatch:
        path = ""
    return f"{getattr(settings, 'TRONGTAM_BASE_URL', '').rstrip('/')}{path}"


def _cycle_unit_ids(cycle_id: int) -> list[int]:
    tasks = (
        reporting_tasks(cycle=cycle_id)
        .select_related("proposal")
        .prefetch_related(
            "lead_units",
            "children__lead_units",
            "children__proposal",
            "sources__proposal",
            "children__sources__proposal",
        )
    )
    units: set[int] = set()
    for task in tasks:
        units.update(compute.task_units_of(task))
        for child in task.children.all():
            units.update(compute.task_units_of(child, task))
    return sorted(units)


def reminder_plan(*, today: date | None = None) -> list[Reminder]:
    """The reminders to send today for every required report not yet submitted (nothing is sent)."""
    today = today or timezone.localdate()
    open_statuses = [s for s in CycleStatus.values if s != CycleStatus.CLOSED]
    candidates = (
        Period.objects.filter(required=True, cycle__status__in=open_statuses)
        .select_related("cycle__office", "cycle")
        .order_by("due", "id")
    )
    periods = [p for p in candidates if reminder_due_today((p.due - today).days)]
    if not periods:
        return []
    done = set(
        Report.objects.filter(
            period__in=periods, status__in=[ReportStatus.SUBMITTED, ReportStatus.ACCEPTED]
        ).values_list("period_id", "unit_id")
    )
    sent = set(
        ReminderLog.objects.filter(period__in=periods, sent_on=today).values_list("period_id", "unit_id")
    )
    cycle_units: dict[int, list[int]] = {}
    plan: list[Reminder] = []
    for period in periods:
        cycle = period.cycle
        if cycle.id not in cycle_units:
            cycle_units[cycle.id] = _cycle_unit_ids(cycle.id)
        days = (period.due - today).days
        for unit in Organisation.objects.filter(id__in=cycle_units[cycle.id]).order_by("name"):
            if (period.id, unit.id) in done or (period.id, unit.id) in sent:
                continue
            level, emails, users = recipients(days, unit, cycle.office)
            when = (
                f"hạn gửi ngày {_vn(period.due)} (còn {days} ngày)"
                if days >= 0
                else f"đã quá hạn {-days} ngày (hạn {_vn(period.due)})"
            )
            link = _link(period, unit)
            subject = f"Nhắc gửi báo cáo tiến độ {period.label} — {unit.name}"
            body = (
                f"Kính gửi: {unit.name},\n\n"
                f"Báo cáo tiến độ thực hiện nhiệm vụ trọng tâm kỳ {period.label} "
                f"(số liệu chốt đến ngày {_vn(period.end)}) của đơn vị chưa được gửi; {when}.\n"
                f"Đợt: {cycle.title}.\n"
                + (f"Nhập và gửi báo cáo tại: {link}\n" if link else "")
                + "\nThư này do hệ thống trongtam gửi tự động."
            )
            plan.append(Reminder(period, unit, days, level, emails, users, subject, body, link))
    return plan


def reminders_send(*, today: date | None = None, dry_run: bool = False) -> list[Reminder]:
    """Send today's reminders by e-mail and as in-app notices; running twice a day sends nothing new."""
    today = today or timezone.localdate()
    plan = reminder_plan(today=today)
    if dry_run:
        return plan
    for reminder in plan:
        try:
            with transaction.atomic():
                ReminderLog.objects.create(
                    period=reminder.period,
                    unit=reminder.unit,
                    sent_on=today,
                    level=reminder.level,
                    recipients=", ".join(reminder.emails),
                    days_to_due=reminder.days_to_due,
                )
                notifications.notify_users(
                    user_ids=reminder.user_ids, kind="reminder", text=reminder.subject, link=reminder.link
                )
        except IntegrityError:
            continue  # another run sent it a moment ago
        if reminder.emails:
            EmailMessage(
                subject=reminder.subject,
                body=reminder.body,
                from_email=settings.DEFAULT_FROM_EMAIL,
                to=reminder.emails,
            ).send(fail_silently=False)
        reminder.sent = True
    return plan
