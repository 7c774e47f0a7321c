"""A world of two provinces, each with a body, its office, two units, people in every role and data
in every table a URL can reach: proposals, the consolidated list, value choices, periods, reports,
entries, evidence files, assessments and notices. Every text of a province carries its marker
(``BIMATA`` / ``BIMATB``) so a page that leaks the other province's data is caught by a substring test.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from trongtam.registry.policy import SYSTEM

PASSWORD = "mat-khau-thu-nghiem-123"
ROLES = ("admin", "coordinator", "unit_staff", "leader")


@dataclass
class Province:
    tag: str
    marker: str
    province: Any
    board: Any
    office: Any
    unit: Any
    other_unit: Any
    cycle: Any
    users: dict[str, Any]
    ids: dict[str, list[int]] = field(default_factory=dict)

    @property
    def draft_marker(self) -> str:
        """Text only the drafting unit may read."""
        return f"NHAP{self.marker}"


def build_province(tag: str) -> Province:
    from django.contrib.auth import get_user_model
    from django.core.files.uploadedfile import SimpleUploadedFile

    from trongtam.registry.cycles import consolidation, proposals, services
    from trongtam.registry.cycles.models import ValueChoice
    from trongtam.registry.notifications.models import Notification
    from trongtam.registry.organisations.services import membership_add, organisation_create
    from trongtam.registry.progress import services as progress

    marker = f"BIMAT{tag}"
    User = get_user_model()
    province = organisation_create(
        name=f"Tỉnh ủy {marker}", code="TU", kind="party_committee", level="province", document_format="party"
    )
    board = organisation_create(
        name=f"Ban Thường vụ {marker}",
        code="BTV",
        kind="standing_board",
        level="province",
        parent=province,
        document_format="party",
        place_name=f"Nơi {marker}",
    )
    office = organisation_create(
        name=f"Văn phòng {marker}", code="VP", kind="party_agency", level="province", parent=province
    )
    unit = organisation_create(name=f"Sở A {marker}", code="SA", kind="state_agency", level="province")
    other_unit = organisation_create(name=f"Sở B {marker}", code="SB", kind="state_agency", level="province")

    users: dict[str, Any] = {}

    def user(key: str, org: Any, role: str) -> Any:
        u = User.objects.create_user(username=f"{tag.lower()}-{key}", password=PASSWORD)
        membership_add(user=u, organisation=org, role=role)
        users[key] = u
        return u

    user("admin", board, "admin")
    user("coordinator", office, "coordinator")
    user("leader", board, "leader")
    user("unit_staff", unit, "unit_staff")
    user("other_staff", other_unit, "unit_staff")
    user("unit_admin", unit, "admin")

    cycle = services.cycle_create(
        owner=board,
        office=office,
        year=2024,
        title=f"Đợt {marker}",
        request_number="1",
        request_symbol="CV/VP",
        request_date=date(2023, 11, 27),
        request_subject=f"Đăng ký {marker}",
        invited_units=[unit, other_unit],
        proposal_deadline=date(2023, 12, 5),
        status="open",
    )
    # The request letter that opened the cycle, downloadable by everyone who sees the cycle.
    from django.core.files.base import ContentFile

    cycle.request_file.save(f"cong-van-{tag}.pdf", ContentFile(b"%PDF-1.4 cong van de nghi"), save=True)
    ids: dict[str, list[int]] = {"cycle": [cycle.id], "unit": [unit.id, other_unit.id]}

    # A proposal of each unit, submitted, then consolidated into the list.
    proposal_tasks: list[int] = []
    proposal_targets: list[int] = []
    proposal_ids: list[int] = []
    for org, staff in ((unit, users["unit_staff"]), (other_unit, users["other_staff"])):
        proposal = proposals.proposal_start(cycle=cycle, unit=org, user=staff)
        text = f"Thu ngân sách {marker} {org.code} 195.000 triệu đồng."
        proposal.source_text = f"I. KINH TẾ\n1. {text}\n"
        proposal.subject = f"Trích yếu {marker}"
        proposal.save()
        fld = services.field_get_or_create(cycle=cycle, title=f"KINH TẾ {marker}", number="I")
        task = services.key_task_create(cycle=cycle, proposal=proposal, field=fld, text=text, number="1")
        target = services.target_create(
            key_task=task, indicator=f"thu ngân sách {marker}", value=Decimal("195000"), unit="triệu đồng"
        )
        second = services.key_task_create(
            cycle=cycle, proposal=proposal, field=fld, text=f"Nhiệm vụ khác {marker} {org.code}", number="2"
        )
        services.target_create(
            key_task=second, indicator=f"tỷ lệ {marker} {org.code}", value=Decimal("90"), unit="%"
        )
        proposals.proposal_submit(proposal=proposal, user=staff)
        proposal_ids.append(proposal.id)
        proposal_tasks += [task.id, second.id]
        proposal_targets.append(target.id)
    consolidation.consolidation_build(cycle=cycle, user=users["coordinator"])
    list_tasks = list(consolidation.list_tasks(cycle).order_by("order"))
    for t in list_tasks:
        t.lead_units.add(unit)
    list_targets = [tg.id for t in list_tasks for tg in t.targets.all()]
    choice = ValueChoice.objects.create(
        target_id=list_targets[0], alternatives=[{"unit": "SA", "value": "1"}], note=marker
    )

    # Progress: periods, the unit's report with values, a task entry and an evidence file; an assessment.
    periods = progress.period_generate_defaults(cycle=cycle)
    jan = next(p for p in periods if p.kind == "month" and p.number == 1)
    report = progress.report_get_or_create(period=jan, unit=unit)
    from trongtam.registry.cycles.models import Target

    entry_ids: list[int] = []
    for tg in Target.objects.filter(key_task__in=list_tasks):
        entry = progress.entry_save(
            report=report,
            target=tg,
            kind="estimate",
            value=Decimal("7"),
            version=None,
            note=marker,
            user=SYSTEM,
        )
        if entry is not None:
            entry_ids.append(entry.id)
    progress.task_entry_save(
        report=report,
        key_task=list_tasks[0],
        status="in_progress",
        version=None,
        narrative=marker,
        user=SYSTEM,
    )
    evidence = progress.evidence_add(
        report=report,
        file=SimpleUploadedFile(f"minh-chung-{marker}.txt", f"Minh chứng {marker}".encode()),
        user=users["unit_staff"],
    )
    progress.cycle_assess(cycle=cycle, period=jan, today=date(2024, 2, 15))
    # Generated documents: the office's task list and the unit's registration letter.
    from trongtam.registry.documents.services import document_issue
    from trongtam.registry.progress.models import BodyAssessment, TargetAssessment, TaskAssessment

    document_ids: list[int] = []
    for kind, who, org in (("task_list", "coordinator", None), ("registration", "unit_staff", unit)):
        document_ids.append(document_issue(cycle=cycle, kind=kind, user=users[who], unit=org).id)
    # A third unit still drafting its proposal (after the list was consolidated): a draft is its unit's alone.
    from trongtam.registry.cycles.models import Proposal

    drafting = organisation_create(name=f"Sở C {marker}", code="SC", kind="state_agency", level="province")
    user("draft_staff", drafting, "unit_staff")
    draft = Proposal.objects.create(cycle=cycle, unit=drafting, subject=f"Nháp NHAP{marker}")
    draft_task = services.key_task_create(
        cycle=cycle, proposal=draft, field=None, text=f"Nhiệm vụ nháp NHAP{marker}", number="1"
    )
    services.target_create(
        key_task=draft_task, indicator=f"chỉ tiêu nháp NHAP{marker}", value=Decimal("5"), unit="%"
    )

    # An inspection committee overseeing the body: reads everything but drafts, leaves remarks only.
    from trongtam.registry.oversight.services import oversight_relation_create

    committee = organisation_create(
        name=f"Ủy ban kiểm tra {marker}", code="UBKT", kind="party_agency", level="province", parent=province
    )
    oversight_relation_create(overseer=committee, overseen=board, valid_from=date(2020, 1, 1))
    user("inspector", committee, "inspector")

    # The cascade: two communes of the province, a list target handed down to them, one commune proposing
    # another figure; a list task and the other unit's report marked secret (kept by reference only).
    from trongtam.registry.cascade import secrets
    from trongtam.registry.cascade import services as cascade
    from trongtam.registry.cycles.models import KeyTask

    communes = [
        organisation_create(
            name=f"Đảng ủy xã {n} {marker}",
            code="ĐU",
            kind="party_committee",
            level="commune",
            parent=province,
        )
        for n in ("Một", "Hai")
    ]
    user("commune_staff", communes[0], "unit_staff")
    handed = Target.objects.filter(key_task__in=list_tasks).order_by("id").first()
    hand_down = cascade.hand_down_save(
        target=handed,
        method="sum",
        rows=[cascade.ShareInput(commune_id=c.id, value="10") for c in communes],
        user=users["coordinator"],
    )
    share = hand_down.shares.get(commune=communes[0])
    cascade.share_propose(share=share, value="8", reason=f"Lý do {marker}", user=users["commune_staff"])
    commune_cycle = share.commune_target.key_task.cycle
    secret_task = KeyTask.objects.create(cycle=cycle, order=99, text=f"Nhiệm vụ mật {marker}")
    services.target_create(
        key_task=secret_task, indicator=f"chỉ tiêu mật {marker}", value=Decimal("3"), unit="%"
    )
    secret_task.lead_units.add(other_unit)  # so the other unit's (marked) report has a page
    secrets.secret_mark_task(task=secret_task, level="toi_mat", user=users["coordinator"])
    secret_report = progress.report_get_or_create(period=jan, unit=other_unit)
    secrets.secret_mark_report(report=secret_report, level="mat", user=users["coordinator"])

    notification_ids = [
        Notification.objects.create(recipient=u, kind="reminder", text=f"Thông báo {marker}", link="/").id
        for u in users.values()
    ]

    # What the body's people keep for themselves: the office's finished check of a commune sheet (a job with
    # its result file), the coordinator's API key and the unit's uploaded progress form awaiting confirmation.
    from django.core.files.base import ContentFile

    from trongtam.registry.documents.models import FormImport
    from trongtam.registry.jobs.models import Job
    from trongtam.registry.tokens.services import token_create

    job = Job.objects.create(
        kind=Job.Kind.HAND_DOWN_CHECK,
        user=users["coordinator"],
        title=f"Kiểm tra bảng {marker}",
        status=Job.Status.DONE,
        progress=100,
        message=marker,
        params={"cycle_id": cycle.id, "target_id": handed.id, "filename": f"bang-{marker}.xlsx"},
    )
    job.result_file.save(f"ket-qua-{marker}.txt", ContentFile(f"Kết quả {marker}".encode()))
    token, _ = token_create(user=users["coordinator"], name=f"Khóa {marker}")
    staged = FormImport.objects.create(
        cycle=cycle,
        period=jan,
        unit=unit,
        name=f"bieu-mau-{marker}.xlsx",
        data=b"",
        created_by=users["unit_staff"],
    )
    ids.update(
        proposal=proposal_ids,
        draft=[draft.id],
        draft_task=[draft_task.id],
        task=proposal_tasks + [t.id for t in list_tasks],
        target=proposal_targets + list_targets,
        choice=[choice.id],
        period=[p.id for p in periods[:2]] + [jan.id],
        entry=entry_ids,
        evidence=[evidence.id],
        notification=notification_ids,
        record=[
            *TargetAssessment.objects.filter(period=jan, target__key_task__cycle=cycle).values_list(
                "id", flat=True
            ),
            *TaskAssessment.objects.filter(period=jan, key_task__cycle=cycle).values_list("id", flat=True),
            *BodyAssessment.objects.filter(period=jan).values_list("id", flat=True),
        ],
        report=[report.id],
        document=document_ids,
        share=[s.id for s in hand_down.shares.order_by("id")],
        hand_down=[hand_down.id],
        commune_cycle=[commune_cycle.id],
        secret_task=[secret_task.id],
        secret_report=[secret_report.id],
        job=[job.id],
        token=[token.id],
        form_import=[staged.id],
    )
    return Province(tag, marker, province, board, office, unit, other_unit, cycle, users, ids)


# The two provinces take seconds of CPU to write (a second and a half of CPU on a quiet machine), and nearly every test
# of the security modules reads them. Written once per test module (per xdist worker) inside a transaction rolled
# back when the module ends; each test runs in a savepoint inside it (Django's TestCase.setUpTestData pattern), so
# what a test writes is undone before the next. While the module runs, its other database tests see them too: in
# the modules that use them, every database test does.
@pytest.fixture(scope="module")
def _two_provinces_built(django_db_setup, django_db_blocker):
    from django.db import transaction

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        built = build_province("A"), build_province("B")
    yield built
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


def _fresh(p: Province) -> Province:
    """The province with its objects read again: what an earlier test changed in memory does not carry over."""

    def again(obj: Any) -> Any:
        return type(obj)._default_manager.get(pk=obj.pk)

    return Province(
        p.tag,
        p.marker,
        again(p.province),
        again(p.board),
        again(p.office),
        again(p.unit),
        again(p.other_unit),
        again(p.cycle),
        {key: again(u) for key, u in p.users.items()},
        {key: list(ids) for key, ids in p.ids.items()},
    )


@pytest.fixture
def two_provinces(_two_provinces_built, db):
    a, b = _two_provinces_built
    return _fresh(a), _fresh(b)
