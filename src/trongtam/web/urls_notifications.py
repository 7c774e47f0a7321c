"""URLs of a person's notifications and their channels."""

from django.urls import URLPattern, URLResolver, path

from . import views_notifications as v

urlpatterns: list[URLPattern | URLResolver] = [
    path("thong-bao/", v.notification_list, name="notification_list"),
    path("thong-bao/<int:notification_id>/da-doc/", v.notification_read, name="notification_read"),
    path("thong-bao/da-doc-tat-ca/", v.notification_read_all, name="notification_read_all"),
    path("thong-bao/cai-dat/", v.notification_preferences, name="notification_preferences"),
]
