"""The forms of the progress pages: a unit's report, the office's target settings, a rating override.

Every field of a report is read before anything is written; a refused report is drawn again with what was
typed and each error beside its field (``forms_common``). The field names stay those the pages have always
sent (``value_<target>``, ``tstatus_<task>`` …).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django import forms

from trongtam.core.numbers import DEFAULT_BOUND, NumberError, read_number
from trongtam.registry.numbers import bound_of
from trongtam.registry.progress import services
from trongtam.registry.progress.errors import ProgressError
from trongtam.registry.progress.models import Aggregation, Entry, TargetSetting, TaskProgress

from .forms_common import FieldState, VnDateField, VnNumberField, field_state, short

__all__ = [
    "EVIDENCE_TOO_LARGE",
    "ExplainForm",
    "ExplanationRequestForm",
    "OverrideLevelForm",
    "OverrideStatusForm",
    "PeriodForm",
    "ReportForm",
    "RowState",
    "TargetSettingsForm",
    "TaskState",
    "parse_number",
    "version_of",
]

EVIDENCE_TOO_LARGE = "Tệp minh chứng “{name}” quá lớn (tối đa 20 MB); báo cáo chưa được lưu."
KINDS = [("estimate", "Ước thực hiện"), ("official", "Chính thức")]


def parse_number(raw: str, *, column: Any = None, label: str = "Giá trị") -> Decimal | None:
    """A number typed the Vietnamese way, checked against ``column`` (a model field); blank → None.

    A ProgressError (not a ValueError) so a page answers 400 with the message, naming the field.
    """
    bound = bound_of(column) if column is not None else DEFAULT_BOUND
    try:
        return read_number(raw, bound=bound, label=label)
    except NumberError as exc:
        raise ProgressError(str(exc), message_vi=exc.message_vi) from None


def version_of(raw: str | None) -> int | None:
    """The version a form was made on (None when absent or not a positive whole number)."""
    return int(raw) if raw and raw.isdigit() and int(raw) > 0 else None


@dataclass(frozen=True)
class RowState:
    """A target row of a refused report, as typed."""

    kind: str
    value: FieldState
    note: str
    explanation: str
    ver_estimate: str
    ver_official: str


@dataclass(frozen=True)
class TaskState:
    """A task row of a refused report, as typed."""

    status: FieldState
    done_on: FieldState
    narrative: str
    version: str


class ReportForm(forms.Form):
    """A unit's report: for each target row and each task sent, the fields the page draws."""

    def __init__(self, data: Any, files: Any = None, *, rows: list[Any], tasks: list[Any]) -> None:
        super().__init__(data, files)
        self.rows = [r for r in rows if f"value_{r.target.id}" in data]
        self.tasks = [t for t in tasks if f"tstatus_{t.task.id}" in data]
        value_column = Entry._meta.get_field("value")
        for row in self.rows:
            tid, name = row.target.id, f"Chỉ tiêu «{short(row.target.indicator)}»"
            self.fields[f"kind_{tid}"] = forms.ChoiceField(
                choices=KINDS,
                required=False,
                error_messages={"invalid_choice": f"{name}: loại số liệu không hợp lệ."},
            )
            self.fields[f"value_{tid}"] = VnNumberField(column=value_column, label=name)
            for extra in (f"ver_{tid}_estimate", f"ver_{tid}_official", f"note_{tid}", f"expl_{tid}"):
                self.fields[extra] = forms.CharField(required=False)
        for t in self.tasks:
            kid = t.task.id
            name = f"Nhiệm vụ {t.task.number or ''} «{short(t.task.text)}»".replace("  ", " ")
            self.fields[f"tstatus_{kid}"] = forms.ChoiceField(
                choices=TaskProgress.choices,
                required=False,
                error_messages={"invalid_choice": f"{name}: tình hình thực hiện không hợp lệ."},
            )
            self.fields[f"tdone_{kid}"] = VnDateField(required=False, label=f"{name}, ngày hoàn thành")
            for extra in (f"tnarr_{kid}", f"tver_{kid}"):
                self.fields[extra] = forms.CharField(required=False)

    def _kind(self, tid: int) -> str:
        return self.cleaned_data.get(f"kind_{tid}") or "estimate"

    def entries(self) -> list[services.EntryInput]:
        """The target rows as the services take them (only after ``is_valid()``)."""
        data = self.cleaned_data
        return [
            services.EntryInput(
                target=row.target,
                kind=self._kind(row.target.id),
                value=data[f"value_{row.target.id}"],
                version=version_of(data[f"ver_{row.target.id}_{self._kind(row.target.id)}"]),
                note=data[f"note_{row.target.id}"],
                explanation=data[f"expl_{row.target.id}"],
            )
            for row in self.rows
        ]

    def task_inputs(self) -> list[services.TaskInput]:
        """The task rows as the services take them (only after ``is_valid()``)."""
        data = self.cleaned_data
        return [
            services.TaskInput(
                key_task=t.task,
                status=data[f"tstatus_{t.task.id}"] or TaskProgress.IN_PROGRESS,
                version=version_of(data[f"tver_{t.task.id}"]),
                narrative=data[f"tnarr_{t.task.id}"],
                done_on=data[f"tdone_{t.task.id}"],
            )
            for t in self.tasks
        ]

    def row_state(self, tid: int) -> RowState | None:
        """What the target row held when the form was sent (None if the row was not sent)."""
        if f"value_{tid}" not in self.fields:
            return None
        get = self.data.get
        return RowState(
            kind=get(f"kind_{tid}", "estimate"),
            value=field_state(self, f"value_{tid}"),
            note=get(f"note_{tid}", ""),
            explanation=get(f"expl_{tid}", ""),
            ver_estimate=get(f"ver_{tid}_estimate", "0"),
            ver_official=get(f"ver_{tid}_official", "0"),
        )

    def task_state(self, kid: int) -> TaskState | None:
        """What the task row held when the form was sent (None if the row was not sent)."""
        if f"tstatus_{kid}" not in self.fields:
            return None
        return TaskState(
            status=field_state(self, f"tstatus_{kid}"),
            done_on=field_state(self, f"tdone_{kid}"),
            narrative=self.data.get(f"tnarr_{kid}", ""),
            version=self.data.get(f"tver_{kid}", "0"),
        )


class TargetSettingsForm(forms.Form):
    """How each target adds up over the year, a missing baseline and its multi-part group."""

    def __init__(self, data: Any = None, *, rows: list[Any]) -> None:
        super().__init__(data)
        self.rows = [r for r in rows if data is None or f"agg_{r.target.id}" in data]
        base_column = TargetSetting._meta.get_field("baseline")
        for row in self.rows:
            tid, name = row.target.id, f"Chỉ tiêu «{short(row.target.indicator)}»"
            self.fields[f"agg_{tid}"] = forms.ChoiceField(
                choices=Aggregation.choices,
                required=False,
                error_messages={"invalid_choice": f"{name}: cách cộng dồn không hợp lệ."},
            )
            self.fields[f"base_{tid}"] = VnNumberField(column=base_column, label=f"{name}, giá trị kỳ gốc")
            self.fields[f"group_{tid}"] = forms.CharField(
                required=False,
                max_length=64,
                error_messages={"max_length": f"{name}: nhóm thành phần dài quá 64 ký tự."},
            )

    def settings(self) -> list[services.SettingInput]:
        data = self.cleaned_data
        return [
            services.SettingInput(
                target=row.target,
                aggregation=data[f"agg_{row.target.id}"] or row.aggregation,
                baseline=data[f"base_{row.target.id}"],
                parts_group=data[f"group_{row.target.id}"],
            )
            for row in self.rows
        ]

    def state(self, tid: int) -> dict[str, Any] | None:
        if not self.is_bound or f"agg_{tid}" not in self.fields:
            return None
        return {
            "agg": self.data.get(f"agg_{tid}", ""),
            "base": field_state(self, f"base_{tid}"),
            "group": field_state(self, f"group_{tid}"),
        }


class OverrideLevelForm(forms.Form):
    """The office's choice among the rule set's levels for a body, with the reason."""

    level = forms.ChoiceField(label="Xếp loại")
    reason = forms.CharField(
        label="Lý do", error_messages={"required": "Cần ghi lý do điều chỉnh kết quả đánh giá."}
    )

    def __init__(self, data: Any = None, *, levels: list[tuple[str, str]]) -> None:
        super().__init__(data)
        field = self.fields["level"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = levels
        field.error_messages = {
            "required": "Hãy chọn mức xếp loại.",
            "invalid_choice": "Mức xếp loại “%(value)s” không có trong bộ quy tắc.",
        }


class OverrideStatusForm(forms.Form):
    """The office's replacement of a target's or task's computed status, with the reason it must give.

    ``clear`` (back to the computed status) needs only the reason.
    """

    status = forms.ChoiceField(label="Kết quả", required=False)
    reason = forms.CharField(label="Lý do", strip=True)

    def __init__(self, data: Any = None, *, choices: list[tuple[str, str]], clear: bool = False) -> None:
        super().__init__(data)
        field = self.fields["status"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = choices
        field.required = not clear
        field.error_messages = {
            "required": "Hãy chọn kết quả.",
            "invalid_choice": "Kết quả “%(value)s” không có trong danh sách.",
        }
        self.fields["reason"].error_messages = {"required": "Cần ghi lý do điều chỉnh kết quả đánh giá."}


EXPLANATION_LIMIT = 4000


class ExplanationRequestForm(forms.Form):
    """A leader's or the office's request that the unit explain a value (blank: the stock request)."""

    text = forms.CharField(
        label="Nội dung yêu cầu",
        required=False,
        max_length=EXPLANATION_LIMIT,
        error_messages={"max_length": f"Nội dung yêu cầu dài quá {EXPLANATION_LIMIT} ký tự."},
    )


class ExplainForm(forms.Form):
    """The unit's answer to a request for explanation: it cannot be blank."""

    explanation = forms.CharField(
        label="Nội dung giải trình",
        max_length=EXPLANATION_LIMIT,
        error_messages={
            "required": "Hãy ghi nội dung giải trình.",
            "max_length": f"Nội dung giải trình dài quá {EXPLANATION_LIMIT} ký tự.",
        },
    )
    version = forms.CharField(required=False)


class PeriodForm(forms.Form):
    """The office's change of a reporting period: the day figures are closed, the due date, required."""

    end = VnDateField(label="Chốt số liệu đến ngày", required=False)
    due = VnDateField(label="Hạn gửi báo cáo", required=False)
    required = forms.BooleanField(required=False)
