"""Vietnamese number parsing: the written forms of real documents, and Babel's vi_VN formatting."""

from __future__ import annotations

import doctest
from decimal import Decimal

import pytest
from babel.numbers import format_decimal
from hypothesis import given
from hypothesis import strategies as st

import trongtam.core.text.numbers as numbers
from trongtam.core.text.numbers import (
    parse_number,
    parse_quantity,
    parse_range,
    parse_ratio,
    try_parse_number,
)


def test_doctests_pass():
    result = doctest.testmod(numbers)
    assert result.failed == 0 and result.attempted > 0


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("195.000", "195000"),
        ("16,6", "16.6"),
        ("1.234,5", "1234.5"),
        ("02", "2"),
        ("0,26", "0.26"),
        ("26.936,4", "26936.4"),
        ("106,811", "106.811"),
        ("339.945", "339945"),
        ("1.234.567", "1234567"),
        ("-19,76", "-19.76"),
        ("100", "100"),
    ],
)
def test_parse_number(written, expected):
    assert parse_number(written) == Decimal(expected)


@pytest.mark.parametrize("written", ["30.9", "1,2,3", "1.23", "12.3456", "", "abc", "1.", ",5", "19/5"])
def test_not_numbers(written):
    assert try_parse_number(written) is None
    with pytest.raises(ValueError):
        parse_number(written)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("107 tỷ 508 triệu", Decimal("107508000000")),
        ("2,5 triệu", Decimal("2500000")),
        ("870 nghìn", Decimal("870000")),
        ("61,8 vạn", Decimal("618000")),
        ("4.862 tỷ", Decimal("4862000000000")),
        ("1 nghìn 200", Decimal("1200")),
    ],
)
def test_parse_quantity(written, expected):
    assert parse_quantity(written) == expected


def test_parse_quantity_rejects_text():
    with pytest.raises(ValueError):
        parse_quantity("khoảng")


@pytest.mark.parametrize(
    ("written", "low", "high"),
    [
        ("8–8,5%", "8", "8.5"),
        ("từ 5 đến 7%", "5", "7"),
        ("6,0 - 6,5%", "6.0", "6.5"),
        ("24,1% - 24,2%", "24.1", "24.2"),
        ("4.700 - 4.730", "4700", "4730"),
    ],
)
def test_parse_range(written, low, high):
    assert parse_range(written) == (Decimal(low), Decimal(high))


def test_parse_ratio():
    assert parse_ratio("17/19") == (Decimal(17), Decimal(19))
    with pytest.raises(ValueError):
        parse_ratio("17/")


@given(
    st.one_of(
        st.integers(min_value=-(10**15), max_value=10**15).map(Decimal),
        st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=2),
        st.decimals(min_value=Decimal("-1000"), max_value=Decimal("1000"), places=6),
        st.decimals(min_value=Decimal("0"), max_value=Decimal("1"), places=9),
    )
)
def test_reads_back_babel_vi_vn(x):
    written = format_decimal(x, locale="vi_VN", decimal_quantization=False)
    assert parse_number(written) == x


@given(st.decimals(min_value=Decimal("0"), max_value=Decimal("1e9"), places=3))
def test_reads_back_babel_default_rounding(x):
    # Babel's default pattern keeps at most 3 decimals; what it writes is what we read.
    written = format_decimal(x, locale="vi_VN")
    assert parse_number(written) == x
