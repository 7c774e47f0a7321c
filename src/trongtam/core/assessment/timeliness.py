"""Timeliness buckets of a report or task: on time, late, not yet due, overdue.

These are the four buckets government task tracking uses ("đúng hạn", "trễ hạn", "chưa đến hạn", "quá hạn").
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from trongtam.core.assessment.model import BUCKETS, Bucket
from trongtam.core.assessment.rules import RuleSet
from trongtam.core.errors import AssessmentError


def timeliness(due: date | None, done: date | None, today: date, rules: RuleSet | None = None) -> Bucket:
    """The bucket of something due on ``due`` and done on ``done`` (None: not done yet), seen on ``today``.

    Done by the due date (plus the rule set's grace days) is on time, done after it is late; not done
    is not yet due until the due date has passed, then overdue. Without a due date nothing is late.
    """
    grace = timedelta(days=rules.timeliness.grace_days if rules is not None else 0)
    if done is not None:
        return "on_time" if due is None or done <= due + grace else "late"
    if due is None or today <= due + grace:
        return "not_yet_due"
    return "overdue"


def count_buckets(buckets: Iterable[Bucket]) -> dict[Bucket, int]:
    """How many of each bucket, every bucket present (zero when absent), in the usual order."""
    counts: dict[Bucket, int] = {"on_time": 0, "late": 0, "not_yet_due": 0, "overdue": 0}
    for b in buckets:
        if b not in BUCKETS:
            raise AssessmentError(
                f"unknown timeliness bucket {b!r}", message_vi=f"Loại tiến độ không hợp lệ: {b!r}."
            )
        counts[b] += 1
    return counts
