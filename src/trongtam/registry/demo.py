"""Demo data in bulk: a body, its office, N units with their users, and Y years of cycles with progress.

Everything is clearly marked as demo: organisation names and cycle titles begin with "[Minh họa]",
usernames with "demo-", reports carry ``is_demo`` and entries the note "Dữ liệu minh họa". The same
seed gives the same data. Rows are written with bulk_create (no history records), so a few thousand
targets with a year of monthly values take seconds; the stored assessments are then computed with
the same service the office uses (``progress.services.cycle_assess``).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from trongtam.core.errors import TrongtamError
from trongtam.core.numbers import format_number
from trongtam.registry.cycles.models import ApprovedVersion, Cycle, Field, KeyTask, Target
from trongtam.registry.organisations.models import Membership, Organisation
from trongtam.registry.progress.demo import result_ratio, round_places
from trongtam.registry.progress.models import (
    Entry,
    EntryKind,
    Period,
    PeriodKind,
    Report,
    ReportStatus,
    TaskEntry,
    TaskProgress,
)

DEMO_MARK = "[Minh họa]"
DEMO_NOTE = "Dữ liệu minh họa"
DEMO_USER_PREFIX = "demo-"
DEMO_PASSWORD = "trongtam-demo"
MAX_ORGS = 500
MAX_YEARS = 20

Progress = Callable[[str, int, int], None]


class DemoError(TrongtamError):
    """The demo data cannot be generated as asked."""


@dataclass(frozen=True)
class DemoSummary:
    organisations: int
    users: int
    cycles: int
    tasks: int
    targets: int
    periods: int
    reports: int
    entries: int


FIELDS = (
    ("I", "LĨNH VỰC KINH TẾ - XÃ HỘI"),
    ("II", "LĨNH VỰC QUỐC PHÒNG, AN NINH"),
    ("III", "LĨNH VỰC XÂY DỰNG ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ"),
)


@dataclass(frozen=True)
class _Template:
    field: int
    text: str  # "{v}" is the value written the Vietnamese way
    indicator: str
    unit: str
    low: str
    high: str
    places: int = 0
    change: str = "level"
    basis: str = ""
    direction: str = "higher"
    baseline: tuple[str, str] | None = None


TEMPLATES = (
    _Template(0, "Phấn đấu tổng thu ngân sách trên địa bàn đạt {v} triệu đồng.", "tổng thu ngân sách trên địa bàn", "triệu đồng", "20000", "300000"),
    _Template(0, "Giảm tỷ lệ hộ nghèo {v}% trở lên so với năm trước.", "tỷ lệ hộ nghèo", "%", "0.5", "2", 1, "decrease", "points", "lower", ("3", "9")),
    _Template(0, "Xây dựng thêm {v} xã đạt chuẩn nông thôn mới.", "số xã đạt chuẩn nông thôn mới", "xã", "1", "4"),
    _Template(0, "Duy trì tỷ lệ che phủ rừng đạt {v}%.", "tỷ lệ che phủ rừng", "%", "55", "68", 1),
    _Template(0, "Tỷ lệ dân số tham gia bảo hiểm y tế đạt {v}% trở lên.", "tỷ lệ dân số tham gia bảo hiểm y tế", "%", "92", "97", 1),
    _Template(0, "Giải quyết việc làm mới cho {v} lao động.", "số lao động được giải quyết việc làm mới", "lao động", "300", "3000"),
    _Template(0, "Thu hút {v} lượt khách du lịch.", "số lượt khách du lịch", "lượt khách", "20000", "400000"),
    _Template(1, "Tỷ lệ xã, phường đạt tiêu chuẩn an toàn về an ninh, trật tự đạt {v}% trở lên.", "tỷ lệ xã, phường đạt tiêu chuẩn an toàn về an ninh, trật tự", "%", "80", "95"),
    _Template(1, "Tỷ lệ điều tra, khám phá án hình sự đạt {v}% trở lên.", "tỷ lệ điều tra, khám phá án hình sự", "%", "75", "90"),
    _Template(2, "Kết nạp {v} đảng viên mới.", "số đảng viên mới được kết nạp", "đảng viên", "40", "300"),
    _Template(2, "Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên đạt {v}%.", "tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", "%", "85", "95"),
)  # fmt: skip

PLAIN_TASKS = (
    (0, "Tập trung chỉ đạo đẩy nhanh tiến độ giải phóng mặt bằng các dự án trọng điểm."),
    (0, "Hoàn thành số hóa hồ sơ thủ tục hành chính theo Đề án 06."),
    (1, "Tổ chức diễn tập khu vực phòng thủ bảo đảm an toàn, đúng kế hoạch."),
    (2, "Hoàn thành sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả."),
    (2, "Tổ chức thành công hội nghị sơ kết việc thực hiện nghị quyết đại hội."),
)

UNIT_KINDS = (
    ("Sở Tài chính", "STC", "state_agency"),
    ("Sở Nông nghiệp và Môi trường", "SNNMT", "state_agency"),
    ("Sở Y tế", "SYT", "state_agency"),
    ("Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL", "state_agency"),
    ("Công an tỉnh", "CAT", "state_agency"),
    ("Bộ Chỉ huy Quân sự tỉnh", "BCHQS", "state_agency"),
    ("Ban Tổ chức Tỉnh ủy", "BTCTU", "party_agency"),
    ("Ủy ban Mặt trận Tổ quốc tỉnh", "MTTQ", "front"),
)


_q = round_places

#: The sample cycle's results: a little closer to the targets than the progress demo's.
SAMPLE_BANDS = ((0.4, 1.03, 1.15), (0.8, 1.0, 1.03), (0.92, 0.9, 0.99), (1.0, 0.65, 0.9))


def _uniform(rng: random.Random, low: str, high: str, places: int) -> Decimal:
    a, b = Decimal(low), Decimal(high)
    return _q(a + (b - a) * Decimal(str(rng.random())), places)


def demo_exists() -> bool:
    return Organisation.objects.filter(name__startswith=DEMO_MARK).exists()


@transaction.atomic
def demo_clear() -> int:
    """Delete every demo cycle, user and organisation; returns how many organisations went."""
    orgs = Organisation.objects.filter(name__startswith=DEMO_MARK)
    cycles = Cycle.objects.filter(Q(owner__in=orgs) | Q(office__in=orgs))
    # Tasks before their cycles: a field is protected while a task points to it.
    KeyTask.objects.filter(cycle__in=cycles).delete()
    cycles.delete()
    get_user_model().objects.filter(username__startswith=DEMO_USER_PREFIX).delete()
    ids = list(orgs.values_list("id", flat=True))
    # Children first: parents are protected while a child points to them.
    Organisation.objects.filter(id__in=ids, parent__isnull=False).delete()
    Organisation.objects.filter(id__in=ids).delete()
    return len(ids)


@transaction.atomic
def demo_generate(
    *,
    orgs: int,
    years: int,
    seed: int = 0,
    last_year: int | None = None,
    today: date | None = None,
    replace: bool = False,
    assess: bool = True,
    progress: Progress | None = None,
) -> DemoSummary:
    """Create ``orgs`` demo units and ``years`` yearly cycles ending with ``last_year`` (default: this year).

    Periods are the defaults of Nghị định 09/2019; the units report every month, at 6 months and at the year
    end up to ``today``. Refuses when demo data exists already, unless ``replace``.
    """
    from trongtam.registry.cycles.consolidation import list_snapshot
    from trongtam.registry.progress.services import cycle_assess, period_defaults

    if not 1 <= orgs <= MAX_ORGS:
        raise DemoError("orgs out of range", message_vi=f"Số đơn vị phải từ 1 đến {MAX_ORGS}.")
    if not 1 <= years <= MAX_YEARS:
        raise DemoError("years out of range", message_vi=f"Số năm phải từ 1 đến {MAX_YEARS}.")
    if demo_exists():
        if not replace:
            raise DemoError(
                "demo data exists",
                message_vi="Đã có dữ liệu minh họa; dùng --replace để xóa và tạo lại.",
            )
        demo_clear()
    rng = random.Random(seed)
    today = today or timezone.localdate()
    last_year = last_year or today.year
    cycle_years = list(range(last_year - years + 1, last_year + 1))

    # Organisations: the province's standing board, its office, and the units.
    province = Organisation.objects.create(
        name=f"{DEMO_MARK} Tỉnh ủy An Hòa", code="TU", kind="party_committee", level="province",
        document_format="party", place_name="An Hòa",
    )  # fmt: skip
    board = Organisation.objects.create(
        name=f"{DEMO_MARK} Ban Thường vụ Tỉnh ủy An Hòa", code="TU", kind="standing_board", level="province",
        parent=province, document_format="party", place_name="An Hòa",
    )  # fmt: skip
    office = Organisation.objects.create(
        name=f"{DEMO_MARK} Văn phòng Tỉnh ủy An Hòa", code="VPTU", kind="party_agency", level="province",
        parent=province, document_format="party", place_name="An Hòa",
    )  # fmt: skip
    units = []
    for i in range(orgs):
        if i < len(UNIT_KINDS):
            name, code, kind = UNIT_KINDS[i]
            level = "province"
        else:
            name, code, kind = f"UBND xã Minh Họa {i - len(UNIT_KINDS) + 1:02d}", "UBND", "peoples_committee"
            level = "commune"
        units.append(
            Organisation(name=f"{DEMO_MARK} {name}", code=code, kind=kind, level=level, place_name="An Hòa")
        )
    units = Organisation.objects.bulk_create(units)
    if progress:
        progress("Cơ quan, đơn vị", orgs + 3, orgs + 3)

    # Users: one coordinator, one leader, one staff member per unit; one password hash for all.
    user_model = get_user_model()
    password = make_password(DEMO_PASSWORD)
    people = [
        (f"{DEMO_USER_PREFIX}vanphong", office, "coordinator"),
        (f"{DEMO_USER_PREFIX}lanhdao", board, "leader"),
    ] + [(f"{DEMO_USER_PREFIX}dv{i + 1:03d}", unit, "unit_staff") for i, unit in enumerate(units)]
    users = user_model.objects.bulk_create(
        [user_model(username=name, password=password, first_name=DEMO_NOTE) for name, _, _ in people]
    )
    Membership.objects.bulk_create(
        [
            Membership(user=u, organisation=org, role=role)
            for u, (_, org, role) in zip(users, people, strict=True)
        ]
    )
    leader = users[1]

    totals = {"tasks": 0, "targets": 0, "periods": 0, "reports": 0, "entries": 0}
    for n, year in enumerate(cycle_years, start=1):
        _demo_cycle(rng, year, board, office, units, leader, today, totals, list_snapshot, period_defaults)
        if progress:
            progress("Đợt đăng ký", n, len(cycle_years))
    if assess:
        cycles = list(Cycle.objects.filter(owner=board).order_by("year"))
        work = [
            (c, p)
            for c in cycles
            for p in Period.objects.filter(cycle=c, kind__in=(PeriodKind.HALF, PeriodKind.YEAR))
            if p.end <= today
        ]
        for n, (c, p) in enumerate(work, start=1):
            cycle_assess(cycle=c, period=p, today=today)
            if progress:
                progress("Đánh giá", n, len(work))
    return DemoSummary(
        organisations=orgs + 3,
        users=len(users),
        cycles=len(cycle_years),
        tasks=totals["tasks"],
        targets=totals["targets"],
        periods=totals["periods"],
        reports=totals["reports"],
        entries=totals["entries"],
    )


def _demo_cycle(
    rng: random.Random,
    year: int,
    board: Organisation,
    office: Organisation,
    units: list[Organisation],
    leader: Any,
    today: date,
    totals: dict[str, int],
    list_snapshot: Callable[[Cycle], object],
    period_defaults: Callable[..., list[dict[str, object]]],
) -> None:
    done = date(year, 12, 31) < today
    cycle = Cycle.objects.create(
        owner=board,
        office=office,
        year=year,
        title=f"{DEMO_MARK} Nhiệm vụ trọng tâm năm {year} của Ban Thường vụ Tỉnh ủy An Hòa",
        request_number=str(100 + year % 100),
        request_symbol="CV/TU",
        request_date=date(year - 1, 11, 20),
        request_issuer=office,
        request_subject=f"về việc đăng ký nhiệm vụ trọng tâm năm {year} ({DEMO_NOTE.lower()})",
        proposal_deadline=date(year - 1, 12, 5),
        status="closed" if done else "approved",
    )
    cycle.invited_units.set(units)
    fields = Field.objects.bulk_create(
        [
            Field(cycle=cycle, number=num, title=title, order=i)
            for i, (num, title) in enumerate(FIELDS, start=1)
        ]
    )

    # Tasks: per unit, three or four with a target and one without; each numbered within its field.
    plans: list[tuple[Organisation, _Template | None, str]] = []
    for unit in units:
        for chosen in rng.sample(TEMPLATES, rng.randint(3, 4)):
            plans.append((unit, chosen, ""))
        plans.append((unit, None, rng.choice(PLAIN_TASKS)[1]))
    tasks: list[KeyTask] = []
    specs: list[tuple[Organisation, _Template | None, Decimal | None]] = []
    order_in_field = [0, 0, 0]
    for unit, template, plain in sorted(plans, key=lambda p: p[1].field if p[1] else _plain_field(p[2])):
        field_index = template.field if template else _plain_field(plain)
        order_in_field[field_index] += 1
        value = _uniform(rng, template.low, template.high, template.places) if template else None
        text = template.text.format(v=format_number(value)) if template and value is not None else plain
        tasks.append(
            KeyTask(
                cycle=cycle,
                field=fields[field_index],
                number=str(order_in_field[field_index]),
                order=order_in_field[field_index],
                text=text,
                lead_text=unit.name,
                deadline=date(year, 12, 31),
                deadline_text=f"Năm {year}",
            )
        )
        specs.append((unit, template, value))
    tasks = KeyTask.objects.bulk_create(tasks)
    Through = KeyTask.lead_units.through
    Through.objects.bulk_create(
        [
            Through(keytask_id=t.pk, organisation_id=unit.pk)
            for t, (unit, _, _) in zip(tasks, specs, strict=True)
        ]
    )
    targets = []
    for task, (_unit, template, value) in zip(tasks, specs, strict=True):
        if template is None:
            continue
        baseline = _uniform(rng, *template.baseline, 2) if template.baseline else None
        targets.append(
            Target(
                key_task=task,
                order=1,
                indicator=template.indicator,
                op=">=",
                value=value,
                unit=template.unit,
                change=template.change,
                basis=template.basis,
                baseline=baseline,
                baseline_period=str(year - 1) if baseline is not None else "",
                ref="previous_year" if baseline is not None else "",
                direction=template.direction,
                period=str(year),
                is_main=rng.random() < 0.3,
                quote=task.text.rstrip("."),
            )
        )
    targets = Target.objects.bulk_create(targets)
    ApprovedVersion.objects.create(
        cycle=cycle,
        number=1,
        approved_at=timezone.make_aware(datetime.combine(date(year - 1, 12, 28), time(15, 0))),
        approved_by=leader,
        reason="",
        snapshot=list_snapshot(cycle),
    )
    periods = Period.objects.bulk_create(
        [Period(cycle=cycle, **spec) for spec in period_defaults(year=year)]  # type: ignore[arg-type]
    )
    totals["tasks"] += len(tasks)
    totals["targets"] += len(targets)
    totals["periods"] += len(periods)
    _demo_progress(rng, year, units, tasks, specs, targets, periods, today, totals)


def _plain_field(text: str) -> int:
    return next(f for f, t in PLAIN_TASKS if t == text)


def _demo_progress(
    rng: random.Random,
    year: int,
    units: list[Organisation],
    tasks: list[KeyTask],
    specs: list[tuple[Organisation, _Template | None, Decimal | None]],
    targets: list[Target],
    periods: list[Period],
    today: date,
    totals: dict[str, int],
) -> None:
    months = sorted((p for p in periods if p.kind == PeriodKind.MONTH), key=lambda p: p.number)
    half = next(p for p in periods if p.kind == PeriodKind.HALF)
    whole = next(p for p in periods if p.kind == PeriodKind.YEAR)
    reported = [p for p in [*months, half, whole] if p.due < today]
    if not reported:
        return
    reports: dict[tuple[int, int], Report] = {}
    for period in reported:
        for unit in units:
            late = rng.random() < 0.1
            day = (
                period.due + timedelta(days=rng.randint(1, 6))
                if late
                else period.due - timedelta(days=rng.randint(0, 3))
            )
            at = timezone.make_aware(datetime.combine(day, time(9, rng.randint(0, 59))))
            reports[(period.pk, unit.pk)] = Report(
                period=period,
                unit=unit,
                status=ReportStatus.ACCEPTED,
                first_submitted_at=at,
                submitted_at=at,
                reviewed_at=at + timedelta(days=2),
                is_demo=True,
            )
    Report.objects.bulk_create(list(reports.values()))
    totals["reports"] += len(reports)

    unit_of_task = {t.pk: unit for t, (unit, _, _) in zip(tasks, specs, strict=True)}
    template_of_task = {t.pk: template for t, (_, template, _) in zip(tasks, specs, strict=True)}
    entries: list[Entry] = []
    for target in targets:
        template = template_of_task[target.key_task_id]
        assert template is not None and target.value is not None
        unit = unit_of_task[target.key_task_id]
        ratio = result_ratio(rng, SAMPLE_BANDS)
        places = max(template.places, 2 if template.unit == "%" else 0)
        if template.change == "decrease" and target.baseline is not None:
            final = target.baseline - target.value * ratio
            start = target.baseline
            levels = True
        elif template.unit == "%":
            final = min(target.value * ratio, Decimal(100))
            start = final * Decimal(str(rng.uniform(0.93, 0.98)))
            levels = True
        else:
            final = target.value * ratio
            start = Decimal(0)
            levels = False
        if levels:
            series = [start + (final - start) * Decimal(m) / 12 for m in range(1, 13)]
            ytd = series
        else:
            weights = [Decimal(str(rng.uniform(0.6, 1.4))) for _ in range(12)]
            total = sum(weights, Decimal(0))
            series = [final * w / total for w in weights]
            ytd = [sum(series[: m + 1], Decimal(0)) for m in range(12)]
        values = {m.pk: series[i] for i, m in enumerate(months)}
        values[half.pk] = ytd[5]
        values[whole.pk] = ytd[11]
        short = ratio < 1
        for period in reported:
            report = reports[(period.pk, unit.pk)]
            official = _q(values[period.pk], places)
            estimate = _q(values[period.pk] * Decimal(str(rng.uniform(0.97, 1.03))), places)
            explain = short and period.kind != PeriodKind.MONTH
            note = (
                f"{DEMO_NOTE}: một số dự án chậm tiến độ; đơn vị đề ra giải pháp trong các tháng cuối năm."
                if explain
                else ""
            )
            entries.append(
                Entry(
                    report=report,
                    target=target,
                    kind=EntryKind.ESTIMATE,
                    value=estimate,
                    note=DEMO_NOTE,
                    explanation=note,
                )
            )
            entries.append(Entry(report=report, target=target, kind=EntryKind.OFFICIAL, value=official, note=DEMO_NOTE, explanation=note))  # fmt: skip
    Entry.objects.bulk_create(entries, batch_size=2000)
    totals["entries"] += len(entries)

    if whole in reported:
        task_entries = []
        for task in tasks:
            if template_of_task[task.pk] is not None:
                continue
            finished = rng.random() < 0.85
            task_entries.append(
                TaskEntry(
                    report=reports[(whole.pk, unit_of_task[task.pk].pk)],
                    key_task=task,
                    status=TaskProgress.DONE if finished else TaskProgress.IN_PROGRESS,
                    done_on=date(year, rng.randint(3, 11), rng.randint(1, 28)) if finished else None,
                    narrative=f"{DEMO_NOTE}: đã triển khai các nội dung của nhiệm vụ theo kế hoạch.",
                )
            )
        TaskEntry.objects.bulk_create(task_entries)


__all__ = ["DEMO_MARK", "DEMO_NOTE", "DemoError", "DemoSummary", "demo_clear", "demo_exists", "demo_generate"]
