"""App configuration for API tokens."""

from django.apps import AppConfig


class TokensConfig(AppConfig):
    name = "trongtam.registry.tokens"
    label = "tokens"
    verbose_name = "Khóa truy cập API"
