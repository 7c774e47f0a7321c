"""Deadline day's pages on PostgreSQL at national scale: the time of each SQL query, and the slowest ones' plans.

``bench/request_cost.py`` counts the queries and the CPU of the Django process; what SQLite does not show is
what each query costs PostgreSQL over the whole country's data (16.8 M values). This script makes, page cache
off (``TRONGTAM_PAGE_CACHE=0``) and through the Django test client, the requests of
``bench/locust_deadline.py`` — the province dashboard, the commune report page, the API lists, and a writer's
report page, save and send (the province's reporting office and commune 1) — ``--repeat`` times each, and
prints per request the median wall ms, number of queries and total SQL ms; then, for the last request of
each name, the ``--slowest`` slowest queries with their ``EXPLAIN (ANALYZE, BUFFERS)`` plans (SELECTs only:
a write is not run twice).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wt_mycopy .venv/bin/python bench/pg_request_queries.py

It writes (the bench people, the writers' reports, removed before and after): use a copy of the generated
database (``createdb -T trongtam_bench wt_mycopy``), never the generated one itself.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def _args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--years", type=int, default=10, help="as generated (the last year is measured)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--slowest", type=int, default=3, help="plans printed per request (0: none)")
    ap.add_argument("--only", default="", help="only the requests whose name contains this")
    ap.add_argument("--all", action="store_true", help="every query of the last request, one line each")
    return ap.parse_args()


class Timer:
    """A database execute wrapper keeping (sql, params, ms) of every query of the current request."""

    def __init__(self) -> None:
        self.queries: list[tuple[str, Any, float]] = []

    def __call__(self, execute: Callable[..., Any], sql: str, params: Any, many: bool, context: Any) -> Any:
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.queries.append((sql, params, (time.perf_counter() - start) * 1000))


def _server_cpu(pid: int) -> float:
    """Milliseconds of CPU the database server's process ``pid`` has run (0 when it cannot be read)."""
    try:
        return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0]) / 1e6
    except (OSError, ValueError, IndexError):
        return 0.0


class Meter:
    """Runs requests and keeps, per name, (queries, SQL ms, wall ms, CPU ms, server CPU ms) of each."""

    def __init__(self, only: str) -> None:
        self.only = only
        self.samples: dict[str, list[tuple[int, float, float, float, float]]] = {}
        self.last: dict[str, list[tuple[str, Any, float]]] = {}

    def run(self, name: str, call: Callable[[], Any], expect: int) -> Any:
        from django.db import connection

        with connection.cursor() as cursor:  # the request keeps this connection (and its server process)
            cursor.execute("SELECT pg_backend_pid()")
            pid = int(cursor.fetchone()[0])
        timer = Timer()
        with connection.execute_wrapper(timer):
            server, cpu, wall = _server_cpu(pid), time.process_time(), time.perf_counter()
            response = call()
            wall = (time.perf_counter() - wall) * 1000
            cpu, server = (time.process_time() - cpu) * 1000, _server_cpu(pid) - server
        if response.status_code != expect:
            raise SystemExit(f"{name}: HTTP {response.status_code}, expected {expect}")
        if self.only in name:
            sql_ms = sum(q[2] for q in timer.queries)
            self.samples.setdefault(name, []).append((len(timer.queries), sql_ms, wall, cpu, server))
            self.last[name] = timer.queries
        return response


def _explain(sql: str, params: Any) -> str:
    from django.db import connection, transaction

    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
        plan = "\n".join("      " + row[0] for row in cursor.fetchall())
        transaction.set_rollback(True)
    return plan


_KEYS = ("Planning Time: ", "Execution Time: ", "shared hit=")


def _figure(plan: str, key: str) -> str:
    """The first figure after ``key`` in a plan ("0" if none)."""
    at = plan.find(key)
    return plan[at + len(key) :].split()[0] if at >= 0 else "0"


def main() -> None:
    args = _args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trongtam.config.settings")
    os.environ["TRONGTAM_ALLOWED_HOSTS"] = "testserver"
    os.environ["TRONGTAM_PAGE_CACHE"] = "0"
    import django

    django.setup()
    from django.db import connection

    if connection.vendor != "postgresql":
        raise SystemExit("PostgreSQL only: set DATABASE_URL to a copy of the generated database")
    from django.test import Client

    from request_cost import _form
    from trongtam.registry.progress import datacache

    people = _people(args.years)
    boss, unit, api, bearer = people["boss"], people["unit"], Client(), people["bearer"]
    readers: list[tuple[str, Callable[[], Any]]] = [
        ("province dashboard", lambda: boss.get(people["dashboard"])),
        ("commune report page", lambda: unit.get(people["report"])),
        ("API /api/cycles", lambda: api.get("/api/cycles", **bearer)),
        ("API /api/reports", lambda: api.get(f"/api/reports?cycle={people['unit_cycle']}", **bearer)),
        ("API /api/entries", lambda: api.get(f"/api/entries?cycle={people['unit_cycle']}", **bearer)),
    ]
    meter = Meter(args.only)
    clear = people["clear"]
    try:
        clear()
        datacache.clear()
        for _, call in readers:  # warm what every process keeps (templates, rule sets, content types)
            call()
        for i in range(args.repeat + 1):
            m = meter if i > 0 else Meter("\0")
            for name, (pen, paths) in people["writers"].items():
                path = paths[i]
                page = m.run(
                    f"writer ({name}): open the report page", lambda pen=pen, path=path: pen.get(path), 200
                )
                data = _form(page.content.decode(), "save", i)
                m.run(
                    f"writer ({name}): save", lambda pen=pen, path=path, data=data: pen.post(path, data), 302
                )
                data = _form(pen.get(path).content.decode(), "submit", i + 50)
                m.run(
                    f"writer ({name}): send", lambda pen=pen, path=path, data=data: pen.post(path, data), 302
                )
            for label, call in readers:
                m.run(label, call, 200)
        print(
            f"{'request (page cache off)':42} {'queries':>8} {'SQL ms':>8} {'wall ms':>8} {'CPU ms':>8} {'db CPU':>8}"
        )
        for name, rows in sorted(meter.samples.items()):
            queries = int(statistics.median(r[0] for r in rows))
            sql_ms, wall, cpu, db = (statistics.median(r[k] for r in rows) for k in (1, 2, 3, 4))
            print(f"{name:42} {queries:>8} {sql_ms:>8.1f} {wall:>8.1f} {cpu:>8.1f} {db:>8.1f}")
        if args.all:
            for name, queries in sorted(meter.last.items()):
                print(f"\n=== {name}: every query of the last request (ms; plan and run ms; buffers)")
                planning = running = 0.0
                for sql, params, ms in queries:
                    line = f"  {ms:6.2f}"
                    if sql.lstrip().upper().startswith("SELECT"):
                        plan = _explain(sql, params)
                        figures = [_figure(plan, key) for key in _KEYS]
                        planning, running = planning + float(figures[0]), running + float(figures[1])
                        line += " " + " ".join(figures)
                    print(f"{line}  {' '.join(sql.split())[:150]}")
                print(f"  SELECTs: planned in {planning:.2f} ms, run in {running:.2f} ms")
        if args.slowest:
            for name, queries in sorted(meter.last.items()):
                print(f"\n=== {name}: the slowest queries of the last request")
                for sql, params, ms in sorted(queries, key=lambda q: -q[2])[: args.slowest]:
                    print(f"  {ms:7.1f} ms  {sql[:400]}")
                    if sql.lstrip().upper().startswith("SELECT"):
                        print(_explain(sql, params))
    finally:
        clear()


def _people(years: int) -> dict[str, Any]:
    """The readers' and writers' people and paths, those of bench/request_cost.py (``deadline_world``)."""
    from django.test import Client

    from deadline_world import deadline_world

    world = deadline_world(years=years, token_name="bench-pg")

    def client(user: Any) -> Client:
        c = Client()
        c.force_login(user)
        return c

    return {
        "boss": client(world.coordinator),
        "unit": client(world.reader),
        "bearer": {"HTTP_AUTHORIZATION": f"Bearer {world.token}"},
        "dashboard": world.dashboard,
        "report": world.report,
        "unit_cycle": world.unit_cycle.id,
        "writers": {
            name: (client(user), world.periods_of(cycle, org))
            for name, (user, cycle, org) in world.writers.items()
        },
        "clear": world.clear_writers,
    }


if __name__ == "__main__":
    main()
