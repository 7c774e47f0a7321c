"""Django admin for cycles, proposals, fields, key tasks and targets, in Vietnamese."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Cycle, Field, KeyTask, Proposal, Target


class TargetInline(admin.TabularInline):
    model = Target
    extra = 0
    fields = ["order", "indicator", "op", "value", "value_max", "unit", "change", "direction", "is_main"]


@admin.register(Cycle)
class CycleAdmin(SimpleHistoryAdmin):
    list_display = ["title", "owner", "year", "status", "proposal_deadline"]
    list_filter = ["status", "year"]
    search_fields = ["title", "owner__name"]
    autocomplete_fields = ["owner", "office", "request_issuer"]
    filter_horizontal = ["invited_units"]


@admin.register(Proposal)
class ProposalAdmin(SimpleHistoryAdmin):
    list_display = ["unit", "cycle", "status", "letter_date", "submitted_at"]
    list_filter = ["status"]
    search_fields = ["unit__name", "cycle__title"]


@admin.register(Field)
class FieldAdmin(SimpleHistoryAdmin):
    list_display = ["title", "number", "cycle", "order"]


@admin.register(KeyTask)
class KeyTaskAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "cycle", "field", "deadline"]
    list_filter = ["cycle"]
    search_fields = ["text"]
    inlines = [TargetInline]
    filter_horizontal = ["lead_units", "coordinating_units"]


@admin.register(Target)
class TargetAdmin(SimpleHistoryAdmin):
    list_display = ["indicator", "op", "value", "unit", "key_task", "is_main"]
    list_filter = ["op", "direction", "is_main"]
    search_fields = ["indicator"]
