"""The progress form round trip: pre-filled download, dry run that saves nothing, atomic confirmed import."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from openpyxl import load_workbook

from trongtam.registry import policy
from trongtam.registry.policy import SYSTEM


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


FIRST = 6  # the form's first data row


def half(small):
    return small.periods[("half", 1)]


def download(small, unit=None):
    from trongtam.registry.documents.forms import form_build

    return form_build(cycle=small.cycle, period=half(small), unit=unit or small.cast.unit)


def fill(data: bytes, values: dict[int, tuple[object, object]], note: dict[int, str] | None = None) -> bytes:
    """Write (value, kind) into the given data rows (0-based) of a downloaded form."""
    wb = load_workbook(io.BytesIO(data))
    ws = wb.worksheets[0]
    for i, (value, kind) in values.items():
        ws.cell(row=FIRST + i, column=7, value=value)
        ws.cell(row=FIRST + i, column=8, value=kind)
    for i, text in (note or {}).items():
        ws.cell(row=FIRST + i, column=9, value=text)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def stage(small, data, user=None, unit=None):
    from trongtam.registry.documents.forms import form_stage

    return form_stage(
        cycle=small.cycle,
        period=half(small),
        unit=unit or small.cast.unit,
        user=user or small.cast.unit_staff,
        name="bieu-mau.xlsx",
        data=data,
    )


def entries(small):
    from trongtam.registry.progress.models import Entry

    return {(e.target_id, e.kind): e.value for e in Entry.objects.filter(report__unit=small.cast.unit)}


def test_the_downloaded_form_lists_the_units_targets_pre_filled(small):
    from trongtam.registry.progress import services

    report = services.report_get_or_create(period=half(small), unit=small.cast.unit)
    services.entry_save(
        report=report, target=small.budget, kind="estimate", value=Decimal("90000"), version=None, user=SYSTEM
    )
    ws = load_workbook(io.BytesIO(download(small))).worksheets[0]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=FIRST, max_col=9)]
    assert [r[3] for r in rows] == ["tổng thu ngân sách trên địa bàn", "tỷ lệ hộ nghèo"]
    assert rows[0][4] == "từ 195.000 triệu đồng trở lên" and rows[0][6] == 90000 and rows[0][7] == "ước"
    assert rows[1][6] is None
    assert ws.cell(row=5, column=7).value == "Kết quả thực hiện"


def test_the_dry_run_shows_each_changed_cell_and_saves_nothing(small):
    preview = stage(small, fill(download(small), {0: ("120.000", "chính thức"), 1: (2.5, "ước")}))
    assert preview.ok and preview.staged is not None
    cells = {(c.id, c.column): (c.old, c.new) for c in preview.changes}
    assert cells[(str(small.budget.id), "Kết quả thực hiện")] == ("", "120.000")
    assert cells[(str(small.budget.id), "Ước/Chính thức")] == ("", "chính thức")
    assert cells[(str(small.poverty.id), "Kết quả thực hiện")] == ("", "2,5")
    assert not preview.overwrites
    assert entries(small) == {}


def test_confirming_saves_every_row(small):
    from trongtam.registry.documents.forms import form_apply
    from trongtam.registry.progress.errors import ProgressError

    preview = stage(
        small, fill(download(small), {0: ("120.000", "chính thức"), 1: (2.5, "ước")}, {1: "số ước"})
    )
    assert form_apply(staged=preview.staged, user=small.cast.unit_staff) == 2
    assert entries(small) == {
        (small.budget.id, "official"): Decimal("120000"),
        (small.poverty.id, "estimate"): Decimal("2.5"),
    }
    from trongtam.registry.progress.models import Entry

    assert Entry.objects.get(target=small.poverty).note == "số ước"
    assert Entry.history.filter(target_id=small.budget.id).count() == 1  # the change is in the history
    with pytest.raises(ProgressError) as err:
        form_apply(staged=preview.staged, user=small.cast.unit_staff)
    assert "đã được nhập" in err.value.message_vi


def test_changing_an_existing_value_shows_old_and_new_and_needs_confirmation(small):
    from trongtam.registry.documents.forms import form_apply
    from trongtam.registry.progress.errors import ProgressError

    form_apply(
        staged=stage(small, fill(download(small), {0: (100000, "ước")})).staged, user=small.cast.unit_staff
    )
    preview = stage(small, fill(download(small), {0: (110000, "ước")}))
    assert [(c.column, c.old, c.new) for c in preview.overwrites] == [
        ("Kết quả thực hiện", "100.000", "110.000")
    ]
    with pytest.raises(ProgressError) as err:
        form_apply(staged=preview.staged, user=small.cast.unit_staff)
    assert "xác nhận ghi đè" in err.value.message_vi
    assert entries(small)[(small.budget.id, "estimate")] == Decimal("100000")
    form_apply(staged=preview.staged, user=small.cast.unit_staff, confirm_overwrite=True)
    assert entries(small)[(small.budget.id, "estimate")] == Decimal("110000")


def test_a_bad_row_fails_the_whole_import_with_per_row_vietnamese_errors(small):
    data = fill(download(small), {0: ("120.000", "chính thức"), 1: ("hai phẩy năm", "ước")})
    preview = stage(small, data)
    assert not preview.ok and preview.staged is None
    (error,) = preview.errors
    assert error.row_number == FIRST + 1 and error.column == "Kết quả thực hiện"
    assert "dòng 7, cột “Kết quả thực hiện”" in error.message_vi and "không phải là số" in error.message_vi
    assert entries(small) == {}


def test_a_value_changed_by_someone_else_after_the_dry_run_fails_the_import_and_saves_nothing(small):
    from trongtam.registry.documents.forms import form_apply
    from trongtam.registry.progress import services
    from trongtam.registry.progress.errors import ConflictError

    preview = stage(small, fill(download(small), {0: (120000, "ước"), 1: (2, "ước")}))
    report = services.report_get_or_create(period=half(small), unit=small.cast.unit)
    services.entry_save(
        report=report, target=small.budget, kind="estimate", value=Decimal("1"), version=None, user=SYSTEM
    )
    with pytest.raises(ConflictError) as err:
        form_apply(staged=preview.staged, user=small.cast.unit_staff, confirm_overwrite=True)
    assert "không dòng nào được nhập" in err.value.message_vi
    assert entries(small) == {(small.budget.id, "estimate"): Decimal("1")}


def test_an_accepted_report_refuses_the_form(small):
    from trongtam.registry.progress import services

    report = services.report_get_or_create(period=half(small), unit=small.cast.unit)
    services.entry_save(
        report=report,
        target=small.budget,
        kind="official",
        value=Decimal("200000"),
        version=None,
        user=SYSTEM,
    )
    services.report_submit(report=report, user=SYSTEM)
    services.report_accept(report=report, user=policy.SYSTEM)
    preview = stage(small, fill(download(small), {1: (2, "ước")}))
    assert preview.staged is None
    assert "đã được chấp nhận" in preview.errors[0].message_vi


def test_another_units_form_or_user_is_refused(small):
    from trongtam.registry.documents.models import FormImport

    other_form = download(small, unit=small.cast.other_unit)
    preview = stage(small, fill(other_form, {0: (1, "ước")}))
    assert preview.staged is None and "đơn vị khác" in preview.errors[0].message_vi
    with pytest.raises(PermissionDenied):
        stage(small, download(small), user=small.cast.coordinator)
    assert not FormImport.objects.exists()
