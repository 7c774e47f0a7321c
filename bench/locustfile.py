"""Locust users for the national benchmark (``bench/national_bench.py`` runs this file headless).

Three kinds of user, in equal numbers (50 users: 17, 17 and 16):

* the province office's coordinator: logs in through the login form (``/dang-nhap/``, with its CSRF
  token), then reads the province dashboard;
* the commune unit's staff: logs in the same way, then reads its report page for the period;
* an API client (Bearer token): reads ``/api/cycles``, ``/api/reports?cycle=`` or
  ``/api/entries?cycle=``, one of the three at random each time.

Think time: between two requests each user waits ``between(1, 3)`` seconds, uniformly — a person reading
the page before the next click (an API client polling at the same pace). Fifty users then send about
twenty requests a second between them: fifty people at work, not fifty clients firing back to back.
``TRONGTAM_BENCH_WAIT=0`` removes the pause (``constant(0)``): the stress phase, which shows the
machine's capacity rather than what fifty people ask of it.

Each request is named by its page, so locust's statistics are per page; a page answered with anything
but 200 (a redirect to the login form included) counts as a failure. The bench passes everything in the
environment; by hand, against a running server::

    TRONGTAM_BENCH_DASHBOARD='/dot/10/bang-theo-doi/?ky=189' \\
    TRONGTAM_BENCH_REPORT=/dot/20/tien-do/ky/389/don-vi/4/ TRONGTAM_BENCH_CYCLE=20 \\
    TRONGTAM_BENCH_COORDINATOR=bench-vp TRONGTAM_BENCH_UNIT=bench-xa \\
    TRONGTAM_BENCH_PASSWORD=… TRONGTAM_BENCH_TOKEN=… \\
    .venv/bin/locust -f bench/locustfile.py --host http://127.0.0.1:8000
"""

from __future__ import annotations

import logging
import os
import re
import time

import gevent
from locust import FastHttpUser, between, constant, task
from locust.env import Environment

# Request names: the rows of locust's statistics; national_bench.py prints its pages under the same names.
LOGIN = "Đăng nhập"
DASHBOARD = "Bảng theo dõi tỉnh"
REPORT = "Báo cáo của đơn vị"
API_CYCLES = "API /api/cycles"
API_REPORTS = "API /api/reports"
API_ENTRIES = "API /api/entries"

LOGIN_PATH = "/dang-nhap/"
_CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def _env(name: str) -> str:
    value = os.environ.get(f"TRONGTAM_BENCH_{name}")
    if not value:
        raise RuntimeError(f"TRONGTAM_BENCH_{name} is not set (see bench/locustfile.py)")
    return value


_WAIT = constant(0) if os.environ.get("TRONGTAM_BENCH_WAIT") == "0" else between(1, 3)
_LOG = logging.getLogger("bench")
_ARRIVED: list[float] = []  # when each user finished its on_start (logged in)


def _arrived(environment: Environment) -> None:
    """Count a user ready; once all are, reset the statistics and measure TRONGTAM_BENCH_MEASURE seconds.

    The logins (a password hash each, CPU-heavy) all fall in the ramp, so the pages are measured with
    every user at work and none logging in. Without TRONGTAM_BENCH_MEASURE, ``--run-time`` ends the run
    and the statistics cover it whole.
    """
    runner = environment.runner
    _ARRIVED.append(time.monotonic())
    if runner is None or len(_ARRIVED) != runner.target_user_count:
        return
    measure = float(os.environ.get("TRONGTAM_BENCH_MEASURE", "0"))
    if not measure:
        return
    login = runner.stats.entries.get((LOGIN, "POST"))
    if login is not None and login.num_requests:
        _LOG.info(
            "bench: %d logins, %d failed, p50 %d ms, p95 %d ms",
            login.num_requests,
            login.num_failures,
            login.get_response_time_percentile(0.5),
            login.get_response_time_percentile(0.95),
        )
    _LOG.info(
        "bench: all %d users at work after %.1f s; statistics reset, measuring %.0f s",
        len(_ARRIVED),
        _ARRIVED[-1] - _ARRIVED[0],
        measure,
    )
    runner.stats.reset_all()
    gevent.spawn_later(measure, runner.quit)


class _BenchUser(FastHttpUser):
    abstract = True
    wait_time = _WAIT
    network_timeout = 300.0
    connection_timeout = 60.0

    def page(self, name: str, path: str, headers: dict[str, str] | None = None) -> None:
        """GET ``path`` as ``name``; only a 200 counts as a success (redirects are not followed)."""
        with self.client.get(
            path, name=name, headers=headers, allow_redirects=False, catch_response=True
        ) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")


class _Person(_BenchUser):
    """A person with a session: logs in once through the form, as a browser does."""

    abstract = True
    user_var = ""

    def on_start(self) -> None:
        form = self.client.get(LOGIN_PATH, name=LOGIN)
        match = _CSRF.search(form.text or "")
        with self.client.post(
            LOGIN_PATH,
            name=LOGIN,
            data={
                "username": _env(self.user_var),
                "password": _env("PASSWORD"),
                "csrfmiddlewaretoken": match.group(1) if match else "",
            },
            headers={"Referer": f"{self.host}{LOGIN_PATH}"},
            allow_redirects=False,
            catch_response=True,
        ) as response:
            # A successful login redirects; the form shown again (200) means it was refused.
            if response.status_code != 302:
                response.failure(f"login refused: HTTP {response.status_code}")
        _arrived(self.environment)


class ProvinceCoordinator(_Person):
    """The coordinator of the province's office, reading the province dashboard."""

    user_var = "COORDINATOR"

    @task
    def dashboard(self) -> None:
        self.page(DASHBOARD, _env("DASHBOARD"))


class CommuneUnit(_Person):
    """The staff of a commune's people's committee, reading its report page for the period."""

    user_var = "UNIT"

    @task
    def report(self) -> None:
        self.page(REPORT, _env("REPORT"))


class ApiClient(_BenchUser):
    """A program reading the API lists with a Bearer token."""

    def on_start(self) -> None:
        self.headers = {"Authorization": f"Bearer {_env('TOKEN')}"}
        self.cycle = _env("CYCLE")
        _arrived(self.environment)

    @task
    def cycles(self) -> None:
        self.page(API_CYCLES, "/api/cycles", self.headers)

    @task
    def reports(self) -> None:
        self.page(API_REPORTS, f"/api/reports?cycle={self.cycle}", self.headers)

    @task
    def entries(self) -> None:
        self.page(API_ENTRIES, f"/api/entries?cycle={self.cycle}", self.headers)
