"""A job whose worker is gone never shows "running" forever.

A real worker process is killed (SIGKILL) in the middle of a job: the job stays "running" in the database
(nothing could record otherwise), and the next worker to start marks it failed with a Vietnamese message
saying to run it again. In-process: a job whose worker process no longer exists on this host, or that has
not reported for ``STALE_AFTER``, shows as failed on its page; a live one keeps running.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone
from tests.conftest import migrated_template

ROOT = Path(__file__).resolve().parents[3]

QUEUE = """
from django.contrib.auth import get_user_model
from trongtam.registry.jobs.services import job_create
u = get_user_model().objects.create_user(username="vanphong", password="x")
job = job_create(user=u, kind="document_pdf", title="Bản PDF", params={"document_id": 1})
print(job.id)
"""

# The worker, with the job's handler replaced by one that reports a step and then never ends (a long
# conversion), so the test can kill the worker while the job is surely running.
WORKER = """
import sys, time, django
django.setup()
from trongtam.registry.jobs import services, tasks
def forever(job):
    services.job_progress(job=job, progress=40, message="Đang chuyển…")
    while True:
        time.sleep(1)
tasks.HANDLERS["document_pdf"] = forever
from django.core.management import call_command
call_command("jobs_worker", "--no-startup-delay", "--no-reload", "--interval", "0.2")
"""


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env["TRONGTAM_DATA_DIR"] = str(tmp_path)
    env["DJANGO_SETTINGS_MODULE"] = "trongtam.config.settings"
    return env


def _manage(env: dict[str, str], *args: str) -> str:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def _job(db: Path, job_id: int) -> tuple[str, str, str]:
    with sqlite3.connect(db) as conn:
        row = conn.execute("select status, worker, error_vi from jobs_job where id = ?", (job_id,)).fetchone()
    return row


@pytest.mark.serial
def test_a_job_of_a_killed_worker_is_failed_when_the_next_worker_starts(tmp_path):
    from trongtam.registry.jobs.services import INTERRUPTED_VI

    env = _env(tmp_path)
    db = tmp_path / "trongtam.sqlite3"
    shutil.copyfile(migrated_template(), db)  # the suite's migrated template: no `migrate` from scratch
    job_id = int(_manage(env, "shell", "-c", QUEUE).strip().splitlines()[-1])
    worker = subprocess.Popen([sys.executable, "-c", WORKER], env=env, cwd=ROOT)
    try:
        for _ in range(600):  # bounded: at most ~2 minutes on a loaded machine
            if _job(db, job_id)[0] == "running" or worker.poll() is not None:
                break
            time.sleep(0.2)
        status, who, _ = _job(db, job_id)
        assert status == "running" and who.endswith(f":{worker.pid}")
    finally:
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait(timeout=30)
    # Killed outright, the worker recorded nothing: the job still says "running".
    assert _job(db, job_id)[0] == "running"
    # The next worker (as `trongtam serve` starts it) fails it first, with what to do.
    _manage(env, "jobs_worker", "--batch", "--no-startup-delay", "--no-reload")
    status, _, error = _job(db, job_id)
    assert (status, error) == ("failed", INTERRUPTED_VI)


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait(timeout=30)
    return child.pid


@pytest.fixture
def running(django_user_model):
    from trongtam.registry.jobs.models import Job

    user = django_user_model.objects.create_user(username="vanphong", password="x")

    def make(worker: str, minutes_ago: int) -> Job:
        at = timezone.now() - timedelta(minutes=minutes_ago)
        return Job.objects.create(
            user=user,
            kind=Job.Kind.DOCUMENT_PDF,
            title="Bản PDF",
            status=Job.Status.RUNNING,
            progress=40,
            message="Đang chuyển…",
            worker=worker,
            started_at=at,
            heartbeat_at=at,
        )

    return user, make


@pytest.mark.django_db
def test_the_job_page_shows_a_job_whose_worker_process_is_gone_as_failed(client, running):
    from trongtam.registry.jobs.services import INTERRUPTED_VI, worker_name

    user, make = running
    host = worker_name().rpartition(":")[0]
    gone = make(f"{host}:{_dead_pid()}", minutes_ago=0)
    alive = make(worker_name(), minutes_ago=0)  # this very process: alive
    client.force_login(user)
    page = client.get(reverse("web:job_detail", args=[gone.id])).content.decode()
    assert "Không thành công" in page and INTERRUPTED_VI in page and 'hx-trigger="every 1s"' not in page
    fragment = client.get(reverse("web:job_status", args=[alive.id])).content.decode()
    assert "Đang chạy" in fragment and 'hx-trigger="every 1s"' in fragment
    gone.refresh_from_db()
    alive.refresh_from_db()
    assert (gone.status, alive.status) == ("failed", "running") and gone.finished_at is not None


@pytest.mark.django_db
def test_a_job_silent_for_longer_than_the_stale_limit_is_failed_wherever_it_ran(running):
    from trongtam.registry.jobs.services import STALE_AFTER, jobs_reap

    _, make = running
    minutes = int(STALE_AFTER.total_seconds() // 60)
    silent = make("may-khac:123", minutes_ago=minutes + 1)
    recent = make("may-khac:124", minutes_ago=minutes - 1)
    assert jobs_reap() == 1
    silent.refresh_from_db()
    recent.refresh_from_db()
    assert (silent.status, recent.status) == ("failed", "running")
