"""Progress-form import through the app: 5,000 rows staged (dry run) and applied, beside the floor.

    .venv/bin/python bench/bench_progress_import.py [ROWS]

Builds a throw-away database in a temporary data folder (SQLite unless DATABASE_URL says otherwise), a cycle
whose unit reports ROWS targets (default 5,000), downloads the unit's pre-filled form, fills every value in,
then times: the floor (``progress_form_parse`` alone), the dry run (``form_stage``) and the confirmed import
(``form_apply``, which saves through ``progress.services.report_save``). The goal is under 10 s in all.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("TRONGTAM_DATA_DIR", tempfile.mkdtemp(prefix="tt-bench-import-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trongtam.config.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from openpyxl import load_workbook  # noqa: E402


def main(rows: int) -> None:
    from django.contrib.auth import get_user_model

    from trongtam.core.rendering.xlsx import progress_form_parse
    from trongtam.registry.cycles.models import KeyTask, Target
    from trongtam.registry.cycles.services import cycle_create, field_get_or_create
    from trongtam.registry.documents import forms
    from trongtam.registry.organisations.services import membership_add, organisation_create
    from trongtam.registry.progress.services import period_generate_defaults

    call_command("migrate", verbosity=0)
    board = organisation_create(name="Ban Thường vụ", code="HU", kind="standing_board", level="district")
    office = organisation_create(name="Văn phòng", code="VPHU", kind="party_agency", level="district")
    unit = organisation_create(name="UBND huyện", code="UBND", kind="peoples_committee", level="district")
    user = get_user_model().objects.create_user(username=f"bench{time.time_ns()}", password="x")
    membership_add(user=user, organisation=unit, role="unit_staff")
    cycle = cycle_create(owner=board, office=office, year=2024, invited_units=[unit], status="open")
    field = field_get_or_create(cycle=cycle, title="LĨNH VỰC KINH TẾ - XÃ HỘI", number="I")
    # 250 tasks of 20 targets each, created in bulk: the setup is not what is measured.
    per_task = 20
    tasks = KeyTask.objects.bulk_create(
        KeyTask(cycle=cycle, field=field, number=str(i + 1), order=i + 1, text=f"Nhiệm vụ số {i + 1}")
        for i in range((rows + per_task - 1) // per_task)
    )
    through = KeyTask.lead_units.through
    through.objects.bulk_create(through(keytask_id=t.id, organisation_id=unit.id) for t in tasks)
    Target.objects.bulk_create(
        Target(
            key_task=tasks[i // per_task],
            order=i % per_task + 1,
            indicator=f"chỉ tiêu số {i + 1}",
            value=Decimal(1000 + i),
            unit="triệu đồng",
        )
        for i in range(rows)
    )
    period = next(p for p in period_generate_defaults(cycle=cycle) if p.kind == "half")

    t0 = time.perf_counter()
    blank = forms.form_build(cycle=cycle, period=period, unit=unit)
    t_build = time.perf_counter() - t0
    wb = load_workbook(io.BytesIO(blank))
    ws = wb.worksheets[0]
    for r in range(6, 6 + rows):
        ws.cell(row=r, column=7, value=Decimal(500 + r))
        ws.cell(row=r, column=8, value="ước")
    buf = io.BytesIO()
    wb.save(buf)
    filled = buf.getvalue()

    spec = forms.form_spec(cycle=cycle, period=period, unit=unit)
    t0 = time.perf_counter()
    parsed = progress_form_parse(filled, spec)
    t_floor = time.perf_counter() - t0
    assert parsed.ok and len(parsed.rows) == rows, parsed.errors[:3]

    t0 = time.perf_counter()
    preview = forms.form_stage(cycle=cycle, period=period, unit=unit, user=user, name="b.xlsx", data=filled)
    t_stage = time.perf_counter() - t0
    assert preview.ok and preview.staged is not None, preview.errors[:3]

    t0 = time.perf_counter()
    saved = forms.form_apply(staged=preview.staged, user=user)
    t_apply = time.perf_counter() - t0
    assert saved == rows, saved

    db = django.db.connection.vendor
    print(f"Nhập biểu mẫu tiến độ: {rows:,} dòng, cơ sở dữ liệu {db}".replace(",", "."))
    print(f"  tạo biểu mẫu (tải về)          {t_build:6.2f} s")
    print(f"  sàn: chỉ đọc tệp (parse)        {t_floor:6.2f} s")
    print(f"  chạy thử (đọc + so sánh + lưu tạm) {t_stage:6.2f} s")
    print(f"  nhập thật (entries_import)      {t_apply:6.2f} s")
    total = t_stage + t_apply
    verdict = "đạt" if total < 10 else "CHƯA ĐẠT"
    print(f"  tổng chạy thử + nhập            {total:6.2f} s  (mục tiêu < 10 s: {verdict})")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
