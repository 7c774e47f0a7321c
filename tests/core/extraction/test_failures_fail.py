"""A broken target extractor fails the reading: no document comes out with its targets silently missing."""

from __future__ import annotations

import sys

import pytest

from trongtam.core.extraction import structure_text

LETTER = "I. LĨNH VỰC KINH TẾ\n\n1. Tổng thu ngân sách trên địa bàn 195.000 triệu đồng.\n"


def test_the_letter_reads_with_its_target():
    doc = structure_text(LETTER)
    assert [t.value for t in doc.all_tasks()[0].targets] == [195000]


def test_an_extractor_that_cannot_be_imported_fails_the_reading(monkeypatch):
    # None in sys.modules makes the import raise, as a module broken mid-edit would.
    monkeypatch.setitem(sys.modules, "trongtam.core.extraction.targets", None)
    with pytest.raises(ImportError):
        structure_text(LETTER)
