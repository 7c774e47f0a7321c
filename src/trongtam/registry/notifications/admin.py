"""Admin for notifications and preferences."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Notification, Preference


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("recipient", "kind", "text", "created", "read_at")
    list_filter = ("kind",)


admin.site.register(Preference, SimpleHistoryAdmin)
