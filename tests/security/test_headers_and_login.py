"""Secure headers and the Content-Security-Policy on every kind of page, production settings that pass
``check --deploy``, no inline script in any template, and login throttling (django-axes: 5 failures lock).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "src" / "trongtam" / "web" / "templates"
PASSWORD = "mat-khau-thu-nghiem-123"


def _assert_secure_headers(response) -> None:
    csp = response["Content-Security-Policy"]
    directives = {d.split()[0]: d.split()[1:] for d in csp.split("; ")}
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"], "no inline or foreign script"
    assert "'unsafe-inline'" not in csp and "'unsafe-eval'" not in csp
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]


def test_every_kind_of_page_carries_the_policy(client, cast):
    _assert_secure_headers(client.get(reverse("web:login")))
    _assert_secure_headers(client.get(reverse("web:cycle_list")))  # a redirect to login
    _assert_secure_headers(client.get("/api/khong-co/"))  # a JSON 404
    client.force_login(cast.coordinator)
    for url in (reverse("web:cycle_list"), reverse("web:cycle_detail", args=[cast.cycle.id])):
        response = client.get(url)
        assert response.status_code == 200
        _assert_secure_headers(response)
    _assert_secure_headers(client.get(reverse("web:cycle_detail", args=[999999])))  # a 404 page


def test_pages_carry_no_inline_script_and_load_only_own_scripts(client, cast):
    client.force_login(cast.coordinator)
    html = client.get(reverse("web:cycle_detail", args=[cast.cycle.id])).content.decode()
    for tag in re.findall(r"<script\b[^>]*>(.*?)</script>", html, flags=re.S):
        assert not tag.strip(), f"inline script: {tag[:80]}"
    for src in re.findall(r"<script\b[^>]*\bsrc=\"([^\"]+)\"", html):
        assert src.startswith("/static/"), src
    assert "/static/web/app.js" in html


def test_no_template_has_inline_script_or_event_handlers():
    offenders: list[str] = []
    for path in TEMPLATES.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        for body in re.findall(r"<script\b(?![^>]*\bsrc=)[^>]*>(.*?)</script>", text, flags=re.S):
            if body.strip():
                offenders.append(f"{path.relative_to(TEMPLATES)}: inline <script>")
        for attr in re.findall(r"\s(on[a-z]+)=\"", text):
            offenders.append(f"{path.relative_to(TEMPLATES)}: {attr}= handler (use data-confirm / app.js)")
        if re.search(r"\sstyle=\"", text):
            offenders.append(f"{path.relative_to(TEMPLATES)}: style= attribute")
    assert not offenders, "templates carry inline behaviour blocked by the CSP:\n" + "\n".join(offenders)


# The policy written out here, not read from the code, so that a change to the served header
# has to change this list too.
POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}


def test_the_served_policy_is_exactly_the_written_one(client):
    served = client.get(reverse("web:login"))["Content-Security-Policy"]
    directives = [d.split() for d in served.split("; ")]
    assert {d[0]: d[1:] for d in directives} == POLICY
    assert len(directives) == len(POLICY), "a directive is repeated"


def test_production_settings_pass_check_deploy(tmp_path):
    env = {
        **os.environ,
        "TRONGTAM_DATA_DIR": str(tmp_path),
        "TRONGTAM_ALLOWED_HOSTS": "trongtam.example.gov.vn",
        "TRONGTAM_SECRET_KEY": "k" * 20 + "-Zx9#q" + "v" * 40,
        "DJANGO_SETTINGS_MODULE": "trongtam.config.settings_production",
    }
    env.pop("DATABASE_URL", None)
    env.pop("PYTEST_VERSION", None)
    # The browser tests' allowance for Playwright's event loop is no part of a deployment.
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_settings_values(tmp_path, monkeypatch):
    monkeypatch.setenv("TRONGTAM_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("TRONGTAM_ALLOWED_HOSTS", "a.gov.vn, b.gov.vn")
    code = (
        "import trongtam.config.settings_production as s;"
        "print(s.DEBUG, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT,"
        " s.SECURE_HSTS_SECONDS, s.SECURE_PROXY_SSL_HEADER, s.ALLOWED_HOSTS,"
        " 'trongtam.web.security.SecurityHeadersMiddleware' in s.MIDDLEWARE)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == (
        "False True True True 31536000 ('HTTP_X_FORWARDED_PROTO', 'https') ['a.gov.vn', 'b.gov.vn'] True"
    )


def test_login_is_locked_after_five_failures_even_with_the_right_password(cast):
    client = Client(REMOTE_ADDR="10.0.0.7")
    url = reverse("web:login")
    for attempt in range(5):
        response = client.post(url, {"username": "vanphong", "password": f"sai-{attempt}"})
        assert response.status_code in (200, 429), attempt
        assert "_auth_user_id" not in client.session
    locked = client.post(url, {"username": "vanphong", "password": PASSWORD})
    assert locked.status_code in (403, 429)
    assert "_auth_user_id" not in client.session
    # Another address is not locked out (the lock is per account and address) …
    other = Client(REMOTE_ADDR="10.0.0.8")
    assert other.post(url, {"username": "vanphong", "password": PASSWORD}).status_code == 302
    # … and four failures followed by the right password still let the person in.
    fresh = Client(REMOTE_ADDR="10.0.0.9")
    for attempt in range(4):
        fresh.post(url, {"username": "hdnd", "password": f"sai-{attempt}"})
    assert fresh.post(url, {"username": "hdnd", "password": PASSWORD}).status_code == 302


def test_session_cookie_is_http_only_and_csrf_is_enforced(cast):
    client = Client(enforce_csrf_checks=True)
    response = client.post(reverse("web:login"), {"username": "vanphong", "password": PASSWORD})
    assert response.status_code == 403  # no CSRF token
    client.get(reverse("web:login"))
    token = client.cookies["csrftoken"].value
    response = client.post(
        reverse("web:login"), {"username": "vanphong", "password": PASSWORD, "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302
    assert response.cookies["sessionid"]["httponly"]


def _fail_five_times(client: Client, **headers: str) -> None:
    for attempt in range(5):
        client.post(reverse("web:login"), {"username": "lanhdao", "password": f"sai-{attempt}"}, **headers)


def test_behind_the_proxy_failures_from_one_address_do_not_lock_the_leader_out_elsewhere(cast, settings):
    settings.TRONGTAM_TRUSTED_PROXIES = ["127.0.0.1"]
    url = reverse("web:login")
    attacker = Client(REMOTE_ADDR="127.0.0.1")
    _fail_five_times(attacker, HTTP_X_FORWARDED_FOR="203.0.113.5")
    locked = attacker.post(
        url, {"username": "lanhdao", "password": PASSWORD}, HTTP_X_FORWARDED_FOR="203.0.113.5"
    )
    assert locked.status_code in (403, 429)
    # The real leader comes through the same nginx (same peer 127.0.0.1) from another address.
    leader = Client(REMOTE_ADDR="127.0.0.1")
    response = leader.post(
        url, {"username": "lanhdao", "password": PASSWORD}, HTTP_X_FORWARDED_FOR="198.51.100.7"
    )
    assert response.status_code == 302


def test_behind_the_proxy_the_client_cannot_choose_its_address_by_prepending_to_the_header(cast, settings):
    settings.TRONGTAM_TRUSTED_PROXIES = ["127.0.0.0/8"]
    url = reverse("web:login")
    attacker = Client(REMOTE_ADDR="127.0.0.1")
    # nginx appends the real peer (203.0.113.5) to whatever the client sent; only that last hop counts.
    for attempt in range(5):
        attacker.post(
            url,
            {"username": "lanhdao", "password": f"sai-{attempt}"},
            HTTP_X_FORWARDED_FOR=f"10.9.9.{attempt}, 203.0.113.5",
        )
    locked = attacker.post(
        url, {"username": "lanhdao", "password": PASSWORD}, HTTP_X_FORWARDED_FOR="10.9.9.99, 203.0.113.5"
    )
    assert locked.status_code in (403, 429)


def test_a_forwarded_header_from_an_untrusted_peer_is_ignored(cast, settings):
    settings.TRONGTAM_TRUSTED_PROXIES = ["127.0.0.1"]
    url = reverse("web:login")
    attacker = Client(REMOTE_ADDR="203.0.113.9")
    for attempt in range(5):
        attacker.post(
            url,
            {"username": "lanhdao", "password": f"sai-{attempt}"},
            HTTP_X_FORWARDED_FOR=f"198.51.100.{attempt}",
            HTTP_X_REAL_IP=f"198.51.100.{attempt}",
        )
    # Spoofing yet another address does not escape the lock on the attacker's real address …
    spoofed = attacker.post(
        url, {"username": "lanhdao", "password": PASSWORD}, HTTP_X_FORWARDED_FOR="192.0.2.1"
    )
    assert spoofed.status_code in (403, 429)
    # … and the leader connecting directly from elsewhere is not locked out.
    assert (
        Client(REMOTE_ADDR="192.0.2.50").post(url, {"username": "lanhdao", "password": PASSWORD}).status_code
        == 302
    )


def test_without_trusted_proxies_the_peer_address_is_used_directly(cast, settings):
    settings.TRONGTAM_TRUSTED_PROXIES = []
    url = reverse("web:login")
    attacker = Client(REMOTE_ADDR="127.0.0.1")
    _fail_five_times(attacker, HTTP_X_FORWARDED_FOR="203.0.113.5")
    blocked = Client(REMOTE_ADDR="127.0.0.1").post(
        url, {"username": "lanhdao", "password": PASSWORD}, HTTP_X_FORWARDED_FOR="198.51.100.7"
    )
    assert blocked.status_code in (403, 429)
    assert (
        Client(REMOTE_ADDR="10.1.1.1").post(url, {"username": "lanhdao", "password": PASSWORD}).status_code
        == 302
    )
