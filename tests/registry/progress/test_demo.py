"""The demo progress: believable, labelled, deterministic."""

from __future__ import annotations

import pytest

from trongtam.registry.progress.demo import DEMO_NOTE, progress_demo_generate
from trongtam.registry.progress.models import Entry, Report, TargetAssessment

pytestmark = [pytest.mark.slow, pytest.mark.django_db]


def _values(cycle):
    return list(
        Entry.objects.filter(report__period__cycle=cycle)
        .order_by("target_id", "report__period__end", "report__period__kind", "kind")
        .values_list("target_id", "report__period__kind", "kind", "value")
    )


def test_the_demo_is_labelled_and_deterministic(small):
    result = progress_demo_generate(cycle=small.cycle, seed=7)
    assert result.targets == 3 and result.entries > 0
    first = _values(small.cycle)
    assert set(Entry.objects.values_list("note", flat=True)) == {DEMO_NOTE}
    assert not Report.objects.filter(is_demo=False).exists()
    progress_demo_generate(cycle=small.cycle, seed=7)
    assert _values(small.cycle) == first
    progress_demo_generate(cycle=small.cycle, seed=8)
    assert _values(small.cycle) != first


def test_the_demo_gives_every_target_a_year_end_status(small):
    progress_demo_generate(cycle=small.cycle, seed=0)
    statuses = TargetAssessment.objects.filter(period__kind="year").values_list("status", flat=True)
    assert len(statuses) == 3 and "no_data" not in statuses


def test_the_sample_cycle_with_demo_progress_shows_a_believable_dashboard(client):
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from django.urls import reverse

    from trongtam.registry.sample import sample_load

    cycle = sample_load().cycle
    call_command("generate_progress_demo", seed=0)
    client.force_login(User.objects.get(username="lanhdao"))
    body = client.get(reverse("web:progress_dashboard", args=[cycle.id])).content.decode()
    assert "Dữ liệu minh họa" in body and "chỉ tiêu đạt và vượt" in body
    statuses = list(
        TargetAssessment.objects.filter(period__cycle=cycle, period__kind="year").values_list(
            "status", flat=True
        )
    )
    met = sum(s in ("met", "exceeded") for s in statuses)
    assert len(statuses) >= 10 and 0.5 <= met / len(statuses) < 1
