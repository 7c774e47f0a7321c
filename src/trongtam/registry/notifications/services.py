"""Writes: tell people of a step (in the app and, after the commit, by e-mail), mark notices read, set channels.

Each ``notify_*`` is called once from the service where its step happens, inside that step's transaction:
the in-app rows roll back with it, and e-mail leaves only from ``transaction.on_commit``, so a step that
fails tells nobody. Who is told is ``policy.holders``: the people whose roles let them act on what follows.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from trongtam.registry import policy

from .models import Kind, Notification, Preference

logger = logging.getLogger(__name__)

EMAIL_PREFIX = "[trongtam] "


def _url(name: str, *args: int) -> str:
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return ""


def _vn(day: Any) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def notify(
    *, recipients: Iterable[Any], kind: str, text: str, link: str = "", actor: Any = None
) -> list[Any]:
    """Tell each person once, on the channels they chose; the actor is not told of their own step."""
    actor_id = getattr(actor, "pk", None)
    people = {u.pk: u for u in recipients if u is not None and u.pk != actor_id}
    if not people:
        return []
    prefs = {p.user_id: p for p in Preference.objects.filter(user_id__in=people)}
    in_app = [u for pk, u in people.items() if pk not in prefs or prefs[pk].in_app]
    Notification.objects.bulk_create(
        [Notification(recipient=u, kind=kind, text=text, link=link) for u in in_app]
    )
    mail_to = [u.email for pk, u in people.items() if u.email and (pk not in prefs or prefs[pk].email)]
    if mail_to:
        subject = EMAIL_PREFIX + Kind(kind).label
        body = (
            text
            + (f"\n\nXem tại: {_absolute(link)}" if link else "")
            + "\n\nThư này do hệ thống trongtam gửi tự động."
        )
        transaction.on_commit(lambda: _send(subject, body, mail_to))
    return list(people.values())


def _absolute(link: str) -> str:
    return f"{getattr(settings, 'TRONGTAM_BASE_URL', '').rstrip('/')}{link}"


def _send(subject: str, body: str, addresses: list[str]) -> None:
    """One message per person (no one sees the others' addresses); a failing server loses the e-mail only."""
    messages = [
        EmailMessage(subject=subject, body=body, from_email=settings.DEFAULT_FROM_EMAIL, to=[a])
        for a in addresses
    ]
    try:
        get_connection().send_messages(messages)
    except Exception:  # the step is done and committed; the in-app notice still tells them
        logger.exception("notification e-mail failed: %s", subject)


def notify_users(*, user_ids: Iterable[int], kind: str, text: str, link: str = "") -> None:
    """In-app notices to people chosen elsewhere (the reminders' escalation chain, which mails on its own)."""
    ids = set(user_ids)
    off = set(Preference.objects.filter(user_id__in=ids, in_app=False).values_list("user_id", flat=True))
    Notification.objects.bulk_create(
        [Notification(recipient_id=i, kind=kind, text=text, link=link) for i in sorted(ids - off)]
    )


# --- the steps ---------------------------------------------------------------------------------------------


def _body(cycle: Any) -> list[int]:
    return [i for i in (cycle.office_id, cycle.owner_id) if i is not None]


def _invited(cycle: Any) -> list[int]:
    return list(cycle.invited_units.values_list("id", flat=True))


def notify_cycle_opened(*, cycle: Any, actor: Any = None) -> None:
    """An open cycle: each invited unit's staff, who may now propose."""
    if cycle.status != "open":
        return
    deadline = f" trước ngày {_vn(cycle.proposal_deadline)}" if cycle.proposal_deadline else ""
    for unit_id in _invited(cycle):
        notify(
            recipients=policy.holders("proposal.create", policy.UnitInCycle(cycle, unit_id), among=[unit_id]),
            kind=Kind.CYCLE_OPENED,
            text=f"Mở đợt đăng ký «{cycle.title}»: đơn vị được đề nghị gửi đề xuất{deadline}.",
            link=_url("web:proposal_home", cycle.id),
            actor=actor,
        )


def notify_proposal_submitted(*, proposal: Any, actor: Any = None) -> None:
    """A submitted proposal: the cycle's coordinators, who consolidate or return it."""
    cycle = proposal.cycle
    notify(
        recipients=policy.holders("proposal.return", proposal, among=_body(cycle)),
        kind=Kind.PROPOSAL_SUBMITTED,
        text=f"{proposal.unit.name} đã gửi đề xuất: {cycle.title}.",
        link=_url("web:proposal_review", proposal.id),
        actor=actor,
    )


def notify_proposal_returned(*, proposal: Any, actor: Any = None) -> None:
    """A returned proposal: its unit's staff, who may edit it again."""
    notify(
        recipients=policy.holders("proposal.edit", proposal, among=[proposal.unit_id]),
        kind=Kind.PROPOSAL_RETURNED,
        text=f"Đề xuất của đơn vị ({proposal.cycle.title}) bị trả lại: {proposal.returned_reason}",
        link=_url("web:proposal_review", proposal.id),
        actor=actor,
    )


def notify_list_sent(*, cycle: Any, actor: Any = None) -> None:
    """A list sent for approval: the owning body's leaders."""
    notify(
        recipients=policy.holders("cycle.approve", cycle, among=_body(cycle)),
        kind=Kind.LIST_SENT,
        text=f"Danh mục {cycle.title} đang chờ lãnh đạo phê duyệt.",
        link=_url("web:approve", cycle.id),
        actor=actor,
    )


def notify_list_approved(*, cycle: Any, actor: Any = None) -> None:
    """An approved list: the cycle's coordinators, and the members of every invited or proposing unit."""
    people = policy.holders("cycle.manage", cycle, among=_body(cycle))
    units = set(_invited(cycle)) | set(cycle.proposals.values_list("unit_id", flat=True))
    for unit_id in sorted(units):
        people += policy.holders("unit.view", policy.UnitInCycle(cycle, unit_id), among=[unit_id])
    notify(
        recipients=people,
        kind=Kind.LIST_APPROVED,
        text=f"Danh mục {cycle.title} đã được phê duyệt.",
        link=_url("web:cycle_detail", cycle.id),
        actor=actor,
    )


def _report_link(report: Any) -> str:
    return _url("web:progress_report", report.period.cycle_id, report.period_id, report.unit_id)


def notify_report_submitted(*, report: Any, actor: Any = None) -> None:
    """A submitted report: the cycle's coordinators, who review it."""
    cycle = report.period.cycle
    notify(
        recipients=policy.holders("report.review", report, among=_body(cycle)),
        kind=Kind.REPORT_SUBMITTED,
        text=f"{report.unit.name} đã gửi báo cáo tiến độ {report.period.label}.",
        link=_url("web:progress_report_review", cycle.id, report.period_id, report.unit_id),
        actor=actor,
    )


def notify_report_returned(*, report: Any, actor: Any = None) -> None:
    """A returned report: its unit's staff."""
    notify(
        recipients=policy.holders("report.edit", report, among=[report.unit_id]),
        kind=Kind.REPORT_RETURNED,
        text=f"Báo cáo tiến độ {report.period.label} bị trả lại: {report.return_reason}",
        link=_report_link(report),
        actor=actor,
    )


def notify_report_accepted(*, report: Any, actor: Any = None) -> None:
    """An accepted report: its unit's staff."""
    notify(
        recipients=policy.holders("report.edit", report, among=[report.unit_id]),
        kind=Kind.REPORT_ACCEPTED,
        text=f"Báo cáo tiến độ {report.period.label} đã được chấp nhận.",
        link=_report_link(report),
        actor=actor,
    )


def notify_explanation_requested(*, entry: Any, actor: Any = None) -> None:
    """A value to explain: its unit's staff."""
    report = entry.report
    notify(
        recipients=policy.holders("report.edit", report, among=[report.unit_id]),
        kind=Kind.EXPLANATION_REQUESTED,
        text=(
            f"Đề nghị giải trình chỉ tiêu «{entry.target.indicator}» ({report.period.label}): "
            f"{entry.explanation_request}"
        ),
        link=_report_link(report),
        actor=actor,
    )


# --- the reader's side -------------------------------------------------------------------------------------


@transaction.atomic
def mark_read(*, user: Any, notification_id: int) -> None:
    """Mark one of the user's own notices read (another person's is left alone)."""
    Notification.objects.filter(recipient_id=user.pk, pk=notification_id, read_at__isnull=True).update(
        read_at=timezone.now()
    )


@transaction.atomic
def mark_all_read(*, user: Any) -> int:
    """Mark every unread notice of the user read."""
    return Notification.objects.filter(recipient_id=user.pk, read_at__isnull=True).update(
        read_at=timezone.now()
    )


@transaction.atomic
def preference_update(*, user: Any, in_app: bool, email: bool) -> Preference:
    """Set the person's channels."""
    pref, _ = Preference.objects.update_or_create(user=user, defaults={"in_app": in_app, "email": email})
    return pref
