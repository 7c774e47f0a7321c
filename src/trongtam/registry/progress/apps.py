"""App configuration for progress and assessment."""

from django.apps import AppConfig


class ProgressConfig(AppConfig):
    name = "trongtam.registry.progress"
    label = "progress"
    verbose_name = "Tiến độ và đánh giá"
