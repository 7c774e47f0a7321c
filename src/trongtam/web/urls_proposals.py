"""URLs of a unit's proposals: upload, review, edit, submit."""

from django.urls import URLPattern, URLResolver, path

from . import views_proposals as v

urlpatterns: list[URLPattern | URLResolver] = [
    path("dot/<int:cycle_id>/de-xuat/", v.proposal_home, name="proposal_home"),
    path("dot/<int:cycle_id>/de-xuat/tai-len/", v.proposal_upload, name="proposal_upload"),
    path("dot/<int:cycle_id>/de-xuat/nhap-truc-tiep/", v.proposal_manual, name="proposal_manual"),
    path("de-xuat/<int:proposal_id>/", v.proposal_review, name="proposal_review"),
    path("de-xuat/<int:proposal_id>/thong-tin/", v.proposal_header, name="proposal_header"),
    path("de-xuat/<int:proposal_id>/gui/", v.proposal_submit, name="proposal_submit"),
    path("de-xuat/<int:proposal_id>/tra-lai/", v.proposal_return, name="proposal_return"),
    path("de-xuat/<int:proposal_id>/them-nhiem-vu/", v.task_add, name="proposal_task_add"),
    path("de-xuat/nhiem-vu/<int:task_id>/sua/", v.task_update, name="proposal_task_update"),
    path("de-xuat/nhiem-vu/<int:task_id>/xoa/", v.task_delete, name="proposal_task_delete"),
    path("de-xuat/nhiem-vu/<int:task_id>/tach/", v.task_split, name="proposal_task_split"),
    path("de-xuat/nhiem-vu/<int:task_id>/gop/", v.task_merge, name="proposal_task_merge"),
    path("de-xuat/nhiem-vu/<int:task_id>/them-chi-tieu/", v.target_add, name="proposal_target_add"),
    path("de-xuat/chi-tieu/<int:target_id>/sua/", v.target_update, name="proposal_target_update"),
    path("de-xuat/chi-tieu/<int:target_id>/xoa/", v.target_delete, name="proposal_target_delete"),
]
