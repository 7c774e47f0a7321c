"""Realistic national data for load tests and benchmarks, loaded in bulk; and a set-based assessment.

``national_generate`` writes 34 provinces and 3,321 communes (each a party committee — the body — and
the people's committee that reports to it), 10 years of cycles per body, about 20 key tasks and 25
targets per cycle, 20 periods per year, one report per unit and period and one estimate per target
and period: at full scale about 16.8 million progress values. ``scale`` shrinks the number of provinces
and communes (``0.01``: 1 province, 33 communes); ``provinces`` caps the number of provinces (the
SQLite benchmark uses one).

Rows are written with explicit ids: on PostgreSQL by ``COPY … FROM STDIN`` (psycopg 3), elsewhere by
``executemany``; history tables are not filled (generated data has no past). Everything is marked:
organisation codes start with ``QG`` and cycle titles with ``[QG]``, so ``national_clear`` removes only
generated data.

``national_assess_period`` assesses every target of one period of one year nationally in a single
set-based statement per table (an upsert of TargetAssessment computed in SQL): the level comparison of
the default rule set for the generated targets (≥ / ≤ with direction, ratio percent), which is what
the generator produces. It is the bulk path for the benchmark, not a replacement for
``progress.services.cycle_assess`` (which applies every rule of the cycle's rule set).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from django.db import connection, models, transaction

from trongtam.registry.cycles.models import Cycle, KeyTask, Target
from trongtam.registry.cycles.models import Field as CycleField
from trongtam.registry.organisations.models import Organisation
from trongtam.registry.progress.models import Entry, Period, Report, TargetAssessment

PROVINCES = 34
COMMUNES = 3321
YEARS = 10
TASKS_PER_CYCLE = 20
TARGETS_PER_CYCLE = 25
FIRST_YEAR = 2016
MARK = "QG"

FIELDS = ("KINH TẾ", "VĂN HÓA - XÃ HỘI", "QUỐC PHÒNG, AN NINH", "XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ")
INDICATORS = (
    ("thu ngân sách nhà nước trên địa bàn", "triệu đồng", ">=", "higher", 500, 90_000),
    ("tỷ lệ hộ dân sử dụng nước sạch", "%", ">=", "higher", 70, 100),
    ("tỷ lệ hộ nghèo", "%", "<=", "lower", 1, 15),
    ("số xã đạt chuẩn nông thôn mới", "xã", ">=", "higher", 1, 12),
    ("tỷ lệ tham gia bảo hiểm y tế", "%", ">=", "higher", 85, 100),
    ("số vụ phạm pháp hình sự", "vụ", "<=", "lower", 1, 40),
    ("tổng diện tích trồng rừng mới", "ha", ">=", "higher", 10, 900),
    ("tỷ lệ trường đạt chuẩn quốc gia", "%", ">=", "higher", 40, 100),
    ("số sản phẩm OCOP đạt 3 sao trở lên", "sản phẩm", ">=", "higher", 1, 20),
    ("tỷ lệ thu gom rác thải sinh hoạt", "%", ">=", "higher", 60, 100),
)
TASK_VERBS = (
    "Lãnh đạo, chỉ đạo thực hiện",
    "Tập trung chỉ đạo",
    "Tiếp tục đẩy mạnh",
    "Chỉ đạo triển khai đồng bộ các giải pháp",
    "Nâng cao hiệu quả",
)
PERIODS: tuple[tuple[str, int, str, int, int], ...] = (
    *((("month", m, f"Tháng {m}", m, m)) for m in range(1, 13)),
    *((("quarter", q, f"Quý {'I II III IV'.split()[q - 1]}", 3 * q - 2, 3 * q)) for q in range(1, 5)),
    ("half", 1, "6 tháng đầu năm", 1, 6),
    ("half", 2, "6 tháng cuối năm", 7, 12),
    ("nine_months", 1, "9 tháng", 1, 9),
    ("year", 1, "Năm", 1, 12),
)


@dataclass
class NationalResult:
    """Counts of rows written and the seconds each table took."""

    rows: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())

    @property
    def total_seconds(self) -> float:
        return sum(self.seconds.values())


def _month_end(year: int, month: int) -> date:
    return (date(year + (month == 12), month % 12 + 1, 1)) - timedelta(days=1)


class _Ids:
    """Explicit ids per table, continuing after the highest id present."""

    def __init__(self) -> None:
        self._next: dict[type[models.Model], int] = {}

    def take(self, model: type[models.Model], n: int = 1) -> int:
        if model not in self._next:
            top = model._default_manager.aggregate(m=models.Max("id"))["m"] or 0
            self._next[model] = int(top) + 1
        first = self._next[model]
        self._next[model] = first + n
        return first


def _columns(model: type[models.Model], given: Sequence[str]) -> tuple[list[str], list[Any]]:
    """Every concrete column of ``model``: the given ones first, then the others with their defaults."""
    names = list(given)
    defaults: list[Any] = []
    now = datetime.now(UTC)
    for f in model._meta.concrete_fields:
        column = str(f.column)
        if column in names:
            continue
        if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False):
            value: Any = now
        elif f.has_default():
            value = f.get_default()
        elif f.null:
            value = None
        else:
            value = f.get_default()
        names.append(column)
        defaults.append(value)
    return names, defaults


def _write(
    model: type[models.Model], given: Sequence[str], rows: Iterator[tuple[Any, ...]], result: NationalResult
) -> int:
    """Write rows of ``given`` columns (defaults for the rest) by COPY on PostgreSQL, else executemany."""
    table = model._meta.db_table
    columns, defaults = _columns(model, given)
    tail = tuple(defaults)
    started = time.perf_counter()
    count = 0
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            raw = cursor.cursor  # the psycopg 3 cursor under Django's wrapper
            cols = ", ".join(f'"{c}"' for c in columns)
            with raw.copy(f'COPY "{table}" ({cols}) FROM STDIN') as copy:
                for row in rows:
                    copy.write_row(row + tail)
                    count += 1
        else:
            marks = ", ".join(["%s"] * len(columns))
            cols = ", ".join(f'"{c}"' for c in columns)
            sql = f'INSERT INTO "{table}" ({cols}) VALUES ({marks})'
            batch: list[tuple[Any, ...]] = []
            for row in rows:
                batch.append(row + tail)
                if len(batch) >= 5000:
                    cursor.executemany(sql, batch)
                    count += len(batch)
                    batch = []
            if batch:
                cursor.executemany(sql, batch)
                count += len(batch)
    result.rows[table] = result.rows.get(table, 0) + count
    result.seconds[table] = result.seconds.get(table, 0.0) + time.perf_counter() - started
    return count


def _reset_sequences(tables: Sequence[type[models.Model]]) -> None:
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for model in tables:
            t = model._meta.db_table
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('\"{t}\"', 'id'), COALESCE((SELECT MAX(id) FROM \"{t}\"), 1))"
            )


@transaction.atomic
def national_generate(
    *,
    scale: float = 1.0,
    provinces: int | None = None,
    years: int = YEARS,
    seed: int = 0,
    progress: Callable[[str], None] | None = None,
) -> NationalResult:
    """Generate national data (see the module docstring); returns the rows written per table."""
    if not 0 < scale <= 1:
        raise ValueError("scale must be in (0, 1]")
    rng = random.Random(seed)
    say = progress or (lambda _m: None)
    scaled = max(1, round(PROVINCES * scale))
    n_prov = provinces if provinces is not None else scaled
    # Communes keep the national density per province (3,321 / 34 ≈ 98 each at full scale).
    n_comm = max(1, round(COMMUNES * scale * n_prov / scaled))
    result = NationalResult()
    ids = _Ids()

    # Organisations: per province its party committee and office; per commune its party committee
    # (the body) and people's committee (the reporting unit).
    org_rows: list[tuple[Any, ...]] = []
    bodies: list[tuple[int, int, int]] = []  # (body id, office/unit id, province index)
    prov_ids: list[int] = []
    for p in range(n_prov):
        pid = ids.take(Organisation, 2)
        prov_ids.append(pid)
        org_rows.append(
            (pid, f"Tỉnh ủy {MARK} {p + 1:02d}", f"{MARK}T{p + 1}", "party_committee", "province", None)
        )
        org_rows.append(
            (
                pid + 1,
                f"Văn phòng Tỉnh ủy {MARK} {p + 1:02d}",
                f"{MARK}VP{p + 1}",
                "party_agency",
                "province",
                pid,
            )
        )
        bodies.append((pid, pid + 1, p))
    for c in range(n_comm):
        p = c % n_prov
        cid = ids.take(Organisation, 2)
        org_rows.append(
            (
                cid,
                f"Đảng ủy xã {MARK} {c + 1:04d}",
                f"{MARK}X{c + 1}",
                "party_committee",
                "commune",
                prov_ids[p],
            )
        )
        org_rows.append(
            (cid + 1, f"UBND xã {MARK} {c + 1:04d}", f"{MARK}U{c + 1}", "peoples_committee", "commune", cid)
        )
        bodies.append((cid, cid + 1, p))
    _write(Organisation, ("id", "name", "code", "kind", "level", "parent_id"), iter(org_rows), result)
    say(f"{len(org_rows)} cơ quan")

    # Cycles, fields, tasks (each led by the unit), targets, periods.
    n_cycles = len(bodies) * years
    cycle0 = ids.take(Cycle, n_cycles)
    field0 = ids.take(CycleField, n_cycles * len(FIELDS))
    task0 = ids.take(KeyTask, n_cycles * TASKS_PER_CYCLE)
    target0 = ids.take(Target, n_cycles * TARGETS_PER_CYCLE)
    period0 = ids.take(Period, n_cycles * len(PERIODS))
    report0 = ids.take(Report, n_cycles * len(PERIODS))
    entry0 = ids.take(Entry, n_cycles * len(PERIODS) * TARGETS_PER_CYCLE)
    last_year = FIRST_YEAR + years - 1

    def cycles() -> Iterator[tuple[Any, ...]]:
        for b, (body, office, _p) in enumerate(bodies):
            for y in range(years):
                year = FIRST_YEAR + y
                status = "approved" if year == last_year else "closed"
                yield (
                    cycle0 + b * years + y,
                    body,
                    office,
                    year,
                    f"[{MARK}] Nhiệm vụ trọng tâm năm {year}",
                    status,
                    "",
                )

    _write(Cycle, ("id", "owner_id", "office_id", "year", "title", "status", "ruleset"), cycles(), result)

    def fields() -> Iterator[tuple[Any, ...]]:
        for c in range(n_cycles):
            for i, title in enumerate(FIELDS):
                yield (
                    field0 + c * len(FIELDS) + i,
                    cycle0 + c,
                    "I II III IV".split()[i],
                    f"LĨNH VỰC {title}",
                    i,
                )

    _write(CycleField, ("id", "cycle_id", "number", "title", "order"), fields(), result)

    def tasks() -> Iterator[tuple[Any, ...]]:
        for c in range(n_cycles):
            year = FIRST_YEAR + c % years
            for t in range(TASKS_PER_CYCLE):
                f = t * len(FIELDS) // TASKS_PER_CYCLE
                ind = INDICATORS[t % len(INDICATORS)][0]
                yield (
                    task0 + c * TASKS_PER_CYCLE + t,
                    cycle0 + c,
                    field0 + c * len(FIELDS) + f,
                    str(t + 1),
                    t,
                    f"{TASK_VERBS[t % len(TASK_VERBS)]} {ind} năm {year}.",
                    date(year, 12, 31),
                )

    _write(KeyTask, ("id", "cycle_id", "field_id", "number", "order", "text", "deadline"), tasks(), result)

    # Ids are taken before any COPY starts: a query inside a running COPY would block it.
    lead_id = ids.take(KeyTask.lead_units.through, n_cycles * TASKS_PER_CYCLE)

    def leads() -> Iterator[tuple[Any, ...]]:
        for b, (_body, unit, _p) in enumerate(bodies):
            for y in range(years):
                c = b * years + y
                for t in range(TASKS_PER_CYCLE):
                    k = c * TASKS_PER_CYCLE + t
                    yield (lead_id + k, task0 + k, unit)

    _write(KeyTask.lead_units.through, ("id", "keytask_id", "organisation_id"), leads(), result)

    plans: list[Decimal] = []

    def targets() -> Iterator[tuple[Any, ...]]:
        for c in range(n_cycles):
            for g in range(TARGETS_PER_CYCLE):
                t = g if g < TASKS_PER_CYCLE else g - TASKS_PER_CYCLE  # 5 tasks carry a second target
                name, unit, op, direction, lo, hi = INDICATORS[(t + g // TASKS_PER_CYCLE) % len(INDICATORS)]
                value = Decimal(rng.randint(lo, hi))
                plans.append(value)
                yield (
                    target0 + c * TARGETS_PER_CYCLE + g,
                    task0 + c * TASKS_PER_CYCLE + t,
                    g,
                    name,
                    op,
                    value,
                    unit,
                    direction,
                )

    _write(
        Target,
        ("id", "key_task_id", "order", "indicator", "op", "value", "unit", "direction"),
        targets(),
        result,
    )
    say(f"{n_cycles} đợt, {n_cycles * TARGETS_PER_CYCLE} chỉ tiêu")

    def periods() -> Iterator[tuple[Any, ...]]:
        for c in range(n_cycles):
            year = FIRST_YEAR + c % years
            for i, (kind, number, label, m1, m2) in enumerate(PERIODS):
                end = _month_end(year, m2)
                yield (
                    period0 + c * len(PERIODS) + i,
                    cycle0 + c,
                    kind,
                    number,
                    f"{label} năm {year}",
                    date(year, m1, 1),
                    end,
                    end + timedelta(days=5),
                )

    _write(Period, ("id", "cycle_id", "kind", "number", "label", "start", "end", "due"), periods(), result)

    def reports() -> Iterator[tuple[Any, ...]]:
        for b, (_body, unit, _p) in enumerate(bodies):
            for y in range(years):
                c = b * years + y
                for i in range(len(PERIODS)):
                    k = c * len(PERIODS) + i
                    yield (report0 + k, period0 + k, unit, "accepted")

    _write(Report, ("id", "period_id", "unit_id", "status"), reports(), result)

    def entries() -> Iterator[tuple[Any, ...]]:
        for c in range(n_cycles):
            for i, (_kind, _n, _l, _m1, m2) in enumerate(PERIODS):
                report = report0 + c * len(PERIODS) + i
                share = Decimal(m2) / 12
                for g in range(TARGETS_PER_CYCLE):
                    k = c * TARGETS_PER_CYCLE + g
                    plan = plans[k]
                    # A value around the plan's pro-rata share: most on track, some behind, some ahead.
                    factor = Decimal(rng.randint(70, 125)) / 100
                    value = (plan * share * factor).quantize(Decimal("0.01"))
                    yield (
                        entry0 + (c * len(PERIODS) + i) * TARGETS_PER_CYCLE + g,
                        report,
                        target0 + k,
                        "estimate",
                        value,
                    )

    _write(Entry, ("id", "report_id", "target_id", "kind", "value"), entries(), result)
    say(f"{result.rows.get(Entry._meta.db_table, 0)} số liệu")
    _reset_sequences(
        [Organisation, Cycle, CycleField, KeyTask, KeyTask.lead_units.through, Target, Period, Report, Entry]
    )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            for model in (Entry, Report, Target, KeyTask, Period, Cycle):
                cursor.execute(f'ANALYZE "{model._meta.db_table}"')
    return result


@transaction.atomic
def national_clear() -> int:
    """Delete every generated row (organisations coded ``QG…`` and all that hangs on them)."""
    cycles = Cycle.objects.filter(title__startswith=f"[{MARK}]")
    n = cycles.count()
    for model, lookup in (
        (TargetAssessment, "period__cycle__in"),
        (Entry, "report__period__cycle__in"),
        (Report, "period__cycle__in"),
        (Period, "cycle__in"),
        (Target, "key_task__cycle__in"),
        (KeyTask.lead_units.through, "keytask__cycle__in"),
        (KeyTask, "cycle__in"),
        (CycleField, "cycle__in"),
    ):
        model._default_manager.filter(**{lookup: cycles})._raw_delete(connection.alias)  # type: ignore[attr-defined]
    cycles._raw_delete(connection.alias)  # type: ignore[attr-defined]
    orgs = Organisation.objects.filter(code__startswith=MARK)
    orgs.filter(level="commune", kind="peoples_committee")._raw_delete(connection.alias)  # type: ignore[attr-defined]
    orgs.filter(level="commune")._raw_delete(connection.alias)  # type: ignore[attr-defined]
    orgs.filter(kind="party_agency")._raw_delete(connection.alias)  # type: ignore[attr-defined]
    orgs._raw_delete(connection.alias)  # type: ignore[attr-defined]
    return n


ASSESS_SQL = """
INSERT INTO {ta} (period_id, target_id, actual, computed_status, computed_percent, status, percent, note,
                  overridden, override_reason, ruleset, assessed_at)
SELECT p.id, t.id, e.value,
       {status}, {percent}, {status}, {percent}, '', {false}, '', 'default', {now}
FROM {period} p
JOIN {cycle} c ON c.id = p.cycle_id
JOIN {report} r ON r.period_id = p.id
JOIN {entry} e ON e.report_id = r.id AND e.kind = 'estimate'
JOIN {target} t ON t.id = e.target_id
WHERE c.year = %s AND p.kind = %s AND p.number = %s AND c.title LIKE %s
ON CONFLICT (period_id, target_id) DO UPDATE SET
  actual = EXCLUDED.actual, computed_status = EXCLUDED.computed_status,
  computed_percent = EXCLUDED.computed_percent,
  status = CASE WHEN {ta}.overridden THEN {ta}.status ELSE EXCLUDED.status END,
  percent = CASE WHEN {ta}.overridden THEN {ta}.percent ELSE EXCLUDED.percent END,
  assessed_at = EXCLUDED.assessed_at
"""
_PERCENT = (
    "CASE WHEN e.value IS NULL OR t.value IS NULL OR t.value = 0 THEN NULL "
    "WHEN t.direction = 'lower' THEN ROUND((t.value - e.value) / t.value * 100 + 100, 2) "
    "ELSE ROUND(e.value / t.value * 100, 2) END"
)
_STATUS = (
    "CASE WHEN e.value IS NULL OR t.value IS NULL THEN 'no_data' "
    "WHEN t.direction = 'lower' AND e.value < t.value THEN 'exceeded' "
    "WHEN t.direction = 'lower' AND e.value = t.value THEN 'met' "
    "WHEN t.direction = 'lower' THEN 'missed' "
    "WHEN e.value > t.value THEN 'exceeded' WHEN e.value = t.value THEN 'met' ELSE 'missed' END"
)


def national_assess_period(*, year: int, kind: str = "year", number: int = 1) -> int:
    """Assess every generated target nationally at one period, set-based; returns the rows upserted."""

    def q(model: type[models.Model]) -> str:
        return connection.ops.quote_name(model._meta.db_table)

    sql = ASSESS_SQL.format(
        ta=q(TargetAssessment),
        period=q(Period),
        cycle=q(Cycle),
        report=q(Report),
        entry=q(Entry),
        target=q(Target),
        status=_STATUS,
        percent=_PERCENT,
        false="FALSE" if connection.vendor == "postgresql" else "0",
        now="CURRENT_TIMESTAMP",
    )
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, [year, kind, number, f"[{MARK}]%"])
        return int(cursor.rowcount)


def national_period_floor(*, year: int, kind: str = "year", number: int = 1) -> float:
    """Seconds of the bare read behind the assessment (the same join, counted), for the benchmark's floor."""
    sql = (
        f"SELECT COUNT(*), SUM(e.value) FROM {Period._meta.db_table} p "
        f"JOIN {Cycle._meta.db_table} c ON c.id = p.cycle_id "
        f"JOIN {Report._meta.db_table} r ON r.period_id = p.id "
        f"JOIN {Entry._meta.db_table} e ON e.report_id = r.id AND e.kind = 'estimate' "
        f"JOIN {Target._meta.db_table} t ON t.id = e.target_id "
        "WHERE c.year = %s AND p.kind = %s AND p.number = %s AND c.title LIKE %s"
    )
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute(sql, [year, kind, number, f"[{MARK}]%"])
        cursor.fetchall()
    return time.perf_counter() - started
