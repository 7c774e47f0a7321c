"""URLs of the office's consolidation, approval, history and reminders."""

from django.urls import URLPattern, URLResolver

urlpatterns: list[URLPattern | URLResolver] = []
