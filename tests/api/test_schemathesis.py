"""schemathesis against the API, in-process through the WSGI app, bounded in time.

Every operation of the committed schema gets a few generated requests (valid and boundary values) with
the unit's token; the answers must never be a server error and must conform to the schema: the status
codes, the content type and the body declared for them. Set ``TRONGTAM_SCHEMATHESIS_EXAMPLES`` to go deeper.
"""

from __future__ import annotations

import os

import pytest
import schemathesis
import schemathesis.pytest
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

MAX_EXAMPLES = int(os.environ.get("TRONGTAM_SCHEMATHESIS_EXAMPLES", "8"))

# A schema cannot say "a readable letter": random bytes named file.png are valid multipart data that the
# reader rightly refuses (422 unsupported/unreadable). Everything else about these answers is checked.
UPLOADS = {"/api/extract", "/api/cycles/{cycle_id}/proposals/upload"}
# Nor "at most 15 significant digits" (the number contract, core/numbers.py): the pattern admits 18 whole
# digits, and a generated "-1834589594856880.802" is rightly refused 422 with the Vietnamese reason.
DECIMAL_INPUTS = {"/api/targets/{target_id}/hand-down", "/api/shares/{share_id}/propose"}


@pytest.fixture
def api_schema(keep_connection):
    """The schema as the running app serves it, loaded when the test runs, not when the suite is collected: every
    pytest-xdist worker collects every test, and loading the schema and making its cases cost each worker about 4 s
    of CPU before any test ran (bench/README.md); the operations now run on one worker, each a subtest. Fetching the
    schema is a request through the app, so the test's connection is kept first (``keep_connection``): on PostgreSQL
    the request's end would otherwise close it under the test's transaction."""
    return schemathesis.openapi.from_wsgi("/api/openapi.json", get_wsgi_application())


schema = schemathesis.pytest.from_fixture("api_schema")


@pytest.fixture(autouse=True)
def node_id_for_schemathesis(request):
    """schemathesis 4.32 names each operation's subtest through the test item's ``_nodeid``, an attribute pytest 9
    no longer has: given back here from the public ``nodeid``."""
    request.node._nodeid = request.node.nodeid


@pytest.fixture
def keep_connection():
    # Like Django's test client: the test's transaction must outlive each request, so the handler may not
    # close the connection when a request ends (PostgreSQL would lose the test's data).
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
@pytest.mark.slow
@pytest.mark.django_db
def test_api_conforms(case, world, keep_connection):
    excluded = [positive_data_acceptance] if case.operation.path in UPLOADS | DECIMAL_INPUTS else None
    case.call_and_validate(
        base_url="http://localhost",
        headers={"Authorization": f"Bearer {world.tokens['unit_staff']}"},
        excluded_checks=excluded,
    )
