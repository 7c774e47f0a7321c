"""Items marked secret keep only their reference: text, figures, files and their history are gone."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied

from trongtam.registry.cascade.models import SecretMark
from trongtam.registry.cascade.sample import cascade_sample_load
from trongtam.registry.cascade.secrets import SecretError, secret_mark_report, secret_mark_task
from trongtam.registry.cycles.models import KeyTask, Target
from trongtam.registry.progress.models import Entry, Report, TaskEntry

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def sample():
    return cascade_sample_load()


def _user(name):
    return get_user_model().objects.get(username=name)


def test_a_marked_task_keeps_its_reference_and_loses_its_text_targets_figures_and_history(sample):
    task = KeyTask.objects.filter(cycle=sample.cycle, number="2").get()
    task.deadline = None
    secret = "trồng rừng tập trung gắn với chế biến lâm sản"
    assert secret in task.text
    target_ids = list(task.targets.values_list("id", flat=True))
    mark = secret_mark_task(task=task, level="toi_mat", user=_user("tinh-vanphong"))
    task.refresh_from_db()
    assert (
        mark.number == "2"
        and mark.lead_unit == "UBND tỉnh Lạng Sơn"
        and mark.get_level_display() == "Tối mật"
    )
    assert secret not in task.text and "[TỐI MẬT]" in task.text
    assert not any(secret in h.text for h in KeyTask.history.filter(id=task.id))
    assert not Target.objects.filter(id__in=target_ids).exists()
    assert not Entry.objects.filter(target_id__in=target_ids).exists()
    assert not Entry.history.filter(target_id__in=target_ids).exists()
    assert not Target.history.filter(id__in=target_ids).exists()


def test_content_written_back_into_a_marked_task_is_refused(sample):
    task = KeyTask.objects.filter(cycle=sample.cycle, number="3").get()
    secret_mark_task(task=task, level="mat", user=_user("tinh-vanphong"))
    task.refresh_from_db()
    task.text = "Nội dung mật viết lại"
    with pytest.raises(SecretError):
        task.save()
    with pytest.raises(SecretError):
        Target.objects.create(key_task=task, indicator="số liệu mật", value=Decimal(1))


def test_a_marked_report_loses_its_figures_and_refuses_new_ones(sample):
    report = Report.objects.filter(period__cycle=sample.cycle, entries__isnull=False).distinct().first()
    entry = report.entries.first()
    mark = secret_mark_report(report=report, level="tuyet_mat", user=_user("tinh-vanphong"))
    assert mark.lead_unit == report.unit.name and mark.status == "Đã gửi"
    assert not Entry.objects.filter(report=report).exists()
    assert not Entry.history.filter(report_id=report.id).exists()
    with pytest.raises(SecretError):
        Entry.objects.create(report=report, target=entry.target, value=Decimal(5))
    assert not TaskEntry.objects.filter(report=report).exclude(narrative="").exists()


def test_only_the_office_marks_and_only_with_a_known_level(sample):
    task = KeyTask.objects.filter(cycle=sample.cycle).first()
    with pytest.raises(PermissionDenied):
        secret_mark_task(task=task, level="mat", user=_user("xa-tuanson"))
    with pytest.raises(SecretError):
        secret_mark_task(task=task, level="bi_mat", user=_user("tinh-vanphong"))
    assert not SecretMark.objects.exists()
    assert "trongtam chỉ lưu" not in KeyTask.objects.get(pk=task.pk).text
