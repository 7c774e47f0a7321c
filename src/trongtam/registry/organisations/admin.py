"""Django admin for organisations and memberships, in Vietnamese."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import AdministrativeUnit, Membership, Organisation


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Organisation)
class OrganisationAdmin(SimpleHistoryAdmin):
    list_display = ["name", "code", "kind", "level", "document_format", "valid_from", "valid_to"]
    list_filter = ["kind", "level", "document_format"]
    search_fields = ["name", "code"]
    autocomplete_fields = ["parent", "area"]
    filter_horizontal = ["successors"]
    inlines = [MembershipInline]


@admin.register(Membership)
class MembershipAdmin(SimpleHistoryAdmin):
    list_display = ["user", "organisation", "role"]
    list_filter = ["role"]
    search_fields = ["user__username", "organisation__name"]
    autocomplete_fields = ["user", "organisation"]


@admin.register(AdministrativeUnit)
class AdministrativeUnitAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "kind", "province"]
    list_filter = ["kind"]
    search_fields = ["code", "name"]
    list_select_related = ["province"]
