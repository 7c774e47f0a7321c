"""The eighth blind part of the structure corpus (``blind8_docs``), written by ``make_blind5_corpus.write_part``
into ``structure_corpus/blind8-*`` and ``blind8.json``: ``.venv/bin/python tests/evaluation/make_blind8_corpus.py``.

Frozen on 07/12/2026 (``structure_corpus/FROZEN.md``): compare by hash, never rebuild over the frozen files.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tests.evaluation.blind8_docs import BLIND8_DOCS, BLIND8_FORMS  # noqa: E402

spec = importlib.util.spec_from_file_location("make_blind5", ROOT / "tests/evaluation/make_blind5_corpus.py")
assert spec and spec.loader
blind5 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(blind5)

FROZEN = "2026-12-07"
ABOUT = "The eighth blind test part: expected structure written before the reader was run; frozen."


def main() -> None:
    blind5.write_part(BLIND8_DOCS, BLIND8_FORMS, "blind8", FROZEN, ABOUT, 1500)


if __name__ == "__main__":
    main()
