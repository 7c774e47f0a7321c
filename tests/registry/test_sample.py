"""The sample cycle is the seed letter read through the document reader, and loading it twice changes nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest

from trongtam.registry.cycles.models import Cycle, KeyTask, Target
from trongtam.registry.cycles.selectors import cycle_tree
from trongtam.registry.sample import SEED_DOCX, sample_load

pytestmark = pytest.mark.django_db


def test_the_sample_has_the_seeds_19_key_tasks_and_21_targets():
    cycle = sample_load().cycle
    tree = cycle_tree(cycle=cycle)
    assert [(g.field.number, len(g.tasks)) for g in tree] == [("I", 17), ("II", 2)]
    assert [t.number for t in tree[0].tasks] == [str(n) for n in range(1, 18)]
    task13 = tree[0].tasks[12]
    assert len(task13.children.all()) == 2
    assert Target.objects.filter(key_task__cycle=cycle).count() == 21
    budget = Target.objects.get(key_task__cycle=cycle, value=Decimal("195000"))
    assert budget.unit == "triệu đồng" and budget.op == ">="
    poverty = Target.objects.get(key_task__cycle=cycle, indicator__icontains="hộ nghèo")
    assert (poverty.change, poverty.direction) == ("decrease", "lower")
    proposal = cycle.proposals.get()
    assert proposal.signer_name == "Mai Xuân Thắng" and proposal.letter_date.isoformat() == "2023-12-01"


def test_loading_twice_keeps_the_data():
    first = sample_load()
    second = sample_load()
    assert second.cycle == first.cycle and not second.created
    assert Cycle.objects.count() == 1
    assert KeyTask.objects.count() == 21


def test_the_word_file_gives_the_same_structure_as_the_text():
    cycle = sample_load(seed_path=SEED_DOCX).cycle
    tree = cycle_tree(cycle=cycle)
    assert [(g.field.number, len(g.tasks)) for g in tree] == [("I", 17), ("II", 2)]
    assert Target.objects.filter(key_task__cycle=cycle).count() == 21


@pytest.mark.slow
def test_the_demo_progress_is_generated_and_labelled():
    from trongtam.registry.progress.models import Report

    cycle = sample_load(with_progress=True).cycle
    reports = Report.objects.filter(period__cycle=cycle)
    assert reports.exists() and all(r.is_demo for r in reports)
