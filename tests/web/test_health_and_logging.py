"""/healthz for load balancers and monitors; one log line per request with its id, user and time; errors
mailed to ADMINS; Sentry only when SENTRY_DSN is set."""

from __future__ import annotations

import json
import logging
import logging.config
import os
import subprocess
import sys
from datetime import timedelta

import pytest
from django.utils import timezone

from trongtam.config.observability import admins_from_env, logging_config, sentry_init
from trongtam.web import health

pytestmark = pytest.mark.django_db


def _health(client):
    response = client.get("/healthz")
    return response.status_code, json.loads(response.content)


def test_healthz_answers_200_with_every_check_and_no_login(client):
    status, body = _health(client)
    assert status == 200 and body["status"] == "ok"
    assert set(body["checks"]) == {"database", "storage", "libreoffice", "ocr", "worker"}
    assert body["checks"]["database"]["ok"] is True and body["checks"]["storage"]["ok"] is True
    assert body["checks"]["worker"] == {
        "ok": None,
        "status": "not configured",
        "ms": body["checks"]["worker"]["ms"],
    }


def test_healthz_is_503_when_the_database_fails(client, monkeypatch):
    def broken():
        raise OSError("connection refused")

    monkeypatch.setitem(health.CHECKS, "database", broken)
    status, body = _health(client)
    assert status == 503 and body["status"] == "fail"
    assert body["checks"]["database"]["ok"] is False and body["checks"]["database"]["error"] == "OSError"


def test_healthz_is_503_when_the_data_folder_cannot_be_written(client, settings, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    settings.MEDIA_ROOT = str(blocker / "media")
    status, body = _health(client)
    assert status == 503 and body["checks"]["storage"]["ok"] is False


def test_missing_libreoffice_and_ocr_are_reported_but_not_fatal(client, monkeypatch):
    monkeypatch.setenv("TRONGTAM_SOFFICE", "/khong/co/soffice")
    monkeypatch.setattr(health.shutil, "which", lambda name: None)
    status, body = _health(client)
    assert status == 200
    assert (
        body["checks"]["libreoffice"]["ok"] is False
        and "LibreOffice" in body["checks"]["libreoffice"]["detail"]
    )
    assert body["checks"]["ocr"]["ok"] is False and "Tesseract" in body["checks"]["ocr"]["detail"]


LAST_BEAT = {"at": None}


def heartbeat():
    return LAST_BEAT["at"]


@pytest.mark.parametrize(
    ("age", "ok", "state"), [(10, True, "ok"), (3600, False, "stale"), (None, False, "no heartbeat")]
)
def test_the_worker_check_reads_the_heartbeat_a_setting_names(client, settings, age, ok, state):
    settings.TRONGTAM_WORKER_HEARTBEAT = f"{__name__}:heartbeat"
    LAST_BEAT["at"] = None if age is None else timezone.now() - timedelta(seconds=age)
    status, body = _health(client)
    assert status == 200  # the worker is reported, never fatal to the web server
    assert (body["checks"]["worker"]["ok"], body["checks"]["worker"]["status"]) == (ok, state)


def test_each_request_is_logged_once_with_its_id_user_status_and_time(client, cast, caplog):
    client.force_login(cast.coordinator)
    with caplog.at_level(logging.INFO, logger="trongtam.web.request_log"):
        response = client.get("/", HTTP_X_REQUEST_ID="nginx-req-12345678")
    lines = [r for r in caplog.records if r.name == "trongtam.web.request_log"]
    assert len(lines) == 1
    line = lines[0]
    assert response["X-Request-ID"] == "nginx-req-12345678" == line.request_id
    assert (line.method, line.path, line.status, line.user) == ("GET", "/", response.status_code, "vanphong")
    assert line.duration_ms >= 0


def test_a_request_id_that_does_not_look_like_one_is_replaced(client):
    response = client.get("/dang-nhap/", HTTP_X_REQUEST_ID="x\n<script>")
    assert len(response["X-Request-ID"]) == 32 and response["X-Request-ID"].isalnum()


def test_production_logs_are_json_lines_with_the_request_id():
    config = logging_config(debug=False, level="INFO")
    assert config["handlers"]["console"]["formatter"] == "json"
    assert logging_config(debug=True, level="INFO")["handlers"]["console"]["formatter"] == "text"
    formatter = logging.config.DictConfigurator(config).configure_formatter(config["formatters"]["json"])
    record = logging.LogRecord("trongtam.x", logging.WARNING, __file__, 1, "Hỏng %s", ("tệp",), None)
    record.request_id = "abc12345"
    line = json.loads(formatter.format(record))
    assert (line["level"], line["logger"], line["message"], line["request_id"]) == (
        "WARNING",
        "trongtam.x",
        "Hỏng tệp",
        "abc12345",
    )


def test_admins_come_from_the_environment():
    assert admins_from_env("Nguyễn Văn A <a@so.gov.vn>, b@so.gov.vn, không-phải-thư") == [
        ("Nguyễn Văn A", "a@so.gov.vn"),
        ("b@so.gov.vn", "b@so.gov.vn"),
    ]
    assert admins_from_env("") == []


def test_an_error_logged_by_the_application_is_mailed_to_the_admins(settings, mailoutbox):
    settings.ADMINS = [("Quản trị", "quantri@so.gov.vn")]
    logging.getLogger("trongtam.registry.documents").error("Không tạo được PDF")
    assert [m.to for m in mailoutbox] == [["quantri@so.gov.vn"]]
    assert "Không tạo được PDF" in mailoutbox[0].subject


def test_sentry_is_off_without_a_dsn(settings):
    import sentry_sdk

    assert sentry_init("", release="x") is False
    assert settings.SENTRY_ENABLED is False and not sentry_sdk.get_client().is_active()


def test_sentry_is_on_with_a_dsn(tmp_path):
    env = {
        **os.environ,
        "SENTRY_DSN": "https://abc@o0.ingest.sentry.io/1",
        "TRONGTAM_DATA_DIR": str(tmp_path),
    }
    env["DJANGO_SETTINGS_MODULE"] = "trongtam.config.settings"
    code = (
        "import django, sentry_sdk; django.setup(); from django.conf import settings; "
        "print(settings.SENTRY_ENABLED, sentry_sdk.get_client().is_active(), sentry_sdk.get_client().options['send_default_pii'])"
    )
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert out.stdout.split() == ["True", "True", "False"], out.stderr
