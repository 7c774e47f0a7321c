"""`trongtam serve`, `trongtam setup` and `trongtam load-sample`: run the app and prepare its database."""

from __future__ import annotations

import os
import secrets
import sys

import click

from ._django import django_setup


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Địa chỉ lắng nghe.")
@click.option("--port", default=8000, show_default=True, type=int, help="Cổng.")
@click.option("--workers", default=2, show_default=True, type=int, help="Số tiến trình gunicorn.")
@click.option("--dev", is_flag=True, help="Dùng máy chủ phát triển của Django (tự nạp lại mã).")
@click.option(
    "--jobs/--no-jobs",
    default=True,
    show_default=True,
    help="Chạy kèm tiến trình việc nền (db_worker); tắt khi nó chạy thành dịch vụ riêng.",
)
def serve(host: str, port: int, workers: int, dev: bool, jobs: bool) -> None:
    """Chạy ứng dụng web tại http://HOST:PORT."""
    django_setup()
    if jobs:
        from .worker import worker_start

        worker_start()
        click.echo("Đã chạy tiến trình việc nền (chuyển PDF, đọc văn bản lớn).")
    if dev:
        from django.core.management import call_command

        call_command("runserver", f"{host}:{port}")
        return
    from gunicorn.app.wsgiapp import run

    click.echo(f"trongtam đang chạy tại http://{host}:{port} (Ctrl+C để dừng)")
    sys.argv = [
        "gunicorn",
        "trongtam.config.wsgi:application",
        "--bind",
        f"{host}:{port}",
        "--workers",
        str(workers),
        "--access-logfile",
        "-",
        # Reading a long letter or converting to PDF can take longer than gunicorn's 30 s default.
        "--timeout",
        "180",
    ]
    run()


@click.command()
@click.option(
    "--admin", "admin_username", default="admin", show_default=True, help="Tên tài khoản quản trị đầu tiên."
)
@click.option("--sample/--no-sample", default=False, help="Nạp dữ liệu mẫu (Hữu Lũng 2024).")
def setup(admin_username: str, sample: bool) -> None:
    """Chuẩn bị cơ sở dữ liệu: di chuyển lược đồ, tạo quản trị viên đầu tiên, nạp dữ liệu mẫu."""
    django_setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    click.echo("Đã cập nhật cơ sở dữ liệu.")
    from trongtam.registry.organisations.areas import administrative_map_load

    loaded = administrative_map_load()
    total, added = (f"{n:,}".replace(",", ".") for n in (loaded.total, loaded.added))
    click.echo(
        f"Bản đồ hành chính từ 01/7/2025: {total} tỉnh, thành phố và xã, phường, đặc khu"
        + (f" (vừa nạp {added})." if loaded.added else ".")
    )
    user_model = get_user_model()
    if not user_model.objects.filter(is_superuser=True).exists():
        password = os.environ.get("TRONGTAM_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        user_model.objects.create_superuser(username=admin_username, password=password, email="")
        click.echo(
            f"Đã tạo quản trị viên: {admin_username} / {password}  (hãy đổi mật khẩu sau khi đăng nhập)"
        )
    if sample:
        _load_sample()


@click.command("load-sample")
def load_sample() -> None:
    """Nạp đợt đăng ký mẫu từ công văn của Thường trực HĐND huyện Hữu Lũng (01/12/2023)."""
    django_setup()
    _load_sample()


def _load_sample() -> None:
    from trongtam.registry.organisations.models import Role
    from trongtam.registry.sample import CURRENT_USERS, DEMO_PASSWORD, DEMO_USERS, sample_load

    result = sample_load(with_progress=True)
    state = "Đã nạp" if result.created else "Đã có sẵn"
    click.echo(f"{state} dữ liệu mẫu: {result.cycle.title} (lưu làm lịch sử).")
    if result.created:
        click.echo("Số liệu tiến độ của đợt mẫu là dữ liệu minh họa, được đánh dấu “Dữ liệu minh họa”.")
    roles = dict(Role.choices)
    click.echo(f"Tài khoản dùng thử, mật khẩu chung: {DEMO_PASSWORD}")
    click.echo("  Mở và chạy một đợt mới hôm nay (cơ quan từ 01/7/2025):")
    for username, (org, role, _name) in CURRENT_USERS.items():
        click.echo(f"    {username:14} {org} — {roles[role]}")
    click.echo("  Xem đợt năm 2024 của huyện Hữu Lũng (cơ quan đến 30/6/2025, chỉ còn là lịch sử):")
    for username, (org, role, _name) in DEMO_USERS.items():
        click.echo(f"    {username:14} {org} — {roles[role]}")
    _load_cascade_sample()


def _load_cascade_sample() -> None:
    from trongtam.registry.cascade.sample import INSPECTOR, USERS, cascade_sample_load
    from trongtam.registry.sample import CURRENT_USERS

    result = cascade_sample_load()
    state = "Đã nạp" if result.created else "Đã có sẵn"
    click.echo(
        f"{state} mẫu giao chỉ tiêu cho xã: {result.cycle.title} ({len(result.communes)} xã liên kết)."
    )
    click.echo("  Giao chỉ tiêu cho xã và tổng hợp từ xã (thêm các tài khoản xã):")
    for username, (org, _role, _name) in USERS.items():
        if username.startswith("xa-") and username not in CURRENT_USERS:
            click.echo(f"    {username:14} {org}")
    username, org, _name = INSPECTOR
    click.echo(f"    {username:14} {org} — kiểm tra, giám sát: chỉ đọc và ghi kiến nghị")
