"""Values the assessment works on: target specifications, measurements, results and their Vietnamese labels.

Everything is a frozen dataclass over ``Decimal``; the functions that judge them live in sibling modules.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal, get_args

from trongtam.core.errors import AssessmentError
from trongtam.core.numbers import NumberError, read_cell, read_plain

Op = Literal[">=", ">", "<=", "<", "=", "~", "range"]
Change = Literal["increase", "decrease"]
Basis = Literal["points", "relative"]
Direction = Literal["higher", "lower", "exact"]
Status = Literal["exceeded", "met", "right_direction", "missed", "no_data"]
TaskStatus = Literal["completed_clear", "completed", "not_completed", "no_data"]
Bucket = Literal["on_time", "late", "not_yet_due", "overdue"]
Aggregation = Literal["incremental", "cumulative", "rate"]

OPS: tuple[str, ...] = get_args(Op)
CHANGES: tuple[str, ...] = get_args(Change)
BASES: tuple[str, ...] = get_args(Basis)
DIRECTIONS: tuple[str, ...] = get_args(Direction)
STATUSES: tuple[str, ...] = get_args(Status)
TASK_STATUSES: tuple[str, ...] = get_args(TaskStatus)
BUCKETS: tuple[str, ...] = get_args(Bucket)
AGGREGATIONS: tuple[str, ...] = get_args(Aggregation)

STATUS_LABELS_VI: dict[str, str] = {
    "exceeded": "Vượt",
    "met": "Đạt",
    "right_direction": "Đúng hướng",
    "missed": "Không đạt",
    "no_data": "Chưa đánh giá",
}
TASK_STATUS_LABELS_VI: dict[str, str] = {
    "completed_clear": "Hoàn thành có kết quả rõ nét",
    "completed": "Hoàn thành",
    "not_completed": "Không hoàn thành",
    "no_data": "Chưa đánh giá",
}
# Colour band of each status on dashboards: green when satisfied, amber on the way, red missed, grey unknown.
STATUS_BANDS: dict[str, str] = {
    "exceeded": "green",
    "met": "green",
    "right_direction": "amber",
    "missed": "red",
    "no_data": "grey",
}
BUCKET_LABELS_VI: dict[str, str] = {
    "on_time": "Đúng hạn",
    "late": "Trễ hạn",
    "not_yet_due": "Chưa đến hạn",
    "overdue": "Quá hạn",
}


@dataclass(frozen=True)
class TargetSpec:
    """What a target asks for: ``op`` applied to ``value`` (and ``value_max`` for a range) in ``unit``.

    ``change`` set means the numbers are a change against a baseline, counted in percentage
    ``points``, ``relative`` percent of the baseline, or (``basis`` None) the target's own unit.
    """

    value: Decimal
    op: Op = ">="
    unit: str = ""
    value_max: Decimal | None = None
    change: Change | None = None
    basis: Basis | None = None
    direction: Direction = "higher"

    def __post_init__(self) -> None:
        if self.op not in OPS:
            raise _bad("op", self.op, OPS)
        if self.direction not in DIRECTIONS:
            raise _bad("direction", self.direction, DIRECTIONS)
        if self.change is not None and self.change not in CHANGES:
            raise _bad("change", self.change, CHANGES)
        if self.basis is not None and self.basis not in BASES:
            raise _bad("basis", self.basis, BASES)
        _check_finite("value", self.value)
        if self.op == "range":
            if self.value_max is None:
                raise AssessmentError(
                    "a range target needs value_max",
                    message_vi="Chỉ tiêu dạng khoảng (range) cần có giá trị cận trên (value_max).",
                )
            _check_finite("value_max", self.value_max)
            if self.value_max < self.value:
                raise AssessmentError(
                    f"value_max {self.value_max} is below value {self.value}",
                    message_vi=f"Cận trên value_max ({self.value_max}) nhỏ hơn cận dưới value ({self.value}).",
                )
        elif self.value_max is not None:
            _check_finite("value_max", self.value_max)


@dataclass(frozen=True)
class Measurement:
    """A reported or baseline value with its unit ("" when the unit is that of the target)."""

    value: Decimal
    unit: str = ""

    def __post_init__(self) -> None:
        _check_finite("value", self.value)


@dataclass(frozen=True)
class TargetResult:
    """The status of one target and the percent achieved (None where a percent has no meaning)."""

    status: Status
    percent: Decimal | None
    achieved: Decimal | None = None
    note_vi: str = ""

    @property
    def label_vi(self) -> str:
        """The status as reports write it: "Vượt", "Đạt", "Đúng hướng", "Không đạt", "Chưa đánh giá"."""
        return STATUS_LABELS_VI[self.status]


def to_decimal(raw: object, field: str) -> Decimal:
    """A Decimal a value column can hold, from an int, a Decimal, a float or a plain numeric string ("16.6").

    Read by the product's one number contract (:mod:`trongtam.core.numbers`): no exponent in text, no
    NaN/Infinity, nothing beyond 18 whole digits, 6 decimals or 15 significant digits.
    """
    if isinstance(raw, bool) or raw is None:
        raise AssessmentError(
            f"{field}: expected a number, got {raw!r}",
            message_vi=f"Trường {field}: cần một số, nhận được {raw!r}.",
        )
    try:
        if isinstance(raw, str):
            value = read_plain(raw, label=f"Trường {field}")
            if value is None:
                raise NumberError("blank", message_vi=f"Trường {field}: cần một số, nhận được chuỗi rỗng.")
        elif isinstance(raw, int | float | Decimal):
            value = read_cell(raw, label=f"Trường {field}")
            assert value is not None
        else:
            raise AssessmentError(
                f"{field}: expected a number, got {type(raw).__name__}",
                message_vi=f"Trường {field}: cần một số, nhận được kiểu {type(raw).__name__}.",
            )
    except NumberError as exc:
        raise AssessmentError(f"{field}: {raw!r} is not accepted", message_vi=exc.message_vi) from None
    return value


def _check_finite(field: str, value: Decimal) -> None:
    if not isinstance(value, Decimal) or not value.is_finite():
        raise AssessmentError(
            f"{field}: {value!r} is not a finite decimal number",
            message_vi=f"Trường {field}: {value!r} không phải là số hữu hạn.",
        )


def _bad(field: str, value: object, allowed: tuple[str, ...]) -> AssessmentError:
    choices = ", ".join(allowed)
    return AssessmentError(
        f"{field}: {value!r} is not one of {choices}",
        message_vi=f"Trường {field}: giá trị {value!r} không hợp lệ; chỉ nhận một trong: {choices}.",
    )
