"""Settings, all from environment variables with safe defaults.

Defaults: SQLite in the data folder (``TRONGTAM_DATA_DIR``, default ``./data``), DEBUG off,
a SECRET_KEY generated once and kept in the data folder. ``DATABASE_URL=postgres://…`` selects
PostgreSQL. ``make run`` turns DEBUG on with ``TRONGTAM_DEBUG=1``.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dj_database_url

from trongtam import __version__
from trongtam.config.observability import admins_from_env, logging_config, sentry_init

PACKAGE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("TRONGTAM_DATA_DIR", Path.cwd() / "data")).resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)


def _env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, "1" if default else "0").strip().lower() in {"1", "true", "yes", "on"}


def _secret_key() -> str:
    # A key given by the environment wins; otherwise one is generated on first start and kept,
    # so sessions survive restarts without anyone having to invent a secret.
    given = os.environ.get("TRONGTAM_SECRET_KEY")
    if given:
        return given
    path = DATA_DIR / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()


SECRET_KEY = _secret_key()
DEBUG = _env_bool("TRONGTAM_DEBUG")
ALLOWED_HOSTS = [
    h.strip() for h in os.environ.get("TRONGTAM_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",")
]
if DEBUG or os.environ.get("PYTEST_VERSION") or _env_bool("TRONGTAM_TESTING"):
    ALLOWED_HOSTS += ["testserver"]
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in os.environ.get("TRONGTAM_CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "simple_history",
    "axes",
    # Serves Swagger UI's files for /api/docs locally (no CDN, which the CSP would refuse anyway).
    "ninja",
    "trongtam.registry.organisations",
    "trongtam.registry.cycles",
    "trongtam.registry.progress",
    "trongtam.registry.tokens",
    "trongtam.registry.documents",
    "trongtam.registry.cascade",
    "trongtam.registry.oversight",
    "trongtam.registry.jobs",
    "trongtam.registry.notifications",
    # Background jobs: Django's tasks framework (backport) with its database backend and `db_worker`.
    "django_tasks",
    "django_tasks_db",
    "trongtam.web",
]

# Long work (issuing, PDF conversion, big uploads and imports) runs in `manage.py jobs_worker` (db_worker),
# started by `trongtam serve`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# Issuing a document (a background job) also makes its PDF, so the download answers at once; the test suite
# turns it off except where a test is about it (a cold LibreOffice takes seconds a document).
TRONGTAM_PDF_ON_ISSUE = True

MIDDLEWARE = [
    "trongtam.web.request_log.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "trongtam.web.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Text input in NFC before CSRF, the views and the API read it.
    "trongtam.web.nfc.NfcMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Every read an overseer (inspection committee) makes is logged.
    "trongtam.registry.oversight.middleware.ReadLogMiddleware",
    # A database lock met after the wait, or a malformed id: 503/400 in Vietnamese, never a 500.
    "trongtam.web.busy.BusyMiddleware",
    # Axes must come last so that it sees the outcome of authentication.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # ModelBackend reading the person's memberships with their account (one query per request, not two).
    "trongtam.registry.organisations.backends.MembershipBackend",
    # Kept for the sessions opened before it (a session remembers the backend that logged it in).
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "trongtam.config.urls"
WSGI_APPLICATION = "trongtam.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "trongtam.web.context_processors.notifications",
            ],
        },
    },
    {
        # The fragments drawn for every row of the busiest pages (trongtam.web.jinja): the report's rows and
        # the dashboard, rendered by name with ``using="jinja2"``.
        "NAME": "jinja2",
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [PACKAGE_DIR / "web" / "templates" / "jinja"],
        "APP_DIRS": False,
        "OPTIONS": {"environment": "trongtam.web.jinja.environment"},
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{DATA_DIR / 'trongtam.sqlite3'}"),
        conn_max_age=int(os.environ.get("TRONGTAM_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers proceed while one request writes; the timeout waits instead of failing.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": float(os.environ.get("TRONGTAM_SQLITE_TIMEOUT", "20")),
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and _env_bool(
    "TRONGTAM_DB_PREPARE", default=True
):
    # Parameters bound by the server, and each query run more than twice on a connection kept as a prepared
    # statement (psycopg), so PostgreSQL parses and plans it once per connection instead of once per request:
    # with the whole country's data, planning is most of the server's time for the deadline pages, and on
    # deadline day with the page cache off it takes the p95 of every page from 280–360 ms to 70–190 ms
    # (bench/README.md). On by default; TRONGTAM_DB_PREPARE=0 behind PgBouncer in transaction mode (a statement
    # is prepared on one server connection), as TRONGTAM_CONN_MAX_AGE=0 there.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"server_side_binding": True, "prepare_threshold": 2}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt")]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
USE_THOUSAND_SEPARATOR = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
MEDIA_ROOT = DATA_DIR / "media"
MEDIA_URL = "/media/"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedStaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

LOGIN_URL = "web:login"
LOGIN_REDIRECT_URL = "web:home"
LOGOUT_REDIRECT_URL = "web:login"

# Uploaded documents: the reader enforces its own limits; Django's guard the request itself.
DATA_UPLOAD_MAX_MEMORY_SIZE = 25 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
TRONGTAM_MAX_UPLOAD_BYTES = int(os.environ.get("TRONGTAM_MAX_UPLOAD_BYTES", str(20 * 1024 * 1024)))
# A proposal letter larger than this is read in the background (a job with a progress page), not in the request.
TRONGTAM_UPLOAD_JOB_BYTES = int(os.environ.get("TRONGTAM_UPLOAD_JOB_BYTES", str(100 * 1024)))

# Login throttling: five failures lock the account-and-address pair for an hour.
AXES_FAILURE_LIMIT = int(os.environ.get("TRONGTAM_AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 1
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "web/locked.html"
# The address counted is the client's, read from X-Forwarded-For only when the peer is one of these
# reverse proxies (comma-separated addresses or networks; none by default: the peer's own address).
TRONGTAM_TRUSTED_PROXIES = [
    p.strip() for p in os.environ.get("TRONGTAM_TRUSTED_PROXIES", "").split(",") if p.strip()
]
AXES_CLIENT_IP_CALLABLE = "trongtam.web.client_ip.client_address"

EMAIL_BACKEND = os.environ.get("TRONGTAM_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("TRONGTAM_FROM_EMAIL", "trongtam@localhost")
# With the SMTP backend: the agency's mail server (a local relay on localhost:25 by default).
EMAIL_HOST = os.environ.get("TRONGTAM_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("TRONGTAM_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("TRONGTAM_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("TRONGTAM_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = _env_bool("TRONGTAM_EMAIL_TLS", default=False)
EMAIL_TIMEOUT = 20

# Security headers; secure cookies whenever DEBUG is off and HTTPS is declared.
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
_https = _env_bool("TRONGTAM_HTTPS", default=not DEBUG and bool(os.environ.get("TRONGTAM_PRODUCTION")))
SESSION_COOKIE_SECURE = _https
CSRF_COOKIE_SECURE = _https
SECURE_SSL_REDIRECT = _https and _env_bool("TRONGTAM_SSL_REDIRECT", default=True)
# The load balancer's health check speaks plain HTTP to gunicorn.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = 31536000 if _https else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = _https
SECURE_HSTS_PRELOAD = _https
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if _https else None

# Logging, error mail and Sentry (config/observability.py): JSON lines unless DEBUG, one line per request.
LOGGING = logging_config(debug=DEBUG, level=os.environ.get("TRONGTAM_LOG_LEVEL", "INFO"))
ADMINS = admins_from_env(os.environ.get("TRONGTAM_ADMINS", ""))
SERVER_EMAIL = DEFAULT_FROM_EMAIL
SENTRY_ENABLED = sentry_init(os.environ.get("SENTRY_DSN", ""), release=__version__)

# /healthz reports the background worker as "not configured" unless this names a callable
# ("module:function") returning the worker's last heartbeat (an aware datetime, or None).
TRONGTAM_WORKER_HEARTBEAT = os.environ.get("TRONGTAM_WORKER_HEARTBEAT", "")
TRONGTAM_WORKER_HEARTBEAT_MAX_AGE = int(os.environ.get("TRONGTAM_WORKER_HEARTBEAT_MAX_AGE", "300"))
