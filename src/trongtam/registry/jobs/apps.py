"""App configuration for background jobs."""

from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "trongtam.registry.jobs"
    label = "jobs"
    verbose_name = "Việc chạy nền"
