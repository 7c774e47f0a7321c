"""The demo data a walk starts from (``demo_data``) is the database its loader makes: the walks copy it back from a
file instead of loading it again, and must not start from anything else."""

from __future__ import annotations

import pytest
from tests.browser.conftest import demo_data

pytestmark = [pytest.mark.django_db(transaction=True)]


def _rows() -> dict[str, int]:
    from django.db import connection

    with connection.cursor() as cursor:
        counts = {}
        for table in connection.introspection.table_names(cursor):
            if table == "progress_cyclestamp":
                # The page cache's change stamps: emptying the database leaves a stamp for each cycle it deleted
                # from, so their number depends on what was there before the load, in a walk as in this test.
                continue
            cursor.execute(f'SELECT COUNT(*) FROM "{table}"')
            counts[table] = cursor.fetchone()[0]
        return counts


def test_a_walk_starts_from_the_data_its_loader_makes():
    import os

    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection

    if connection.vendor != "sqlite" or os.environ.get("TRONGTAM_TEST_TEMPLATE", "1") == "0":
        pytest.skip("no copy is kept here: every walk runs its loader")

    from trongtam.registry.cascade.sample import cascade_sample_load

    demo_data(cascade_sample_load)  # made here, or copied from an earlier run's file
    call_command("flush", interactive=False, verbosity=0)
    copied = demo_data(cascade_sample_load)  # the file exists now: copied back
    assert copied.created is False  # its data was there: the loader only fetched it
    rows = _rows()
    users = set(get_user_model().objects.values_list("username", flat=True))

    call_command("flush", interactive=False, verbosity=0)
    assert cascade_sample_load().created
    loaded = cascade_sample_load()
    assert _rows() == rows
    assert set(get_user_model().objects.values_list("username", flat=True)) == users
    assert copied.cycle.title == loaded.cycle.title  # (ids follow the sequences, which differ)
    assert sum(rows.values()) > 100
