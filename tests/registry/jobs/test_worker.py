"""The real worker: `manage.py db_worker` in its own process picks a job queued through the database backend
from a file-based SQLite database (a fresh one for this test) and records its outcome on the Job row."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

QUEUE = """
from django.contrib.auth import get_user_model
from trongtam.registry.jobs.services import job_create
u = get_user_model().objects.create_user(username="vanphong", password="x")
job = job_create(user=u, kind="document_pdf", title="Bản PDF", params={"document_id": 424242})
print(job.id, job.status)
"""

CHECK = """
from trongtam.registry.jobs.models import Job
j = Job.objects.get(pk={job_id})
print(j.status, j.started_at is not None, j.finished_at is not None, j.error_vi, sep="|")
"""


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
    _manage(env, "migrate", "--verbosity", "0")
    job_id, status = _manage(env, "shell", "-c", QUEUE).strip().splitlines()[-1].split()
    assert status == "queued"
    # Process what is queued, then exit: the same worker `trongtam serve` starts, run once.
    _manage(env, "db_worker", "--batch", "--no-startup-delay", "--no-reload")
    state, started, finished, error = (
        _manage(env, "shell", "-c", CHECK.format(job_id=job_id)).strip().splitlines()[-1].split("|")
    )
    assert (state, started, finished) == ("failed", "True", "True")
    assert error == "Không tìm thấy văn bản cần chuyển sang PDF (có thể đã bị xóa)."
