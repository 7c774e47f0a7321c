"""Fixtures shared by the page tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def steps(monkeypatch):
    # Every step a job reports, in order: the bar must move, not jump from 0 to 100.
    from trongtam.registry.jobs import services

    seen: list[tuple[int, str]] = []
    real = services.job_progress

    def record(*, job, progress, message):
        seen.append((progress, message))
        real(job=job, progress=progress, message=message)

    monkeypatch.setattr(services, "job_progress", record)
    return seen
