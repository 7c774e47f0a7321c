"""Per-process cache of what pages compute from a cycle, valid exactly as long as the cycle's data is unchanged.

A dashboard recomputes every status of a cycle (values, year-to-date sums, projections, trends, the previous
year's figures) — tens of milliseconds of Python that would be repeated, identical, for every person who
opens it until somebody changes something. ``cached`` keeps the result in this process's memory under the
cycles' change stamps (``CycleStamp``, moved by database triggers on every write to the rows a cycle's pages
read, bulk writes and ``COPY`` included). Each request reads the stamps first (one indexed query) and then
either reuses the result computed under the same stamps or computes it afresh: a change committed by any
process, through the app or straight into the database, is seen by the next request.

The stamp is read *before* the data, so a result is never stored under a stamp newer than what it was
computed from. Stamps are random tokens, not counters, so a change that was rolled back and a later change
can never share a stamp. Only databases whose triggers migration 0003 installs (PostgreSQL, SQLite) are
cached; on any other, or with ``TRONGTAM_PAGE_CACHE=0``, every call computes.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar, cast

from django.db import connection

from trongtam.registry.progress.models import CycleStamp

T = TypeVar("T")

#: Results kept per process (least recently used dropped first). A province dashboard is a few hundred KB.
MAX_ENTRIES = int(os.environ.get("TRONGTAM_PAGE_CACHE_SIZE", "256"))
_LOCK = threading.Lock()
_ENTRIES: OrderedDict[Hashable, object] = OrderedDict()
_STATS = {"hits": 0, "misses": 0}


def enabled() -> bool:
    return os.environ.get("TRONGTAM_PAGE_CACHE", "1") != "0" and connection.vendor in ("postgresql", "sqlite")


def cycle_stamps(cycle_ids: Iterable[int]) -> tuple[tuple[int, str], ...]:
    """The change stamps of the cycles and of what every cycle shows (organisations: stamp 0)."""
    ids = sorted({int(i) for i in cycle_ids} | {0})
    return tuple(
        sorted(CycleStamp.objects.filter(cycle_id__in=ids).values_list("cycle_id", "token").order_by())
    )


def cached(key: Hashable, cycle_ids: Iterable[int], build: Callable[[], T]) -> T:
    """``build()``, or the result it gave under the same key while the cycles' stamps have not moved.

    The result is shared between requests and threads: callers must treat it as read-only.
    """
    if not enabled():
        return build()
    full = (key, cycle_stamps(cycle_ids))
    with _LOCK:
        if full in _ENTRIES:
            _ENTRIES.move_to_end(full)
            _STATS["hits"] += 1
            return cast(T, _ENTRIES[full])
        _STATS["misses"] += 1
    value = build()
    with _LOCK:
        _ENTRIES[full] = value
        while len(_ENTRIES) > MAX_ENTRIES:
            _ENTRIES.popitem(last=False)
    return value


def stats() -> dict[str, int]:
    with _LOCK:
        return {**_STATS, "entries": len(_ENTRIES)}
