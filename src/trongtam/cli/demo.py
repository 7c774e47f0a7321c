"""`trongtam demo`: generate demo organisations, users, cycles, targets and progress, marked "[Minh họa]"."""

from __future__ import annotations

import time

import click

from ._django import django_setup
from .backup import progress_bar


@click.command()
@click.option("--orgs", default=10, show_default=True, type=click.IntRange(1, 500), help="Số đơn vị đề xuất.")
@click.option(
    "--years", default=3, show_default=True, type=click.IntRange(1, 20), help="Số năm (mỗi năm một đợt)."
)
@click.option(
    "--seed", default=0, show_default=True, type=int, help="Hạt giống ngẫu nhiên (cùng hạt, cùng dữ liệu)."
)
@click.option("--last-year", type=int, default=None, help="Năm của đợt cuối (mặc định: năm nay).")
@click.option("--replace", is_flag=True, help="Xóa dữ liệu minh họa đã có rồi tạo lại.")
@click.option("--no-assess", is_flag=True, help="Không tính sẵn kết quả đánh giá (nhanh hơn).")
def demo(orgs: int, years: int, seed: int, last_year: int | None, replace: bool, no_assess: bool) -> None:
    """Tạo dữ liệu minh họa: cơ quan, đơn vị, tài khoản, các đợt, nhiệm vụ, chỉ tiêu, kỳ báo cáo và số liệu.

    Mọi thứ được đánh dấu rõ: tên bắt đầu bằng “[Minh họa]”, tài khoản bắt đầu bằng “demo-”
    (mật khẩu chung: trongtam-demo), báo cáo gắn cờ “dữ liệu minh họa”.
    """
    django_setup()
    from trongtam.registry.demo import DEMO_PASSWORD, demo_generate

    started = time.perf_counter()
    with progress_bar("Đang tạo", per_label=True) as progress:
        summary = demo_generate(
            orgs=orgs,
            years=years,
            seed=seed,
            last_year=last_year,
            replace=replace,
            assess=not no_assess,
            progress=progress,
        )
    seconds = time.perf_counter() - started
    click.echo(
        f"Đã tạo dữ liệu minh họa trong {seconds:.1f} giây: {summary.organisations} cơ quan, đơn vị; "
        f"{summary.users} tài khoản; {summary.cycles} đợt; {summary.tasks} nhiệm vụ; {summary.targets} chỉ tiêu; "
        f"{summary.periods} kỳ; {summary.reports} báo cáo; {summary.entries} số liệu.".replace(".", ",", 1)
    )
    click.echo(f"Đăng nhập: demo-vanphong, demo-lanhdao, demo-dv001… — mật khẩu {DEMO_PASSWORD}")
