"""The background-jobs worker (`manage.py db_worker`) as a child process of `trongtam serve`.

The child runs with the same settings and environment, stops when `serve` exits (atexit) and, on Linux, also
when `serve` is killed outright (the kernel's parent-death signal), so no orphan keeps converting.
"""

from __future__ import annotations

import atexit
import os
import signal
import subprocess
import sys

__all__ = ["worker_command", "worker_start"]


def worker_command() -> list[str]:
    """The command line of the worker: Django's `db_worker` on every queue, without the code reloader."""
    return [sys.executable, "-m", "django", "db_worker", "--queue-name", "*", "--no-reload"]


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def worker_start() -> subprocess.Popen[bytes] | None:
    """Start the worker and arrange for it to stop with this process; returns the child.

    Django's autoreloader (``serve --dev``) re-runs this command in a child marked ``RUN_MAIN``; that child
    starts no second worker.
    """
    if os.environ.get("RUN_MAIN") == "true":
        return None
    env = dict(os.environ)
    env.setdefault("DJANGO_SETTINGS_MODULE", "trongtam.config.settings")
    preexec = _die_with_parent if sys.platform.startswith("linux") else None
    child = subprocess.Popen(worker_command(), env=env, preexec_fn=preexec)
    owner = os.getpid()

    def stop() -> None:
        # Forked web workers inherit atexit handlers; only the process that started the worker stops it.
        if os.getpid() != owner or child.poll() is not None:
            return
        child.terminate()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()

    atexit.register(stop)
    return child
