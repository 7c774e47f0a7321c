"""A small cycle on top of the cast: two tasks of the unit (one with numbers, one without) and one of the other unit."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest


@dataclass
class Small:
    cast: object
    cycle: object
    budget: object  # ≥ 195.000 triệu đồng, incremental
    poverty: object  # ≤ 3 %, lower is better, a rate
    task_numbers: object
    task_words: object
    other_target: object
    periods: dict


@pytest.fixture
def small(cast):
    from trongtam.registry.cycles import services as cycles
    from trongtam.registry.progress import services

    cycle = cast.cycle
    field = cycles.field_get_or_create(cycle=cycle, title="LĨNH VỰC KINH TẾ - XÃ HỘI", number="I")
    task = cycles.key_task_create(
        cycle=cycle, field=field, number="1", text="Tổng thu ngân sách; giảm nghèo."
    )
    task.lead_units.add(cast.unit)
    budget = cycles.target_create(
        key_task=task, indicator="tổng thu ngân sách trên địa bàn", value=Decimal("195000"), unit="triệu đồng"
    )
    poverty = cycles.target_create(
        key_task=task,
        indicator="tỷ lệ hộ nghèo",
        value=Decimal("3"),
        unit="%",
        op="<=",
        direction="lower",
        is_main=True,
    )
    words = cycles.key_task_create(
        cycle=cycle, field=field, number="2", text="Chỉ đạo tổ chức Lễ hội Trò Ngõ làng Giàng."
    )
    words.lead_units.add(cast.unit)
    other = cycles.key_task_create(cycle=cycle, field=field, number="3", text="Xây dựng nông thôn mới.")
    other.lead_units.add(cast.other_unit)
    other_target = cycles.target_create(
        key_task=other, indicator="xã đạt chuẩn nông thôn mới", value=Decimal("2"), unit="xã"
    )
    periods = {(p.kind, p.number): p for p in services.period_generate_defaults(cycle=cycle)}
    return Small(cast, cycle, budget, poverty, task, words, other_target, periods)
