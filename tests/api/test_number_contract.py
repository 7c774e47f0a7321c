"""The API's door of the one number contract (issue 13 §1): a value the documented pattern admits but the
column cannot hold is a 422 naming the field, nothing of the request is saved, and no value gives a 500."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from trongtam.core.numbers import DEFAULT_BOUND, is_valid
from trongtam.registry.progress.models import Entry

DB = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
typed = (
    st.text(alphabet="0123456789.,+-eE ", max_size=30)
    | st.sampled_from(["999.999.999.999.999.999", "1e400", "1e309", "NaN", "Infinity", "-inf", "٣", "١٢٣"])
    | st.integers(min_value=-(10**30), max_value=10**30).map(str)
    | st.text(max_size=20)
)


def _column_holds(value):
    return is_valid(value, DEFAULT_BOUND)


def _api_path(world, cast) -> str:
    return f"/periods/{world.periods[('quarter', 1)].id}/reports/{cast.unit.id}"


def test_a_value_the_pattern_admits_but_the_column_cannot_hold_is_a_422_and_nothing_is_saved(
    api_as, world, cast
):
    staff = api_as("unit_staff")
    before = list(Entry.objects.values_list("id", "value", "version"))
    response = staff.post(
        _api_path(world, cast),
        json={
            "entries": [
                {"target": world.poverty.id, "value": "2.5", "version": 0},
                {"target": world.budget.id, "value": "999999999999999999", "version": 1},
            ]
        },
    )
    assert response.status_code == 422, response.content
    body = response.json()
    assert body["details"][0]["loc"][-1] == "value"
    assert "15 chữ số" in json.dumps(body, ensure_ascii=False)
    assert list(Entry.objects.values_list("id", "value", "version")) == before
    assert staff.get("/entries").status_code == 200


@pytest.mark.django_db
@DB
@given(value=typed | st.floats(allow_nan=True, allow_infinity=True).map(repr))
@example(value="999999999999999999")
@example(value="123456789012345.678")
def test_no_api_value_gives_a_500_or_an_unreadable_row(api_as, world, cast, value):
    staff = api_as("unit_staff")
    entry = Entry.objects.get(pk=world.entry.pk)
    response = staff.post(
        _api_path(world, cast),
        json={"entries": [{"target": world.budget.id, "value": value, "version": entry.version}]},
    )
    assert response.status_code in (200, 400, 409, 422), (value, response.content[:300])
    for stored in Entry.objects.values_list("value", flat=True):
        assert stored is None or _column_holds(stored)
    assert staff.get("/entries").status_code == 200
    assert staff.get("/reports").status_code == 200
