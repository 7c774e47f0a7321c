"""Print the OpenAPI schema: ``python -m trongtam.api.schema > docs/openapi.json``.

The committed ``docs/openapi.json`` is compared with this output by a test, so it cannot drift.
"""

from __future__ import annotations

import json
import os
import sys


def schema_json() -> str:
    """The OpenAPI 3 schema as stable, indented JSON (keys in the order ninja writes them)."""
    from .main import api

    return json.dumps(api.get_openapi_schema(path_prefix="/api/"), ensure_ascii=False, indent=2) + "\n"


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trongtam.config.settings")
    import django

    django.setup()
    sys.stdout.write(schema_json())


if __name__ == "__main__":
    main()
