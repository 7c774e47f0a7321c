"""Rules from the eleventh session (07/12/2026): the fresh dev rounds annotated blind by helpers, scored before they
were read.

Each test asserts the reading the rule gives: (value, value_max, unit, op, change, role), on sentences written for
the test (not the passages'). Each fails without its rule; the guards pass with or without it.
"""

from __future__ import annotations

from tests.core.extraction.readings import read_targets as _read


def test_a_plan_value_in_brackets_after_a_change_is_the_change_the_plan_set():
    got = _read("Giá trị xuất khẩu đạt 2,1 tỷ USD, tăng 11,4% so với cùng kỳ (kế hoạch năm 6,5%).")
    assert got[-1] == ("6.5", None, "%", ">=", "increase", "target")
    got = _read("Năng suất lao động tăng 6,9% (KH 6-7%).")
    assert got[-1] == ("6", "7", "%", "range", "increase", "target")
    got = _read("Số vụ cháy rừng giảm 20% so với cùng kỳ (kế hoạch đầu năm 10%).")
    assert got[-1][4] == "decrease"


def test_a_plan_value_after_a_level_or_in_another_unit_takes_no_change():
    # guards: a share has no change to pass on; a plan in another unit is not the change's own value
    assert _read("Tỷ trọng kinh tế số trong GRDP 10,2% (KH 12%).")[-1][4] is None
    assert _read("Thu ngân sách tăng 14% (KH 620 tỷ đồng).")[-1][4] is None
