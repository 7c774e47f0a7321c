"""The fixed cast every Django test can use: a body, its office, a unit, a leader and an outsider."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest


@dataclass
class Cast:
    province: object
    board: object
    office: object
    unit: object
    other_unit: object
    outsider_org: object
    coordinator: object
    unit_staff: object
    leader: object
    outsider: object
    cycle: object


PASSWORD = "mat-khau-thu-nghiem-123"


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # Under pytest-xdist (--dist loadgroup), the tests that drive a real browser or start real
    # servers run one after another on one worker instead of competing for the same cores.
    for item in items:
        if "browser" in item.keywords or "serial" in item.keywords:
            item.add_marker(pytest.mark.xdist_group("serial"))


@pytest.fixture
def cast(db):
    from datetime import date

    from django.contrib.auth import get_user_model

    from trongtam.registry.cycles.services import cycle_create
    from trongtam.registry.organisations.services import membership_add, organisation_create

    User = get_user_model()
    province = organisation_create(
        name="Tỉnh ủy Lạng Sơn", code="TU", kind="party_committee", level="province", document_format="party"
    )
    board = organisation_create(
        name="Ban Thường vụ Huyện ủy Hữu Lũng",
        code="HU",
        kind="standing_board",
        level="district",
        parent=province,
        document_format="party",
        place_name="Hữu Lũng",
    )
    office = organisation_create(
        name="Văn phòng Huyện ủy Hữu Lũng",
        code="VPHU",
        kind="party_agency",
        level="district",
        parent=province,
        document_format="party",
    )
    unit = organisation_create(
        name="Thường trực HĐND huyện Hữu Lũng", code="HĐND", kind="council_standing", level="district"
    )
    other_unit = organisation_create(
        name="UBND huyện Hữu Lũng", code="UBND", kind="peoples_committee", level="district"
    )
    outsider_org = organisation_create(
        name="Tỉnh ủy Cao Bằng", code="TU", kind="party_committee", level="province", document_format="party"
    )

    def user(name: str, org: object, role: str) -> object:
        u = User.objects.create_user(username=name, password=PASSWORD)
        membership_add(user=u, organisation=org, role=role)
        return u

    coordinator = user("vanphong", office, "coordinator")
    unit_staff = user("hdnd", unit, "unit_staff")
    leader = user("lanhdao", board, "leader")
    outsider = user("caobang", outsider_org, "coordinator")
    cycle = cycle_create(
        owner=board,
        office=office,
        year=2024,
        request_number="1292",
        request_symbol="CV/HU",
        request_date=date(2023, 11, 27),
        invited_units=[unit, other_unit],
        proposal_deadline=date(2023, 12, 5),
        status="open",
    )
    return Cast(
        province,
        board,
        office,
        unit,
        other_unit,
        outsider_org,
        coordinator,
        unit_staff,
        leader,
        outsider,
        cycle,
    )


@pytest.fixture
def seed_document():
    """A Document shaped like the seed's first tasks, built by hand so registry tests do not depend on the reader."""
    from decimal import Decimal

    from trongtam.core.document import Document, Header, Section, Target, Task

    text = "Tổng thu ngân sách trên địa bàn 195.000 triệu đồng."
    t1 = Task(
        number="1",
        text=text,
        start=0,
        end=len(text),
        targets=(
            Target(
                indicator="tổng thu ngân sách trên địa bàn",
                value=Decimal("195000"),
                unit="triệu đồng",
                op=">=",
                period="2024",
                start=0,
                end=len(text) - 1,
                quote=text[:-1],
            ),
        ),
    )
    sub_a = Task(number="-", text="Quan tâm đầu tư nâng cấp trụ sở thư viện cấp huyện.")
    sub_b = Task(number="-", text="Chỉ đạo tổ chức Lễ hội Trò Ngõ làng Giàng.")
    t13 = Task(
        number="13",
        text="Chỉ đạo tiếp tục quan tâm đầu tư xây dựng các thiết chế văn hóa:",
        children=(sub_a, sub_b),
    )
    t_security = Task(
        number="1",
        text="Giảm số vụ phạm pháp hình sự từ 5% trở lên.",
        targets=(
            Target(
                indicator="số vụ phạm pháp hình sự",
                value=Decimal("5"),
                unit="%",
                op=">=",
                change="decrease",
                direction="lower",
                basis="points",
                period="2024",
            ),
            Target(indicator="kết quả năm trước", value=Decimal("7"), unit="vụ", op="=", role="actual"),
        ),
    )
    return Document(
        source_name="seed.txt",
        text=text,
        header=Header(number=None, symbol="HĐND-VP", place="Hữu Lũng"),
        sections=(
            Section(number="I", title="LĨNH VỰC KINH TẾ - XÃ HỘI", tasks=(t1, t13)),
            Section(number="II", title="LĨNH VỰC QUỐC PHÒNG, AN NINH", tasks=(t_security,)),
        ),
    )


# A small cycle on top of the cast, shared by the progress, API and reliability tests: two tasks of the
# unit (one with numbers, one without) and one of the other unit.
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


@pytest.fixture(autouse=True)
def _background_jobs_run_immediately(settings):
    # Background jobs run inside the request in tests (Django's ImmediateBackend), so a page that starts one
    # can be followed to its outcome; tests/registry/jobs runs the real worker against the database backend.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
