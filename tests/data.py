"""Where tests find the seed letter and the evaluation sets: copies inside the repository.

A test that read a path outside the clone would skip silently wherever the clone is placed;
``tests/test_data.py`` keeps every test on these copies.
"""

from __future__ import annotations

from pathlib import Path

import trongtam

SAMPLE = Path(trongtam.__file__).resolve().parent / "registry" / "sample"
SEED_TXT = SAMPLE / "seed-huu-lung-2024.txt"
SEED_DOCX = SAMPLE / "seed-huu-lung-2024.docx"

GOLDEN = Path(__file__).resolve().parent / "core" / "extraction" / "golden"
SEED_GOLD = GOLDEN / "seed_gold.jsonl"
DEV_SET = GOLDEN / "dev.jsonl"
SCORER = GOLDEN / "score.py"
