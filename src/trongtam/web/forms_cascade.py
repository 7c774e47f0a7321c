"""The forms of the cascade pages: a commune's proposal of another figure for its share, a secrecy mark."""

from __future__ import annotations

from typing import Any

from django import forms

from trongtam.registry.cascade.models import Secrecy, Share

from .forms_common import VnNumberField

__all__ = ["SecretMarkForm", "ShareProposeForm"]


class ShareProposeForm(forms.Form):
    """The figure a commune proposes instead of the one handed down, and why."""

    value = VnNumberField(
        column=Share._meta.get_field("proposed_value"),
        label="Mức đề nghị",
        required=True,
        error_messages={"required": "Mức đề nghị: hãy nhập mức xã đề nghị."},
    )
    reason = forms.CharField(
        label="Lý do",
        error_messages={"required": "Lý do: hãy ghi lý do đề nghị mức khác."},
    )


NOTHING_CHOSEN = "Hãy chọn nhiệm vụ, báo cáo hoặc văn bản cần đánh dấu."


class SecretMarkForm(forms.Form):
    """The item to mark secret — one task, report or issued document of the cycle — and its level."""

    level = forms.ChoiceField(
        label="Độ mật",
        choices=Secrecy.choices,
        error_messages={
            "required": "Hãy chọn độ mật.",
            "invalid_choice": "Độ mật phải là Mật, Tối mật hoặc Tuyệt mật.",
        },
    )
    task = forms.TypedChoiceField(label="Nhiệm vụ", coerce=int, required=False, empty_value=None)
    report = forms.TypedChoiceField(label="Báo cáo", coerce=int, required=False, empty_value=None)
    document = forms.TypedChoiceField(label="Văn bản", coerce=int, required=False, empty_value=None)

    def __init__(self, data: Any, *, tasks: list[int], reports: list[int], documents: list[int]) -> None:
        super().__init__(data)
        for name, ids in (("task", tasks), ("report", reports), ("document", documents)):
            field = self.fields[name]
            assert isinstance(field, forms.TypedChoiceField)
            field.choices = [("", "—"), *((str(i), str(i)) for i in ids)]
            field.error_messages["invalid_choice"] = (
                f"{field.label} đã chọn không có trong danh sách (có thể đã được đánh dấu mật)."
            )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        chosen = [n for n in ("task", "report", "document") if data.get(n) is not None]
        if not chosen and not any(n in self.errors for n in ("task", "report", "document")):
            self.add_error("task", NOTHING_CHOSEN)
        elif len(chosen) > 1:
            # Marking erases content for good: one item at a time, never a guess at which one was meant.
            self.add_error(chosen[1], "Mỗi lần chỉ đánh dấu một mục: hãy để trống các ô còn lại.")
        return data
