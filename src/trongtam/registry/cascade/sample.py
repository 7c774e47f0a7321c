"""The hand-down sample: Ban Thường vụ Tỉnh ủy Lạng Sơn's 2026 targets handed down to three communes.

Self-contained: the province, its office, the provincial people's committee and the three communes are
found by name or created, so the sample can later be wired to the real administrative map. Loading is
idempotent. Reports cover Quý I, 6 tháng and 9 tháng; Đảng ủy xã Vân Nham has not sent its 9-month
report (late), so the roll-up shows it as not reported rather than zero.

Hook for the oversight sample (branch ``policy``): ``CascadeSample.remark_report`` is the report an
inspection committee remarks on, and ``remark_target`` the target; add the remark and its answer there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from trongtam.registry.cycles.models import Cycle, Field, KeyTask, Target
from trongtam.registry.cycles.services import cycle_create
from trongtam.registry.organisations.models import Organisation
from trongtam.registry.organisations.services import membership_add
from trongtam.registry.policy import SYSTEM
from trongtam.registry.progress.models import Aggregation, EntryKind, Period, Report, TargetSetting
from trongtam.registry.progress.services import (
    EntryInput,
    period_generate_defaults,
    report_get_or_create,
    report_save,
    report_submit,
)
from trongtam.registry.sample import DEMO_PASSWORD, demo_org, demo_user

from .models import RollupMethod, Share
from .services import ShareInput, hand_down_save

YEAR = 2026
PASSWORD = DEMO_PASSWORD
CYCLE_TITLE = f"Nhiệm vụ trọng tâm năm {YEAR} của Ban Thường vụ Tỉnh ủy Lạng Sơn"
COMMUNES = ["Hữu Lũng", "Tuấn Sơn", "Vân Nham"]
LATE_COMMUNE = "Vân Nham"
COMMUNE_USERS = {"Hữu Lũng": "xa-huulung", "Tuấn Sơn": "xa-tuanson", "Vân Nham": "xa-vannham"}
# username: (organisation, role, full name)
USERS = {
    "tinh-vanphong": ("Văn phòng Tỉnh ủy Lạng Sơn", "coordinator", "Chuyên viên Văn phòng Tỉnh ủy"),
    "tinh-lanhdao": ("Ban Thường vụ Tỉnh ủy Lạng Sơn", "leader", "Lãnh đạo Ban Thường vụ Tỉnh ủy"),
    "tinh-ubnd": ("UBND tỉnh Lạng Sơn", "unit_staff", "Chuyên viên Văn phòng UBND tỉnh"),
    "xa-huulung": ("Đảng ủy xã Hữu Lũng", "unit_staff", "Chuyên viên Văn phòng Đảng ủy xã Hữu Lũng"),
    "xa-tuanson": ("Đảng ủy xã Tuấn Sơn", "unit_staff", "Chuyên viên Văn phòng Đảng ủy xã Tuấn Sơn"),
    "xa-vannham": ("Đảng ủy xã Vân Nham", "unit_staff", "Chuyên viên Văn phòng Đảng ủy xã Vân Nham"),
}


@dataclass(frozen=True)
class _TargetSpec:
    task: str
    indicator: str
    op: str
    value: str
    unit: str
    direction: str
    aggregation: str
    method: str
    base_label: str
    # per commune: (share or "same", base)
    shares: tuple[tuple[str, str], ...]
    # per period kind: each commune's value, then the province's own
    values: dict[str, tuple[str, str, str, str]]


SPECS = (
    _TargetSpec(
        task="Thực hiện hiệu quả các chương trình giảm nghèo bền vững; giảm tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều.",
        indicator="tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều",
        op="<=",
        value="3.5",
        unit="%",
        direction="lower",
        aggregation=Aggregation.RATE,
        method=RollupMethod.WEIGHTED,
        base_label="số hộ",
        shares=(("same", "3120"), ("same", "2850"), ("4.2", "2400")),
        values={
            "quarter": ("3.9", "3.6", "4.8", "4.1"),
            "half": ("3.7", "3.4", "4.5", "3.9"),
            "nine_months": ("3.4", "3.2", "4.3", "3.6"),
        },
    ),
    _TargetSpec(
        task="Đẩy mạnh phát triển lâm nghiệp, trồng rừng tập trung gắn với chế biến lâm sản.",
        indicator="diện tích trồng rừng mới",
        op=">=",
        value="1200",
        unit="ha",
        direction="higher",
        aggregation=Aggregation.CUMULATIVE,
        method=RollupMethod.SUM,
        base_label="",
        shares=(("150", ""), ("120", ""), ("100", "")),
        values={
            "quarter": ("35", "28", "20", "290"),
            "half": ("82", "70", "51", "640"),
            "nine_months": ("118", "96", "74", "930"),
        },
    ),
    _TargetSpec(
        task="Hoàn thành xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo.",
        indicator="số căn nhà tạm, nhà dột nát được xóa",
        op=">=",
        value="300",
        unit="căn",
        direction="higher",
        aggregation=Aggregation.CUMULATIVE,
        method=RollupMethod.SUM,
        base_label="",
        shares=(("30", ""), ("25", ""), ("20", "")),
        values={
            "quarter": ("8", "6", "4", "70"),
            "half": ("17", "14", "9", "160"),
            "nine_months": ("26", "21", "15", "245"),
        },
    ),
)
EXPLANATION = "Số ước thực hiện đến hết kỳ; đơn vị tiếp tục triển khai theo kế hoạch năm."
PERIODS = (("quarter", 1), ("half", 1), ("nine_months", 1))


@dataclass(frozen=True)
class CascadeSample:
    cycle: Cycle
    communes: tuple[Organisation, ...]
    late_commune: Organisation
    created: bool
    remark_report: Report | None = None
    remark_target: Target | None = None


def _submitted_at(period: Period) -> datetime:
    return timezone.make_aware(datetime.combine(period.due, time(9, 0)))


def _result(cycle: Cycle, created: bool) -> CascadeSample:
    communes = tuple(Organisation.objects.get(name=f"Đảng ủy xã {n}") for n in COMMUNES)
    late = Organisation.objects.get(name=f"Đảng ủy xã {LATE_COMMUNE}")
    share = (
        Share.objects.filter(hand_down__target__key_task__cycle=cycle, commune=communes[0])
        .select_related("commune_target")
        .order_by("id")
        .first()
    )
    report = None
    if share is not None and share.commune_target is not None:
        report = (
            Report.objects.filter(entries__target=share.commune_target, unit=communes[0])
            .order_by("-period__end")
            .first()
        )
    return CascadeSample(
        cycle=cycle,
        communes=communes,
        late_commune=late,
        created=created,
        remark_report=report,
        remark_target=share.commune_target if share else None,
    )


@transaction.atomic
def cascade_sample_load() -> CascadeSample:
    """Create (once) the province cycle, hand its targets down to three communes and load their reports."""
    existing = Cycle.objects.filter(title=CYCLE_TITLE).first()
    if existing is not None:
        return _result(existing, created=False)

    province = demo_org(
        "Tỉnh ủy Lạng Sơn",
        code="TU",
        kind="party_committee",
        level="province",
        document_format="party",
        place_name="Lạng Sơn",
    )
    board = demo_org(
        "Ban Thường vụ Tỉnh ủy Lạng Sơn",
        code="TU",
        kind="standing_board",
        level="province",
        parent=province,
        document_format="party",
        place_name="Lạng Sơn",
    )
    office = demo_org(
        "Văn phòng Tỉnh ủy Lạng Sơn",
        code="VPTU",
        kind="party_agency",
        level="province",
        parent=province,
        document_format="party",
        place_name="Lạng Sơn",
    )
    committee = demo_org(
        "UBND tỉnh Lạng Sơn",
        code="UBND",
        kind="peoples_committee",
        level="province",
        parent=province,
        document_format="state",
        place_name="Lạng Sơn",
    )
    communes = [
        demo_org(
            f"Đảng ủy xã {name}",
            code="ĐU",
            kind="party_committee",
            level="commune",
            parent=province,
            document_format="party",
            place_name=name,
            valid_from=date(2025, 7, 1),
        )
        for name in COMMUNES
    ]

    users = {
        username: demo_user(username, Organisation.objects.get(name=org_name), role, full_name)
        for username, (org_name, role, full_name) in USERS.items()
    }
    for name, commune in zip(COMMUNES, communes, strict=True):
        # The commune's people both report and review in its own cycle.
        membership_add(user=users[COMMUNE_USERS[name]], organisation=commune, role="coordinator")

    cycle = cycle_create(
        owner=board,
        office=office,
        year=YEAR,
        title=CYCLE_TITLE,
        invited_units=[committee],
        status="approved",
    )
    field = Field.objects.create(cycle=cycle, number="I", title="Kinh tế - xã hội", order=1)
    periods = {(p.kind, p.number): p for p in period_generate_defaults(cycle=cycle)}
    targets = []
    for order, spec in enumerate(SPECS, start=1):
        task = KeyTask.objects.create(
            cycle=cycle, field=field, number=str(order), order=order, text=spec.task
        )
        task.lead_units.add(committee)
        target = Target.objects.create(
            key_task=task,
            indicator=spec.indicator,
            op=spec.op,
            value=Decimal(spec.value),
            unit=spec.unit,
            direction=spec.direction,
            is_main=True,
        )
        TargetSetting.objects.create(target=target, aggregation=spec.aggregation)
        rows = [
            ShareInput(
                commune_id=c.id,
                same=share == "same",
                value="" if share == "same" else share.replace(".", ","),
                base=base,
            )
            for c, (share, base) in zip(communes, spec.shares, strict=True)
        ]
        hand_down_save(
            target=target,
            method=spec.method,
            base_label=spec.base_label,
            rows=rows,
            user=users["tinh-vanphong"],
        )
        targets.append(target)

    shares = {
        (s.hand_down.target_id, s.commune_id): s
        for s in Share.objects.filter(hand_down__target__in=targets).select_related(
            "hand_down", "commune_target__key_task"
        )
    }
    for kind, number in PERIODS:
        province_period = periods[(kind, number)]
        for i, commune in enumerate(communes):
            if COMMUNES[i] == LATE_COMMUNE and kind == "nine_months":
                continue
            cycle_id = shares[(targets[0].id, commune.id)].commune_target.key_task.cycle_id  # type: ignore[union-attr]
            period = Period.objects.get(cycle_id=cycle_id, kind=kind, number=number)
            report = report_get_or_create(period=period, unit=commune)
            entries = [
                EntryInput(
                    target=shares[(t.id, commune.id)].commune_target,  # type: ignore[arg-type]
                    kind=EntryKind.ESTIMATE,
                    value=Decimal(spec.values[kind][i]),
                    version=None,
                    explanation=EXPLANATION,
                )
                for t, spec in zip(targets, SPECS, strict=True)
            ]
            report_save(report=report, entries=entries, user=SYSTEM)
            report_submit(report=report, now=_submitted_at(period), user=SYSTEM)
        report = report_get_or_create(period=province_period, unit=committee)
        report_save(
            report=report,
            entries=[
                EntryInput(
                    target=t,
                    kind=EntryKind.ESTIMATE,
                    value=Decimal(spec.values[kind][3]),
                    version=None,
                    explanation=EXPLANATION,
                )
                for t, spec in zip(targets, SPECS, strict=True)
            ],
            user=SYSTEM,
        )
        report_submit(report=report, now=_submitted_at(province_period), user=SYSTEM)
    result = _result(cycle, created=True)
    _oversight_sample(result, board=board, province=province)
    return result


# The province's inspection committee oversees the board and the communes' Party committees: it reads
# everything of theirs (its reads are logged) and leaves remarks, which the body answers.
INSPECTOR = ("tinh-ubkt", "Ủy ban Kiểm tra Tỉnh ủy Lạng Sơn", "Kiểm tra viên Ủy ban Kiểm tra Tỉnh ủy")
REMARK = (
    "Đề nghị Đảng ủy xã làm rõ nguồn số liệu của chỉ tiêu trong báo cáo này và gửi kèm minh chứng "
    "trước kỳ báo cáo sau."
)
ANSWER = "Đảng ủy xã đã bổ sung biên bản kiểm tra số liệu của UBND xã làm minh chứng; xin tiếp thu."


def _oversight_sample(result: CascadeSample, *, board: Organisation, province: Organisation) -> None:
    """One remark from the inspection committee on a commune's report, and the commune's answer."""
    from trongtam.registry.oversight.services import (
        oversight_relation_create,
        remark_answer,
        remark_create,
    )

    username, org_name, full_name = INSPECTOR
    committee = demo_org(
        org_name, code="UBKT", kind="party_agency", level="province", parent=province, document_format="party"
    )
    for body in (board, *result.communes):
        oversight_relation_create(overseer=committee, overseen=body, valid_from=date(2025, 7, 1))
    inspector = demo_user(username, committee, "inspector", full_name)
    if result.remark_report is None:
        return
    remark = remark_create(user=inspector, obj=result.remark_report, text=REMARK)
    commune_user = get_user_model().objects.get(username=COMMUNE_USERS[COMMUNES[0]])
    remark_answer(user=commune_user, remark=remark, text=ANSWER)
