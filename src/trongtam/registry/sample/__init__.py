"""The sample cycle: Ban Thường vụ Huyện ủy Hữu Lũng, 2024, proposed by Thường trực HĐND huyện.

The proposal is read from the seed letter through the document reader, like any uploaded file.
Loading is idempotent: a second run finds the cycle and changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

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


def _org(name: str, **kwargs: object) -> Organisation:
    existing = Organisation.objects.filter(name=name).first()
    return existing or organisation_create(name=name, **kwargs)  # type: ignore[arg-type]


@transaction.atomic
def sample_load(*, seed_path: Path = SEED_TXT, with_progress: bool = False) -> SampleResult:
    """Create the sample organisations, users and cycle, reading the seed letter into a proposal.

    With ``with_progress`` a year of demo progress is generated and assessed, labelled as demo data.
    """
    from trongtam.core.extraction import read_document

    existing = Cycle.objects.filter(title=CYCLE_TITLE).first()
    if existing is not None:
        return SampleResult(cycle=existing, created=False)

    province = _org(
        "Tỉnh ủy Lạng Sơn",
        code="TU",
        kind="party_committee",
        level="province",
        document_format="party",
        place_name="Lạng Sơn",
    )
    district = _org(
        "Huyện ủy Hữu Lũng",
        code="HU",
        kind="party_committee",
        level="district",
        parent=province,
        document_format="party",
        place_name="Hữu Lũng",
        valid_to=DISTRICT_END,
    )
    board = _org(
        "Ban Thường vụ Huyện ủy Hữu Lũng",
        code="HU",
        kind="standing_board",
        level="district",
        parent=district,
        document_format="party",
        place_name="Hữu Lũng",
        valid_to=DISTRICT_END,
    )
    office = _org(
        "Văn phòng Huyện ủy Hữu Lũng",
        code="VPHU",
        kind="party_agency",
        level="district",
        parent=district,
        document_format="party",
        place_name="Hữu Lũng",
        valid_to=DISTRICT_END,
    )
    _org(
        "Ban Tổ chức Huyện ủy Hữu Lũng",
        code="BTCHU",
        kind="party_agency",
        level="district",
        parent=district,
        document_format="party",
        place_name="Hữu Lũng",
        valid_to=DISTRICT_END,
    )
    council = _org(
        "Thường trực HĐND huyện Hữu Lũng",
        code="HĐND",
        kind="council_standing",
        level="district",
        document_format="state",
        place_name="Hữu Lũng",
        valid_to=DISTRICT_END,
    )
    committee = _org(
        "UBND huyện Hữu Lũng",
        code="UBND",
        kind="peoples_committee",
        level="district",
        document_format="state",
        place_name="Hữu Lũng",
        valid_to=DISTRICT_END,
    )
    communes = [
        _org(
            f"Đảng ủy xã {name}",
            code="ĐU",
            kind="party_committee",
            level="commune",
            parent=province,
            document_format="party",
            place_name=name,
            valid_from=date(2025, 7, 1),
        )
        for name in SUCCESSOR_COMMUNES
    ]
    organisation_set_successors(organisation=district, successors=communes)

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

    user_model = get_user_model()
    orgs = {o.name: o for o in Organisation.objects.filter(name__in=[v[0] for v in DEMO_USERS.values()])}
    for username, (org_name, role, full_name) in DEMO_USERS.items():
        user = user_model.objects.filter(username=username).first()
        if user is None:
            first, _, last = full_name.partition(" ")
            user = user_model.objects.create_user(
                username=username, password=DEMO_PASSWORD, first_name=first, last_name=last
            )
        membership_add(user=user, organisation=orgs[org_name], role=role)
    if with_progress:
        from trongtam.registry.progress.demo import progress_demo_generate

        progress_demo_generate(cycle=cycle)
    return SampleResult(cycle=cycle, created=True)
