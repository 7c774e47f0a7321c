"""Numbers and choices entering the assessment: what is accepted, and the Vietnamese message naming the
field and the value when something is not."""

from __future__ import annotations

from decimal import Decimal

import pytest

from trongtam.core.assessment import TargetSpec, to_decimal
from trongtam.core.errors import AssessmentError


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        (Decimal("1.50"), Decimal("1.50")),
        (7, Decimal(7)),
        (2.5, Decimal("2.5")),
        (" 195000 ", Decimal(195000)),
    ],
)
def test_numbers_become_exact_decimals(raw, value):
    result = to_decimal(raw, "target.value")
    assert result == value and isinstance(result, Decimal)
    assert str(result) == str(value)


@pytest.mark.parametrize(
    ("raw", "english", "vietnamese"),
    [
        (True, "v: expected a number, got True", "Trường v: cần một số, nhận được True."),
        (None, "v: expected a number, got None", "Trường v: cần một số, nhận được None."),
        ("mười", "v: 'mười' is not accepted", "Trường v: “mười” không phải là số dạng 195000 hoặc 16.6."),
        ([1], "v: expected a number, got list", "Trường v: cần một số, nhận được kiểu list."),
        ("NaN", "v: 'NaN' is not accepted", "Trường v: “NaN” không phải là số dạng 195000 hoặc 16.6."),
        (float("inf"), "v: inf is not accepted", "Trường v: “inf” không phải là số hữu hạn."),
    ],
)
def test_what_is_not_a_finite_number_is_named(raw, english, vietnamese):
    with pytest.raises(AssessmentError) as info:
        to_decimal(raw, "v")
    assert str(info.value) == english
    if vietnamese is not None:
        assert info.value.message_vi == vietnamese


@pytest.mark.parametrize(
    ("kwargs", "english", "vietnamese"),
    [
        (
            {"op": "≥"},
            "op: '≥' is not one of >=, >, <=, <, =, ~, range",
            "Trường op: giá trị '≥' không hợp lệ; chỉ nhận một trong: >=, >, <=, <, =, ~, range.",
        ),
        ({"direction": "up"}, "direction: 'up' is not one of", "Trường direction: giá trị 'up' không hợp lệ"),
        ({"change": "rise"}, "change: 'rise' is not one of", "Trường change: giá trị 'rise' không hợp lệ"),
        ({"basis": "pct"}, "basis: 'pct' is not one of", "Trường basis: giá trị 'pct' không hợp lệ"),
    ],
)
def test_a_choice_outside_its_list_names_the_field_and_the_choices(kwargs, english, vietnamese):
    with pytest.raises(AssessmentError) as info:
        TargetSpec(value=Decimal(1), **kwargs)
    assert str(info.value).startswith(english)
    assert info.value.message_vi.startswith(vietnamese)


@pytest.mark.parametrize(
    ("kwargs", "english", "vietnamese"),
    [
        (
            {"op": "range"},
            "a range target needs value_max",
            "Chỉ tiêu dạng khoảng (range) cần có giá trị cận trên (value_max).",
        ),
        (
            {"op": "range", "value_max": Decimal(0)},
            "value_max 0 is below value 1",
            "Cận trên value_max (0) nhỏ hơn cận dưới value (1).",
        ),
        (
            {"op": "range", "value_max": Decimal("Infinity")},
            "value_max: Decimal('Infinity') is not a finite decimal number",
            "Trường value_max: Decimal('Infinity') không phải là số hữu hạn.",
        ),
        (
            {"value_max": Decimal("NaN")},
            "value_max: Decimal('NaN') is not a finite decimal number",
            "Trường value_max: Decimal('NaN') không phải là số hữu hạn.",
        ),
    ],
)
def test_a_range_needs_a_finite_upper_bound_not_below_the_lower(kwargs, english, vietnamese):
    with pytest.raises(AssessmentError) as info:
        TargetSpec(value=Decimal(1), **kwargs)
    assert (str(info.value), info.value.message_vi) == (english, vietnamese)


def test_a_range_of_one_point_is_accepted():
    assert TargetSpec(value=Decimal(1), op="range", value_max=Decimal(1)).value_max == 1
