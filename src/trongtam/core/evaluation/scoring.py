"""Scoring extracted targets against hand-annotated passages, with errors sorted into classes.

The metric is the shared scorer's (``../shared/eval/score.py``, kept in step by a test): a predicted
target matches a gold one when ``value``, ``value_max``, ``unit`` (lower-cased, spaces folded),
``op`` and ``change`` are all equal, one-to-one per passage — strict precision, recall and F1.
``value_f1`` matches on the number alone.  A prediction overlapping a listed hard negative that
matches no gold target is a negative hit.

Errors are sorted by the class of rule that would fix them (issue 15): for a prediction and a gold
target with the same number that do not match strictly, the first field that differs names the
class; gold targets with no prediction of their number are *missed*, predictions with no gold
target of their number are *spurious*.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["CLASSES", "Report", "classify", "load_jsonl", "score"]

OPS = {">=", ">", "<=", "<", "=", "~", "range"}

# Error classes, in the order they are tested on a pair with the same number.
CLASSES: dict[str, str] = {
    "role": "1 vai trò (kế hoạch/kết quả) sai",
    "unit": "3 đơn vị sai hoặc thiếu",
    "op": "2 phép so sánh sai (từ so sánh trong tên, mặc định ≥/=)",
    "change": "5 chiều tăng/giảm sai",
    "range": "4 khoảng giá trị sai",
    "missed": "4 bỏ sót giá trị",
    "spurious": "thừa (không phải chỉ tiêu)",
    "period": "6 kỳ sai (không tính vào F1)",
}


def _norm_unit(u: Any) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", str(u or "").strip().lower()))


def _num(x: Any) -> float | None:
    if x is None:
        return None
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _strict(p: Mapping[str, Any], g: Mapping[str, Any]) -> bool:
    return (
        _same(_num(p.get("value")), _num(g.get("value")))
        and _same(_num(p.get("value_max")), _num(g.get("value_max")))
        and _norm_unit(p.get("unit")) == _norm_unit(g.get("unit"))
        and (p.get("op") or "") == (g.get("op") or "")
        and (p.get("change") or None) == (g.get("change") or None)
    )


def _lenient(p: Mapping[str, Any], g: Mapping[str, Any]) -> bool:
    return _same(_num(p.get("value")), _num(g.get("value")))


def _tokens(s: Any) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFC", str(s or "").lower()))


def _token_f1(a: Any, b: Any) -> float:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    pool = list(tb)
    common = 0
    for t in ta:
        if t in pool:
            pool.remove(t)
            common += 1
    if not common:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


def _match(
    preds: Sequence[Mapping[str, Any]],
    golds: Sequence[Mapping[str, Any]],
    eq: Callable[[Mapping[str, Any], Mapping[str, Any]], bool],
    used: set[int] | None = None,
) -> list[tuple[int, int]]:
    """Greedy one-to-one matching as the shared scorer does it: (pred index, gold index) pairs."""
    pairs: list[tuple[int, int]] = []
    taken = set(used or ())
    for i, p in enumerate(preds):
        best, best_score = None, -1.0
        for j, g in enumerate(golds):
            if j in taken or not eq(p, g):
                continue
            s = _token_f1(p.get("indicator"), g.get("indicator"))
            if s > best_score:
                best, best_score = j, s
        if best is not None:
            taken.add(best)
            pairs.append((i, best))
    return pairs


def classify(p: Mapping[str, Any], g: Mapping[str, Any]) -> str:
    """The class of the first field that differs between a prediction and a gold target of its number."""
    if (p.get("role") or "target") != (g.get("role") or "target"):
        return "role"
    if _norm_unit(p.get("unit")) != _norm_unit(g.get("unit")):
        return "unit"
    if not _same(_num(p.get("value_max")), _num(g.get("value_max"))):
        return "range"
    if (p.get("op") or "") != (g.get("op") or ""):
        return "op"
    if (p.get("change") or None) != (g.get("change") or None):
        return "change"
    return "period"


@dataclass
class Report:
    passages: int = 0
    gold: int = 0
    predicted: int = 0
    tp: int = 0
    value_tp: int = 0
    role_ok: int = 0
    ref_ok: int = 0
    period_ok: int = 0
    negative_hits: int = 0
    invalid_ops: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    examples: list[dict[str, Any]] = field(default_factory=list)

    @staticmethod
    def _f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def figures(self) -> dict[str, Any]:
        p, r, f = self._f1(self.tp, self.predicted, self.gold)
        _, _, vf = self._f1(self.value_tp, self.predicted, self.gold)
        per100 = 100 * self.negative_hits / self.gold if self.gold else 0.0
        return {
            "passages": self.passages,
            "gold_targets": self.gold,
            "predicted": self.predicted,
            "strict_precision": round(p, 4),
            "strict_recall": round(r, 4),
            "strict_f1": round(f, 4),
            "value_f1": round(vf, 4),
            "role_acc": round(self.role_ok / self.tp, 4) if self.tp else 0.0,
            "ref_acc": round(self.ref_ok / self.tp, 4) if self.tp else 0.0,
            "period_acc": round(self.period_ok / self.tp, 4) if self.tp else 0.0,
            "negative_hits": self.negative_hits,
            "negative_hits_per_100": round(per100, 2),
            "invalid_ops": self.invalid_ops,
            "errors": dict(self.errors),
        }


def _negative_spans(text: str, negatives: Iterable[str]) -> list[tuple[int, int]]:
    spans = []
    for n in negatives or ():
        start = 0
        while (i := text.find(n, start)) >= 0:
            spans.append((i, i + len(n)))
            start = i + 1
    return spans


_SHOWN = ("indicator", "value", "value_max", "unit", "op", "change", "role", "period")


def score(
    gold: Iterable[dict[str, Any]], predict: Callable[[dict[str, Any]], list[dict[str, Any]]]
) -> Report:
    """Score ``predict(passage) -> targets`` over the gold passages."""
    rep = Report()
    for rec in gold:
        rep.passages += 1
        golds = list(rec.get("targets") or [])
        preds = list(predict(rec))
        rep.gold += len(golds)
        rep.predicted += len(preds)
        rep.invalid_ops += sum(1 for p in preds if p.get("op") not in OPS)
        strict = _match(preds, golds, _strict)
        rep.tp += len(strict)
        rep.value_tp += len(_match(preds, golds, _lenient))
        for i, j in strict:
            p, g = preds[i], golds[j]
            rep.role_ok += (p.get("role") or "target") == (g.get("role") or "target")
            rep.ref_ok += (p.get("ref") or None) == (g.get("ref") or None)
            ok_period = str(p.get("period") or "") == str(g.get("period") or "")
            rep.period_ok += ok_period
            if not ok_period:
                rep.errors["period"] += 1
        matched_p = {i for i, _ in strict}
        matched_g = {j for _, j in strict}
        spans = _negative_spans(rec.get("text", ""), rec.get("negatives") or ())
        for i, p in enumerate(preds):
            s, e = p.get("start"), p.get("end")
            if i in matched_p or not isinstance(s, int) or not isinstance(e, int):
                continue
            if any(s < ne and ns < e for ns, ne in spans):
                rep.negative_hits += 1
        rest_p = [k for k in range(len(preds)) if k not in matched_p]
        rest_g = [k for k in range(len(golds)) if k not in matched_g]
        near = _match([preds[k] for k in rest_p], [golds[k] for k in rest_g], _lenient)
        seen_p: set[int] = set()
        seen_g: set[int] = set()
        for a, b in near:
            p, g = preds[rest_p[a]], golds[rest_g[b]]
            cls = classify(p, g)
            rep.errors[cls] += 1
            seen_p.add(a)
            seen_g.add(b)
            rep.examples.append({"id": rec.get("id"), "class": cls, "pred": _brief(p), "gold": _brief(g)})
        for b, k in enumerate(rest_g):
            if b not in seen_g:
                rep.errors["missed"] += 1
                rep.examples.append({"id": rec.get("id"), "class": "missed", "gold": _brief(golds[k])})
        for a, k in enumerate(rest_p):
            if a not in seen_p:
                rep.errors["spurious"] += 1
                rep.examples.append({"id": rec.get("id"), "class": "spurious", "pred": _brief(preds[k])})
    return rep


def _brief(t: Mapping[str, Any]) -> dict[str, Any]:
    out = {k: t.get(k) for k in _SHOWN}
    if "quote" in t:
        out["quote"] = t["quote"]
    return out


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]
