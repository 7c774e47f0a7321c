"""`trongtam serve`'s children: the background-jobs worker and the warm LibreOffice start with it and stop
with it."""

from __future__ import annotations

import socket
import sys
import time
from pathlib import Path

import pytest

from trongtam.cli import worker

SAMPLE = Path(__file__).resolve().parents[2] / "src/trongtam/registry/sample/seed-huu-lung-2024.docx"


def _capture_stops(monkeypatch) -> list:
    stops: list = []
    monkeypatch.setattr(worker.atexit, "register", stops.append)
    return stops


def test_the_worker_is_the_reaping_db_worker_on_every_queue() -> None:
    cmd = worker.worker_command()
    assert cmd[:4] == [sys.executable, "-m", "django", "jobs_worker"] and "*" in cmd and "--no-reload" in cmd


def test_serve_starts_the_worker_as_a_child_and_stops_it_on_exit(monkeypatch) -> None:
    stops = _capture_stops(monkeypatch)
    monkeypatch.setattr(
        worker, "worker_command", lambda: [sys.executable, "-c", "import time; time.sleep(60)"]
    )
    monkeypatch.setattr(worker, "unoserver_start", lambda **kw: None)
    child = worker.worker_start()
    assert child is not None and child.poll() is None
    for stop in stops:
        stop()
    assert child.wait(timeout=10) is not None


def test_the_autoreloaders_child_starts_no_second_worker(monkeypatch) -> None:
    monkeypatch.setenv("RUN_MAIN", "true")
    assert worker.worker_start() is None and worker.unoserver_start() is None


@pytest.mark.libreoffice
def test_unoserver_keeps_a_libreoffice_warm_that_converts(monkeypatch) -> None:
    from trongtam.core.rendering.pdf import docx_to_pdf_warm

    if worker.uno_python() is None:
        pytest.skip("LibreOffice's Python bridge (python3-uno) is not installed")
    stops = _capture_stops(monkeypatch)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1] + 1
    address = worker.unoserver_start(port=port)
    assert address == f"127.0.0.1:{port}"
    try:
        pdf = None
        for _ in range(120):  # it takes LibreOffice a few seconds to start
            pdf = docx_to_pdf_warm(SAMPLE.read_bytes(), address=address, timeout=60)
            if pdf is not None:
                break
            time.sleep(0.5)
        assert pdf is not None and pdf.startswith(b"%PDF")
        assert docx_to_pdf_warm(SAMPLE.read_bytes(), address=address) is not None  # and again, warm
    finally:
        for stop in stops:
            stop()
    # Nothing of it outlives the stop: not unoserver, not LibreOffice's launcher, not soffice itself.
    # (A killed process takes a moment to leave; a zombie's command line is empty.)
    for _ in range(100):
        left = _processes_mentioning(f"port={port - 1}")
        if not left:
            break
        time.sleep(0.1)
    assert left == []


def _processes_mentioning(text: str) -> list[str]:
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            args = cmdline.read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
        except OSError:
            continue
        if text in args:
            found.append(args)
    return found
