"""URLs of progress reporting, assessment and dashboards (inside the "web" namespace)."""

from django.urls import URLPattern, URLResolver, path

from . import views_progress as v

urlpatterns: list[URLPattern | URLResolver] = [
    path("dot/<int:cycle_id>/tien-do/", v.overview, name="progress_overview"),
    path("dot/<int:cycle_id>/tien-do/tao-ky/", v.periods_generate, name="progress_periods_generate"),
    path("dot/<int:cycle_id>/tien-do/ky/<int:period_id>/sua/", v.period_edit, name="progress_period_edit"),
    path(
        "dot/<int:cycle_id>/tien-do/ky/<int:period_id>/don-vi/<int:unit_id>/",
        v.report,
        name="progress_report",
    ),
    path(
        "dot/<int:cycle_id>/tien-do/ky/<int:period_id>/don-vi/<int:unit_id>/xem-xet/",
        v.report_review,
        name="progress_report_review",
    ),
    path(
        "dot/<int:cycle_id>/tien-do/so-lieu/<int:entry_id>/yeu-cau-giai-trinh/",
        v.entry_request,
        name="progress_entry_request",
    ),
    path(
        "dot/<int:cycle_id>/tien-do/so-lieu/<int:entry_id>/giai-trinh/",
        v.entry_explain,
        name="progress_entry_explain",
    ),
    path("dot/<int:cycle_id>/tien-do/minh-chung/<int:evidence_id>/", v.evidence, name="progress_evidence"),
    path("dot/<int:cycle_id>/tien-do/chi-tieu/", v.target_settings, name="progress_target_settings"),
    path("dot/<int:cycle_id>/danh-gia/", v.assessment, name="progress_assessment"),
    path("dot/<int:cycle_id>/danh-gia/ky/<int:period_id>/chay/", v.assess_run, name="progress_assess_run"),
    path(
        "dot/<int:cycle_id>/danh-gia/dieu-chinh/<str:kind>/<int:record_id>/",
        v.override,
        name="progress_override",
    ),
    path("dot/<int:cycle_id>/bang-theo-doi/", v.dashboard, name="progress_dashboard"),
    path("dot/<int:cycle_id>/bang-dieu-khien/", v.dashboard_old, name="progress_dashboard_old"),
]
