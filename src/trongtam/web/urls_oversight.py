"""URLs of oversight pages (kiến nghị)."""

from django.urls import URLPattern, URLResolver, path

from . import views_oversight as v

urlpatterns: list[URLPattern | URLResolver] = [
    path("dot/<int:cycle_id>/kien-nghi/", v.remarks_awaiting, name="remarks_awaiting"),
    path("dot/<int:cycle_id>/kien-nghi/<str:kind>/<int:object_id>/", v.remark_page, name="remark_page"),
]
