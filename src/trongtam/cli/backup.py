"""`trongtam backup` and `trongtam restore`: the whole installation (database and uploaded files) in one file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from ._django import django_setup


@click.command()
@click.option(
    "-o",
    "--output",
    "output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    default=None,
    help="Tệp sao lưu sẽ ghi (mặc định: trongtam-NĂMTHÁNGNGÀY-GIỜPHÚT.zip trong thư mục hiện tại).",
)
@click.option(
    "--key",
    envvar="TRONGTAM_BACKUP_KEY",
    default=None,
    help="Khóa ký bản sao lưu (mặc định: tệp backup_key trong thư mục dữ liệu, tạo ở lần đầu).",
)
def backup(output: Path | None, key: str | None) -> None:
    """Sao lưu toàn bộ cơ sở dữ liệu và các tệp đã tải lên vào MỘT tệp .zip.

    Tệp gồm mọi bảng (tài khoản, thành viên, lịch sử thay đổi…) trừ phiên đăng nhập, và thư mục MEDIA;
    tệp được ký (HMAC) bằng khóa của máy. Khôi phục bằng `trongtam restore TỆP`.
    """
    django_setup()
    from django.utils import timezone

    from trongtam.registry.backup import backup_key, backup_write

    if output is None:
        output = Path(f"trongtam-{timezone.localtime():%Y%m%d-%H%M}.zip")
    with progress_bar("Đang sao lưu") as progress:
        summary = backup_write(path=output, progress=progress, key=backup_key(key))
    click.echo(
        f"Đã sao lưu {_count(summary.rows)} dòng của {summary.models} bảng và {summary.files} tệp "
        f"vào {summary.path} ({_size(summary.size)})."
    )


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Cho phép xóa dữ liệu đang có để thay bằng bản sao lưu.")
@click.option(
    "--key",
    envvar="TRONGTAM_BACKUP_KEY",
    default=None,
    help="Khóa đã ký bản sao lưu (mặc định: tệp backup_key trong thư mục dữ liệu, tạo ở lần đầu).",
)
def restore(file: Path, force: bool, key: str | None) -> None:
    """Khôi phục cơ sở dữ liệu và các tệp từ một bản sao lưu của `trongtam backup`.

    Cơ sở dữ liệu phải trống (mới tạo); nếu đã có dữ liệu, lệnh từ chối trừ khi có --force.
    Thư mục MEDIA cũ (nếu có) được giữ lại bên cạnh với tên media.before-restore-….
    """
    django_setup()
    from django.core.management import call_command

    from trongtam.registry.backup import backup_key, backup_manifest, backup_restore

    signing_key = backup_key(key)
    backup_manifest(path=file, key=signing_key)  # a damaged file is refused before the schema is touched
    if _pending_migrations():
        call_command("migrate", interactive=False, verbosity=0)
    with progress_bar("Đang khôi phục") as progress:
        summary = backup_restore(path=file, force=force, progress=progress, key=signing_key)
    for warning in summary.warnings:
        click.echo(f"Lưu ý: {warning}", err=True)
    click.echo(
        f"Đã khôi phục {_count(summary.rows)} dòng của {summary.models} bảng và {summary.files} tệp "
        f"(bản sao lưu lúc {_when(summary.created_at)})."
    )


def _pending_migrations() -> bool:
    from django.db import DEFAULT_DB_ALIAS, connections
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
    return bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))


def _count(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _when(iso: str) -> str:
    """The backup's time as dd/mm/yyyy hh:mm in the installation's time zone."""
    from datetime import datetime

    from django.utils import timezone

    try:
        return f"{timezone.localtime(datetime.fromisoformat(iso)):%d/%m/%Y %H:%M}"
    except ValueError:
        return iso


def _size(n: int) -> str:
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KB".replace(".", ",")
    return f"{n / 1024 / 1024:.1f} MB".replace(".", ",")


@contextmanager
def progress_bar(description: str, *, per_label: bool = False) -> Iterator[Callable[[str, int, int], None]]:
    """A rich progress bar on stderr, fed by ``progress(label, done, total)`` callbacks; silent when not a terminal.

    One bar for the rows (the label names the table being read) and one for the files; with ``per_label``
    one bar per label (the phases of the demo generator).
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[label]}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=True, disable=not console.is_terminal) as bar:
        tasks: dict[str, TaskID] = {}

        def report(label: str, done: int, total: int) -> None:
            group = "Tệp" if label == "media" else (label if per_label else description)
            if group not in tasks:
                tasks[group] = bar.add_task(group, total=total or 1, label="")
            bar.update(tasks[group], completed=done, total=total or 1, label=label)

        yield report
