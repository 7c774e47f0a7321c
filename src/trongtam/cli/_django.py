"""Start Django for the commands that need the database."""

from __future__ import annotations

import os


def django_setup() -> None:
    """Configure Django from ``trongtam.config.settings`` unless the environment names other settings."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trongtam.config.settings")
    import django

    django.setup()
