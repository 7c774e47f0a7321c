"""The fixed cast every Django test can use: a body, its office, a unit, a leader and an outsider."""

from __future__ import annotations

import copy
import fcntl
import hashlib
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


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


# Longest first: pytest-xdist (-n auto --dist loadgroup; no test carries an xdist_group mark, so every
# test is its own unit) hands the tests out in this order, one at a time, to whichever worker is free.
# Browser journeys and tests that start real servers go first, then the other tests of seconds each,
# then the many short ones, which fill in at the end so both workers finish together. Each worker has
# its own live server and browser on free ports, so the heavy tests run on both at once.
# (An xdist_group mark would group nothing: pytest-xdist 3.8 renames a grouped test through item._nodeid,
# which pytest 9 no longer reads.)
HEAVY_FIRST = (("browser", "serial"), ("slow", "libreoffice", "ocr"))
# A test of seconds that carries none of these marks is known by its last run instead: every run with workers keeps
# in pytest's cache (.pytest_cache) the tests that took LONG_TEST seconds or more (set-up, call and tear-down), and
# the next run hands them out with the marked ones of seconds. A fresh clone (CI) has no cache: the marks alone.
LONG_TEST = 3.0
LONG_TESTS_KEY = "trongtam/long-tests"


def _heaviness(item: pytest.Item, long_tests: frozenset[str] = frozenset()) -> tuple[int, int]:
    for rank, markers in enumerate(HEAVY_FIRST):
        if any(item.get_closest_marker(name) for name in markers):
            return rank, 0
    if item.nodeid in long_tests:
        return 1, 0
    # The many short ones: those without a database first (pytest-django puts them last), then the database ones
    # in pytest-django's order (transactional last). The tests of a second or more that need no database (reading
    # images, drawing charts, Hypothesis) then no longer come last, and the run ends on the short page tests.
    uses_db = item.get_closest_marker("django_db") is not None or not {
        "db",
        "transactional_db",
        "django_db_reset_sequences",
        "django_db_serialized_rollback",
        "live_server",
    }.isdisjoint(getattr(item, "fixturenames", ()))
    return len(HEAVY_FIRST), int(uses_db)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    cache = getattr(config, "cache", None)  # None under -p no:cacheprovider
    long_tests = frozenset(cache.get(LONG_TESTS_KEY, {})) if cache is not None else frozenset()
    # Stable: within a rank, the order pytest-django gave (database tests first, transactional ones after them).
    items.sort(key=lambda item: _heaviness(item, long_tests))


# Whether the workers end together: each one's time in its tests (set-up, call and tear-down) and when its last
# test ended, printed at the end of a run with workers. The run's wall is about the later end.
_worker_times: dict[str, list[float]] = {}
_test_seconds: dict[str, float] = {}
_session_started = [0.0]


def pytest_sessionstart(session: pytest.Session) -> None:
    _session_started[0] = time.monotonic()


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    node = getattr(report, "node", None)  # the worker that ran the test: set on the xdist controller only
    if node is not None:
        spent = _worker_times.setdefault(node.gateway.id, [0.0, 0.0])
        spent[0] += report.duration
        spent[1] = time.monotonic() - _session_started[0]
        _test_seconds[report.nodeid] = _test_seconds.get(report.nodeid, 0.0) + report.duration


def pytest_sessionfinish(session: pytest.Session) -> None:
    cache = getattr(session.config, "cache", None)
    if _test_seconds and cache is not None:  # on the controller of a run with workers
        known = {k: v for k, v in cache.get(LONG_TESTS_KEY, {}).items() if k not in _test_seconds}
        known.update({k: round(v, 1) for k, v in _test_seconds.items() if v >= LONG_TEST})
        cache.set(LONG_TESTS_KEY, known)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _worker_times:
        terminalreporter.write_line(
            "xdist workers: "
            + "; ".join(
                f"{worker} {spent:.1f} s in tests, last ended at {ended:.1f} s"
                for worker, (spent, ended) in sorted(_worker_times.items())
            )
        )


@pytest.fixture
def cast(db):
    return build_cast()


def build_cast() -> Cast:
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
    return build_seed_document()


def build_seed_document():
    """``seed_document``'s Document, for fixtures of a wider scope."""
    from decimal import Decimal

    from trongtam.core.letter import Document, Header, Section, Target, Task

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
    return build_small(cast)


def build_small(cast) -> Small:
    """``small``'s cycle on ``cast``, for fixtures of a wider scope."""
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
    # Issuing a document (a job) would also convert it to PDF: seconds of LibreOffice in every test that
    # issues one. Off here; tests/web/test_issue_jobs.py turns it on where the PDF step is the point.
    settings.TRONGTAM_PDF_ON_ISSUE = False


# Django's test client loads the whole middleware chain again for every Client (each test's ``client``, every Client()
# a test makes: some thousand a run), and WhiteNoise's middleware then lists and stats every static file: about 10 ms
# of CPU each time, nearly all of a chain's loading. The files do not change during a run, so each worker lists them
# once per set of the settings they depend on and hands the same entries to every new middleware, as one long-lived
# server process keeps its own.
@pytest.fixture(scope="session", autouse=True)
def _static_files_listed_once():
    from django.conf import settings
    from whitenoise.middleware import WhiteNoiseMiddleware

    listed: dict[tuple, dict] = {}
    original = WhiteNoiseMiddleware.add_files_from_finders

    def add_files_from_finders(self: WhiteNoiseMiddleware) -> None:
        key = (
            self.static_prefix,
            self.max_age,
            self.allow_all_origins,
            self.charset,
            self.index_file,
            self.add_headers_function,
            repr(settings.STATICFILES_DIRS),
            tuple(settings.INSTALLED_APPS),
        )
        if key not in listed:
            before = dict(self.files)
            original(self)
            listed[key] = {url: entry for url, entry in self.files.items() if before.get(url) is not entry}
        self.files.update(listed[key])

    WhiteNoiseMiddleware.add_files_from_finders = add_files_from_finders  # type: ignore[method-assign]
    yield
    WhiteNoiseMiddleware.add_files_from_finders = original  # type: ignore[method-assign]


# The hand-down sample (registry/cascade/sample.py) writes three bodies' cycles, shares and reports:
# about a second of work. Loaded once per test module inside a transaction rolled back when the module
# ends; each test runs in a savepoint inside it (Django's TestCase.setUpTestData pattern), so what a
# test writes is undone before the next, and the sample itself never outlives its module.
@pytest.fixture(scope="module")
def _cascade_sample_loaded(django_db_setup, django_db_blocker):
    from django.db import transaction

    from trongtam.registry.cascade.sample import cascade_sample_load

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        cascade_sample_load()
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


@pytest.fixture
def cascade_sample(_cascade_sample_loaded, db):
    """The hand-down sample, loaded once per module; fresh objects for each test."""
    from trongtam.registry.cascade.sample import cascade_sample_load

    return cascade_sample_load()


# The cast (and whatever a module builds on it) made once per test module instead of once per test, for modules
# whose every test starts from the same objects: the same pattern as the hand-down sample above (Django's
# TestCase.setUpTestData): built inside a transaction rolled back when the module ends, each test in a savepoint
# rolled back after it, and each test given its own deep copy of the objects, so what one test changes in
# memory or in the database is gone before the next. A module opts in by overriding ``cast``:
#     @pytest.fixture
#     def cast(cast_once): return cast_once
# Only for modules with no transactional test (a flush inside the module's transaction would undo it).
@pytest.fixture(scope="module")
def _cast_once(django_db_setup, django_db_blocker):
    from django.db import transaction

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            built = build_cast()
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    yield built
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


@pytest.fixture
def cast_once(_cast_once, db):
    """The cast built once for the module; a deep copy of its objects for each test."""
    return copy.deepcopy(_cast_once)


# The test database. On SQLite (in memory, one per xdist worker) migrating from scratch costs every worker
# seconds of CPU for each run. Instead the migrations run once, in a subprocess, into a template file kept
# under .pytest_cache and named by a hash of every installed app's migration files (plus the Django, SQLite
# and Python versions): any change to a migration makes a new template. Each worker copies the template
# into its in-memory database, then Django's own set-up runs `migrate` over it, which finds nothing left
# to apply. A fresh clone (CI) has no template and builds one. TRONGTAM_TEST_TEMPLATE=0 turns this off.
def _migrations_key() -> str:
    import django
    from django.apps import apps

    digest = hashlib.sha256()
    digest.update(f"{django.__version__} {sqlite3.sqlite_version} {sys.version}".encode())
    for config in sorted(apps.get_app_configs(), key=lambda c: c.label):
        digest.update(config.label.encode())
        folder = Path(config.path) / "migrations"
        for path in sorted(folder.glob("*.py")) if folder.is_dir() else ():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def migrated_template() -> Path:
    cache = ROOT / ".pytest_cache" / "trongtam-db"
    cache.mkdir(parents=True, exist_ok=True)
    template = cache / f"migrated-{_migrations_key()}.sqlite3"
    with open(cache / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # the other xdist workers wait for the first to build it
        if not template.exists():
            with tempfile.TemporaryDirectory() as data_dir:
                env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
                env.update(TRONGTAM_DATA_DIR=data_dir, DJANGO_SETTINGS_MODULE="trongtam.config.settings_test")
                subprocess.run(
                    [sys.executable, str(ROOT / "manage.py"), "migrate", "--verbosity", "0"],
                    env=env,
                    check=True,
                    cwd=ROOT,
                )
                built = sqlite3.connect(Path(data_dir) / "trongtam.sqlite3")
                built.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
                partial = template.with_suffix(".partial")
                built.execute("VACUUM INTO ?", (str(partial),))
                built.close()
                partial.rename(template)
    return template


@pytest.fixture(scope="session")
def django_db_setup(request, django_test_environment, django_db_blocker, django_db_modify_db_settings):
    from django.db import connections
    from django.test.utils import setup_databases, teardown_databases
    from pytest_django.fixtures import _get_databases_for_setup

    aliases, serialized_aliases = _get_databases_for_setup(request.session.items)
    connection = connections["default"]
    keeper = None
    keepdb = False
    in_memory = connection.vendor == "sqlite" and connection.creation.is_in_memory_db(
        connection.creation._get_test_db_name()
    )
    if in_memory and os.environ.get("TRONGTAM_TEST_TEMPLATE", "1") != "0":
        template = sqlite3.connect(migrated_template())
        # Kept open for the session: a shared in-memory database lives while a connection holds it.
        keeper = sqlite3.connect(connection.creation._get_test_db_name(), uri=True)
        template.backup(keeper)
        template.close()
        keepdb = True
    with django_db_blocker.unblock():
        db_cfg = setup_databases(
            verbosity=request.config.option.verbose,
            interactive=False,
            aliases=aliases,
            serialized_aliases=serialized_aliases,
            keepdb=keepdb,
        )
    yield
    with django_db_blocker.unblock():
        teardown_databases(db_cfg, verbosity=request.config.option.verbose)
    if keeper is not None:
        keeper.close()


def submit_january(small: Small) -> object:
    """The unit's January report of the ``small`` cycle with one estimate (budget 20.000), sent by its staff."""
    from trongtam.registry.progress import services as progress

    cast = small.cast
    report = progress.report_get_or_create(period=small.periods[("month", 1)], unit=cast.unit)
    progress.entry_save(
        report=report,
        target=small.budget,
        kind="estimate",
        value=Decimal(20000),
        version=None,
        user=cast.unit_staff,
    )
    progress.report_submit(report=report, user=cast.unit_staff)
    return report
