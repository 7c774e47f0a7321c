"""URLs of the hand-down to communes, the roll-up and secrecy marks (inside the "web" namespace)."""

from django.urls import URLPattern, URLResolver, path

from . import views_cascade as v

urlpatterns: list[URLPattern | URLResolver] = [
    path("dot/<int:cycle_id>/giao-xa/", v.hand_down_list, name="cascade_list"),
    path("dot/<int:cycle_id>/giao-xa/chi-tieu/<int:target_id>/", v.hand_down, name="cascade_hand_down"),
    path(
        "dot/<int:cycle_id>/giao-xa/chi-tieu/<int:target_id>/bang-tinh/",
        v.hand_down_sheet,
        name="cascade_sheet",
    ),
    path(
        "dot/<int:cycle_id>/giao-xa/chi-tieu/<int:target_id>/tai-len/",
        v.hand_down_upload,
        name="cascade_upload",
    ),
    path(
        "dot/<int:cycle_id>/giao-xa/chi-tieu/<int:target_id>/kiem-tra/<int:job_id>/",
        v.hand_down_checked,
        name="cascade_sheet_checked",
    ),
    path(
        "dot/<int:cycle_id>/giao-xa/chi-tieu/<int:target_id>/xac-nhan/",
        v.hand_down_confirm,
        name="cascade_confirm",
    ),
    path("dot/<int:cycle_id>/giao-xa/phan/<int:share_id>/tra-loi/", v.share_answer, name="cascade_answer"),
    path("dot/<int:cycle_id>/tinh-giao/", v.commune_shares, name="cascade_commune"),
    path("dot/<int:cycle_id>/tinh-giao/<int:share_id>/de-nghi/", v.share_propose, name="cascade_propose"),
    path("dot/<int:cycle_id>/tong-hop-xa/", v.rollup, name="cascade_rollup"),
    path("dot/<int:cycle_id>/tong-hop-xa/<int:hand_down_id>/", v.rollup_detail, name="cascade_rollup_detail"),
    path(
        "dot/<int:cycle_id>/tong-hop-xa/xa/<int:share_id>/", v.rollup_commune, name="cascade_rollup_commune"
    ),
    path("dot/<int:cycle_id>/mat/", v.secrets_page, name="cascade_secrets"),
]
