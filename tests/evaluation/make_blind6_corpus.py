"""The sixth to nineteenth blind parts of the structure corpus (``blind6_docs`` to ``blind19_docs``), each written by
``make_blind5_corpus.write_part`` into ``structure_corpus/<part>-*`` and ``<part>.json``: ``.venv/bin/python tests/evaluation/make_blind6_corpus.py [blind6|blind7|blind8|blind9|blind10|blind11|blind12|blind13|blind14|blind15|blind16|blind17|blind18|blind19]`` (blind6 by
default).

Each was frozen on 07/12/2026, the eighteenth and nineteenth on 08/12/2026 (``structure_corpus/FROZEN.md``): compare by hash, never
rebuild over the frozen files.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tests.evaluation.blind6_docs import BLIND6_DOCS, BLIND6_FORMS  # noqa: E402
from tests.evaluation.blind7_docs import BLIND7_DOCS, BLIND7_FORMS  # noqa: E402
from tests.evaluation.blind8_docs import BLIND8_DOCS, BLIND8_FORMS  # noqa: E402
from tests.evaluation.blind9_docs import BLIND9_DOCS, BLIND9_FORMS  # noqa: E402
from tests.evaluation.blind10_docs import BLIND10_DOCS, BLIND10_FORMS  # noqa: E402
from tests.evaluation.blind11_docs import BLIND11_DOCS, BLIND11_FORMS  # noqa: E402
from tests.evaluation.blind12_docs import BLIND12_DOCS, BLIND12_FORMS  # noqa: E402
from tests.evaluation.blind13_docs import BLIND13_DOCS, BLIND13_FORMS  # noqa: E402
from tests.evaluation.blind14_docs import BLIND14_DOCS, BLIND14_FORMS  # noqa: E402
from tests.evaluation.blind15_docs import BLIND15_DOCS, BLIND15_FORMS  # noqa: E402
from tests.evaluation.blind16_docs import BLIND16_DOCS, BLIND16_FORMS  # noqa: E402
from tests.evaluation.blind17_docs import BLIND17_DOCS, BLIND17_FORMS  # noqa: E402
from tests.evaluation.blind18_docs import BLIND18_DOCS, BLIND18_FORMS  # noqa: E402
from tests.evaluation.blind19_docs import BLIND19_DOCS, BLIND19_FORMS  # noqa: E402

spec = importlib.util.spec_from_file_location("make_blind5", ROOT / "tests/evaluation/make_blind5_corpus.py")
assert spec and spec.loader
blind5 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(blind5)

FROZEN = "2026-12-07"
FROZEN_ON = {"blind18": "2026-12-08", "blind19": "2026-12-08"}  # the parts frozen on another day
_ABOUT = "The {} blind test part: expected structure written before the reader was run; frozen."
# part: (documents, forms, the index's "about", the first noise seed). The sixth part's index says "fifth" by a slip
# of the copy it was built with; kept so a rebuild matches its hash.
PARTS = {
    "blind6": (BLIND6_DOCS, BLIND6_FORMS, _ABOUT.format("fifth"), 1000),
    "blind7": (BLIND7_DOCS, BLIND7_FORMS, _ABOUT.format("seventh"), 1200),
    "blind8": (BLIND8_DOCS, BLIND8_FORMS, _ABOUT.format("eighth"), 1500),
    "blind9": (BLIND9_DOCS, BLIND9_FORMS, _ABOUT.format("ninth"), 1800),
    "blind10": (BLIND10_DOCS, BLIND10_FORMS, _ABOUT.format("tenth"), 2100),
    "blind11": (BLIND11_DOCS, BLIND11_FORMS, _ABOUT.format("eleventh"), 2700),
    "blind12": (BLIND12_DOCS, BLIND12_FORMS, _ABOUT.format("twelfth"), 3000),
    "blind13": (BLIND13_DOCS, BLIND13_FORMS, _ABOUT.format("thirteenth"), 3300),
    "blind14": (BLIND14_DOCS, BLIND14_FORMS, _ABOUT.format("fourteenth"), 3600),
    "blind15": (BLIND15_DOCS, BLIND15_FORMS, _ABOUT.format("fifteenth"), 3900),
    "blind16": (BLIND16_DOCS, BLIND16_FORMS, _ABOUT.format("sixteenth"), 4200),
    "blind17": (BLIND17_DOCS, BLIND17_FORMS, _ABOUT.format("seventeenth"), 4500),
    "blind18": (BLIND18_DOCS, BLIND18_FORMS, _ABOUT.format("eighteenth"), 4800),
    "blind19": (BLIND19_DOCS, BLIND19_FORMS, _ABOUT.format("nineteenth"), 5100),
}


def main() -> None:
    part = sys.argv[1] if len(sys.argv) > 1 else "blind6"
    docs, forms, about, seed = PARTS[part]
    blind5.write_part(docs, forms, part, FROZEN_ON.get(part, FROZEN), about, seed)


if __name__ == "__main__":
    main()
