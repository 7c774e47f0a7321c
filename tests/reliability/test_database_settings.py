"""Prepared statements on PostgreSQL (``TRONGTAM_DB_PREPARE``): on unless the operator turns them off (behind
PgBouncer in transaction mode), and never on SQLite. The settings are read in a fresh process, as a server reads them at start."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

_CODE = (
    "import json, trongtam.config.settings as s;"
    "d = s.DATABASES['default'];"
    "print(json.dumps([d['ENGINE'], d.get('OPTIONS', {}).get('server_side_binding'),"
    " d.get('OPTIONS', {}).get('prepare_threshold')]))"
)


def _database(tmp_path, **env: str) -> list[object]:
    environ = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "TRONGTAM_DB_PREPARE")}
    environ.update({"TRONGTAM_DATA_DIR": str(tmp_path), **env})
    out = subprocess.run(
        [sys.executable, "-c", _CODE], env=environ, capture_output=True, text=True, timeout=60, check=True
    )
    return list(json.loads(out.stdout))


POSTGRES = "postgres://u@127.0.0.1:5432/any"


@pytest.mark.parametrize("env", [{}, {"TRONGTAM_DB_PREPARE": "1"}, {"TRONGTAM_DB_PREPARE": "on"}])
def test_postgresql_prepares_statements_unless_told_not_to(tmp_path, env):
    assert _database(tmp_path, DATABASE_URL=POSTGRES, **env) == [
        "django.db.backends.postgresql",
        True,
        2,
    ]


@pytest.mark.parametrize("env", [{"TRONGTAM_DB_PREPARE": "0"}, {"TRONGTAM_DB_PREPARE": "off"}])
def test_postgresql_binds_on_the_client_when_told_to(tmp_path, env):
    assert _database(tmp_path, DATABASE_URL=POSTGRES, **env) == ["django.db.backends.postgresql", None, None]


def test_sqlite_ignores_the_switch(tmp_path):
    assert _database(tmp_path, TRONGTAM_DB_PREPARE="1") == ["django.db.backends.sqlite3", None, None]
