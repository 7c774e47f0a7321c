"""How far two people annotating the same passages by the same rules agree: the ceiling a reader is measured under.

A second annotator's targets are scored against the first's exactly as the extractor's predictions are
(:func:`trongtam.core.evaluation.scoring.score`): strict precision, recall and F1, value F1, the error classes,
and the first annotator's hard negatives the second took for targets.  Strict F1 is symmetric, so it does
not matter which of the two is called "first".

    >>> a = {"id": "x", "text": "Thu ngân sách 195.000 triệu đồng.", "negatives": [], "targets": [
    ...     {"value": 195000, "value_max": None, "unit": "triệu đồng", "op": ">=", "change": None}]}
    >>> b = dict(a, targets=[dict(a["targets"][0], op="=")])
    >>> agreement([a], [b]).figures()["strict_f1"], agreement([a], [b]).figures()["value_f1"]
    (0.0, 1.0)

An annotation carries a ``quote`` (the clause), not the offsets of its number; :func:`number_span` finds the
number inside the quote so that a target can be laid over the other annotator's negatives.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from trongtam.core.evaluation.scoring import Report, score

__all__ = ["agreement", "kind_agreement", "number_span", "paired"]

_NUMBER = re.compile(r"\d+(?:[.,\s]\d+)*")


def _read(token: str) -> list[Decimal]:
    """The values a written number can stand for: "195.000" → 195000, "16,6" → 16.6, "1.234,5" → 1234.5."""
    token = token.strip()
    out = []
    for text in (
        token.replace(" ", "").replace(".", "").replace(",", "."),  # Vietnamese: "." groups, "," decimal
        token.replace(" ", "").replace(",", ""),  # English, as some pages write it
    ):
        try:
            out.append(Decimal(text))
        except InvalidOperation:
            continue
    return out


def number_span(text: str, target: Mapping[str, Any]) -> tuple[int, int] | None:
    """Where the target's number stands in ``text``: inside its quote, else the quote itself, else ``None``."""
    quote = str(target.get("quote") or "")
    at = text.find(quote) if quote else -1
    if at < 0:
        return None
    try:
        value = Decimal(str(target.get("value")))
    except InvalidOperation:
        return at, at + len(quote)
    hits = [m for m in _NUMBER.finditer(quote) if any(math.isclose(v, value) for v in _read(m.group()))]
    if not hits:
        return at, at + len(quote)
    m = hits[-1]  # the number the clause ends on, when the same value is written twice
    return at + m.start(), at + m.end()


def paired(
    first: Iterable[Mapping[str, Any]], second: Iterable[Mapping[str, Any]]
) -> list[tuple[Mapping[str, Any], Mapping[str, Any]]]:
    """The passages both annotated, in the first's order; a passage whose text differs is an error, not a pair."""
    by_id = {rec["id"]: rec for rec in second}
    out = []
    for rec in first:
        other = by_id.get(rec["id"])
        if other is None:
            continue
        if other.get("text") != rec.get("text"):
            raise ValueError(f"passage {rec['id']}: the two annotations are of different texts")
        out.append((rec, other))
    return out


def agreement(first: Sequence[Mapping[str, Any]], second: Sequence[Mapping[str, Any]]) -> Report:
    """The second annotation scored against the first, over the passages both annotated."""
    pairs = paired(first, second)
    theirs = {a["id"]: b for a, b in pairs}

    def predict(rec: Mapping[str, Any]) -> list[dict[str, Any]]:
        other = theirs[rec["id"]]
        out = []
        for t in other.get("targets") or ():
            span = number_span(str(other["text"]), t)
            out.append(dict(t, start=span[0], end=span[1]) if span else dict(t))
        return out

    return score((dict(a) for a, _ in pairs), predict)


def kind_agreement(
    first: Sequence[Mapping[str, Any]], second: Sequence[Mapping[str, Any]]
) -> tuple[int, int]:
    """(passages whose kind the two agree on, passages both annotated)."""
    pairs = paired(first, second)
    return sum(1 for a, b in pairs if a.get("kind") == b.get("kind")), len(pairs)
