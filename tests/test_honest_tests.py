"""Tests that cannot skip their way past a failure: the seed and the evaluation sets are read from copies
inside the repository (never ../shared), and no test skips when the project's own code is missing.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.data import DEV_SET, SCORER, SEED_DOCX, SEED_GOLD, SEED_TXT

TESTS = Path(__file__).resolve().parent
OUTSIDE = re.compile(r"/work/shared|\.\./shared|[\"']shared[\"']\s*/")
OWN_MODULE_SKIP = re.compile(r"importorskip\(\s*[\"']trongtam|except ImportError")


def _lines_matching(pattern: re.Pattern[str]) -> list[str]:
    return [
        f"{path.relative_to(TESTS)}:{n}"
        for path in TESTS.rglob("*.py")
        if path != Path(__file__).resolve()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if pattern.search(line)
    ]


def test_the_copies_are_in_the_repository():
    for path in (SEED_TXT, SEED_DOCX, SEED_GOLD, DEV_SET, SCORER):
        assert path.is_file() and path.stat().st_size > 1000, path


def test_no_test_reads_the_shared_folder_outside_the_clone():
    offenders = _lines_matching(OUTSIDE)
    assert not offenders, "tests reading outside the clone skip silently elsewhere: " + ", ".join(offenders)


def test_no_test_skips_when_the_projects_own_module_is_missing():
    offenders = _lines_matching(OWN_MODULE_SKIP)
    assert not offenders, "a broken module of ours must fail its tests, not skip them: " + ", ".join(
        offenders
    )
