"""The real worker: `manage.py db_worker` in its own process picks a job queued through the database backend
from a file-based SQLite database (a fresh copy of the migrated template every test run starts from) and
records its outcome on the Job row."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from tests.conftest import migrated_template

from trongtam.registry.cascade.models import Share
from trongtam.registry.documents.models import IssuedDocument
from trongtam.registry.jobs.models import Job

ROOT = Path(__file__).resolve().parents[3]

QUEUE = """
from django.contrib.auth import get_user_model
from trongtam.registry.jobs.services import job_create
u = get_user_model().objects.create_user(username="vanphong", password="x")
job = job_create(user=u, kind="document_pdf", title="Bản PDF", params={"document_id": 424242})
print(job.id, job.status)
"""


def _rows(database: Path, sql: str, *params: object) -> list[tuple]:
    """What the worker left in the database file, read directly (a start of Django costs about 0,7 s of CPU)."""
    with closing(sqlite3.connect(database)) as conn:
        return conn.execute(sql, params).fetchall()


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


def test_the_db_worker_process_runs_a_queued_job_and_records_its_outcome(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env["TRONGTAM_DATA_DIR"] = str(tmp_path)
    shutil.copyfile(migrated_template(), tmp_path / "trongtam.sqlite3")
    job_id, status = _manage(env, "shell", "-c", QUEUE).strip().splitlines()[-1].split()
    assert status == "queued"
    # Process what is queued, then exit: the same worker `trongtam serve` starts, run once.
    _manage(env, "db_worker", "--batch", "--no-startup-delay", "--no-reload")
    [(state, started, finished, error)] = _rows(
        tmp_path / "trongtam.sqlite3",
        f"SELECT status, started_at IS NOT NULL, finished_at IS NOT NULL, error_vi FROM {Job._meta.db_table} "
        "WHERE id = ?",
        int(job_id),
    )
    assert (state, started, finished) == ("failed", 1, 1)
    assert error == "Không tìm thấy văn bản cần chuyển sang PDF (có thể đã bị xóa)."


QUEUE_ISSUE_AND_HAND_DOWN = """
from decimal import Decimal
from django.contrib.auth import get_user_model
from trongtam.registry.cascade import sheets
from trongtam.registry.cascade.sample import cascade_sample_load
from trongtam.registry.cascade.services import ShareInput
from trongtam.registry.cycles.models import KeyTask, Target
from trongtam.registry.documents.services import document_issue_start
sample = cascade_sample_load()
office = get_user_model().objects.get(username="tinh-vanphong")
issue = document_issue_start(cycle=sample.cycle, kind="task_list", user=office, request_key="k-1")
task = KeyTask.objects.create(cycle=sample.cycle, number="9", order=9, text="Giao thông nông thôn.")
target = Target.objects.create(key_task=task, indicator="km đường", op=">=", value=Decimal(50), unit="km")
rows = [ShareInput(commune_id=c.id, value="10") for c in sample.communes]
token = sheets.sheet_token(target=target, method="sum", base_label="", rows=rows)
hand_down = sheets.hand_down_import_start(target=target, token=token, user=office)
print(issue.id, hand_down.id, issue.status, hand_down.status)
"""


@pytest.mark.libreoffice  # the worker converts the issued document (seconds of a cold LibreOffice)
def test_the_db_worker_process_issues_a_document_and_hands_a_target_down(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env["TRONGTAM_DATA_DIR"] = str(tmp_path)
    shutil.copyfile(migrated_template(), tmp_path / "trongtam.sqlite3")
    issue, hand_down, *states = (
        _manage(env, "shell", "-c", QUEUE_ISSUE_AND_HAND_DOWN).strip().splitlines()[-1].split()
    )
    assert states == ["queued", "queued"]
    _manage(env, "db_worker", "--batch", "--no-startup-delay", "--no-reload")
    database = tmp_path / "trongtam.sqlite3"
    jobs = dict(_rows(database, f"SELECT id, status FROM {Job._meta.db_table}"))
    [(message,)] = _rows(database, f"SELECT message FROM {Job._meta.db_table} WHERE id = ?", int(issue))
    [(number,)] = _rows(database, f"SELECT number FROM {IssuedDocument._meta.db_table}")
    [(shares,)] = _rows(database, f"SELECT count(*) FROM {Share._meta.db_table} WHERE value = 10")
    assert (jobs[int(issue)], number, jobs[int(hand_down)], shares) == ("done", 1, "done", 3)
    assert message.startswith("Đã ban hành văn bản Số 01-TB/TU.")
