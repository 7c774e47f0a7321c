"""The overall level of a body (HTXS / HTT / HT / KHT) from its tasks, targets and a rule set.

The facts (points, shares of tasks on time, exceeded, late, of targets met...) are computed here;
which facts a level needs, and how results turn into points, is data in the rule set.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from decimal import Context, Decimal, localcontext

from trongtam.core.assessment.model import BUCKETS, STATUSES, TASK_STATUSES, Bucket, Status, TaskStatus
from trongtam.core.assessment.rules import CHECKS, Condition, RuleSet, load_ruleset
from trongtam.core.errors import AssessmentError

HUNDRED = Decimal(100)
_CONTEXT = Context(prec=40)

FACT_LABELS_VI: dict[str, str] = {
    "points": "Tổng điểm",
    "tasks_total": "Số nhiệm vụ",
    "tasks_completed_share": "Tỷ lệ nhiệm vụ hoàn thành (%)",
    "tasks_exceeded_share": "Tỷ lệ nhiệm vụ hoàn thành vượt mức, có kết quả rõ nét (%)",
    "tasks_on_time_share": "Tỷ lệ nhiệm vụ hoàn thành đúng hạn (%)",
    "tasks_late_share": "Tỷ lệ nhiệm vụ chậm tiến độ (%)",
    "targets_total": "Số chỉ tiêu",
    "targets_met_share": "Tỷ lệ chỉ tiêu đạt và vượt (%)",
    "targets_exceeded_share": "Tỷ lệ chỉ tiêu vượt (%)",
    "main_targets_met_share": "Tỷ lệ chỉ tiêu chủ yếu đạt và vượt (%)",
    "main_targets_missed": "Có chỉ tiêu chủ yếu không đạt",
    "disciplined": "Tập thể bị kỷ luật",
    "units_disciplined_share": "Tỷ lệ tổ chức trực thuộc bị kỷ luật (%)",
    "poor_criterion": "Có tiêu chí xếp loại Kém",
}


@dataclass(frozen=True)
class TaskFacts:
    """What the body assessment needs of one task: its status and, when tracked, its timeliness."""

    status: TaskStatus
    timeliness: Bucket | None = None


@dataclass(frozen=True)
class TargetFacts:
    """What the body assessment needs of one target: its status and whether it is a main target."""

    status: Status
    main: bool = False


@dataclass(frozen=True)
class BodyFacts:
    """Every fact a level condition may test (shares are percents 0–100)."""

    points: Decimal
    tasks_total: Decimal
    tasks_completed_share: Decimal
    tasks_exceeded_share: Decimal
    tasks_on_time_share: Decimal
    tasks_late_share: Decimal
    targets_total: Decimal
    targets_met_share: Decimal
    targets_exceeded_share: Decimal
    main_targets_met_share: Decimal
    main_targets_missed: bool
    disciplined: bool
    units_disciplined_share: Decimal
    poor_criterion: bool

    def get(self, fact: str) -> Decimal | bool:
        """The value of one fact by its rule-set name."""
        value: Decimal | bool = asdict(self)[fact]
        return value


@dataclass(frozen=True)
class BodyResult:
    """The level reached, its label, the points, the facts, and the reasons in Vietnamese."""

    code: str
    label: str
    points: Decimal
    facts: BodyFacts
    level_index: int
    ruleset: str
    reasons_vi: tuple[str, ...] = ()


def _share(part: int, whole: int, empty: Decimal) -> Decimal:
    return Decimal(part) * HUNDRED / whole if whole else empty


def compute_points(
    tasks: Sequence[TaskFacts],
    targets: Sequence[TargetFacts],
    rules: RuleSet,
    manual_points: Decimal | None = None,
) -> Decimal:
    """Points = manual points (or their maximum when not given) + results scored by the rule set's weights."""
    pr = rules.points
    with localcontext(_CONTEXT):
        if manual_points is None:
            manual = pr.manual_max
        elif not Decimal(0) <= manual_points <= pr.manual_max:
            raise AssessmentError(
                f"manual points {manual_points} outside 0..{pr.manual_max}",
                message_vi=f"Điểm chấm tay {manual_points} nằm ngoài khoảng 0–{pr.manual_max}.",
            )
        else:
            manual = manual_points
        parts: list[tuple[Decimal, Decimal]] = []
        if tasks and pr.tasks_weight > 0:
            scores = [pr.task_status[t.status] * pr.timeliness[t.timeliness or "on_time"] for t in tasks]
            parts.append((pr.tasks_weight, sum(scores, Decimal(0)) / len(scores)))
        if targets and pr.targets_weight > 0:
            weights = [pr.main_target_factor if g.main else Decimal(1) for g in targets]
            total_weight = sum(weights, Decimal(0))
            if total_weight > 0:
                weighted = sum(
                    (w * pr.target_status[g.status] for w, g in zip(weights, targets, strict=True)),
                    Decimal(0),
                )
                parts.append((pr.targets_weight, weighted / total_weight))
        results = Decimal(0)
        if parts:
            results = sum((w * s for w, s in parts), Decimal(0)) / sum((w for w, _ in parts), Decimal(0))
        points = manual + (pr.max - pr.manual_max) * results
        return points.quantize(Decimal("0.01"), rounding=rules.target.rounding)


def body_facts(
    tasks: Sequence[TaskFacts],
    targets: Sequence[TargetFacts],
    *,
    rules: RuleSet,
    manual_points: Decimal | None = None,
    points: Decimal | None = None,
    disciplined: bool = False,
    units_disciplined_share: Decimal = Decimal(0),
    poor_criterion: bool = False,
) -> BodyFacts:
    """Compute every fact; ``points`` given overrides the computed points (e.g. a council's tally)."""
    for t in tasks:
        if t.status not in TASK_STATUSES or (t.timeliness is not None and t.timeliness not in BUCKETS):
            raise AssessmentError(
                f"invalid task facts {t!r}", message_vi=f"Dữ liệu nhiệm vụ không hợp lệ: {t!r}."
            )
    for g in targets:
        if g.status not in STATUSES:
            raise AssessmentError(
                f"invalid target facts {g!r}", message_vi=f"Dữ liệu chỉ tiêu không hợp lệ: {g!r}."
            )
    if points is not None and not Decimal(0) <= points <= rules.points.max:
        raise AssessmentError(
            f"points {points} outside 0..{rules.points.max}",
            message_vi=f"Điểm {points} nằm ngoài khoảng 0–{rules.points.max}.",
        )
    if not Decimal(0) <= units_disciplined_share <= HUNDRED:
        raise AssessmentError(
            "units_disciplined_share must be 0..100", message_vi="Tỷ lệ tổ chức bị kỷ luật phải từ 0 đến 100."
        )
    with localcontext(_CONTEXT):
        n_tasks = len(tasks)
        completed = sum(1 for t in tasks if t.status in ("completed", "completed_clear"))
        clear = sum(1 for t in tasks if t.status == "completed_clear")
        due = [t for t in tasks if t.timeliness in ("on_time", "late", "overdue")]
        on_time = sum(1 for t in due if t.timeliness == "on_time")
        late = len(due) - on_time
        n_targets = len(targets)
        met = sum(1 for g in targets if g.status in ("met", "exceeded"))
        exceeded = sum(1 for g in targets if g.status == "exceeded")
        mains = [g for g in targets if g.main]
        mains_met = sum(1 for g in mains if g.status in ("met", "exceeded"))
        return BodyFacts(
            points=points if points is not None else compute_points(tasks, targets, rules, manual_points),
            tasks_total=Decimal(n_tasks),
            tasks_completed_share=_share(completed, n_tasks, Decimal(0)),
            tasks_exceeded_share=_share(clear, n_tasks, Decimal(0)),
            # Nothing due yet means nothing is late: on-time share 100, late share 0.
            tasks_on_time_share=_share(on_time, len(due), HUNDRED),
            tasks_late_share=_share(late, len(due), Decimal(0)),
            targets_total=Decimal(n_targets),
            targets_met_share=_share(met, n_targets, Decimal(0)),
            targets_exceeded_share=_share(exceeded, n_targets, Decimal(0)),
            main_targets_met_share=_share(mains_met, len(mains), HUNDRED),
            main_targets_missed=any(g.status in ("missed", "right_direction") for g in mains),
            disciplined=disciplined,
            units_disciplined_share=units_disciplined_share,
            poor_criterion=poor_criterion,
        )


def holds(condition: Condition, facts: BodyFacts) -> bool:
    """Whether one level condition holds for these facts."""
    value = facts.get(condition.fact)
    if isinstance(condition.value, bool) or isinstance(value, bool):
        return value is condition.value
    return CHECKS[condition.op](value, condition.value)


def describe(condition: Condition, facts: BodyFacts) -> str:
    """A condition and the body's value in Vietnamese, e.g. "Tổng điểm ≥ 90 (thực tế 92)"."""
    label = FACT_LABELS_VI[condition.fact]
    value = facts.get(condition.fact)
    if isinstance(condition.value, bool):
        want = "có" if condition.value else "không"
        got = "có" if value else "không"
        return f"{label}: yêu cầu «{want}» (thực tế «{got}»)"
    op = {">=": "≥", "<=": "≤"}.get(condition.op, condition.op)
    return f"{label} {op} {_vi(condition.value)} (thực tế {_vi(value)})"


def _vi(value: Decimal | bool) -> str:
    if isinstance(value, bool):
        return "có" if value else "không"
    text = f"{value.quantize(Decimal('0.01')).normalize():f}" if value == value else str(value)
    return text.replace(".", ",")


def assess_body(
    tasks: Sequence[TaskFacts],
    targets: Sequence[TargetFacts] = (),
    *,
    rules: RuleSet | None = None,
    manual_points: Decimal | None = None,
    points: Decimal | None = None,
    disciplined: bool = False,
    units_disciplined_share: Decimal = Decimal(0),
    poor_criterion: bool = False,
) -> BodyResult:
    """The body's level: the first level of the rule set whose conditions all hold."""
    rs = rules if rules is not None else load_ruleset()
    facts = body_facts(
        tasks,
        targets,
        rules=rs,
        manual_points=manual_points,
        points=points,
        disciplined=disciplined,
        units_disciplined_share=units_disciplined_share,
        poor_criterion=poor_criterion,
    )
    reasons: list[str] = []
    if points is None and manual_points is None and rs.points.manual_max > 0:
        reasons.append(
            f"Giả định đủ {_vi(rs.points.manual_max)} điểm chấm tay (chưa nhập điểm tiêu chí chung)."
        )
    for index, level in enumerate(rs.levels):
        failed = [c for c in level.when if not holds(c, facts)]
        if not failed:
            reasons.extend(f"Đạt điều kiện: {describe(c, facts)}." for c in level.when)
            if level.note:
                reasons.append(level.note)
            return BodyResult(level.code, level.label, facts.points, facts, index, rs.id, tuple(reasons))
        if sum(1 for lv in rs.levels if lv.code == level.code) > 1:
            reasons.append(f"Không thuộc trường hợp {level.code}{f' ({level.note})' if level.note else ''}.")
        else:
            reasons.append(f"Chưa đạt {level.code}: {describe(failed[0], facts)}.")
    raise AssertionError("a validated rule set always ends with an unconditional level")  # pragma: no cover
