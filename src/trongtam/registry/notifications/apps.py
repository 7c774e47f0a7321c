"""App configuration for notifications."""

from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "trongtam.registry.notifications"
    label = "notifications"
    verbose_name = "Thông báo"
