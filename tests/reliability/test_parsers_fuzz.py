"""Hypothesis on every parser: numbers, dates and periods in text, rule sets, uploaded spreadsheets.

Whatever the input, a parser either returns a value or raises its documented, clear error (ValueError
for the number helpers, a TrongtamError with a Vietnamese ``message_vi`` for files); it never crashes
with anything else, never hangs, and never returns a float.
"""

from __future__ import annotations

import io
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from trongtam.core.errors import TrongtamError

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text that looks like what people write: digits, separators, Vietnamese words, percent, dashes.
VN_ALPHABET = "0123456789.,;:/%-–— ()\u00a0+−" + "tỷtriệunghìnngànvạnđếntớiquýthángnămngàyIVX"
vn_text = st.text(alphabet=VN_ALPHABET, max_size=40) | st.text(max_size=40)


def _clear(exc: BaseException) -> None:
    if isinstance(exc, TrongtamError):
        assert exc.message_vi.strip(), "a TrongtamError must carry a Vietnamese message"


# --- numbers ---------------------------------------------------------------------------------


@FAST
@given(vn_text)
@example("1.234.567,89")
@example("1,2,3")
@example("−0,5")
@example("9" * 400)
def test_number_parsers_never_crash(text):
    from trongtam.core.text import numbers

    value = numbers.try_parse_number(text)
    assert value is None or isinstance(value, Decimal)
    for fn in (numbers.parse_number, numbers.parse_quantity, numbers.parse_range, numbers.parse_ratio):
        try:
            result = fn(text)
        except ValueError:
            continue
        values = result if isinstance(result, tuple) else (result,)
        assert all(isinstance(v, Decimal) for v in values)


@FAST
@given(st.decimals(allow_nan=False, allow_infinity=False, places=3, min_value=-(10**12), max_value=10**12))
def test_vietnamese_numbers_round_trip(value):
    from trongtam.core.numbers import format_number, read_number
    from trongtam.core.text.numbers import parse_number

    written = format_number(value, 3)
    assert read_number(written) == value
    if value >= 0:
        assert parse_number(written) == value


@FAST
@given(vn_text)
def test_typed_numbers_raise_only_value_error(text):
    from trongtam.core.numbers import read_number

    try:
        assert isinstance(read_number(text), Decimal | None)
    except ValueError:
        pass


def test_a_superscript_digit_is_a_value_error():
    from trongtam.core.numbers import read_number

    with pytest.raises(ValueError):
        read_number("1²")


# --- dates and periods, as the extractor reads them from task and target text -----------------

dates = st.builds(
    lambda d, m, y, sep: f"{d}{sep}{m}{sep}{y}",
    st.integers(0, 40),
    st.integers(0, 14),
    st.integers(0, 3000),
    st.sampled_from(["/", "-", "."]),
)
period_words = st.sampled_from(
    [
        "quý I",
        "quý IV",
        "quý V",
        "6 tháng đầu năm",
        "9 tháng",
        "tháng 13",
        "tháng 0",
        "năm 2024",
        "giai đoạn 2021-2025",
        "giai đoạn 2025-2021",
        "trước ngày",
        "tính đến ngày",
        "trong tháng",
        "đến hết năm",
        "hằng năm",
        "tuần qua",
        "trong 30 ngày",
        "trước 31/02/2024",
    ]
)
sentences = st.lists(
    st.one_of(dates, period_words, vn_text, st.sampled_from(["đạt", "trên", "giảm", "tăng", "100%", "hộ"])),
    max_size=12,
).map(" ".join)


@FAST
@given(sentences)
@example("Hoàn thành trước ngày 31/02/2024, đạt 100% kế hoạch quý V.")
@example("tính đến ngày 00/00/0000 đạt 5%")
def test_target_extraction_of_dates_and_periods_never_crashes(text):
    from trongtam.core.extraction.targets import find_targets

    for kind in ("plan", "report"):
        for target in find_targets(text, kind=kind):
            assert target.value is None or isinstance(target.value, Decimal)
            assert 0 <= (target.start or 0) <= len(text)


@SLOW
@given(st.lists(st.one_of(sentences, dates.map(lambda d: f"1. Nhiệm vụ hoàn thành trước {d}")), max_size=8))
def test_document_structure_with_deadlines_never_crashes(lines):
    from trongtam.core.extraction import read_document

    text = "Số: 12/BC-UBND\nHữu Lũng, ngày 31 tháng 02 năm 2024\nI. KINH TẾ\n" + "\n".join(lines)
    try:
        document = read_document(text.encode("utf-8"), name="van-ban.txt")
    except TrongtamError as exc:
        _clear(exc)
        return
    for task in (t for s in document.sections for t in s.tasks):
        assert task.deadline_date is None or isinstance(task.deadline_date, date)


@pytest.mark.slow  # some 7 s on a quiet machine: handed to an xdist worker early, not as the run's last test
@FAST
@given(st.binary(max_size=2000))
@example(b"\xff\xfe\x00\x00")
@example(b"PK\x03\x04")
@example(b"%PDF-1.7\n")
def test_any_bytes_read_as_a_document_raise_only_clear_errors(data):
    from trongtam.core.extraction import read_document

    for name in ("a.txt", "a.docx", "a.pdf", "a"):
        try:
            read_document(data, name=name)
        except TrongtamError as exc:
            _clear(exc)


# --- rule sets ----------------------------------------------------------------------------------

RULESETS = Path(__file__).resolve().parents[2] / "src" / "trongtam" / "core" / "assessment" / "rulesets"
toml_values = st.one_of(
    st.integers(-(10**6), 10**6).map(str),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    st.text(max_size=10).map(lambda s: '"' + s.replace("\\", "").replace('"', "").replace("\n", "") + '"'),
    st.sampled_from(
        ["true", "false", "[]", "[1, 2]", '"ROUND_HALF_UP"', '"min"', "2025-13-40", "nan", "-inf"]
    ),
)


def _default_lines() -> list[str]:
    return (RULESETS / "default.toml").read_text(encoding="utf-8").splitlines()


@SLOW
@given(st.data())
def test_rule_set_files_with_mutated_values_load_or_raise_a_clear_error(tmp_path_factory, data):
    from trongtam.core.assessment.rules import clear_cache, load_ruleset

    lines = _default_lines()
    assignable = [i for i, line in enumerate(lines) if re.match(r"^[a-z_]+\s*=", line)]
    for i in data.draw(st.lists(st.sampled_from(assignable), min_size=1, max_size=4, unique=True)):
        key = lines[i].split("=", 1)[0]
        lines[i] = f"{key}= {data.draw(toml_values)}"
    if data.draw(st.booleans()):
        del lines[data.draw(st.sampled_from(assignable))]
    path = tmp_path_factory.mktemp("rules") / "thu.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    clear_cache()
    try:
        load_ruleset(str(path))
    except TrongtamError as exc:
        _clear(exc)
    finally:
        clear_cache()


@SLOW
@given(st.text(max_size=300))
@example('[ruleset]\nid = "x"\nextends = "thu"\n')
@example("[ruleset\n")
def test_any_text_as_a_rule_set_raises_only_clear_errors(tmp_path_factory, text):
    from trongtam.core.assessment.rules import clear_cache, load_ruleset

    path = tmp_path_factory.mktemp("rules") / "thu.toml"
    path.write_text(text, encoding="utf-8")
    clear_cache()
    try:
        load_ruleset(str(path))
    except TrongtamError as exc:
        _clear(exc)
    finally:
        clear_cache()


def test_an_unknown_rule_set_name_is_a_clear_error():
    from trongtam.core.assessment.rules import load_ruleset

    with pytest.raises(TrongtamError) as exc:
        load_ruleset("khong-ton-tai")
    assert exc.value.message_vi


# --- uploaded spreadsheets (the progress form) --------------------------------------------------


def _spec():
    from trongtam.core.rendering.xlsx import FormRow, FormSpec

    rows = tuple(
        FormRow(id=f"T{i}", task=f"Nhiệm vụ {i}", indicator=f"chỉ tiêu {i}", plan="100", unit="hộ")
        for i in range(1, 6)
    )
    return FormSpec(
        unit_code="HĐND",
        unit_name="Thường trực HĐND",
        period_code="2024-M01",
        period_label="Tháng 1/2024",
        rows=rows,
    )


cell_values = st.one_of(
    st.none(),
    vn_text,
    st.integers(-(10**15), 10**15),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(),
    st.sampled_from(["=1/0", "=A1", "#REF!", "ước", "chính thức", "x" * 5000]),
)


@SLOW
@given(st.data())
def test_filled_in_progress_forms_parse_or_report_row_errors(data):
    from openpyxl import load_workbook

    from trongtam.core.rendering.xlsx import ParsedForm, progress_form_build, progress_form_parse

    spec = _spec()
    wb = load_workbook(io.BytesIO(progress_form_build(spec)))
    ws = wb.worksheets[0]
    for _ in range(data.draw(st.integers(1, 12))):
        r = data.draw(st.integers(1, max(ws.max_row, 1) + 3))
        c = data.draw(st.integers(1, max(ws.max_column, 1) + 2))
        value = data.draw(cell_values)
        try:
            ws.cell(row=r, column=c).value = value
        except Exception:  # merged cells and characters openpyxl refuses to write
            continue
    if data.draw(st.booleans()) and len(wb.sheetnames) > 0:
        ws.title = data.draw(st.text(alphabet="abcxyz", min_size=1, max_size=10))
    out = io.BytesIO()
    wb.save(out)
    try:
        parsed = progress_form_parse(out.getvalue(), spec)
    except TrongtamError as exc:
        _clear(exc)
        return
    assert isinstance(parsed, ParsedForm)
    for row in parsed.rows:
        assert row.value is None or isinstance(row.value, Decimal)
    for err in getattr(parsed, "errors", ()):
        assert err.message_vi.strip()


def test_a_number_too_large_for_excel_is_a_row_error_not_a_crash():
    # Found by the test above: the largest float is written out rounded and read back as infinity.
    from openpyxl import load_workbook

    from trongtam.core.rendering.xlsx.progress_form import _VALUE, progress_form_build, progress_form_parse

    spec = _spec()
    wb = load_workbook(io.BytesIO(progress_form_build(spec)))
    ws = wb.worksheets[0]
    first = next(r for r in range(1, ws.max_row + 1) if ws.cell(row=r, column=1).value == "T1")
    ws.cell(row=first, column=_VALUE).value = 1.7976931348623155e308
    ws.cell(row=ws.max_row + 1, column=1).value = 1.7976931348623155e308  # a stray row too
    out = io.BytesIO()
    wb.save(out)
    assert load_workbook(io.BytesIO(out.getvalue())).worksheets[0].cell(
        row=first, column=_VALUE
    ).value == float("inf")
    parsed = progress_form_parse(out.getvalue(), spec)
    assert any("không phải là số hữu hạn" in e.message_vi for e in parsed.errors)
    assert all(row.value is None for row in parsed.rows if row.id == "T1")


@FAST
@given(st.binary(max_size=3000))
@example(b"PK\x05\x06" + b"\x00" * 18)
def test_any_bytes_as_a_progress_form_raise_only_clear_errors(data):
    from trongtam.core.rendering.xlsx import progress_form_parse

    assume(True)
    try:
        progress_form_parse(data, _spec())
    except TrongtamError as exc:
        _clear(exc)
