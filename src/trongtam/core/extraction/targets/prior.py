"""The prior for a number with no cue of its own: does the text, taken whole, plan or report?

A number whose clause says nothing of its role ("Tỷ lệ hộ nghèo 2,1%", a table cell, a list item) takes its
sentence's role, else the text's.  The cue rules (``roles._votes``) count the cued numbers and the cue words; they
were written from the dev split and read it well (94 % of its passages), but on sites they never saw they read one
passage in twelve the wrong way round, and every uncued number of that passage with it.

This module weighs that vote together with the text's own words: a logistic regression over the words and word
pairs of the whole text, plus the rules' vote, trained on the dev split's annotated kinds
(``trongtam eval train-prior``, :mod:`trongtam.core.evaluation.prior`).  The weights ship with the package in
``kind_prior.json``; reading them needs no library: a sum and a sign.  The caller's kind, when it knows it
(a proposal is a plan, a progress report a report), still comes first.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
import unicodedata
from importlib import resources
from typing import Literal

__all__ = ["MODEL_FILE", "learned_kind", "passage_features", "plan_score"]

MODEL_FILE = "kind_prior.json"

# A word is a run of letters or digits ("tỷ", "2024"); "%" counts as a word of its own. Numbers are all one word,
# "#": what counts is that a number stands there, not which.
_WORD = re.compile(r"[^\W_]+|%")


def passage_features(text: str, voted: Literal["plan", "report"]) -> frozenset[str]:
    """The features the prior weighs: each word (``u:``), each pair of neighbouring words (``b:``) and the
    rules' vote (``vote:plan`` / ``vote:report``), each counted once however often it occurs."""
    # (in NFC, as the dev split is written: a text in decomposed letters would split its words at every accent)
    words = ["#" if w[0].isdigit() else w for w in _WORD.findall(unicodedata.normalize("NFC", text).lower())]
    feats = {"u:" + w for w in words}
    feats.update(f"b:{a}_{b}" for a, b in itertools.pairwise(words))
    feats.add("vote:" + voted)
    return frozenset(feats)


@functools.cache
def _model() -> tuple[float, dict[str, float]]:
    raw = resources.files("trongtam.core.extraction.targets").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    data = json.loads(raw)
    return float(data["intercept"]), {k: float(v) for k, v in data["weights"].items()}


def plan_score(text: str, voted: Literal["plan", "report"]) -> float:
    """The model's log-odds that ``text`` is a plan: above 0 a plan, below a report."""
    intercept, weights = _model()
    return intercept + sum(weights.get(f, 0.0) for f in passage_features(text, voted))


def learned_kind(text: str, voted: Literal["plan", "report"]) -> Literal["plan", "report"]:
    """The text's prior: ``voted`` (the cue rules' reading) weighed with the text's words."""
    return "plan" if plan_score(text, voted) > 0 else "report"
