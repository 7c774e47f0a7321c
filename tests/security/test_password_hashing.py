"""Passwords are stored with PBKDF2 by the real settings; only the test settings trade it for speed."""

from __future__ import annotations

import importlib

import pytest
from django.conf import global_settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import identify_hasher
from django.test import override_settings

REAL_SETTINGS = ("trongtam.config.settings", "trongtam.config.settings_production")


@pytest.mark.parametrize("module", REAL_SETTINGS)
def test_the_real_settings_hash_with_pbkdf2(module):
    hashers = getattr(importlib.import_module(module), "PASSWORD_HASHERS", global_settings.PASSWORD_HASHERS)
    assert hashers[0] == "django.contrib.auth.hashers.PBKDF2PasswordHasher"
    assert not any("MD5" in h for h in hashers)


@pytest.mark.django_db
def test_a_password_stored_with_the_real_hasher_signs_in():
    real = importlib.import_module("trongtam.config.settings")
    hashers = getattr(real, "PASSWORD_HASHERS", global_settings.PASSWORD_HASHERS)
    with override_settings(PASSWORD_HASHERS=hashers):
        user = get_user_model().objects.create_user(username="thuky", password="mat-khau-rat-dai-123")
        assert identify_hasher(user.password).algorithm == "pbkdf2_sha256"
        assert user.check_password("mat-khau-rat-dai-123")
        assert not user.check_password("sai-mat-khau")


def test_the_test_settings_use_the_fast_hasher(settings):
    assert settings.PASSWORD_HASHERS == ["django.contrib.auth.hashers.MD5PasswordHasher"]
