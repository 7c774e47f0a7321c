"""One-file backup and restore of the whole installation: every table and every uploaded file.

A backup is a zip holding

    manifest.json                      format, versions, applied migrations, row counts, SHA-256 of every member
    manifest.sig                       HMAC-SHA256 of manifest.json under the installation's backup key
    data/<app_label>.<model>.jsonl     the rows of one model, Django's JSON-lines serialisation, ordered by id
    media/<path>                       the files under MEDIA_ROOT (uploaded letters, evidence, documents)

Every model is included but the sessions (a session key from a backup must not log anyone in): auth users
and groups, memberships, the simple_history tables, the admin log, content types and permissions (with their ids, so generic relations still point right).
Datetimes keep their microseconds (Django's own JSON encoder would cut them to milliseconds).

Restoring empties the database (it refuses a database that holds data unless ``force``), loads every row
with its id in one transaction, checks the foreign keys, resets PostgreSQL's sequences, then puts the media
files in place. Restoring into an empty database reproduces everything: same rows, same ids, same files.
The data is vendor-neutral, so a SQLite backup restores into PostgreSQL (and back).

The manifest is signed with a key kept in the data folder (``backup_key``, made on first use) or given on
the command line; a backup whose signature does not match — edited, even with its hashes recomputed — is
refused before anything is touched.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import os
import secrets
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, time
from pathlib import Path, PurePosixPath
from typing import IO, Any

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.management.color import no_style
from django.core.serializers.base import DeserializationError
from django.core.serializers.jsonl import Serializer as JsonlSerializer
from django.db import DEFAULT_DB_ALIAS, IntegrityError, connections, models, transaction
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from trongtam.core.errors import TrongtamError

FORMAT = "trongtam-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
KEY_FILE = "backup_key"
# Live sessions would let whoever holds the backup log in as anyone signed in when it was taken.
LEFT_OUT = frozenset({"sessions.session"})


def backup_key(given: str | None = None) -> bytes:
    """The key that signs and checks backups: ``given`` (command line), else the data folder's, made once."""
    if given:
        return given.encode("utf-8")
    path = Path(settings.DATA_DIR) / KEY_FILE
    if not path.exists():
        path.write_text(secrets.token_urlsafe(48), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip().encode("utf-8")


def _sign(data: bytes, key: bytes) -> str:
    return hmac.new(key, data, hashlib.sha256).hexdigest()


DATA_PREFIX = "data/"
MEDIA_PREFIX = "media/"
# Tables that `migrate` fills by itself; a database holding only these counts as empty.
MIGRATE_FILLED = frozenset({"contenttypes.contenttype", "auth.permission"})
CHUNK = 2000

Progress = Callable[[str, int, int], None]
"""progress(label, done, total): rows (or files) done so far out of the total."""


class BackupError(TrongtamError):
    """A backup cannot be written or restored; ``message_vi`` says why in one line."""


@dataclass(frozen=True)
class BackupSummary:
    path: Path
    models: int
    rows: int
    files: int
    size: int


@dataclass(frozen=True)
class RestoreSummary:
    models: int
    rows: int
    files: int
    created_at: str
    warnings: tuple[str, ...] = field(default=())


# ---------------------------------------------------------------------------------------------
# What is backed up


def backup_models(*, using: str = DEFAULT_DB_ALIAS) -> list[type[models.Model]]:
    """Every concrete, managed model whose table exists, parents before the models that point to them.

    Tables the database's own triggers keep (the cycle change stamps) are left out: restoring the rows they
    are derived from writes them again.
    """
    tables = set(connections[using].introspection.table_names())
    app_list: dict[Any, list[type[models.Model]] | None] = {}
    for app_config in apps.get_app_configs():
        chosen = [
            m
            for m in app_config.get_models()
            if m._meta.managed
            and not m._meta.proxy
            and m._meta.db_table in tables
            and not getattr(m, "derived_by_triggers", False)  # rebuilt by the database as rows come back
            and m._meta.label_lower not in LEFT_OUT
        ]
        if chosen:
            app_list[app_config] = chosen
    return list(serializers.sort_dependencies(app_list.items(), allow_cycles=True))


def model_key(model: type[models.Model]) -> str:
    return model._meta.label_lower


def database_is_empty(*, using: str = DEFAULT_DB_ALIAS) -> bool:
    """True when no table holds a row other than those `migrate` creates (content types, permissions)."""
    return not any(
        model._base_manager.using(using).exists()
        for model in backup_models(using=using)
        if model_key(model) not in MIGRATE_FILLED
    )


class _ExactSerializer(JsonlSerializer):
    """Django's JSON-lines serialiser, keeping the microseconds of datetimes and times."""

    def _value_from_field(self, obj: models.Model, field: Any) -> Any:
        value = field.value_from_object(obj)
        if isinstance(value, datetime | time):
            return value.isoformat()
        return super()._value_from_field(obj, field)  # type: ignore[misc]

    def end_object(self, obj: models.Model) -> None:
        # One write per row, encoded by json's C encoder (json.dump streams through the pure-Python one).
        line = json.dumps(self.get_dump_object(obj), **self.json_kwargs)
        self.stream.write(line + "\n")
        self._current = None


def _applied_migrations(using: str) -> list[list[str]]:
    recorder = MigrationRecorder(connections[using])
    return sorted([app, name] for app, name in recorder.applied_migrations())


# ---------------------------------------------------------------------------------------------
# Writing


def backup_write(
    *, path: Path, progress: Progress | None = None, using: str = DEFAULT_DB_ALIAS, key: bytes | None = None
) -> BackupSummary:
    """Write the whole database and MEDIA_ROOT to one zip file at ``path`` (replaced atomically), signed."""
    path = Path(path)
    if path.is_dir():
        raise BackupError(f"{path} is a directory", message_vi=f"“{path}” là một thư mục; hãy ghi tên tệp.")
    if not path.parent.is_dir():
        raise BackupError(
            f"{path.parent} does not exist",
            message_vi=f"Không có thư mục “{path.parent}” để ghi bản sao lưu.",
        )
    partial = path.with_name(path.name + ".part")
    connection = connections[using]
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
            # One transaction for a consistent picture of every table; on PostgreSQL a snapshot.
            outer = connection.in_atomic_block
            with transaction.atomic(using=using):
                if connection.vendor == "postgresql" and not outer:
                    with connection.cursor() as cursor:
                        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
                manifest = _write_tables(zf, using, progress)
            manifest["files"] = _write_media(zf, progress)
            manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
            zf.writestr(MANIFEST, manifest_bytes)
            zf.writestr(SIGNATURE, _sign(manifest_bytes, key or backup_key()))
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(
            f"cannot write {path}: {exc}",
            message_vi=f"Không ghi được bản sao lưu “{path}”: {exc.strerror or exc}.",
        ) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return BackupSummary(
        path=path,
        models=len(manifest["models"]),
        rows=sum(m["rows"] for m in manifest["models"].values()),
        files=len(manifest["files"]),
        size=path.stat().st_size,
    )


def _write_tables(zf: zipfile.ZipFile, using: str, progress: Progress | None) -> dict[str, Any]:
    import django

    from trongtam import __version__ as trongtam_version

    chosen = backup_models(using=using)
    counts = {model_key(m): m._base_manager.using(using).count() for m in chosen}
    total = sum(counts.values())
    done = 0
    entries: dict[str, dict[str, Any]] = {}
    for model in chosen:
        key = model_key(model)
        member = f"{DATA_PREFIX}{key}.jsonl"
        m2m = [f.name for f in model._meta.many_to_many if _through(f)._meta.auto_created]
        queryset = model._base_manager.using(using).order_by("pk")
        if m2m:
            queryset = queryset.prefetch_related(*m2m)
        digest = hashlib.sha256()
        rows = 0
        with zf.open(member, "w", force_zip64=True) as raw:
            stream = _HashingWriter(raw, digest)
            text = io.TextIOWrapper(stream, encoding="utf-8", newline="\n")  # type: ignore[type-var]
            for chunk in _chunks(queryset.iterator(chunk_size=CHUNK), CHUNK):
                _ExactSerializer().serialize(chunk, stream=text, ensure_ascii=False)
                rows += len(chunk)
                done += len(chunk)
                if progress:
                    progress(key, done, total)
            text.flush()
            text.detach()
        entries[key] = {"member": member, "rows": rows, "sha256": digest.hexdigest()}
    if progress:
        progress("", total, total)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": timezone.now().isoformat(),
        "trongtam_version": trongtam_version,
        "django_version": django.get_version(),
        "database_vendor": connections[using].vendor,
        "migrations": _applied_migrations(using),
        "models": entries,
    }


def _write_media(zf: zipfile.ZipFile, progress: Progress | None) -> dict[str, dict[str, Any]]:
    root = Path(settings.MEDIA_ROOT)
    files: dict[str, dict[str, Any]] = {}
    if not root.is_dir():
        return files
    paths = sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink())
    for i, p in enumerate(paths, start=1):
        rel = p.relative_to(root).as_posix()
        digest = hashlib.sha256()
        with p.open("rb") as fin, zf.open(MEDIA_PREFIX + rel, "w", force_zip64=True) as fout:
            for block in iter(lambda: fin.read(1 << 20), b""):
                digest.update(block)
                fout.write(block)
        files[rel] = {"size": p.stat().st_size, "sha256": digest.hexdigest()}
        if progress:
            progress("media", i, len(paths))
    return files


class _HashingWriter(io.RawIOBase):
    """A binary stream that hashes what passes through it on its way into a zip member."""

    def __init__(self, target: IO[bytes], digest: Any) -> None:
        self._target, self._digest = target, digest

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        view = bytes(data)
        self._digest.update(view)
        self._target.write(view)
        return len(view)


def _chunks(items: Iterator[models.Model], size: int) -> Iterator[list[models.Model]]:
    chunk: list[models.Model] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# ---------------------------------------------------------------------------------------------
# Reading and checking


def _corrupt(path: Path, why: str) -> BackupError:
    return BackupError(
        f"{path} is not a valid trongtam backup: {why}",
        message_vi=f"“{path.name}” không phải bản sao lưu trongtam hợp lệ: {why}.",
    )


def backup_manifest(*, path: Path, key: bytes | None = None) -> dict[str, Any]:
    """The manifest of a backup file, after checking its signature and that every member is intact."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path} not found", message_vi=f"Không tìm thấy tệp “{path}”.")
    try:
        with zipfile.ZipFile(path) as zf:
            return _check(zf, path, key or backup_key())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError) as exc:
        if isinstance(exc, BackupError):
            raise
        raise _corrupt(path, "tệp nén bị hỏng hoặc không phải tệp .zip") from exc


def _check(zf: zipfile.ZipFile, path: Path, key: bytes) -> dict[str, Any]:
    try:
        manifest_bytes = zf.read(MANIFEST)
    except KeyError:
        raise _corrupt(path, "thiếu manifest.json") from None
    try:
        signature = zf.read(SIGNATURE).decode("ascii", "replace").strip()
    except KeyError:
        raise _corrupt(path, "thiếu chữ ký (manifest.sig): bản sao lưu chưa được ký") from None
    if not hmac.compare_digest(signature, _sign(manifest_bytes, key)):
        raise BackupError(
            f"{path}: bad signature",
            message_vi=(
                f"Từ chối khôi phục “{path.name}”: chữ ký của bản sao lưu không khớp — tệp đã bị sửa sau khi "
                "sao lưu, hoặc được ký bằng khóa khác (khóa nằm ở tệp backup_key trong thư mục dữ liệu của "
                "máy đã sao lưu; đưa vào bằng --key)."
            ),
        )
    try:
        manifest = json.loads(manifest_bytes)
    except (ValueError, UnicodeDecodeError):
        raise _corrupt(path, "manifest.json không đọc được") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _corrupt(path, "không có dấu hiệu định dạng trongtam-backup")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise _corrupt(path, f"phiên bản định dạng {manifest.get('format_version')} chưa được hỗ trợ")
    names = set(zf.namelist())
    for label, entry in manifest.get("models", {}).items():
        if entry.get("member") not in names:
            raise _corrupt(path, f"thiếu dữ liệu của bảng {label}")
        if _sha256(zf, entry["member"]) != entry.get("sha256"):
            raise _corrupt(path, f"dữ liệu của bảng {label} đã bị thay đổi hoặc hỏng")
    for rel, entry in manifest.get("files", {}).items():
        _safe_media_path(rel, path)
        if MEDIA_PREFIX + rel not in names:
            raise _corrupt(path, f"thiếu tệp {rel}")
        if _sha256(zf, MEDIA_PREFIX + rel) != entry.get("sha256"):
            raise _corrupt(path, f"tệp {rel} đã bị thay đổi hoặc hỏng")
    return manifest


def _sha256(zf: zipfile.ZipFile, member: str) -> str:
    digest = hashlib.sha256()
    with zf.open(member) as fin:
        for block in iter(lambda: fin.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _safe_media_path(rel: str, path: Path) -> PurePosixPath:
    p = PurePosixPath(rel)
    if p.is_absolute() or ".." in p.parts or not p.parts or "\\" in rel:
        raise _corrupt(path, f"đường dẫn tệp không an toàn: {rel}")
    return p


# ---------------------------------------------------------------------------------------------
# Restoring


def backup_restore(
    *,
    path: Path,
    force: bool = False,
    progress: Progress | None = None,
    using: str = DEFAULT_DB_ALIAS,
    key: bytes | None = None,
) -> RestoreSummary:
    """Replace the database and MEDIA_ROOT with the backup's content.

    The schema must be migrated already (``trongtam restore`` runs ``migrate`` first). A database that holds
    data is refused unless ``force``. Everything is loaded in one transaction: on any error nothing changes.
    """
    path = Path(path)
    manifest = backup_manifest(path=path, key=key)
    warnings = _check_compatible(manifest, using)
    if not force and not database_is_empty(using=using):
        raise BackupError(
            "the database is not empty",
            message_vi=(
                "Cơ sở dữ liệu đã có dữ liệu; khôi phục sẽ xóa hết dữ liệu hiện có. "
                "Dùng --force nếu thật sự muốn thay thế."
            ),
        )
    by_key = {model_key(m): m for m in backup_models(using=using)}
    total = sum(int(e["rows"]) for e in manifest["models"].values())
    connection = connections[using]
    with zipfile.ZipFile(path) as zf:
        try:
            with transaction.atomic(using=using):
                _flush(using)
                loaded = 0
                m2m_rows: list[tuple[Any, list[tuple[Any, Any]]]] = []
                for label in [k for k in by_key if k in manifest["models"]]:
                    model = by_key[label]
                    loaded, links = _load_model(
                        zf, manifest["models"][label]["member"], model, using, loaded, total, progress
                    )
                    m2m_rows.extend(links)
                for through, pairs in m2m_rows:
                    through._base_manager.using(using).bulk_create(pairs, batch_size=CHUNK)
                connection.check_constraints()
                _reset_sequences(using, list(by_key.values()))
        except (DeserializationError, IntegrityError, ValueError, KeyError) as exc:
            raise _corrupt(path, f"không nạp được dữ liệu ({str(exc).splitlines()[0][:200]})") from exc
        files = _restore_media(zf, manifest, path, progress)
    # Content types are cached per process by id; the restored ids may differ from the ones cached.
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()
    return RestoreSummary(
        models=len(manifest["models"]),
        rows=total,
        files=files,
        created_at=str(manifest.get("created_at", "")),
        warnings=tuple(warnings),
    )


def _check_compatible(manifest: dict[str, Any], using: str) -> list[str]:
    known = set(MigrationLoader(connections[using], ignore_no_migrations=True).graph.nodes)
    backed = {(app, name) for app, name in manifest.get("migrations", [])}
    newer = sorted(f"{a}.{n}" for a, n in backed - known)
    if newer:
        raise BackupError(
            f"backup made by a newer version: {', '.join(newer[:3])}",
            message_vi=(
                "Bản sao lưu được tạo bởi phiên bản trongtam mới hơn (có di chuyển lược đồ "
                f"{', '.join(newer[:3])}); hãy cập nhật trongtam trước khi khôi phục."
            ),
        )
    models_now = {model_key(m) for m in backup_models(using=using)}
    unknown = sorted(set(manifest.get("models", {})) - models_now)
    if unknown:
        raise BackupError(
            f"unknown tables: {', '.join(unknown)}",
            message_vi=f"Bản sao lưu có bảng mà phiên bản này không có: {', '.join(unknown[:5])}.",
        )
    warnings = []
    applied_now = {tuple(x) for x in _applied_migrations(using)}
    if backed != applied_now:
        warnings.append("Bản sao lưu được tạo với lược đồ cũ hơn; các trường mới nhận giá trị mặc định.")
    return warnings


def _flush(using: str) -> None:
    connection = connections[using]
    tables = connection.introspection.django_table_names(only_existing=True, include_views=False)
    if connection.vendor == "postgresql":
        # TRUNCATE refuses tables with pending deferred foreign-key checks (rows written earlier in an
        # enclosing transaction): run those checks now.
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
    sql = connection.ops.sql_flush(no_style(), tables, reset_sequences=True, allow_cascade=False)
    connection.ops.execute_sql_flush(sql)


def _load_model(
    zf: zipfile.ZipFile,
    member: str,
    model: type[models.Model],
    using: str,
    loaded: int,
    total: int,
    progress: Progress | None,
) -> tuple[int, list[tuple[Any, list[Any]]]]:
    """Insert the rows of one model exactly as stored (no auto_now, no signals, no history records)."""
    connection = connections[using]
    fields = [f for f in model._meta.local_concrete_fields]
    m2m_fields = {f.name: f for f in model._meta.many_to_many if _through(f)._meta.auto_created}
    links: dict[str, list[Any]] = {name: [] for name in m2m_fields}
    batch: list[models.Model] = []

    def flush_batch() -> None:
        if not batch:
            return
        size = max(1, connection.ops.bulk_batch_size(fields, batch) or len(batch))
        for i in range(0, len(batch), size):
            manager: Any = model._base_manager.using(using)
            manager._insert(batch[i : i + size], fields=fields, using=using, raw=True)
        batch.clear()

    with zf.open(member) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8")
        for item in serializers.deserialize("jsonl", text, using=using, ignorenonexistent=True):
            obj = item.object
            if type(obj) is not model:
                raise ValueError(f"{member}: unexpected {obj._meta.label}")
            batch.append(obj)
            for name, pks in (item.m2m_data or {}).items():
                f = m2m_fields.get(name)
                if f is None:
                    continue
                through = _through(f)
                src, dst = f.m2m_field_name(), f.m2m_reverse_field_name()
                links[name].extend(through(**{f"{src}_id": obj.pk, f"{dst}_id": pk}) for pk in pks)
            loaded += 1
            if len(batch) >= CHUNK:
                flush_batch()
                if progress:
                    progress(model_key(model), loaded, total)
        flush_batch()
    if progress:
        progress(model_key(model), loaded, total)
    return loaded, [(_through(m2m_fields[name]), rows) for name, rows in links.items() if rows]


def _through(f: Any) -> Any:
    """The through model of a many-to-many field (typed loosely: django-stubs allows None)."""
    return f.remote_field.through


def _reset_sequences(using: str, chosen: list[type[models.Model]]) -> None:
    """Move PostgreSQL's id sequences past the restored ids (what `sqlsequencereset` prints)."""
    connection = connections[using]
    statements = connection.ops.sequence_reset_sql(no_style(), chosen)
    if statements:
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)


def _restore_media(
    zf: zipfile.ZipFile, manifest: dict[str, Any], path: Path, progress: Progress | None
) -> int:
    """Extract the files next to MEDIA_ROOT, then swap them in; a previous MEDIA_ROOT is kept aside, not deleted."""
    root = Path(settings.MEDIA_ROOT)
    root.parent.mkdir(parents=True, exist_ok=True)
    files = manifest.get("files", {})
    staging = Path(tempfile.mkdtemp(prefix=".media-restore-", dir=root.parent))
    try:
        for i, rel in enumerate(sorted(files), start=1):
            target = staging.joinpath(*_safe_media_path(rel, path).parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(MEDIA_PREFIX + rel) as fin, target.open("wb") as fout:
                shutil.copyfileobj(fin, fout, 1 << 20)
            if progress:
                progress("media", i, len(files))
        if root.exists():
            if any(root.iterdir()):
                stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
                root.rename(root.with_name(f"{root.name}.before-restore-{stamp}"))
            else:
                root.rmdir()
        staging.rename(root)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return len(files)


__all__ = [
    "BackupError",
    "BackupSummary",
    "RestoreSummary",
    "backup_manifest",
    "backup_models",
    "backup_restore",
    "backup_write",
    "database_is_empty",
]
