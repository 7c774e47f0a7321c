"""One number contract at every door (issue 13 §1): a web form, the API, a filled-in spreadsheet and the CLI
refuse what the column cannot hold with a message naming the field, and no input gives a 500 or a row
that cannot be read back."""

from __future__ import annotations

import io
import json
from decimal import Decimal
from typing import Any

import pytest
from click.testing import CliRunner
from django.urls import reverse
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from trongtam.core.numbers import DEFAULT_BOUND, SIGNIFICANT_DIGITS, check_number, is_valid
from trongtam.core.rendering.xlsx import ESTIMATE, FormRow, FormSpec, progress_form_build, progress_form_parse
from trongtam.registry.progress.models import Entry

DB = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# What people (and attackers) type: Vietnamese and English numbers, exponents, huge digit runs, other digits.
typed = (
    st.text(alphabet="0123456789.,+-eE ", max_size=30)
    | st.sampled_from(["999.999.999.999.999.999", "1e400", "1e309", "NaN", "Infinity", "-inf", "٣", "١٢٣"])
    | st.integers(min_value=-(10**30), max_value=10**30).map(str)
    | st.text(max_size=20)
)


def _column_holds(value: Decimal) -> bool:
    return is_valid(value, DEFAULT_BOUND)


# --- web form -------------------------------------------------------------------------------------


@pytest.mark.django_db
@DB
@given(text=typed)
@example(text="999.999.999.999.999.999")
@example(text="1e3")
def test_the_report_form_never_500s_and_stores_only_what_it_can_read(client, small, settings, text):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cast, target = small.cast, small.budget
    q1 = small.periods[("quarter", 1)]
    client.force_login(cast.unit_staff)
    url = reverse("web:progress_report", args=[small.cycle.id, q1.id, cast.unit.id])
    entry = Entry.objects.filter(target=target, kind="estimate").first()
    data = {"action": "save", f"value_{target.id}": text, f"kind_{target.id}": "estimate"}
    if entry is not None:
        data[f"ver_{target.id}_estimate"] = str(entry.version)
    response = client.post(url, data)
    assert response.status_code in (302, 400), response.status_code
    for stored in Entry.objects.values_list("value", flat=True):
        assert stored is None or _column_holds(stored)
    assert client.get(url).status_code == 200


def test_a_too_big_value_on_the_report_page_names_the_field(client, small, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cast, target = small.cast, small.budget
    q1 = small.periods[("quarter", 1)]
    client.force_login(cast.unit_staff)
    url = reverse("web:progress_report", args=[small.cycle.id, q1.id, cast.unit.id])
    data = {
        "action": "save",
        f"value_{target.id}": "999.999.999.999.999.999",
        f"kind_{target.id}": "estimate",
    }
    response = client.post(url, data)
    assert response.status_code == 400
    # The message names the target beside its own field.
    assert f'id="value_{target.id}-loi">Chỉ tiêu «{target.indicator}»' in response.content.decode()
    assert not Entry.objects.exists()


# --- spreadsheet ----------------------------------------------------------------------------------

SPEC = FormSpec(
    unit_code="7",
    unit_name="Phòng Tài chính",
    period_code="1-2",
    period_label="Quý I",
    rows=(FormRow(id="t1", task="Thu ngân sách", indicator="tổng thu", plan="≥ 195.000"),),
)
_FORM = progress_form_build(SPEC)

cells = (
    typed
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.sampled_from([1.23e19, 1e308, -1.7976931348623157e308, 123456789012345678.0])
)


def _filled(value: Any) -> bytes:
    wb = load_workbook(io.BytesIO(_FORM))
    ws = wb.worksheets[0]
    # Excel cannot hold control characters either; a user's cell never contains them.
    ws.cell(row=6, column=7).value = ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value
    ws.cell(row=6, column=8).value = ESTIMATE
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@FAST
@given(value=cells)
@example(value=1.23e19)
@example(value="999.999.999.999.999.999")
def test_every_spreadsheet_value_is_a_bounded_number_or_a_row_error_naming_row_and_column(value):
    parsed = progress_form_parse(_filled(value), SPEC)
    for row in parsed.rows:
        assert row.value is None or _column_holds(row.value)
    for error in parsed.errors:
        assert error.row_number == 6 and error.column == "Kết quả thực hiện"
        assert "dòng 6" in error.message_vi and "Kết quả thực hiện" in error.message_vi
    assert len(parsed.rows) + len(parsed.errors) == 1


def test_a_float_of_twenty_digits_is_a_row_error():
    parsed = progress_form_parse(_filled(1.23e19), SPEC)
    [error] = parsed.errors
    assert "dòng 6, cột “Kết quả thực hiện”" in error.message_vi and "quá lớn" in error.message_vi


@pytest.mark.django_db
@pytest.mark.parametrize("text", ["123456789012345", "123456789012345000", "-0.000001", "999999999999.999"])
def test_the_largest_accepted_values_come_back_exactly(small, text):
    # Fifteen significant digits is what SQLite (a REAL) and Excel keep: accepting more would store one
    # number and show another.
    from trongtam.registry.progress import services

    value = check_number(Decimal(text))
    assert len(value.normalize().as_tuple().digits) <= SIGNIFICANT_DIGITS
    report = services.report_get_or_create(period=small.periods[("quarter", 1)], unit=small.cast.unit)
    entry = services.entry_save(
        report=report,
        target=small.budget,
        kind="estimate",
        value=value,
        version=None,
        user=small.cast.unit_staff,
    )
    assert Entry.objects.get(pk=entry.pk).value == value


# --- CLI ------------------------------------------------------------------------------------------


@FAST
@given(value=typed | st.integers(min_value=-(10**40), max_value=10**40) | st.floats())
@example(value="1e400")
@example(value=10**30)
def test_the_assess_command_never_crashes_on_a_number(value):
    from trongtam.cli.main import cli

    line = json.dumps({"id": "x", "target": {"value": value, "op": ">="}, "actual": {"value": "1"}})
    result = CliRunner().invoke(cli, ["assess", "--batch", "-", "-o", "-"], input=line + "\n")
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output
    if result.exit_code == 1:
        assert "Dòng 1" in result.output


@pytest.mark.parametrize("value", ["1e3", "1e400", 10**30, "999999999999999999"])
def test_the_assess_command_refuses_what_no_column_holds_and_names_the_field(value):
    from trongtam.cli.main import cli

    line = json.dumps({"id": "x", "target": {"value": value, "op": ">="}, "actual": {"value": "1"}})
    result = CliRunner().invoke(cli, ["assess", "--batch", "-", "-o", "-"], input=line + "\n")
    assert result.exit_code == 1
    assert "Dòng 1" in result.output and "target.value" in result.output
