"""`manage.py generate_progress_demo`: a year of demo progress ("Dữ liệu minh họa") for a cycle."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from trongtam.registry.cycles.models import Cycle
from trongtam.registry.progress.demo import progress_demo_generate


class Command(BaseCommand):
    help = (
        "Sinh số liệu tiến độ minh họa (cả năm, theo tháng) cho một đợt; mặc định là đợt mẫu Hữu Lũng 2024."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--cycle", type=int, help="Mã (id) của đợt; bỏ trống: đợt mẫu.")
        parser.add_argument(
            "--seed", type=int, default=0, help="Hạt giống ngẫu nhiên (cùng hạt giống, cùng số liệu)."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options.get("cycle"):
            cycle = Cycle.objects.filter(pk=options["cycle"]).first()
        else:
            from trongtam.registry.sample import CYCLE_TITLE

            cycle = Cycle.objects.filter(title=CYCLE_TITLE).first()
        if cycle is None:
            raise CommandError("Không tìm thấy đợt (hãy chạy `trongtam load-sample` trước).")
        result = progress_demo_generate(cycle=cycle, seed=options["seed"])
        self.stdout.write(
            f"Đã sinh dữ liệu minh họa cho «{cycle.title}»: {result.reports} báo cáo, "
            f"{result.entries} số liệu, {result.targets} chỉ tiêu."
        )
