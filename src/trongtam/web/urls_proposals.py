"""URLs of a unit's proposals: upload, review, edit, submit."""

from django.urls import URLPattern, URLResolver

urlpatterns: list[URLPattern | URLResolver] = []
