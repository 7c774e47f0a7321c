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
can never share a stamp. What does not move with a unit's values (the cycle's tasks, targets and periods)
is kept under the cycle's *structure* stamp as well (``cached_structure``), so that a page recomputed
after a save loads the values alone. Only databases whose triggers migration 0003 installs (PostgreSQL, SQLite) are
cached; on any other, or with ``TRONGTAM_PAGE_CACHE=0``, every call computes.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar, cast

from django.db import connection

from trongtam.registry.cycles.models import Cycle
from trongtam.registry.progress.models import CycleStamp

T = TypeVar("T")

#: Results kept per process (least recently used dropped first). A province dashboard is a few hundred KB.
MAX_ENTRIES = int(os.environ.get("TRONGTAM_PAGE_CACHE_SIZE", "256"))
_LOCK = threading.Lock()
_ENTRIES: OrderedDict[Hashable, object] = OrderedDict()
_STATS = {"hits": 0, "misses": 0, "shared": 0}


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


_STRUCTURE_SQL = (
    f"SELECT cycle_id, token, structure_token FROM {CycleStamp._meta.db_table} WHERE cycle_id IN (%s, 0)"
)


def structure_stamps(cycle_id: int) -> tuple[tuple[int, str], ...]:
    """The cycle's structure stamp and stamp 0 (organisations), in one query.

    The structure stamp moves with the cycle's row, fields, proposals, tasks and their units, targets,
    target settings and periods (migration 0008), never with a unit's values, reports or assessments: what
    ``compute.cycle_structure_load`` reads is kept under it while a deadline's saves move the cycle's stamp.
    """
    with connection.cursor() as cursor:
        cursor.execute(_STRUCTURE_SQL, [cycle_id])
        stamps = [(int(c), str(structure if c else token)) for c, token, structure in cursor.fetchall()]
    return tuple(sorted(stamps))


#: Structures built within a ``structure_scope`` while the page cache is off, by (key, structure stamps).
_SCOPE: ContextVar[dict[Hashable, object] | None] = ContextVar("trongtam_structure_scope", default=None)


@contextmanager
def structure_scope() -> Iterator[None]:
    """Within it, with the page cache off, a cycle's structure is built once and reused while its structure
    stamp has not moved (read again at each use): a send reads it for its form and again for its checks.

    The page cache on, nothing changes (``cached_structure`` keeps it across requests). Nothing outlives the
    block: the page cache off still means every request computes.
    """
    token = _SCOPE.set({})
    try:
        yield
    finally:
        _SCOPE.reset(token)


def structure_kept() -> bool:
    """Whether a cycle's structure, once built, is kept for the next use (the page cache on, or within a
    ``structure_scope``): then reading it again costs one stamp query, not its build."""
    if enabled():
        return True
    return _SCOPE.get() is not None and connection.vendor in ("postgresql", "sqlite")


def cached_structure(key: Hashable, cycle_id: int, build: Callable[[], T]) -> T:
    """``cached`` under the cycle's structure stamp (``structure_stamps``) rather than its change stamp."""
    if not enabled():
        scope = _SCOPE.get()
        if scope is None or connection.vendor not in ("postgresql", "sqlite"):
            return build()
        full = (key, structure_stamps(cycle_id))
        if full not in scope:
            scope[full] = build()
        return cast(T, scope[full])
    return _cached((key, structure_stamps(cycle_id)), build)


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


def kept(key: Hashable, stamps: tuple[tuple[int, str], ...]) -> object | None:
    """The result kept under ``key`` and these stamps, or None; never builds anything."""
    if not enabled():
        return None
    with _LOCK:
        full = (key, stamps)
        if full not in _ENTRIES:
            return None
        _ENTRIES.move_to_end(full)
        _STATS["hits"] += 1
        return _ENTRIES[full]


class _Pending:
    """A result being built by one thread, which the others asking for it wait for."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.value: object = None
        self.ok = False
        self.waiters = 0


_BUILDING: dict[Hashable, _Pending] = {}

#: How long a request waits for another thread's build of the same result before building its own.
WAIT_SECONDS = 30.0


def _cached(full: Hashable, build: Callable[[], T]) -> T:
    """The kept result, or one build per process for all the threads that ask for it at once.

    On deadline day each save moves its cycle's stamp, and every reader of that cycle's dashboard then
    misses together; without this, each of them would recompute the same page at the same moment.
    Threads asking for a result another thread is building wait for it (it is computed under the same
    stamps, so it is what they would have computed); if that build fails, each builds its own.
    """
    with _LOCK:
        if full in _ENTRIES:
            _ENTRIES.move_to_end(full)
            _STATS["hits"] += 1
            return cast(T, _ENTRIES[full])
        pending = _BUILDING.get(full)
        if pending is None:
            pending = _BUILDING[full] = _Pending()
            mine = True
            _STATS["misses"] += 1
        else:
            pending.waiters += 1
            mine = False
            _STATS["shared"] += 1
    if not mine:
        if pending.done.wait(WAIT_SECONDS) and pending.ok:
            return cast(T, pending.value)
        return build()
    try:
        value = build()
    except BaseException:
        with _LOCK:
            _BUILDING.pop(full, None)
        pending.done.set()
        raise
    with _LOCK:
        _ENTRIES[full] = value
        while len(_ENTRIES) > MAX_ENTRIES:
            _ENTRIES.popitem(last=False)
        _BUILDING.pop(full, None)
        pending.value, pending.ok = value, True
    pending.done.set()
    return value


def clear() -> None:
    """Forget every kept result, so that the next request computes its page again."""
    with _LOCK:
        _ENTRIES.clear()


def stats() -> dict[str, int]:
    with _LOCK:
        return {**_STATS, "entries": len(_ENTRIES)}
