"""Batch extraction: JSONL passages in, JSONL targets out (the format the evaluation scorer reads).

Input lines: ``{"id": ..., "text": ..., "kind": "plan"|"report"}`` (``kind`` optional, default plan).
Output lines: ``{"id": ..., "targets": [{indicator, value, value_max, unit, op, change, ref, role,
period, start, end}, ...]}`` with numbers as JSON numbers.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from trongtam.core.errors import ExtractionError
from trongtam.core.extraction.targets import find_targets
from trongtam.core.letter import Kind, Target, _jsonable

__all__ = ["FIELDS", "extract_batch", "target_record"]

FIELDS = ("indicator", "value", "value_max", "unit", "op", "change", "ref", "role", "period", "start", "end")


def target_record(t: Target) -> dict[str, Any]:
    """The scorer's view of one target: exactly :data:`FIELDS`, Decimals as JSON numbers."""
    return {f: _jsonable(getattr(t, f)) for f in FIELDS}


def extract_batch(lines: Iterable[str]) -> Iterator[str]:
    """Read JSONL passages and yield one JSONL line of targets per passage (blank lines skipped)."""
    for n, line in enumerate(lines, start=1):
        line = line.strip()
        if not line:
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ExtractionError(
                f"line {n}: not JSON ({exc.msg})", message_vi=f"Dòng {n}: không phải JSON hợp lệ ({exc.msg})."
            ) from exc
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            raise ExtractionError(
                f"line {n}: expected an object with a text field",
                message_vi=f"Dòng {n}: cần một đối tượng có trường text.",
            )
        kind: Kind = "report" if rec.get("kind") == "report" else "plan"
        targets = find_targets(rec["text"], kind=kind)
        yield json.dumps(
            {"id": rec.get("id"), "targets": [target_record(t) for t in targets]}, ensure_ascii=False
        )
