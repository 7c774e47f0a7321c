"""The database commands end to end through `main()`: import, export, demo, and their one-line errors."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from tests.data import SEED_TXT


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    from trongtam.cli.main import main

    try:
        main(argv)
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out = capsys.readouterr()
    return code, out.out, out.err


def one_line_error(code: int, err: str) -> bool:
    return (
        code != 0 and err.startswith("Lỗi:") and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    )


@pytest.fixture
def seed() -> Path:
    return SEED_TXT


@pytest.fixture
def media(tmp_path: Path, settings: object) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"  # type: ignore[attr-defined]
    return tmp_path / "media"


def test_import_reads_the_seed_into_a_draft_proposal(
    cast: object, seed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from trongtam.registry.cycles.models import KeyTask, Proposal, Target

    cycle = cast.cycle  # type: ignore[attr-defined]
    code, out, err = run(["import", str(seed), "--cycle", str(cycle.pk), "--unit", "UBND"], capsys)
    assert code == 0, err
    proposal = Proposal.objects.get(cycle=cycle, unit=cast.other_unit)  # type: ignore[attr-defined]
    assert proposal.status == "draft"
    n_tasks = KeyTask.objects.filter(proposal=proposal, parent__isnull=True).count()
    n_targets = Target.objects.filter(key_task__proposal=proposal).count()
    assert n_tasks >= 15 and n_targets >= 10
    assert f"{n_tasks} nhiệm vụ" in out and f"{n_targets} chỉ tiêu" in out
    assert Target.objects.filter(key_task__proposal=proposal, unit="triệu đồng", value=195000).exists()

    # A second import without --user would make a second proposal: refused in one line.
    code, _, err = run(["import", str(seed), "--cycle", str(cycle.pk), "--unit", "UBND"], capsys)
    assert one_line_error(code, err) and "--user" in err


def test_import_as_unit_staff_replaces_the_draft_and_submits(
    cast: object, seed: Path, media: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from trongtam.registry.cycles.models import Proposal

    cycle = cast.cycle  # type: ignore[attr-defined]
    unit = cast.unit  # type: ignore[attr-defined]
    argv = ["import", str(seed), "--cycle", str(cycle.pk), "--unit", str(unit.pk), "--user", "hdnd"]
    assert run(argv, capsys)[0] == 0
    code, out, err = run([*argv, "--submit"], capsys)
    assert code == 0, err
    proposal = Proposal.objects.get(cycle=cycle, unit=unit)
    assert proposal.status == "submitted" and proposal.submitted_by.username == "hdnd"
    assert proposal.source_file and "đã gửi" in out

    # Another unit's staff may not import for this unit.
    code, _, err = run(
        ["import", str(seed), "--cycle", str(cycle.pk), "--unit", "UBND", "--user", "hdnd"], capsys
    )
    assert one_line_error(code, err)


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--cycle", "999999", "--unit", "UBND"], "đợt"),
        (["--cycle", "{cycle}", "--unit", "KHÔNG-CÓ"], "đơn vị"),
        (["--cycle", "{cycle}", "--unit", "987654"], "đơn vị"),
        (["--cycle", "{cycle}", "--unit", "TU"], "trùng"),
        (["--cycle", "{cycle}", "--unit", "UBND", "--user", "không-có-ai"], "tài khoản"),
        (["--cycle", "{cycle}", "--unit", "UBND", "--submit"], "--user"),
    ],
)
def test_import_errors_are_one_line(
    cast: object, seed: Path, capsys: pytest.CaptureFixture[str], args: list[str], needle: str
) -> None:
    cycle = cast.cycle  # type: ignore[attr-defined]
    argv = ["import", str(seed), *[a.replace("{cycle}", str(cycle.pk)) for a in args]]
    code, _, err = run(argv, capsys)
    assert one_line_error(code, err), err
    assert needle in err


def test_import_of_a_bad_or_missing_file_writes_nothing(
    cast: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from trongtam.registry.cycles.models import Proposal

    cycle = cast.cycle  # type: ignore[attr-defined]
    bad = tmp_path / "hong.docx"
    bad.write_bytes(b"PK\x03\x04 this is not a real docx")
    for path in (bad, tmp_path / "khong-co.docx"):
        code, _, err = run(["import", str(path), "--cycle", str(cycle.pk), "--unit", "UBND"], capsys)
        assert one_line_error(code, err), err
    assert not Proposal.objects.exists()


def test_export_json_and_xlsx(
    cast: object, seed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import openpyxl

    cycle = cast.cycle  # type: ignore[attr-defined]
    # Submitted: a draft is its unit's alone, and the export shows the list the office works on.
    imported = ["import", str(seed), "--cycle", str(cycle.pk), "--unit", "HĐND", "--user", "hdnd", "--submit"]
    assert run(imported, capsys)[0] == 0

    code, out, err = run(["export", str(cycle.pk), "--format", "json", "-o", "-"], capsys)
    assert code == 0, err
    data = json.loads(out)
    assert data["cycle"]["year"] == 2024 and data["cycle"]["request"] == "1292-CV/HU"
    first = data["tasks"][0]
    assert first["field"]["title"].startswith("LĨNH VỰC KINH TẾ")
    assert first["targets"][0]["value"] == "195000" and first["targets"][0]["unit"] == "triệu đồng"

    xlsx = tmp_path / "danh-muc.xlsx"
    code, out, err = run(["export", str(cycle.pk), "-o", str(xlsx)], capsys)
    assert code == 0, err
    sheet = openpyxl.load_workbook(xlsx).active
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    assert rows[0][:3] == ("STT", "Lĩnh vực", "Nhiệm vụ trọng tâm")
    assert any(r[8] == 195000 and r[10] == "triệu đồng" for r in rows[1:])

    code, _, err = run(["export", "424242", "-o", str(tmp_path / "x.json")], capsys)
    assert one_line_error(code, err) and "424242" in err
    code, _, err = run(["export", str(cycle.pk), "--format", "xlsx", "-o", "-"], capsys)
    assert one_line_error(code, err)


def test_demo_generates_marked_data_and_refuses_twice(db: object, capsys: pytest.CaptureFixture[str]) -> None:
    from trongtam.registry.cycles.models import Cycle, Target
    from trongtam.registry.organisations.models import Organisation
    from trongtam.registry.progress.models import Entry, Report, TargetAssessment

    code, out, err = run(
        ["demo", "--orgs", "3", "--years", "2", "--seed", "7", "--last-year", "2024"], capsys
    )
    assert code == 0, err
    assert "Đã tạo dữ liệu minh họa" in out
    cycles = Cycle.objects.order_by("year")
    assert [c.year for c in cycles] == [2023, 2024]
    assert all(c.title.startswith("[Minh họa]") for c in cycles)
    assert Organisation.objects.filter(name__startswith="[Minh họa]").count() == 6
    assert Target.objects.count() >= 2 * 3 * 3
    assert Report.objects.filter(is_demo=False).count() == 0 and Report.objects.count() == 2 * 3 * 14
    assert Entry.objects.filter(note="Dữ liệu minh họa").count() == Entry.objects.count() > 0
    assert TargetAssessment.objects.filter(period__kind="year").count() == Target.objects.count()

    values = sorted(Entry.objects.values_list("value", flat=True))
    code, _, err = run(["demo", "--orgs", "3", "--years", "2"], capsys)
    assert one_line_error(code, err) and "--replace" in err
    code, _, err = run(
        ["demo", "--orgs", "3", "--years", "2", "--seed", "7", "--last-year", "2024", "--replace"], capsys
    )
    assert code == 0, err
    assert sorted(Entry.objects.values_list("value", flat=True)) == values  # same seed, same data


def test_demo_for_the_current_year_reports_only_periods_already_due(db: object) -> None:
    from trongtam.registry.demo import demo_generate
    from trongtam.registry.progress.models import Report

    summary = demo_generate(orgs=2, years=1, last_year=2025, today=date(2025, 4, 1), assess=False)
    assert summary.cycles == 1 and summary.periods == 19
    # Months 1–3 are due by 17/1, 17/2 and 17/3; month 4 is not.
    assert sorted({r.period.label for r in Report.objects.all()}) == [
        "Tháng 1/2025",
        "Tháng 2/2025",
        "Tháng 3/2025",
    ]


def test_setup_with_the_sample_loads_the_map_and_prints_logins_that_can_run_a_cycle_today(
    db: object, capsys: pytest.CaptureFixture[str], media: Path
) -> None:
    from trongtam.registry.organisations.models import AdministrativeUnit

    code, out, err = run(["setup", "--sample"], capsys)
    assert code == 0, err
    assert AdministrativeUnit.objects.count() == 34 + 3321
    assert "3.355 tỉnh, thành phố và xã, phường, đặc khu" in out
    today, history = out.split("Xem đợt năm 2024")
    assert "xa-vanphong" in today and "Văn phòng Đảng ủy xã Hữu Lũng" in today and "tinh-lanhdao" in today
    assert "vanphong " in history and "xa-vanphong" not in history
