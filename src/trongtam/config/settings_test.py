"""Settings for the test suite: the application's own, with a fast password hasher.

Hashing every fixture user's password with PBKDF2 is deliberately slow (figure in bench/README.md); the
test users' passwords protect nothing. ``tests/security/test_password_hashing.py`` keeps the real
settings on PBKDF2.
"""

from __future__ import annotations

from trongtam.config.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Sessions in a local-memory cache instead of the database table: one of Django's own session backends, with the
# same cookie, keys and login/logout semantics. Every request of the suite reads its session, and every login and
# logout writes one: the authorization matrix alone sends some 25.000 requests. Kept apart from the default cache
# (which the pages may use and clear), with room for every session a test run makes, so none is culled. The
# suite's servers run in the test process (live_server) or as one gunicorn worker (test_kill_server), so a
# process-local cache sees every session they make.
SESSION_ENGINE = "django.contrib.sessions.backends.cache"
SESSION_CACHE_ALIAS = "sessions"
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "sessions": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "sessions",
        "OPTIONS": {"MAX_ENTRIES": 1_000_000},
    },
}

# The application's own loggers at WARNING unless TRONGTAM_LOG_LEVEL says otherwise: every request of the suite
# (some tens of thousands) would otherwise write its INFO line, formatted as JSON for stderr and again by pytest's
# two log captures, a twentieth of the CPU of a test that sends many. A test about those lines lowers the level
# itself (caplog.at_level); warnings and errors are written and captured as before.
LOGGING = logging_config(debug=DEBUG, level=os.environ.get("TRONGTAM_LOG_LEVEL", "WARNING"))  # noqa: F405
# Django writes a WARNING for every answer of 400–499 ("Not Found: …", "Forbidden: …"): the suite's refusals by the
# thousand (the authorization matrices expect them), each formatted as JSON and captured twice by pytest. Errors
# (500) are still written; no test reads those warnings.
LOGGING["loggers"]["django.request"] = {"level": "ERROR", "propagate": True}
