"""URL configuration: the web interface at the root, Django admin under /quan-tri/."""

from django.conf import settings
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

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
