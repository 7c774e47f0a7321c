"""Legacy .doc/.odt/.rtf go through LibreOffice headless when it is installed."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from tests.data import SEED_DOCX

from trongtam.core.reading.convert import find_soffice

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.skipif(find_soffice() is None, reason="LibreOffice not available"),
]


def to_legacy(tmp_path: Path, fmt: str) -> Path:
    soffice = find_soffice()
    assert soffice is not None
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            fmt,
            "--outdir",
            str(tmp_path),
            str(SEED_DOCX),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    out = tmp_path / f"{SEED_DOCX.stem}.{fmt}"
    assert out.exists()
    return out


@pytest.mark.parametrize("fmt", ["doc", "odt"])
def test_the_seed_saved_as_a_legacy_format_keeps_its_structure(tmp_path, fmt):
    from trongtam.core.extraction import read_document

    doc = read_document(to_legacy(tmp_path, fmt))
    assert [len(s.tasks) for s in doc.sections] == [17, 2]
    assert len(doc.sections[0].tasks[12].children) == 2
    assert any("LibreOffice" in w for w in doc.warnings)
