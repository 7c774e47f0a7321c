"""The rows of a unit's report page, written once in Python instead of through a template loop.

A report page lists every target the unit leads and every task, each with a dozen values, labels and form
fields: through the template engine that is hundreds of variable lookups, filters and tags per page, the
larger part of its rendering time. Here each row is one string built from the same markup as before, every
value escaped as the template would escape it; ``report.html`` places the joined rows.

The rows do not depend on who asks beyond three rights (editing, the unit's staff, asking for explanations),
so a page may keep them while the cycle's data is unchanged. The one per-request part, the CSRF token of the
explanation forms, is left as ``CSRF_SLOT`` and filled by ``with_csrf``: a comment no escaped text can
produce, since every ``<`` typed by someone is written ``&lt;``.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from django.template.defaultfilters import truncatechars
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe

from trongtam.registry.progress.models import Entry
from trongtam.registry.progress.selectors import ReportRow, TaskRow

from . import charts
from .templatetags.vn import op_symbol, target_value, vn_date, vn_number


def _e(value: object) -> str:
    """A value as the template writes it: ``str`` then HTML-escaped (quotes included)."""
    return escape(str(value))


def _text(value: object) -> str:
    """An attribute that a template would write as "" when missing (None from a missing object)."""
    return "" if value is None else _e(value)


CSRF_SLOT = "<!--csrf-->"


def with_csrf(html: str, token: str) -> SafeString:
    """Rows with the request's CSRF token put in every form (what ``{% csrf_token %}`` writes)."""
    if CSRF_SLOT not in html:
        return mark_safe(html)
    field = f'<input type="hidden" name="csrfmiddlewaretoken" value="{_e(token)}">'
    return mark_safe(html.replace(CSRF_SLOT, field))


def _target_row(
    row: ReportRow,
    *,
    editable: bool,
    can_edit_unit: bool,
    can_request_explanation: bool,
    cycle_id: int,
) -> str:
    target, tid = row.target, row.target.id
    unit = _e(target.unit)
    result = row.result
    percent = getattr(result, "percent", None)
    status = getattr(result, "status", "no_data")
    estimate, official = row.estimate, row.official
    current: Entry | None = official or estimate
    main = ' <span class="badge">chủ yếu</span>' if target.is_main else ""
    out = [
        f'<li class="entry{" risk" if row.at_risk else ""}" id="ct-{tid}">\n'
        '<div class="entry-head">\n'
        f'<p class="indicator">{_e(target.indicator)}{main}</p>\n'
        f'<p class="muted">Chỉ tiêu: {_e(op_symbol(target.op))} {_e(target_value(target))} {unit}'
        f" · {_e(row.aggregation_label)}</p>\n"
        "</div>\n"
        '<div class="entry-now">\n'
        f"<p>Lũy kế đến kỳ: <strong>{_e(vn_number(row.ytd))}</strong> {unit} — {_e(getattr(result, 'label_vi', ''))}"
        f"{f' ({_e(vn_number(percent))}% kế hoạch)' if percent is not None else ''}</p>\n",
        charts.target_bar(percent, status, label=target.indicator),
        "\n",
    ]
    if row.at_risk:
        out.append(
            f'<p class="risk-note">Ước cả năm: {_e(getattr(row.projected, "label_vi", ""))}'
            " — có nguy cơ không đạt.</p>\n"
        )
    out.append(
        f'<p class="muted">Ước: {_e(vn_number(estimate.value if estimate else None))}'
        f" · Chính thức: {_e(vn_number(official.value if official else None))}</p>\n"
        "</div>\n"
    )
    requested = bool(current and current.explanation_requested)
    request_note = (
        f'<p class="risk-note">Yêu cầu giải trình: {_e(current.explanation_request)}</p>\n'
        if current and requested
        else ""
    )
    if editable:
        value = current.value if current is not None else None
        out.append(
            '<div class="entry-form">\n'
            '<fieldset class="kind"><legend>Loại số liệu</legend>\n'
            f'<label class="check"><input type="radio" name="kind_{tid}" value="estimate"'
            f"{'' if official else ' checked'}> Ước thực hiện</label>\n"
            f'<label class="check"><input type="radio" name="kind_{tid}" value="official"'
            f"{' checked' if official else ''}> Chính thức</label>\n"
            "</fieldset>\n"
            f'<label for="value_{tid}">'
            f"{'Số phát sinh trong kỳ' if row.row.aggregation == 'incremental' else 'Số lũy kế, mức đạt đến kỳ'}"
            f"{f' ({unit})' if target.unit else ''}</label>\n"
            f'<input type="text" inputmode="decimal" id="value_{tid}" name="value_{tid}" '
            f'value="{_e(vn_number(value)) if value is not None else ""}">\n'
            f'<input type="hidden" name="ver_{tid}_estimate" value="{estimate.version if estimate else 0}">\n'
            f'<input type="hidden" name="ver_{tid}_official" value="{official.version if official else 0}">\n'
            f'<label for="note_{tid}">Ghi chú</label>\n'
            f'<textarea id="note_{tid}" name="note_{tid}" rows="2">{_text(current and current.note)}</textarea>\n'
            f'<label for="expl_{tid}">Giải trình'
            f"{' (bắt buộc trước khi gửi)' if row.at_risk or requested else ''}</label>\n"
            f"{request_note}"
            f'<textarea id="expl_{tid}" name="expl_{tid}" rows="2">'
            f"{_text(current and current.explanation)}</textarea>\n"
            "</div>\n"
        )
    else:
        if current is not None and current.note:
            out.append(f"<p>Ghi chú: {_e(current.note)}</p>\n")
        if current is not None and current.explanation:
            out.append(f"<p>Giải trình: {_e(current.explanation)}</p>\n")
        if current is not None and requested:
            out.append(request_note)
            if can_edit_unit:
                action = reverse("web:progress_entry_explain", args=[cycle_id, current.id])
                out.append(
                    f'<form method="post" action="{_e(action)}" class="inline-form">{CSRF_SLOT}\n'
                    f'<input type="hidden" name="version" value="{current.version}">\n'
                    f'<label for="ex-{current.id}">Nội dung giải trình</label>\n'
                    f'<textarea id="ex-{current.id}" name="explanation" rows="2">{_e(current.explanation)}</textarea>\n'
                    '<button type="submit">Gửi giải trình</button>\n'
                    "</form>\n"
                )
        if can_request_explanation and current is not None:
            action = reverse("web:progress_entry_request", args=[cycle_id, current.id])
            out.append(
                "<details><summary>Yêu cầu giải trình số liệu này</summary>\n"
                f'<form method="post" action="{_e(action)}">{CSRF_SLOT}\n'
                f'<label for="rq-{current.id}">Nội dung yêu cầu</label>\n'
                f'<textarea id="rq-{current.id}" name="text" rows="2"></textarea>\n'
                '<button type="submit">Gửi yêu cầu</button>\n'
                "</form>\n"
                "</details>\n"
            )
    out.append("</li>\n")
    return "".join(out)


def target_rows(
    rows: Sequence[ReportRow],
    *,
    editable: bool,
    can_edit_unit: bool,
    can_request_explanation: bool,
    cycle_id: int,
) -> SafeString:
    """Every target row of the report as ``<li>`` items (bars, forms or read-only values); see ``with_csrf``."""
    return mark_safe(
        "".join(
            _target_row(
                row,
                editable=editable,
                can_edit_unit=can_edit_unit,
                can_request_explanation=can_request_explanation,
                cycle_id=cycle_id,
            )
            for row in rows
        )
    )


def task_rows(tasks: Sequence[TaskRow], *, editable: bool, choices: Sequence[tuple[str, str]]) -> SafeString:
    """Every task of the report as ``<li>`` items: the status form, or what the unit reported."""
    out = []
    for counter, t in enumerate(tasks, start=1):
        task, entry = t.task, t.entry
        tid = getattr(task, "id", 0)
        number = getattr(task, "number", "") or counter
        text = truncatechars(getattr(task, "text", ""), 300)
        out.append(f'<li class="entry">\n<p class="indicator">{_e(number)}. {_e(text)}</p>\n')
        if editable:
            status = entry.status if entry is not None else None
            options = "".join(
                f'<option value="{_e(value)}"'
                f"{' selected' if status == value or (entry is None and value == 'in_progress') else ''}>"
                f"{_e(label)}</option>"
                for value, label in choices
            )
            done = entry.done_on.isoformat() if entry is not None and entry.done_on else ""
            out.append(
                f'<label for="tstatus_{tid}">Tình hình thực hiện</label>\n'
                f'<select id="tstatus_{tid}" name="tstatus_{tid}">\n{options}\n</select>\n'
                f'<label for="tdone_{tid}">Ngày hoàn thành</label>\n'
                f'<input type="date" id="tdone_{tid}" name="tdone_{tid}" value="{done}">\n'
                f'<label for="tnarr_{tid}">Kết quả thực hiện</label>\n'
                f'<textarea id="tnarr_{tid}" name="tnarr_{tid}" rows="3">'
                f"{_text(entry.narrative if entry is not None else None)}</textarea>\n"
                f'<input type="hidden" name="tver_{tid}" value="{entry.version if entry is not None else 0}">\n'
            )
        elif entry is not None:
            done_on = f" ngày {_e(vn_date(entry.done_on))}" if entry.done_on else ""
            out.append(
                f'<p><span class="status">{_e(entry.get_status_display())}</span>{done_on}</p>\n'
                f"<p>{_e(entry.narrative)}</p>\n"
            )
        else:
            out.append('<p class="muted">Chưa báo cáo.</p>\n')
        out.append("</li>\n")
    return mark_safe("".join(out))


def evidence_target_options(rows: Sequence[ReportRow]) -> SafeString:
    """The ``<option>`` of each target an evidence file may be attached to."""
    return mark_safe(
        "".join(
            f'<option value="{row.target.id}">{_e(truncatechars(row.target.indicator, 80))}</option>'
            for row in rows
        )
    )
