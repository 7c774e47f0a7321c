"""A small cycle with progress on top of the cast: the unit leads one task with two targets, another unit one."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest


@dataclass
class Small:
    cast: object
    cycle: object
    proposal: object
    budget: object  # ≥ 195.000 triệu đồng
    poverty: object  # ≤ 3 %, lower is better
    other_target: object
    periods: dict


def build_small(cast: object) -> Small:
    """The unit's proposal read from the seed-shaped document, then progress periods for the year."""
    from trongtam.registry.cycles import services as cycles
    from trongtam.registry.progress import services

    cycle = cast.cycle  # type: ignore[attr-defined]
    proposal = cycles.proposal_create(cycle=cycle, unit=cast.unit)  # type: ignore[attr-defined]
    proposal.letter_symbol = "HĐND-VP"
    proposal.place = "Hữu Lũng"
    proposal.subject = "Về việc đăng ký các nhiệm vụ trọng tâm của Ban thường vụ Huyện ủy"
    proposal.recipients = "Ban Thường vụ Huyện ủy"
    proposal.distribution = "- Ban Tổ chức Huyện ủy;\n- Thường trực HĐND huyện;\n- Lưu: VT."
    proposal.signer_authority = "TM. THƯỜNG TRỰC HĐND\nKT. CHỦ TỊCH"
    proposal.signer_title = "PHÓ CHỦ TỊCH"
    proposal.signer_name = "Mai Xuân Thắng"
    proposal.status = "submitted"  # a draft is its unit's alone: the body follows submitted proposals
    proposal.save()
    field = cycles.field_get_or_create(cycle=cycle, title="LĨNH VỰC KINH TẾ - XÃ HỘI", number="I")
    task = cycles.key_task_create(
        cycle=cycle, field=field, proposal=proposal, number="1", text="Tổng thu ngân sách; giảm nghèo."
    )
    task.lead_units.add(cast.unit)  # type: ignore[attr-defined]
    budget = cycles.target_create(
        key_task=task, indicator="tổng thu ngân sách trên địa bàn", value=Decimal("195000"), unit="triệu đồng"
    )
    poverty = cycles.target_create(
        key_task=task, indicator="tỷ lệ hộ nghèo", value=Decimal("3"), unit="%", op="<=", direction="lower"
    )
    words = cycles.key_task_create(
        cycle=cycle,
        field=field,
        proposal=proposal,
        number="2",
        text="Chỉ đạo tổ chức Lễ hội Trò Ngõ làng Giàng.",
    )
    words.lead_units.add(cast.unit)  # type: ignore[attr-defined]
    field2 = cycles.field_get_or_create(cycle=cycle, title="LĨNH VỰC QUỐC PHÒNG, AN NINH", number="II")
    other = cycles.key_task_create(
        cycle=cycle, field=field2, proposal=proposal, number="1", text="Xây dựng nông thôn mới."
    )
    other.lead_units.add(cast.other_unit)  # type: ignore[attr-defined]
    other_target = cycles.target_create(
        key_task=other, indicator="xã đạt chuẩn nông thôn mới", value=Decimal("2"), unit="xã"
    )
    periods = {(p.kind, p.number): p for p in services.period_generate_defaults(cycle=cycle)}
    return Small(cast, cycle, proposal, budget, poverty, other_target, periods)


@pytest.fixture
def small(cast):
    return build_small(cast)
