"""`trongtam remind`: send today's progress report reminders (e-mail and in-app), once a day."""

from __future__ import annotations

import click

from ._django import django_setup


@click.command()
@click.option("--dry-run", is_flag=True, help="Chỉ liệt kê các nhắc nhở sẽ gửi, không gửi.")
def remind(dry_run: bool) -> None:
    """Nhắc các đơn vị gửi báo cáo tiến độ trước và sau hạn (chạy hằng ngày; chạy lại không gửi trùng)."""
    django_setup()
    from trongtam.registry.progress.reminders import reminders_send

    plan = reminders_send(dry_run=dry_run)
    for r in plan:
        state = "Sẽ gửi" if dry_run else ("Đã gửi" if r.sent else "Bỏ qua")
        to = ", ".join(r.emails) or "chỉ thông báo trong ứng dụng"
        click.echo(f"{state}: {r.subject} → {to}")
    click.echo(f"Tổng cộng {len(plan)} nhắc nhở.")
