"""`trongtam assess`: judge targets in batch from JSON lines, list shipped rule sets, check a rule set file.

No database: everything here runs on ``trongtam.core.assessment``.
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import click

from trongtam.core.assessment import (
    Measurement,
    TargetResult,
    TargetSpec,
    assess_target,
    list_rulesets,
    load_ruleset,
    to_decimal,
)
from trongtam.core.assessment.rules import RuleSet, clear_cache
from trongtam.core.errors import TrongtamError

_TARGET_KEYS = {"value", "value_max", "unit", "op", "change", "basis", "direction"}
_LINE_KEYS = {"id", "target", "baseline", "actual", "rules"}


class LineError(Exception):
    """One input line cannot be assessed; the message is Vietnamese and names the problem."""


@click.group(invoke_without_command=True)
@click.option(
    "--batch",
    "batch",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Tệp JSONL đầu vào, mỗi dòng một chỉ tiêu ('-' là đầu vào chuẩn).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True),
    default="-",
    show_default=True,
    help="Tệp JSONL kết quả ('-' là đầu ra chuẩn).",
)
@click.option("--rules", "default_rules", default=None, help="Tập quy tắc cho các dòng không ghi 'rules'.")
@click.pass_context
def assess(ctx: click.Context, batch: str | None, output: str, default_rules: str | None) -> None:
    """Đánh giá chỉ tiêu: `assess --batch VÀO.jsonl [-o RA.jsonl]`, `assess rulesets`, `assess check-ruleset TỆP`."""
    if ctx.invoked_subcommand is not None:
        return
    if batch is None:
        click.echo(ctx.get_help())
        return
    errors = run_batch(batch, output, default_rules)
    if errors:
        click.echo(f"Có {errors} dòng lỗi; các dòng còn lại đã được đánh giá.", err=True)
        sys.exit(1)


def run_batch(batch: str, output: str, default_rules: str | None) -> int:
    """Assess every line of ``batch`` into ``output``; report bad lines on stderr and return their count."""
    errors = 0
    try:
        source = click.open_file(batch, "r", encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"Không mở được tệp đầu vào {batch}: {exc.strerror}") from None
    with source as fin, click.open_file(output, "w", encoding="utf-8") as fout:
        for number, line in enumerate(fin, start=1):
            if not line.strip():
                continue
            try:
                record = assess_line(line, default_rules)
            except LineError as exc:
                errors += 1
                click.echo(f"Dòng {number}: {exc}", err=True)
                continue
            fout.write(json.dumps(record, ensure_ascii=False) + "\n")
    return errors


def assess_line(line: str, default_rules: str | None = None) -> dict[str, Any]:
    """One JSON line in, one ``{"id", "status", "percent"}`` dict out; raises LineError on bad input."""
    try:
        data = json.loads(line, parse_float=Decimal, parse_constant=_reject_constant)
    except (json.JSONDecodeError, ValueError) as exc:
        raise LineError(f"không phải JSON hợp lệ ({exc})") from None
    if not isinstance(data, dict):
        raise LineError("mỗi dòng phải là một đối tượng JSON {…}")
    unknown = sorted(set(data) - _LINE_KEYS)
    if unknown:
        raise LineError(f"khóa không được hỗ trợ: {', '.join(unknown)}")
    if "id" not in data:
        raise LineError("thiếu khóa «id»")
    try:
        rules = _rules(data.get("rules"), default_rules)
        spec = _spec(data.get("target"))
        actual = _measurement(data.get("actual"), "actual")
        baseline = _measurement(data.get("baseline"), "baseline")
        result = assess_target(spec, actual, baseline, rules)
    except TrongtamError as exc:
        raise LineError(f"chỉ tiêu «{data['id']}»: {exc.message_vi}") from None
    return {"id": data["id"], "status": result.status, "percent": _json_number(result)}


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} không phải là số hợp lệ")


def _rules(name: object, default_rules: str | None) -> RuleSet:
    if name is None:
        return load_ruleset(default_rules)
    if not isinstance(name, str):
        raise LineError("«rules» phải là tên một tập quy tắc")
    return load_ruleset(name)


def _spec(raw: object) -> TargetSpec:
    if not isinstance(raw, dict):
        raise LineError("thiếu «target» hoặc «target» không phải đối tượng JSON")
    unknown = sorted(set(raw) - _TARGET_KEYS)
    if unknown:
        raise LineError(f"target có khóa không được hỗ trợ: {', '.join(unknown)}")
    if raw.get("value") is None:
        raise LineError("target.value là bắt buộc")
    direction: Any = raw.get("direction") or "higher"
    op = raw.get("op")
    if op is None:
        raise LineError("target.op là bắt buộc (>=, >, <=, <, =, ~, range)")
    unit = raw.get("unit") or ""
    if not isinstance(unit, str):
        raise LineError("target.unit phải là chuỗi")
    value_max = raw.get("value_max")
    return TargetSpec(
        value=to_decimal(raw["value"], "target.value"),
        op=op,
        unit=unit,
        value_max=None if value_max is None else to_decimal(value_max, "target.value_max"),
        change=raw.get("change"),
        basis=raw.get("basis"),
        direction=direction,
    )


def _measurement(raw: object, field: str) -> Measurement | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise LineError(f'«{field}» phải là đối tượng JSON {{"value": …}} hoặc null')
    unknown = sorted(set(raw) - {"value", "unit"})
    if unknown:
        raise LineError(f"{field} có khóa không được hỗ trợ: {', '.join(unknown)}")
    if raw.get("value") is None:
        return None
    unit = raw.get("unit") or ""
    if not isinstance(unit, str):
        raise LineError(f"{field}.unit phải là chuỗi")
    return Measurement(to_decimal(raw["value"], f"{field}.value"), unit)


def _json_number(result: TargetResult) -> int | float | None:
    """Percent as a JSON number; it has at most a few decimals, which floats print exactly."""
    p = result.percent
    if p is None:
        return None
    return int(p) if p == p.to_integral_value() else float(p)


@assess.command("rulesets")
def rulesets_command() -> None:
    """Liệt kê các tập quy tắc có sẵn."""
    try:
        infos = list_rulesets()
    except TrongtamError as exc:
        raise click.ClickException(exc.message_vi) from None
    for info in infos:
        until = f" đến {info.valid_to:%d/%m/%Y}" if info.valid_to else ""
        mark = " [mẫu]" if info.template else ""
        click.echo(
            f"{info.id}\t{info.name} — phiên bản {info.version}, hiệu lực từ {info.valid_from:%d/%m/%Y}{until}{mark}"
        )


@assess.command("check-ruleset")
@click.argument("file", type=click.Path(dir_okay=False))
def check_ruleset(file: str) -> None:
    """Kiểm tra một tệp tập quy tắc (.toml) và báo lỗi rõ ràng nếu có."""
    if not Path(file).is_file():
        raise click.ClickException(f"Không tìm thấy tệp {file}.")
    clear_cache()
    try:
        rs = load_ruleset(str(Path(file).resolve()))
    except TrongtamError as exc:
        click.echo(f"Lỗi: {exc.message_vi}", err=True)
        sys.exit(1)
    levels = ", ".join(dict.fromkeys(level.code for level in rs.levels))
    click.echo(f"Hợp lệ: {rs.name} (mã {rs.id}, phiên bản {rs.version}); các mức: {levels}.")
