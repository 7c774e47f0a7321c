"""Signals of the progress app.

``entries_bulk_write`` is sent before a report's values are written in bulk (``report_save``): bulk writes
bypass ``pre_save``, so apps that guard single saves (the secrecy guards of ``registry/cascade``) listen
to this one too, and refuse by raising. Arguments: ``report_id`` and ``task_ids`` (the tasks whose
targets get values).
"""

from __future__ import annotations

from django.dispatch import Signal

entries_bulk_write = Signal()
