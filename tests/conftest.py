"""The fixed cast every Django test can use: a body, its office, a unit, a leader and an outsider."""

from __future__ import annotations

from dataclasses import dataclass

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


@pytest.fixture(autouse=True)
def _background_jobs_run_immediately(settings):
    # Background jobs run inside the request in tests (Django's ImmediateBackend), so a page that starts one
    # can be followed to its outcome; tests/registry/jobs runs the real worker against the database backend.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
