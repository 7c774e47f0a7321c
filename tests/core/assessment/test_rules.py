"""Rule sets load by id, alias, name or path, follow ``extends``, and fail with errors naming file, key and problem."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from trongtam.core.assessment import (
    Measurement,
    RuleSetFileError,
    TargetSpec,
    assess_target,
    list_rulesets,
    load_ruleset,
)
from trongtam.core.assessment.rules import RULESETS_DIR
from trongtam.core.errors import RuleSetError

DEFAULT_TEXT = (RULESETS_DIR / "default.toml").read_text(encoding="utf-8")


def _write(tmp_path: Path, text: str, name: str = "tinh.toml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _child(tmp_path: Path, body: str, extends: str = "default") -> str:
    head = (
        f'[ruleset]\nid = "tinh-thu"\nextends = "{extends}"\nname = "Tỉnh thử"\nversion = "1"\n'
        'valid_from = 2024-01-01\nsource = "Quy định thử"\n'
    )
    return _write(tmp_path, head + body)


def test_every_shipped_rule_set_loads_and_is_listed() -> None:
    ids = {info.id for info in list_rulesets()}
    assert {"default", "qd366-2025", "qd124-2023", "mau-quy-dinh-tinh"} <= ids
    assert [i.template for i in list_rulesets() if i.id == "mau-quy-dinh-tinh"] == [True]


@pytest.mark.parametrize(
    "name", ["qd366-2025", "366", "366-QĐ/TW", "Quy định 366-QĐ/TW (2025)", "quy định 366-qđ/tw (2025)"]
)
def test_366_loads_by_id_alias_or_name(name: str) -> None:
    rs = load_ruleset(name)
    assert rs.id == "qd366-2025"
    assert rs.points.max == 100
    assert [lv.code for lv in rs.levels] == ["HTXS", "HTT", "HT", "KHT"]


def test_no_name_means_the_default_rule_set() -> None:
    assert load_ruleset().id == "default"
    assert load_ruleset(None).target.tolerance == 5


def test_124_is_valid_until_366_starts() -> None:
    rs124, rs366 = load_ruleset("124"), load_ruleset("366")
    assert rs124.applies_on(date(2024, 12, 31)) and not rs124.applies_on(date(2025, 9, 1))
    assert rs366.applies_on(date(2025, 9, 1)) and not rs366.applies_on(date(2024, 12, 31))


def test_a_child_inherits_tables_and_overrides_keys(tmp_path: Path) -> None:
    rs = load_ruleset(_child(tmp_path, "[target]\ntolerance = 10\n"))
    assert rs.id == "tinh-thu"
    assert rs.target.tolerance == 10
    assert rs.target.lower_percent_formula == "complement"
    assert [lv.code for lv in rs.levels] == ["HTXS", "HTT", "HT", "KHT"]


def test_decimals_in_toml_are_exact(tmp_path: Path) -> None:
    rs = load_ruleset(_child(tmp_path, "[target]\ntolerance = 0.1\n"))
    assert rs.target.tolerance == Decimal("0.1")


def test_an_absolute_tolerance_is_in_the_targets_unit(tmp_path: Path) -> None:
    rs = load_ruleset(_child(tmp_path, '[target]\ntolerance = 2\ntolerance_kind = "absolute"\n'))
    spec = TargetSpec(value=Decimal(100), op="~", unit="ha")
    assert assess_target(spec, Measurement(Decimal(98), "ha"), rules=rs).status == "met"
    assert assess_target(spec, Measurement(Decimal("97.9"), "ha"), rules=rs).status == "missed"


@pytest.mark.parametrize(
    ("formula", "percent"),
    [("complement", Decimal("172.50")), ("inverse", Decimal("363.64")), ("reduction", Decimal("72.50"))],
)
def test_the_lower_is_better_percent_formula_is_configurable(
    tmp_path: Path, formula: str, percent: Decimal
) -> None:
    rs = load_ruleset(_child(tmp_path, f'[target]\nlower_percent_formula = "{formula}"\n'))
    spec = TargetSpec(value=Decimal("0.4"), op="<=", unit="%", direction="lower")
    assert assess_target(spec, Measurement(Decimal("0.11"), "%"), rules=rs).percent == percent


def test_rounding_and_decimals_are_configurable(tmp_path: Path) -> None:
    rs = load_ruleset(_child(tmp_path, '[target]\npercent_decimals = 0\nrounding = "ROUND_DOWN"\n'))
    spec = TargetSpec(value=Decimal(90))
    assert assess_target(spec, Measurement(Decimal("92.5")), rules=rs).percent == Decimal(102)


def test_beyond_the_range_can_be_configured_as_missed(tmp_path: Path) -> None:
    rs = load_ruleset(_child(tmp_path, '[target]\nrange_beyond_better_end = "missed"\n'))
    spec = TargetSpec(value=Decimal(7), value_max=Decimal("7.5"), op="range")
    assert assess_target(spec, Measurement(Decimal(8)), rules=rs).status == "missed"


def test_right_direction_for_level_targets_can_be_switched_on(tmp_path: Path) -> None:
    rs = load_ruleset(_child(tmp_path, "[target]\nright_direction_for_level_targets = true\n"))
    spec = TargetSpec(value=Decimal(90))
    improved = assess_target(spec, Measurement(Decimal(85)), Measurement(Decimal(80)), rs)
    assert improved.status == "right_direction"
    assert assess_target(spec, Measurement(Decimal(85)), Measurement(Decimal(80))).status == "missed"


# --------------------------------------------------------------------------- validation errors


def _error(path: str) -> RuleSetFileError:
    with pytest.raises(RuleSetFileError) as info:
        load_ruleset(path)
    return info.value


def test_an_unknown_key_is_named(tmp_path: Path) -> None:
    err = _error(_child(tmp_path, "[target]\ntolerence = 5\n"))
    assert err.key == "target.tolerence"
    assert err.file == "tinh.toml"
    assert "tinh.toml" in err.message_vi and "target.tolerence" in err.message_vi
    assert "không được hỗ trợ" in err.message_vi


def test_an_unknown_top_level_table_is_named(tmp_path: Path) -> None:
    assert _error(_child(tmp_path, "[extras]\na = 1\n")).key == "extras"


def test_a_missing_key_is_named(tmp_path: Path) -> None:
    text = DEFAULT_TEXT.replace("percent_decimals = 2\n", "")
    err = _error(_write(tmp_path, text))
    assert err.key == "target.percent_decimals"
    assert "thiếu khóa bắt buộc" in err.message_vi


def test_missing_metadata_is_named(tmp_path: Path) -> None:
    text = DEFAULT_TEXT.replace('version = "2026.1"\n', "")
    assert _error(_write(tmp_path, text)).key == "ruleset.version"


def test_a_missing_levels_list_is_an_error(tmp_path: Path) -> None:
    text = DEFAULT_TEXT[: DEFAULT_TEXT.index("[[levels]]")]
    assert _error(_write(tmp_path, text)).key == "levels"


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ("[target]\ntolerance = -1\n", "target.tolerance"),
        ('[target]\ntolerance = "nhiều"\n', "target.tolerance"),
        ('[target]\nlower_percent_formula = "magic"\n', "target.lower_percent_formula"),
        ('[target]\nrounding = "ROUND_NEAREST"\n', "target.rounding"),
        ("[target]\npercent_decimals = 2.5\n", "target.percent_decimals"),
        ("[task]\ncompleted_min_met_share = 120\n", "task.completed_min_met_share"),
        ('[task]\nright_direction_counts_as_met = "yes"\n', "task.right_direction_counts_as_met"),
        ("[points]\nmanual_max = 150\n", "points.manual_max"),
        ("[points.task_status]\ncompleted = 2\n", "points.task_status.completed"),
        ("[timeliness]\ngrace_days = -3\n", "timeliness.grace_days"),
    ],
)
def test_bad_values_are_named(tmp_path: Path, body: str, key: str) -> None:
    assert _error(_child(tmp_path, body)).key == key


LEVELS = """
[[levels]]
code = "HTXS"
label = "Hoàn thành xuất sắc nhiệm vụ"
when = [{{ fact = "points", op = ">=", value = {top} }}]

[[levels]]
code = "HTT"
label = "Hoàn thành tốt nhiệm vụ"
when = [{{ fact = "{fact}", op = "{op}", value = {second} }}]

[[levels]]
code = "KHT"
label = "Không hoàn thành nhiệm vụ"
"""


def test_level_points_must_not_rise_down_the_list(tmp_path: Path) -> None:
    err = _error(_child(tmp_path, LEVELS.format(top=70, fact="points", op=">=", second=90)))
    assert err.key == "levels[1].when"
    assert "HTT" in err.message_vi


def test_a_points_threshold_above_the_maximum_is_rejected(tmp_path: Path) -> None:
    err = _error(_child(tmp_path, LEVELS.format(top=120, fact="points", op=">=", second=90)))
    assert err.key == "levels[0].when[0].value"


def test_a_share_threshold_above_100_is_rejected(tmp_path: Path) -> None:
    err = _error(_child(tmp_path, LEVELS.format(top=90, fact="tasks_on_time_share", op=">=", second=130)))
    assert err.key == "levels[1].when[0].value"


def test_an_unknown_fact_is_rejected(tmp_path: Path) -> None:
    err = _error(_child(tmp_path, LEVELS.format(top=90, fact="happiness", op=">=", second=1)))
    assert err.key == "levels[1].when[0].fact"


def test_an_unknown_condition_op_is_rejected(tmp_path: Path) -> None:
    err = _error(_child(tmp_path, LEVELS.format(top=90, fact="points", op="=>", second=70)))
    assert err.key == "levels[1].when[0].op"


def test_a_boolean_fact_needs_a_boolean(tmp_path: Path) -> None:
    err = _error(_child(tmp_path, LEVELS.format(top=90, fact="disciplined", op="=", second=1)))
    assert err.key == "levels[1].when[0].value"


def test_the_last_level_must_be_unconditional(tmp_path: Path) -> None:
    text = LEVELS.format(top=90, fact="points", op=">=", second=70).replace(
        'label = "Không hoàn thành nhiệm vụ"',
        'label = "Không hoàn thành nhiệm vụ"\nwhen = [{ fact = "points", op = "<", value = 50 }]',
    )
    err = _error(_child(tmp_path, text))
    assert err.key == "levels[2].when"


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    err = _error(_write(tmp_path, "[ruleset\nid = 1"))
    assert err.file == "tinh.toml" and "TOML" in err.message_vi


def test_an_unknown_name_lists_the_known_ones() -> None:
    with pytest.raises(RuleSetError) as info:
        load_ruleset("450-QĐ/TU")
    assert "qd366-2025" in info.value.message_vi


def test_circular_extends_is_an_error(tmp_path: Path) -> None:
    a = '[ruleset]\nid = "a"\nextends = "b.toml"\nname = "A"\nversion = "1"\nvalid_from = 2024-01-01\nsource = "x"\n'
    b = '[ruleset]\nid = "b"\nextends = "a.toml"\nname = "B"\nversion = "1"\nvalid_from = 2024-01-01\nsource = "x"\n'
    _write(tmp_path, b, "b.toml")
    err = _error(_write(tmp_path, a, "a.toml"))
    assert err.key == "ruleset.extends"


def test_valid_to_before_valid_from_is_rejected(tmp_path: Path) -> None:
    text = DEFAULT_TEXT.replace(
        "valid_from = 2025-08-30\n", "valid_from = 2025-08-30\nvalid_to = 2024-01-01\n"
    )
    assert _error(_write(tmp_path, text)).key == "ruleset.valid_to"


def test_docs_describe_every_key_and_fact() -> None:
    import tomllib

    from trongtam.core.assessment.rules import FACTS

    docs = (Path(__file__).parents[3] / "docs" / "rulesets.md").read_text(encoding="utf-8")
    template = tomllib.loads((RULESETS_DIR / "mau-quy-dinh-tinh.toml").read_text(encoding="utf-8"))
    keys: set[str] = {"extends", "valid_to"}
    for table in template.values():
        if isinstance(table, dict):
            for key, value in table.items():
                keys.add(key)
                if isinstance(value, dict):
                    keys.update(value)
    undocumented = sorted(k for k in keys | set(FACTS) if f"`{k}`" not in docs)
    assert not undocumented


def test_an_overshoot_configured_as_missed_is_not_right_direction(tmp_path: Path) -> None:
    rs = load_ruleset(_child(tmp_path, '[target]\nrange_beyond_better_end = "missed"\n'))
    spec = TargetSpec(
        value=Decimal(5), value_max=Decimal(7), op="range", unit="%", change="increase", basis="points"
    )
    assert assess_target(spec, Measurement(Decimal(18)), Measurement(Decimal(10)), rs).status == "missed"
    assert (
        assess_target(spec, Measurement(Decimal(12)), Measurement(Decimal(10)), rs).status
        == "right_direction"
    )
