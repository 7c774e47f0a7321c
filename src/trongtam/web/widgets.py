"""Form widgets of the web pages."""

from __future__ import annotations

from django import forms


class FileInput(forms.FileInput):
    """A file field labelled in Vietnamese ("Chọn tệp…" and the chosen file's name) instead of the browser's
    English "Choose File / No file chosen"; the same markup as the template include web/_file_input.html."""

    template_name = "web/widgets/file_input.html"
