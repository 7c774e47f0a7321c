"""``/healthz``: whether this server can serve — the database and the data folder (essential: 503 without
them) — and whether LibreOffice, OCR and the background worker are there (reported, never a 503).

The answer names no paths or versions: it is served to anyone, for load balancers and monitors.
"""

from __future__ import annotations

import importlib
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from trongtam.core.rendering.pdf import find_soffice

ESSENTIAL = ("database", "storage")
Check = dict[str, Any]


def check_database() -> Check:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"ok": True}


def check_storage() -> Check:
    # Uploads and generated documents are written under MEDIA_ROOT: write and remove a file there.
    media = Path(settings.MEDIA_ROOT)
    media.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=media, prefix=".healthz-") as probe:
        probe.write(b"ok")
        probe.flush()
    return {"ok": True}


def check_libreoffice() -> Check:
    found = find_soffice() is not None
    return {"ok": found, **({} if found else {"detail": "Chưa cài LibreOffice: không tạo được tệp PDF."})}


def check_ocr() -> Check:
    tesseract = shutil.which("tesseract")
    if tesseract is None:
        return {"ok": False, "detail": "Chưa cài Tesseract: không đọc được bản scan."}
    listed = subprocess.run([tesseract, "--list-langs"], capture_output=True, text=True, timeout=10)
    if "vie" not in (listed.stdout + listed.stderr).split():
        return {"ok": False, "detail": "Tesseract thiếu dữ liệu tiếng Việt (tesseract-ocr-vie)."}
    return {"ok": True}


def check_worker() -> Check:
    """The worker's heartbeat, read through the callable ``TRONGTAM_WORKER_HEARTBEAT`` names."""
    target = getattr(settings, "TRONGTAM_WORKER_HEARTBEAT", "")
    if not target:
        return {"ok": None, "status": "not configured"}
    module, _, name = target.partition(":")
    heartbeat: Callable[[], datetime | None] = getattr(importlib.import_module(module), name)
    last = heartbeat()
    if last is None:
        return {"ok": False, "status": "no heartbeat"}
    age = (timezone.now() - last).total_seconds()
    fresh = age <= settings.TRONGTAM_WORKER_HEARTBEAT_MAX_AGE
    return {"ok": fresh, "status": "ok" if fresh else "stale", "age_seconds": round(age)}


CHECKS: dict[str, Callable[[], Check]] = {
    "database": check_database,
    "storage": check_storage,
    "libreoffice": check_libreoffice,
    "ocr": check_ocr,
    "worker": check_worker,
}


def _run(check: Callable[[], Check]) -> Check:
    start = time.perf_counter()
    try:
        result = check()
    except Exception as exc:  # a check that fails reports why instead of failing the health page
        result = {"ok": False, "error": type(exc).__name__}
    result["ms"] = round((time.perf_counter() - start) * 1000, 1)
    return result


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """200 when the database and storage work, else 503; every check's outcome in the body."""
    checks = {name: _run(check) for name, check in CHECKS.items()}
    healthy = all(checks[name]["ok"] for name in ESSENTIAL)
    return JsonResponse(
        {"status": "ok" if healthy else "fail", "checks": checks}, status=200 if healthy else 503
    )
