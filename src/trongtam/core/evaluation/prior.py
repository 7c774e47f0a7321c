"""Training the reader's plan-or-report prior (:mod:`trongtam.core.extraction.targets.prior`) on the dev split.

    trongtam eval train-prior            # retrain from targets.dev.jsonl, write the packaged kind_prior.json

Each dev passage with a number to read is one example: its features as the reader sees them (the text's words and
word pairs, and the cue rules' vote) and the kind its annotator gave it.  A logistic regression (scikit-learn,
L2, ``C`` = 1, the library's defaults) is fitted on them; words seen in fewer than ``min_count`` passages are left
out, so the model neither grows with every rare name nor remembers one passage.  Only the dev split is read: the
frozen test split scores the result and never trains it.

:func:`cross_validate` says how well the recipe carries to sites it never saw: five folds, each site's passages
in one fold only (the dev split's sites are many; a site's house style must not be learned and then scored).
scikit-learn is a development dependency (``pip install -e .[dev]``); reading the model needs none.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trongtam.core.evaluation.split import source_key
from trongtam.core.extraction.targets import kind_evidence
from trongtam.core.extraction.targets.prior import passage_features

__all__ = ["Example", "cross_validate", "examples", "train", "write_model"]

MIN_COUNT = 3  # passages a word must appear in to be weighed
C = 1.0  # inverse strength of the L2 penalty (scikit-learn's default)
FOLDS = 5


@dataclass(frozen=True)
class Example:
    features: frozenset[str]
    plan: bool  # the annotated kind
    voted_plan: bool  # the cue rules' vote alone
    site: str


def examples(records: Iterable[Mapping[str, Any]]) -> list[Example]:
    """One example per annotated passage with targets and a number to read, in order."""
    out = []
    for rec in records:
        if not rec.get("targets") or rec.get("kind") not in ("plan", "report"):
            continue
        seen = kind_evidence(rec["text"])
        if seen is None:
            continue
        text, voted = seen
        out.append(
            Example(
                features=passage_features(text, voted),
                plan=rec["kind"] == "plan",
                voted_plan=voted == "plan",
                site=source_key(rec.get("source") or ""),
            )
        )
    return out


def _fit(train: Sequence[Example], min_count: int, c: float) -> tuple[float, dict[str, float]]:
    from sklearn.feature_extraction import DictVectorizer  # a development dependency, imported when training
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for ex in train for f in ex.features)
    kept = [{f: 1 for f in ex.features if counts[f] >= min_count} for ex in train]
    vec = DictVectorizer()
    x = vec.fit_transform(kept)
    y = [1 if ex.plan else 0 for ex in train]
    model = LogisticRegression(C=c, max_iter=5000).fit(x, y)
    names = vec.get_feature_names_out()
    return float(model.intercept_[0]), {
        str(n): float(w) for n, w in zip(names, model.coef_[0], strict=False) if w != 0.0
    }


def _predict(model: tuple[float, dict[str, float]], ex: Example) -> bool:
    intercept, weights = model
    return intercept + sum(weights.get(f, 0.0) for f in ex.features) > 0


def train(
    exs: Sequence[Example], *, min_count: int = MIN_COUNT, c: float = C, source: str = ""
) -> dict[str, Any]:
    """The model as the packaged JSON holds it; ``source`` names what it was trained on."""
    intercept, weights = _fit(exs, min_count, c)
    return {
        "about": "Tiên nghiệm kế hoạch/báo cáo của bộ đọc chỉ tiêu: hồi quy logistic trên từ và cặp từ của đoạn văn "
        "cùng phiếu của các quy tắc; huấn luyện bằng `trongtam eval train-prior` trên tập dev.",
        "trained_on": source,
        "passages": len(exs),
        "plans": sum(1 for ex in exs if ex.plan),
        "min_count": min_count,
        "c": c,
        "intercept": round(intercept, 6),
        "weights": {k: round(w, 6) for k, w in sorted(weights.items()) if round(w, 6) != 0.0},
    }


@dataclass(frozen=True)
class Validation:
    passages: int
    model_accuracy: float  # the trained prior on sites outside its training folds
    vote_accuracy: float  # the cue rules' vote alone, on the same passages


def cross_validate(
    exs: Sequence[Example], *, folds: int = FOLDS, min_count: int = MIN_COUNT, c: float = C
) -> Validation:
    """Site-grouped ``folds``-fold accuracy of the prior against the cue rules' vote alone.

    Sites are dealt to folds by the hash of their name (the same dealing every run), each fold trained on the others.
    """
    fold_of = {
        site: int(hashlib.sha256(site.encode()).hexdigest()[:8], 16) % folds for site in {e.site for e in exs}
    }
    right = 0
    for k in range(folds):
        held = [ex for ex in exs if fold_of[ex.site] == k]
        if not held:
            continue
        model = _fit([ex for ex in exs if fold_of[ex.site] != k], min_count, c)
        right += sum(1 for ex in held if _predict(model, ex) == ex.plan)
    voted = sum(1 for ex in exs if ex.voted_plan == ex.plan)
    n = len(exs)
    return Validation(n, right / n if n else 0.0, voted / n if n else 0.0)


def write_model(model: Mapping[str, Any], path: Path) -> None:
    """Write ``model`` as JSON, one weight per line, so a retraining shows as a readable diff."""
    path.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
