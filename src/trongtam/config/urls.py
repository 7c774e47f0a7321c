"""URL configuration: the web interface at the root, Django admin under /quan-tri/."""

from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path

from trongtam.web.health import healthz

admin.site.site_header = "trongtam — quản trị"
admin.site.site_title = "trongtam"
admin.site.index_title = "Dữ liệu danh mục"

urlpatterns: list[URLPattern | URLResolver] = [
    path("healthz", healthz, name="healthz"),
    path("quan-tri/", admin.site.urls),
    path("api/", include("trongtam.api.urls")),
    path("", include("trongtam.web.urls")),
]

# Uploads (MEDIA_ROOT) are never served as static files, not even under DEBUG: letters, evidence and
# issued documents go out only through the views that check who may read them.
