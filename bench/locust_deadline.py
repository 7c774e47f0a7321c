"""Locust users for the deadline-day benchmark (``bench/deadline_bench.py`` runs this file headless).

The readers of ``bench/locustfile.py`` (the province coordinator on the dashboard, the commune unit on its
report page, an API client on the lists) in fixed numbers, and beside them the writers: each is the
staff of one unit (the province's reporting office, or a commune's people's committee), with its own
login, working through the periods of its cycle one after another — open the report page, save a value
for every target (action "save"), open it again, send it (action "submit"), next period. Every save the
server acknowledges (a redirect) is appended to ``TRONGTAM_BENCH_ACKS`` as one JSON line with the values
sent, so the bench can count afterwards whether each acknowledged value is in the database.

Environment, beside the readers' (see bench/locustfile.py): ``TRONGTAM_BENCH_WRITERS`` (JSON list of
``[username, [report path, …]]``), ``TRONGTAM_BENCH_READERS`` ("17,17,16": coordinators, units, API).
"""

from __future__ import annotations

import json
import os
import random
import re
from typing import Any

from locust import between, constant, task

import locustfile as base

WRITE_PAGE = "Ghi: mở trang báo cáo"
WRITE_SAVE = "Ghi: lưu báo cáo"
WRITE_SUBMIT = "Ghi: gửi báo cáo"

_CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
_VALUE = re.compile(r'name="value_(\d+)"')
_VERSION = re.compile(r'name="ver_(\d+)_estimate" value="(\d+)"')
_READERS = [int(n) for n in os.environ.get("TRONGTAM_BENCH_READERS", "17,17,16").split(",")]
_WRITERS: list[list[Any]] = json.loads(os.environ.get("TRONGTAM_BENCH_WRITERS", "[]"))
_NEXT = [0]
_WAIT = constant(0) if os.environ.get("TRONGTAM_BENCH_WAIT") == "0" else between(1, 3)


class Coordinator(base.ProvinceCoordinator):
    fixed_count = _READERS[0]


class Unit(base.CommuneUnit):
    fixed_count = _READERS[1]


class Api(base.ApiClient):
    fixed_count = _READERS[2]


class Writer(base._BenchUser):
    """One unit's staff saving and sending its reports, period after period."""

    fixed_count = len(_WRITERS)
    wait_time = _WAIT

    def on_start(self) -> None:
        self.username, self.paths = _WRITERS[_NEXT[0] % len(_WRITERS)]
        _NEXT[0] += 1
        self.step = 0
        form = self.client.get(base.LOGIN_PATH, name=base.LOGIN)
        match = _CSRF.search(form.text or "")
        self.client.post(
            base.LOGIN_PATH,
            name=base.LOGIN,
            data={
                "username": self.username,
                "password": base._env("PASSWORD"),
                "csrfmiddlewaretoken": match.group(1) if match else "",
            },
            headers={"Referer": f"{self.host}{base.LOGIN_PATH}"},
            allow_redirects=False,
        )
        base._arrived(self.environment)

    def _form(self, path: str) -> tuple[str, list[str], dict[str, str]] | None:
        with self.client.get(path, name=WRITE_PAGE, allow_redirects=False, catch_response=True) as page:
            if page.status_code != 200:
                page.failure(f"HTTP {page.status_code}")
                return None
            text = page.text or ""
        token = _CSRF.search(text)
        return (token.group(1) if token else "", _VALUE.findall(text), dict(_VERSION.findall(text)))

    @task
    def work(self) -> None:
        period, action = divmod(self.step, 2)
        if period >= len(self.paths):
            return  # every period sent: this unit is done for the day
        path = self.paths[period]
        form = self._form(path)
        if form is None:
            return
        token, targets, versions = form
        values = {t: f"{random.randint(100, 99999)},{random.randint(0, 99):02d}" for t in targets}
        data: dict[str, str] = {"csrfmiddlewaretoken": token, "action": "submit" if action else "save"}
        for t, v in values.items():
            data[f"value_{t}"] = v
            data[f"kind_{t}"] = "estimate"
            data[f"ver_{t}_estimate"] = versions.get(t, "0")
            data[f"expl_{t}"] = "Số liệu ước thực hiện (đo tải)."
        name = WRITE_SUBMIT if action else WRITE_SAVE
        with self.client.post(
            path,
            data=data,
            name=name,
            headers={"Referer": f"{self.host}{path}"},
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code != 302:
                response.failure(f"HTTP {response.status_code}")
                return
        with open(os.environ["TRONGTAM_BENCH_ACKS"], "a", encoding="utf-8") as acks:
            acks.write(json.dumps({"path": path, "values": values}) + "\n")
        self.step += 1


__all__ = ["Api", "Coordinator", "Unit", "Writer"]
