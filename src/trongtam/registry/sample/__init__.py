"""The sample cycle: Ban Thường vụ Huyện ủy Hữu Lũng, 2024, proposed by Thường trực HĐND huyện; and today's bodies.

The proposal is read from the seed letter through the document reader, like any uploaded file. The district's
bodies ended on 30/6/2025, so the 2024 cycle is history; their successors — Lạng Sơn's province bodies and
the commune of Hữu Lũng — get their own demo logins and can open a new cycle on the real date. Loading is
idempotent: a second run finds the cycle and the successors and changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from trongtam.registry.cycles.models import Cycle, ProposalStatus
from trongtam.registry.cycles.services import cycle_create, proposal_create, proposal_import_document
from trongtam.registry.organisations.models import Organisation
from trongtam.registry.organisations.services import (
    membership_add,
    organisation_create,
    organisation_set_successors,
)

SEED_TXT = Path(__file__).with_name("seed-huu-lung-2024.txt")
SEED_DOCX = Path(__file__).with_name("seed-huu-lung-2024.docx")
DEMO_PASSWORD = "trongtam-demo"
DEMO_USERS = {
    "vanphong": ("Văn phòng Huyện ủy Hữu Lũng", "coordinator", "Chuyên viên Văn phòng Huyện ủy"),
    "hdnd": ("Thường trực HĐND huyện Hữu Lũng", "unit_staff", "Chuyên viên Văn phòng HĐND và UBND huyện"),
    "lanhdao": ("Ban Thường vụ Huyện ủy Hữu Lũng", "leader", "Lãnh đạo Ban Thường vụ Huyện ủy"),
}
# Today's bodies (since 01/7/2025): the province's and the commune of Hữu Lũng's, which took over the district's
# seat (the former Hữu Lũng town and its neighbouring communes). Each set can run a whole new cycle.
# username -> (organisation, role, full name)
CURRENT_USERS = {
    "xa-vanphong": ("Văn phòng Đảng ủy xã Hữu Lũng", "coordinator", "Chuyên viên Văn phòng Đảng ủy xã"),
    "xa-hdnd": ("Thường trực HĐND xã Hữu Lũng", "unit_staff", "Chuyên viên Văn phòng HĐND và UBND xã"),
    "xa-ubnd": ("UBND xã Hữu Lũng", "unit_staff", "Chuyên viên UBND xã"),
    "xa-lanhdao": ("Ban Thường vụ Đảng ủy xã Hữu Lũng", "leader", "Lãnh đạo Ban Thường vụ Đảng ủy xã"),
    "tinh-vanphong": ("Văn phòng Tỉnh ủy Lạng Sơn", "coordinator", "Chuyên viên Văn phòng Tỉnh ủy"),
    "tinh-hdnd": (
        "Thường trực HĐND tỉnh Lạng Sơn",
        "unit_staff",
        "Chuyên viên Văn phòng Đoàn ĐBQH và HĐND tỉnh",
    ),
    "tinh-ubnd": ("UBND tỉnh Lạng Sơn", "unit_staff", "Chuyên viên Văn phòng UBND tỉnh"),
    "tinh-lanhdao": ("Ban Thường vụ Tỉnh ủy Lạng Sơn", "leader", "Lãnh đạo Ban Thường vụ Tỉnh ủy"),
}
COMMUNES_FROM = date(2025, 7, 1)
# Former Hữu Lũng district became these eight communes on 01/7/2025 (Nghị quyết 1672/NQ-UBTVQH15).
SUCCESSOR_COMMUNES = [
    "Hữu Lũng",
    "Tuấn Sơn",
    "Tân Thành",
    "Vân Nham",
    "Thiện Tân",
    "Yên Bình",
    "Hữu Liên",
    "Cai Kinh",
]
CYCLE_TITLE = "Nhiệm vụ trọng tâm năm 2024 của Ban Thường vụ Huyện ủy Hữu Lũng"
DISTRICT_END = date(2025, 6, 30)


@dataclass(frozen=True)
class SampleResult:
    cycle: Cycle
    created: bool


def demo_org(name: str, **kwargs: object) -> Organisation:
    """The sample's organisation of that name, created once (every sample shares its bodies by name)."""
    existing = Organisation.objects.filter(name=name).first()
    return existing or organisation_create(name=name, **kwargs)  # type: ignore[arg-type]


@transaction.atomic
def sample_load(*, seed_path: Path = SEED_TXT, with_progress: bool = False) -> SampleResult:
    """Create the sample organisations, users and cycle, reading the seed letter into a proposal.

    With ``with_progress`` a year of demo progress is generated and assessed, labelled as demo data.
    """
    existing = Cycle.objects.filter(title=CYCLE_TITLE).first()
    if existing is not None:
        successors_load()
        return SampleResult(cycle=existing, created=False)
    cycle = _history_load(seed_path=seed_path, with_progress=with_progress)
    successors_load()
    return SampleResult(cycle=cycle, created=True)


def demo_user(username: str, org: Organisation, role: str, full_name: str) -> Any:
    """The demo login ``username`` (password ``DEMO_PASSWORD``), created once, given ``role`` in ``org``."""
    user_model = get_user_model()
    user = user_model.objects.filter(username=username).first()
    if user is None:
        first, _, last = full_name.partition(" ")
        user = user_model.objects.create_user(
            username=username, password=DEMO_PASSWORD, first_name=first, last_name=last
        )
    membership_add(user=user, organisation=org, role=role)
    return user


@transaction.atomic
def successors_load() -> dict[str, Organisation]:
    """The bodies that took over from the district on 01/7/2025, with their demo logins; idempotent.

    Linked to their place on the administrative map when it is loaded (``trongtam setup`` loads it).
    """
    from trongtam.registry.organisations.areas import administrative_unit_get

    province_area = administrative_unit_get(name="Tỉnh Lạng Sơn")
    commune_area = administrative_unit_get(name="Xã Hữu Lũng", province_name="Tỉnh Lạng Sơn")
    province = demo_org(
        "Tỉnh ủy Lạng Sơn",
        code="TU",
        kind="party_committee",
        level="province",
        document_format="party",
        place_name="Lạng Sơn",
    )
    p = {"level": "province", "place_name": "Lạng Sơn"}
    c = {"level": "commune", "place_name": "Hữu Lũng", "valid_from": COMMUNES_FROM}
    orgs = {
        "Tỉnh ủy Lạng Sơn": province,
        "Ban Thường vụ Tỉnh ủy Lạng Sơn": demo_org(
            "Ban Thường vụ Tỉnh ủy Lạng Sơn", code="TU", kind="standing_board", parent=province,
            document_format="party", **p,
        ),
        "Văn phòng Tỉnh ủy Lạng Sơn": demo_org(
            "Văn phòng Tỉnh ủy Lạng Sơn", code="VPTU", kind="party_agency", parent=province,
            document_format="party", **p,
        ),
        "Thường trực HĐND tỉnh Lạng Sơn": demo_org(
            "Thường trực HĐND tỉnh Lạng Sơn", code="HĐND", kind="council_standing", **p
        ),
        "UBND tỉnh Lạng Sơn": demo_org("UBND tỉnh Lạng Sơn", code="UBND", kind="peoples_committee", **p),
    }  # fmt: skip
    communes = {
        name: demo_org(
            f"Đảng ủy xã {name}",
            code="ĐU",
            kind="party_committee",
            level="commune",
            parent=province,
            document_format="party",
            place_name=name,
            valid_from=COMMUNES_FROM,
        )
        for name in SUCCESSOR_COMMUNES
    }
    committee = communes["Hữu Lũng"]
    orgs |= {
        committee.name: committee,
        "Ban Thường vụ Đảng ủy xã Hữu Lũng": demo_org(
            "Ban Thường vụ Đảng ủy xã Hữu Lũng", code="ĐU", kind="standing_board", parent=committee,
            document_format="party", **c,
        ),
        "Văn phòng Đảng ủy xã Hữu Lũng": demo_org(
            "Văn phòng Đảng ủy xã Hữu Lũng", code="VPĐU", kind="party_agency", parent=committee,
            document_format="party", **c,
        ),
        "Thường trực HĐND xã Hữu Lũng": demo_org(
            "Thường trực HĐND xã Hữu Lũng", code="HĐND", kind="council_standing", **c
        ),
        "UBND xã Hữu Lũng": demo_org("UBND xã Hữu Lũng", code="UBND", kind="peoples_committee", **c),
    }  # fmt: skip
    # Each organisation sits on its place of the map (the commune's own for the eight communes).
    for org in orgs.values():
        area = province_area if org.level == "province" else commune_area
        if area is not None and org.area_id is None and org.place_name in ("Lạng Sơn", "Hữu Lũng"):
            org.area = area
            org.save(update_fields=["area"])
    for name, org in communes.items():
        area = administrative_unit_get(name=f"Xã {name}", province_name="Tỉnh Lạng Sơn")
        if area is not None and org.area_id is None:
            org.area = area
            org.save(update_fields=["area"])
    # The district's bodies were succeeded: the party committee by the eight communes' committees, the
    # others by the commune of Hữu Lũng's (the district's seat).
    old = {o.name: o for o in Organisation.objects.filter(name__endswith="huyện Hữu Lũng")}
    old |= {o.name: o for o in Organisation.objects.filter(name__endswith="Huyện ủy Hữu Lũng")}
    pairs = {
        "Huyện ủy Hữu Lũng": list(communes.values()),
        "Ban Thường vụ Huyện ủy Hữu Lũng": [orgs["Ban Thường vụ Đảng ủy xã Hữu Lũng"]],
        "Văn phòng Huyện ủy Hữu Lũng": [orgs["Văn phòng Đảng ủy xã Hữu Lũng"]],
        "Thường trực HĐND huyện Hữu Lũng": [orgs["Thường trực HĐND xã Hữu Lũng"]],
        "UBND huyện Hữu Lũng": [orgs["UBND xã Hữu Lũng"]],
    }
    for name, successors in pairs.items():
        if name in old and not old[name].successors.exists():
            organisation_set_successors(organisation=old[name], successors=successors)
    for username, (org_name, role, full_name) in CURRENT_USERS.items():
        demo_user(username, orgs[org_name], role, full_name)
    return orgs


def _history_load(*, seed_path: Path, with_progress: bool) -> Cycle:
    from trongtam.core.extraction import read_document

    province = demo_org(
        "Tỉnh ủy Lạng Sơn",
        code="TU",
        kind="party_committee",
        level="province",
        document_format="party",
        place_name="Lạng Sơn",
    )
    district = demo_org(
        "Huyện ủy Hữu Lũng",
        code="HU",
        kind="party_committee",
        level="district",
        parent=province,
        document_format="party",
        place_name="Hữu Lũng",
        valid_to=DISTRICT_END,
    )
    board = demo_org(
        "Ban Thường vụ Huyện ủy Hữu Lũng",
        code="HU",
        kind="standing_board",
        level="district",
        parent=district,
        document_format="party",
        place_name="Hữu Lũng",
        valid_to=DISTRICT_END,
    )
    office = demo_org(
        "Văn phòng Huyện ủy Hữu Lũng",
        code="VPHU",
        kind="party_agency",
        level="district",
        parent=district,
        document_format="party",
        place_name="Hữu Lũng",
        valid_to=DISTRICT_END,
    )
    demo_org(
        "Ban Tổ chức Huyện ủy Hữu Lũng",
        code="BTCHU",
        kind="party_agency",
        level="district",
        parent=district,
        document_format="party",
        place_name="Hữu Lũng",
        valid_to=DISTRICT_END,
    )
    council = demo_org(
        "Thường trực HĐND huyện Hữu Lũng",
        code="HĐND",
        kind="council_standing",
        level="district",
        document_format="state",
        place_name="Hữu Lũng",
        valid_to=DISTRICT_END,
    )
    committee = demo_org(
        "UBND huyện Hữu Lũng",
        code="UBND",
        kind="peoples_committee",
        level="district",
        document_format="state",
        place_name="Hữu Lũng",
        valid_to=DISTRICT_END,
    )

    cycle = cycle_create(
        owner=board,
        year=2024,
        title=CYCLE_TITLE,
        office=office,
        request_number="1292",
        request_symbol="CV/HU",
        request_date=date(2023, 11, 27),
        request_issuer=district,
        request_subject="về việc lựa chọn, đăng ký các nhiệm vụ trọng tâm của Ban Thường vụ Huyện ủy năm 2024",
        invited_units=[council, committee],
        ruleset="qd124-2023",
        status="open",
    )
    document = read_document(seed_path)
    proposal = proposal_create(cycle=cycle, unit=council, source_name=seed_path.name)
    proposal_import_document(proposal=proposal, document=document)
    proposal.status = ProposalStatus.SUBMITTED
    proposal.submitted_at = timezone.make_aware(datetime(2023, 12, 1, 9, 0))
    proposal.save(update_fields=["status", "submitted_at"])

    orgs = {o.name: o for o in Organisation.objects.filter(name__in=[v[0] for v in DEMO_USERS.values()])}
    for username, (org_name, role, full_name) in DEMO_USERS.items():
        demo_user(username, orgs[org_name], role, full_name)
    if with_progress:
        from trongtam.registry.progress.demo import progress_demo_generate

        progress_demo_generate(cycle=cycle)
    return cycle
