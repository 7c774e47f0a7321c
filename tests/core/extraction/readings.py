"""What the reader finds in a made-up sentence, as the rule tests compare it: one tuple a target."""

from __future__ import annotations

from trongtam.core.extraction.targets import find_targets


def read_targets(text, kind=None):
    """(value, value_max, unit, op, change, role) of each target ``find_targets`` reads in ``text``, in order."""
    return [
        (str(t.value), str(t.value_max) if t.value_max is not None else None, t.unit, t.op, t.change, t.role)
        for t in find_targets(text, kind=kind)
    ]
