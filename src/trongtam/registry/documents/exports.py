"""Spreadsheet exports of a cycle's lists and report tables, with Vietnamese headers and number formats."""

from __future__ import annotations

from datetime import date

from django.utils import timezone

from trongtam.core.assessment import BUCKET_LABELS_VI, TASK_STATUS_LABELS_VI
from trongtam.core.rendering.xlsx import (
    DECIMAL,
    INTEGER,
    progress_rows_to_xlsx,
    table_to_xlsx,
    task_list_to_xlsx,
)
from trongtam.registry.cycles.models import Cycle, Target
from trongtam.registry.cycles.selectors import list_scope
from trongtam.registry.organisations.models import Organisation
from trongtam.registry.progress.models import Period

from . import builders
from .builders import Issue

_OPS = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=", "~": "≈", "range": "từ … đến …"}


def task_list_xlsx(*, cycle: Cycle) -> bytes:
    """The list of key tasks (approved version when there is one) with targets, lead unit and deadline."""
    return task_list_to_xlsx(builders.task_list_for_cycle(cycle, Issue()))


def targets_xlsx(*, cycle: Cycle) -> bytes:
    """Every target of the cycle: field, task, indicator, comparison, value, unit, main or not."""
    # The cycle's list as everyone reads it: the consolidated list, or the submitted proposals (no drafts).
    targets = (
        Target.objects.filter(key_task__in=list_scope(cycle=cycle))
        .select_related("key_task__field", "key_task__parent")
        .order_by("key_task__field__order", "key_task__order", "key_task_id", "order")
    )
    rows = []
    for i, t in enumerate(targets, start=1):
        task = t.key_task.parent or t.key_task
        rows.append(
            [
                i,
                task.field.title if task.field else "",
                task.text,
                t.indicator,
                ("giảm " if t.change == "decrease" else "tăng " if t.change == "increase" else "")
                + _OPS.get(t.op, t.op),
                t.value,
                t.value_max,
                t.unit,
                "Có" if t.is_main else "",
            ]
        )
    headers = [
        "STT",
        "Lĩnh vực",
        "Nhiệm vụ",
        "Chỉ tiêu",
        "So sánh",
        "Giá trị",
        "Giá trị tối đa",
        "Đơn vị tính",
        "Chỉ tiêu chủ yếu",
    ]
    return table_to_xlsx(
        f"CHỈ TIÊU NHIỆM VỤ TRỌNG TÂM NĂM {cycle.year}",
        headers,
        rows,
        {0: INTEGER, 5: DECIMAL, 6: DECIMAL},
        sheet_name="Chỉ tiêu",
    )


def progress_xlsx(*, cycle: Cycle, period: Period, unit: Organisation | None = None) -> bytes:
    """The progress table of a period (a unit's or the whole body's): plan, result, %, status."""
    rows, _ = builders.progress_rows(cycle, period, unit=unit)
    who = f" — {unit.name}" if unit else ""
    return progress_rows_to_xlsx(f"KẾT QUẢ THỰC HIỆN CHỈ TIÊU {period.label.upper()}{who}", rows)


def assessment_xlsx(*, cycle: Cycle, period: Period, today: date | None = None) -> bytes:
    """The tasks' assessment at a period: status, timeliness, and the body's level on the last row."""
    _, snap = builders.progress_rows(cycle, period, today=today or timezone.localdate())
    rows: list[list[object]] = []
    for i, t in enumerate(snap.tasks, start=1):
        rows.append(
            [
                i,
                t.task.field.title if t.task.field else "",
                t.task.text,
                TASK_STATUS_LABELS_VI.get(t.result.status, t.result.status),
                BUCKET_LABELS_VI.get(t.timeliness, t.timeliness),
                "Có" if t.overridden else "",
            ]
        )
    rows.append(["", "", f"Xếp loại chung: {snap.body.label}", "", "", "Có" if snap.body.overridden else ""])
    headers = ["STT", "Lĩnh vực", "Nhiệm vụ", "Đánh giá", "Tiến độ", "Đã điều chỉnh"]
    return table_to_xlsx(
        f"ĐÁNH GIÁ NHIỆM VỤ TRỌNG TÂM {period.label.upper()}",
        headers,
        rows,
        {0: INTEGER},
        sheet_name="Đánh giá",
    )
