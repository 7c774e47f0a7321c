"""The committed docs/openapi.json is the schema the code serves: regenerate it when this fails with
``python -m trongtam.api.schema > docs/openapi.json``."""

from __future__ import annotations

import json
from pathlib import Path

from trongtam.api.schema import schema_json

COMMITTED = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"


def test_committed_schema_matches_the_code():
    assert COMMITTED.read_text(encoding="utf-8") == schema_json(), (
        "docs/openapi.json is out of date: run `python -m trongtam.api.schema > docs/openapi.json`"
    )


def test_served_schema_is_openapi_3_with_both_auths(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    assert json.loads(schema_json()) == schema
    schemes = schema["components"]["securitySchemes"]
    assert {s["type"] for s in schemes.values()} == {"http", "apiKey"}
    # Every operation declares the error answers it can give, in the error shape.
    for path, ops in schema["paths"].items():
        for method, op in ops.items():
            assert "401" in op["responses"], (method, path)
            assert op["responses"]["401"]["content"]["application/json"]["schema"]["$ref"].endswith(
                "/ErrorOut"
            )


def test_decimals_are_documented_as_strings():
    schema = json.loads(schema_json())
    target = schema["components"]["schemas"]["TargetOut"]["properties"]["value"]
    assert {"type": "string"} in target["anyOf"]
    assert all(t.get("type") != "number" for t in target["anyOf"])
