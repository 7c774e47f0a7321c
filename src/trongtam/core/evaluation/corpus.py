"""The annotated target corpus kept in the package: a dev split to study and a frozen test split.

Each line: ``{"id", "source", "kind", "text", "targets": [...], "negatives": [...]}`` as described in
``docs/annotation.md``.  The split of a passage follows from its source's host name
(:func:`trongtam.core.evaluation.split.split_of`); ``FROZEN.md`` records when the test split was
frozen and the SHA-256 of its file.
"""

from __future__ import annotations

import hashlib
import json
import re
from importlib.resources import files
from typing import Any, Literal

__all__ = ["FROZEN_NOTE", "corpus_text", "current_test_hash", "frozen_hash", "frozen_on", "load_split"]

Split = Literal["dev", "test"]
_DIR = files("trongtam.core.evaluation").joinpath("corpus")
FROZEN_NOTE = "FROZEN.md"


def corpus_text(split: Split) -> str:
    return _DIR.joinpath(f"targets.{split}.jsonl").read_text(encoding="utf-8")


def load_split(split: Split) -> list[dict[str, Any]]:
    """The passages of one split, in file order."""
    return [json.loads(line) for line in corpus_text(split).splitlines() if line.strip()]


def _note() -> str:
    return _DIR.joinpath(FROZEN_NOTE).read_text(encoding="utf-8")


def frozen_on() -> str:
    """The date (dd/mm/yyyy) the test split was frozen, as written in ``FROZEN.md``."""
    m = re.search(r"Frozen on (\d{2}/\d{2}/\d{4})", _note())
    return m.group(1) if m else ""


def frozen_hash() -> str:
    """The SHA-256 of ``targets.test.jsonl`` recorded in ``FROZEN.md``."""
    m = re.search(r"SHA-256: ([0-9a-f]{64})", _note())
    return m.group(1) if m else ""


def current_test_hash() -> str:
    """The SHA-256 of the test split as it is now (equal to :func:`frozen_hash` unless it was edited)."""
    return hashlib.sha256(corpus_text("test").encode("utf-8")).hexdigest()
