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

from trongtam.registry.cycles.models import Cycle
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


_FAMILY_SQL = (
    f"SELECT s.cycle_id, s.token FROM {CycleStamp._meta.db_table} s WHERE s.cycle_id IN ("
    f"SELECT c.id FROM {Cycle._meta.db_table} c JOIN {Cycle._meta.db_table} this ON this.id = %s "
    "WHERE c.owner_id = this.owner_id AND c.year <= this.year) "
    f"UNION ALL SELECT s.cycle_id, s.token FROM {CycleStamp._meta.db_table} s WHERE s.cycle_id = 0"
)


def family_stamps(cycle_id: int) -> tuple[tuple[int, str], ...]:
    """The stamps of the cycle, of every earlier cycle of the same owner, and stamp 0, in one query.

    A superset of ``cycle_stamps([cycle_id])`` for pages that also show earlier years (the dashboard's
    previous year): a cycle created, moved to another owner or deleted changes the set itself, so nothing
    needs to know in advance which earlier cycle is meant. A cycle that does not exist has only stamp 0.
    """
    # Read on every page view, so written once as SQL rather than compiled by the ORM each time (the
    # compilation of the nested query cost more than running it). A union, not an OR: each half is an
    # index lookup, where the OR would scan every stamp.
    with connection.cursor() as cursor:
        cursor.execute(_FAMILY_SQL, [cycle_id])
        stamps = [(int(c), str(t)) for c, t in cursor.fetchall()]
    return tuple(sorted(stamps))


def cached(key: Hashable, cycle_ids: Iterable[int], build: Callable[[], T]) -> T:
    """``build()``, or the result it gave under the same key while the cycles' stamps have not moved.

    The result is shared between requests and threads: callers must treat it as read-only.
    """
    if not enabled():
        return build()
    return _cached((key, cycle_stamps(cycle_ids)), build)


def cached_under(key: Hashable, stamps: tuple[tuple[int, str], ...], build: Callable[[], T]) -> T:
    """``cached`` under stamps the caller has already read (``family_stamps``), so that several results
    of one page cost one stamp read."""
    if not enabled():
        return build()
    return _cached((key, stamps), build)


def _cached(full: Hashable, build: Callable[[], T]) -> T:
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


def clear() -> None:
    """Forget every kept result, so that the next request computes its page again."""
    with _LOCK:
        _ENTRIES.clear()


def stats() -> dict[str, int]:
    with _LOCK:
        return {**_STATS, "entries": len(_ENTRIES)}
