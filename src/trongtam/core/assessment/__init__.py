"""Assessment: the status of targets, tasks and bodies under versioned rule sets (pure, no Django).

assess_target(spec, actual, baseline, rules)  -> TargetResult(status, percent)
assess_parts(results, rules)                  -> TargetResult of a multi-part target
assess_task(target_statuses, judgement, rules) -> TaskResult
assess_body(tasks, targets, rules=...)        -> BodyResult(code, label, points, facts, reasons_vi)
timeliness(due, done, today, rules)           -> "on_time" | "late" | "not_yet_due" | "overdue"
project_year_end(values, aggregation), at_risk(spec, projection, ...)
load_ruleset(name_or_path), list_rulesets()
"""

from trongtam.core.assessment.body import (
    BodyFacts,
    BodyResult,
    TargetFacts,
    TaskFacts,
    assess_body,
    body_facts,
    compute_points,
)
from trongtam.core.assessment.model import (
    BUCKET_LABELS_VI,
    STATUS_BANDS,
    STATUS_LABELS_VI,
    STATUSES,
    TASK_STATUS_LABELS_VI,
    TASK_STATUSES,
    Bucket,
    Measurement,
    Status,
    TargetResult,
    TargetSpec,
    TaskStatus,
    to_decimal,
)
from trongtam.core.assessment.phrases import (
    count_statuses,
    format_number_vi,
    format_percent_vi,
    percent_phrase_vi,
    ratio_phrase,
    targets_summary_vi,
    tasks_summary_vi,
)
from trongtam.core.assessment.projection import (
    OUTLOOK_LABELS_VI,
    PACE_LABELS_VI,
    InYear,
    Projection,
    Risk,
    at_risk,
    elapsed_months,
    in_year,
    project_year_end,
)
from trongtam.core.assessment.rules import (
    RuleSet,
    RuleSetFileError,
    RuleSetInfo,
    list_rulesets,
    load_ruleset,
)
from trongtam.core.assessment.target import assess_parts, assess_target, percent_of
from trongtam.core.assessment.task import TaskResult, assess_task
from trongtam.core.assessment.timeliness import count_buckets, timeliness

__all__ = [
    "BUCKET_LABELS_VI",
    "OUTLOOK_LABELS_VI",
    "PACE_LABELS_VI",
    "STATUSES",
    "STATUS_BANDS",
    "STATUS_LABELS_VI",
    "TASK_STATUSES",
    "TASK_STATUS_LABELS_VI",
    "BodyFacts",
    "BodyResult",
    "Bucket",
    "InYear",
    "Measurement",
    "Projection",
    "Risk",
    "RuleSet",
    "RuleSetFileError",
    "RuleSetInfo",
    "Status",
    "TargetFacts",
    "TargetResult",
    "TargetSpec",
    "TaskFacts",
    "TaskResult",
    "TaskStatus",
    "assess_body",
    "assess_parts",
    "assess_target",
    "assess_task",
    "at_risk",
    "body_facts",
    "compute_points",
    "count_buckets",
    "count_statuses",
    "elapsed_months",
    "format_number_vi",
    "format_percent_vi",
    "in_year",
    "list_rulesets",
    "load_ruleset",
    "percent_of",
    "percent_phrase_vi",
    "project_year_end",
    "ratio_phrase",
    "targets_summary_vi",
    "tasks_summary_vi",
    "timeliness",
    "to_decimal",
]
