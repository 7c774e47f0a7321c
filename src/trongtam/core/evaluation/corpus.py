"""The annotated target corpus kept in the package: a dev split to study and a frozen test split.

Each line: ``{"id", "source", "kind", "text", "targets": [...], "negatives": [...]}`` as described in
``docs/annotation.md``.  The split of a passage follows from its source's host name
(:func:`trongtam.core.evaluation.split.split_of`).  The test split is made of frozen files
(:data:`TEST_FILES`), each added later than the one before and never edited; ``FROZEN.md`` records
when each was frozen and the SHA-256 of each file.
"""

from __future__ import annotations

import hashlib
import json
import re
from importlib.resources import files
from typing import Any, Literal

__all__ = [
    "AGREEMENT_FILES",
    "CONFORMANCE_FILES",
    "FROZEN_NOTE",
    "TEST_FILES",
    "corpus_text",
    "current_test_hash",
    "frozen_hash",
    "frozen_on",
    "load_agreement",
    "load_conformance",
    "load_file",
    "load_split",
]

Split = Literal["dev", "test"]
_DIR = files("trongtam.core.evaluation").joinpath("corpus")
FROZEN_NOTE = "FROZEN.md"
DEV_FILE = "targets.dev.jsonl"
TEST_FILES = (
    "targets.test.jsonl",
    "targets.test2.jsonl",
    "targets.test3.jsonl",
    "targets.test4.jsonl",
    "targets.test5.jsonl",
    "targets.test6.jsonl",
    "targets.test7.jsonl",
    "targets.test8.jsonl",
    "targets.test9.jsonl",
    "targets.test10.jsonl",
    "targets.test11.jsonl",
    "targets.test12.jsonl",
    "targets.test13.jsonl",
    "targets.test14.jsonl",
    "targets.test15.jsonl",
    "targets.test16.jsonl",
    "targets.test17.jsonl",
    "targets.test18.jsonl",
    "targets.test19.jsonl",
    "targets.test20.jsonl",
    "targets.test21.jsonl",
)  # frozen one after the other, never edited
# Made-up passages written from the annotation rules, each case naming the rule it tests (``docs/annotation.md``,
# "The written rules as made-up passages"): the first batch of each pair was studied, the second written by other
# helpers and only scored.
CONFORMANCE_FILES: dict[str, str] = {
    "conformance/studied.jsonl": "đã xem",
    "conformance/heldout.jsonl": "giữ lại",
    # … and whole made-up passages of five kinds of document (council news, political reports, statistics, sector
    # reviews, plans and proposal letters), the rule field naming the kind.
    "conformance/genre-studied.jsonl": "văn bản dựng, đã xem",
    "conformance/genre-heldout.jsonl": "văn bản dựng, giữ lại",
}
# Second annotations, made blind to the first and to the extractor, of passages sampled from a split: how far two
# people applying the same rules agree (``docs/annotation.md``, "Two annotators").  File name → split sampled.
AGREEMENT_FILES: dict[str, Split] = {
    "agreement/second.test.jsonl": "test",
    "agreement/second.dev.jsonl": "dev",
}


def corpus_text(split: Split) -> str:
    """The JSONL text of a split; the test split is its frozen files one after the other."""
    names = TEST_FILES if split == "test" else (DEV_FILE,)
    return "".join(_file_text(name) for name in names)


def _file_text(name: str) -> str:
    return _DIR.joinpath(name).read_text(encoding="utf-8")


def load_split(split: Split) -> list[dict[str, Any]]:
    """The passages of one split, in file order."""
    return [json.loads(line) for line in corpus_text(split).splitlines() if line.strip()]


def load_file(name: str) -> list[dict[str, Any]]:
    """The passages of one corpus file (one of :data:`TEST_FILES`, the dev file, or a file under ``agreement/`` or
    ``conformance/``), in file order."""
    return [json.loads(line) for line in _file_text(name).splitlines() if line.strip()]


def load_conformance(name: str) -> list[dict[str, Any]]:
    """The made-up passages of one of :data:`CONFORMANCE_FILES`, each with the rule it tests, in file order."""
    return load_file(name)


def load_agreement(name: str) -> list[dict[str, Any]]:
    """The second annotations of one of :data:`AGREEMENT_FILES`, in file order."""
    return load_file(name)


def _note() -> str:
    return _DIR.joinpath(FROZEN_NOTE).read_text(encoding="utf-8")


def frozen_on(name: str = "") -> str:
    """The date (dd/mm/yyyy) a test file was frozen, as written in ``FROZEN.md`` (the latest one by default)."""
    dates: dict[str, str] = dict(
        re.findall(r"`(targets\.test\d*\.jsonl)` frozen on (\d{2}/\d{2}/\d{4})", _note())
    )
    return dates.get(name or TEST_FILES[-1], "")


def frozen_hash(name: str = TEST_FILES[0]) -> str:
    """The SHA-256 of one frozen test file as recorded in ``FROZEN.md``."""
    hashes: dict[str, str] = dict(re.findall(r"`(targets\.test\d*\.jsonl)` SHA-256: ([0-9a-f]{64})", _note()))
    return hashes.get(name, "")


def current_test_hash(name: str = TEST_FILES[0]) -> str:
    """The SHA-256 of one test file as it is now (equal to :func:`frozen_hash` unless it was edited)."""
    return file_hash(name)


def file_hash(name: str) -> str:
    """The SHA-256 of one corpus file as it is now."""
    return hashlib.sha256(_file_text(name).encode("utf-8")).hexdigest()
