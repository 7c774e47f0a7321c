"""The transport floor: a bare WSGI app, no framework, that runs one SQL query and answers its rows as JSON.

``bench/national_bench.py`` serves it with gunicorn (the same worker class, workers and threads as the
app) on its own loopback port and times it with the same HTTP client as the pages, so that each page can
be shown beside the bare query *served over HTTP* — what any server, however thin, pays before the first
line of application code. ``/`` answers an empty body without touching the database (the transport
alone); ``/<name>`` runs the query named in ``TRONGTAM_BARE_QUERIES`` (JSON: name → [sql, params]).

The database is ``TRONGTAM_BARE_DSN`` (a libpq connection string, psycopg) or, when that is empty,
the SQLite file ``TRONGTAM_BARE_SQLITE``. One connection per thread, kept open, autocommit.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable
from typing import Any

_LOCAL = threading.local()
_QUERIES: dict[str, tuple[str, list[Any]]] = {
    name: (sql, params)
    for name, (sql, params) in json.loads(os.environ.get("TRONGTAM_BARE_QUERIES", "{}")).items()
}


def _connection() -> Any:
    conn = getattr(_LOCAL, "conn", None)
    if conn is None:
        dsn = os.environ.get("TRONGTAM_BARE_DSN", "")
        if dsn:
            import psycopg

            conn = psycopg.connect(dsn, autocommit=True)
        else:
            conn = sqlite3.connect(os.environ["TRONGTAM_BARE_SQLITE"], check_same_thread=False)
        _LOCAL.conn = conn
    return conn


def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
    name = environ.get("PATH_INFO", "/").strip("/")
    if not name:
        body = b""
    elif name in _QUERIES:
        sql, params = _QUERIES[name]
        conn = _connection()
        if isinstance(conn, sqlite3.Connection):
            sql = sql.replace("%s", "?")
        cursor = conn.cursor()
        try:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        finally:
            cursor.close()
        body = json.dumps(rows, default=str, ensure_ascii=False).encode()
    else:
        start_response("404 Not Found", [("Content-Length", "0")])
        return [b""]
    start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
    return [body]
