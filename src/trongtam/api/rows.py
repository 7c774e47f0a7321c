"""Response items built straight from database rows, already in the shape of the response schemas.

The lists used to build a model instance per row and let ninja read every field through its resolvers:
a page of 50 reports with their values was some 15,000 instances and 77,000 attribute look-ups. Here
each item is a plain dict in the field order of its schema (``schemas.ReportOut`` and so on), decimals,
dates and times already written as the renderer writes them, so the page is rendered as JSON directly.
tests/api/test_rows.py checks that the answers are byte for byte what the schemas make of the models.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from types import SimpleNamespace
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import DateField, DecimalField, Model, QuerySet, TextField
from django.db.models.functions import Cast

from trongtam.registry.cycles.models import Cycle, KeyTask, Target
from trongtam.registry.progress.models import Entry, Report, TaskEntry

from .schemas import OrgRef, Schema, TargetOut, decimal_text, stored_value

Item = dict[str, Any]


# Dates and times are written as text here, exactly as the renderer's encoder (ninja's, built on Django's)
# would write them: left to the encoder, each costs a Python call back from the C JSON encoder.
_ENCODER = DjangoJSONEncoder()


def _decimal(value: Any) -> Any:
    return None if value is None else decimal_text(value)


def _when(value: date | datetime | None) -> str | None:
    return None if value is None else str(_ENCODER.default(value))


# A page of reports carries hundreds of values, each with its ``updated_at``. Django's loader of PostgreSQL
# timestamps is written in Python (the most of the whole query; figures in bench/README.md), so the time is
# read as text and parsed by ``datetime.fromisoformat``; SQLite stores the same text, in UTC.
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


def _entry(row: tuple[Any, ...], report: int, period: int, unit: Item) -> Item:
    """One value from its ``_ENTRY_COLUMNS``, with its report's id, period and unit."""
    id_, target, kind, stored, note, explanation, requested, version, updated_at = row
    value, problem = stored_value(stored)
    return {
        "id": id_,
        "report": report,
        "period": period,
        "unit": unit,
        "target": target,
        "kind": kind,
        "value": _decimal(value),
        "value_problem": problem,
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
    # Each report's values in (target, kind) order, as the API has always listed them.
    entries = Entry.objects.filter(report_id__in=by_id).order_by("target_id", "kind")
    for row in entries.values_list("report_id", *_ENTRY_COLUMNS):
        report = by_id[row[0]]
        report["entries"].append(_entry(row[1:], row[0], report["period"], report["unit"]))
    # Task statuses in the order they were first saved; the model has no ordering of its own.
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


# The request letter's reference is the model's own rule (``Cycle.request_reference``), applied to the row.
_REQUEST_REFERENCE: Callable[[Any], str] = vars(Cycle)["request_reference"].fget


def cycle_items(qs: QuerySet[Cycle]) -> list[Item]:
    """The cycles of ``qs`` (filtered, ordered, sliced) as ``CycleOut`` items: one query."""
    items = []
    for (
        id_, title, year, status, owner_id, owner_name, owner_code, owner_format, office_id, office_name,
        office_code, number, symbol, request_date, subject, deadline, ruleset, created_at,
    ) in qs.values_list(
        "id", "title", "year", "status", "owner_id", "owner__name", "owner__code", "owner__document_format",
        "office_id", "office__name", "office__code", "request_number", "request_symbol", "request_date",
        "request_subject", "proposal_deadline", "ruleset", "created_at",
    ):  # fmt: skip
        letter = SimpleNamespace(
            request_number=number, request_symbol=symbol, owner=SimpleNamespace(document_format=owner_format)
        )
        items.append(
            {
                "id": id_,
                "title": title,
                "year": year,
                "status": status,
                "owner": _org(owner_id, owner_name, owner_code),
                "office": None if office_id is None else _org(office_id, office_name, office_code),
                "request_reference": _REQUEST_REFERENCE(letter),
                "request_date": _when(request_date),
                "request_subject": subject,
                "proposal_deadline": _when(deadline),
                "ruleset": ruleset,
                "created_at": _when(created_at),
            }
        )
    return items


# ---------------------------------------------------------------------------------------------
# Targets (TargetOut) and key tasks (KeyTaskOut), each with its sub-items, lead units and targets


def target_items(qs: QuerySet[Target]) -> list[Item]:
    """The targets of ``qs`` (filtered, ordered, sliced) as ``TargetOut`` items: one query."""
    return _TARGET_ROWS(qs)


_TASK_COLUMNS = (
    "id",
    "number",
    "order",
    "text",
    "lead_text",
    "coordinating_text",
    "deadline",
    "deadline_text",
    "places",
    "version",
    "needs_check",
)


def _sub_item(row: tuple[Any, ...]) -> Item:  # row: _TASK_COLUMNS in order
    (
        id_,
        number,
        order,
        text,
        lead_text,
        coordinating_text,
        deadline,
        deadline_text,
        places,
        version,
        check,
    ) = row
    return {
        "id": id_,
        "number": number,
        "order": order,
        "text": text,
        "lead_text": lead_text,
        "coordinating_text": coordinating_text,
        "deadline": _when(deadline),
        "deadline_text": deadline_text,
        "places": places,
        "lead_units": [],
        "version": version,
        "targets": [],
        "needs_check": check,
    }


def key_task_items(qs: QuerySet[KeyTask]) -> list[Item]:
    """The top-level tasks of ``qs`` (filtered, ordered, sliced) as ``KeyTaskOut`` items: four queries at
    most, whatever the page size (the tasks, their sub-items, then the targets and the lead units of all)."""
    items: list[Item] = []
    every: dict[int, Item] = {}
    for row in qs.values_list(
        *_TASK_COLUMNS, "cycle_id", "proposal_id", "field_id", "field__number", "field__title"
    ):
        cycle, proposal, field_id, field_number, field_title = row[len(_TASK_COLUMNS) :]
        item = _sub_item(row[: len(_TASK_COLUMNS)])
        item["cycle"] = cycle
        item["proposal"] = proposal
        item["field"] = (
            None if field_id is None else {"id": field_id, "number": field_number, "title": field_title}
        )
        item["children"] = []
        items.append(item)
        every[item["id"]] = item
    if not items:
        return items
    children = KeyTask.objects.filter(parent_id__in=list(every)).order_by("order", "id")
    for row in children.values_list(*_TASK_COLUMNS, "parent_id"):
        child = _sub_item(row[:-1])
        every[row[-1]]["children"].append(child)
        every[child["id"]] = child
    for target in _TARGET_ROWS(Target.objects.filter(key_task_id__in=list(every)).order_by("order", "id")):
        every[target["key_task"]]["targets"].append(target)
    # Lead units in the order of their names (the organisations' own ordering), as the web lists them.
    units: dict[int, Item] = {}
    leads = KeyTask.lead_units.through.objects.filter(keytask_id__in=list(every))
    for task_id, unit_id, name, code in leads.order_by("organisation__name", "organisation_id").values_list(
        "keytask_id", "organisation_id", "organisation__name", "organisation__code"
    ):
        unit = units.get(unit_id)
        if unit is None:
            unit = units[unit_id] = _org(unit_id, name, code)
        every[task_id]["lead_units"].append(unit)
    return items


# ---------------------------------------------------------------------------------------------
# Flat items (periods, proposals, assessments): one column per field, read off the schema and the model


class FlatRows:
    """Builds the items of a flat ``schema`` (its fields are ``model``'s columns; a foreign key is its id,
    or an ``OrgRef``) from one query; fails on import if a field is not a column of ``model``."""

    def __init__(self, schema: type[Schema], model: type[Model]) -> None:
        columns = {f.name: f for f in model._meta.concrete_fields}
        self.columns: list[str] = []
        self.fields: list[tuple[str, Callable[[tuple[Any, ...], int], Any], int]] = []
        for name, info in schema.model_fields.items():
            column = columns[name]
            at = len(self.columns)
            if column.is_relation and info.annotation in (OrgRef, OrgRef | None):
                self.columns += [f"{name}_id", f"{name}__name", f"{name}__code"]
                self.fields.append((name, _org_at, at))
                continue
            if column.is_relation:
                self.columns.append(f"{name}_id")
                self.fields.append((name, _value_at, at))
            elif isinstance(column, DecimalField):
                self.columns.append(name)
                self.fields.append((name, _decimal_at, at))
            elif isinstance(column, DateField):  # DateTimeField too
                self.columns.append(name)
                self.fields.append((name, _when_at, at))
            else:
                self.columns.append(name)
                self.fields.append((name, _value_at, at))

    def __call__(self, qs: QuerySet[Any]) -> list[Item]:
        fields = self.fields
        return [{name: read(row, at) for name, read, at in fields} for row in qs.values_list(*self.columns)]


def _value_at(row: tuple[Any, ...], at: int) -> Any:
    return row[at]


def _decimal_at(row: tuple[Any, ...], at: int) -> Any:
    return _decimal(row[at])


def _when_at(row: tuple[Any, ...], at: int) -> Any:
    return _when(row[at])


def _org_at(row: tuple[Any, ...], at: int) -> Item | None:
    return None if row[at] is None else _org(row[at], row[at + 1], row[at + 2])


# A target's every field is one of its columns (the key task by its id).
_TARGET_ROWS = FlatRows(TargetOut, Target)
