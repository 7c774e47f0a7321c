"""Turn the database's cycle, proposals, progress and assessments into the renderer's plain dataclasses.

Nothing here writes or numbers: ``services.document_issue`` allocates the number and passes it in through
``Issue``. Values the data lacks stay blank for the clerk, as the renderer prints them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from django.db.models import Q
from django.utils import timezone

from trongtam.core.assessment import STATUS_LABELS_VI
from trongtam.core.numbers import format_number
from trongtam.core.rendering.model import (
    ApprovedTask,
    AssessmentReport,
    FieldGroup,
    Issuance,
    LateUnit,
    Letterhead,
    ProgressReport,
    ProgressRow,
    Registration,
    ReminderLetter,
    SignatureBlock,
    TaskItem,
    TaskList,
    bare_subject,
)
from trongtam.core.rendering.vnformat import format_date
from trongtam.registry.cycles.models import Cycle, KeyTask, Proposal, Target
from trongtam.registry.cycles.selectors import cycle_tree
from trongtam.registry.organisations.models import Organisation
from trongtam.registry.progress import compute
from trongtam.registry.progress.models import Entry, EntryKind, Period, Report, ReportStatus

from .registers import profile_of, symbol_for

_OPS = {
    ">=": "từ {v} trở lên",
    ">": "trên {v}",
    "<=": "không quá {v}",
    "<": "dưới {v}",
    "=": "{v}",
    "~": "khoảng {v}",
    "range": "từ {v} đến {m}",
}
_CHANGE = {"increase": "tăng ", "decrease": "giảm "}


@dataclass(frozen=True)
class Issue:
    """What the clerk decides when issuing: number, date, signer and distribution (blank stays blank)."""

    number: int | None = None
    issued_on: date | None = None
    authority: tuple[str, ...] = ()
    signer_title: str = ""
    signer_name: str = ""
    distribution: tuple[str, ...] = ()
    archive: str = ""
    symbol: str = ""
    secrecy: str = ""  # the highest mark of the items the document lists by reference (cascade.SecretMark)


def _with_unit(value: str, unit: str) -> str:
    if not unit:
        return value
    return value + unit if unit.startswith("%") else f"{value} {unit}"


def plan_text(target: Target | dict[str, Any]) -> str:
    """A target's plan as a report writes it: "từ 195.000 triệu đồng trở lên", "giảm từ 5% trở lên"."""
    get = target.get if isinstance(target, dict) else lambda k, d=None: getattr(target, k, d)
    value, unit = get("value"), get("unit", "") or ""
    if value is None or value == "":
        return ""
    v = _with_unit(format_number(Decimal(str(value))), unit)
    vmax = get("value_max")
    m = _with_unit(format_number(Decimal(str(vmax))), unit) if vmax not in (None, "") else ""
    text = _OPS.get(get("op", ">=") or ">=", "{v}").format(v=v, m=m)
    return _CHANGE.get(get("change", "") or "", "") + text


def target_line(target: Target | dict[str, Any]) -> str:
    """ "Tổng thu ngân sách trên địa bàn: từ 195.000 triệu đồng trở lên"."""
    indicator = (target["indicator"] if isinstance(target, dict) else target.indicator).strip()
    plan = plan_text(target)
    head = indicator[:1].upper() + indicator[1:]
    return f"{head}: {plan}" if plan else head


def default_signature(organisation: Organisation) -> tuple[tuple[str, ...], str]:
    """The usual signing block of a body by its kind; the clerk can change it before issuing."""
    kind = organisation.kind
    if kind in ("standing_board", "party_committee"):
        return ("TM. BAN THƯỜNG VỤ",), "BÍ THƯ"
    if kind == "party_agency":
        return ("TL. BAN THƯỜNG VỤ",), "CHÁNH VĂN PHÒNG"
    if kind == "council_standing":
        return ("TM. THƯỜNG TRỰC HĐND",), "CHỦ TỊCH"
    if kind == "council":
        return ("TM. HỘI ĐỒNG NHÂN DÂN",), "CHỦ TỊCH"
    if kind == "peoples_committee":
        return ("TM. ỦY BAN NHÂN DÂN",), "CHỦ TỊCH"
    return (), "THỦ TRƯỞNG CƠ QUAN"


def _lines(text: str) -> tuple[str, ...]:
    out = []
    for raw in (text or "").splitlines():
        line = raw.strip().lstrip("-•+* ").rstrip(";.").strip()
        if line:
            out.append(line)
    return tuple(out)


def _split_archive(lines: tuple[str, ...]) -> tuple[tuple[str, ...], str]:
    kept, archive = [], ""
    for line in lines:
        if line.lower().startswith("lưu"):
            archive = re.sub(r"^lưu\s*:?\s*(vt\b)?[,\s]*", "", line, flags=re.IGNORECASE).strip()
        else:
            kept.append(line)
    return tuple(kept), archive


def letterhead_names(organisation: Organisation) -> tuple[str, str | None]:
    """The issuing and superior names as a letterhead prints them.

    Party documents of a standing board are headed by the committee ("HUYỆN ỦY HỮU LŨNG", not "BAN THƯỜNG VỤ
    ..."), under the party organisation above it ("ĐẢNG BỘ TỈNH LẠNG SƠN" for a "Tỉnh ủy Lạng Sơn").
    """
    name = organisation.name
    above = organisation.parent if organisation.parent_id else None
    if profile_of(organisation).kind != "party":
        return name, above.name if above else None
    if organisation.kind == "standing_board":
        name = re.sub(r"^ban thường vụ\s+", "", name, flags=re.IGNORECASE)
        name = name[:1].upper() + name[1:]
        if above is not None and above.name.lower() == name.lower():
            above = above.parent if above.parent_id else None  # the board's committee is its parent
    parent = None
    if above is not None:
        parent = re.sub(r"^(tỉnh|thành|huyện) ủy\s+", r"Đảng bộ \1 ", above.name, flags=re.IGNORECASE)
    return name, parent
    if organisation.kind == "standing_board":
        name = re.sub(r"^ban thường vụ\s+", "", name, flags=re.IGNORECASE)
        name = name[:1].upper() + name[1:]
    if parent:
        parent = re.sub(r"^(tỉnh|thành|huyện) ủy\s+", r"Đảng bộ \1 ", parent, flags=re.IGNORECASE)
        if parent.lower() == name.lower():
            parent = None
    return name, parent


def _distributed(issue: Issue, *default: str) -> Issue:
    """The issue with a default Nơi nhận when the clerk gave none."""
    if issue.distribution:
        return issue
    return replace(issue, distribution=default)


def in_sentence(label: str) -> str:
    """A period label inside a sentence: "Năm 2024" → "năm 2024"; "6 tháng đầu năm 2024" unchanged."""
    return label[:1].lower() + label[1:] if label[:1].isupper() and not label[:2].isupper() else label


def issuance_for(
    organisation: Organisation,
    issue: Issue,
    *,
    doc_type: str | None,
    place: str = "",
    fallback_place: str = "",
) -> Issuance:
    """The shared part of every document a body issues: profile, letterhead, number, signature."""
    profile = profile_of(organisation)
    authority, title = default_signature(organisation)
    issuer, parent = letterhead_names(organisation)
    return Issuance(
        profile=profile.id,
        letterhead=Letterhead(
            issuer=issuer,
            parent_issuer=parent,
            symbol=issue.symbol or symbol_for(organisation, doc_type),
            place=place or organisation.place_name or fallback_place or None,
        ),
        number=issue.number,
        issued_on=issue.issued_on,
        distribution=issue.distribution,
        archive=issue.archive,
        secrecy=issue.secrecy,
        signature=SignatureBlock(
            authority=issue.authority or authority,
            title=issue.signer_title or title,
            name=issue.signer_name or None,
        ),
    )


# --- (1) registration letter -----------------------------------------------------------------------------


def _task_item(task: KeyTask) -> TaskItem:
    return TaskItem(
        text=task.text,
        number=task.number if task.number and task.number not in "-•+*" else "",
        children=tuple(_task_item(c) for c in task.children.all()),
    )


def registration_for_proposal(proposal: Proposal, issue: Issue) -> Registration:
    """(1) A unit's registration letter from its proposal: tasks by field, in the order proposed."""
    cycle, unit = proposal.cycle, proposal.unit
    groups = cycle_tree(cycle=cycle, proposal_id=proposal.id)
    fields = tuple(
        FieldGroup(
            title=re.sub(r"^[IVXLC]+\.\s*", "", g.field.title) if g.field else "",
            number=g.field.number if g.field else "",
            tasks=tuple(_task_item(t) for t in g.tasks),
        )
        for g in groups
    )
    distribution, archive = _split_archive(_lines(proposal.distribution))
    stored = Issue(
        number=issue.number,
        issued_on=issue.issued_on,
        authority=issue.authority or _lines(proposal.signer_authority),
        signer_title=issue.signer_title or proposal.signer_title,
        signer_name=issue.signer_name or proposal.signer_name,
        distribution=issue.distribution or distribution,
        archive=issue.archive or archive,
        symbol=issue.symbol or proposal.letter_symbol,
    )
    request = cycle.request_reference
    preamble = proposal.preamble.strip() or (
        f"Thực hiện Công văn số {request}"
        + (f", ngày {format_date(cycle.request_date)}" if cycle.request_date else "")
        + f" của {(cycle.request_issuer or cycle.owner).name}, {unit.name} đề xuất nhiệm vụ trọng tâm năm "
        f"{cycle.year} của {cycle.owner.name} như sau:"
        if request
        else f"{unit.name} đề xuất nhiệm vụ trọng tâm năm {cycle.year} của {cycle.owner.name} như sau:"
    )
    return Registration(
        issuance=issuance_for(
            unit, stored, doc_type=None, place=proposal.place, fallback_place=cycle.owner.place_name
        ),
        subject=bare_subject(proposal.subject)
        or f"đăng ký các nhiệm vụ trọng tâm của {cycle.owner.name} năm {cycle.year}",
        recipients=_lines(proposal.recipients) or (cycle.owner.name,),
        preamble=re.sub(r"\s+", " ", preamble),
        fields=fields,
        closing=f"Trên đây là đề xuất nhiệm vụ trọng tâm của {cycle.owner.name} năm {cycle.year} "
        f"của {unit.name}./.",
    )


# --- (2) approved list ------------------------------------------------------------------------------------


def _deadline_text(raw: str) -> str:
    try:
        return format_date(date.fromisoformat(raw))
    except (TypeError, ValueError):
        return raw or ""


def approved_tasks(cycle: Cycle) -> list[ApprovedTask]:
    """The list's rows: the latest approved version when there is one, else the list as it stands now."""
    version = cycle.approved_versions.order_by("-number").first()
    if version is not None:
        rows = []
        for task in version.snapshot:
            targets = [*task.get("targets", [])]
            for child in task.get("children", []):
                targets.extend(child.get("targets", []))
            rows.append(
                ApprovedTask(
                    field=task.get("field", "") or "Nhiệm vụ khác",
                    text=task.get("text", ""),
                    targets=tuple(target_line(t) for t in targets),
                    lead_unit=task.get("lead", ""),
                    coordinating_units=task.get("coordinating", ""),
                    deadline=_deadline_text(task.get("deadline", "")),
                )
            )
        return rows
    rows = []
    for group in cycle_tree(cycle=cycle):
        for task in group.tasks:
            targets = [*task.targets.all()]
            for child in task.children.all():
                targets.extend(child.targets.all())
            lead = "; ".join(o.name for o in task.lead_units.all()) or task.lead_text
            if not lead and task.proposal_id and task.proposal:
                lead = task.proposal.unit.name
            rows.append(
                ApprovedTask(
                    field=group.field.title if group.field else "Nhiệm vụ khác",
                    text=task.text,
                    targets=tuple(target_line(t) for t in targets),
                    lead_unit=lead,
                    coordinating_units="; ".join(o.name for o in task.coordinating_units.all())
                    or task.coordinating_text,
                    deadline=format_date(task.deadline) if task.deadline else task.deadline_text,
                )
            )
    return rows


def task_list_for_cycle(cycle: Cycle, issue: Issue) -> TaskList:
    """(2) The Danh mục, issued by the owning body as a Thông báo with the list in an appendix."""
    request = cycle.request_reference
    intro = (
        "Căn cứ đề xuất của các cơ quan, đơn vị"
        + (f" theo Công văn số {request}" if request else "")
        + f", {cycle.owner.name} thông báo danh mục nhiệm vụ trọng tâm năm {cycle.year} như sau:",
    )
    closing = (
        "Giao các cơ quan, đơn vị chủ trì xây dựng kế hoạch, tổ chức thực hiện và báo cáo kết quả theo quy định.",
    )
    return TaskList(
        issuance=issuance_for(
            cycle.owner, _distributed(issue, "Các cơ quan, đơn vị có nhiệm vụ"), doc_type="THÔNG BÁO"
        ),
        year=cycle.year,
        body_name=cycle.owner.name,
        intro=intro,
        tasks=tuple(approved_tasks(cycle)),
        closing=closing,
    )


# --- (3) progress report and (4) assessment ---------------------------------------------------------------


def _estimated_targets(cycle: Cycle, period: Period, extra: list[int]) -> set[int]:
    """Targets whose value at the period is an estimate only (no official value yet)."""
    counted = Q(report__status__in=compute.COUNTED) | Q(report_id__in=extra)
    kinds: dict[int, set[str]] = {}
    for target_id, kind in Entry.objects.filter(
        counted, report__period=period, target__key_task__cycle=cycle, value__isnull=False
    ).values_list("target_id", "kind"):
        kinds.setdefault(target_id, set()).add(kind)
    return {t for t, k in kinds.items() if EntryKind.OFFICIAL not in k}


def progress_rows(
    cycle: Cycle, period: Period, *, unit: Organisation | None = None, today: date | None = None
) -> tuple[list[ProgressRow], compute.Snapshot]:
    """Each target at a period's cut-off: plan, year-to-date result, estimate or official, % and status.

    With ``unit`` only the targets it reports on, and its own draft counts (so it can print before sending).
    """
    extra: list[int] = []
    if unit is not None:
        extra = list(Report.objects.filter(period=period, unit=unit).values_list("id", flat=True))
    data = compute.cycle_data_load(cycle=cycle, extra_report_ids=extra)
    snap = compute.snapshot(data, period, today=today or timezone.localdate())
    estimated = _estimated_targets(cycle, period, extra)
    rows = []
    for line in snap.targets:
        if unit is not None and unit.id not in line.row.units:
            continue
        target = line.row.target
        rows.append(
            ProgressRow(
                indicator=target.indicator[:1].upper() + target.indicator[1:],
                plan=plan_text(target),
                result=line.actual,
                unit=target.unit,
                estimated=target.id in estimated,
                percent=line.result.percent,
                status=STATUS_LABELS_VI.get(line.result.status, "") if line.row.spec is not None else "",
                task=line.row.task.text,
            )
        )
    return rows, snap


def progress_report_for(
    cycle: Cycle, period: Period, issue: Issue, *, unit: Organisation | None = None
) -> ProgressReport:
    """(3) The 6-month / 9-month / year report: a unit's own, or the office's for the whole body."""
    rows, _ = progress_rows(cycle, period, unit=unit)
    issuer = unit or cycle.office or cycle.owner
    return ProgressReport(
        issuance=issuance_for(
            issuer,
            _distributed(issue, "Như trên" if unit else cycle.owner.name),
            doc_type="BÁO CÁO",
            fallback_place=cycle.owner.place_name,
        ),
        period_label=in_sentence(period.label),
        unit_name=unit.name if unit else cycle.owner.name,
        rows=tuple(rows),
        recipients=() if unit is None else (cycle.owner.name,),
    )


def assessment_report_for(cycle: Cycle, period: Period, issue: Issue) -> AssessmentReport:
    """(4) The body's year-end report: the level (overrides applied), task and target counts, chart, table."""
    rows, snap = progress_rows(cycle, period)
    quantified = [t for t in snap.targets if t.row.spec is not None]
    met = sum(1 for t in quantified if t.result.status in ("met", "exceeded"))
    exceeded = sum(1 for t in quantified if t.result.status == "exceeded")
    done = sum(1 for t in snap.tasks if t.result.status in ("completed", "completed_clear"))
    clear = sum(1 for t in snap.tasks if t.result.status == "completed_clear")
    return AssessmentReport(
        issuance=issuance_for(
            cycle.owner, _distributed(issue, "Các cơ quan, đơn vị có nhiệm vụ"), doc_type="BÁO CÁO"
        ),
        year=cycle.year,
        body_name=cycle.owner.name,
        level=snap.body.label,
        tasks_total=len(snap.tasks),
        tasks_done=done,
        targets_total=len(quantified),
        targets_met=met,
        rows=tuple(r for r in rows if r.plan),
        tasks_clear=clear,
        targets_exceeded=exceeded,
        # The rule engine's reasoning ("Giả định đủ 30 điểm chấm tay…", "Chưa đạt HTXS: …") is for the
        # office's assessment page, not for the issued report.
        sections=(),
    )


# --- (5) reminder -----------------------------------------------------------------------------------------


def late_units(cycle: Cycle, period: Period | None, *, today: date | None = None) -> list[LateUnit]:
    """Units late with a period's report, or (without a period) late with their proposal."""
    today = today or timezone.localdate()
    if period is None:
        from trongtam.registry.cycles.consolidation import cycle_unit_statuses

        return [
            LateUnit(s.unit.name, f"chưa gửi đề xuất nhiệm vụ trọng tâm năm {cycle.year}")
            for s in cycle_unit_statuses(cycle=cycle, today=today)
            if s.late
        ]
    data = compute.cycle_data_load(cycle=cycle, with_stored=False)
    out = []
    for r in compute.report_timeliness(data, today=today, required_only=False):
        if r.period.id != period.id:
            continue
        sent = r.report is not None and r.report.status in (ReportStatus.SUBMITTED, ReportStatus.ACCEPTED)
        if not sent and period.due < today:
            out.append(LateUnit(r.unit.name, f"chưa gửi báo cáo {period.label}"))
    return out


def reminder_for(
    cycle: Cycle, period: Period | None, issue: Issue, *, new_due_on: date, today: date | None = None
) -> ReminderLetter:
    """(5) The office's reminder letter to the units that are late."""
    issuer = cycle.office or cycle.owner
    request = cycle.request_reference
    request_text = (
        f"Công văn số {request} của {(cycle.request_issuer or cycle.owner).name}"
        if request
        else (f"kế hoạch theo dõi nhiệm vụ trọng tâm năm {cycle.year} của {cycle.owner.name}")
    )
    if period is None:
        label, due = f"(đề xuất) năm {cycle.year}", cycle.proposal_deadline
        subject = f"đôn đốc đề xuất nhiệm vụ trọng tâm năm {cycle.year}"
    else:
        label, due, subject = period.label, period.due, ""
    return ReminderLetter(
        issuance=issuance_for(
            issuer, _distributed(issue, "Như trên"), doc_type=None, fallback_place=cycle.owner.place_name
        ),
        period_label=in_sentence(label),
        request=request_text,
        due_on=due,
        new_due_on=new_due_on,
        units=tuple(late_units(cycle, period, today=today)),
        subject=subject,
    )
