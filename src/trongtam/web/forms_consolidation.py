"""The forms of the office's consolidation page: a list task's edit, reminders, the choice between
differing values, merging, carrying over, numbering, returning, approving and adjusting the list.

A refused form comes back on the page (400) with what was typed and each error beside its field
(``views_consolidation``); what only the service can refuse (the list is locked, someone else saved
first) is shown in the summary on top, the typed values kept.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet

from trongtam.registry.cycles.models import Cycle, Field, Numbering
from trongtam.registry.organisations.models import Organisation

from .forms_common import VnDateField
from .forms_proposals import MISSING_VERSION

__all__ = [
    "ApproveForm",
    "CarryOverForm",
    "ListTaskForm",
    "MergeForm",
    "NumberingForm",
    "ReasonForm",
    "RemindForm",
    "ValueChoiceForm",
]

_UNIT_ERRORS = {
    "invalid_choice": "Đơn vị “%(value)s” không có trong danh sách.",
    "invalid_pk_value": "Mã đơn vị không hợp lệ: “%(pk)s”.",
}


class ListTaskForm(forms.Form):
    """The office's edit of a task of the list: wording, field, lead and coordinating units, deadline."""

    version = forms.IntegerField(
        widget=forms.HiddenInput, error_messages={"required": MISSING_VERSION, "invalid": MISSING_VERSION}
    )
    text = forms.CharField(
        label="Nội dung", error_messages={"required": "Nội dung nhiệm vụ không được để trống."}
    )
    field = forms.ModelChoiceField(
        queryset=Field.objects.none(),
        label="Lĩnh vực",
        required=False,
        error_messages={"invalid_choice": "Lĩnh vực đã chọn không thuộc đợt này."},
    )
    lead_units = forms.ModelMultipleChoiceField(
        queryset=Organisation.objects.none(),
        label="Đơn vị chủ trì",
        required=False,
        error_messages=_UNIT_ERRORS,
    )
    coordinating_units = forms.ModelMultipleChoiceField(
        queryset=Organisation.objects.none(),
        label="Đơn vị phối hợp",
        required=False,
        error_messages=_UNIT_ERRORS,
    )
    deadline = VnDateField(label="Thời hạn", required=False)

    def __init__(self, data: Any, *, cycle: Cycle, units: QuerySet[Organisation]) -> None:
        super().__init__(data)
        self.fields["field"].queryset = cycle.fields.all()  # type: ignore[attr-defined]
        self.fields["lead_units"].queryset = units  # type: ignore[attr-defined]
        self.fields["coordinating_units"].queryset = units  # type: ignore[attr-defined]


class RemindForm(forms.Form):
    """The invited units to remind, at least one."""

    units = forms.ModelMultipleChoiceField(
        queryset=Organisation.objects.none(),
        label="Đơn vị được nhắc",
        error_messages={"required": "Hãy chọn ít nhất một đơn vị để nhắc.", **_UNIT_ERRORS},
    )

    def __init__(self, data: Any, *, cycle: Cycle) -> None:
        super().__init__(data)
        self.fields["units"].queryset = cycle.invited_units.all()  # type: ignore[attr-defined]


class ValueChoiceForm(forms.Form):
    """Which unit's value a target keeps when the units proposed different ones, and a note."""

    target_id = forms.TypedChoiceField(
        label="Giá trị được chọn",
        coerce=int,
        error_messages={
            "required": "Hãy chọn một trong các giá trị đề xuất.",
            "invalid_choice": "Giá trị được chọn không thuộc chỉ tiêu này.",
        },
    )
    note = forms.CharField(label="Ghi chú", required=False)

    def __init__(self, data: Any, *, target_ids: list[int]) -> None:
        super().__init__(data)
        self.fields["target_id"].choices = [(str(i), str(i)) for i in target_ids]  # type: ignore[attr-defined]


class MergeForm(forms.Form):
    """The other task of the list a task is merged with."""

    other = forms.TypedChoiceField(
        label="Gộp với nhiệm vụ",
        coerce=int,
        error_messages={
            "required": "Hãy chọn nhiệm vụ để gộp.",
            "invalid_choice": "Nhiệm vụ được chọn không thuộc danh mục này.",
        },
    )

    def __init__(self, data: Any, *, task_ids: list[int]) -> None:
        super().__init__(data)
        self.fields["other"].choices = [(str(i), str(i)) for i in task_ids]  # type: ignore[attr-defined]


class CarryOverForm(forms.Form):
    """An unfinished task of an earlier year carried into this cycle."""

    task = forms.TypedChoiceField(
        label="Nhiệm vụ chưa hoàn thành",
        coerce=int,
        error_messages={
            "required": "Hãy chọn nhiệm vụ để chuyển tiếp.",
            "invalid_choice": "Nhiệm vụ được chọn không có trong danh sách chuyển tiếp.",
        },
    )

    def __init__(self, data: Any, *, task_ids: list[int]) -> None:
        super().__init__(data)
        self.fields["task"].choices = [(str(i), str(i)) for i in task_ids]  # type: ignore[attr-defined]


class NumberingForm(forms.Form):
    numbering = forms.ChoiceField(
        label="Cách đánh số nhiệm vụ",
        choices=Numbering.choices,
        error_messages={
            "required": "Hãy chọn cách đánh số.",
            "invalid_choice": "Cách đánh số “%(value)s” không có trong danh sách.",
        },
    )


class ReasonForm(forms.Form):
    """A reason: required to open an adjustment, optional when the leader returns the list."""

    reason = forms.CharField(label="Lý do", max_length=2000)

    def __init__(self, data: Any, *, label: str, required_message: str = "") -> None:
        super().__init__(data)
        field = self.fields["reason"]
        field.required = bool(required_message)
        field.label = label
        field.error_messages["required"] = required_message
        field.error_messages["max_length"] = "Lý do dài tối đa %(limit_value)d ký tự."


class ApproveForm(forms.Form):
    """The leader's confirmation; an approval of an adjustment needs a reason."""

    confirm = forms.CharField(required=False)
    reason = forms.CharField(label="Lý do điều chỉnh", required=False)

    def __init__(self, data: Any, *, adjustment: bool) -> None:
        super().__init__(data)
        self.fields["reason"].required = adjustment
        self.fields["reason"].error_messages["required"] = "Phê duyệt điều chỉnh cần nêu lý do."
