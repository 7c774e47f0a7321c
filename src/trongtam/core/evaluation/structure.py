"""Structure evaluation: whole documents read as a user uploads them, compared with their expected outline.

A document is *exact* when its sections (number and title), tasks and sub-items (numbers, nesting)
are those expected (a decimal number may be written with or without its parent's: "2.1" or "1" under
part "2"), and each task's text starts and ends where expected — so a closing glued to the
last task, or two tasks read as one, is a miss. Text read by OCR is compared with a tolerance for
misread letters; numbers and nesting never are.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from trongtam.core.letter import Document, Task
from trongtam.core.text.normalize import match_key

CORPUS = "structure_corpus"
# The blind parts: documents whose expected structure was written before the reader ran on them, frozen
# apart (``structure_corpus/FROZEN.md``); scored as the splits "blind" to "blind19", never studied. Each part's index
# is ``<split>.json``.
BLIND_PARTS = (
    "blind",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind9",
    "blind10",
    "blind11",
    "blind12",
    "blind13",
    "blind14",
    "blind15",
    "blind16",
    "blind17",
    "blind18",
    "blind19",
)
_EDGE = 24  # characters compared at each end of a task's text


@dataclass(frozen=True)
class Result:
    """One document's result: whether its structure is exact and, if not, the first differences."""

    file: str
    split: str
    form: str
    exact: bool
    differences: tuple[str, ...] = ()
    seconds: float = 0.0


@dataclass(frozen=True)
class Report:
    """The results of one split, with the date the test split was frozen."""

    frozen: str
    results: tuple[Result, ...] = field(default_factory=tuple)

    @property
    def exact_share(self) -> float:
        """The share of documents whose structure is exact (0–1)."""
        return sum(r.exact for r in self.results) / len(self.results) if self.results else 0.0


def corpus() -> dict[str, Any]:
    """The corpus index (files, forms, splits, sources, expected outlines); the blind parts' documents
    come last, with the splits "blind" to "blind19" and the dates those parts were frozen in
    ``blind_frozen`` to ``blind19_frozen``."""
    folder = resources.files("trongtam.core.evaluation").joinpath(CORPUS)
    data: dict[str, Any] = json.loads(folder.joinpath("corpus.json").read_text(encoding="utf-8"))
    parts = {p: json.loads(folder.joinpath(f"{p}.json").read_text(encoding="utf-8")) for p in BLIND_PARTS}
    return {
        **data,
        "documents": [*data["documents"], *(d for part in parts.values() for d in part["documents"])],
        **{f"{p}_frozen": part["frozen"] for p, part in parts.items()},
    }


def outline(doc: Document) -> list[dict[str, Any]]:
    """The document's structure in the corpus's form: sections, tasks and sub-items with their text. The corpus
    holds two levels under a part (tasks and their sub-items); an item deeper than that ("+" under "-" under "1.") is
    written there as part of its sub-item's text, and is compared so."""

    def deep(t: Task) -> str:
        return " ".join([t.text, *(deep(c) for c in t.children)])

    def task(t: Task, depth: int = 1) -> dict[str, Any]:
        if depth == 2:
            return {"number": t.number, "text": deep(t), "children": []}
        return {"number": t.number, "text": t.text, "children": [task(c, depth + 1) for c in t.children]}

    return [{"number": s.number, "title": s.title, "tasks": [task(t) for t in s.tasks]} for s in doc.sections]


def _similar(a: str, b: str, tolerant: bool) -> bool:
    a, b = match_key(a), match_key(b)
    if a == b:
        return True
    if not tolerant:
        return False
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b) >= 80


def compare(
    expected: list[dict[str, Any]], got: list[dict[str, Any]], *, tolerant: bool = False
) -> list[str]:
    """The differences between two outlines (empty when they match)."""
    diffs: list[str] = []
    if [s["number"] for s in expected] != [s["number"] for s in got]:
        diffs.append(f"phần: cần {[s['number'] for s in expected]}, đọc được {[s['number'] for s in got]}")
        return diffs
    for es, gs in zip(expected, got, strict=True):
        if not _similar(es["title"], gs["title"], tolerant):
            diffs.append(f"tên phần {es['number']}: cần “{es['title']}”, đọc được “{gs['title']}”")
        diffs.extend(
            _compare_tasks(
                es["tasks"], gs["tasks"], f"phần {es['number'] or '–'}", tolerant, (es["number"],) * 2
            )
        )
    return diffs


def _own_number(number: str, parent: str) -> str:
    """An item's number without its parent's: "2.1" under part "2" is item "1", as an annotator may write it."""
    return number[len(parent) + 1 :] if parent and number.startswith(parent + ".") else number


def _compare_tasks(
    expected: list[dict[str, Any]],
    got: list[dict[str, Any]],
    where: str,
    tolerant: bool,
    parents: tuple[str, str] = ("", ""),
) -> Iterator[str]:
    numbers = (
        [_own_number(t["number"], parents[0]) for t in expected],
        [_own_number(t["number"], parents[1]) for t in got],
    )
    if numbers[0] != numbers[1]:
        yield f"{where}: cần mục {numbers[0]}, đọc được {numbers[1]}"
        return
    for et, gt in zip(expected, got, strict=True):
        here = f"{where}, mục {et['number']}"
        e_text, g_text = " ".join(et["text"].split()), " ".join(gt["text"].split())
        if not _similar(e_text[:_EDGE], g_text[:_EDGE], tolerant):
            yield f"{here}: bắt đầu “{g_text[:_EDGE]}”, cần “{e_text[:_EDGE]}”"
        if not _similar(e_text[-_EDGE:], g_text[-_EDGE:], tolerant):
            yield f"{here}: kết thúc “{g_text[-_EDGE:]}”, cần “{e_text[-_EDGE:]}”"
        yield from _compare_tasks(
            et["children"], gt["children"], here, tolerant, (et["number"], gt["number"])
        )


def evaluate(
    split: str = "test",
    *,
    progress: Callable[[str], None] | None = None,
    skip: Callable[[dict[str, Any]], bool] | None = None,
) -> Report:
    """Read every document of the split (``test``, ``dev``, ``blind`` to ``blind19`` or ``all``) and
    compare its structure."""
    from trongtam.core.extraction import read_document

    data = corpus()
    folder = resources.files("trongtam.core.evaluation").joinpath(CORPUS)
    results = []
    for entry in data["documents"]:
        if (split != "all" and entry["split"] != split) or (skip is not None and skip(entry)):
            continue
        if progress is not None:
            progress(entry["file"])
        start = time.perf_counter()
        doc = read_document(folder.joinpath(entry["file"]).read_bytes(), name=entry["file"])
        seconds = time.perf_counter() - start
        diffs = compare(entry["expected"], outline(doc), tolerant=bool(doc.ocr_pages))
        results.append(
            Result(
                file=entry["file"],
                split=entry["split"],
                form=entry["form"],
                exact=not diffs,
                differences=tuple(diffs[:3]),
                seconds=round(seconds, 2),
            )
        )
    frozen = data[f"{split}_frozen"] if split in BLIND_PARTS else data["frozen"]
    return Report(frozen=frozen, results=tuple(results))


__all__ = ["BLIND_PARTS", "Report", "Result", "compare", "corpus", "evaluate", "outline"]
