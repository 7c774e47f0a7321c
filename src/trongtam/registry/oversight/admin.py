"""Admin for oversight: relations are set here; remarks and the read log are shown read-only."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest
from simple_history.admin import SimpleHistoryAdmin

from .models import OversightRelation, ReadLog, Remark


@admin.register(OversightRelation)
class OversightRelationAdmin(SimpleHistoryAdmin):
    list_display = ("overseer", "overseen", "valid_from", "valid_to", "note")
    list_filter = ("overseer",)
    autocomplete_fields = ("overseer", "overseen")


class _ReadOnly(admin.ModelAdmin):  # type: ignore[type-arg]
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Remark)
class RemarkAdmin(_ReadOnly):
    list_display = ("cycle", "subject", "overseer", "created_by", "created_at", "answered_at")
    list_filter = ("subject", "overseer")


@admin.register(ReadLog)
class ReadLogAdmin(_ReadOnly):
    list_display = ("at", "user", "path", "status")
    list_filter = ("user",)
