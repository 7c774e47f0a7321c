"""Admin for terms (the office records its committee's nhiệm kỳ), registers and issued documents."""

from django.contrib import admin

from .models import DocumentRegister, IssuedDocument, Term


@admin.register(Term)
class TermAdmin(admin.ModelAdmin):
    list_display = ("organisation", "label", "start", "end")
    list_filter = ("organisation",)


@admin.register(DocumentRegister)
class DocumentRegisterAdmin(admin.ModelAdmin):
    list_display = ("organisation", "scope", "year", "term", "doc_type", "last_number")
    list_filter = ("scope", "organisation")


@admin.register(IssuedDocument)
class IssuedDocumentAdmin(admin.ModelAdmin):
    list_display = ("number_line", "kind", "issuer", "issued_on", "created_by")
    list_filter = ("kind", "issuer")
    readonly_fields = ("register", "number", "number_line", "docx", "pdf", "created_by")
