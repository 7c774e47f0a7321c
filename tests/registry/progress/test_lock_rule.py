"""One rule says whether a report's values can change (issue 17 §3): the value services, the spreadsheet
import and the pages give the same answer and the same words."""

from __future__ import annotations

from decimal import Decimal

import pytest

from trongtam.registry.documents import forms
from trongtam.registry.policy import SYSTEM
from trongtam.registry.progress import services
from trongtam.registry.progress.errors import WorkflowError
from trongtam.registry.progress.models import Report, ReportStatus


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("status", [ReportStatus.SUBMITTED, ReportStatus.ACCEPTED])
def test_a_locked_report_is_refused_in_the_same_words_everywhere(small, status):
    report = services.report_get_or_create(period=small.periods[("quarter", 1)], unit=small.cast.unit)
    Report.objects.filter(pk=report.pk).update(status=status)
    report.refresh_from_db()
    reason = report.lock_reason_vi
    assert reason and not report.editable
    with pytest.raises(WorkflowError) as saved:
        services.entry_save(
            report=report, target=small.budget, kind="estimate", value=Decimal(1), version=None, user=SYSTEM
        )
    with pytest.raises(WorkflowError) as imported:
        forms.entries_import(report=report, inputs=[], allowed_target_ids=set(), user=SYSTEM)
    row_error = forms._lock_error(report)
    assert saved.value.message_vi == imported.value.message_vi == reason
    assert row_error is not None and row_error.message_vi == reason


@pytest.mark.parametrize("status", [ReportStatus.DRAFT, ReportStatus.RETURNED])
def test_a_draft_or_returned_report_is_open(small, status):
    report = services.report_get_or_create(period=small.periods[("quarter", 1)], unit=small.cast.unit)
    Report.objects.filter(pk=report.pk).update(status=status)
    report.refresh_from_db()
    assert report.editable and report.lock_reason_vi is None and forms._lock_error(report) is None
