"""What the progress services share: the acting person, the refusals' wording, locking checks."""

from __future__ import annotations

from django.contrib.auth.models import User

from trongtam.registry import policy
from trongtam.registry.cycles.models import Target
from trongtam.registry.cycles.selectors import reporting_tasks

from .. import compute, datacache
from ..errors import ConflictError, ProgressError, WorkflowError
from ..models import Period, Report

Actor = User | policy.Principal

REVIEW_ONLY = "Chỉ văn phòng tham mưu, tổng hợp được xem xét báo cáo."
OVERRIDE_ONLY = "Chỉ văn phòng tham mưu, tổng hợp được điều chỉnh kết quả đánh giá."
UNIT_ONLY = "Chỉ cán bộ của đơn vị được nhập báo cáo này."
MANAGE_ONLY = "Chỉ văn phòng tham mưu, tổng hợp được cấu hình kỳ báo cáo và chỉ tiêu."


def _person(user: Actor) -> User | None:
    """The account recorded as having acted (none for the system)."""
    if isinstance(user, policy.Principal):
        return user.user if isinstance(user.user, User) else None
    return user


def _require_unit(user: Actor, report: Report) -> None:
    """A unit's report is written by the unit's staff (or by ``policy.SYSTEM``: the sample, demo data, loaders)."""
    policy.require(user, "report.edit", report, UNIT_ONLY)


def _ensure_editable(report: Report) -> None:
    reason = report.lock_reason_vi
    if reason is not None:
        raise WorkflowError(f"report is {report.status}: values are locked", message_vi=reason)


def _conflict(what: str, version: int) -> ConflictError:
    return ConflictError(
        f"{what} changed since it was read",
        message_vi=(
            f"{what} vừa được người khác cập nhật (phiên bản {version}). "
            "Vui lòng tải lại trang để xem số liệu mới rồi nhập lại."
        ),
    )


def _task_ids_for_unit(report: Report) -> set[int]:
    """The tasks (top-level and their sub-items) the report's unit reports on, in plain-value queries — or
    from the cycle's structure when it is kept (``datacache.structure_kept``) and the report's cycle is at
    hand: a save's page has just read it, and the stamp query that finds it again replaces four."""
    if datacache.structure_kept() and Period.cycle.is_cached(report.period):  # type: ignore[attr-defined]
        structure = compute.cycle_structure(cycle=report.period.cycle)
        task_units, parent_of = structure.task_units, structure.parent_of
    else:
        tops = reporting_tasks(cycle=report.period.cycle_id).order_by().values_list("id", "proposal__unit_id")
        task_units, parent_of = compute.task_unit_map(tops)
    out = {task for task, units in task_units.items() if report.unit_id in units}
    out.update(child for child, parent in parent_of.items() if parent in out)
    return out


def _check_target(report: Report, target: Target) -> None:
    if target.key_task.cycle_id != report.period.cycle_id or target.key_task_id not in _task_ids_for_unit(
        report
    ):
        raise ProgressError(
            "target not reported by this unit",
            message_vi="Chỉ tiêu này không thuộc nhiệm vụ do đơn vị chủ trì.",
        )
