"""The API's request and response shapes (pydantic, through django-ninja).

Numbers: every decimal quantity (target values, progress values, percentages, points) travels as a JSON
**string** in plain decimal notation ("195000", "16.6", "-2.5"), never as a JSON number, so no value is
rounded by a client's floating point. Inputs take the same form. Ids, years, counts and versions are
JSON integers. Dates are ISO 8601 (yyyy-mm-dd), times ISO 8601 with offset.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from ninja import Schema
from pydantic import AfterValidator, BeforeValidator, Field

from trongtam.core.numbers import INVALID_TEXT, NumberError, is_valid, plain_text, read_plain

MAX_ID = 2**62
# A decimal as the API writes and reads it: optional minus, up to 18 digits, up to 6 decimals.
DECIMAL_PATTERN = r"^-?[0-9]{1,18}(\.[0-9]{1,6})?$"


def decimal_text(value: Any) -> Any:
    """Decimal → plain string without exponent or trailing zeros ("195000", "16.6")."""
    if isinstance(value, Decimal | int | float) and not isinstance(value, bool):
        return plain_text(value)
    return value


def stored_value(value: Any) -> tuple[Any, str | None]:
    """A stored value and, for one no column could hold (raw SQL, an old release), None and why."""
    if value is None or is_valid(value):
        return value, None
    return None, f"{INVALID_TEXT} ({plain_text(value)})"


def _bounded(value: str) -> str:
    # The pattern admits 18 whole digits; the column and SQLite keep 15 significant ones (one contract).
    try:
        read_plain(value)
    except NumberError as exc:
        raise ValueError(exc.message_vi) from None
    return value


def _no_nul(value: str) -> str:
    # PostgreSQL refuses NUL characters in text; they never belong in a report anyway.
    return value.replace("\x00", "")


DecimalOut = Annotated[str, BeforeValidator(decimal_text)]
DecimalIn = Annotated[
    str, Field(pattern=DECIMAL_PATTERN, examples=["195000", "16.6"]), AfterValidator(_bounded)
]
Text = Annotated[str, AfterValidator(_no_nul), Field(max_length=10000)]
Id = Annotated[int, Field(ge=1, le=MAX_ID)]


def fk(obj: Any, name: str) -> Any:
    """The id behind a foreign key, read from ``<name>_id`` so the related row is never fetched."""
    if isinstance(obj, dict):
        value = obj.get(name)
        return getattr(value, "pk", value)
    return getattr(obj, f"{name}_id")


class ErrorOut(Schema):
    code: str = Field(description="A stable code a program can test, e.g. `not_found`, `version_conflict`.")
    message: str = Field(description="The message in Vietnamese, for people.")
    message_en: str = Field(description="The same message in English.")
    details: list[dict[str, Any]] = Field(default_factory=list, description="Field errors (422 only).")


class OrgRef(Schema):
    id: int
    name: str
    code: str


class CycleOut(Schema):
    id: int
    title: str
    year: int
    status: str
    owner: OrgRef
    office: OrgRef | None = None
    request_reference: str
    request_date: date | None = None
    request_subject: str
    proposal_deadline: date | None = None
    ruleset: str
    created_at: datetime


class ProposalOut(Schema):
    id: int
    cycle: int
    unit: OrgRef
    status: str
    letter_number: str
    letter_symbol: str
    letter_date: date | None = None
    place: str
    subject: str
    signer_title: str
    signer_name: str
    source_name: str
    returned_reason: str
    submitted_at: datetime | None = None
    created_at: datetime

    @staticmethod
    def resolve_cycle(obj: Any) -> Any:
        return fk(obj, "cycle")


class FieldOut(Schema):
    id: int
    number: str
    title: str


class TargetOut(Schema):
    id: int
    key_task: int
    order: int
    indicator: str
    op: str
    value: DecimalOut | None = None
    value_max: DecimalOut | None = None
    unit: str
    change: str
    basis: str
    baseline: DecimalOut | None = None
    baseline_period: str
    ref: str
    direction: str
    period: str
    deadline: date | None = None
    is_main: bool
    quote: str
    source_start: int | None = None
    source_end: int | None = None
    version: int

    @staticmethod
    def resolve_key_task(obj: Any) -> Any:
        return fk(obj, "key_task")


class SubItemOut(Schema):
    id: int
    number: str
    order: int
    text: str
    lead_text: str
    coordinating_text: str
    deadline: date | None = None
    deadline_text: str
    places: str
    lead_units: list[OrgRef]
    version: int
    targets: list[TargetOut]
    needs_check: bool = Field(
        False, description="Read by OCR with words it was unsure of: check against the letter."
    )


class KeyTaskOut(SubItemOut):
    cycle: int
    proposal: int | None = None
    field: FieldOut | None = None
    children: list[SubItemOut] = Field(description="Sub-items (ý nhỏ) in order, each with its targets.")

    @staticmethod
    def resolve_cycle(obj: Any) -> Any:
        return fk(obj, "cycle")

    @staticmethod
    def resolve_proposal(obj: Any) -> Any:
        return fk(obj, "proposal")


class ProposalDetailOut(ProposalOut):
    reading_notes: str = Field(
        "", description="What the reader repaired, and which pages it read by OCR with what mean confidence."
    )
    tasks: list[KeyTaskOut] = Field(description="The key tasks read from or typed into the proposal.")

    @staticmethod
    def resolve_tasks(obj: Any) -> list[Any]:
        return list(obj.api_tasks)


class PeriodOut(Schema):
    id: int
    cycle: int
    kind: str
    number: int
    label: str
    start: date
    end: date
    due: date
    required: bool

    @staticmethod
    def resolve_cycle(obj: Any) -> Any:
        return fk(obj, "cycle")


# The endpoints of values, reports and cycles build these items from rows (``rows.py``); the resolvers let
# the schemas read model objects too, which tests/api/test_rows.py uses as the reference. No docstrings on
# response schemas: they would change the committed OpenAPI document.
class EntryOut(Schema):
    id: int
    report: int
    period: int
    unit: OrgRef
    target: int
    kind: str
    value: DecimalOut | None = None
    value_problem: str | None = None
    note: str
    explanation: str
    explanation_requested: bool
    version: int
    updated_at: datetime

    @staticmethod
    def resolve_value(obj: Any) -> Any:
        return stored_value(obj.value)[0]

    @staticmethod
    def resolve_value_problem(obj: Any) -> str | None:
        return stored_value(obj.value)[1]

    @staticmethod
    def resolve_period(obj: Any) -> int:
        return int(obj.report.period_id)

    @staticmethod
    def resolve_report(obj: Any) -> Any:
        return fk(obj, "report")

    @staticmethod
    def resolve_target(obj: Any) -> Any:
        return fk(obj, "target")

    @staticmethod
    def resolve_unit(obj: Any) -> Any:
        return obj.report.unit


class TaskEntryOut(Schema):
    id: int
    key_task: int
    status: str
    done_on: date | None = None
    narrative: str
    explanation: str
    version: int

    @staticmethod
    def resolve_key_task(obj: Any) -> Any:
        return fk(obj, "key_task")


class ReportOut(Schema):
    id: int
    period: int
    unit: OrgRef
    status: str
    first_submitted_at: datetime | None = None
    submitted_at: datetime | None = None
    return_reason: str
    entries: list[EntryOut]
    task_entries: list[TaskEntryOut]

    @staticmethod
    def resolve_period(obj: Any) -> Any:
        return fk(obj, "period")

    @staticmethod
    def resolve_entries(obj: Any) -> list[Any]:
        return list(obj.entries.all())

    @staticmethod
    def resolve_task_entries(obj: Any) -> list[Any]:
        return list(obj.task_entries.all())


class _AssessmentOut(Schema):
    id: int
    period: int
    overridden: bool
    override_reason: str
    ruleset: str
    assessed_at: datetime

    @staticmethod
    def resolve_period(obj: Any) -> Any:
        return fk(obj, "period")


class TargetAssessmentOut(_AssessmentOut):
    target: int
    actual: DecimalOut | None = None
    computed_status: str
    computed_percent: DecimalOut | None = None
    status: str
    percent: DecimalOut | None = None
    note: str

    @staticmethod
    def resolve_target(obj: Any) -> Any:
        return fk(obj, "target")


class TaskAssessmentOut(_AssessmentOut):
    key_task: int
    judgement: str
    computed_status: str
    status: str
    timeliness: str
    note: str

    @staticmethod
    def resolve_key_task(obj: Any) -> Any:
        return fk(obj, "key_task")


class BodyAssessmentOut(_AssessmentOut):
    organisation: OrgRef
    computed_level: str
    level: str
    label: str
    points: DecimalOut
    reasons: str


def page_of(item: type[Schema], name: str) -> type[Schema]:
    """A page of ``item``: the total count, the page asked for and its items."""
    return type(
        name,
        (Schema,),
        {
            "__annotations__": {"count": int, "page": int, "page_size": int, "items": list[item]},  # type: ignore[valid-type]
            "__doc__": f"One page of {item.__name__} (count is the total over all pages).",
        },
    )


CyclePage = page_of(CycleOut, "CyclePage")
ProposalPage = page_of(ProposalOut, "ProposalPage")
KeyTaskPage = page_of(KeyTaskOut, "KeyTaskPage")
TargetPage = page_of(TargetOut, "TargetPage")
PeriodPage = page_of(PeriodOut, "PeriodPage")
EntryPage = page_of(EntryOut, "EntryPage")
ReportPage = page_of(ReportOut, "ReportPage")
TargetAssessmentPage = page_of(TargetAssessmentOut, "TargetAssessmentPage")
TaskAssessmentPage = page_of(TaskAssessmentOut, "TaskAssessmentPage")
BodyAssessmentPage = page_of(BodyAssessmentOut, "BodyAssessmentPage")


# ---------------------------------------------------------------------------------------------
# Inputs


class EntryIn(Schema):
    target: Id
    kind: Literal["estimate", "official"] = "estimate"
    value: DecimalIn | None = Field(None, description='Decimal as a string, e.g. "195000" or "16.6".')
    version: Annotated[int, Field(ge=0, le=MAX_ID)] | None = Field(
        None,
        description="The entry's version as last read (0 or null when there was none); a newer one → 409.",
    )
    note: Text = ""
    explanation: Text = ""


class TaskEntryIn(Schema):
    key_task: Id
    status: Literal["not_started", "in_progress", "done", "not_done"] = "in_progress"
    version: Annotated[int, Field(ge=0, le=MAX_ID)] | None = None
    narrative: Text = ""
    done_on: date | None = None


class ProgressIn(Schema):
    entries: list[EntryIn] = Field(default_factory=list, max_length=2000)
    tasks: list[TaskEntryIn] = Field(default_factory=list, max_length=2000)
    submit: bool = Field(False, description="Send the report to the office after saving.")


# ---------------------------------------------------------------------------------------------
# The extraction of a document, as read (not saved)


class DocTargetOut(Schema):
    indicator: str
    value: DecimalOut | None = None
    unit: str
    op: str
    value_max: DecimalOut | None = None
    change: str | None = None
    ref: str | None = None
    role: str
    period: str | None = None
    start: int
    end: int
    direction: str
    basis: str | None = None
    quote: str


class DocSubTaskOut(Schema):
    number: str
    text: str
    start: int
    end: int
    targets: list[DocTargetOut]
    lead_units: list[str]
    coordinating_units: list[str]
    deadline: str | None = None
    deadline_date: date | None = None
    places: list[str]
    needs_check: bool = False
    children: list[DocSubTaskOut] = Field(default_factory=list)


class DocSectionOut(Schema):
    number: str
    title: str
    tasks: list[DocSubTaskOut]
    start: int
    end: int


class DocHeaderOut(Schema):
    issuer: str | None = None
    parent_issuer: str | None = None
    number: str | None = None
    symbol: str | None = None
    place: str | None = None
    issued_on: date | None = None
    doc_type: str | None = None
    subject: str | None = None
    recipients: list[str]


class DocSignatureOut(Schema):
    authority: list[str]
    title: str | None = None
    name: str | None = None


class DocClosingOut(Schema):
    recipients: list[str]
    signature: DocSignatureOut | None = None


class DocOcrPageOut(Schema):
    page: int
    confidence: float


class DocumentOut(Schema):
    source_name: str
    text: str
    kind: str
    header: DocHeaderOut
    preamble: str
    sections: list[DocSectionOut]
    closing: DocClosingOut
    period: str | None = None
    warnings: list[str]
    preamble_targets: list[DocTargetOut]
    repairs: list[str] = Field(default_factory=list)
    ocr_pages: list[DocOcrPageOut] = Field(default_factory=list)
