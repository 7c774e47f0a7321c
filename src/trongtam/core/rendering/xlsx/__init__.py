"""Spreadsheets in and out: any table as .xlsx (``exports``), and the pre-filled progress form a unit fills
in and uploads (``progress_form``); ``cells`` holds what both share.
"""

from __future__ import annotations

from trongtam.core.rendering.xlsx.cells import DATE, DECIMAL, INTEGER, MAX_ROWS, MAX_UPLOAD_BYTES, PERCENT
from trongtam.core.rendering.xlsx.exports import progress_rows_to_xlsx, table_to_xlsx, task_list_to_xlsx
from trongtam.core.rendering.xlsx.progress_form import (
    ESTIMATE,
    OFFICIAL,
    CellChange,
    FormRow,
    FormSpec,
    ParsedForm,
    ParsedRow,
    RowError,
    progress_form_build,
    progress_form_diff,
    progress_form_parse,
)

__all__ = [
    "DATE",
    "DECIMAL",
    "ESTIMATE",
    "INTEGER",
    "MAX_ROWS",
    "MAX_UPLOAD_BYTES",
    "OFFICIAL",
    "PERCENT",
    "CellChange",
    "FormRow",
    "FormSpec",
    "ParsedForm",
    "ParsedRow",
    "RowError",
    "progress_form_build",
    "progress_form_diff",
    "progress_form_parse",
    "progress_rows_to_xlsx",
    "table_to_xlsx",
    "task_list_to_xlsx",
]
