"""The numbering resolver agrees with LibreOffice's rendering of random multi-level lists.

LibreOffice lays out Word numbering the way Word does; each random document mixes abstract lists
shared by several numbering instances, start values, startOverride restarts, roman/letter/zero-padded
formats and multi-level texts. (lvlRestart is left out: LibreOffice 7 ignores it, Word does not.)
"""

from __future__ import annotations

import random
import re

import pytest

from trongtam.core.reading import read_file
from trongtam.core.reading.convert import convert_to_pdf, find_soffice

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.skipif(find_soffice() is None, reason="LibreOffice not available"),
]

FORMATS = ["decimal", "upperRoman", "lowerLetter", "lowerRoman", "upperLetter", "decimalZero"]


def random_lists(factory, seed: int) -> bytes:
    rng = random.Random(seed)
    abstracts = {}
    for a in range(1, 4):
        levels = ""
        for lvl in range(3):
            text = rng.choice(
                [
                    f"%{lvl + 1}.",
                    f"%{lvl + 1})",
                    f"(%{lvl + 1})",
                    ".".join(f"%{k + 1}" for k in range(lvl + 1)) + ".",
                ]
            )
            levels += factory.lvl(lvl, rng.choice(FORMATS), text, start=rng.choice([1, 1, 1, 3]))
        abstracts[a] = levels
    nums = {}
    for n in range(1, 7):
        override = ""
        if rng.random() < 0.3:
            value = rng.choice([1, 4])
            override = f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{value}"/></w:lvlOverride>'
        nums[n] = (rng.randint(1, 3), override)
    body = "".join(
        factory.p(f"đoạn {i:02d}", (rng.randint(1, 6), rng.choice([0, 0, 1, 1, 2]))) for i in range(60)
    )
    return factory.build_docx(body, factory.numbering(abstracts, nums))


@pytest.mark.parametrize("seed", [3, 5, 11])
def test_random_lists_are_numbered_as_libreoffice_shows_them(factory, tmp_path, seed):
    import pdfplumber

    path = tmp_path / f"lists{seed}.docx"
    path.write_bytes(random_lists(factory, seed))
    pdf = convert_to_pdf(path, tmp_path)
    assert pdf is not None
    shown = {}
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            for line in (page.extract_text() or "").split("\n"):
                m = re.match(r"^(.*?)\s*đoạn (\d\d)$", line.strip())
                if m:
                    shown[int(m.group(2))] = m.group(1).strip()
    mine = {int(b.text[-2:]): b.label for b in read_file(path).blocks}
    assert len(shown) == 60
    assert mine == shown
