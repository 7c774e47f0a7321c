"""App configuration for documents."""

from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    name = "trongtam.registry.documents"
    label = "documents"
    verbose_name = "Văn bản"
