"""Every table whose writes move a cycle's change stamp still has its three triggers after all migrations.

A later migration that rebuilds a stamped table (SQLite does, to add a NOT NULL column) drops the table's
triggers with it; the page cache would then serve stale pages without any error.
"""

from __future__ import annotations

from importlib import import_module

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db

_TABLES = sorted(
    set(import_module("trongtam.registry.progress.migrations.0003_cycle_stamp").STAMPED)
    | set(import_module("trongtam.registry.progress.migrations.0004_stamp_links_and_evidence").STAMPED)
)


def _triggers(table: str) -> int:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = %s "
                "AND name LIKE 'tt_stamp_%%'",
                [table],
            )
        else:
            cursor.execute(
                "SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE c.relname = %s AND t.tgname LIKE 'tt_stamp_%%'",
                [table],
            )
        return cursor.fetchone()[0]


@pytest.mark.parametrize("table", _TABLES)
def test_every_stamped_table_keeps_its_insert_update_and_delete_triggers(table):
    assert _triggers(table) == 3
