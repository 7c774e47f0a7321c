"""Recognising a database that is busy (a write lock held longer than the wait allows) and saying so.

A request that meets such a lock was rolled back whole: the web and the API answer 503 with this message
instead of a server error, so the person knows nothing was half-saved and may simply try again.
"""

from __future__ import annotations

from django.db import OperationalError

BUSY_VI = (
    "Hệ thống đang bận vì nhiều người cùng ghi dữ liệu. Thao tác của bạn chưa được ghi và không có dữ liệu "
    "nào bị mất; vui lòng thử lại sau ít giây."
)
BUSY_EN = "The database is busy with other writes; nothing was saved or lost. Try again in a few seconds."
RETRY_AFTER_SECONDS = 5

# SQLite's "database is locked"/"database table is locked", PostgreSQL's lock_timeout, lock_not_available,
# deadlock and serialization failures: every one rolls the transaction back.
_LOCK_WORDS = (
    "database is locked",
    "database table is locked",
    "lock timeout",
    "could not obtain lock",
    "deadlock detected",
    "could not serialize access",
)


def is_busy(exc: BaseException) -> bool:
    """Whether ``exc`` is the database refusing a write because another one holds the lock."""
    if not isinstance(exc, OperationalError):
        return False
    text = str(exc).lower()
    return any(word in text for word in _LOCK_WORDS)
