"""Browser tests: Playwright driving Debian's chromium (never a downloaded browser) against a live server."""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

T = TypeVar("T")

# Debian's chromium-headless-shell when it is installed (make system-deps installs it): Chromium's headless shell, the
# browser Playwright itself runs headless by default, the same Blink rendering, focus and scripts as the full browser
# without its windowing and UI layers. The keyboard walk costs about 40 s of CPU with it against 57 s with the full
# chromium in its headless mode, Chromium's own share about 26 s against 41 s (bench/README.md). Else chromium.
CHROMIUM = shutil.which("chromium-headless-shell") or shutil.which("chromium") or "/usr/bin/chromium"
# Playwright's sync API runs an event loop in this thread; Django's guard against ORM use from async code
# would otherwise refuse the test's own database setup.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not Path(CHROMIUM).exists():
        skip = pytest.mark.skip(reason="Debian's chromium is not installed (make system-deps installs it)")
        for item in items:
            if "browser" in item.keywords:
                item.add_marker(skip)


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    """Where screenshots are kept as CI artefacts; printed so a person can find them."""
    base = Path(os.environ.get("TRONGTAM_ARTIFACTS", Path.cwd() / "artifacts"))
    path = base / "screenshots"
    path.mkdir(parents=True, exist_ok=True)
    print(f"\nẢnh chụp màn hình: {path}")
    return path


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


def sign_in(page: object, live_server: object, username: str, password: str) -> None:
    """Sign in through the real form."""
    page.context.clear_cookies()  # type: ignore[attr-defined]
    page.goto(f"{live_server.url}/")  # type: ignore[attr-defined]
    page.get_by_label("Tên đăng nhập").fill(username)  # type: ignore[attr-defined]
    page.get_by_label("Mật khẩu").fill(password)  # type: ignore[attr-defined]
    page.get_by_role("button", name="Đăng nhập").click()  # type: ignore[attr-defined]


# The demo data a walk starts from (`setup --sample`'s, `make run`'s, the hand-down sample): loading it costs a walk
# about 1,3 s of CPU (2,4 s the first time in a process), and every run loaded the same data again in each walk. On
# SQLite the database as the loader left it is kept in a file under .pytest_cache, named by a hash of the migrations,
# of every file of the project's source, of the installed packages' versions, of the TRONGTAM_ settings in the
# environment and of today's date (the walks run on the real clock): any change loads it afresh. A walk copies that
# file over its emptied test database (the very database the loader made, sequences and change stamps included), then
# calls the loader once more for its objects: every loader finds its data there and returns it. A walk that finds no
# file loads the data itself, keeps the copy, and calls the loader once more in the same way, so both start from the
# same state (tests/browser/test_demo_data.py). PostgreSQL, or TRONGTAM_TEST_TEMPLATE=0: the loader runs in every walk.
@functools.cache
def _source_key() -> str:
    from tests.conftest import ROOT, _migrations_key

    digest = hashlib.sha256(_migrations_key().encode())
    for path in sorted((ROOT / "src" / "trongtam").rglob("*")):
        if path.is_file() and path.suffix not in (".pyc", ".css", ".js", ".html", ".svg", ".png", ".ico"):
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    for dist in sorted(f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions()):
        digest.update(dist.encode())
    for name, value in sorted(os.environ.items()):
        if name.startswith("TRONGTAM_") and name not in ("TRONGTAM_ARTIFACTS", "TRONGTAM_SCREENSHOTS"):
            digest.update(f"{name}={value}".encode())
    return digest.hexdigest()[:20]


def demo_data(load: Callable[[], T]) -> T:
    """The test database as ``load()`` leaves it, and ``load()``'s result; the first thing a walk does."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from django.utils import timezone
    from tests.conftest import ROOT

    if connection.vendor != "sqlite" or os.environ.get("TRONGTAM_TEST_TEMPLATE", "1") == "0":
        return load()
    connection.ensure_connection()
    name = f"{load.__module__}.{load.__qualname__}".replace("_", "-")
    folder = ROOT / ".pytest_cache" / "trongtam-db"
    folder.mkdir(parents=True, exist_ok=True)
    kept = folder / f"demo-{name}-{_source_key()}-{timezone.localdate():%Y%m%d}.sqlite3"
    try:  # read-only: a missing file is an error, not a new empty database
        source = sqlite3.connect(f"{kept.as_uri()}?mode=ro", uri=True)
    except sqlite3.OperationalError:
        source = None
    if source is not None:
        source.backup(connection.connection)
        source.close()
        ContentType.objects.clear_cache()  # the copy's content types, whatever ids this process saw before
    else:
        for old in folder.glob(f"demo-{name}-*.sqlite3"):
            if old != kept:
                old.unlink(missing_ok=True)  # made by other source or another day: never read again
        load()
        partial = kept.with_suffix(f".{os.getpid()}.partial")
        target = sqlite3.connect(partial)
        connection.connection.backup(target)
        target.close()
        partial.rename(kept)  # atomic: another worker building the same copy at the same time is harmless
    return load()
