"""`trongtam eval structure`: whole documents read as a user uploads them, scored on their structure.

Prints the share of documents whose sections, tasks and sub-items come out exactly as expected, per
split (the test split frozen on its date counts), and for each miss the first differences.
"""

from __future__ import annotations

import click

from trongtam.core.evaluation.structure import BLIND_PARTS


@click.command("structure")
@click.option(
    "--split",
    type=click.Choice(["test", "dev", *BLIND_PARTS, "all"]),
    default="test",
    show_default=True,
    help="Phần kho văn bản được chấm (blind, blind2 …: các phần mù, kết quả mong đợi viết trước khi chạy bộ đọc).",
)
@click.option("--no-scans", is_flag=True, help="Bỏ qua các bản quét (OCR chậm, vài giây mỗi trang).")
def structure(split: str, no_scans: bool) -> None:
    """Chấm cấu trúc (phần, nhiệm vụ, mục con) của các văn bản mẫu: tỷ lệ văn bản đọc đúng hoàn toàn."""
    from trongtam.core.evaluation.structure import evaluate

    skip = (lambda entry: "scan" in entry["form"]) if no_scans else None
    report = evaluate(split, progress=lambda name: click.echo(f"  đọc {name}…", err=True), skip=skip)
    click.echo(f"Cấu trúc văn bản — phần {split} (tập test đóng băng ngày {report.frozen})")
    for r in report.results:
        mark = "đúng" if r.exact else "SAI "
        click.echo(f"  {mark}  {r.file:<48} {r.form:<14} {r.seconds:>6.2f} s")
        for d in r.differences:
            click.echo(f"          - {d}")
    exact = sum(r.exact for r in report.results)
    share = f"{report.exact_share * 100:.1f}".replace(".", ",")
    click.echo(f"Đúng hoàn toàn: {exact}/{len(report.results)} văn bản ({share}%)")
