"""Settings for the test suite: the application's own, with a fast password hasher.

Hashing every fixture user's password with PBKDF2 is deliberately slow (figure in bench/README.md); the
test users' passwords protect nothing. ``tests/security/test_password_hashing.py`` keeps the real
settings on PBKDF2.
"""

from __future__ import annotations

from trongtam.config.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
