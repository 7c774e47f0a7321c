"""The HTTP API (django-ninja): OpenAPI 3 at /api/openapi.json."""
