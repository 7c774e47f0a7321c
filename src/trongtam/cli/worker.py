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

__all__ = ["uno_python", "unoserver_start", "worker_command", "worker_start"]

UNO_PYTHONS = ("/usr/lib/libreoffice/program/python", "/usr/bin/python3")


def worker_command() -> list[str]:
    """The command line of the worker: `jobs_worker` (db_worker that first fails jobs a killed worker left) on every queue, without the code reloader."""
    return [sys.executable, "-m", "django", "jobs_worker", "--queue-name", "*", "--no-reload"]


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _unoserver_path() -> str | None:
    # unoserver is pure Python and installed with trongtam; LibreOffice's Python imports it from here.
    import importlib.util

    spec = importlib.util.find_spec("unoserver")
    if spec is None or not spec.submodule_search_locations:
        return None
    return os.path.dirname(next(iter(spec.submodule_search_locations)))


def uno_python() -> str | None:
    """A Python that imports LibreOffice's `uno` (``TRONGTAM_UNO_PYTHON`` overrides), or None."""
    candidates = [os.environ.get("TRONGTAM_UNO_PYTHON", ""), *UNO_PYTHONS]
    for candidate in filter(None, candidates):
        if not os.path.isfile(candidate):
            continue
        probe = subprocess.run([candidate, "-c", "import uno"], capture_output=True, timeout=30, check=False)
        if probe.returncode == 0:
            return candidate
    return None


def _stop_with(child: subprocess.Popen[bytes], *, group: bool = False) -> None:
    owner = os.getpid()

    def signal_child(sig: int) -> None:
        # A group is stopped whole: unoserver's LibreOffice runs under a launcher that outlives unoserver.
        try:
            os.killpg(child.pid, sig) if group else child.send_signal(sig)
        except ProcessLookupError:
            pass

    def stop() -> None:
        # Forked web workers inherit atexit handlers; only the process that started the child stops it.
        if os.getpid() != owner:
            return
        if child.poll() is None:
            signal_child(signal.SIGTERM)
            try:
                child.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass
        if group or child.poll() is None:
            signal_child(signal.SIGKILL)

    atexit.register(stop)


def unoserver_start(*, port: int = 2003) -> str | None:
    """Keep one LibreOffice warm through unoserver; returns its ``host:port``, or None if it cannot run.

    Needs LibreOffice's Python bridge (Debian: python3-uno). The worker's conversions go through it and fall
    back to a cold ``soffice --convert-to`` whenever it does not answer.
    """
    if os.environ.get("RUN_MAIN") == "true":
        return None
    python, path = uno_python(), _unoserver_path()
    if python is None or path is None:
        return None
    import tempfile

    profile = tempfile.mkdtemp(prefix="trongtam-lo-")
    env = dict(os.environ, PYTHONPATH=path)
    cmd = [python, "-m", "unoserver.server", "--interface", "127.0.0.1", "--port", str(port)]
    cmd += ["--uno-port", str(port - 1), "--user-installation", profile, "--quiet"]
    preexec = _die_with_parent if sys.platform.startswith("linux") else None
    child = subprocess.Popen(cmd, env=env, cwd=profile, preexec_fn=preexec, start_new_session=True)
    _stop_with(child, group=True)
    return f"127.0.0.1:{port}"


def worker_start() -> subprocess.Popen[bytes] | None:
    """Start the worker and arrange for it to stop with this process; returns the child.

    Django's autoreloader (``serve --dev``) re-runs this command in a child marked ``RUN_MAIN``; that child
    starts no second worker.
    """
    if os.environ.get("RUN_MAIN") == "true":
        return None
    env = dict(os.environ)
    env.setdefault("DJANGO_SETTINGS_MODULE", "trongtam.config.settings")
    if "TRONGTAM_UNOSERVER" not in env:
        warm = unoserver_start(port=int(env.get("TRONGTAM_UNOSERVER_PORT", "2003")))
        if warm:
            env["TRONGTAM_UNOSERVER"] = warm
    preexec = _die_with_parent if sys.platform.startswith("linux") else None
    child = subprocess.Popen(worker_command(), env=env, preexec_fn=preexec)
    _stop_with(child)
    return child
