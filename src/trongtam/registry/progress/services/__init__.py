"""Writes on periods, reports, entries and assessments. Every write is atomic and keyword-only.

Workflow of a unit's report: draft → submitted → returned (with a reason) → submitted → accepted.
Accepted values lock. Entries carry a version for optimistic locking: a save names the version it
was read at, and a save against a newer version fails with a Vietnamese ``ConflictError``.

One module per seam: ``periods`` (periods and target settings), ``values`` (entries of a report),
``evidence`` (minh chứng), ``reports`` (a whole report and its workflow), and
``assessment`` (the cycle's assessment and the office's overrides). Import from this package:
``from trongtam.registry.progress.services import report_submit``.
"""

from .. import compute
from ._common import OVERRIDE_ONLY, REVIEW_ONLY, UNIT_ONLY, Actor
from .assessment import (
    assessment_override_clear,
    body_assessment_override,
    bucket_label,
    cycle_assess,
    target_assessment_override,
    task_assessment_override,
    task_judgement_set,
)
from .evidence import MAX_EVIDENCE_BYTES, evidence_add
from .periods import (
    DEFAULT_DUE_AFTER_DAYS,
    SettingInput,
    period_defaults,
    period_generate_defaults,
    period_update,
    target_setting_set,
    target_settings_save,
)
from .reports import (
    EntryInput,
    TaskInput,
    report_accept,
    report_get_or_create,
    report_problems,
    report_return,
    report_save,
    report_submit,
)
from .values import entry_explain, entry_request_explanation, entry_save, task_entry_save

__all__ = [
    "DEFAULT_DUE_AFTER_DAYS",
    "MAX_EVIDENCE_BYTES",
    "OVERRIDE_ONLY",
    "REVIEW_ONLY",
    "UNIT_ONLY",
    "Actor",
    "EntryInput",
    "SettingInput",
    "TaskInput",
    "assessment_override_clear",
    "body_assessment_override",
    "bucket_label",
    "compute",
    "cycle_assess",
    "entry_explain",
    "entry_request_explanation",
    "entry_save",
    "evidence_add",
    "period_defaults",
    "period_generate_defaults",
    "period_update",
    "report_accept",
    "report_get_or_create",
    "report_problems",
    "report_return",
    "report_save",
    "report_submit",
    "target_assessment_override",
    "target_setting_set",
    "target_settings_save",
    "task_assessment_override",
    "task_entry_save",
    "task_judgement_set",
]
