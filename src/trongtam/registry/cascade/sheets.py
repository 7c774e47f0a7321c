"""The hand-down by spreadsheet: download the communes' sheet, a dry run with a per-cell diff, then confirm.

The dry run stores nothing; confirming passes the same rows to ``services.hand_down_save``, which checks
them again and saves all rows or none. A big sheet's dry run, and the confirmed hand-down of many communes,
run as background jobs (``*_start``; thresholds ``JOB_BYTES``, ``JOB_ROWS``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.contrib.auth.models import AbstractBaseUser
from django.core import signing

from trongtam.core.errors import TrongtamError
from trongtam.core.numbers import format_number, read_number
from trongtam.core.rendering.shares_xlsx import HEADERS, shares_sheet_build, shares_sheet_parse
from trongtam.core.rendering.xlsx import CellChange
from trongtam.registry import policy
from trongtam.registry.cycles.models import Target

from .models import ShareKind
from .selectors import hand_down_table
from .services import CascadeError, ShareInput, shares_parse

if TYPE_CHECKING:
    from trongtam.registry.jobs.models import Job

SIGNING_SALT = "trongtam.cascade.sheet"
TOKEN_MAX_AGE = 3600

# Past these a sheet's dry run (file size, as for the progress form) or its confirmed hand-down (communes)
# runs as a background job with a progress bar; below them the page answers at once. The cost is in the
# communes, not the bytes (bench/bench_hand_down_sheet.py): the first hand-down opens each commune's cycle,
# target and periods, 74 ms a commune (65 communes 4,8 s; 166, the largest province, 12,6 s), so 12
# communes cost what 500 progress rows do (about a second). A filled sheet of 166 communes is 10 KB and its
# dry run, which writes nothing, takes about 2 s: it stays in the request, and only a sheet carrying
# pictures or heavy formatting passes the byte threshold.
JOB_BYTES = 100 * 1024
JOB_ROWS = 12


@dataclass
class SheetPreview:
    """What confirming would change (cell by cell) and what must be fixed first (nothing is saved)."""

    rows: list[ShareInput] = field(default_factory=list)
    changes: list[CellChange] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.rows)


def _shown(value: object) -> str:
    if value is None:
        return ""
    return format_number(value) if not isinstance(value, str) else value  # type: ignore[arg-type]


def _typed(text: str) -> str:
    try:
        return format_number(read_number(text)) if text else ""
    except (ValueError, ArithmeticError):
        return text


def shares_sheet(*, target: Target) -> bytes:
    """The pre-filled sheet of every commune of the province with its current share of ``target``."""
    _, rows = hand_down_table(target=target)
    return shares_sheet_build(
        f"Giao chỉ tiêu «{target.indicator}» cho các xã, phường",
        [
            (
                r.commune.id,
                r.commune.name,
                r.share.value if r.share and r.share.kind == ShareKind.VALUE else None,
                bool(r.share and r.share.kind == ShareKind.SAME),
                r.share.base if r.share else None,
            )
            for r in rows
        ],
    )


def shares_sheet_preview(*, target: Target, method: str, data: bytes) -> SheetPreview:
    """The dry run of an uploaded sheet: per-cell changes against today's shares, and every row's problem."""
    preview = SheetPreview()
    try:
        rows, row_errors = shares_sheet_parse(data)
    except TrongtamError as exc:
        preview.errors.append(exc.message_vi)
        return preview
    preview.errors += [f"Dòng {e.row_number}: {e.message_vi}" for e in row_errors]
    _, table = hand_down_table(target=target)
    current = {r.commune.id: r.share for r in table}
    for row in rows:
        item = ShareInput(commune_id=row.commune_id, value=row.value, base=row.base, same=row.same)
        if not row.value and not row.same:
            continue  # an empty row assigns nothing (and does not take a share away)
        try:
            shares_parse(target=target, method=method, rows=[item])
        except CascadeError as exc:
            preview.errors.append(f"Dòng {row.row_number}: {exc.message_vi}")
            continue
        preview.rows.append(item)
        share = current.get(row.commune_id)
        old_value = share.value if share and share.kind == ShareKind.VALUE else None
        pairs = (
            (HEADERS[2], _shown(old_value), _typed(row.value)),
            (HEADERS[3], "x" if share and share.kind == ShareKind.SAME else "", "x" if row.same else ""),
            (HEADERS[4], _shown(share.base if share else None), _typed(row.base)),
        )
        for column, old, new in pairs:
            if old != new:
                preview.changes.append(
                    CellChange(row.row_number, row.name or str(row.commune_id), column, old, new)
                )
    if not preview.errors and preview.rows:
        try:
            shares_parse(target=target, method=method, rows=preview.rows)
        except CascadeError as exc:
            preview.errors.append(exc.message_vi)
    return preview


def _text(value: object) -> str:
    # A number already read goes back to the Vietnamese text the reader takes (never "12.5", read as 125).
    return value if isinstance(value, str) else format_number(value)  # type: ignore[arg-type]


def sheet_token(*, target: Target, method: str, base_label: str, rows: list[ShareInput]) -> str:
    """The dry run's rows, signed: what the confirmation posts back (valid for ``TOKEN_MAX_AGE`` seconds)."""
    payload = {
        "t": target.id,
        "m": method,
        "b": base_label,
        "r": [[r.commune_id, _text(r.value), _text(r.base), r.same] for r in rows],
    }
    return signing.dumps(payload, salt=SIGNING_SALT, compress=True)


def sheet_token_read(token: str) -> dict[str, Any]:
    """The payload of a dry run's token; ``signing.BadSignature`` when it expired or was altered."""
    payload: dict[str, Any] = signing.loads(token, salt=SIGNING_SALT, max_age=TOKEN_MAX_AGE)
    return payload


def token_rows(payload: dict[str, Any]) -> list[ShareInput]:
    """The rows a dry run's token carries."""
    return [ShareInput(commune_id=int(c), value=v, base=b, same=bool(s)) for c, v, b, s in payload["r"]]


def shares_sheet_checked(*, target: Target, method: str, base_label: str, data: bytes) -> dict[str, Any]:
    """The dry run as a background job keeps it (JSON): rows, changes, errors and the confirmation token."""
    preview = shares_sheet_preview(target=target, method=method, data=data)
    return {
        "rows": [[r.commune_id, _text(r.value), _text(r.base), r.same] for r in preview.rows],
        "changes": [[c.row_number, c.id, c.column, c.old, c.new] for c in preview.changes],
        "errors": list(preview.errors),
        "token": sheet_token(target=target, method=method, base_label=base_label, rows=preview.rows)
        if preview.ok
        else "",
    }


def preview_of_checked(checked: dict[str, Any]) -> SheetPreview:
    """The ``SheetPreview`` a dry-run job kept with ``shares_sheet_checked``, for the page that shows it."""
    return SheetPreview(
        rows=[ShareInput(commune_id=int(c), value=v, base=b, same=bool(s)) for c, v, b, s in checked["rows"]],
        changes=[
            CellChange(int(n), str(i), str(col), str(o), str(w)) for n, i, col, o, w in checked["changes"]
        ],
        errors=list(checked["errors"]),
    )


def hand_down_check_start(
    *, target: Target, method: str, base_label: str, name: str, data: bytes, user: AbstractBaseUser
) -> Job:
    """Queue the dry run of a big sheet as a background job; its result is the dry run to confirm."""
    from trongtam.registry.jobs.models import Job
    from trongtam.registry.jobs.services import job_create

    cycle = target.key_task.cycle
    policy.require(user, "cascade.hand_down", cycle, "Chỉ văn phòng của tỉnh được giao chỉ tiêu cho các xã.")
    return job_create(
        user=user,
        kind=Job.Kind.HAND_DOWN_CHECK,
        title=f"Kiểm tra bảng giao chỉ tiêu «{target.indicator}» ({name})",
        params={
            "cycle_id": cycle.id,
            "target_id": target.id,
            "method": method,
            "base_label": base_label,
            "filename": name,
        },
        input_name="giao-chi-tieu.xlsx",
        input_data=data,
    )


def hand_down_import_start(*, target: Target, token: str, user: AbstractBaseUser) -> Job:
    """Queue the confirmed hand-down of a checked sheet as a background job (all communes or none).

    One dry run is confirmed once: a repeated or parallel click with the same token answers the same job.
    """
    from trongtam.registry.jobs.models import Job
    from trongtam.registry.jobs.services import job_create

    cycle = target.key_task.cycle
    policy.require(user, "cascade.hand_down", cycle, "Chỉ văn phòng của tỉnh được giao chỉ tiêu cho các xã.")
    payload = sheet_token_read(token)
    rows = payload["r"]
    return job_create(
        user=user,
        kind=Job.Kind.HAND_DOWN_IMPORT,
        title=f"Giao chỉ tiêu «{target.indicator}» cho {len(rows)} xã",
        params={
            "cycle_id": cycle.id,
            "target_id": target.id,
            "method": payload["m"],
            "base_label": payload["b"],
            "rows": rows,
        },
        request_key="sheet:" + hashlib.sha256(token.encode()).hexdigest()[:40],
    )
