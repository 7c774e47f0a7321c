"""Backup and restore: restoring into an empty database reproduces every row, id and uploaded file.

Runs on whichever database the suite uses (SQLite by default, PostgreSQL with DATABASE_URL).
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest


@pytest.fixture
def media(tmp_path: Path, settings: object) -> Path:
    root = tmp_path / "media"
    root.mkdir()
    settings.MEDIA_ROOT = root  # type: ignore[attr-defined]
    return root


def _fingerprint() -> dict[str, tuple[int, str]]:
    """Per table: the row count and a hash of every column of every row (through tables without their id)."""
    from django.apps import apps
    from django.db import connection

    tables = set(connection.introspection.table_names())
    out: dict[str, tuple[int, str]] = {}
    for model in apps.get_models(include_auto_created=True):
        if not model._meta.managed or model._meta.proxy or model._meta.db_table not in tables:
            continue
        names = [f.attname for f in model._meta.concrete_fields]
        if model._meta.auto_created:
            names = [n for n in names if n != model._meta.pk.attname]
        digest = hashlib.sha256()
        rows = list(model._base_manager.order_by(*names).values_list(*names))
        for row in rows:
            digest.update(repr(row).encode())
        out[model._meta.label_lower] = (len(rows), digest.hexdigest())
    return out


def _populate(cast: object, seed_document: object) -> None:
    from django.contrib.auth import get_user_model
    from django.core.files.base import ContentFile

    from trongtam.registry.cycles.services import proposal_create, proposal_import_document, target_create
    from trongtam.registry.progress.services import period_generate_defaults

    proposal = proposal_create(cycle=cast.cycle, unit=cast.unit, source_name="seed.txt")  # type: ignore[attr-defined]
    tasks = proposal_import_document(proposal=proposal, document=seed_document)  # type: ignore[arg-type]
    target_create(key_task=tasks[0], indicator="tỷ lệ hộ nghèo", value=Decimal("1.25"), unit="%", op="<=")
    tasks[0].lead_units.set([cast.unit, cast.other_unit])  # type: ignore[attr-defined]
    proposal.source_file.save("thư đề xuất.txt", ContentFile("Tổng thu 195.000 triệu đồng.".encode()))
    period_generate_defaults(cycle=cast.cycle)  # type: ignore[attr-defined]
    user = get_user_model().objects.get(username="hdnd")
    user.first_name = "Nguyễn Văn Á"
    user.save()
    # Progress, assessments and approved versions, from the demo generator.
    from trongtam.registry.demo import demo_generate

    demo_generate(orgs=2, years=1, last_year=2024, today=date(2025, 2, 1))


@pytest.mark.django_db(transaction=True)
def test_backup_then_restore_into_an_empty_database_reproduces_everything(
    cast: object, seed_document: object, media: Path, tmp_path: Path
) -> None:
    from django.core.management import call_command

    from trongtam.registry.backup import backup_restore, backup_write, database_is_empty
    from trongtam.registry.cycles.models import Cycle, KeyTask, Proposal, Target

    _populate(cast, seed_document)
    before = _fingerprint()
    files_before = {p.relative_to(media).as_posix(): p.read_bytes() for p in media.rglob("*") if p.is_file()}
    assert files_before, "the test needs an uploaded file"
    assert before["cycles.historicaltarget"][0] > 0 and before["auth.user"][0] == 4 + 4
    assert before["cycles.keytask_lead_units"][0] > 2
    assert before["progress.entry"][0] > 0 and before["progress.targetassessment"][0] > 0

    out = tmp_path / "backup.zip"
    summary = backup_write(path=out)
    assert summary.rows > 300 and summary.models > 20
    assert summary.files == len(files_before)

    call_command("flush", interactive=False, verbosity=0)
    for p in media.iterdir():
        p.rename(tmp_path / f"gone-{p.name}")
    assert database_is_empty()
    assert not Cycle.objects.exists()

    restored = backup_restore(path=out)
    assert restored.files == len(files_before)
    after = _fingerprint()
    # The cycle change stamps are not backed up; the database's triggers write them again as rows return
    # (new random tokens): every restored cycle has one, and so has stamp 0 (the organisations).
    from trongtam.registry.progress.models import CycleStamp

    after.pop("progress.cyclestamp"), before.pop("progress.cyclestamp")
    stamped = set(CycleStamp.objects.values_list("cycle_id", flat=True))
    assert set(Cycle.objects.values_list("id", flat=True)) | {0} <= stamped
    assert after == before
    files_after = {p.relative_to(media).as_posix(): p.read_bytes() for p in media.rglob("*") if p.is_file()}
    assert files_after == files_before

    # Ids are kept and new rows continue after them (PostgreSQL sequences were reset).
    proposal = Proposal.objects.get()
    assert proposal.source_file.read().decode() == "Tổng thu 195.000 triệu đồng."
    from trongtam.registry.cycles.services import key_task_create, target_create

    new = key_task_create(cycle=proposal.cycle, text="Nhiệm vụ mới sau khôi phục")
    assert new.pk > max(KeyTask.objects.exclude(pk=new.pk).values_list("pk", flat=True))
    t = target_create(key_task=new, indicator="số xã đạt chuẩn", value=Decimal(3), unit="xã")
    assert t.pk > max(Target.objects.exclude(pk=t.pk).values_list("pk", flat=True))
    assert new.history.count() == 1


@pytest.mark.django_db(transaction=True)
def test_restore_refuses_a_database_with_data_unless_forced(
    cast: object, seed_document: object, media: Path, tmp_path: Path
) -> None:
    from trongtam.registry.backup import BackupError, backup_restore, backup_write
    from trongtam.registry.cycles.models import Cycle
    from trongtam.registry.cycles.services import cycle_create

    out = tmp_path / "backup.zip"
    backup_write(path=out)
    cycle_create(owner=cast.board, year=2025)  # type: ignore[attr-defined]
    with pytest.raises(BackupError) as info:
        backup_restore(path=out)
    assert "--force" in info.value.message_vi
    assert Cycle.objects.count() == 2
    backup_restore(path=out, force=True)
    assert Cycle.objects.count() == 1
    assert Cycle.objects.get().year == 2024


def test_a_corrupt_backup_is_refused_with_one_line(tmp_path: Path, media: Path, db: object) -> None:
    from trongtam.registry.backup import BackupError, backup_manifest, backup_write

    good = tmp_path / "good.zip"
    backup_write(path=good)
    manifest = json.loads(zipfile.ZipFile(good).read("manifest.json"))

    not_zip = tmp_path / "not.zip"
    not_zip.write_bytes(b"PK\x03\x04 not really a zip")
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(tampered, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == manifest["models"]["auth.user"]["member"]:
                data += b'{"model": "auth.user", "pk": 999, "fields": {}}\n'
            zout.writestr(item, data)
    no_manifest = tmp_path / "other.zip"
    with zipfile.ZipFile(no_manifest, "w") as z:
        z.writestr("hello.txt", "xin chào")

    for bad in (not_zip, truncated, tampered, no_manifest, tmp_path / "missing.zip"):
        with pytest.raises(BackupError) as info:
            backup_manifest(path=bad)
        assert "\n" not in info.value.message_vi


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    from trongtam.cli.main import main

    try:
        main(argv)
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.django_db(transaction=True)
def test_cli_backup_and_restore_commands(
    tmp_path: Path, media: Path, cast: object, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sao-luu.zip"
    code, stdout, _ = _run(["backup", "-o", str(out)], capsys)
    assert code == 0 and "Đã sao lưu" in stdout and out.is_file()

    code, _, err = _run(["restore", str(out)], capsys)
    assert code != 0
    assert "--force" in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err

    code, stdout, _ = _run(["restore", str(out), "--force"], capsys)
    assert code == 0 and "Đã khôi phục" in stdout

    bad = tmp_path / "hong.zip"
    bad.write_bytes(out.read_bytes()[:500])
    code, _, err = _run(["restore", str(bad), "--force"], capsys)
    assert code != 0 and err.startswith("Lỗi:") and len(err.strip().splitlines()) == 1


def test_restored_decimals_and_dates_are_exact(cast: object, media: Path, tmp_path: Path) -> None:
    from trongtam.registry.backup import backup_restore, backup_write
    from trongtam.registry.cycles.models import Cycle, Target
    from trongtam.registry.cycles.services import key_task_create, target_create

    task = key_task_create(cycle=cast.cycle, text="Thu ngân sách", deadline=date(2024, 12, 31))  # type: ignore[attr-defined]
    target_create(key_task=task, indicator="thu", value=Decimal("195000.123456"), unit="triệu đồng")
    created = Cycle.objects.get().created_at
    out = tmp_path / "b.zip"
    backup_write(path=out)
    backup_restore(path=out, force=True)
    assert Target.objects.get().value == Decimal("195000.123456")
    assert Cycle.objects.get().created_at == created  # microseconds kept
    text = zipfile.ZipFile(out).read("data/cycles.cycle.jsonl").decode()
    assert io.StringIO(text).readline().count("created_at") == 1


@pytest.mark.django_db(transaction=True)
def test_a_backup_leaves_the_sessions_out(tmp_path: Path, media: Path, cast: object) -> None:
    from django.contrib.sessions.backends.db import SessionStore

    from trongtam.registry.backup import backup_write

    session = SessionStore()
    session["_auth_user_id"] = str(cast.leader.pk)  # type: ignore[attr-defined]
    session.create()
    out = tmp_path / "sao-luu.zip"
    backup_write(path=out)
    with zipfile.ZipFile(out) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        everything = b"".join(zf.read(name) for name in zf.namelist())
    assert "sessions.session" not in manifest["models"]
    assert session.session_key.encode() not in everything


def test_an_edited_backup_with_recomputed_hashes_is_refused(
    tmp_path: Path, media: Path, cast: object
) -> None:
    from trongtam.registry.backup import BackupError, backup_manifest, backup_write

    good = tmp_path / "good.zip"
    backup_write(path=good)
    manifest = json.loads(zipfile.ZipFile(good).read("manifest.json"))
    member = manifest["models"]["auth.user"]["member"]
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(forged, "w") as zout:
        rows = zin.read(member) + (
            b'{"model": "auth.user", "pk": 999, "fields": {"username": "ke-gian", "is_superuser": true, '
            b'"is_staff": true, "password": "x"}}\n'
        )
        manifest["models"]["auth.user"]["sha256"] = hashlib.sha256(rows).hexdigest()
        manifest["models"]["auth.user"]["rows"] += 1
        for item in zin.infolist():
            if item.filename == member:
                zout.writestr(item, rows)
            elif item.filename == "manifest.json":
                zout.writestr(item, json.dumps(manifest, ensure_ascii=False, indent=1))
            else:
                zout.writestr(item, zin.read(item.filename))
    with pytest.raises(BackupError) as info:
        backup_manifest(path=forged)
    assert "chữ ký của bản sao lưu không khớp" in info.value.message_vi
    # The untouched backup passes; under another key it does not.
    assert backup_manifest(path=good)["models"]
    with pytest.raises(BackupError):
        backup_manifest(path=good, key=b"khoa-khac")


def test_the_cli_signs_with_the_key_given_and_restore_needs_the_same(
    tmp_path: Path, media: Path, cast: object, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sao-luu.zip"
    code, _, _ = _run(["backup", "-o", str(out), "--key", "khoa-bi-mat-cua-tinh"], capsys)
    assert code == 0
    code, _, err = _run(["restore", str(out), "--force"], capsys)
    assert code != 0 and "chữ ký" in err and "Traceback" not in err
