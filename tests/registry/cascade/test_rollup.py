"""The sample's roll-up: summed counts, base-weighted rates, and a late commune never counted as zero."""

from __future__ import annotations

from decimal import Decimal

import pytest

from trongtam.registry.cascade import selectors
from trongtam.registry.cascade.models import HandDown, Share, ShareKind
from trongtam.registry.cascade.sample import LATE_COMMUNE, cascade_sample_load
from trongtam.registry.progress.models import Period

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def sample(cascade_sample):
    return cascade_sample


def _line(sample, period_kind: str, indicator: str) -> selectors.RollupLine:
    period = Period.objects.get(cycle=sample.cycle, kind=period_kind, number=1)
    return next(
        line
        for line in selectors.rollup(cycle=sample.cycle, period=period)
        if line.hand_down.target.indicator == indicator
    )


def test_the_sample_links_three_communes_to_every_province_target(sample):
    assert HandDown.objects.filter(target__key_task__cycle=sample.cycle).count() == 3
    shares = Share.objects.filter(hand_down__target__key_task__cycle=sample.cycle)
    assert shares.count() == 9
    assert all(s.commune_target is not None for s in shares)
    assert {s.commune_target.key_task.cycle.owner for s in shares} == set(sample.communes)


def test_the_sample_loads_once(sample):
    again = cascade_sample_load()
    assert not again.created and again.cycle == sample.cycle
    assert Share.objects.count() == 9


def test_counts_are_summed_over_the_communes_that_reported(sample):
    line = _line(sample, "half", "diện tích trồng rừng mới")
    assert line.communes_value == Decimal("203")  # 82 + 70 + 51
    assert line.province_value == Decimal("640")
    assert line.gap == Decimal("437")
    assert (line.reported, line.expected) == (3, 3)


def test_a_late_commune_is_missing_from_the_sum_not_counted_as_zero(sample):
    line = _line(sample, "nine_months", "diện tích trồng rừng mới")
    assert (line.reported, line.expected) == (2, 3)
    assert line.communes_value == Decimal("214")  # 118 + 96; Vân Nham not reported
    period = Period.objects.get(cycle=sample.cycle, kind="nine_months", number=1)
    detail = selectors.rollup_detail(hand_down=line.hand_down, period=period)
    late = next(d for d in detail if d.share.commune.place_name == LATE_COMMUNE)
    assert late.value is None and not late.reported and late.report_id is None
    others = [d for d in detail if d.share.commune.place_name != LATE_COMMUNE]
    assert all(d.reported and d.report_id for d in others)


def test_rates_are_weighted_by_the_declared_base_never_a_plain_average(sample):
    line = _line(sample, "half", "tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều")
    # (3,7×3.120 + 3,4×2.850 + 4,5×2.400) / (3.120 + 2.850 + 2.400)
    expected = (Decimal("3.7") * 3120 + Decimal("3.4") * 2850 + Decimal("4.5") * 2400) / Decimal(8370)
    assert abs(line.communes_value - expected) < Decimal("0.000001")
    plain = (Decimal("3.7") + Decimal("3.4") + Decimal("4.5")) / 3
    assert abs(line.communes_value - plain) > Decimal("0.01")


def test_a_weighted_rate_with_a_late_commune_uses_only_the_bases_of_those_that_reported(sample):
    line = _line(sample, "nine_months", "tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều")
    expected = (Decimal("3.4") * 3120 + Decimal("3.2") * 2850) / Decimal(5970)
    assert abs(line.communes_value - expected) < Decimal("0.000001")


def test_same_as_province_shares_take_the_province_rate(sample):
    shares = Share.objects.filter(hand_down__target__indicator="tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều")
    same = [s for s in shares if s.kind == ShareKind.SAME]
    assert len(same) == 2
    assert all(s.value == Decimal("3.5") and s.commune_target.value == Decimal("3.5") for s in same)


def test_the_rollup_is_one_query_whatever_the_number_of_communes(sample, django_assert_max_num_queries):
    period = Period.objects.get(cycle=sample.cycle, kind="half", number=1)
    with django_assert_max_num_queries(5):
        lines = selectors.rollup(cycle=sample.cycle, period=period)
    assert len(lines) == 3


def test_setup_with_the_sample_loads_the_hand_down_sample(capsys):
    from trongtam.cli.server import _load_cascade_sample

    _load_cascade_sample()
    out = capsys.readouterr().out
    assert "mẫu giao chỉ tiêu cho xã" in out and "xa-vannham" in out
    assert Share.objects.count() == 9


def test_the_sample_has_an_inspection_committee_remark_on_a_commune_report_with_its_answer(sample, client):
    from trongtam.registry import policy
    from trongtam.registry.oversight.models import Remark

    remark = Remark.objects.get(report=sample.remark_report)
    assert remark.answer and remark.answered_by.username == "xa-huulung"
    assert remark.created_by.username == "tinh-ubkt"
    # The committee reads the commune's report and may change nothing in it.
    assert policy.can(remark.created_by, "report.view", sample.remark_report)
    assert not policy.can(remark.created_by, "report.edit", sample.remark_report)
