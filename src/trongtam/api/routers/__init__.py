"""The API's endpoints, one router per resource, mounted in the order the OpenAPI document lists them."""

from __future__ import annotations

from ninja import Router

from . import (
    assessments,
    cascade,
    cycles,
    entries,
    extraction,
    key_tasks,
    periods,
    proposals,
    reports,
    targets,
)

RESOURCES = (
    cycles,
    proposals,
    key_tasks,
    targets,
    periods,
    entries,
    reports,
    assessments,
    extraction,
    cascade,
)


def build() -> Router:
    """One router holding every resource's router (each module keeps its own ``router``)."""
    root = Router()
    for module in RESOURCES:
        root.add_router("", module.router)
    return root
