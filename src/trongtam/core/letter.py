"""The document model every reader produces and every extractor, renderer and importer consumes.

All character offsets (``start``/``end``) index into ``Document.text``, the NFC-normalised text of
the whole document as read, so a target can always be shown inside the clause it came from.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Literal

Op = Literal[">=", ">", "<=", "<", "=", "~", "range"]
Change = Literal["increase", "decrease"]
Ref = Literal["plan", "previous_year", "same_period"]
Role = Literal["target", "actual"]
Direction = Literal["higher", "lower", "exact"]
Basis = Literal["points", "relative"]
Kind = Literal["plan", "report"]


@dataclass(frozen=True)
class Target:
    """One measurable target or reported result, tied to the clause it came from."""

    indicator: str
    value: Decimal | None
    unit: str
    op: Op
    value_max: Decimal | None = None
    change: Change | None = None
    ref: Ref | None = None
    role: Role = "target"
    period: str | None = None
    start: int = 0
    end: int = 0
    direction: Direction = "higher"
    basis: Basis | None = None
    quote: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict; Decimals become int or float for the scorer's sake."""
        return {k: _jsonable(v) for k, v in dataclasses.asdict(self).items()}


@dataclass(frozen=True)
class OcrPage:
    """A page read by OCR: its number (from 1) and tesseract's mean word confidence (0–100)."""

    page: int
    confidence: float


@dataclass(frozen=True)
class Task:
    """A key task (nhiệm vụ) or one of its sub-items, with the targets found in its text."""

    number: str
    text: str
    start: int = 0
    end: int = 0
    targets: tuple[Target, ...] = ()
    children: tuple[Task, ...] = ()
    lead_units: tuple[str, ...] = ()
    coordinating_units: tuple[str, ...] = ()
    deadline: str | None = None
    deadline_date: date | None = None
    places: tuple[str, ...] = ()
    needs_check: bool = False

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict, children included."""
        return {k: _jsonable(v) for k, v in dataclasses.asdict(self).items()}


@dataclass(frozen=True)
class Section:
    """A field (lĩnh vực) heading such as "I. LĨNH VỰC KINH TẾ - XÃ HỘI" and its tasks."""

    number: str
    title: str
    tasks: tuple[Task, ...] = ()
    start: int = 0
    end: int = 0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return {k: _jsonable(v) for k, v in dataclasses.asdict(self).items()}


@dataclass(frozen=True)
class Header:
    """The document's header: issuer, number and symbol, place and date, type or subject, recipients."""

    issuer: str | None = None
    parent_issuer: str | None = None
    number: str | None = None
    symbol: str | None = None
    place: str | None = None
    issued_on: date | None = None
    doc_type: str | None = None
    subject: str | None = None
    recipients: tuple[str, ...] = ()


@dataclass(frozen=True)
class Signature:
    """The signature block: authority lines (TM./KT./Q./TL./TUQ. or T/M, K/T, T/L), title, name."""

    authority: tuple[str, ...] = ()
    title: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class Closing:
    """The closing: the Nơi nhận list and the signature block."""

    recipients: tuple[str, ...] = ()
    signature: Signature | None = None


@dataclass(frozen=True)
class Document:
    """A read and structured document."""

    source_name: str
    text: str
    kind: Kind = "plan"
    header: Header = field(default_factory=Header)
    preamble: str = ""
    sections: tuple[Section, ...] = ()
    closing: Closing = field(default_factory=Closing)
    period: str | None = None
    warnings: tuple[str, ...] = ()
    preamble_targets: tuple[Target, ...] = ()
    repairs: tuple[str, ...] = ()
    ocr_pages: tuple[OcrPage, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict of the whole model."""
        return {k: _jsonable(v) for k, v in dataclasses.asdict(self).items()}

    def all_tasks(self) -> list[Task]:
        """Every task and sub-item in reading order."""
        out: list[Task] = []

        def walk(tasks: tuple[Task, ...]) -> None:
            for t in tasks:
                out.append(t)
                walk(t.children)

        for s in self.sections:
            walk(s.tasks)
        return out


def _jsonable(v: Any) -> Any:
    if isinstance(v, Decimal):
        return int(v) if v == v.to_integral_value() else float(v)
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, dict):
        return {k: _jsonable(x) for k, x in v.items()}
    if isinstance(v, list | tuple):
        return [_jsonable(x) for x in v]
    return v
