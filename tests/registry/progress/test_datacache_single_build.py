"""Threads of one process that miss the same page at once build it once (deadline day: every save moves
the cycle's stamp, and every reader of its dashboard misses together)."""

from __future__ import annotations

import threading
import time

import pytest

from trongtam.registry.progress import datacache


@pytest.fixture(autouse=True)
def _empty():
    datacache.clear()
    yield
    datacache.clear()


def _wait_for(condition, seconds: float = 10.0) -> None:
    end = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < end, "the other threads never started waiting"
        time.sleep(0.005)


def test_threads_missing_the_same_result_share_one_build():
    release = threading.Event()
    builds: list[int] = []

    def build() -> dict[str, int]:
        builds.append(1)
        release.wait(10)
        return {"value": len(builds)}

    key = ("dashboard", ((1, "stamp"),))
    results: list[object] = []
    threads = [
        threading.Thread(target=lambda: results.append(datacache._cached(key, build))) for _ in range(4)
    ]
    threads[0].start()
    _wait_for(lambda: key in datacache._BUILDING)
    for t in threads[1:]:
        t.start()
    _wait_for(lambda: datacache._BUILDING[key].waiters == 3)
    release.set()
    for t in threads:
        t.join(10)
    assert len(builds) == 1
    assert len(results) == 4 and all(r is results[0] for r in results)


def test_when_the_shared_build_fails_each_waiter_builds_its_own():
    release = threading.Event()
    calls: list[str] = []

    def failing() -> object:
        calls.append("failing")
        release.wait(10)
        raise RuntimeError("database went away")

    def working() -> object:
        calls.append("working")
        return "page"

    key = ("dashboard", ((2, "stamp"),))
    errors: list[BaseException] = []
    results: list[object] = []

    def first() -> None:
        try:
            datacache._cached(key, failing)
        except RuntimeError as exc:
            errors.append(exc)

    a = threading.Thread(target=first)
    a.start()
    _wait_for(lambda: key in datacache._BUILDING)
    b = threading.Thread(target=lambda: results.append(datacache._cached(key, working)))
    b.start()
    _wait_for(lambda: datacache._BUILDING[key].waiters == 1)
    release.set()
    a.join(10)
    b.join(10)
    assert len(errors) == 1 and results == ["page"]
    assert key not in datacache._BUILDING
