"""URLs of the office's consolidation, approval, history and reminders."""

from django.urls import URLPattern, URLResolver, path

from . import views_consolidation as v

urlpatterns: list[URLPattern | URLResolver] = [
    path("dot/moi/", v.cycle_create, name="cycle_create"),
    path("dot/<int:cycle_id>/tong-hop/", v.consolidation_page, name="consolidation"),
    path("dot/<int:cycle_id>/tong-hop/chay/", v.consolidation_build, name="consolidation_build"),
    path("dot/<int:cycle_id>/tong-hop/nhiem-vu/<int:task_id>/sua/", v.list_task_edit, name="list_task_edit"),
    path(
        "dot/<int:cycle_id>/tong-hop/nhiem-vu/<int:task_id>/gop/", v.list_task_merge, name="list_task_merge"
    ),
    path(
        "dot/<int:cycle_id>/tong-hop/nhiem-vu/<int:task_id>/chuyen/", v.list_task_move, name="list_task_move"
    ),
    path(
        "dot/<int:cycle_id>/tong-hop/nhiem-vu/<int:task_id>/bo/", v.list_task_delete, name="list_task_delete"
    ),
    path("dot/<int:cycle_id>/tong-hop/chi-tieu/<int:target_id>/chu-yeu/", v.target_main, name="target_main"),
    path("dot/<int:cycle_id>/tong-hop/lua-chon/<int:choice_id>/", v.value_choice, name="value_choice"),
    path("dot/<int:cycle_id>/nhac-nho/", v.remind, name="remind"),
    path("dot/<int:cycle_id>/chuyen-tiep/", v.carry_over, name="carry_over"),
    path("dot/<int:cycle_id>/phe-duyet/", v.approve, name="approve"),
    path("dot/<int:cycle_id>/phe-duyet/xac-nhan/", v.approve_confirm, name="approve_confirm"),
    path("dot/<int:cycle_id>/trinh-lanh-dao/", v.send_to_leader, name="send_to_leader"),
    path("dot/<int:cycle_id>/tra-lai/", v.return_to_office, name="return_to_office"),
    path("dot/<int:cycle_id>/danh-so/", v.set_numbering, name="set_numbering"),
    path("dot/<int:cycle_id>/dieu-chinh/", v.start_adjustment, name="start_adjustment"),
    path("dot/<int:cycle_id>/phien-ban/", v.versions, name="versions"),
    path("dot/<int:cycle_id>/lich-su/", v.cycle_history, name="cycle_history"),
]
