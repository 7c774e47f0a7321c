"""`trongtam assess`: the batch over JSON lines (replaying the core's table), rule set listing and checking."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from trongtam.cli.main import cli

TABLE = Path(__file__).parents[1] / "core" / "assessment" / "target_table.jsonl"
RULESETS = Path(__file__).parents[2] / "src" / "trongtam" / "core" / "assessment" / "rulesets"


def _run(args: list[str], stdin: str | None = None) -> Any:
    return CliRunner().invoke(cli, args, input=stdin, catch_exceptions=False)


def test_the_batch_reproduces_the_whole_table(tmp_path: Path) -> None:
    cases = [json.loads(line) for line in TABLE.read_text(encoding="utf-8").splitlines() if line]
    infile = tmp_path / "in.jsonl"
    infile.write_text(
        "".join(
            json.dumps({k: v for k, v in c.items() if k not in ("expect", "why")}, ensure_ascii=False) + "\n"
            for c in cases
        ),
        encoding="utf-8",
    )
    outfile = tmp_path / "out.jsonl"
    result = _run(["assess", "--batch", str(infile), "-o", str(outfile)])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in outfile.read_text(encoding="utf-8").splitlines()]
    assert [o["id"] for o in out] == [c["id"] for c in cases]
    for case, got in zip(cases, out, strict=True):
        assert set(got) == {"id", "status", "percent"}
        assert got["status"] == case["expect"]["status"], case["id"]
        expected = case["expect"]["percent"]
        if expected is None:
            assert got["percent"] is None, case["id"]
        else:
            assert isinstance(got["percent"], int | float), case["id"]
            assert Decimal(str(got["percent"])) == Decimal(str(expected)), case["id"]


def test_the_batch_reads_stdin_and_writes_stdout_with_numbers_not_strings() -> None:
    line = {
        "id": 7,
        "target": {"value": 90, "unit": "%", "op": ">=", "direction": "higher"},
        "actual": {"value": 92.5},
    }
    result = _run(["assess", "--batch", "-"], json.dumps(line) + "\n")
    assert result.exit_code == 0
    assert result.output.strip() == '{"id": 7, "status": "exceeded", "percent": 102.78}'


def test_absent_optional_keys_default_sensibly() -> None:
    line = '{"id": "x", "target": {"value": 3, "op": ">="}, "actual": {"value": 3}}\n'
    result = _run(["assess", "--batch", "-"], line)
    assert json.loads(result.output) == {"id": "x", "status": "met", "percent": 100}


def test_a_rule_set_can_be_named_per_line_or_for_the_whole_batch(tmp_path: Path) -> None:
    custom = tmp_path / "tinh.toml"
    custom.write_text(
        '[ruleset]\nid = "tinh"\nextends = "default"\nname = "Tỉnh"\nversion = "1"\nvalid_from = 2024-01-01\n'
        'source = "x"\n[target]\nlower_percent_formula = "reduction"\n',
        encoding="utf-8",
    )
    target = {"value": 0.4, "unit": "%", "op": "<=", "direction": "lower"}
    lines = [
        {"id": "a", "target": target, "actual": {"value": 0.11}},
        {"id": "b", "target": target, "actual": {"value": 0.11}, "rules": str(custom)},
    ]
    stdin = "".join(json.dumps(x) + "\n" for x in lines)
    out = [json.loads(x) for x in _run(["assess", "--batch", "-"], stdin).output.splitlines()]
    assert [o["percent"] for o in out] == [172.5, 72.5]
    whole = [
        json.loads(x)
        for x in _run(["assess", "--rules", str(custom), "--batch", "-"], stdin).output.splitlines()
    ]
    assert [o["percent"] for o in whole] == [72.5, 72.5]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "không phải JSON hợp lệ"),
        ("[1, 2]", "đối tượng JSON"),
        ('{"target": {"value": 1, "op": ">="}}', "thiếu khóa «id»"),
        ('{"id": 1, "target": {"value": 1, "op": "≥"}}', "Trường op"),
        ('{"id": 1, "target": {"value": "nhiều", "op": ">="}}', "không phải là số"),
        ('{"id": 1, "target": {"value": NaN, "op": ">="}}', "không phải JSON hợp lệ"),
        ('{"id": 1, "target": {"value": 1, "op": "range"}}', "value_max"),
        ('{"id": 1, "target": {"value": 1, "op": ">=", "colour": "red"}}', "colour"),
        ('{"id": 1, "target": {"value": 1, "op": ">="}, "rules": "450-QĐ/TU"}', "không có tập quy tắc"),
        (
            '{"id": 1, "target": {"value": 1, "op": ">=", "unit": "%"}, "actual": {"value": 2, "unit": "hộ"}}',
            "đơn vị",
        ),
        ('{"id": 1, "target": {"value": 1, "op": ">=", "direction": "up"}}', "Trường direction"),
        ('{"id": 1, "target": {"value": 1}}', "target.op là bắt buộc"),
    ],
)
def test_a_bad_line_gives_one_clear_error_naming_its_number(line: str, message: str) -> None:
    good = '{"id": "ok", "target": {"value": 1, "op": ">="}, "actual": {"value": 1}}'
    result = CliRunner().invoke(cli, ["assess", "--batch", "-"], input=f"{good}\n{line}\n{good}\n")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    errors = [x for x in result.output.splitlines() if x.startswith("Dòng ")]
    assert len(errors) == 1 and errors[0].startswith("Dòng 2: "), result.output
    assert message in errors[0]
    assert result.output.count('"status": "met"') == 2  # the good lines were still assessed


def test_a_missing_input_file_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["assess", "--batch", str(tmp_path / "none.jsonl")])
    assert result.exit_code != 0
    assert "Không mở được tệp" in result.output


def test_assess_without_arguments_shows_help() -> None:
    result = _run(["assess"])
    assert result.exit_code == 0 and "--batch" in result.output


def test_rulesets_lists_the_shipped_rule_sets() -> None:
    result = _run(["assess", "rulesets"])
    assert result.exit_code == 0
    assert "qd366-2025\tQuy định 366-QĐ/TW (2025)" in result.output
    assert "qd124-2023\tQuy định 124-QĐ/TW (2023)" in result.output
    assert "[mẫu]" in result.output


def test_check_ruleset_accepts_the_template() -> None:
    result = _run(["assess", "check-ruleset", str(RULESETS / "mau-quy-dinh-tinh.toml")])
    assert result.exit_code == 0
    assert result.output.startswith("Hợp lệ: Mẫu quy định của tỉnh")


def test_check_ruleset_names_the_file_key_and_problem(tmp_path: Path) -> None:
    bad = tmp_path / "tinh.toml"
    bad.write_text(
        (RULESETS / "mau-quy-dinh-tinh.toml")
        .read_text(encoding="utf-8")
        .replace("tolerance = 5", "tolerance = -5"),
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["assess", "check-ruleset", str(bad)])
    assert result.exit_code == 1
    assert "tinh.toml" in result.output and "target.tolerance" in result.output
    assert "Traceback" not in result.output
