"""The form of the “Khóa truy cập API” page: a new token's name."""

from __future__ import annotations

from django import forms

__all__ = ["TokenForm"]


class TokenForm(forms.Form):
    """The name a person gives a new API token (the key itself is made by the service)."""

    name = forms.CharField(
        label="Tên gợi nhớ",
        max_length=100,
        error_messages={
            "required": "Hãy đặt tên cho khóa (ví dụ: “Tập lệnh tổng hợp số liệu”).",
            "max_length": "Tên khóa dài tối đa %(limit_value)d ký tự (đang có %(show_value)d).",
        },
        widget=forms.TextInput(
            attrs={"id": "ten-khoa", "placeholder": "Ví dụ: Tập lệnh tổng hợp số liệu", "maxlength": "100"}
        ),
    )
