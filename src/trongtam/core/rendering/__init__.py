"""Official documents out (.docx in the state and Party formats, PDF through LibreOffice) and spreadsheets
in and out (.xlsx exports and the progress form).

    model      plain frozen inputs: OfficialDocument and the five documents of a cycle
    profile    format profiles as versioned TOML data (nd30-2020, hd36-2018, ...)
    writer     the python-docx layout of an OfficialDocument
    documents  render_* for the five documents, with optional docxtpl templates
    pdf        docx_to_pdf through LibreOffice headless
    xlsx       table_to_xlsx, progress_form_build, progress_form_parse
    vnformat   Vietnamese numbers and dates
"""

from trongtam.core.rendering.documents import (
    default_template,
    render,
    render_assessment_report,
    render_progress_report,
    render_registration_letter,
    render_reminder_letter,
    render_task_list,
)
from trongtam.core.rendering.model import registration_from_document
from trongtam.core.rendering.pdf import docx_to_pdf
from trongtam.core.rendering.profile import available_profiles, load_profile
from trongtam.core.rendering.xlsx import progress_form_build, progress_form_parse, table_to_xlsx

__all__ = [
    "available_profiles",
    "default_template",
    "docx_to_pdf",
    "load_profile",
    "progress_form_build",
    "progress_form_parse",
    "registration_from_document",
    "render",
    "render_assessment_report",
    "render_progress_report",
    "render_registration_letter",
    "render_reminder_letter",
    "render_task_list",
    "table_to_xlsx",
]
