"""National-scale benchmark: generate the data, assess a period nationally, load-test the main pages.

    # PostgreSQL, 1 % of the country (1 province, 33 communes, 10 years): a couple of minutes
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/trongtam_bench .venv/bin/python bench/national_bench.py --scale 0.01
    # the whole country (about 16.8 million progress values)
    DATABASE_URL=… .venv/bin/python bench/national_bench.py --scale 1
    # SQLite, one province at national density (98 communes)
    TRONGTAM_DATA_DIR=/tmp/tt-bench .venv/bin/python bench/national_bench.py --scale 1 --provinces 1

Steps, each printed with its time: migrate; clear earlier generated data and generate (COPY on
PostgreSQL); assess every target of one period nationally (set-based) beside the floor (the same join,
only read); then start a real server (gunicorn via ``trongtam serve``) on a loopback port and send
``--users`` concurrent clients (a bounded thread pool of HTTP sessions) at the province dashboard, a
unit's report page and the API list endpoints. Each page is printed with the time of the bare SQL
behind it (the floor), its p50/p95/p99 and the ratio p50 ÷ floor. Loopback only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
PASSWORD = "mat-khau-bench-123"


def _args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scale", type=float, default=0.01, help="share of the country (0.01 … 1)")
    ap.add_argument("--provinces", type=int, default=None, help="number of provinces (density kept)")
    ap.add_argument("--years", type=int, default=10)
    ap.add_argument("--users", type=int, default=50, help="concurrent clients")
    ap.add_argument("--requests", type=int, default=400, help="requests per page")
    ap.add_argument("--workers", type=int, default=4, help="gunicorn worker processes")
    ap.add_argument("--threads", type=int, default=4, help="threads per gunicorn worker")
    ap.add_argument("--skip-generate", action="store_true", help="reuse the data already generated")
    ap.add_argument("--no-load", action="store_true", help="skip the HTTP load test")
    return ap.parse_args()


def _machine() -> str:
    model = ""
    try:
        for line in subprocess.run(
            ["lscpu"], capture_output=True, text=True, check=False
        ).stdout.splitlines():
            if line.startswith("Model name"):
                model = line.split(":", 1)[1].strip()
    except OSError:
        pass
    mem = ""
    try:
        kb = int(
            next(
                x for x in Path("/proc/meminfo").read_text().splitlines() if x.startswith("MemTotal")
            ).split()[1]
        )
        mem = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    return f"{os.cpu_count()} CPU ({model}), {mem}, Python {platform.python_version()}"


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:9.1f}"


def _floor(sql: str, params: list[object], repeat: int = 7) -> float:
    from django.db import connection

    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            cursor.fetchall()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    args = _args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trongtam.config.settings")
    os.environ.setdefault("TRONGTAM_DATA_DIR", str(Path("/tmp") / f"tt-bench-{os.getpid()}"))
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection

    from trongtam.registry import national
    from trongtam.registry.cycles.models import Cycle
    from trongtam.registry.organisations.models import Membership, Organisation
    from trongtam.registry.progress.models import Period, Report
    from trongtam.registry.tokens.services import token_create

    print(f"Máy: {_machine()}")
    print(f"CSDL: {connection.vendor} · quy mô {args.scale} · tỉnh {args.provinces or 'theo quy mô'}")
    call_command("migrate", interactive=False, verbosity=0)

    if not args.skip_generate:
        started = time.perf_counter()
        removed = national.national_clear()
        print(f"Xóa dữ liệu sinh trước: {removed} đợt, {time.perf_counter() - started:.1f} s")
        result = national.national_generate(
            scale=args.scale, provinces=args.provinces, years=args.years, progress=lambda m: print("  …", m)
        )
        print(
            f"Sinh dữ liệu: {result.total_rows:,} dòng trong {result.total_seconds:.1f} s".replace(",", ".")
        )
        for table, rows in sorted(result.rows.items(), key=lambda kv: -kv[1]):
            secs = result.seconds[table]
            print(f"  {table:40} {rows:>12,} dòng {secs:8.1f} s {rows / max(secs, 1e-9):>12,.0f} dòng/s")

    year = national.FIRST_YEAR + args.years - 1
    floor = national.national_period_floor(year=year)
    started = time.perf_counter()
    n = national.national_assess_period(year=year)
    took = time.perf_counter() - started
    print(f"Đánh giá toàn quốc kỳ 'Năm {year}': {n:,} chỉ tiêu trong {took:.2f} s (nền đọc {floor:.2f} s)")

    if args.no_load:
        return

    # People: the coordinator of province 1's office, the staff of commune 1's people's committee.
    User = get_user_model()
    province = Organisation.objects.filter(code__startswith="QGT").order_by("id").first()
    office = Organisation.objects.get(parent=province, kind="party_agency")
    unit = Organisation.objects.filter(code__startswith="QGU").order_by("id").first() or office
    users = {}
    for name, org, role in (("bench-vp", office, "coordinator"), ("bench-xa", unit, "unit_staff")):
        user, _ = User.objects.get_or_create(username=name)
        user.set_password(PASSWORD)
        user.save()
        Membership.objects.get_or_create(user=user, organisation=org, role=role)
        users[name] = user
    _, token = token_create(user=users["bench-xa"], name="bench")
    prov_cycle = Cycle.objects.get(owner=province, year=year)
    unit_cycle = Cycle.objects.get(owner=unit.parent, year=year) if unit.parent else prov_cycle
    prov_period = Period.objects.get(cycle=prov_cycle, kind="month", number=9)
    unit_period = Period.objects.get(cycle=unit_cycle, kind="month", number=9)
    report = Report.objects.get(period=unit_period, unit=unit)

    pages = {
        "Bảng điều khiển tỉnh": (
            "bench-vp",
            f"/dot/{prov_cycle.id}/bang-dieu-khien/?ky={prov_period.id}",
            "SELECT e.value, t.value, t.indicator, k.text FROM progress_entry e "
            "JOIN cycles_target t ON t.id = e.target_id JOIN cycles_keytask k ON k.id = t.key_task_id "
            "JOIN progress_report r ON r.id = e.report_id JOIN progress_period p ON p.id = r.period_id "
            "WHERE p.cycle_id = %s",
            [prov_cycle.id],
        ),
        "Báo cáo của đơn vị": (
            "bench-xa",
            f"/dot/{unit_cycle.id}/tien-do/ky/{unit_period.id}/don-vi/{unit.id}/",
            "SELECT t.id, t.indicator, t.value, e.value, e.version FROM cycles_target t "
            "JOIN cycles_keytask k ON k.id = t.key_task_id "
            "LEFT JOIN progress_entry e ON e.target_id = t.id AND e.report_id = %s WHERE k.cycle_id = %s",
            [report.id, unit_cycle.id],
        ),
        "API /api/cycles": (
            "token",
            "/api/cycles",
            "SELECT * FROM cycles_cycle c WHERE c.owner_id = %s OR c.office_id = %s ORDER BY year DESC LIMIT 50",
            [unit.parent_id or unit.id, unit.id],
        ),
        "API /api/reports": (
            "token",
            f"/api/reports?cycle={unit_cycle.id}",
            "SELECT r.* FROM progress_report r JOIN progress_period p ON p.id = r.period_id "
            "WHERE p.cycle_id = %s ORDER BY p.end LIMIT 50",
            [unit_cycle.id],
        ),
        "API /api/entries": (
            "token",
            f"/api/entries?cycle={unit_cycle.id}",
            "SELECT e.* FROM progress_entry e JOIN progress_report r ON r.id = e.report_id "
            "JOIN progress_period p ON p.id = r.period_id WHERE p.cycle_id = %s ORDER BY e.id LIMIT 50",
            [unit_cycle.id],
        ),
    }
    floors = {name: _floor(sql, params) for name, (_, _, sql, params) in pages.items()}
    connection.close()

    import requests

    port = _free_port()
    env = {
        **os.environ,
        "TRONGTAM_ALLOWED_HOSTS": "127.0.0.1",
        "GUNICORN_CMD_ARGS": f"--threads {args.threads} --timeout 300 --keep-alive 75",
    }
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "trongtam"),
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(args.workers),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                requests.get(f"{base}/dang-nhap/", timeout=2)
                break
            except requests.RequestException:
                time.sleep(0.2)

        def session(who: str) -> requests.Session:
            s = requests.Session()
            if who == "token":
                s.headers["Authorization"] = f"Bearer {token}"
                return s
            s.get(f"{base}/dang-nhap/", timeout=30)
            s.post(
                f"{base}/dang-nhap/",
                data={"username": who, "password": PASSWORD, "csrfmiddlewaretoken": s.cookies["csrftoken"]},
                headers={"Referer": f"{base}/dang-nhap/"},
                timeout=30,
            )
            return s

        print(
            f"\nTải: {args.users} người dùng đồng thời, {args.requests} yêu cầu mỗi trang, "
            f"gunicorn {args.workers}×{args.threads}, loopback"
        )
        print(
            f"{'trang':24} {'nền SQL ms':>10} {'p50 ms':>9} {'p95 ms':>9} {'p99 ms':>9} {'lỗi':>5} {'p50/nền':>8}"
        )
        for name, (who, path, _, _) in pages.items():
            sessions = [session(who) for _ in range(args.users)]
            sessions[0].get(base + path, timeout=120)  # warm-up

            def one(
                i: int, path: str = path, sessions: list[requests.Session] = sessions
            ) -> tuple[float, str]:
                s = sessions[i % len(sessions)]
                started = time.perf_counter()
                try:
                    outcome = str(s.get(base + path, timeout=120).status_code)
                except requests.RequestException as exc:
                    outcome = type(exc).__name__
                return time.perf_counter() - started, outcome

            with ThreadPoolExecutor(max_workers=args.users) as pool:
                results = list(pool.map(one, range(args.requests)))
            times = sorted(t for t, _ in results)
            errors = sum(1 for _, outcome in results if outcome != "200")
            kinds = sorted({outcome for _, outcome in results if outcome != "200"})
            q = statistics.quantiles(times, n=100)
            p50, p95, p99 = statistics.median(times), q[94], q[98]
            print(
                f"{name:24} {_ms(floors[name]):>10} {_ms(p50)} {_ms(p95)} {_ms(p99)} {errors:>5} "
                f"{p50 / max(floors[name], 1e-6):8.1f} {' '.join(kinds)}"
            )
        # The same pages one at a time: the page's own time beside the floor, without queueing.
        print("\nTuần tự (1 người dùng, trung vị 20 lần):")
        for name, (who, path, _, _) in pages.items():
            s = session(who)
            times = []
            for _ in range(20):
                started = time.perf_counter()
                s.get(base + path, timeout=120)
                times.append(time.perf_counter() - started)
            med = statistics.median(times)
            print(
                f"  {name:24} nền {_ms(floors[name])} ms · trang {_ms(med)} ms · "
                f"{med / max(floors[name], 1e-6):.1f}×"
            )
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
