"""App configuration for cycles."""

from django.apps import AppConfig


class CyclesConfig(AppConfig):
    name = "trongtam.registry.cycles"
    label = "cycles"
    verbose_name = "Đăng ký nhiệm vụ trọng tâm"
