"""Django admin for periods, reports, entries, and assessments, in Vietnamese."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import (
    BodyAssessment,
    Entry,
    Evidence,
    Period,
    ReminderLog,
    Report,
    TargetAssessment,
    TargetSetting,
    TaskAssessment,
    TaskEntry,
)


@admin.register(Period)
class PeriodAdmin(SimpleHistoryAdmin):
    list_display = ["label", "cycle", "kind", "start", "end", "due", "required"]
    list_filter = ["kind", "required"]


class EntryInline(admin.TabularInline):
    model = Entry
    extra = 0
    raw_id_fields = ["target"]


class TaskEntryInline(admin.TabularInline):
    model = TaskEntry
    extra = 0
    raw_id_fields = ["key_task"]


@admin.register(Report)
class ReportAdmin(SimpleHistoryAdmin):
    list_display = ["unit", "period", "status", "first_submitted_at", "is_demo"]
    list_filter = ["status", "is_demo"]
    inlines = [EntryInline, TaskEntryInline]


@admin.register(TargetSetting)
class TargetSettingAdmin(SimpleHistoryAdmin):
    list_display = ["target", "aggregation", "baseline"]
    raw_id_fields = ["target"]


@admin.register(TargetAssessment)
class TargetAssessmentAdmin(SimpleHistoryAdmin):
    list_display = ["target", "period", "status", "percent", "computed_status", "overridden", "ruleset"]
    list_filter = ["status", "overridden"]
    raw_id_fields = ["target"]


@admin.register(TaskAssessment)
class TaskAssessmentAdmin(SimpleHistoryAdmin):
    list_display = ["key_task", "period", "status", "timeliness", "overridden"]
    list_filter = ["status", "timeliness", "overridden"]
    raw_id_fields = ["key_task"]


@admin.register(BodyAssessment)
class BodyAssessmentAdmin(SimpleHistoryAdmin):
    list_display = ["organisation", "period", "level", "points", "overridden"]


admin.site.register(Evidence)
admin.site.register(ReminderLog)
