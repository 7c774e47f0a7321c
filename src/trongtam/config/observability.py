"""Logging, error mail and Sentry, configured from the environment by ``settings``.

Each module logs through ``logging.getLogger(__name__)``; ``trongtam.web.request_log`` adds a request id,
the user and the time taken to every request. Lines are JSON in production (DEBUG off) and plain text
while developing. Errors go to ``ADMINS`` by mail, and to Sentry when ``SENTRY_DSN`` is set.
"""

from __future__ import annotations

import os
from email.utils import getaddresses
from typing import Any


def admins_from_env(value: str) -> list[tuple[str, str]]:
    """``"Tên <a@b.vn>, c@d.vn"`` → ``[("Tên", "a@b.vn"), ("c@d.vn", "c@d.vn")]``; addresses without ``@`` are dropped."""
    return [(name or address, address) for name, address in getaddresses([value]) if "@" in address]


def logging_config(*, debug: bool, level: str) -> dict[str, Any]:
    """Django's LOGGING: to stderr (the journal), JSON lines unless DEBUG, errors mailed to ADMINS."""
    formatter = "text" if debug else "json"
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {
            "request": {"()": "trongtam.web.request_log.RequestContextFilter"},
            "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
        },
        "formatters": {
            "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
            "json": {
                "()": "pythonjsonlogger.json.JsonFormatter",
                "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
                "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
            },
        },
        "handlers": {
            "console": {"class": "logging.StreamHandler", "formatter": formatter, "filters": ["request"]},
            "mail_admins": {
                "class": "django.utils.log.AdminEmailHandler",
                "level": "ERROR",
                "filters": ["require_debug_false"],
            },
        },
        "root": {"handlers": ["console"], "level": "WARNING"},
        "loggers": {
            # Django's unhandled request errors (500) and the application's own errors reach the admins.
            "django": {"handlers": ["mail_admins"], "level": "INFO", "propagate": True},
            "trongtam": {"handlers": ["mail_admins"], "level": level, "propagate": True},
        },
    }


def sentry_init(dsn: str, *, release: str) -> bool:
    """Send errors to Sentry when a DSN is given (no personal data, no tracing unless asked); else nothing."""
    if not dsn:
        return False
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=dsn,
        integrations=[DjangoIntegration()],
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        release=f"trongtam@{release}",
        send_default_pii=False,
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0")),
    )
    return True
