"""App configuration for oversight (inspection committees)."""

from django.apps import AppConfig


class OversightConfig(AppConfig):
    name = "trongtam.registry.oversight"
    label = "oversight"
    verbose_name = "Kiểm tra, giám sát"
