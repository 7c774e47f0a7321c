"""The forms of the “Văn bản” page: issuing a document (its date and signing block).

A refused form comes back on the page (400) with what was typed, the error beside its field and the
card it was sent from open (``views_documents``).
"""

from __future__ import annotations

from django import forms

from .forms_common import VnDateField

__all__ = ["IssueForm"]


class IssueForm(forms.Form):
    """The clerk's choices when issuing; blanks take the body's usual signing block."""

    issued_on = VnDateField(label="Ngày ban hành", required=False)
    authority = forms.CharField(
        label="Thẩm quyền ký",
        required=False,
        max_length=1000,
        error_messages={"max_length": "Thẩm quyền ký dài tối đa %(limit_value)d ký tự."},
    )
    signer_title = forms.CharField(
        label="Chức vụ người ký",
        required=False,
        max_length=255,
        error_messages={"max_length": "Chức vụ người ký dài tối đa %(limit_value)d ký tự."},
    )
    signer_name = forms.CharField(
        label="Họ tên người ký",
        required=False,
        max_length=255,
        error_messages={"max_length": "Họ tên người ký dài tối đa %(limit_value)d ký tự."},
    )
