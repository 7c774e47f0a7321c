"""Errors of progress reporting, each with a Vietnamese message for the page that caused it."""

from __future__ import annotations

from trongtam.core.errors import TrongtamError


class ProgressError(TrongtamError):
    """A progress write that the rules do not allow (shown to the user as ``message_vi``)."""


class ConflictError(ProgressError):
    """Someone else saved the same value since the form was opened (optimistic locking)."""


class WorkflowError(ProgressError):
    """A report transition that its current state does not allow, or a locked value."""


class ExplanationRequired(WorkflowError):
    """An off-track or questioned value has no explanation (giải trình) yet."""
