"""The forms of a unit's proposal: the letter's header, a task, a target (added or edited).

A refused form names the field in each message (``forms_common``); the views show the message beside
the field and keep what was typed.
"""

from __future__ import annotations

from typing import Any

from django import forms

from trongtam.registry.cycles.models import Basis, Change, Direction, Op, Target

from .forms_common import VnDateField, VnNumberField

__all__ = [
    "MISSING_VERSION",
    "HeaderForm",
    "TargetEditForm",
    "TargetForm",
    "TaskAddForm",
    "TaskEditForm",
    "VnDecimalField",
    "flat_errors",
]


class VnDecimalField(VnNumberField):
    """A decimal typed the Vietnamese way, bounded by the target's column; the message names the field."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("column", Target._meta.get_field("value"))
        super().__init__(**kwargs)


class TargetForm(forms.Form):
    indicator = forms.CharField(label="Chỉ tiêu", max_length=500)
    op = forms.ChoiceField(label="So sánh", choices=Op.choices)
    value = VnDecimalField(label="Giá trị")
    value_max = VnDecimalField(label="Đến (khoảng)")
    unit = forms.CharField(label="Đơn vị tính", max_length=64, required=False)
    direction = forms.ChoiceField(label="Chiều đánh giá", choices=Direction.choices, required=False)
    change = forms.ChoiceField(label="Loại", choices=Change.choices, required=False)
    basis = forms.ChoiceField(label="Cách tính mức thay đổi", choices=Basis.choices, required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        # The short "add" form leaves these out; a new target starts as a level to reach, higher is better.
        data["direction"] = data.get("direction") or Direction.HIGHER
        data["change"] = data.get("change") or Change.LEVEL
        if data.get("op") == "range" and data.get("value_max") is None:
            self.add_error("value_max", "Chỉ tiêu dạng khoảng cần giá trị “đến”.")
        return data


class TargetEditForm(TargetForm):
    version = forms.IntegerField(widget=forms.HiddenInput)


class HeaderForm(forms.Form):
    letter_number = forms.CharField(label="Số", max_length=32, required=False)
    letter_symbol = forms.CharField(label="Ký hiệu", max_length=64, required=False)
    letter_date = VnDateField(label="Ngày (dd/mm/yyyy)", required=False)
    place = forms.CharField(label="Địa danh", max_length=128, required=False)
    subject = forms.CharField(label="Trích yếu", max_length=500, required=False)
    recipients = forms.CharField(label="Kính gửi", required=False)
    signer_authority = forms.CharField(label="Thẩm quyền ký", max_length=255, required=False)
    signer_title = forms.CharField(label="Chức vụ người ký", max_length=255, required=False)
    signer_name = forms.CharField(label="Người ký", max_length=255, required=False)


class TaskForm(forms.Form):
    number = forms.CharField(label="Số", max_length=16, required=False)
    text = forms.CharField(label="Nội dung nhiệm vụ", widget=forms.Textarea(attrs={"rows": 3}))
    lead_text = forms.CharField(label="Chủ trì", max_length=500, required=False)
    coordinating_text = forms.CharField(label="Phối hợp", max_length=500, required=False)
    deadline = VnDateField(label="Thời hạn (dd/mm/yyyy)", required=False)
    deadline_text = forms.CharField(label="Thời hạn (như văn bản)", max_length=128, required=False)


# Two people may edit the same task: a save must say which version it was made on, or it is refused.
MISSING_VERSION = "Thiếu phiên bản của bản đang sửa: hãy tải lại trang rồi sửa lại (chưa lưu gì)."


class TaskEditForm(TaskForm):
    version = forms.IntegerField(widget=forms.HiddenInput, error_messages={"required": MISSING_VERSION})


class TaskAddForm(TaskForm):
    field_id = forms.IntegerField(required=False)
    field_title = forms.CharField(label="Hoặc lĩnh vực mới", max_length=255, required=False)
    parent_id = forms.IntegerField(required=False, widget=forms.HiddenInput)


def flat_errors(form: forms.Form) -> str:
    """Every error of ``form`` on one line, each after its field's label ("Giá trị: …")."""
    parts = []
    for name, errors in form.errors.items():
        text = " ".join(str(m) for m in errors)
        label = form.fields[name].label if name in form.fields else None
        # Messages of the Vietnamese number and date fields already start with the field's label.
        parts.append(f"{label}: {text}" if label and not text.startswith(str(label)) else text)
    return " ".join(parts)
