"""API fixtures: the cast's cycle with a consolidated list, a proposal of the unit, periods, a report and
assessments; a token per role and a client that sends it."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from decimal import Decimal

import pytest


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


@dataclass
class World:
    cast: object
    cycle: object
    proposal: object
    other_proposal: object
    budget: object  # the unit's target in the cycle's own list
    poverty: object
    task: object
    words: object
    other_target: object
    periods: dict
    report: object
    entry: object
    tokens: dict


class Api:
    """A Django test client that calls /api/ with a Bearer token (or none)."""

    def __init__(self, client, token: str | None) -> None:
        self.client = client
        self.headers = {"Authorization": f"Bearer {token}"} if token else {}

    def get(self, path: str, **params):
        return self.client.get(f"/api{path}", params, headers=self.headers)

    def post(self, path: str, json=None, **kwargs):
        if json is not None:
            return self.client.post(
                f"/api{path}", json, content_type="application/json", headers=self.headers
            )
        return self.client.post(f"/api{path}", kwargs.get("data", {}), headers=self.headers)


@pytest.fixture(autouse=True)
def fast_passwords(settings):
    # The cast hashes four passwords per test; the schemathesis run builds the world once per operation.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


# The world built once per test module, on the module's cast (``_cast_once``, tests/conftest.py) and inside its
# transaction: each test runs in a savepoint rolled back after it and gets its own deep copy of the objects (the
# TestCase.setUpTestData pattern), so what one test changes in memory or in the database is gone before the next.
# ``small`` is the world's own small cycle here (a second one would add its tasks to the same cycle).
@pytest.fixture(scope="module")
def _world_once(_cast_once, django_db_blocker):
    from tests.conftest import build_seed_document, build_small

    with django_db_blocker.unblock():
        small = build_small(_cast_once)
        return small, build_world(_cast_once, small, build_seed_document())


@pytest.fixture
def small(_world_once, db):
    return copy.deepcopy(_world_once[0])


@pytest.fixture
def world(_world_once, db):
    return copy.deepcopy(_world_once[1])


def build_world(cast, small, seed_document) -> World:
    from trongtam.registry.cycles import services as cycles
    from trongtam.registry.progress import services as progress
    from trongtam.registry.tokens.services import token_create

    cycle = cast.cycle
    proposal = cycles.proposal_create(cycle=cycle, unit=cast.unit, source_name="seed.txt")
    cycles.proposal_import_document(proposal=proposal, document=seed_document)
    other_proposal = cycles.proposal_create(cycle=cycle, unit=cast.other_unit, source_name="ubnd.txt")
    cycles.proposal_import_document(proposal=other_proposal, document=seed_document)
    # Both units have sent their proposals (a draft is its unit's alone until submitted).
    type(other_proposal).objects.filter(pk__in=[proposal.pk, other_proposal.pk]).update(status="submitted")
    proposal.refresh_from_db()
    other_proposal.refresh_from_db()

    # The progress tests' small cycle, so both suites read the same tasks and targets.
    budget, poverty, task, words, other_target, periods = (
        small.budget,
        small.poverty,
        small.task_numbers,
        small.task_words,
        small.other_target,
        small.periods,
    )
    q1 = periods[("quarter", 1)]
    report = progress.report_get_or_create(period=q1, unit=cast.unit)
    entry = progress.entry_save(
        report=report,
        target=budget,
        kind="estimate",
        value=Decimal("50000.5"),
        version=None,
        user=cast.unit_staff,
    )
    progress.cycle_assess(cycle=cycle, period=q1)
    tokens = {
        role: token_create(user=getattr(cast, role), name=f"khóa {role}")[1]
        for role in ("coordinator", "unit_staff", "leader", "outsider")
    }
    return World(
        cast,
        cycle,
        proposal,
        other_proposal,
        budget,
        poverty,
        task,
        words,
        other_target,
        periods,
        report,
        entry,
        tokens,
    )


@pytest.fixture
def api_as(client, world):
    """``api_as("unit_staff")`` → an Api calling with that role's token; ``api_as(None)`` → anonymous."""

    def make(role: str | None) -> Api:
        return Api(client, world.tokens[role] if role else None)

    return make
