"""App configuration for organisations."""

from django.apps import AppConfig


class OrganisationsConfig(AppConfig):
    name = "trongtam.registry.organisations"
    label = "organisations"
    verbose_name = "Cơ quan, tổ chức"
