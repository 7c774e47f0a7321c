"""Browser tests: Playwright driving Debian's chromium (never a downloaded browser) against a live server."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

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
