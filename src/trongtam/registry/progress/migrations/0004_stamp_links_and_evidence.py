"""Three more tables move a cycle's stamp: its invited units, the tasks' coordinating units, and evidence.

The cycle's visibility (who was invited) and the report page's evidence list are now read from the page
cache too, so their writes must move the stamp like every other table in migration 0003. The trigger
builders are 0003's own, so both migrations write the same triggers.
"""

from importlib import import_module

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor

_0003 = import_module("trongtam.registry.progress.migrations.0003_cycle_stamp")

# Frozen like 0003's table: joins from the row ``x`` and the expression for its cycle.
STAMPED: dict[str, tuple[str, str]] = {
    "cycles_cycle_invited_units": ("", "x.cycle_id"),
    "cycles_keytask_coordinating_units": ("JOIN cycles_keytask k ON k.id = x.keytask_id", "k.cycle_id"),
    "progress_evidence": (
        "JOIN progress_report r ON r.id = x.report_id JOIN progress_period p ON p.id = r.period_id",
        "p.cycle_id",
    ),
}


def create_triggers(apps: object, schema_editor: BaseDatabaseSchemaEditor) -> None:
    vendor = schema_editor.connection.vendor
    build = {"postgresql": _0003._postgresql, "sqlite": _0003._sqlite}.get(vendor)
    if build is None:
        return
    for table, (joins, expr) in STAMPED.items():
        for statement in _0003._drop(vendor, table) + build(table, joins, expr):
            schema_editor.execute(statement)


def drop_triggers(apps: object, schema_editor: BaseDatabaseSchemaEditor) -> None:
    for table in STAMPED:
        for statement in _0003._drop(schema_editor.connection.vendor, table):
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("progress", "0003_cycle_stamp"),
        ("cycles", "0003_one_proposal_per_unit"),
    ]

    operations = [migrations.RunPython(create_triggers, drop_triggers)]
