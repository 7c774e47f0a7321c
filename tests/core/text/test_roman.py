"""Roman numerals have one implementation, used by readers, renderers and the registry alike."""

from __future__ import annotations

import doctest

import pytest

from trongtam.core.reading.labels import label_value, split_label
from trongtam.core.text import roman
from trongtam.core.text.roman import from_roman, to_roman


@pytest.mark.parametrize("n", range(1, 60))
def test_every_numeral_reads_back_to_its_value(n):
    assert from_roman(to_roman(n)) == n
    assert from_roman(to_roman(n).lower()) == n


def test_field_numbers_go_past_xv():
    assert [to_roman(n) for n in (15, 16, 19, 20, 24)] == ["XV", "XVI", "XIX", "XX", "XXIV"]


def test_malformed_numerals_are_not_numbers():
    assert from_roman("IIII") is None and from_roman("VX") is None and from_roman("") is None


def test_a_typed_label_past_xv_is_a_roman_field_heading():
    assert split_label("XVII. LĨNH VỰC KHÁC")[:2] == ("XVII.", "roman")
    assert label_value("XVII.") == 17


def test_the_doctests_pass():
    result = doctest.testmod(roman)
    assert result.failed == 0 and result.attempted > 0
