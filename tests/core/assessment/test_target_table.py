"""The table test of target assessment: every comparator, direction, range, tolerance, change basis and missing data.

The cases live in ``target_table.jsonl`` in the very format ``trongtam assess --batch`` reads (plus
``expect`` and ``why``), so the CLI test replays the same table.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from trongtam.core.assessment import Measurement, TargetSpec, assess_target, load_ruleset

TABLE = Path(__file__).with_name("target_table.jsonl")
CASES: list[dict[str, Any]] = [
    json.loads(line, parse_float=Decimal) for line in TABLE.read_text(encoding="utf-8").splitlines() if line
]


def _spec(t: dict[str, Any]) -> TargetSpec:
    return TargetSpec(
        value=Decimal(t["value"]),
        op=t["op"],
        unit=t["unit"] or "",
        value_max=None if t["value_max"] is None else Decimal(t["value_max"]),
        change=t["change"],
        basis=t["basis"],
        direction=t["direction"],
    )


def _measurement(m: dict[str, Any] | None) -> Measurement | None:
    if m is None or m.get("value") is None:
        return None
    return Measurement(Decimal(m["value"]), m.get("unit") or "")


def test_the_table_has_at_least_60_cases_with_unique_ids() -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) >= 60
    assert len(set(ids)) == len(ids)


def test_the_table_covers_every_comparator_direction_and_basis() -> None:
    targets = [c["target"] for c in CASES]
    assert {t["op"] for t in targets} == {">=", ">", "<=", "<", "=", "~", "range"}
    assert {t["direction"] for t in targets} == {"higher", "lower", "exact"}
    assert {t["basis"] for t in targets if t["change"]} == {"points", "relative", None}
    assert {c["expect"]["status"] for c in CASES} == {
        "exceeded",
        "met",
        "right_direction",
        "missed",
        "no_data",
    }


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_target_status_and_percent(case: dict[str, Any]) -> None:
    rules = load_ruleset(case.get("rules"))
    result = assess_target(
        _spec(case["target"]), _measurement(case["actual"]), _measurement(case["baseline"]), rules
    )
    expected = case["expect"]
    assert result.status == expected["status"], case["why"]
    if expected["percent"] is None:
        assert result.percent is None, case["why"]
    else:
        assert result.percent == Decimal(expected["percent"]), case["why"]
