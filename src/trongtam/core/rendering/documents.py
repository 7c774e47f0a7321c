"""The five documents of a cycle, built from plain dataclasses and returned as .docx bytes.

Each ``render_*`` takes its input dataclass and an optional docxtpl template path; without a template the
layout comes from ``writer.write_docx``. A template receives the header strings (``issuer``, ``number_line``,
``date_line``, ``letter_subject``, ``authority``...) and the body and appendices as sub-documents
(``{{p body }}``, ``{{p appendices }}``); ``default_template(profile)`` writes one to start from.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from pathlib import Path

from trongtam.core.errors import RenderError
from trongtam.core.numbers import format_number as format_decimal
from trongtam.core.numbers import format_percent
from trongtam.core.rendering.chart import achievement_chart
from trongtam.core.rendering.model import (
    Appendix,
    AssessmentReport,
    Block,
    Heading,
    Image,
    Issuance,
    OfficialDocument,
    Paragraph,
    ProgressReport,
    ProgressRow,
    Registration,
    ReminderLetter,
    Table,
    TaskItem,
    TaskList,
)
from trongtam.core.rendering.profile import load_profile
from trongtam.core.rendering.vnformat import format_date
from trongtam.core.rendering.writer import HeaderText, write_body, write_docx
from trongtam.core.text.roman import to_roman

__all__ = [
    "assessment_document",
    "default_template",
    "progress_document",
    "registration_document",
    "reminder_document",
    "render",
    "render_assessment_report",
    "render_progress_report",
    "render_registration_letter",
    "render_reminder_letter",
    "render_task_list",
    "task_list_document",
]

TemplatePath = str | Path | None


# --- (1) registration letter -------------------------------------------------------------------------


def _task_blocks(tasks: tuple[TaskItem, ...]) -> list[Block]:
    out: list[Block] = []
    for pos, t in enumerate(tasks, start=1):
        # Tasks are numbered by position within their field; a number the source printed is kept.
        number = (t.number or str(pos)).rstrip(".") + "."
        out.append(Paragraph(t.text, number=number))
        for c in t.children:
            out.append(Paragraph(c.text, bullet=(c.number + ".") if c.number else "-"))
    return out


def registration_document(r: Registration) -> OfficialDocument:
    """The registration letter as an official document (a công văn)."""
    body: list[Block] = []
    if r.preamble:
        body.append(Paragraph(r.preamble))
    for f in r.fields:
        body.append(Heading(f.title.upper(), number=(f.number.rstrip(".") + ".") if f.number else ""))
        body.extend(_task_blocks(f.tasks))
    if r.closing:
        body.append(Paragraph(r.closing))
    return OfficialDocument(
        issuance=r.issuance,
        subject=r.subject,
        body=tuple(body),
        recipients=r.recipients,
    )


def render_registration_letter(r: Registration, *, template: TemplatePath = None) -> bytes:
    """(1) A unit's registration letter as .docx bytes."""
    return render(registration_document(r), template=template)


# --- (2) approved list -------------------------------------------------------------------------------


def _attached(type_name: str, iss: Issuance) -> str:
    prof = load_profile(iss.profile)
    # "Số: 05/UBND-VP" -> "05/UBND-VP"; a blank number keeps its blank for the clerk.
    number = re.sub(r"^Số:?\s", "", prof.format_number(iss.number, iss.letterhead.symbol or "……"))
    when = format_date(iss.issued_on) if iss.issued_on else "……"
    issuer = iss.letterhead.issuer or "……"
    sep = " ngày " if prof.kind == "state" else ", ngày "
    return f"(Kèm theo {type_name} số {number}{sep}{when} của {issuer})"


def task_list_document(t: TaskList) -> OfficialDocument:
    """The approved list of key tasks with its landscape appendix table."""
    subject = t.subject or f"Danh mục nhiệm vụ trọng tâm năm {t.year} của {t.body_name}"
    body: list[Block] = [Paragraph(p) for p in t.intro]
    fields: list[str] = []
    for task in t.tasks:
        if task.field not in fields:
            fields.append(task.field)
    rows: list[tuple[str, ...]] = []
    bold: list[int] = []
    for fi, field_name in enumerate(fields, start=1):
        tasks = [x for x in t.tasks if x.field == field_name]
        numeral = to_roman(fi)
        body.append(Heading(field_name.upper(), number=f"{numeral}."))
        bold.append(len(rows))
        rows.append((numeral, field_name.upper(), "", "", "", ""))
        for ti, x in enumerate(tasks, start=1):
            body.append(Paragraph(x.text, number=f"{ti}."))
            rows.append(
                (
                    str(ti),
                    x.text,
                    "\n".join(f"- {g}" for g in x.targets),
                    x.lead_unit,
                    x.coordinating_units,
                    x.deadline,
                )
            )
    body.extend(Paragraph(p) for p in t.closing)
    type_name = t.doc_type[:1].upper() + t.doc_type[1:].lower()
    table = Table(
        headers=("STT", "Nhiệm vụ trọng tâm", "Chỉ tiêu", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"),
        rows=tuple(rows),
        widths_cm=(1.2, 8.5, 6.5, 3.2, 3.2, 2.6),
        align=("center", "left", "left", "left", "left", "center"),
        bold_rows=tuple(bold),
    )
    appendix = Appendix(
        title=f"Danh mục nhiệm vụ trọng tâm năm {t.year}",
        subtitle=_attached(type_name, t.issuance),
        blocks=(table,),
        landscape=True,
    )
    return OfficialDocument(
        issuance=t.issuance, subject=subject, body=tuple(body), doc_type=t.doc_type, appendices=(appendix,)
    )


def render_task_list(t: TaskList, *, template: TemplatePath = None) -> bytes:
    """(2) The approved list of key tasks (Danh mục nhiệm vụ trọng tâm) as .docx bytes."""
    return render(task_list_document(t), template=template)


# --- (3) progress report -----------------------------------------------------------------------------


def _result_text(r: ProgressRow) -> str:
    if r.result is None:
        return "Chưa có số liệu"
    value = format_decimal(r.result)
    if not r.unit:
        return value
    return value + r.unit if r.unit.startswith("%") else f"{value} {r.unit}"


def _progress_table(rows: tuple[ProgressRow, ...]) -> Table:
    out = []
    for i, r in enumerate(rows, start=1):
        out.append(
            (
                str(i),
                r.indicator,
                r.plan,
                _result_text(r),
                "" if r.result is None else ("Ước" if r.estimated else "Chính thức"),
                format_percent(r.percent) if r.percent is not None else "",
                r.status,
            )
        )
    return Table(
        headers=("STT", "Chỉ tiêu", "Kế hoạch", "Kết quả", "Số liệu", "% so với KH", "Đánh giá"),
        rows=tuple(out),
        widths_cm=(1.2, 8.4, 4.0, 3.6, 2.4, 2.4, 3.2),
        align=("center", "left", "left", "right", "center", "right", "center"),
    )


def _status_summary(rows: tuple[ProgressRow, ...]) -> str:
    counts = Counter(r.status for r in rows if r.status)
    parts = [f"{n} chỉ tiêu {s.lower()}" for s, n in counts.most_common()]
    no_data = sum(1 for r in rows if r.result is None)
    if no_data:
        parts.append(f"{no_data} chỉ tiêu chưa có số liệu")
    return ", ".join(parts)


def progress_document(p: ProgressReport) -> OfficialDocument:
    """The 6-month / 9-month / year progress report with its appendix table."""
    subject = p.subject or f"Kết quả thực hiện nhiệm vụ trọng tâm {p.period_label}"
    estimated = sum(1 for r in p.rows if r.result is not None and r.estimated)
    lead = f"{p.unit_name} báo cáo kết quả thực hiện nhiệm vụ trọng tâm {p.period_label} như sau:"
    body: list[Block] = [Paragraph(lead[:1].upper() + lead[1:])]
    summary = f"Trong {len(p.rows)} chỉ tiêu theo dõi"
    detail = _status_summary(p.rows)
    summary += f", có {detail}" if detail else ""
    if estimated:
        summary += f" (trong đó {estimated} chỉ tiêu là số ước thực hiện)"
    body.append(Paragraph(summary + ". Chi tiết tại Phụ lục kèm theo."))
    for i, (title, paras) in enumerate(p.sections, start=1):
        body.append(Heading(title.upper(), number=f"{to_roman(i)}."))
        body.extend(Paragraph(x) for x in paras)
    appendix = Appendix(
        title=f"Kết quả thực hiện các chỉ tiêu {p.period_label}",
        subtitle=_attached("Báo cáo", p.issuance),
        blocks=(_progress_table(p.rows),),
        landscape=True,
    )
    return OfficialDocument(
        issuance=p.issuance,
        subject=subject,
        body=tuple(body),
        doc_type="BÁO CÁO",
        recipients=p.recipients,
        appendices=(appendix,),
    )


def render_progress_report(p: ProgressReport, *, template: TemplatePath = None) -> bytes:
    """(3) The progress report as .docx bytes."""
    return render(progress_document(p), template=template)


# --- (4) year-end assessment ---------------------------------------------------------------------------


def assessment_sentence(a: AssessmentReport) -> str:
    """The counts the way reports write them: "hoàn thành 9/9 nhiệm vụ ...; có 17/19 chỉ tiêu đạt và vượt ..."."""
    text = f"Năm {a.year}, {a.body_name} hoàn thành {a.tasks_done}/{a.tasks_total} nhiệm vụ trọng tâm"
    if a.tasks_clear is not None:
        text += f", trong đó {a.tasks_clear}/{a.tasks_total} nhiệm vụ hoàn thành có kết quả rõ nét"
    text += f"; có {a.targets_met}/{a.targets_total} chỉ tiêu đạt và vượt kế hoạch"
    if a.targets_exceeded is not None:
        text += f" (trong đó {a.targets_exceeded} chỉ tiêu vượt kế hoạch)"
    missed = a.targets_total - a.targets_met
    if missed:
        text += f", {missed} chỉ tiêu không đạt"
    return text + "."


#: Up to this many targets the chart stands in the body, under the opening lines (about 12 cm tall);
#: more go to a chart appendix, at most ``CHART_ROWS_PER_PAGE`` a chart so each fits on its page.
CHART_ROWS_IN_BODY = 12
CHART_ROWS_PER_PAGE = 25


def _assessment_charts(a: AssessmentReport) -> list[Block]:
    """The chart of % achieved per target, split into page-sized charts."""
    rows = list(a.rows)
    chunks = [rows[i : i + CHART_ROWS_PER_PAGE] for i in range(0, len(rows), CHART_ROWS_PER_PAGE)]
    out: list[Block] = []
    for n, chunk in enumerate(chunks, start=1):
        part = f" ({n}/{len(chunks)})" if len(chunks) > 1 else ""
        png = achievement_chart(
            [r.indicator for r in chunk],
            [r.percent for r in chunk],
            title=f"Tỷ lệ thực hiện chỉ tiêu so với kế hoạch năm {a.year}{part}",
        )
        out.append(
            Image(png, width_cm=15.5, caption=f"Biểu đồ: tỷ lệ thực hiện các chỉ tiêu năm {a.year}{part}")
        )
    return out


def assessment_document(a: AssessmentReport) -> OfficialDocument:
    """The body's year-end assessment report, with the level, the counts, a chart and the appendix table."""
    subject = a.subject or f"Kết quả thực hiện nhiệm vụ trọng tâm năm {a.year} của {a.body_name}"
    body: list[Block] = [
        Heading("KẾT QUẢ CHUNG", number="I."),
        Paragraph(assessment_sentence(a)),
        Paragraph(f"Tự đánh giá mức độ hoàn thành nhiệm vụ trọng tâm năm {a.year}: {a.level}.", bold=True),
    ]
    charts = _assessment_charts(a) if a.chart and a.rows else []
    if len(charts) == 1 and len(a.rows) <= CHART_ROWS_IN_BODY:
        # A short chart fits under the opening lines; a tall one would leave the first page nearly empty.
        body.append(charts.pop())
    for i, (title, paras) in enumerate(a.sections, start=2):
        body.append(Heading(title.upper(), number=f"{to_roman(i)}."))
        body.extend(Paragraph(x) for x in paras)
    appendices: tuple[Appendix, ...] = ()
    if a.rows:
        appendices = (
            Appendix(
                title=f"Kết quả thực hiện các chỉ tiêu năm {a.year}",
                subtitle=_attached("Báo cáo", a.issuance),
                blocks=(_progress_table(a.rows),),
                landscape=True,
            ),
        )
    if charts:
        appendices += (
            Appendix(
                title=f"Biểu đồ tỷ lệ thực hiện các chỉ tiêu năm {a.year}",
                subtitle=_attached("Báo cáo", a.issuance),
                blocks=tuple(charts),
            ),
        )
    return OfficialDocument(
        issuance=a.issuance, subject=subject, body=tuple(body), doc_type="BÁO CÁO", appendices=appendices
    )


def render_assessment_report(a: AssessmentReport, *, template: TemplatePath = None) -> bytes:
    """(4) The year-end assessment report as .docx bytes."""
    return render(assessment_document(a), template=template)


# --- (5) reminder -------------------------------------------------------------------------------------


def reminder_document(r: ReminderLetter) -> OfficialDocument:
    """A reminder công văn to the units that have not reported."""
    subject = r.subject or f"đôn đốc báo cáo kết quả thực hiện nhiệm vụ trọng tâm {r.period_label}"
    due = f" trước ngày {format_date(r.due_on)}" if r.due_on else ""
    body: list[Block] = [
        Paragraph(
            f"Thực hiện {r.request}, các cơ quan, đơn vị báo cáo kết quả thực hiện nhiệm vụ trọng tâm "
            f"{r.period_label}{due}. Đến nay, còn {len(r.units)} cơ quan, đơn vị chưa gửi báo cáo:"
        )
    ]
    for i, u in enumerate(r.units):
        end = "." if i == len(r.units) - 1 else ";"
        text = f"{u.name}: {u.missing}" if u.missing else u.name
        body.append(Paragraph(text + end, bullet="-"))
    issuer = r.issuance.letterhead.issuer or "cơ quan"
    body.append(
        Paragraph(
            f"Đề nghị các cơ quan, đơn vị khẩn trương hoàn thành, gửi báo cáo về {issuer} trước ngày "
            f"{format_date(r.new_due_on)} để tổng hợp theo quy định."
            + (f" Thông tin liên hệ: {r.contact}." if r.contact else "")
        )
    )
    body.append(Paragraph(f"{issuer} đề nghị các cơ quan, đơn vị quan tâm thực hiện./."))
    return OfficialDocument(
        issuance=r.issuance,
        subject=subject,
        body=tuple(body),
        recipients=tuple(u.name for u in r.units),
    )


def render_reminder_letter(r: ReminderLetter, *, template: TemplatePath = None) -> bytes:
    """(5) A reminder letter to late units as .docx bytes."""
    return render(reminder_document(r), template=template)


# --- rendering, with or without an office's template ---------------------------------------------------


def render(d: OfficialDocument, *, template: TemplatePath = None) -> bytes:
    """Render an official document: python-docx layout, or the given docxtpl template filled in."""
    if template is None:
        return write_docx(d)
    path = Path(template)
    if not path.is_file():
        raise RenderError(
            f"template not found: {path}",
            message_vi=f"Không tìm thấy tệp mẫu văn bản {path.name}.",
        )
    from docxtpl import DocxTemplate

    profile = load_profile(d.issuance.profile)
    try:
        tpl = DocxTemplate(str(path))
        body = tpl.new_subdoc()
        write_body(body, d.body, profile)
        appendices = tpl.new_subdoc()
        for a in d.appendices:
            appendices.add_page_break()
            heads = (Heading("Phụ lục", center=True), Heading(a.title.upper(), center=True))
            write_body(appendices, (*heads, *a.blocks), profile)
        context = HeaderText(d, profile).context()
        context.update(body=body, appendices=appendices)
        tpl.render(context, autoescape=True)
        buf = io.BytesIO()
        tpl.save(buf)
    except RenderError:
        raise
    except Exception as exc:  # docxtpl raises jinja2 and lxml errors of many kinds on a broken template.
        raise RenderError(
            f"template {path.name} could not be rendered: {exc}",
            message_vi=f"Không điền được mẫu văn bản {path.name}: {exc}",
        ) from exc
    return buf.getvalue()


def default_template(profile: str = "nd30-2020", *, letter: bool = True) -> bytes:
    """A docxtpl template in the profile's layout, for an office to copy and adjust."""
    return write_docx(
        OfficialDocument(
            issuance=Issuance(profile=profile),
            subject="",
            body=(),
            doc_type=None if letter else "",
        ),
        template_tags=True,
    )
