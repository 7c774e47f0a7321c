"""`trongtam export CYCLE_ID`: a cycle's list of key tasks and targets as a spreadsheet or as JSON.

Once the office has consolidated, the cycle's own list is exported; before, the tasks the units proposed.
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import click

from ._django import django_setup

FORMATS = ("xlsx", "json")


@click.command()
@click.argument("cycle_id", type=int)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="xlsx hoặc json (mặc định theo đuôi tệp).",
)
@click.option(
    "-o",
    "--output",
    "output",
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    default=None,
    help="Tệp ghi ra ('-' là đầu ra chuẩn, chỉ với json). Mặc định: dot-ID.xlsx.",
)
def export(cycle_id: int, fmt: str | None, output: Path | None) -> None:
    """Xuất danh mục nhiệm vụ trọng tâm và chỉ tiêu của một đợt ra Excel (.xlsx) hoặc JSON."""
    if fmt is None:
        suffix = output.suffix.lower().lstrip(".") if output is not None and str(output) != "-" else ""
        fmt = (
            suffix if suffix in FORMATS else ("json" if output is not None and str(output) == "-" else "xlsx")
        )
    if output is None:
        output = Path(f"dot-{cycle_id}.{fmt}")
    if str(output) == "-" and fmt == "xlsx":
        raise click.UsageError("Tệp Excel không ghi ra đầu ra chuẩn được; hãy dùng -o TỆP.xlsx.")
    django_setup()
    from trongtam.registry.cycles.models import Cycle

    cycle = Cycle.objects.select_related("owner", "office").filter(pk=cycle_id).first()
    if cycle is None:
        raise click.ClickException(f"Không có đợt đăng ký số {cycle_id}.")
    data = cycle_data(cycle)
    if fmt == "json":
        text = json.dumps(data, ensure_ascii=False, indent=2, default=_json_default) + "\n"
        if str(output) == "-":
            sys.stdout.write(text)
            return
        _write(output, text.encode("utf-8"))
    else:
        _write(output, _xlsx(data))
    n_targets = sum(len(t["targets"]) for t in _walk(data["tasks"]))
    click.echo(f"Đã ghi {output}: {len(data['tasks'])} nhiệm vụ, {n_targets} chỉ tiêu.")


def _write(path: Path, content: bytes) -> None:
    try:
        path.write_bytes(content)
    except OSError as exc:
        raise click.ClickException(f"Không ghi được “{path}”: {exc.strerror or exc}.") from None


def cycle_data(cycle: Any) -> dict[str, Any]:
    """The cycle and its list as plain data: fields, tasks with sub-items, targets with exact values."""
    from trongtam.registry.cycles.selectors import cycle_has_list, cycle_tree

    tasks: list[dict[str, Any]] = []
    for group in cycle_tree(cycle=cycle):
        field = group.field
        for task in group.tasks:
            tasks.append(_task(task, field))
    return {
        "cycle": {
            "id": cycle.pk,
            "title": cycle.title,
            "year": cycle.year,
            "owner": cycle.owner.name,
            "office": cycle.office.name if cycle.office else None,
            "status": cycle.status,
            "request": cycle.request_reference,
            "request_date": cycle.request_date,
            "consolidated": cycle_has_list(cycle=cycle),
        },
        "tasks": tasks,
    }


def _task(task: Any, field: Any) -> dict[str, Any]:
    return {
        "id": task.pk,
        "field": {"number": field.number, "title": field.title} if field is not None else None,
        "number": task.number,
        "text": task.text,
        "unit": task.proposal.unit.name if task.proposal_id and task.parent_id is None else None,
        "lead": task.lead_text or "; ".join(u.name for u in task.lead_units.all()),
        "coordinating": task.coordinating_text,
        "deadline": task.deadline,
        "deadline_text": task.deadline_text,
        "targets": [_target(t) for t in task.targets.all()],
        "children": [_task(c, field) for c in task.children.all()] if task.parent_id is None else [],
    }


def _target(t: Any) -> dict[str, Any]:
    return {
        "id": t.pk,
        "indicator": t.indicator,
        "op": t.op,
        "value": t.value,
        "value_max": t.value_max,
        "unit": t.unit,
        "change": t.change,
        "basis": t.basis,
        "baseline": t.baseline,
        "direction": t.direction,
        "period": t.period,
        "deadline": t.deadline,
        "is_main": t.is_main,
        "quote": t.quote,
    }


def _walk(tasks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for t in tasks:
        out.append(t)
        out.extend(_walk(t["children"]))
    return out


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        # Exact, without trailing zeros from the database's six decimal places.
        normal = value.normalize()
        return str(normal.quantize(Decimal(1)) if normal == normal.to_integral_value() else normal)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


OP_TEXT = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=", "~": "≈", "range": "từ … đến"}


def _xlsx(data: dict[str, Any]) -> bytes:
    """One row per target (a task without targets keeps one row), values as exact numbers."""
    from trongtam.core.rendering.xlsx import table_to_xlsx

    headers = [
        "STT",
        "Lĩnh vực",
        "Nhiệm vụ trọng tâm",
        "Đơn vị",
        "Chủ trì",
        "Thời hạn",
        "Chỉ tiêu",
        "So sánh",
        "Giá trị",
        "Giá trị tối đa",
        "Đơn vị tính",
        "Loại",
        "Kỳ",
    ]
    rows: list[list[Any]] = []
    for task in data["tasks"]:
        for item, number in [(task, task["number"])] + [
            (c, f"{task['number']}{c['number']}") for c in task["children"]
        ]:
            field = item["field"]["title"] if item["field"] else ""
            deadline = item["deadline"] or item["deadline_text"] or ""
            base = [number, field, item["text"], task["unit"] or "", item["lead"], deadline]
            if not item["targets"]:
                rows.append([*base, "", "", None, None, "", "", ""])
            for t in item["targets"]:
                rows.append(
                    [
                        *base,
                        t["indicator"],
                        OP_TEXT.get(t["op"], t["op"]),
                        t["value"],
                        t["value_max"],
                        t["unit"],
                        {"level": "mức đạt", "increase": "tăng", "decrease": "giảm"}.get(
                            t["change"], t["change"]
                        ),
                        t["period"],
                    ]
                )
    cycle = data["cycle"]
    return table_to_xlsx(
        f"DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM {cycle['year']} — {cycle['owner'].upper()}",
        headers,
        rows,
        {8: "#,##0.######", 9: "#,##0.######"},
        sheet_name=f"Năm {cycle['year']}",
    )
