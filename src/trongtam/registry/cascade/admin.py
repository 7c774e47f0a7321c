"""Django admin for hand-downs, shares and secrecy marks, in Vietnamese."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import HandDown, SecretMark, Share


class ShareInline(admin.TabularInline):
    model = Share
    extra = 0
    raw_id_fields = ["commune", "commune_target"]


@admin.register(HandDown)
class HandDownAdmin(SimpleHistoryAdmin):
    list_display = ["target", "method", "base_label", "created_at"]
    raw_id_fields = ["target"]
    inlines = [ShareInline]


@admin.register(Share)
class ShareAdmin(SimpleHistoryAdmin):
    list_display = ["commune", "hand_down", "kind", "value", "base", "status"]
    list_filter = ["status", "kind"]
    raw_id_fields = ["hand_down", "commune", "commune_target"]


@admin.register(SecretMark)
class SecretMarkAdmin(admin.ModelAdmin):
    list_display = ["level", "number", "lead_unit", "deadline", "status", "marked_at"]
    list_filter = ["level"]
    raw_id_fields = ["key_task", "report", "document"]
