"""Which rules of the target extractor matter on a gold set: knock each out alone and score (docs/annotation.md).

    .venv/bin/python bench/ablate_rules.py --gold A.jsonl [--gold B.jsonl ...] [--split dev] [--out RESULT.jsonl]

A rule is one module-level pattern of the rule modules (made to match nothing) or one phrase of the role,
direction, negative, change, comparator and reference lists of ``lexicon.toml`` (left out). Each knock-out is
scored alone on every set given (strict true positives, predictions, hard-negative hits); the ones that change a
set are printed, the largest change first. A pattern imported by name into another module keeps its old value
there: the knock-out is of the module that defines it. Two worker processes; about 10 minutes for dev.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
import tomllib
from collections.abc import Callable
from multiprocessing import Pool
from pathlib import Path
from typing import Any

from trongtam.core.evaluation.corpus import load_split
from trongtam.core.evaluation.scoring import load_jsonl, score

PACKAGE = "trongtam.core.extraction.targets"
MODULES = ("", "._common", ".scan", ".filters", ".roles", ".changes", ".comparators", ".clauses")
LEXICON_LISTS = {
    "role": ("target", "actual", "neutral", "plan_comparison_before", "plan_comparison_after"),
    "direction": ("lower", "lower_negated_by", "neutral"),
    "negative": ("before", "sentence", "after_unit", "existing_after"),
    "change": None,  # every list of the table
    "comparators": None,
    "ref": None,
}
NOTHING = re.compile(r"(?!x)x")
Sets = dict[str, list[dict[str, Any]]]
_SETS: Sets = {}


def _modules() -> dict[str, Any]:
    return {m or ".": importlib.import_module(PACKAGE + m) for m in MODULES}


def _raw_lexicon() -> dict[str, Any]:
    lexicon = importlib.import_module(PACKAGE + ".lexicon")
    return tomllib.loads(Path(lexicon.__file__).with_name("lexicon.toml").read_text("utf-8"))


def candidates() -> list[tuple[str, str, str]]:
    """Every rule to knock out: ("re", module, name) or ("lex", "table.list", phrase)."""
    out = [
        ("re", name, attr)
        for name, mod in _modules().items()
        for attr, value in vars(mod).items()
        if attr.startswith("_") and isinstance(value, re.Pattern)
    ]
    raw = _raw_lexicon()
    for table, lists in LEXICON_LISTS.items():
        for key in lists or tuple(raw.get(table, {})):
            phrases = raw.get(table, {}).get(key)
            if isinstance(phrases, list):
                out += [("lex", f"{table}.{key}", p) for p in phrases]
    return out


def _clear_caches() -> None:
    for mod in _modules().values():
        for value in list(vars(mod).values()):
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


def _score(sets: Sets) -> dict[str, list[int]]:
    find = importlib.import_module(PACKAGE).find_targets
    out = {}
    for name, recs in sets.items():
        rep = score(recs, lambda r: [t.to_dict() for t in find(r["text"], kind=None)])
        out[name] = [rep.tp, rep.predicted, rep.gold, rep.negative_hits]
    return out


def _with_lexicon(
    table_key: str, phrase: str, run: Callable[[], dict[str, list[int]]]
) -> dict[str, list[int]]:
    lexicon = importlib.import_module(PACKAGE + ".lexicon")
    raw = _raw_lexicon()
    table, key = table_key.split(".", 1)
    raw[table][key] = [p for p in raw[table][key] if p != phrase]
    compiled = lexicon.compile_lexicon(raw)
    holders = [lexicon, importlib.import_module(PACKAGE), importlib.import_module(PACKAGE + "._common")]
    saved = [(h, n, getattr(h, n)) for h in holders for n in ("lexicon", "_load_lexicon") if hasattr(h, n)]
    try:
        for h, n, _ in saved:
            setattr(h, n, lambda: compiled)
        return run()
    finally:
        for h, n, old in saved:
            setattr(h, n, old)


def knock_out(cand: tuple[str, str, str]) -> dict[str, Any]:
    kind, where, what = cand
    _clear_caches()
    try:
        if kind == "re":
            mod = _modules()[where]
            old = getattr(mod, what)
            setattr(mod, what, NOTHING)
            try:
                res: dict[str, Any] = _score(_SETS)
            finally:
                setattr(mod, what, old)
        else:
            res = _with_lexicon(where, what, lambda: _score(_SETS))
    except Exception as e:  # a knock-out the code cannot run without is reported, not fatal
        res = {"error": repr(e)[:200]}
    _clear_caches()
    return {"rule": list(cand), "scores": res}


def _init(sets: Sets) -> None:
    _SETS.update(sets)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", action="append", default=[], type=Path, help="a JSONL gold set (repeatable)")
    ap.add_argument("--split", action="append", default=[], choices=["dev", "test"])
    ap.add_argument("--out", type=Path, help="write every knock-out's scores here, one JSON line each")
    ap.add_argument("--top", type=int, default=25, help="print this many rules per set")
    a = ap.parse_args(argv)
    sets: Sets = {p.stem: load_jsonl(p) for p in a.gold}
    sets.update({s: load_split(s) for s in a.split})  # type: ignore[arg-type]
    if not sets:
        ap.error("give --gold or --split")
    _init(sets)
    base = _score(sets)
    cands = candidates()
    print(
        f"{len(cands)} rules; base (true positives, predicted, gold, negative hits): {base}", file=sys.stderr
    )
    rows = []
    with Pool(2, initializer=_init, initargs=(sets,)) as pool:
        for r in pool.imap_unordered(knock_out, cands, chunksize=4):
            rows.append(r)
    if a.out:
        a.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    for name in sets:
        b_tp = base[name][0]
        moved = [(r["scores"][name][0] - b_tp, r["rule"]) for r in rows if name in r["scores"]]
        same = sum(1 for d, _ in moved if d == 0)
        print(f"\n{name}: {same} of {len(moved)} knock-outs change no true positive")
        for d, rule in sorted((m for m in moved if m[0]), key=lambda m: -abs(m[0]))[: a.top]:
            print(f"  {d:+5d}  {rule[0]:3s} {rule[1]:32s} {rule[2]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
