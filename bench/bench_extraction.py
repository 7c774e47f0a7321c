"""Target extraction throughput beside the floor (one plain regex pass over the same text).

    .venv/bin/python bench/bench_extraction.py

Corpus: the dev passages and the seed letter (from ../shared when present, else the golden copy in
tests/), and a generated document of about 200 pages built by repeating real sentences with varied
numbers.  Prints characters/s and documents/s at several sizes; cost should grow linearly.
"""

from __future__ import annotations

import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from trongtam.core.extraction.targets import find_targets  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
FLOOR = re.compile(r"\d[\d.,]*")
PAGE_CHARS = 3000


def passages() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for path in (
        EVAL / "dev.jsonl",
        EVAL / "seed_gold.jsonl",
        ROOT / "tests/core/extraction/golden/seed_gold.jsonl",
    ):
        if path.exists() and not (path.name == "seed_gold.jsonl" and any(p[0] == "seed" for p in out)):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    rec = json.loads(line)
                    out.append(
                        (rec["id"], rec["text"])
                        if rec["id"] == "seed"
                        else (rec.get("kind", "plan"), rec["text"])
                    )
    return [(k if k in ("plan", "report") else "plan", t) for k, t in out]


def generated(sentences: list[str], chars: int, seed: int = 7) -> str:
    rng = random.Random(seed)

    def vary(m: re.Match[str]) -> str:
        s = m.group(0)
        return "".join(str(rng.randint(0, 9)) if c.isdigit() and i > 0 else c for i, c in enumerate(s))

    parts: list[str] = []
    n = 0
    while n < chars:
        s = FLOOR.sub(vary, rng.choice(sentences))
        parts.append(s)
        n += len(s) + 1
    return "\n".join(parts)


def best_of(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    docs = passages()
    texts = [t for _, t in docs]
    sentences = [s.strip() for t in texts for s in re.split(r"(?<=[.;])\s+|\n+", t) if len(s.strip()) > 30]
    find_targets("Khởi động 1%.")  # compile the lexicon once, outside the timings

    print("Target extraction throughput (best of 3)")
    print(
        f"{'corpus':<26}{'chars':>10}{'docs':>6}{'targets':>9}{'time ms':>10}{'ms/page':>9}{'chars/s':>12}"
        f"{'docs/s':>9}{'floor ms':>10}{'x floor':>9}"
    )

    def row(name: str, items: list[tuple[str, str]]) -> None:
        chars = sum(len(t) for _, t in items)
        count = [0]

        def run() -> None:
            count[0] = sum(len(find_targets(t, kind=k)) for k, t in items)  # type: ignore[arg-type]

        t = best_of(run)
        f = best_of(lambda: [FLOOR.findall(t2) for _, t2 in items])
        print(
            f"{name:<26}{chars:>10,}{len(items):>6}{count[0]:>9}{t * 1000:>10.1f}{t * 1000 * PAGE_CHARS / chars:>9.2f}"
            f"{chars / t:>12,.0f}{len(items) / t:>9.1f}{f * 1000:>10.2f}{t / f:>9.1f}"
        )

    row("dev + seed passages", docs)
    for pages in (25, 50, 100, 200):
        doc = generated(sentences, pages * PAGE_CHARS)
        row(f"generated {pages} pages", [("plan", doc)])
    # A plainer document: one sentence in four carries numbers, as in real letters and plans.
    prose = [FLOOR.sub("", s) for s in sentences]
    mixed = generated(prose * 3 + sentences, 200 * PAGE_CHARS, seed=11)
    row("200 pages, 1 in 4 numeric", [("plan", mixed)])
    # Worst case for clause windows: 100 pages without a full stop, semicolon or line break.
    runon = re.sub(r"[.;:\n]+", ",", generated(sentences, 100 * PAGE_CHARS, seed=13))
    row("100 pages, one sentence", [("plan", runon)])
    print("Linear growth: time per page should stay flat as the page count doubles.")


if __name__ == "__main__":
    main()
