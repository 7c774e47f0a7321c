"""App configuration for the web interface."""

from django.apps import AppConfig, apps


class WebConfig(AppConfig):
    name = "trongtam.web"
    label = "web"
    verbose_name = "Giao diện web"

    def ready(self) -> None:
        # Third-party apps name themselves in English in the admin; their models' names come from
        # web/locale (django-axes has no Vietnamese catalogue of its own).
        for label, name in (("axes", "Bảo vệ đăng nhập"), ("simple_history", "Lịch sử thay đổi")):
            if apps.is_installed(label):
                apps.get_app_config(label).verbose_name = name
