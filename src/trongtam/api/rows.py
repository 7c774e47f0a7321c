"""Response items built straight from database rows, already in the shape of the response schemas.

The busiest lists (reports with their values, values, cycles) used to build a model instance per row and
let ninja read every field through its resolvers: at a page of 50 reports that was some 15,000 instances
and 77,000 attribute look-ups per request. Here each item is a plain dict in the field order of its schema
(``schemas.ReportOut`` and so on), with decimals already written as text, so the page is rendered as JSON
directly. tests/api/test_rows.py checks that the dicts are exactly what the schemas make of the models.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import QuerySet, TextField
from django.db.models.functions import Cast

from trongtam.registry.cycles.models import Cycle
from trongtam.registry.progress.models import Entry, Report, TaskEntry

from .schemas import decimal_text

Item = dict[str, Any]


# Dates and times are written as text here, exactly as the renderer's encoder (ninja's, built on Django's)
# would write them: left to the encoder, each costs a Python call back from the C JSON encoder.
_ENCODER = DjangoJSONEncoder()


def _decimal(value: Any) -> Any:
    return None if value is None else decimal_text(value)


def _when(value: date | datetime | None) -> str | None:
    return None if value is None else str(_ENCODER.default(value))


# A page of reports carries hundreds of values, each with its ``updated_at``. Django's loader of PostgreSQL
# timestamps is written in Python (about 10 µs a value, the most of the whole query), so the time is read
# as text and parsed by ``datetime.fromisoformat`` (under 1 µs); SQLite stores the same text, in UTC.
_UPDATED_AT_TEXT = Cast("updated_at", output_field=TextField())


def _time_text(text: str) -> str:
    moment = datetime.fromisoformat(text)
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return str(_ENCODER.default(moment))


def _org(id_: int, name: str, code: str) -> Item:
    return {"id": id_, "name": name, "code": code}


# ---------------------------------------------------------------------------------------------
# Values (EntryOut)

_ENTRY_COLUMNS: tuple[Any, ...] = (
    "id",
    "target_id",
    "kind",
    "value",
    "note",
    "explanation",
    "explanation_requested",
    "version",
    _UPDATED_AT_TEXT,
)


def _entry(
    row: tuple[Any, ...], report: int, period: int, unit: Item
) -> Item:  # row: _ENTRY_COLUMNS in order
    id_, target, kind, value, note, explanation, requested, version, updated_at = row
    return {
        "id": id_,
        "report": report,
        "period": period,
        "unit": unit,
        "target": target,
        "kind": kind,
        "value": _decimal(value),
        "note": note,
        "explanation": explanation,
        "explanation_requested": requested,
        "version": version,
        "updated_at": _time_text(updated_at),
    }


def entry_items(qs: QuerySet[Entry]) -> list[Item]:
    """The values of ``qs`` (filtered, ordered, sliced) as ``EntryOut`` items: one query."""
    units: dict[int, Item] = {}
    items = []
    for row in qs.values_list(
        "report_id",
        "report__period_id",
        "report__unit_id",
        "report__unit__name",
        "report__unit__code",
        *_ENTRY_COLUMNS,
    ):
        report, period, unit_id, name, code = row[:5]
        unit = units.get(unit_id)
        if unit is None:
            unit = units[unit_id] = _org(unit_id, name, code)
        items.append(_entry(row[5:], report, period, unit))
    return items


# ---------------------------------------------------------------------------------------------
# Reports (ReportOut), each with its values and task statuses


def report_items(qs: QuerySet[Report]) -> list[Item]:
    """The reports of ``qs`` (filtered, ordered, sliced) as ``ReportOut`` items: three queries at most,
    whatever the page size (the reports, then the values and the task statuses of all of them)."""
    items: list[Item] = []
    by_id: dict[int, Item] = {}
    for id_, period, unit_id, name, code, status, first, submitted, reason in qs.values_list(
        "id",
        "period_id",
        "unit_id",
        "unit__name",
        "unit__code",
        "status",
        "first_submitted_at",
        "submitted_at",
        "return_reason",
    ):
        item = {
            "id": id_,
            "period": period,
            "unit": _org(unit_id, name, code),
            "status": status,
            "first_submitted_at": _when(first),
            "submitted_at": _when(submitted),
            "return_reason": reason,
            "entries": [],
            "task_entries": [],
        }
        items.append(item)
        by_id[id_] = item
    if not by_id:
        return items
    # Each report's values in the order of (target, kind), as the report form lists them.
    entries = Entry.objects.filter(report_id__in=by_id).order_by("target_id", "kind")
    for row in entries.values_list("report_id", *_ENTRY_COLUMNS):
        report = by_id[row[0]]
        report["entries"].append(_entry(row[1:], row[0], report["period"], report["unit"]))
    tasks = TaskEntry.objects.filter(report_id__in=by_id).order_by("id")
    for report_id, id_, key_task, status, done_on, narrative, explanation, version in tasks.values_list(
        "report_id", "id", "key_task_id", "status", "done_on", "narrative", "explanation", "version"
    ):
        by_id[report_id]["task_entries"].append(
            {
                "id": id_,
                "key_task": key_task,
                "status": status,
                "done_on": _when(done_on),
                "narrative": narrative,
                "explanation": explanation,
                "version": version,
            }
        )
    return items


# ---------------------------------------------------------------------------------------------
# Cycles (CycleOut)


def _org_of(org: Any) -> Item | None:
    return None if org is None else _org(org.id, org.name, org.code)


def cycle_items(cycles: Iterable[Cycle]) -> list[Item]:
    """Cycles (with ``owner`` and ``office`` selected) as ``CycleOut`` items."""
    return [
        {
            "id": c.id,
            "title": c.title,
            "year": c.year,
            "status": c.status,
            "owner": _org_of(c.owner),
            "office": _org_of(c.office),
            "request_reference": c.request_reference,
            "request_date": _when(c.request_date),
            "request_subject": c.request_subject,
            "proposal_deadline": _when(c.proposal_deadline),
            "ruleset": c.ruleset,
            "created_at": _when(c.created_at),
        }
        for c in cycles
    ]
