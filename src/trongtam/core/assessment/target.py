"""The status and percent achieved of one target (level or change) and of a multi-part target.

Every threshold (tolerance of ``~``, formula for lower-is-better percent, rounding, what lies
beyond the better end of a range) comes from the rule set; the arithmetic is ``Decimal`` throughout.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Context, Decimal, localcontext
from functools import lru_cache

from trongtam.core.assessment.model import Direction, Measurement, Status, TargetResult, TargetSpec
from trongtam.core.assessment.rules import RuleSet, TargetRules, load_ruleset
from trongtam.core.errors import AssessmentError
from trongtam.core.text.normalize import match_key

HUNDRED = Decimal(100)
_CONTEXT = Context(prec=60)

# Unit spellings that mean the same unit for the comparison.
_SAME_UNIT = {
    "điểm %": "%",
    "điểm phần trăm": "%",
    "phần trăm": "%",
    "% điểm": "%",
    "tỉ đồng": "tỷ đồng",
    "ngàn đồng": "nghìn đồng",
}
# Units that convert into each other by a factor (value in the unit × factor = value in the base).
_SCALES: dict[str, tuple[str, Decimal]] = {
    "đồng": ("đồng", Decimal(1)),
    "nghìn đồng": ("đồng", Decimal(10) ** 3),
    "triệu đồng": ("đồng", Decimal(10) ** 6),
    "tỷ đồng": ("đồng", Decimal(10) ** 9),
    "m2": ("m2", Decimal(1)),
    "ha": ("m2", Decimal(10) ** 4),
    "km2": ("m2", Decimal(10) ** 6),
    "m": ("m", Decimal(1)),
    "km": ("m", Decimal(10) ** 3),
    "kg": ("kg", Decimal(1)),
    "tạ": ("kg", Decimal(100)),
    "tấn": ("kg", Decimal(1000)),
}


@lru_cache(maxsize=1024)
def unit_key(unit: str | None) -> str:
    """The comparable form of a unit: lower case, single spaces, synonyms folded ("điểm %" → "%")."""
    key = match_key(unit or "").replace(" /", "/").replace("/ ", "/")
    return _SAME_UNIT.get(key, key)


def convert(value: Decimal, from_unit: str | None, to_unit: str | None, *, field: str = "actual") -> Decimal:
    """``value`` in ``from_unit`` expressed in ``to_unit``; an empty unit means "the same as the other"."""
    src, dst = unit_key(from_unit), unit_key(to_unit)
    if not src or not dst or src == dst:
        return value
    if src in _SCALES and dst in _SCALES and _SCALES[src][0] == _SCALES[dst][0]:
        with localcontext(_CONTEXT):
            return value * _SCALES[src][1] / _SCALES[dst][1]
    raise AssessmentError(
        f"{field}: unit {from_unit!r} cannot be compared with the target's unit {to_unit!r}",
        message_vi=f"Trường {field}: đơn vị «{from_unit}» không so sánh được với đơn vị của chỉ tiêu «{to_unit}».",
    )


@dataclass(frozen=True)
class _Judged:
    status: Status
    percent: Decimal | None


def assess_target(
    spec: TargetSpec,
    actual: Measurement | None,
    baseline: Measurement | None = None,
    rules: RuleSet | None = None,
) -> TargetResult:
    """Judge one target against its actual (and baseline for a change target) under a rule set."""
    rs = rules if rules is not None else load_ruleset()
    try:
        with localcontext(_CONTEXT):
            return _assess(spec, actual, baseline, rs.target)
    except ArithmeticError as exc:
        raise AssessmentError(
            f"numbers too large or too small to assess: {exc!r}",
            message_vi="Số quá lớn hoặc quá nhỏ, không tính được.",
        ) from None


def _assess(
    spec: TargetSpec, actual: Measurement | None, baseline: Measurement | None, tr: TargetRules
) -> TargetResult:
    if actual is None:
        return TargetResult("no_data", None, note_vi="Chưa có số liệu thực hiện.")
    if spec.change is None:
        x = convert(actual.value, actual.unit, spec.unit)
        judged = _judge(spec, x, spec.direction, tr, lower_formula=tr.lower_percent_formula)
        status = judged.status
        note = ""
        if status == "missed" and tr.right_direction_for_level_targets and baseline is not None:
            base = convert(baseline.value, baseline.unit, spec.unit, field="baseline")
            if (spec.direction == "higher" and x > base) or (spec.direction == "lower" and x < base):
                status = "right_direction"
                note = "Chưa đạt nhưng đã chuyển biến đúng hướng so với kỳ gốc."
        return TargetResult(status, _round(judged.percent, tr), achieved=x, note_vi=note)

    if baseline is None:
        return TargetResult("no_data", None, note_vi="Chỉ tiêu tăng/giảm cần số liệu kỳ gốc để đánh giá.")
    achieved = _achieved_change(spec, actual, baseline)
    if achieved is None:
        return TargetResult("no_data", None, note_vi="Kỳ gốc bằng 0: không tính được mức thay đổi tương đối.")
    space = _change_direction(spec)
    # Change targets report achieved ÷ target change × 100 unless less change is better.
    judged = _judge(spec, achieved, space, tr, lower_formula=tr.lower_percent_formula)
    status = judged.status
    note = ""
    low = _bounds(spec, tr)[0]
    # Falling short means below the satisfying set; an overshoot configured as missed is not "on the way".
    if status == "missed" and space == "higher" and achieved > 0 and low is not None and achieved <= low:
        status = "right_direction"
        note = "Đã thay đổi đúng hướng nhưng chưa đạt mức chỉ tiêu."
    return TargetResult(status, _round(judged.percent, tr), achieved=achieved, note_vi=note)


def _achieved_change(spec: TargetSpec, actual: Measurement, baseline: Measurement) -> Decimal | None:
    """The change actual − baseline in the target's terms, positive in the direction of ``spec.change``."""
    basis = spec.basis
    if basis is None and unit_key(spec.unit) == "%":
        # A "%" change without a stated basis: points if the values are rates, relative otherwise.
        actual_unit = unit_key(actual.unit) or unit_key(baseline.unit)
        basis = "points" if actual_unit in ("", "%") else "relative"
    if basis == "relative":
        base = convert(baseline.value, baseline.unit, actual.unit, field="baseline")
        if base == 0:
            return None
        diff = (actual.value - base) / abs(base) * HUNDRED
    elif basis == "points":
        a = convert(actual.value, actual.unit, "%")
        b = convert(baseline.value, baseline.unit, "%", field="baseline")
        diff = a - b
    else:
        a = convert(actual.value, actual.unit, spec.unit)
        b = convert(baseline.value, baseline.unit, spec.unit, field="baseline")
        diff = a - b
    return -diff if spec.change == "decrease" else diff


def _change_direction(spec: TargetSpec) -> Direction:
    """Whether more change is better: a floor (>=, >) says yes, a cap (<=, <) says no; otherwise the direction decides."""
    if spec.direction == "exact":
        return "exact"
    # The comparator is the clearest statement of intent: "giảm ít nhất 3 điểm" wants more reduction
    # whatever direction the indicator was tagged with, "tăng không quá 5%" wants less growth.
    if spec.op in (">=", ">"):
        return "higher"
    if spec.op in ("<=", "<"):
        return "lower"
    agrees = (spec.change == "increase") == (spec.direction == "higher")
    return "higher" if agrees else "lower"


def _bounds(spec: TargetSpec, tr: TargetRules) -> tuple[Decimal | None, bool, Decimal | None, bool]:
    """The satisfying interval as (low, low_open, high, high_open); None is unbounded."""
    v = spec.value
    if spec.op == ">=":
        return v, False, None, False
    if spec.op == ">":
        return v, True, None, False
    if spec.op == "<=":
        return None, False, v, False
    if spec.op == "<":
        return None, False, v, True
    if spec.op == "=":
        return v, False, v, False
    if spec.op == "~":
        tol = tr.tolerance * abs(v) / HUNDRED if tr.tolerance_kind == "relative" else tr.tolerance
        return v - tol, False, v + tol, False
    assert spec.value_max is not None  # TargetSpec guarantees it for ranges.
    return v, False, spec.value_max, False


def _judge(
    spec: TargetSpec, x: Decimal, direction: Direction, tr: TargetRules, lower_formula: str
) -> _Judged:
    low, low_open, high, high_open = _bounds(spec, tr)
    above_low = low is None or (x > low if low_open else x >= low)
    below_high = high is None or (x < high if high_open else x <= high)
    satisfied = above_low and below_high
    bounded = low is not None and high is not None

    if spec.op == "range":
        assert spec.value_max is not None
        ref = {"higher": spec.value, "lower": spec.value_max}.get(
            direction, (spec.value + spec.value_max) / 2
        )
        stated = spec.value_max if direction == "higher" else spec.value
    else:
        ref = stated = spec.value

    if direction == "exact":
        status: Status = "met" if satisfied else "missed"
    elif satisfied:
        better = x > stated if direction == "higher" else x < stated
        status = "exceeded" if better else "met"
    elif bounded and ((direction == "higher" and not below_high) or (direction == "lower" and not above_low)):
        status = _beyond(tr.range_beyond_better_end)
    else:
        status = "missed"
    return _Judged(status, _percent(x, ref, direction, lower_formula))


def _beyond(option: str) -> Status:
    if option == "exceeded":
        return "exceeded"
    if option == "met":
        return "met"
    return "missed"


def _percent(x: Decimal, ref: Decimal, direction: Direction, lower_formula: str) -> Decimal | None:
    if ref == 0:
        return None
    if direction != "lower":
        return x / ref * HUNDRED
    if lower_formula == "inverse":
        return None if x == 0 else ref / x * HUNDRED
    if lower_formula == "reduction":
        return (ref - x) / ref * HUNDRED
    return (ref - x) / ref * HUNDRED + HUNDRED  # "complement": 100 when exactly at target.


def _round(value: Decimal | None, tr: TargetRules) -> Decimal | None:
    if value is None:
        return None
    with localcontext(_CONTEXT) as ctx:
        ctx.prec = max(60, value.adjusted() + tr.percent_decimals + 5)
        return value.quantize(Decimal(1).scaleb(-tr.percent_decimals), rounding=tr.rounding)


def percent_of(value: Decimal, reference: Decimal, rules: RuleSet | None = None) -> Decimal | None:
    """``value`` ÷ ``reference`` × 100, rounded per the rule set: "bằng 108,44% so với năm 2022"; None if 0."""
    rs = rules if rules is not None else load_ruleset()
    if reference == 0:
        return None
    with localcontext(_CONTEXT):
        return _round(value / reference * HUNDRED, rs.target)


def assess_parts(parts: Sequence[TargetResult], rules: RuleSet | None = None) -> TargetResult:
    """A multi-part target ("giảm cả 3 tiêu chí"): met only when every part is met or exceeded."""
    rs = rules if rules is not None else load_ruleset()
    if not parts:
        return TargetResult("no_data", None, note_vi="Chỉ tiêu nhiều thành phần chưa có thành phần nào.")
    statuses = [p.status for p in parts]
    status: Status
    if "missed" in statuses:
        status = "missed"
    elif "no_data" in statuses:
        status = "no_data"
    elif "right_direction" in statuses:
        status = "right_direction"
    elif all(s == "exceeded" for s in statuses):
        status = "exceeded"
    else:
        status = "met"
    done = sum(1 for s in statuses if s in ("met", "exceeded"))
    note = f"{done}/{len(parts)} thành phần đạt."
    percents = [p.percent for p in parts]
    percent: Decimal | None = None
    if rs.target.multipart_percent != "none" and percents and all(p is not None for p in percents):
        known = [p for p in percents if p is not None]
        if rs.target.multipart_percent == "min":
            percent = min(known)
        else:
            with localcontext(_CONTEXT):
                percent = _round(sum(known, Decimal(0)) / len(known), rs.target)
    return TargetResult(status, percent, note_vi=note)
