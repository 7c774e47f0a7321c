"""Every write service of a unit's report and of the office's reporting set-up checks the policy itself.

The acting person is a required argument (``policy.SYSTEM`` for loaders, never ``None``); a person without
the right is refused with a 403 and nothing is written — whatever interface (web, API, CLI, job) called.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile

from trongtam.registry.documents import forms
from trongtam.registry.policy import SYSTEM
from trongtam.registry.progress import services
from trongtam.registry.progress.models import (
    Entry,
    Evidence,
    Period,
    Report,
    ReportStatus,
    TargetSetting,
    TaskEntry,
)


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


pytestmark = pytest.mark.django_db


def _state() -> tuple[Any, ...]:
    """Everything these services could write, history included."""
    return (
        sorted(Entry.objects.values_list("id", "value", "note", "explanation", "version", "updated_by_id")),
        Entry.history.count(),
        sorted(TaskEntry.objects.values_list("id", "status", "narrative", "version")),
        Evidence.objects.count(),
        sorted(Report.objects.values_list("id", "status", "submitted_at", "submitted_by_id", "reviewed_at")),
        sorted(Period.objects.values_list("id", "start", "end", "due", "required", "label")),
        sorted(TargetSetting.objects.values_list("id", "aggregation", "baseline", "parts_group")),
    )


@pytest.fixture
def world(small):
    """A draft report of the unit holding one value, and one submitted report of the same unit."""
    period = small.periods[("month", 1)]
    report = services.report_get_or_create(period=period, unit=small.cast.unit)
    entry = services.entry_save(
        report=report,
        target=small.budget,
        kind="estimate",
        value=Decimal(1000),
        version=None,
        explanation="Thu theo mùa vụ.",
        user=SYSTEM,
    )
    submitted = services.report_get_or_create(period=small.periods[("month", 2)], unit=small.cast.unit)
    services.entry_save(
        report=submitted,
        target=small.budget,
        kind="estimate",
        value=Decimal(2000),
        version=None,
        explanation="Đúng tiến độ.",
        user=SYSTEM,
    )
    services.report_submit(report=submitted, user=SYSTEM)
    assert submitted.__class__.objects.get(pk=submitted.pk).status == ReportStatus.SUBMITTED
    return {"small": small, "report": report, "entry": entry, "submitted": submitted, "period": period}


def _unit_writes(w: dict[str, Any]) -> dict[str, Callable[[Any], object]]:
    small, report, entry = w["small"], w["report"], w["entry"]
    value = services.EntryInput(target=small.budget, kind="estimate", value=Decimal(5), version=entry.version)
    return {
        "entry_save": lambda u: services.entry_save(
            report=report,
            target=small.budget,
            kind="estimate",
            value=Decimal(7),
            version=entry.version,
            user=u,
        ),
        "entry_explain": lambda u: services.entry_explain(
            entry=entry, explanation="Lý do.", version=entry.version, user=u
        ),
        "task_entry_save": lambda u: services.task_entry_save(
            report=report, key_task=small.task_words, status="done", version=None, narrative="Xong.", user=u
        ),
        "evidence_add": lambda u: services.evidence_add(
            report=report, file=SimpleUploadedFile("mc.pdf", b"%PDF-1.4 minh chung"), user=u
        ),
        "report_save": lambda u: services.report_save(report=report, entries=[value], user=u),
        "report_submit": lambda u: services.report_submit(report=report, user=u),
        "entries_import": lambda u: forms.entries_import(
            report=report, inputs=[value], allowed_target_ids={small.budget.id}, user=u
        ),
    }


def _office_writes(w: dict[str, Any]) -> dict[str, Callable[[Any], object]]:
    small, period, submitted, entry = w["small"], w["period"], w["submitted"], w["entry"]
    return {
        "period_update": lambda u: services.period_update(
            period=period, due=period.due + timedelta(days=5), required=False, user=u
        ),
        "target_setting_set": lambda u: services.target_setting_set(
            target=small.budget, aggregation="cumulative", baseline=Decimal(1), user=u
        ),
        "target_settings_save": lambda u: services.target_settings_save(
            cycle=small.cycle,
            settings=[services.SettingInput(target=small.budget, aggregation="cumulative")],
            user=u,
        ),
        "report_accept": lambda u: services.report_accept(report=submitted, user=u),
        "report_return": lambda u: services.report_return(report=submitted, reason="Sai.", user=u),
        "entry_request_explanation": lambda u: services.entry_request_explanation(
            entry=entry, text="Giải trình.", user=u
        ),
    }


UNIT_WRITES = [
    "entry_save",
    "entry_explain",
    "task_entry_save",
    "evidence_add",
    "report_save",
    "report_submit",
    "entries_import",
]
OFFICE_WRITES = [
    "period_update",
    "target_setting_set",
    "target_settings_save",
    "report_accept",
    "report_return",
    "entry_request_explanation",
]


@pytest.mark.parametrize("who", ["coordinator", "outsider", "other_unit_staff"])
@pytest.mark.parametrize("name", UNIT_WRITES)
def test_a_unit_write_by_someone_not_of_the_unit_is_refused_and_writes_nothing(world, name, who):
    from django.contrib.auth import get_user_model

    from trongtam.registry.organisations.services import membership_add

    cast = world["small"].cast
    if who == "other_unit_staff":
        user = get_user_model().objects.create_user(username="sob", password="x-mat-khau-123")
        membership_add(user=user, organisation=cast.other_unit, role="unit_staff")
    else:
        user = getattr(cast, who)
    before = _state()
    with pytest.raises(PermissionDenied):
        _unit_writes(world)[name](user)
    assert _state() == before


@pytest.mark.parametrize("who", ["unit_staff", "outsider"])
@pytest.mark.parametrize("name", OFFICE_WRITES)
def test_an_office_write_by_someone_not_of_the_office_is_refused_and_writes_nothing(world, name, who):
    user = getattr(world["small"].cast, who)
    before = _state()
    with pytest.raises(PermissionDenied):
        _office_writes(world)[name](user)
    assert _state() == before


@pytest.mark.parametrize("name", UNIT_WRITES)
def test_the_units_own_staff_may_write(world, name):
    # The other side of the refusals: the same call by the unit's staff goes through.
    before = _state()
    _unit_writes(world)[name](world["small"].cast.unit_staff)
    assert _state() != before


@pytest.mark.parametrize("name", OFFICE_WRITES)
def test_the_office_may_write(world, name):
    before = _state()
    _office_writes(world)[name](world["small"].cast.coordinator)
    assert _state() != before


def test_no_write_service_accepts_a_missing_actor():
    # ``user`` is keyword-only and has no default: leaving it out is a TypeError, not a silent system write.
    import inspect

    for name in [*UNIT_WRITES, *OFFICE_WRITES]:
        fn = getattr(services, name, None) or getattr(forms, name)
        param = inspect.signature(fn).parameters["user"]
        assert param.kind is inspect.Parameter.KEYWORD_ONLY, name
        assert param.default is inspect.Parameter.empty, name
