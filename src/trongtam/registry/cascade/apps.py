"""App configuration for hand-down, roll-up and secrecy marks."""

from django.apps import AppConfig


class CascadeConfig(AppConfig):
    name = "trongtam.registry.cascade"
    label = "cascade"
    verbose_name = "Giao chỉ tiêu cho xã, tổng hợp và tài liệu mật"

    def ready(self) -> None:
        from . import guards  # noqa: F401  (registers the save guards of marked items)
