"""Admin for background jobs: read what ran, for whom, and why it failed."""

from django.contrib import admin

from trongtam.registry.jobs.models import Job


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "user", "status", "progress", "created_at", "finished_at"]
    list_filter = ["kind", "status"]
    readonly_fields = ["created_at", "started_at", "finished_at", "task_id"]
