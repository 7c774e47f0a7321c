"""Search and filters of the lists (django-filter): cycles, a cycle's tasks and targets, reports, documents.

Each filter narrows rows the policy already let the person see; its choices list only what is in the list
(a unit, field or period of this cycle), so a filter never reveals anything else. Parameters are the
Vietnamese words of the pages: ``q`` (tìm), ``nam``, ``trang_thai``, ``don_vi``, ``linh_vuc``, ``ky``, ``loai``.
"""

from __future__ import annotations

from typing import Any

import django_filters as df
from django import forms
from django.db.models import Q, QuerySet

from trongtam.registry.cycles.models import Cycle, CycleStatus, Field, KeyTask
from trongtam.registry.documents.models import DocumentKind, IssuedDocument
from trongtam.registry.organisations.models import Organisation
from trongtam.registry.progress.models import Period, ReportStatus

SEARCH = forms.TextInput(attrs={"type": "search", "placeholder": "Từ khóa"})


def _orgs(ids: Any) -> QuerySet[Organisation]:
    return Organisation.objects.filter(id__in=ids).order_by("name")


class CycleFilter(df.FilterSet):
    q = df.CharFilter(label="Tìm", method="search", widget=SEARCH)
    nam = df.NumberFilter(field_name="year", label="Năm")
    trang_thai = df.ChoiceFilter(
        field_name="status", label="Trạng thái", choices=CycleStatus.choices, empty_label="Tất cả"
    )
    don_vi = df.ModelChoiceFilter(
        label="Cơ quan, đơn vị", queryset=Organisation.objects.none(), method="of_unit", empty_label="Tất cả"
    )

    class Meta:
        model = Cycle
        fields: list[str] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        qs = self.queryset
        ids = set(qs.values_list("owner_id", flat=True)) | set(qs.values_list("invited_units", flat=True))
        self.filters["don_vi"].queryset = _orgs(ids - {None})

    def search(self, qs: QuerySet[Cycle], name: str, value: str) -> QuerySet[Cycle]:
        return qs.filter(
            Q(title__icontains=value) | Q(request_subject__icontains=value) | Q(owner__name__icontains=value)
        )

    def of_unit(self, qs: QuerySet[Cycle], name: str, value: Organisation) -> QuerySet[Cycle]:
        return qs.filter(Q(owner=value) | Q(office=value) | Q(invited_units=value)).distinct()


class TaskFilter(df.FilterSet):
    """The tasks (and their targets) of one cycle's list: a task matches by its own text or one of its targets."""

    q = df.CharFilter(label="Tìm nhiệm vụ, chỉ tiêu", method="search", widget=SEARCH)
    linh_vuc = df.ModelChoiceFilter(
        field_name="field", label="Lĩnh vực", queryset=Field.objects.none(), empty_label="Tất cả"
    )
    don_vi = df.ModelChoiceFilter(
        label="Đơn vị chủ trì", queryset=Organisation.objects.none(), method="of_unit", empty_label="Tất cả"
    )
    chi_tieu = df.ChoiceFilter(
        label="Chỉ tiêu",
        choices=[("co", "Có chỉ tiêu định lượng"), ("khong", "Không có chỉ tiêu")],
        method="with_targets",
        empty_label="Tất cả",
    )

    class Meta:
        model = KeyTask
        fields: list[str] = []

    def __init__(self, *args: Any, cycle: Cycle, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.filters["linh_vuc"].queryset = cycle.fields.order_by("order")
        units = KeyTask.objects.filter(cycle=cycle).values_list("lead_units", flat=True)
        self.filters["don_vi"].queryset = _orgs(set(units) - {None})

    def search(self, qs: QuerySet[KeyTask], name: str, value: str) -> QuerySet[KeyTask]:
        return qs.filter(
            Q(text__icontains=value)
            | Q(targets__indicator__icontains=value)
            | Q(children__text__icontains=value)
            | Q(children__targets__indicator__icontains=value)
        ).distinct()

    def of_unit(self, qs: QuerySet[KeyTask], name: str, value: Organisation) -> QuerySet[KeyTask]:
        return qs.filter(
            Q(lead_units=value) | Q(children__lead_units=value) | Q(proposal__unit=value)
        ).distinct()

    def with_targets(self, qs: QuerySet[KeyTask], name: str, value: str) -> QuerySet[KeyTask]:
        has = Q(targets__isnull=False) | Q(children__targets__isnull=False)
        return (qs.filter(has) if value == "co" else qs.exclude(has)).distinct()


REPORT_STATES = [
    ("chua_gui", "Chưa gửi"),
    (ReportStatus.SUBMITTED, "Đã gửi, chờ xem xét"),
    (ReportStatus.RETURNED, "Bị trả lại"),
    (ReportStatus.ACCEPTED, "Đã chấp nhận"),
    ("qua_han", "Quá hạn"),
]


class ReportFilter(df.FilterSet):
    """The expected reports of a cycle (one per period and unit, sent or not): the form reads the choices,
    ``keep`` applies them to the rows the page computed."""

    ky = df.ModelChoiceFilter(label="Kỳ báo cáo", queryset=Period.objects.none(), empty_label="Tất cả")
    don_vi = df.ModelChoiceFilter(label="Đơn vị", queryset=Organisation.objects.none(), empty_label="Tất cả")
    trang_thai = df.ChoiceFilter(label="Trạng thái", choices=REPORT_STATES, empty_label="Tất cả")

    class Meta:
        model = Period
        fields: list[str] = []

    def __init__(self, *args: Any, periods: list[Period], units: list[Organisation], **kwargs: Any) -> None:
        super().__init__(*args, queryset=Period.objects.filter(id__in=[p.id for p in periods]), **kwargs)
        self.filters["ky"].queryset = Period.objects.filter(id__in=[p.id for p in periods]).order_by(
            "start", "id"
        )
        self.filters["don_vi"].queryset = _orgs({u.id for u in units})

    def keep(self, row: Any) -> bool:
        """Whether one expected report (``compute.ReportTimeliness``) passes the chosen filters."""
        if not self.form.is_valid():
            return True
        data = self.form.cleaned_data
        if data.get("ky") and row.period.id != data["ky"].id:
            return False
        if data.get("don_vi") and row.unit.id != data["don_vi"].id:
            return False
        state = data.get("trang_thai")
        status = row.report.status if row.report is not None else ReportStatus.DRAFT
        if state == "chua_gui":
            return status == ReportStatus.DRAFT
        if state == "qua_han":
            return row.bucket == "overdue"
        return not state or status == state


class DocumentFilter(df.FilterSet):
    q = df.CharFilter(label="Tìm", method="search", widget=SEARCH)
    loai = df.ChoiceFilter(
        field_name="kind", label="Loại", choices=DocumentKind.choices, empty_label="Tất cả"
    )
    don_vi = df.ModelChoiceFilter(
        field_name="unit", label="Đơn vị", queryset=Organisation.objects.none(), empty_label="Tất cả"
    )
    ky = df.ModelChoiceFilter(
        field_name="period", label="Kỳ", queryset=Period.objects.none(), empty_label="Tất cả"
    )

    class Meta:
        model = IssuedDocument
        fields: list[str] = []

    def __init__(self, *args: Any, cycle: Cycle, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        docs = IssuedDocument.objects.filter(cycle=cycle)
        self.filters["don_vi"].queryset = _orgs(set(docs.values_list("unit_id", flat=True)) - {None})
        self.filters["ky"].queryset = cycle.periods.order_by("start", "id")

    def search(self, qs: QuerySet[IssuedDocument], name: str, value: str) -> QuerySet[IssuedDocument]:
        return qs.filter(Q(subject__icontains=value) | Q(number_line__icontains=value))
