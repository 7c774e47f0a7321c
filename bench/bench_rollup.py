"""Roll-up benchmark: one province's targets handed down to its ~98 communes, rolled up for one period.

    # PostgreSQL (own database), 2 provinces at national density (98 communes each), 2 years
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wt_cascade_bench .venv/bin/python bench/bench_rollup.py
    # again on the data already generated
    … --skip-generate

Generates national data with ``national_generate`` of bench/national.py (bulk, COPY on
PostgreSQL), then links every target of the first province's latest cycle to the same target of each of
its communes' cycles (a HandDown per province target — rates weighted by a random base, counts summed —
and a Share per commune, bulk-inserted). Then times ``cascade.selectors.rollup`` for the "9 months"
period (every target, every commune: 25 × 98 shares, 2,450 commune values) — median of 20 — beside its
floor: the bare roll-up statement (``selectors.rollup_execute``'s SQL) run through a plain cursor, median
of 20. And the drill-down of one target (``rollup_detail``) beside its bare statement. Nothing asserted.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def _median_ms(fn: Callable[[], Any], n: int = 20) -> float:
    fn()  # warm: the first call compiles and reads the catalog
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--provinces", type=int, default=2, help="provinces at national density (98 communes each)"
    )
    ap.add_argument("--years", type=int, default=2)
    ap.add_argument("--skip-generate", action="store_true")
    args = ap.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trongtam.config.settings")
    os.environ.setdefault("TRONGTAM_DATA_DIR", str(Path("/tmp") / f"tt-bench-rollup-{os.getpid()}"))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from national import MARK, national_clear, national_generate
    from trongtam.registry.cascade import selectors
    from trongtam.registry.cascade.models import HandDown, RollupMethod, Share
    from trongtam.registry.cycles.models import Cycle, Target
    from trongtam.registry.organisations.models import Organisation
    from trongtam.registry.progress.models import Period

    print(
        f"{connection.vendor}, Python {platform.python_version()}, {platform.processor() or platform.machine()}"
    )
    call_command("migrate", interactive=False, verbosity=0)
    if not args.skip_generate:
        t0 = time.perf_counter()
        Share.objects.filter(commune__code__startswith=MARK).delete()
        HandDown.objects.filter(target__key_task__cycle__title__startswith=f"[{MARK}]").delete()
        national_clear()
        result = national_generate(scale=1, provinces=args.provinces, years=args.years)
        print(f"generated {sum(result.rows.values()):,} rows in {time.perf_counter() - t0:.1f} s")
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")

    province = Organisation.objects.filter(code=f"{MARK}T1").get()
    year = Cycle.objects.filter(owner=province).order_by("-year").values_list("year", flat=True).first()
    cycle = Cycle.objects.get(owner=province, year=year)
    communes = list(Organisation.objects.filter(parent=province, level="commune"))
    if not HandDown.objects.filter(target__key_task__cycle=cycle).exists():
        t0 = time.perf_counter()
        rng = random.Random(0)
        province_targets = list(
            Target.objects.filter(key_task__cycle=cycle).order_by("key_task__order", "order")
        )
        hand_downs = HandDown.objects.bulk_create(
            HandDown(
                target=t,
                method=RollupMethod.WEIGHTED if t.unit == "%" else RollupMethod.SUM,
                base_label="số hộ" if t.unit == "%" else "",
            )
            for t in province_targets
        )
        by_owner: dict[int, list[Target]] = {}
        for t in (
            Target.objects.filter(key_task__cycle__owner__in=communes, key_task__cycle__year=year)
            .select_related("key_task__cycle")
            .order_by("key_task__order", "order")
        ):
            by_owner.setdefault(t.key_task.cycle.owner_id, []).append(t)
        shares = []
        for commune in communes:
            for hd, target in zip(hand_downs, by_owner.get(commune.id, []), strict=False):
                shares.append(
                    Share(
                        hand_down=hd,
                        commune=commune,
                        value=target.value,
                        base=rng.randint(800, 6000) if hd.method == RollupMethod.WEIGHTED else None,
                        commune_target=target,
                    )
                )
        Share.objects.bulk_create(shares, batch_size=2000)
        print(
            f"linked {len(hand_downs)} targets × {len(communes)} communes ({len(shares):,} shares) "
            f"in {time.perf_counter() - t0:.1f} s"
        )
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")

    period = Period.objects.get(cycle=cycle, kind="nine_months", number=1)
    lines = selectors.rollup(cycle=cycle, period=period)
    reported = sum(line.reported for line in lines)
    print(
        f"province {province.name}, {year}, {period.label}: {len(lines)} targets, {len(communes)} communes, "
        f"{reported:,} commune values rolled up"
    )

    rollup_ms = _median_ms(lambda: selectors.rollup(cycle=cycle, period=period))
    tables = selectors._tables()
    where = (
        "h.target_id IN (SELECT pt.id FROM {target} pt JOIN {task} k ON k.id = pt.key_task_id "
        "WHERE k.cycle_id = %s)"
    ).format(**tables)
    bare_sql = selectors.ROLLUP_SQL.format(values=selectors.COMMUNE_VALUES.format(where=where, **tables))

    def bare() -> None:
        with connection.cursor() as cursor:
            cursor.execute(bare_sql, [period.kind, period.number, cycle.id])
            cursor.fetchall()

    floor_ms = _median_ms(bare)
    hand_down = lines[0].hand_down
    detail_ms = _median_ms(lambda: selectors.rollup_detail(hand_down=hand_down, period=period))
    detail_sql = selectors.COMMUNE_VALUES.format(where="s.hand_down_id = %s", **tables)

    def bare_detail() -> None:
        with connection.cursor() as cursor:
            cursor.execute(detail_sql, [period.kind, period.number, hand_down.id])
            cursor.fetchall()

    detail_floor_ms = _median_ms(bare_detail)
    print()
    print(f"{'':38} {'median':>10} {'bare SQL floor':>15} {'÷ floor':>8}")
    print(
        f"{'roll-up, every target (rollup)':38} {rollup_ms:8.1f} ms {floor_ms:12.1f} ms {rollup_ms / floor_ms:8.2f}"
    )
    print(
        f"{'drill-down, one target (rollup_detail)':38} {detail_ms:8.1f} ms {detail_floor_ms:12.1f} ms "
        f"{detail_ms / detail_floor_ms:8.2f}"
    )


if __name__ == "__main__":
    main()
