"""A second stamp per cycle for its *structure*, moved only by writes to its tasks, targets and periods.

``CycleStamp.token`` moves on every write a cycle's pages read, a unit's saved value included, and on
deadline day that is every few seconds. What a value save never changes — the cycle's row, fields,
proposals, tasks, their lead units and sources, targets, target settings and periods: everything
``compute.cycle_structure_load`` reads — now also moves ``structure_token``, so that the structure can be
kept while only the values are loaded again (``datacache.structure_stamps``). The structure triggers are
separate from 0003's (named ``tt_structure_…``), which they leave as they are: the tables below move both
stamps, every other stamped table only ``token``.

On SQLite, adding the column rebuilds ``progress_cyclestamp``, which every stamp trigger names: they are
dropped first and written again afterwards. A later migration that rebuilds a stamped table must do the
same with ``drop_all`` and ``create_all`` below (they cover 0003, 0004 and these triggers).
"""

from importlib import import_module

from django.db import migrations, models
from django.db.backends.base.schema import BaseDatabaseSchemaEditor

_0006 = import_module("trongtam.registry.progress.migrations.0006_stamp_triggers_after_table_rebuilds")

# Which cycle a row of each table belongs to (joins from the row ``x``, expression for its cycle), frozen
# here like 0003's table. Organisations are not here: the structure is kept under stamp 0's token too.
STRUCTURE: dict[str, tuple[str, str]] = {
    "cycles_cycle": ("", "x.id"),
    "cycles_field": ("", "x.cycle_id"),
    "cycles_proposal": ("", "x.cycle_id"),
    "cycles_keytask": ("", "x.cycle_id"),
    "cycles_keytask_lead_units": ("JOIN cycles_keytask k ON k.id = x.keytask_id", "k.cycle_id"),
    "cycles_keytask_sources": ("JOIN cycles_keytask k ON k.id = x.from_keytask_id", "k.cycle_id"),
    "cycles_target": ("JOIN cycles_keytask k ON k.id = x.key_task_id", "k.cycle_id"),
    "progress_targetsetting": (
        "JOIN cycles_target t ON t.id = x.target_id JOIN cycles_keytask k ON k.id = t.key_task_id",
        "k.cycle_id",
    ),
    "progress_period": ("", "x.cycle_id"),
}
_OPS = ("insert", "update", "delete")


def _postgresql(table: str, joins: str, expr: str) -> list[str]:
    """Statement-level triggers over the transition tables, as 0003's, setting ``structure_token`` only.

    They fire after 0003's on the same statement (triggers fire in name order) and upsert the same stamp
    rows in the same order, so they take no lock that statement does not already hold.
    """

    def pick(rows: str) -> str:
        return f"SELECT {expr} AS c FROM {rows} x {joins}"

    token = "md5(random()::text || clock_timestamp()::text)"
    upsert = (
        "INSERT INTO progress_cyclestamp (cycle_id, n, token, structure_token) "
        f"SELECT c, 1, {token}, {token} FROM ({{rows}}) s "
        "WHERE c IS NOT NULL GROUP BY c ORDER BY c "
        "ON CONFLICT (cycle_id) DO UPDATE SET structure_token = EXCLUDED.structure_token"
    )
    sql = [
        f"""CREATE OR REPLACE FUNCTION tt_structure_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    {upsert.format(rows=pick("new_rows"))};
  ELSIF TG_OP = 'DELETE' THEN
    {upsert.format(rows=pick("old_rows"))};
  ELSE
    {upsert.format(rows=pick("new_rows") + " UNION " + pick("old_rows"))};
  END IF;
  RETURN NULL;
END $$"""
    ]
    refs = {
        "insert": "NEW TABLE AS new_rows",
        "update": "OLD TABLE AS old_rows NEW TABLE AS new_rows",
        "delete": "OLD TABLE AS old_rows",
    }
    for op in _OPS:
        sql.append(
            f"CREATE TRIGGER tt_structure_{op} AFTER {op.upper()} ON {table} REFERENCING {refs[op]} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION tt_structure_{table}()"
        )
    return sql


def _sqlite(table: str, joins: str, expr: str) -> list[str]:
    """Row-level triggers, as 0003's, setting ``structure_token`` only."""

    def upsert(row: str) -> str:
        return (
            "INSERT INTO progress_cyclestamp (cycle_id, n, token, structure_token) "
            f"SELECT {expr.replace('x.', row + '.')}, 1, lower(hex(randomblob(16))), "
            "lower(hex(randomblob(16))) "
            f"FROM (SELECT 1) AS _one {joins.replace('x.', row + '.')} WHERE true "
            "ON CONFLICT (cycle_id) DO UPDATE SET structure_token = excluded.structure_token;"
        )

    rows = {"insert": ["NEW"], "update": ["NEW", "OLD"], "delete": ["OLD"]}
    return [
        f"CREATE TRIGGER tt_structure_{table}_{op} AFTER {op.upper()} ON {table} FOR EACH ROW BEGIN "
        + " ".join(upsert(row) for row in rows[op])
        + " END"
        for op in _OPS
    ]


def _drop(vendor: str, table: str) -> list[str]:
    if vendor == "postgresql":
        return [f"DROP TRIGGER IF EXISTS tt_structure_{op} ON {table}" for op in _OPS] + [
            f"DROP FUNCTION IF EXISTS tt_structure_{table}()"
        ]
    return [f"DROP TRIGGER IF EXISTS tt_structure_{table}_{op}" for op in _OPS]


def create_structure_triggers(apps: object, schema_editor: BaseDatabaseSchemaEditor) -> None:
    vendor = schema_editor.connection.vendor
    build = {"postgresql": _postgresql, "sqlite": _sqlite}.get(vendor)
    if build is None:
        return  # another database: nothing is cached (datacache.enabled)
    for table, (joins, expr) in STRUCTURE.items():
        for statement in _drop(vendor, table) + build(table, joins, expr):
            schema_editor.execute(statement)


def drop_structure_triggers(apps: object, schema_editor: BaseDatabaseSchemaEditor) -> None:
    for table in STRUCTURE:
        for statement in _drop(schema_editor.connection.vendor, table):
            schema_editor.execute(statement)


def drop_all(apps: object, schema_editor: BaseDatabaseSchemaEditor) -> None:
    """Drop every stamp trigger on SQLite, before a migration that rebuilds a stamped table."""
    if schema_editor.connection.vendor == "sqlite":
        _0006.drop_all(apps, schema_editor)
        drop_structure_triggers(apps, schema_editor)


def create_all(apps: object, schema_editor: BaseDatabaseSchemaEditor) -> None:
    """Write every stamp trigger (0003, 0004 and the structure's) again, on every database."""
    _0006.create_all(apps, schema_editor)
    create_structure_triggers(apps, schema_editor)


def _undo(apps: object, schema_editor: BaseDatabaseSchemaEditor) -> None:
    drop_structure_triggers(apps, schema_editor)
    drop_all(apps, schema_editor)  # SQLite: removing the column rebuilds the table again


def _fill(apps: object, schema_editor: BaseDatabaseSchemaEditor) -> None:
    # A random token for the stamps written before this migration (never the empty default).
    schema_editor.execute("UPDATE progress_cyclestamp SET structure_token = token")


class Migration(migrations.Migration):
    dependencies = [
        ("progress", "0007_move_notices_to_notifications"),
        ("cycles", "0005_merge_second_cycles_and_reading_notes"),
        ("organisations", "0003_merge_map_and_inspector_role"),
    ]

    operations = [
        migrations.RunPython(drop_all, _0006.create_all),
        migrations.AddField(
            model_name="cyclestamp",
            name="structure_token",
            field=models.CharField(
                db_default="", default="", max_length=32, verbose_name="dấu thay đổi cấu trúc"
            ),
        ),
        migrations.RunPython(_fill, migrations.RunPython.noop),
        migrations.RunPython(create_all, _undo),
    ]
