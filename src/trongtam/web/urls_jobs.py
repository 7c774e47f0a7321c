"""URLs of background jobs pages."""

from django.urls import URLPattern, URLResolver, path

from . import views_jobs as v

urlpatterns: list[URLPattern | URLResolver] = [
    path("viec/", v.job_list, name="job_list"),
    path("viec/<int:job_id>/", v.job_detail, name="job_detail"),
    path("viec/<int:job_id>/trang-thai/", v.job_status, name="job_status"),
    path("viec/<int:job_id>/tai-ve/", v.job_download, name="job_download"),
]
