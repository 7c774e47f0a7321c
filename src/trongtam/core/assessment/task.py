"""The status of a key task (nhiệm vụ): completed with clear results, completed, or not completed.

It follows from the statuses of the task's targets, with thresholds from the rule set, or from the
office's judgement for a task without numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from trongtam.core.assessment.model import STATUSES, TASK_STATUS_LABELS_VI, TASK_STATUSES, Status, TaskStatus
from trongtam.core.assessment.rules import RuleSet, load_ruleset
from trongtam.core.errors import AssessmentError

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class TaskResult:
    """A task's status, how many of its targets were met and exceeded, and why."""

    status: TaskStatus
    targets_total: int = 0
    targets_met: int = 0
    targets_exceeded: int = 0
    from_judgement: bool = False
    note_vi: str = ""

    @property
    def label_vi(self) -> str:
        """The status as reports write it, e.g. "Hoàn thành có kết quả rõ nét"."""
        return TASK_STATUS_LABELS_VI[self.status]


def assess_task(
    target_statuses: Sequence[Status],
    judgement: TaskStatus | None = None,
    rules: RuleSet | None = None,
) -> TaskResult:
    """Judge a task from its targets' statuses; ``judgement`` is the office's call for tasks without numbers."""
    rs = rules if rules is not None else load_ruleset()
    for s in target_statuses:
        if s not in STATUSES:
            raise AssessmentError(
                f"unknown target status {s!r}", message_vi=f"Trạng thái chỉ tiêu không hợp lệ: {s!r}."
            )
    if judgement is not None and judgement not in TASK_STATUSES:
        raise AssessmentError(
            f"unknown task judgement {judgement!r}",
            message_vi=f"Đánh giá nhiệm vụ không hợp lệ: {judgement!r}.",
        )
    total = len(target_statuses)
    exceeded = sum(1 for s in target_statuses if s == "exceeded")
    counted_as_met = {"met", "exceeded"} | (
        {"right_direction"} if rs.task.right_direction_counts_as_met else set()
    )
    met = sum(1 for s in target_statuses if s in counted_as_met)

    if judgement is not None and (
        rs.task.judgement == "always" or total == 0 or "no_data" in target_statuses
    ):
        return TaskResult(judgement, total, met, exceeded, True, "Theo đánh giá của cơ quan theo dõi.")
    if total == 0:
        return TaskResult(
            "no_data", 0, 0, 0, False, "Nhiệm vụ không có chỉ tiêu định lượng: chờ đánh giá của cơ quan."
        )
    if "no_data" in target_statuses:
        missing = sum(1 for s in target_statuses if s == "no_data")
        return TaskResult(
            "no_data", total, met, exceeded, False, f"Còn {missing}/{total} chỉ tiêu chưa có số liệu."
        )

    met_share = Decimal(met) * HUNDRED / total
    exceeded_share = Decimal(exceeded) * HUNDRED / total
    if met_share < rs.task.completed_min_met_share:
        return TaskResult(
            "not_completed", total, met, exceeded, False, f"{met}/{total} chỉ tiêu đạt và vượt."
        )
    if exceeded_share >= rs.task.clear_min_exceeded_share and exceeded > 0:
        return TaskResult(
            "completed_clear", total, met, exceeded, False, f"{exceeded}/{total} chỉ tiêu vượt."
        )
    return TaskResult("completed", total, met, exceeded, False, f"{met}/{total} chỉ tiêu đạt và vượt.")
