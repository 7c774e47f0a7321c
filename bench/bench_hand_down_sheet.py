"""The hand-down spreadsheet of one province target to every commune: dry run and confirmed import.

    .venv/bin/python bench/bench_hand_down_sheet.py [COMMUNES]

Builds a throw-away database in a temporary data folder (SQLite unless DATABASE_URL says otherwise) with the
hand-down sample (Lạng Sơn, three communes) and COMMUNES - 3 more communes (default 65 in all, Lạng Sơn's
count since 01/7/2025; 166 is Thanh Hóa's, the most), fills the downloaded sheet with a share for every
commune, then times the file's size, the dry run (``sheets.shares_sheet_preview``) and the confirmed import
(``services.hand_down_save``; the first hand-down opens each commune's cycle of the year with its periods,
the second only updates the shares). These figures decide which uploads run as background jobs.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("TRONGTAM_DATA_DIR", tempfile.mkdtemp(prefix="tt-bench-handdown-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trongtam.config.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from openpyxl import load_workbook  # noqa: E402


def _sheet(target, value_of) -> bytes:  # type: ignore[no-untyped-def]
    from trongtam.registry.cascade import sheets

    wb = load_workbook(io.BytesIO(sheets.shares_sheet(target=target)))
    ws = wb.active
    row = 4
    while ws.cell(row=row, column=1).value is not None:
        ws.cell(row=row, column=3).value = value_of(row)
        row += 1
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def main(communes: int) -> None:
    from trongtam.registry.cascade import services, sheets
    from trongtam.registry.cascade.sample import cascade_sample_load
    from trongtam.registry.cycles.models import KeyTask, Target
    from trongtam.registry.organisations.services import organisation_create
    from trongtam.registry.policy import SYSTEM

    call_command("migrate", verbosity=0)
    sample = cascade_sample_load()
    province = sample.communes[0].parent
    for i in range(communes - len(sample.communes)):
        organisation_create(
            name=f"Đảng ủy xã Thử {i + 1:03d}",
            code="ĐU",
            kind="party_committee",
            level="commune",
            parent=province,
            document_format="party",
            place_name=f"Thử {i + 1:03d}",
            valid_from=date(2025, 7, 1),
        )
    task = KeyTask.objects.create(cycle=sample.cycle, number="9", order=9, text="Giao thông nông thôn.")
    target = Target.objects.create(
        key_task=task, indicator="km đường được cứng hóa", op=">=", value=Decimal(5000), unit="km"
    )
    for label, value_of in (("first", lambda r: 10 + r), ("again", lambda r: 20 + r)):
        data = _sheet(target, value_of)
        t0 = time.perf_counter()
        preview = sheets.shares_sheet_preview(target=target, method="sum", data=data)
        t_dry = time.perf_counter() - t0
        assert preview.ok, preview.errors[:3]
        t0 = time.perf_counter()
        services.hand_down_save(target=target, method="sum", rows=preview.rows, user=SYSTEM)
        t_save = time.perf_counter() - t0
        print(
            f"{label:>5}: {len(preview.rows)} communes, sheet {len(data) / 1024:.1f} KB, "
            f"dry run {t_dry:.2f} s, confirmed import {t_save:.2f} s"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 65)
