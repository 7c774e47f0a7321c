"""National-scale benchmark: generate the data, assess a period nationally, load-test the main pages.

    # PostgreSQL, 1 % of the country (1 province, 33 communes, 10 years): a couple of minutes
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/trongtam_bench .venv/bin/python bench/national_bench.py --scale 0.01
    # the whole country (about 16.8 million progress values)
    DATABASE_URL=… .venv/bin/python bench/national_bench.py --scale 1
    # SQLite, one province at national density (98 communes)
    TRONGTAM_DATA_DIR=/tmp/tt-bench .venv/bin/python bench/national_bench.py --scale 1 --provinces 1

Steps, each printed with its time: migrate; clear earlier generated data and generate (COPY on
PostgreSQL); assess every target of one period nationally (set-based) beside the floor (the same join,
only read). Then the pages — the province dashboard, a unit's report page and the API lists — each with
two floors: the bare SQL query behind the page, and the page's own queries (recorded in this process
through Django's test client) run bare one by one, the sum of their medians. Then a real server
(gunicorn via ``trongtam serve``) on a loopback port: each page alone, one user, median of 20; then
locust (bench/locustfile.py, headless) with ``--users`` users, first ``--run-time`` seconds of people at
work (1–3 s of reading between two requests), then ``--stress-time`` seconds without any pause, which
shows the machine's capacity. Per page: p50/p95/p99, requests, failures, requests per second, p50 ÷ each
floor. Loopback only; nothing is asserted. Needs the ``bench`` extras (``make bench`` installs them).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
PASSWORD = "mat-khau-bench-123"
# The pages, named as bench/locustfile.py names its requests (locust's statistics are read by name).
DASHBOARD = "Bảng theo dõi tỉnh"
REPORT = "Báo cáo của đơn vị"


def _args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scale", type=float, default=0.01, help="share of the country (0.01 … 1)")
    ap.add_argument("--provinces", type=int, default=None, help="number of provinces (density kept)")
    ap.add_argument("--years", type=int, default=10)
    ap.add_argument("--users", type=int, default=50, help="concurrent users (locust)")
    ap.add_argument("--spawn-rate", type=float, default=10, help="users started per second")
    ap.add_argument("--run-time", type=int, default=60, help="seconds of load with think time (0: skip)")
    ap.add_argument("--stress-time", type=int, default=30, help="seconds of load without pause (0: skip)")
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


def _floor(sql: str, params: Any, repeat: int = 7) -> float:
    from django.db import connection

    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            cursor.fetchall()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _libpq_dsn(settings: dict[str, Any]) -> str:
    """A libpq connection string for the database Django uses (for the bare app)."""
    parts = {
        "host": settings.get("HOST") or "",
        "port": settings.get("PORT") or "",
        "user": settings.get("USER") or "",
        "password": settings.get("PASSWORD") or "",
        "dbname": settings.get("NAME") or "",
    }
    return " ".join(f"{key}={value}" for key, value in parts.items() if value)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _page_statements(user: Any, token: str, path: str) -> tuple[list[tuple[str, Any]], int]:
    """The SQL a page executes, with its parameters: (reads, number of other statements).

    The page is requested in this process through Django's test client (logged in with
    ``force_login``, or with the Bearer token when ``user`` is None), once to warm up and once recorded
    by ``connection.execute_wrapper``, which sees every statement with its parameters whatever the DEBUG
    setting. (``CaptureQueriesContext`` works too, but its ``captured_queries`` are read lazily from
    ``connection.queries_log``, which Django's ``reset_queries`` clears on every ``request_started``: read
    after any later request, they are empty. It also keeps the SQL with its parameters interpolated.)
    """
    from django.db import connection
    from django.test import Client

    client = Client(
        headers={"Host": "127.0.0.1", **({"Authorization": f"Bearer {token}"} if user is None else {})}
    )
    if user is not None:
        client.force_login(user)
    client.get(path)  # warm-up: what a running server has already loaded is not counted
    statements: list[tuple[str, Any, bool]] = []

    def record(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        statements.append((sql, params, many))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        response = client.get(path)
    if response.status_code != 200:
        raise SystemExit(f"{path}: HTTP {response.status_code} in the test client")
    reads = [
        (sql, params)
        for sql, params, many in statements
        if not many and sql.lstrip(" (").upper().startswith(("SELECT", "WITH"))
    ]
    return reads, len(statements) - len(reads)


def _page_floor(captured: tuple[list[tuple[str, Any]], int]) -> tuple[float, int, int]:
    """The page's own reads run bare, one by one: (sum of their medians, statements, others skipped)."""
    reads, skipped = captured
    return sum(_floor(sql, params) for sql, params in reads), len(reads), skipped


def _locust(
    prefix: Path, base: str, env: dict[str, str], args: argparse.Namespace, seconds: int
) -> dict[str, dict[str, str]]:
    """Run bench/locustfile.py headless against ``base``; its statistics by request name.

    The locustfile resets the statistics once every user has started and logged in, then measures
    ``seconds`` (TRONGTAM_BENCH_MEASURE): the logins of the ramp are not counted. ``--run-time`` is only
    a bound, should some user never get ready.
    """
    command = [
        str(Path(sys.executable).parent / "locust"),
        "-f",
        str(ROOT / "bench" / "locustfile.py"),
        "--headless",
        "--host",
        base,
        "--users",
        str(args.users),
        "--spawn-rate",
        str(args.spawn_rate),
        "--run-time",
        f"{seconds + 600}s",
        "--stop-timeout",
        "60",
        "--only-summary",
        "--csv",
        str(prefix),
    ]
    log = prefix.with_suffix(".log")
    with log.open("w") as out:
        subprocess.run(  # exit status 1 only says some request failed: the statistics tell which
            command,
            env={**os.environ, **env, "TRONGTAM_BENCH_MEASURE": str(seconds)},
            stdout=out,
            stderr=subprocess.STDOUT,
            check=False,
            timeout=seconds + 900,
        )
    stats_csv = Path(f"{prefix}_stats.csv")
    if not stats_csv.exists():
        print(log.read_text(errors="replace")[-3000:])
        raise SystemExit("locust wrote no statistics")
    for line in log.read_text(errors="replace").splitlines():
        if "bench: " in line:
            print(f"  locust: {line.split('bench: ', 1)[1]}")
        elif "CPU usage" in line or "ERROR" in line:
            print(f"  locust: {line.strip()[:200]}")
    with stats_csv.open(newline="", encoding="utf-8") as f:
        return {row["Name"]: row for row in csv.DictReader(f) if row["Request Count"] != "0"}


def _print_stats(
    stats: dict[str, dict[str, str]],
    pages: dict[str, Any],
    floors: dict[str, float],
    page_floors: dict[str, tuple[float, int, int]],
) -> None:
    print(
        f"{'trang':24} {'nền SQL':>8} {'nền trang':>9} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} "
        f"{'yêu cầu':>7} {'lỗi':>5} {'yc/s':>6} {'p50/nền SQL':>11} {'p50/nền trang':>13}"
    )
    for name in [*pages, *(n for n in stats if n not in pages and n != "Aggregated"), "Aggregated"]:
        row = stats.get(name)
        if row is None:
            print(f"{name:24} (không có số liệu)")
            continue
        sql_floor = floors.get(name)
        page_floor = page_floors[name][0] if name in page_floors else None

        def ms(value: float | None) -> str:
            return "" if value is None else f"{value * 1000:.1f}"

        def ratio(p50: str, floor: float | None) -> str:
            if floor is None or p50 == "N/A":
                return ""
            times = float(p50) / 1000 / max(floor, 1e-6)
            return f"{times:.1f}×" if times < 10 else f"{times:.0f}×"

        label = "Tổng" if name == "Aggregated" else name
        print(
            f"{label:24} {ms(sql_floor):>8} {ms(page_floor):>9} {row['50%']:>7} {row['95%']:>7} "
            f"{row['99%']:>7} {row['Request Count']:>7} {row['Failure Count']:>5} "
            f"{float(row['Requests/s']):6.1f} {ratio(row['50%'], sql_floor):>11} "
            f"{ratio(row['50%'], page_floor):>13}"
        )


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
    if connection.vendor == "postgresql":
        # What autovacuum would do after a bulk load (it may be off, as on the machine of bench/README.md):
        # statistics for the planner, and the dead rows of the upserted stamps and assessments removed.
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute("VACUUM (ANALYZE) progress_cyclestamp, progress_targetassessment")
            cursor.execute("ANALYZE")
        print(f"VACUUM/ANALYZE sau khi nạp: {time.perf_counter() - started:.1f} s")

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
        DASHBOARD: (
            "bench-vp",
            f"/dot/{prov_cycle.id}/bang-theo-doi/?ky={prov_period.id}",
            "SELECT e.value, t.value, t.indicator, k.text FROM progress_entry e "
            "JOIN cycles_target t ON t.id = e.target_id JOIN cycles_keytask k ON k.id = t.key_task_id "
            "JOIN progress_report r ON r.id = e.report_id JOIN progress_period p ON p.id = r.period_id "
            "WHERE p.cycle_id = %s",
            [prov_cycle.id],
        ),
        REPORT: (
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
            # The page lists each report with its values (and task statuses): the floor reads both.
            "SELECT r.*, e.* FROM progress_report r JOIN progress_period p ON p.id = r.period_id "
            "LEFT JOIN progress_entry e ON e.report_id = r.id "
            "WHERE p.cycle_id = %s ORDER BY p.end, e.target_id, e.kind",
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
    page_floors = {
        name: _page_floor(_page_statements(users.get(who), token, path))
        for name, (who, path, _, _) in pages.items()
    }
    print(
        "\nNền (trung vị 7 lần): câu SQL trần sau trang · các câu của chính trang, chạy trần (tổng các trung vị)"
    )
    for name in pages:
        page_floor, count, skipped = page_floors[name]
        note = f", {skipped} câu ghi không chạy lại" if skipped else ""
        print(f"  {name:24} {_ms(floors[name])} ms · {_ms(page_floor)} ms ({count} câu{note})")
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
    # The transport floor: the same bare query served by a bare WSGI app (bench/bare_wsgi.py, no framework)
    # through the same gunicorn settings and the same client.
    bare_port = _free_port()
    names = {name: f"q{i}" for i, name in enumerate(pages)}
    bare_env = {
        **os.environ,
        "TRONGTAM_BARE_QUERIES": json.dumps(
            {names[name]: [sql, list(params)] for name, (_, _, sql, params) in pages.items()}
        ),
        "TRONGTAM_BARE_DSN": _libpq_dsn(connection.settings_dict)
        if connection.vendor == "postgresql"
        else "",
        "TRONGTAM_BARE_SQLITE": str(connection.settings_dict["NAME"]),
    }
    bare_server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "bare_wsgi:application",
            "--chdir",
            str(ROOT / "bench"),
            "--bind",
            f"127.0.0.1:{bare_port}",
            "--workers",
            str(args.workers),
            "--threads",
            str(args.threads),
            "--keep-alive",
            "75",
        ],
        env=bare_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    bare = f"http://127.0.0.1:{bare_port}"
    try:
        for url in (f"{base}/dang-nhap/", f"{bare}/"):
            for _ in range(300):
                try:
                    requests.get(url, timeout=2)
                    break
                except requests.RequestException:
                    time.sleep(0.2)

        def median_get(s: requests.Session, url: str, repeat: int = 20) -> float:
            times = []
            for _ in range(repeat):
                started = time.perf_counter()
                response = s.get(url, timeout=120)
                times.append(time.perf_counter() - started)
                if response.status_code != 200:
                    raise SystemExit(f"{url}: HTTP {response.status_code}")
            return statistics.median(times)

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

        # Every page once before the timings: a process's first request (imports, caches) is not counted;
        # under locust, the users logged in first warm every worker during the ramp, before the reset.
        for who, path, _, _ in pages.values():
            session(who).get(base + path, timeout=300)
        # The bare query of each page served over HTTP by the bare app: the floor any server pays.
        bare_session = requests.Session()
        median_get(bare_session, f"{bare}/", 5)
        transport = median_get(bare_session, f"{bare}/")
        http_floors = {name: median_get(bare_session, f"{bare}/{names[name]}") for name in pages}
        # The same pages one at a time, before any load: the page's own time beside the floors.
        print(
            "\nTuần tự (1 người dùng, trung vị 20 lần); nền HTTP: câu SQL trần của trang do một ứng dụng "
            "WSGI trần (bench/bare_wsgi.py, không framework) trả qua cùng gunicorn và cùng máy khách"
        )
        print(f"  {'chỉ truyền tải (WSGI trần, không đọc CSDL)':58} {_ms(transport)} ms")
        for name, (who, path, _, _) in pages.items():
            med = median_get(session(who), base + path)
            page_floor = page_floors[name][0]
            print(
                f"  {name:24} nền SQL {_ms(floors[name])} ms · nền trang {_ms(page_floor)} ms · "
                f"nền HTTP {_ms(http_floors[name])} ms · trang {_ms(med)} ms · "
                f"{med / max(floors[name], 1e-6):.1f}× nền SQL · {med / max(page_floor, 1e-6):.1f}× nền trang · "
                f"{med / max(http_floors[name], 1e-6):.1f}× nền HTTP"
            )
        # Django's own floor: pages that read next to nothing, through the same server and client.
        print("  Sàn của Django (trang gần như không đọc gì):")
        for label, who, path in (
            ("trang đăng nhập (không phiên)", "", "/dang-nhap/"),
            ("thông báo (phiên, 3 câu)", "bench-vp", "/thong-bao/"),
        ):
            s = session(who) if who else requests.Session()
            print(f"    {label:30} {_ms(median_get(s, base + path))} ms")
        locust_env = {
            "TRONGTAM_BENCH_DASHBOARD": pages[DASHBOARD][1],
            "TRONGTAM_BENCH_REPORT": pages[REPORT][1],
            "TRONGTAM_BENCH_CYCLE": str(unit_cycle.id),
            "TRONGTAM_BENCH_COORDINATOR": "bench-vp",
            "TRONGTAM_BENCH_UNIT": "bench-xa",
            "TRONGTAM_BENCH_PASSWORD": PASSWORD,
            "TRONGTAM_BENCH_TOKEN": token,
        }
        server_desc = f"gunicorn {args.workers}×{args.threads}, loopback"
        with tempfile.TemporaryDirectory(prefix="tt-locust-") as tmp:
            if args.run_time > 0:
                print(
                    f"\nTải (locust): {args.users} người dùng, mỗi người nghỉ 1–3 s giữa hai yêu cầu, "
                    f"sinh trong {args.users / args.spawn_rate:.0f} s, đo {args.run_time} s "
                    f"khi tất cả đã đăng nhập; {server_desc}"
                )
                stats = _locust(Path(tmp) / "tai", base, locust_env, args, args.run_time)
                _print_stats(stats, pages, floors, page_floors)
            if args.stress_time > 0:
                print(
                    f"\nSức chịu (locust, không nghỉ — constant(0)): {args.users} người dùng gửi liên tục, "
                    f"đo {args.stress_time} s khi tất cả đã đăng nhập; {server_desc}"
                )
                stats = _locust(
                    Path(tmp) / "suc-chiu",
                    base,
                    {**locust_env, "TRONGTAM_BENCH_WAIT": "0"},
                    args,
                    args.stress_time,
                )
                _print_stats(stats, pages, floors, page_floors)
                total = stats.get("Aggregated")
                if total:
                    print(
                        f"  Thông lượng: {float(total['Requests/s']):.1f} yêu cầu/s "
                        f"({total['Request Count']} yêu cầu, {total['Failure Count']} lỗi)"
                    )
    finally:
        for process in (server, bare_server):
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)


if __name__ == "__main__":
    main()
