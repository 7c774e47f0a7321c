"""Rule sets: versioned TOML data files that configure every threshold and formula of the assessment.

``load_ruleset`` reads one (by id, alias or path), follows ``extends``, and validates every key,
raising ``RuleSetFileError`` (a ``RuleSetError``) that names the file, the key and the problem.
The format is documented key by key in ``docs/rulesets.md``.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import (
    ROUND_CEILING,
    ROUND_DOWN,
    ROUND_FLOOR,
    ROUND_HALF_DOWN,
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    ROUND_UP,
    Decimal,
)
from functools import lru_cache
from pathlib import Path
from typing import Any

from trongtam.core.errors import RuleSetError
from trongtam.core.text.normalize import match_key

RULESETS_DIR = Path(__file__).with_name("rulesets")
DEFAULT_RULESET = "default"

ROUNDINGS: tuple[str, ...] = (
    ROUND_HALF_UP,
    ROUND_HALF_EVEN,
    ROUND_HALF_DOWN,
    ROUND_DOWN,
    ROUND_UP,
    ROUND_FLOOR,
    ROUND_CEILING,
)
LOWER_FORMULAS: tuple[str, ...] = ("complement", "inverse", "reduction")
BEYOND_OPTIONS: tuple[str, ...] = ("exceeded", "met", "missed")
MULTIPART_PERCENT: tuple[str, ...] = ("min", "mean", "none")
JUDGEMENT_USE: tuple[str, ...] = ("no_numbers", "always")
TOLERANCE_KINDS: tuple[str, ...] = ("relative", "absolute")

# Facts a level condition may test: name -> "share" (0–100), "points", "count" or "bool".
FACTS: dict[str, str] = {
    "points": "points",
    "tasks_total": "count",
    "tasks_completed_share": "share",
    "tasks_exceeded_share": "share",
    "tasks_on_time_share": "share",
    "tasks_late_share": "share",
    "targets_total": "count",
    "targets_met_share": "share",
    "targets_exceeded_share": "share",
    "main_targets_met_share": "share",
    "main_targets_missed": "bool",
    "disciplined": "bool",
    "units_disciplined_share": "share",
    "poor_criterion": "bool",
}
CONDITION_OPS: tuple[str, ...] = (">=", ">", "<=", "<", "=")

HUNDRED = Decimal(100)


class RuleSetFileError(RuleSetError):
    """A rule set file is invalid; ``file`` and ``key`` say where."""

    def __init__(self, file: str, key: str, problem: str, problem_vi: str) -> None:
        where = f"{file}: {key}" if key else file
        super().__init__(f"{where}: {problem}", message_vi=f"Tập quy tắc {file}, khóa «{key}»: {problem_vi}")
        self.file = file
        self.key = key
        self.problem = problem


@dataclass(frozen=True)
class TargetRules:
    """How one target is judged."""

    tolerance: Decimal
    tolerance_kind: str
    percent_decimals: int
    rounding: str
    lower_percent_formula: str
    range_beyond_better_end: str
    right_direction_for_level_targets: bool
    multipart_percent: str


@dataclass(frozen=True)
class TaskRules:
    """How a task's status follows from its targets and the office's judgement."""

    completed_min_met_share: Decimal
    right_direction_counts_as_met: bool
    clear_min_exceeded_share: Decimal
    judgement: str


@dataclass(frozen=True)
class TimelinessRules:
    """Days of grace after a due date before a report counts as late."""

    grace_days: int


@dataclass(frozen=True)
class ProjectionRules:
    """When a projected year-end value puts a target at risk."""

    at_risk_below_percent: Decimal


@dataclass(frozen=True)
class PointsRules:
    """How points are computed from results: weights, not conditions."""

    max: Decimal
    manual_max: Decimal
    tasks_weight: Decimal
    targets_weight: Decimal
    task_status: Mapping[str, Decimal]
    timeliness: Mapping[str, Decimal]
    target_status: Mapping[str, Decimal]
    main_target_factor: Decimal


@dataclass(frozen=True)
class Condition:
    """One test of a body fact, such as ``points >= 90``."""

    fact: str
    op: str
    value: Decimal | bool


@dataclass(frozen=True)
class LevelRule:
    """A level given when all its conditions hold; levels are tried in file order."""

    code: str
    label: str
    when: tuple[Condition, ...]
    note: str = ""


@dataclass(frozen=True)
class RuleSet:
    """A validated, versioned rule set."""

    id: str
    name: str
    version: str
    valid_from: date
    valid_to: date | None
    source: str
    aliases: tuple[str, ...]
    notes: str
    template: bool
    path: str
    target: TargetRules
    task: TaskRules
    timeliness: TimelinessRules
    projection: ProjectionRules
    points: PointsRules
    levels: tuple[LevelRule, ...]

    def applies_on(self, day: date) -> bool:
        """Whether ``day`` falls within the rule set's validity."""
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class RuleSetInfo:
    """A shipped rule set as listed by ``list_rulesets``."""

    id: str
    name: str
    version: str
    valid_from: date
    valid_to: date | None
    source: str
    template: bool
    path: str


# --------------------------------------------------------------------------- loading


def list_rulesets() -> list[RuleSetInfo]:
    """The rule sets shipped with trongtam, sorted by id (each one loaded and validated)."""
    out = []
    for path in sorted(RULESETS_DIR.glob("*.toml")):
        rs = load_ruleset(str(path))
        out.append(
            RuleSetInfo(
                rs.id, rs.name, rs.version, rs.valid_from, rs.valid_to, rs.source, rs.template, rs.path
            )
        )
    return out


def load_ruleset(name_or_path: str | Path | None = None) -> RuleSet:
    """Load a rule set by id, alias, name or path to a ``.toml`` file (None: the default rule set)."""
    if name_or_path is None or name_or_path == "":
        name_or_path = DEFAULT_RULESET
    return _load_cached(_resolve_cached(str(name_or_path)))


def clear_cache() -> None:
    """Forget loaded rule sets (for tests and for an office editing its file)."""
    _load_cached.cache_clear()
    _resolve_cached.cache_clear()


@lru_cache(maxsize=256)
def _resolve_cached(name: str) -> str:
    # Resolving an alias parses every shipped file's header; a batch names the same few rule sets often.
    return str(_resolve(name))


@lru_cache(maxsize=64)
def _load_cached(path: str) -> RuleSet:
    raw = _read_merged(Path(path), seen=())
    return _build(raw, Path(path).name, path)


def _resolve(name: str) -> Path:
    candidate = Path(name)
    if name.endswith(".toml") or candidate.is_file():
        if not candidate.is_file():
            raise RuleSetFileError(name, "", "file not found", "không tìm thấy tệp.")
        return candidate.resolve()
    direct = RULESETS_DIR / f"{name}.toml"
    if direct.is_file():
        return direct.resolve()
    wanted = match_key(name)
    for path in sorted(RULESETS_DIR.glob("*.toml")):
        meta = _peek_meta(path)
        names = [meta.get("id", ""), meta.get("name", ""), *meta.get("aliases", [])]
        if any(isinstance(n, str) and match_key(n) == wanted for n in names):
            return path.resolve()
    known = ", ".join(p.stem for p in sorted(RULESETS_DIR.glob("*.toml")))
    raise RuleSetFileError(
        name,
        "",
        f"no shipped rule set has this id, alias or name (known: {known})",
        f"không có tập quy tắc nào có mã, tên hoặc bí danh này (hiện có: {known}).",
    )


def _peek_meta(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            meta = tomllib.load(fh).get("ruleset", {})
    except (OSError, tomllib.TOMLDecodeError):
        return {}
    return meta if isinstance(meta, dict) else {}


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh, parse_float=Decimal)
    except OSError as exc:
        raise RuleSetFileError(path.name, "", f"cannot read: {exc}", f"không đọc được tệp: {exc}.") from None
    except tomllib.TOMLDecodeError as exc:
        raise RuleSetFileError(
            path.name, "", f"not valid TOML: {exc}", f"không đúng cú pháp TOML: {exc}."
        ) from None


def _read_merged(path: Path, seen: tuple[str, ...]) -> dict[str, Any]:
    raw = _read_toml(path)
    meta = raw.get("ruleset")
    parent = meta.get("extends") if isinstance(meta, dict) else None
    if parent is None:
        return raw
    if not isinstance(parent, str) or not parent:
        raise RuleSetFileError(
            path.name, "ruleset.extends", "must be a rule set id", "phải là mã một tập quy tắc."
        )
    local = path.parent / parent if parent.endswith(".toml") else None
    parent_path = local.resolve() if local is not None and local.is_file() else _resolve(parent)
    if str(parent_path) in seen or parent_path == path.resolve():
        raise RuleSetFileError(
            path.name,
            "ruleset.extends",
            f"circular extends via {parent}",
            f"kế thừa vòng tròn qua «{parent}».",
        )
    base = _read_merged(parent_path, (*seen, str(path.resolve())))
    # Identity never comes from the parent: a child must name, version and source itself.
    base_meta = {k: v for k, v in base.get("ruleset", {}).items() if k not in ("id", "aliases", "template")}
    base["ruleset"] = base_meta
    return _merge(base, raw)


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value  # Arrays (levels) replace the parent's wholesale.
    return out


# --------------------------------------------------------------------------- validation


class _Reader:
    """Reads typed values out of one table, remembering which keys were used."""

    def __init__(self, file: str, prefix: str, table: object) -> None:
        self.file = file
        self.prefix = prefix
        if not isinstance(table, dict):
            raise RuleSetFileError(file, prefix, "must be a table", "phải là một bảng (table) TOML.")
        self.table: dict[str, Any] = table
        self.used: set[str] = set()

    def key(self, name: str) -> str:
        return f"{self.prefix}.{name}" if self.prefix else name

    def fail(self, name: str, problem: str, problem_vi: str) -> RuleSetFileError:
        return RuleSetFileError(self.file, self.key(name), problem, problem_vi)

    def get(self, name: str, required: bool = True) -> Any:
        self.used.add(name)
        if name not in self.table:
            if required:
                raise self.fail(name, "missing required key", "thiếu khóa bắt buộc.")
            return None
        return self.table[name]

    def text(self, name: str, required: bool = True, choices: tuple[str, ...] = ()) -> str:
        value = self.get(name, required)
        if value is None:
            return ""
        if not isinstance(value, str):
            raise self.fail(name, "must be a string", "phải là chuỗi ký tự.")
        if choices and value not in choices:
            allowed = ", ".join(choices)
            raise self.fail(
                name,
                f"{value!r} is not one of {allowed}",
                f"giá trị «{value}» không hợp lệ; chỉ nhận: {allowed}.",
            )
        if required and not value.strip():
            raise self.fail(name, "must not be empty", "không được để trống.")
        return value

    def flag(self, name: str) -> bool:
        value = self.get(name)
        if not isinstance(value, bool):
            raise self.fail(name, "must be true or false", "phải là true hoặc false.")
        return value

    def number(
        self, name: str, low: Decimal | None = None, high: Decimal | None = None, required: bool = True
    ) -> Decimal:
        return _as_number(self, name, self.get(name, required), low, high)

    def integer(self, name: str, low: int, high: int) -> int:
        value = self.get(name)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(
                name,
                f"must be a whole number from {low} to {high}",
                f"phải là số nguyên từ {low} đến {high}.",
            )
        return value

    def weights(self, name: str, keys: tuple[str, ...], high: Decimal) -> dict[str, Decimal]:
        sub = _Reader(self.file, self.key(name), self.get(name))
        out = {k: sub.number(k, Decimal(0), high) for k in keys}
        sub.finish()
        return out

    def finish(self) -> None:
        unknown = sorted(set(self.table) - self.used)
        if unknown:
            raise self.fail(
                unknown[0],
                "unknown key",
                "khóa không được hỗ trợ (sai chính tả hoặc không có trong định dạng).",
            )


def _as_number(
    reader: _Reader, name: str, value: object, low: Decimal | None, high: Decimal | None
) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | Decimal | str):
        raise reader.fail(name, "must be a number", "phải là một số.")
    try:
        number = Decimal(str(value))
    except ArithmeticError:
        raise reader.fail(name, f"{value!r} is not a number", f"«{value}» không phải là số.") from None
    if not number.is_finite():
        raise reader.fail(name, "must be a finite number", "phải là số hữu hạn.")
    if (low is not None and number < low) or (high is not None and number > high):
        span = f"{low if low is not None else '-∞'}..{high if high is not None else '∞'}"
        raise reader.fail(
            name, f"{number} is outside {span}", f"giá trị {number} nằm ngoài khoảng cho phép {span}."
        )
    return number


def _build(raw: dict[str, Any], file: str, path: str) -> RuleSet:
    top = _Reader(file, "", raw)

    meta = _Reader(file, "ruleset", top.get("ruleset"))
    rs_id = meta.text("id")
    name = meta.text("name")
    version = meta.text("version")
    valid_from = meta.get("valid_from")
    if not isinstance(valid_from, date):
        raise meta.fail(
            "valid_from", "must be a TOML date such as 2025-08-30", "phải là ngày dạng 2025-08-30."
        )
    valid_to = meta.get("valid_to", required=False)
    if valid_to is not None and (not isinstance(valid_to, date) or valid_to < valid_from):
        raise meta.fail(
            "valid_to", "must be a date not before valid_from", "phải là ngày không trước valid_from."
        )
    source = meta.text("source")
    aliases = meta.get("aliases", required=False) or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise meta.fail("aliases", "must be a list of strings", "phải là danh sách chuỗi.")
    notes = meta.text("notes", required=False)
    meta.get("extends", required=False)
    template = meta.get("template", required=False) or False
    if not isinstance(template, bool):
        raise meta.fail("template", "must be true or false", "phải là true hoặc false.")
    meta.finish()

    t = _Reader(file, "target", top.get("target"))
    target = TargetRules(
        tolerance=t.number("tolerance", Decimal(0)),
        tolerance_kind=t.text("tolerance_kind", choices=TOLERANCE_KINDS),
        percent_decimals=t.integer("percent_decimals", 0, 10),
        rounding=t.text("rounding", choices=ROUNDINGS),
        lower_percent_formula=t.text("lower_percent_formula", choices=LOWER_FORMULAS),
        range_beyond_better_end=t.text("range_beyond_better_end", choices=BEYOND_OPTIONS),
        right_direction_for_level_targets=t.flag("right_direction_for_level_targets"),
        multipart_percent=t.text("multipart_percent", choices=MULTIPART_PERCENT),
    )
    t.finish()

    k = _Reader(file, "task", top.get("task"))
    task = TaskRules(
        completed_min_met_share=k.number("completed_min_met_share", Decimal(0), HUNDRED),
        right_direction_counts_as_met=k.flag("right_direction_counts_as_met"),
        clear_min_exceeded_share=k.number("clear_min_exceeded_share", Decimal(0), HUNDRED),
        judgement=k.text("judgement", choices=JUDGEMENT_USE),
    )
    k.finish()

    tl = _Reader(file, "timeliness", top.get("timeliness"))
    timeliness = TimelinessRules(grace_days=tl.integer("grace_days", 0, 366))
    tl.finish()

    pr = _Reader(file, "projection", top.get("projection"))
    projection = ProjectionRules(at_risk_below_percent=pr.number("at_risk_below_percent", Decimal(0)))
    pr.finish()

    p = _Reader(file, "points", top.get("points"))
    p_max = p.number("max", Decimal(0))
    if p_max == 0:
        raise p.fail("max", "must be greater than 0", "phải lớn hơn 0.")
    manual_max = p.number("manual_max", Decimal(0), p_max)
    tasks_weight = p.number("tasks_weight", Decimal(0))
    targets_weight = p.number("targets_weight", Decimal(0))
    if tasks_weight + targets_weight == 0:
        raise p.fail(
            "targets_weight",
            "tasks_weight and targets_weight cannot both be 0",
            "tasks_weight và targets_weight không được cùng bằng 0.",
        )
    points = PointsRules(
        max=p_max,
        manual_max=manual_max,
        tasks_weight=tasks_weight,
        targets_weight=targets_weight,
        task_status=p.weights(
            "task_status", ("completed_clear", "completed", "not_completed", "no_data"), Decimal(1)
        ),
        timeliness=p.weights("timeliness", ("on_time", "late", "not_yet_due", "overdue"), Decimal(1)),
        target_status=p.weights(
            "target_status", ("exceeded", "met", "right_direction", "missed", "no_data"), Decimal(1)
        ),
        main_target_factor=p.number("main_target_factor", Decimal(0)),
    )
    p.finish()

    levels = _levels(file, top.get("levels"), p_max)
    top.finish()
    return RuleSet(
        id=rs_id,
        name=name,
        version=version,
        valid_from=valid_from,
        valid_to=valid_to,
        source=source,
        aliases=tuple(aliases),
        notes=notes,
        template=template,
        path=path,
        target=target,
        task=task,
        timeliness=timeliness,
        projection=projection,
        points=points,
        levels=levels,
    )


def _levels(file: str, raw: object, p_max: Decimal) -> tuple[LevelRule, ...]:
    if raw is None:
        raise RuleSetFileError(
            file, "levels", "missing required key", "thiếu khóa bắt buộc (danh sách [[levels]])."
        )
    if not isinstance(raw, list) or not raw:
        raise RuleSetFileError(
            file, "levels", "must be a non-empty array of tables", "phải là danh sách [[levels]] không rỗng."
        )
    out: list[LevelRule] = []
    last_points: tuple[Decimal, str] | None = None
    for i, item in enumerate(raw):
        r = _Reader(file, f"levels[{i}]", item)
        code = r.text("code")
        label = r.text("label")
        note = r.text("note", required=False)
        when_raw = r.get("when", required=False) or []
        if not isinstance(when_raw, list):
            raise r.fail(
                "when",
                "must be an array of inline tables",
                "phải là danh sách điều kiện { fact, op, value }.",
            )
        conditions = tuple(
            _condition(file, f"levels[{i}].when[{j}]", c, p_max) for j, c in enumerate(when_raw)
        )
        r.finish()
        # Points thresholds must not rise down the list: a lower level cannot ask for more points.
        for c in conditions:
            if c.fact == "points" and c.op in (">=", ">") and isinstance(c.value, Decimal):
                if last_points is not None and c.value > last_points[0]:
                    raise RuleSetFileError(
                        file,
                        f"levels[{i}].when",
                        f"level {code} needs {c.value} points, more than the earlier level {last_points[1]} ({last_points[0]})",
                        f"mức {code} đòi {c.value} điểm, cao hơn mức đứng trước {last_points[1]} ({last_points[0]}); các mức phải xếp từ cao xuống thấp.",
                    )
                last_points = (c.value, code)
        out.append(LevelRule(code=code, label=label, when=conditions, note=note))
    if out[-1].when:
        raise RuleSetFileError(
            file,
            f"levels[{len(out) - 1}].when",
            "the last level must have no conditions so every body gets a level",
            "mức cuối cùng phải không có điều kiện để cơ quan nào cũng được xếp một mức.",
        )
    return tuple(out)


def _condition(file: str, key: str, raw: object, p_max: Decimal) -> Condition:
    r = _Reader(file, key, raw)
    fact = r.text("fact", choices=tuple(FACTS))
    kind = FACTS[fact]
    op = r.text("op", choices=CONDITION_OPS)
    value_raw = r.get("value")
    value: Decimal | bool
    if kind == "bool":
        if not isinstance(value_raw, bool) or op != "=":
            raise r.fail(
                "value",
                f"{fact} is true/false and takes op '='",
                f'{fact} là đúng/sai: dùng op "=" với true hoặc false.',
            )
        value = value_raw
    else:
        high = {"share": HUNDRED, "points": p_max}.get(kind)
        value = _as_number(r, "value", value_raw, Decimal(0), high)
    r.finish()
    return Condition(fact=fact, op=op, value=value)


CHECKS: dict[str, Callable[[Decimal, Decimal], bool]] = {
    ">=": lambda a, b: a >= b,
    ">": lambda a, b: a > b,
    "<=": lambda a, b: a <= b,
    "<": lambda a, b: a < b,
    "=": lambda a, b: a == b,
}
