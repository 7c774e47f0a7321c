"""The API's URL patterns, mounted at /api/: the NinjaAPI, and JSON 404s for every other /api/ path."""

from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern, URLResolver, path, re_path

from .errors import error_response
from .main import api


def not_found(request: HttpRequest, rest: str = "") -> HttpResponse:
    return error_response("not_found")


urlpatterns: list[URLPattern | URLResolver] = [
    path("", api.urls),
    re_path(r"^(?P<rest>.*)$", not_found),
]
