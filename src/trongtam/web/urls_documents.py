"""URLs of the documents pages: issued documents, downloads, spreadsheets, the progress form (web namespace)."""

from django.urls import URLPattern, URLResolver, path

from . import views_documents as v

urlpatterns: list[URLPattern | URLResolver] = [
    path("dot/<int:cycle_id>/van-ban/", v.documents_page, name="documents"),
    path("dot/<int:cycle_id>/van-ban/ban-hanh/", v.document_create, name="document_create"),
    path(
        "dot/<int:cycle_id>/van-ban/<int:document_id>/tai-ve.<str:fmt>",
        v.document_download,
        name="document_download",
    ),
    path("dot/<int:cycle_id>/bang-tinh/<slug:table>.xlsx", v.spreadsheet, name="document_xlsx"),
    path(
        "dot/<int:cycle_id>/bieu-mau/ky/<int:period_id>/don-vi/<int:unit_id>/",
        v.progress_form,
        name="progress_form",
    ),
    path(
        "dot/<int:cycle_id>/bieu-mau/ky/<int:period_id>/don-vi/<int:unit_id>/tai-ve.xlsx",
        v.progress_form_download,
        name="progress_form_download",
    ),
    path(
        "dot/<int:cycle_id>/bieu-mau/ky/<int:period_id>/don-vi/<int:unit_id>/tai-len/",
        v.progress_form_upload,
        name="progress_form_upload",
    ),
    path(
        "dot/<int:cycle_id>/bieu-mau/nhap/<int:import_id>/",
        v.progress_form_preview,
        name="progress_form_preview",
    ),
    path(
        "dot/<int:cycle_id>/bieu-mau/nhap/<int:import_id>/xac-nhan/",
        v.progress_form_confirm,
        name="progress_form_confirm",
    ),
]
