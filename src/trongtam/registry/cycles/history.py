"""Reads of a cycle's history: the change timeline ("Lịch sử thay đổi") and approved versions side by side."""

from __future__ import annotations

import difflib
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import PurePosixPath
from typing import Any

from django.db import models
from django.utils import timezone

from trongtam.core.numbers import format_number

from .models import Cycle, KeyTask, Proposal, Target, ValueChoice
from .selectors import PRIVATE_PROPOSAL_STATUSES

ACTIONS = {"+": "Tạo mới", "~": "Sửa", "-": "Xóa"}
IGNORED_FIELDS = {"version", "order"}


@dataclass(frozen=True)
class HistoryEntry:
    when: datetime
    who: str
    action: str
    kind: str
    label: str
    changes: list[tuple[str, str, str]]
    reason: str


def _label(record: Any) -> str:
    for attr in ("title", "indicator", "text", "name"):
        value = getattr(record, attr, None)
        if value:
            return str(value)[:120]
    return str(record.id)


def cycle_history(
    *, cycle: Cycle, limit: int = 150, unit_ids: AbstractSet[int] = frozenset()
) -> list[HistoryEntry]:
    """The most recent changes to the cycle, its proposals, tasks, targets and value choices, newest first.

    A draft belongs to its unit until it is submitted: its changes (header, tasks, targets, author) show
    only to the members of ``unit_ids`` that own it.
    """
    hidden = list(
        Proposal.objects.filter(cycle_id=cycle.id, status__in=PRIVATE_PROPOSAL_STATUSES)
        .exclude(unit_id__in=unit_ids)
        .values_list("id", flat=True)
    )
    sources = [
        ("Đợt đăng ký", Cycle.history.filter(id=cycle.id)),
        ("Đề xuất", Proposal.history.filter(cycle_id=cycle.id).exclude(id__in=hidden)),
        ("Nhiệm vụ", KeyTask.history.filter(cycle_id=cycle.id).exclude(proposal_id__in=hidden)),
        (
            "Chỉ tiêu",
            Target.history.filter(key_task__cycle_id=cycle.id).exclude(key_task__proposal_id__in=hidden),
        ),
        ("Lựa chọn giá trị", ValueChoice.history.filter(target__key_task__cycle_id=cycle.id)),
    ]
    records: list[tuple[str, Any]] = []
    for kind, qs in sources:
        records.extend((kind, r) for r in qs.select_related("history_user").order_by("-history_date")[:limit])
    records.sort(key=lambda kr: kr[1].history_date, reverse=True)
    out = []
    for kind, record in records[:limit]:
        changes: list[tuple[str, str, str]] = []
        if record.history_type == "~":
            previous = record.prev_record
            if previous is not None:
                delta = record.diff_against(previous)
                for change in delta.changes:
                    if change.field in IGNORED_FIELDS:
                        continue
                    field = record.instance_type._meta.get_field(change.field)
                    changes.append(
                        (
                            str(field.verbose_name),
                            _short(value_display(field, change.old)),
                            _short(value_display(field, change.new)),
                        )
                    )
            if not changes and previous is not None:
                continue
        user = record.history_user
        out.append(
            HistoryEntry(
                when=record.history_date,
                who=(user.get_full_name() or user.username) if user else "Hệ thống",
                action=ACTIONS.get(record.history_type, record.history_type),
                kind=kind,
                label=_label(record),
                changes=changes,
                reason=record.history_change_reason or "",
            )
        )
    return out


def value_display(field: Any, value: Any) -> str:
    """A stored value as a person reads it: a status by its label, a time in local dd/mm/yyyy HH:MM, a number
    written the Vietnamese way, a file by its name, a related row by its name."""
    if value is None or value == "":
        return "—"
    if getattr(field, "choices", None):
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.ForeignKey):
        related = field.related_model._default_manager.filter(pk=value).first()
        return str(related) if related is not None else "—"
    if isinstance(field, models.FileField):
        name = getattr(value, "name", value)
        return PurePosixPath(str(name)).name or "—"
    if isinstance(field, models.BooleanField):
        return "Có" if value else "Không"
    if isinstance(value, datetime):
        local = timezone.localtime(value) if timezone.is_aware(value) else value
        return local.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    # Decimals only: a year or a count is an integer and reads without a thousands dot.
    if isinstance(field, models.DecimalField) or isinstance(value, Decimal):
        try:
            return format_number(Decimal(str(value)))
        except InvalidOperation:
            return str(value)
    return str(value)


def _short(value: Any) -> str:
    text = "—" if value in (None, "") else str(value)
    return text if len(text) <= 160 else text[:157] + "…"


@dataclass(frozen=True)
class CompareRow:
    status: str  # same | changed | added | removed
    left: dict[str, Any] | None
    right: dict[str, Any] | None


def _flatten(snapshot: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {**t, "key": f"{t['field']}|{t['text']}", "target_text": _targets_text(t["targets"])}
        for t in snapshot
    ]


OP_SYMBOLS = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=", "~": "≈", "range": "từ"}


def _number(text: str | None) -> str:
    """A snapshot's stored number ("250.000000") written the Vietnamese way ("250")."""
    if text in (None, ""):
        return ""
    try:
        return format_number(Decimal(str(text)))
    except InvalidOperation:
        return str(text)


def _targets_text(targets: list[dict[str, Any]]) -> str:
    """ "tổng thu ngân sách ≥ 195.000 triệu đồng; …" """
    parts = []
    for t in targets:
        value = _number(t["value"])
        if t.get("value_max"):
            value = f"{value} đến {_number(t['value_max'])}"
        op = OP_SYMBOLS.get(t["op"], t["op"])
        parts.append(" ".join(p for p in (t["indicator"], op, value, t["unit"]) if p))
    return "; ".join(parts)


def snapshot_compare(left: list[dict[str, Any]], right: list[dict[str, Any]]) -> list[CompareRow]:
    """Align two versions of the list task by task (by wording), marking what changed, was added or removed."""
    a, b = _flatten(left), _flatten(right)
    matcher = difflib.SequenceMatcher(a=[t["text"] for t in a], b=[t["text"] for t in b], autojunk=False)
    rows: list[CompareRow] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for x, y in zip(a[i1:i2], b[j1:j2], strict=True):
                same = all(x[k] == y[k] for k in ("target_text", "lead", "coordinating", "deadline", "field"))
                rows.append(CompareRow("same" if same else "changed", x, y))
        elif op == "replace":
            pairs = max(i2 - i1, j2 - j1)
            for k in range(pairs):
                old = a[i1 + k] if i1 + k < i2 else None
                new = b[j1 + k] if j1 + k < j2 else None
                rows.append(
                    CompareRow("changed" if old and new else ("removed" if old else "added"), old, new)
                )
        elif op == "delete":
            rows.extend(CompareRow("removed", x, None) for x in a[i1:i2])
        else:
            rows.extend(CompareRow("added", None, y) for y in b[j1:j2])
    return rows
