"""Plain, frozen inputs of the renderer: an official document as blocks, and the five documents of a cycle.

The Django layer fills these from its models; ``registration_from_document`` fills one from what the reader
produced. Fields the source lacks stay ``None`` and are printed as blanks for a clerk, never invented.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from trongtam.core.letter import Document, Task

__all__ = [
    "Appendix",
    "ApprovedTask",
    "AssessmentReport",
    "Block",
    "FieldGroup",
    "Heading",
    "Image",
    "Issuance",
    "LateUnit",
    "Letterhead",
    "OfficialDocument",
    "OfficialLetter",
    "Paragraph",
    "ProgressReport",
    "ProgressRow",
    "Registration",
    "ReminderLetter",
    "SignatureBlock",
    "Table",
    "TaskItem",
    "TaskList",
    "bare_subject",
    "registration_from_document",
]


@dataclass(frozen=True)
class Letterhead:
    """Who issues: the issuing body, its superior (if printed), the symbol after the number, the place."""

    issuer: str | None = None
    parent_issuer: str | None = None
    symbol: str = ""
    place: str | None = None


@dataclass(frozen=True)
class SignatureBlock:
    """Authority lines ("TM. THƯỜNG TRỰC HĐND", "KT. CHỦ TỊCH"), the signer's title and name."""

    authority: tuple[str, ...] = ()
    title: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class Heading:
    """A bold heading inside the body, e.g. "I. LĨNH VỰC KINH TẾ - XÃ HỘI"."""

    text: str
    number: str = ""
    center: bool = False


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph; ``number`` ("1.") or ``bullet`` ("-") is printed before the text."""

    text: str
    number: str = ""
    bullet: str = ""
    bold: bool = False
    italic: bool = False
    indent: bool = True


@dataclass(frozen=True)
class Table:
    """A bordered table; cells are already formatted text. ``align`` per column: left, center or right."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths_cm: tuple[float, ...] = ()
    align: tuple[str, ...] = ()
    bold_rows: tuple[int, ...] = ()


@dataclass(frozen=True)
class Image:
    """A PNG (a chart) centred in the body."""

    png: bytes
    width_cm: float = 15.0
    caption: str = ""


Block = Heading | Paragraph | Table | Image


@dataclass(frozen=True)
class Appendix:
    """A Phụ lục after the signature: label, title, a line saying what it comes with, and its blocks."""

    title: str
    blocks: tuple[Block, ...]
    subtitle: str = ""
    landscape: bool = False


@dataclass(frozen=True)
class Issuance:
    """What every issued document shares: format profile, letterhead, number, date, Nơi nhận, signature."""

    profile: str = "nd30-2020"
    letterhead: Letterhead = field(default_factory=Letterhead)
    number: int | str | None = None
    issued_on: date | None = None
    distribution: tuple[str, ...] = ()
    archive: str = ""
    signature: SignatureBlock = field(default_factory=SignatureBlock)
    # The secrecy stamp ("MẬT", "TỐI MẬT", "TUYỆT MẬT"), printed under the number and symbol, left
    # (Nghị định 30/2020 Phụ lục I ô 10a; Hướng dẫn 36-HD/VPTW the same place); "" for none.
    secrecy: str = ""


@dataclass(frozen=True)
class OfficialDocument:
    """An official document as the writer sees it. ``doc_type`` None means a công văn (subject in box 5b)."""

    issuance: Issuance
    subject: str
    body: tuple[Block, ...]
    doc_type: str | None = None
    recipients: tuple[str, ...] = ()
    basis: tuple[str, ...] = ()
    appendices: tuple[Appendix, ...] = ()

    @property
    def is_letter(self) -> bool:
        """A công văn has no type name."""
        return self.doc_type is None


OfficialLetter = OfficialDocument


# --- The five documents of a cycle -------------------------------------------------------------------


@dataclass(frozen=True)
class TaskItem:
    """A task as registered: its number in its field, its text, and sub-items."""

    text: str
    number: str = ""
    children: tuple[TaskItem, ...] = ()


@dataclass(frozen=True)
class FieldGroup:
    """A field (lĩnh vực) and its tasks, e.g. number "I", title "LĨNH VỰC KINH TẾ - XÃ HỘI"."""

    title: str
    tasks: tuple[TaskItem, ...]
    number: str = ""


@dataclass(frozen=True)
class Registration:
    """(1) A unit's registration letter: preamble, tasks by field, closing sentence."""

    issuance: Issuance
    subject: str
    recipients: tuple[str, ...]
    preamble: str
    fields: tuple[FieldGroup, ...]
    closing: str = ""


@dataclass(frozen=True)
class ApprovedTask:
    """A row of the approved list: field, task, its targets as written, lead unit, deadline."""

    field: str
    text: str
    targets: tuple[str, ...] = ()
    lead_unit: str = ""
    coordinating_units: str = ""
    deadline: str = ""


@dataclass(frozen=True)
class TaskList:
    """(2) The approved list of key tasks (Danh mục) with its appendix table."""

    issuance: Issuance
    year: int
    body_name: str
    intro: tuple[str, ...]
    tasks: tuple[ApprovedTask, ...]
    doc_type: str = "THÔNG BÁO"
    subject: str = ""
    closing: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProgressRow:
    """One target's progress: plan as written, result with its unit, estimate or official, % achieved, status."""

    indicator: str
    plan: str
    result: Decimal | None
    unit: str = ""
    estimated: bool = False
    percent: Decimal | None = None
    status: str = ""
    task: str = ""


@dataclass(frozen=True)
class ProgressReport:
    """(3) The 6-month / 9-month / year progress report of one unit."""

    issuance: Issuance
    period_label: str
    unit_name: str
    rows: tuple[ProgressRow, ...]
    sections: tuple[tuple[str, tuple[str, ...]], ...] = ()
    recipients: tuple[str, ...] = ()
    subject: str = ""


@dataclass(frozen=True)
class AssessmentReport:
    """(4) The body's year-end assessment: counts, computed level, per-target rows and a chart."""

    issuance: Issuance
    year: int
    body_name: str
    level: str
    tasks_total: int
    tasks_done: int
    targets_total: int
    targets_met: int
    rows: tuple[ProgressRow, ...] = ()
    tasks_clear: int | None = None
    targets_exceeded: int | None = None
    sections: tuple[tuple[str, tuple[str, ...]], ...] = ()
    chart: bool = True
    subject: str = ""


@dataclass(frozen=True)
class LateUnit:
    """A unit that has not reported: its name and what is missing."""

    name: str
    missing: str = ""


@dataclass(frozen=True)
class ReminderLetter:
    """(5) A reminder công văn to late units."""

    issuance: Issuance
    period_label: str
    request: str
    due_on: date | None
    new_due_on: date
    units: tuple[LateUnit, ...]
    contact: str = ""
    subject: str = ""


# --- From what the reader produced ----------------------------------------------------------------

_SUBJECT_PREFIX = re.compile(r"^\s*(?:v/v|về việc|ve viec)\s*[:.]?\s*", re.IGNORECASE)
_MARKS = re.compile(r"^[#*\s]+|[*\s]+$")


def bare_subject(subject: str | None) -> str:
    """The trích yếu without "V/v" or "Về việc" and without line breaks.

    >>> bare_subject("Về việc đăng ký các nhiệm vụ  \\ntrọng tâm")
    'đăng ký các nhiệm vụ trọng tâm'
    >>> bare_subject("V/v đôn đốc báo cáo")
    'đôn đốc báo cáo'
    """
    if not subject:
        return ""
    text = re.sub(r"\s+", " ", subject).strip()
    return _SUBJECT_PREFIX.sub("", text)


def _clean(text: str) -> str:
    return re.sub(r"[ \t]+", " ", _MARKS.sub("", text.replace("**", ""))).strip()


def _number(raw: str) -> str:
    raw = raw.strip().rstrip(".").strip()
    return raw if raw and raw not in "-•+*" else ""


def _task_item(t: Task) -> TaskItem:
    return TaskItem(
        text=_clean(t.text),
        number=_number(t.number),
        children=tuple(_task_item(c) for c in t.children),
    )


def _closing_sentence(doc: Document) -> str:
    """The sentence after the last task ("Trên đây là ..../."), if the text has one before the Nơi nhận."""
    ends = [t.end for t in doc.all_tasks() if t.end]
    tail = doc.text[max(ends) :] if ends else ""
    for line in tail.splitlines():
        line = _clean(line)
        if "nơi nhận" in line.lower():
            break
        if line.endswith("./.") or line.lower().startswith("trên đây"):
            return line
    return ""


def registration_from_document(
    doc: Document,
    *,
    profile: str = "nd30-2020",
    issuer: str | None = None,
    parent_issuer: str | None = None,
) -> Registration:
    """A registration letter from a read document; header fields it lacks stay blank."""
    h = doc.header
    symbol = h.symbol or ""
    closing = doc.closing
    sig = closing.signature
    distribution = tuple(_clean(r).lstrip("-• ").rstrip(";.").strip() for r in closing.recipients)
    archive = ""
    kept: list[str] = []
    for r in distribution:
        if r.lower().startswith("lưu"):
            archive = re.sub(r"^lưu\s*:?\s*(vt\b)?[,\s]*", "", r, flags=re.IGNORECASE).strip()
        elif r:
            kept.append(r)
    issuance = Issuance(
        profile=profile,
        letterhead=Letterhead(
            issuer=issuer or h.issuer,
            parent_issuer=parent_issuer or h.parent_issuer,
            symbol=symbol,
            place=h.place,
        ),
        number=h.number,
        issued_on=h.issued_on,
        distribution=tuple(kept),
        archive=archive,
        signature=SignatureBlock(
            authority=tuple(_clean(a) for a in sig.authority) if sig else (),
            title=_clean(sig.title) if sig and sig.title else None,
            name=_clean(sig.name) if sig and sig.name else None,
        ),
    )
    fields = tuple(
        FieldGroup(
            title=_clean(re.sub(r"^[IVXLC]+\.\s*", "", s.title.strip().lstrip("#").strip())),
            number=_number(s.number),
            tasks=tuple(_task_item(t) for t in s.tasks),
        )
        for s in doc.sections
    )
    recipients = tuple(_clean(r).lstrip("-• ").rstrip(";.").strip() for r in h.recipients)
    return Registration(
        issuance=issuance,
        subject=bare_subject(h.subject),
        recipients=tuple(r for r in recipients if r),
        preamble=_clean(doc.preamble),
        fields=fields,
        closing=_closing_sentence(doc),
    )
