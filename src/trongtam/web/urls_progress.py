"""URLs of progress reporting, assessment and dashboards."""

from django.urls import URLPattern, URLResolver

urlpatterns: list[URLPattern | URLResolver] = []
