"""Install the cycle change-stamp triggers again after migrations that rebuilt stamped tables.

On SQLite, adding a NOT NULL column (``Cycle.extra_reason``, ``KeyTask.needs_check``,
``Proposal.reading_notes``) rebuilds the table: the old table is dropped with its triggers, and
renaming the new one fails while other tables' triggers name it. Those migrations drop the triggers
first (``drop_all``, SQLite only); this one writes every trigger of 0003 and 0004 again, on every
database, so no stamped table is left without them whatever order the migrations ran in.
"""

from importlib import import_module

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor

_0003 = import_module("trongtam.registry.progress.migrations.0003_cycle_stamp")
_0004 = import_module("trongtam.registry.progress.migrations.0004_stamp_links_and_evidence")


def drop_all(apps: object, schema_editor: BaseDatabaseSchemaEditor) -> None:
    """Drop every stamp trigger on SQLite, before a migration that rebuilds a stamped table."""
    if schema_editor.connection.vendor == "sqlite":
        _0003.drop_triggers(apps, schema_editor)
        _0004.drop_triggers(apps, schema_editor)


def create_all(apps: object, schema_editor: BaseDatabaseSchemaEditor) -> None:
    _0003.create_triggers(apps, schema_editor)
    _0004.create_triggers(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("progress", "0005_add_history_evidence"),
        ("cycles", "0004_add_extra_reason_numbering_and_sent_status"),
        ("cycles", "0004_proposal_reading_notes_task_needs_check"),
        ("organisations", "0002_add_administrative_map"),
    ]

    operations = [migrations.RunPython(create_all, migrations.RunPython.noop)]
