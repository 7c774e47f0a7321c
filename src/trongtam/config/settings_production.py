"""Production settings: the defaults of ``settings`` hardened for a server behind an HTTPS proxy.

Use with ``DJANGO_SETTINGS_MODULE=trongtam.config.settings_production``. Required environment:
``TRONGTAM_ALLOWED_HOSTS`` (comma-separated host names) and, preferably, ``TRONGTAM_SECRET_KEY``
(otherwise the key generated in the data folder is used). The proxy must set
``X-Forwarded-Proto: https``; plain-HTTP requests are redirected to HTTPS.
"""

from __future__ import annotations

import os

from trongtam.config.settings import *  # noqa: F403
from trongtam.config.settings import MIDDLEWARE

DEBUG = False

ALLOWED_HOSTS = [h.strip() for h in os.environ.get("TRONGTAM_ALLOWED_HOSTS", "").split(",") if h.strip()]
if not ALLOWED_HOSTS:
    ALLOWED_HOSTS = ["localhost"]

# Cookies only over HTTPS, never readable from script (the htmx CSRF header reads the token from
# the page's <meta> tag, not from the cookie).
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True

# HTTPS everywhere, behind a reverse proxy that terminates TLS.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

if "trongtam.web.security.SecurityHeadersMiddleware" not in MIDDLEWARE:
    MIDDLEWARE = [MIDDLEWARE[0], "trongtam.web.security.SecurityHeadersMiddleware", *MIDDLEWARE[1:]]
