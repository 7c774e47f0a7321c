"""Save guards of marked items: once a task or report is marked secret, no text, figure or file is stored.

The marking service clears what was there; these guards refuse what any later write would put back,
whichever app's service makes it. They are signals on purpose: the rule must hold for writes this app
does not own. (Bulk inserts bypass signals; the spreadsheet import of a marked report is refused by its
report's lock, see ``secrets.secret_mark_report``.)
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q
from django.db.models.signals import pre_save
from django.dispatch import receiver

from trongtam.registry.cycles.models import KeyTask, Target
from trongtam.registry.progress.models import Entry, Evidence, TaskEntry
from trongtam.registry.progress.signals import entries_bulk_write

from .models import SecretMark
from .secrets import SecretError, is_report_marked, is_task_marked, reference_text


@receiver(pre_save, sender=KeyTask)
def _task_text(sender: Any, instance: KeyTask, **kwargs: Any) -> None:
    if instance.pk and is_task_marked(instance.pk) and instance.text != reference_text(instance.pk):
        raise SecretError("text of a marked task", message_vi=SecretError.STORE_VI)


@receiver(pre_save, sender=Target)
def _target(sender: Any, instance: Target, **kwargs: Any) -> None:
    if instance.key_task_id and is_task_marked(instance.key_task_id):
        raise SecretError("target of a marked task", message_vi=SecretError.STORE_VI)


@receiver(pre_save, sender=Entry)
@receiver(pre_save, sender=TaskEntry)
@receiver(pre_save, sender=Evidence)
def _report_content(sender: Any, instance: Entry | TaskEntry | Evidence, **kwargs: Any) -> None:
    if is_report_marked(instance.report_id):
        raise SecretError("content of a marked report", message_vi=SecretError.STORE_VI)
    task_id = getattr(instance, "key_task_id", None)
    target_id = getattr(instance, "target_id", None)
    if task_id is None and target_id is not None:
        task_id = Target.objects.filter(pk=target_id).values_list("key_task_id", flat=True).first()
    if task_id and is_task_marked(task_id):
        raise SecretError("figures of a marked task", message_vi=SecretError.STORE_VI)


@receiver(entries_bulk_write)
def _report_values_in_bulk(sender: Any, report_id: int, task_ids: frozenset[int], **kwargs: Any) -> None:
    """The same rule for a whole report form written at once, in one query for the report and its tasks."""
    if SecretMark.objects.filter(Q(report_id=report_id) | Q(key_task_id__in=task_ids)).exists():
        raise SecretError("content of a marked report or task", message_vi=SecretError.STORE_VI)
