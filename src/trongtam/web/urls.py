"""URLs of the web interface. Paths are Vietnamese words without diacritics, as users read them."""

from django.contrib.auth import views as auth_views
from django.urls import include, path

from . import views

app_name = "web"

urlpatterns = [
    path("", views.home, name="home"),
    path(
        "dang-nhap/",
        auth_views.LoginView.as_view(template_name="web/login.html", redirect_authenticated_user=True),
        name="login",
    ),
    path("dang-xuat/", auth_views.LogoutView.as_view(), name="logout"),
    path("dot/", views.cycle_list, name="cycle_list"),
    path("dot/<int:cycle_id>/", views.cycle_detail, name="cycle_detail"),
    path("dot/<int:cycle_id>/cong-van-de-nghi/", views.request_letter, name="request_letter"),
    path("", include("trongtam.web.urls_progress")),
    path("", include("trongtam.web.urls_proposals")),
    path("", include("trongtam.web.urls_consolidation")),
    path("", include("trongtam.web.urls_tokens")),
    path("", include("trongtam.web.urls_documents")),
    path("", include("trongtam.web.urls_cascade")),
    path("", include("trongtam.web.urls_oversight")),
    path("", include("trongtam.web.urls_jobs")),
    path("", include("trongtam.web.urls_notifications")),
]
