"""The CPU time of a command and of every process it starts, Chromium's included (bench/README.md, `make test`).

    .venv/bin/python bench/cpu_tree.py [--label NAME] -- COMMAND ...

`/usr/bin/time` counts only the children a process waits for, and Chromium's renderers and GPU process are not
reaped by pytest. The command runs instead in a cgroup of its own (cgroup v1 ``cpuacct``, as root on this
machine): its total is exact. While it runs, /proc is read every 0,2 s for a breakdown by kind of process
(Chromium's processes by their ``--type``, Playwright's node, Python), which misses at most the last 0,2 s of
each process. Linux only."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

CPUACCT = Path("/sys/fs/cgroup/cpuacct")
TICK = os.sysconf("SC_CLK_TCK")


def kind_of(pid: int) -> str:
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return "?"
    exe = os.path.basename(argv[0].decode(errors="replace")) if argv and argv[0] else "?"
    if "chrom" in exe or "headless" in exe:
        kind = next((a.decode()[7:] for a in argv if a.startswith(b"--type=")), "browser")
        return f"chromium {kind}"
    if exe == "node" or "playwright" in exe:
        return "node (playwright)"
    if exe.startswith("python") or exe in ("pytest", "trongtam"):
        return "python"
    return exe


def cpu_of(pid: int) -> tuple[int, float] | None:
    """(start time, user + system seconds) of a live process."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return int(fields[19]), (int(fields[11]) + int(fields[12])) / TICK


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--label", default="run")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    group = CPUACCT / f"cpu_tree_{os.getpid()}"
    group.mkdir()
    try:
        load = os.getloadavg()
        started = time.monotonic()
        child = subprocess.Popen(
            command,
            preexec_fn=lambda: (group / "cgroup.procs").write_text(str(os.getpid())),
        )
        seen: dict[tuple[int, int], tuple[str, float]] = {}
        while child.poll() is None:
            for line in (group / "cgroup.procs").read_text().split():
                pid = int(line)
                now = cpu_of(pid)
                if now is not None:
                    # Classified again each time: /usr/bin/chromium is a shell script that execs the browser.
                    # An exited process (a zombie) has no command line left: its kind stays what it was.
                    key, kind = (pid, now[0]), kind_of(pid)
                    seen[key] = (seen[key][0] if kind == "?" and key in seen else kind, now[1])
            time.sleep(0.2)
        wall = time.monotonic() - started
        user, system = (
            int(line.split()[1]) / TICK for line in (group / "cpuacct.stat").read_text().splitlines()
        )
    finally:
        for _ in range(50):
            try:
                group.rmdir()
                break
            except OSError:
                time.sleep(0.1)
    by_kind: dict[str, float] = defaultdict(float)
    for kind, seconds in seen.values():
        by_kind[kind] += seconds
    chromium = sum(s for k, s in by_kind.items() if k.startswith("chromium"))
    print(
        f"[{args.label}] exit {child.returncode}; wall {wall:.1f} s; CPU {user:.1f} user + {system:.1f} sys = "
        f"{user + system:.1f} s; load {load[0]:.2f} → {os.getloadavg()[0]:.2f}",
        file=sys.stderr,
    )
    print(f"[{args.label}]   sampled: chromium {chromium:.1f} s", file=sys.stderr)
    for kind, seconds in sorted(by_kind.items(), key=lambda kv: -kv[1]):
        print(f"[{args.label}]     {kind:28} {seconds:6.1f} s", file=sys.stderr)
    return child.returncode


if __name__ == "__main__":
    sys.exit(main())
