"""Deadline day: readers and writers at once, the page cache on and off.

On a reporting deadline every unit writes at once, and each write moves its cycle's change stamp, so the
cached pages of that cycle are recomputed. This bench runs, against ``trongtam serve`` (gunicorn) on a
loopback port, the readers of ``bench/national_bench.py`` (``--readers`` people: the province
coordinator on the dashboard, the commune unit on its report page, an API client on the lists) **and**
``--writers`` units saving and sending their reports through the report page, period after period
(``bench/locust_deadline.py``), each person waiting 1–3 s between two requests, for ``--run-time``
seconds after everyone has logged in — once with the page cache on and once with it off
(``TRONGTAM_PAGE_CACHE=0``). The writers are the province's reporting office (so the dashboard's cycle
is written) and the first communes of the province (commune 1 among them, whose report page and API
lists the readers read). Before each phase their reports of the year are removed, so every save is a
new set of rows; on PostgreSQL the progress tables those deletes touch (values, task entries, reports,
evidence, the cycles' stamps) are then ``VACUUM (ANALYZE)``d, as autovacuum would do in production — without
it, on a server running with ``autovacuum = off``, every phase after the first (and every run on the same
data) steps over the dead row versions the earlier saves, sends and deletes left in the writers' rows.

Printed per page: p50/p95/p99, requests and errors (anything but the expected 200 or redirect), and
the **lost writes**: each save the server acknowledged is logged by the writer with its values; afterwards
every one of those values is looked up in the database (``lost`` = acknowledged but not there).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/trongtam_bench .venv/bin/python bench/deadline_bench.py --scale 1
    TRONGTAM_DATA_DIR=/tmp/tt-bench .venv/bin/python bench/deadline_bench.py --scale 1 --provinces 1

``--skip-generate`` reuses data already generated (by this bench or by national_bench.py).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from national_bench import PASSWORD, _free_port, _machine  # noqa: E402  (after the path is set)


def _args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scale", type=float, default=0.01, help="share of the country (0.01 … 1)")
    ap.add_argument("--provinces", type=int, default=None, help="number of provinces (density kept)")
    ap.add_argument("--years", type=int, default=10)
    ap.add_argument("--readers", type=int, default=50)
    ap.add_argument("--writers", type=int, default=20)
    ap.add_argument("--spawn-rate", type=float, default=10)
    ap.add_argument("--run-time", type=int, default=60)
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--threads", type=int, default=4)
    ap.add_argument("--cache", choices=["both", "on", "off"], default="both")
    ap.add_argument("--skip-generate", action="store_true")
    return ap.parse_args()


def main() -> None:
    args = _args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trongtam.config.settings")
    os.environ.setdefault("TRONGTAM_DATA_DIR", str(Path("/tmp") / f"tt-bench-{os.getpid()}"))
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection

    import national
    from deadline_world import deadline_bodies
    from trongtam.registry.cycles.models import Cycle
    from trongtam.registry.organisations.models import Membership
    from trongtam.registry.progress.models import CycleStamp, Entry, Evidence, Period, Report, TaskEntry
    from trongtam.registry.tokens.services import token_create

    print(f"Máy: {_machine()}")
    print(f"CSDL: {connection.vendor} · quy mô {args.scale} · tỉnh {args.provinces or 'theo quy mô'}")
    call_command("migrate", interactive=False, verbosity=0)
    if not args.skip_generate:
        national.national_clear()
        result = national.national_generate(scale=args.scale, provinces=args.provinces, years=args.years)
        print(f"Sinh dữ liệu: {result.total_rows:,} dòng trong {result.total_seconds:.1f} s")
    year = national.FIRST_YEAR + args.years - 1
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM (ANALYZE) progress_cyclestamp")
            cursor.execute("ANALYZE")

    User = get_user_model()
    province, office, communes = deadline_bodies("run without --skip-generate")
    unit = communes[0]

    def person(name: str, org: Any, role: str) -> Any:
        user, _ = User.objects.get_or_create(username=name)
        user.set_password(PASSWORD)
        user.save()
        Membership.objects.get_or_create(user=user, organisation=org, role=role)
        return user

    person("bench-vp", office, "coordinator")
    reader_unit = person("bench-xa", unit, "unit_staff")
    _, token = token_create(user=reader_unit, name="bench")
    writer_units = [office, *communes[: args.writers - 1]]
    cycles = {
        u.id: Cycle.objects.get(owner=province if u == office else u.parent, year=year) for u in writer_units
    }
    writers = []
    for i, u in enumerate(writer_units, start=1):
        person(f"bench-w{i:02d}", u, "unit_staff")
        periods = Period.objects.filter(cycle=cycles[u.id]).order_by("end", "id")
        writers.append(
            [f"bench-w{i:02d}", [f"/dot/{cycles[u.id].id}/tien-do/ky/{p.id}/don-vi/{u.id}/" for p in periods]]
        )
    prov_cycle = Cycle.objects.get(owner=province, year=year)
    unit_cycle = cycles[unit.id]
    prov_period = Period.objects.get(cycle=prov_cycle, kind="month", number=9)
    unit_period = Period.objects.get(cycle=unit_cycle, kind="month", number=9)
    print(
        f"Đọc: {args.readers} người · Ghi: {len(writers)} đơn vị ({office.name} và {len(writers) - 1} xã), "
        f"mỗi đơn vị {len(writers[0][1])} kỳ"
    )

    def clear_writers() -> None:
        reports = Report.objects.filter(
            period__cycle_id__in=set(c.id for c in cycles.values()), unit__in=writer_units
        )
        Entry.objects.filter(report__in=reports)._raw_delete(connection.alias)  # type: ignore[attr-defined]
        TaskEntry.objects.filter(report__in=reports)._raw_delete(connection.alias)  # type: ignore[attr-defined]
        reports.delete()
        if connection.vendor == "postgresql":
            # What autovacuum would do after such deletes (this machine's server runs without it): the dead
            # row versions of the writers' reports, values and the stamps their triggers moved are cleared,
            # so that each phase measures on tables as production keeps them. Outside a transaction.
            with connection.cursor() as cursor:
                for model in (Entry, TaskEntry, Evidence, Report, CycleStamp):
                    cursor.execute(f"VACUUM (ANALYZE) {connection.ops.quote_name(model._meta.db_table)}")

    n = len(writers)
    readers = [args.readers - 2 * (args.readers // 3), args.readers // 3, args.readers // 3]
    base_env = {
        "TRONGTAM_BENCH_DASHBOARD": f"/dot/{prov_cycle.id}/bang-theo-doi/?ky={prov_period.id}",
        "TRONGTAM_BENCH_REPORT": f"/dot/{unit_cycle.id}/tien-do/ky/{unit_period.id}/don-vi/{unit.id}/",
        "TRONGTAM_BENCH_CYCLE": str(unit_cycle.id),
        "TRONGTAM_BENCH_COORDINATOR": "bench-vp",
        "TRONGTAM_BENCH_UNIT": "bench-xa",
        "TRONGTAM_BENCH_PASSWORD": PASSWORD,
        "TRONGTAM_BENCH_TOKEN": token,
        "TRONGTAM_BENCH_WRITERS": json.dumps(writers),
        "TRONGTAM_BENCH_READERS": ",".join(map(str, readers)),
    }
    phases = {"both": ["1", "0"], "on": ["1"], "off": ["0"]}[args.cache]
    connection.close()
    for cache in phases:
        clear_writers()
        connection.close()
        port = _free_port()
        env = {
            **os.environ,
            "TRONGTAM_ALLOWED_HOSTS": "127.0.0.1",
            "TRONGTAM_PAGE_CACHE": cache,
            "GUNICORN_CMD_ARGS": f"--threads {args.threads} --timeout 300 --keep-alive 75",
        }
        server = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "trongtam"),
                *("serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(args.workers)),
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            import requests

            for _ in range(300):
                try:
                    requests.get(f"{base}/dang-nhap/", timeout=2)
                    break
                except requests.RequestException:
                    time.sleep(0.2)
            with tempfile.TemporaryDirectory(prefix="tt-deadline-") as tmp:
                acks = Path(tmp) / "acks.jsonl"
                acks.touch()
                prefix = Path(tmp) / "tai"
                command = [
                    str(Path(sys.executable).parent / "locust"),
                    "-f",
                    str(ROOT / "bench" / "locust_deadline.py"),
                    "--headless",
                    "--host",
                    base,
                    "--users",
                    str(args.readers + n),
                    "--spawn-rate",
                    str(args.spawn_rate),
                    "--run-time",
                    f"{args.run_time + 600}s",
                    "--stop-timeout",
                    "30",
                    "--only-summary",
                    "--csv",
                    str(prefix),
                ]
                with prefix.with_suffix(".log").open("w") as out:
                    subprocess.run(
                        command,
                        env={
                            **os.environ,
                            **base_env,
                            "TRONGTAM_BENCH_MEASURE": str(args.run_time),
                            "TRONGTAM_BENCH_ACKS": str(acks),
                            "PYTHONPATH": str(ROOT / "bench"),
                        },
                        stdout=out,
                        stderr=subprocess.STDOUT,
                        check=False,
                        timeout=args.run_time + 900,
                    )
                stats_csv = Path(f"{prefix}_stats.csv")
                if not stats_csv.exists():
                    print(prefix.with_suffix(".log").read_text(errors="replace")[-3000:])
                    raise SystemExit("locust wrote no statistics")
                with stats_csv.open(newline="", encoding="utf-8") as f:
                    stats = {r["Name"]: r for r in csv.DictReader(f) if r["Request Count"] != "0"}
                with Path(f"{prefix}_failures.csv").open(newline="", encoding="utf-8") as f:
                    failures = [(r["Name"], r["Error"], r["Occurrences"]) for r in csv.DictReader(f)]
                lost, acked = _lost_writes(acks, Entry, Report)
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
        label = "BẬT" if cache == "1" else "TẮT"
        print(
            f"\nBộ nhớ đệm trang {label}: {args.readers} người đọc + {n} đơn vị ghi, mỗi người nghỉ 1–3 s, "
            f"đo {args.run_time} s khi tất cả đã đăng nhập; gunicorn {args.workers}×{args.threads}"
        )
        print(f"{'trang':28} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'yêu cầu':>8} {'lỗi':>5}")
        for name, row in stats.items():
            label_row = "Tổng" if name == "Aggregated" else name
            print(
                f"{label_row:28} {row['50%']:>7} {row['95%']:>7} {row['99%']:>7} "
                f"{row['Request Count']:>8} {row['Failure Count']:>5}"
            )
        for name, error, count in failures:
            print(f"  lỗi: {name}: {error[:120]} × {count}")
        print(f"  Ghi được xác nhận (cả kỳ đo và lúc đăng nhập): {acked} lần lưu/gửi; số liệu mất: {lost}")


def _lost_writes(acks: Path, Entry: Any, Report: Any) -> tuple[int, int]:
    """(values acknowledged but not in the database, saves acknowledged)."""
    import re

    latest: dict[tuple[int, int, int], Decimal] = {}
    acked = 0
    for line in acks.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        match = re.search(r"/ky/(\d+)/don-vi/(\d+)/", record["path"])
        assert match
        period, unit = int(match.group(1)), int(match.group(2))
        acked += 1
        for target, text in record["values"].items():
            latest[(period, unit, int(target))] = Decimal(text.replace(".", "").replace(",", "."))
    lost = 0
    stored = {
        (e["report__period_id"], e["report__unit_id"], e["target_id"]): e["value"]
        for e in Entry.objects.filter(
            report__in=Report.objects.filter(
                period_id__in={k[0] for k in latest}, unit_id__in={k[1] for k in latest}
            ),
            kind="estimate",
        ).values("report__period_id", "report__unit_id", "target_id", "value")
    }
    for key, value in latest.items():
        if stored.get(key) != value:
            lost += 1
    return lost, acked


if __name__ == "__main__":
    main()
