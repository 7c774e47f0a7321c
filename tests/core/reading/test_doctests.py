"""The doctests of the reader's small text helpers run with the suite."""

from __future__ import annotations

import doctest
import importlib

import pytest


@pytest.mark.parametrize(
    "module",
    [
        "trongtam.core.reading.labels",
        "trongtam.core.reading.numbering",
        "trongtam.core.reading.plain",
        "trongtam.core.reading.pdf_reader",
    ],
)
def test_doctests_pass(module):
    result = doctest.testmod(importlib.import_module(module))
    assert result.failed == 0 and result.attempted > 0
