"""A database that several connections really share: on SQLite the test database copied to a file (an
in-memory one is a shared cache, whose locking is not SQLite's file lock), on PostgreSQL the test database
itself, with transactions that commit."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.db import connection


@pytest.fixture
def file_db(transactional_db, cast, tmp_path) -> Iterator[Path | None]:
    """The test database (with the cast) as a real file on SQLite; None on PostgreSQL."""
    if connection.vendor != "sqlite":
        yield None
        return
    path = tmp_path / "trongtam.sqlite3"
    connection.ensure_connection()
    copy = sqlite3.connect(path)
    connection.connection.backup(copy)
    copy.close()
    # Closing an in-memory database would drop it: keep its connection aside, reconnect to the file. The
    # settings dict is shared with the connections other threads open, so they open the file too.
    in_memory = connection.connection
    name, options = connection.settings_dict["NAME"], connection.settings_dict["OPTIONS"]
    connection.connection = None
    connection.settings_dict["NAME"] = str(path)
    connection.settings_dict["OPTIONS"] = {**options}
    try:
        yield path
    finally:
        connection.close()
        connection.settings_dict["NAME"] = name
        connection.settings_dict["OPTIONS"] = options
        connection.connection = in_memory
