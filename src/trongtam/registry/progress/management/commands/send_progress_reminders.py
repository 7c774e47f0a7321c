"""`manage.py send_progress_reminders`: send today's report reminders (run daily by a scheduler)."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from trongtam.registry.progress.reminders import reminders_send


class Command(BaseCommand):
    help = (
        "Gửi nhắc nhở báo cáo tiến độ trước và sau hạn (chạy hằng ngày; chạy lại trong ngày không gửi trùng)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="Chỉ liệt kê, không gửi.")
        parser.add_argument("--date", help="Coi hôm nay là ngày này (YYYY-MM-DD), để thử.")

    def handle(self, *args: Any, **options: Any) -> None:
        today = date.fromisoformat(options["date"]) if options.get("date") else None
        plan = reminders_send(today=today, dry_run=options["dry_run"])
        for r in plan:
            state = "sẽ gửi" if options["dry_run"] else ("đã gửi" if r.sent else "bỏ qua")
            self.stdout.write(
                f"{state}: {r.subject} → {', '.join(r.emails) or '(chỉ thông báo trong ứng dụng)'}"
            )
        self.stdout.write(f"Tổng cộng {len(plan)} nhắc nhở.")
