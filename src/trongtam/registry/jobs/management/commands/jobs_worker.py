"""`manage.py jobs_worker`: django-tasks' `db_worker` that first fails the jobs a killed worker left running.

A worker killed mid-job (SIGKILL, a crash, the machine restarting) cannot record anything; its jobs would
show "running" forever. Starting the next worker marks them failed with a Vietnamese message that says to
run them again (``jobs.services.jobs_reap``). Takes every option of `db_worker`.
"""

from __future__ import annotations

from typing import Any

from django_tasks_db.management.commands.db_worker import Command as DbWorkerCommand

from trongtam.registry.jobs.services import jobs_reap


class Command(DbWorkerCommand):
    help = "Chạy việc nền; trước hết đánh dấu thất bại các việc bị gián đoạn khi máy chủ khởi động lại."

    def handle(self, *args: Any, **options: Any) -> None:
        reaped = jobs_reap()
        if reaped:
            self.stderr.write(f"{reaped} việc bị gián đoạn đã được đánh dấu không thành công.")
        super().handle(*args, **options)
