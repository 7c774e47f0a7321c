"""App configuration for the web interface."""

from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "trongtam.web"
    label = "web"
    verbose_name = "Giao diện web"
