"""`trongtam render`: lay a letter out in the official format (state or Party), the same renderer the app uses."""

from __future__ import annotations

from pathlib import Path

import click

from trongtam.core.errors import TrongtamError


@click.group()
def render() -> None:
    """Trình bày văn bản theo thể thức (Nghị định 30/2020/NĐ-CP hoặc Hướng dẫn 36-HD/VPTW)."""


@render.command("letter")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Tệp .docx kết quả.",
)
@click.option(
    "--format",
    "fmt",
    default="state",
    show_default=True,
    help="Thể thức: state (Nghị định 30), party (Hướng dẫn 36) hoặc mã mẫu (nd30-2020, hd36-2018).",
)
@click.option("--pdf", "want_pdf", is_flag=True, help="Xuất thêm bản PDF (cần LibreOffice).")
@click.option("--issuer", default=None, help="Tên cơ quan ban hành, nếu văn bản gốc thiếu.")
@click.option("--parent-issuer", default=None, help="Tên cơ quan chủ quản / cấp trên, nếu cần in.")
@click.option(
    "--template",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Mẫu .docx (docxtpl) riêng.",
)
def letter(
    file: Path,
    output: Path,
    fmt: str,
    want_pdf: bool,
    issuer: str | None,
    parent_issuer: str | None,
    template: Path | None,
) -> None:
    """Đọc một công văn đăng ký (FILE: .docx, .pdf, .txt, .md) và trình bày lại theo thể thức.

    Các thành phần văn bản gốc thiếu (số, tên cơ quan...) được để trống cho văn thư điền, không tự đặt ra.
    """
    from trongtam.core.extraction import read_document
    from trongtam.core.rendering import docx_to_pdf, load_profile, registration_from_document
    from trongtam.core.rendering.documents import render_registration_letter

    try:
        profile = load_profile(fmt)
        doc = read_document(file)
        reg = registration_from_document(doc, profile=profile.id, issuer=issuer, parent_issuer=parent_issuer)
        data = render_registration_letter(reg, template=template)
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_bytes(data)
        tasks = sum(len(f.tasks) for f in reg.fields)
        click.echo(f"Đã ghi {output} ({profile.title}; {len(reg.fields)} lĩnh vực, {tasks} nhiệm vụ).")
        blanks = [
            label
            for label, value in (
                ("số văn bản", reg.issuance.number),
                ("tên cơ quan ban hành", reg.issuance.letterhead.issuer),
                ("ngày ban hành", reg.issuance.issued_on),
            )
            if not value
        ]
        if blanks:
            click.echo(f"Để trống cho văn thư điền: {', '.join(blanks)}.")
        if want_pdf:
            pdf_path = output.with_suffix(".pdf")
            pdf_path.write_bytes(docx_to_pdf(data))
            click.echo(f"Đã ghi {pdf_path}.")
    except TrongtamError as exc:
        raise click.ClickException(exc.message_vi) from exc


@render.command("template")
@click.option("--format", "fmt", default="state", show_default=True, help="state, party hoặc mã mẫu.")
@click.option("--report", is_flag=True, help="Mẫu có tên loại (báo cáo, thông báo) thay vì công văn.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path))
def template_command(fmt: str, report: bool, output: Path) -> None:
    """Ghi mẫu .docx (docxtpl) theo thể thức để cơ quan sửa thành mẫu riêng."""
    from trongtam.core.rendering import default_template, load_profile

    try:
        profile = load_profile(fmt)
        output.write_bytes(default_template(profile.id, letter=not report))
    except TrongtamError as exc:
        raise click.ClickException(exc.message_vi) from exc
    click.echo(f"Đã ghi mẫu {output} ({profile.title}).")


@render.command("profiles")
def profiles_command() -> None:
    """Liệt kê các mẫu thể thức có sẵn."""
    from trongtam.core.rendering import available_profiles, load_profile

    for pid in available_profiles():
        p = load_profile(pid)
        click.echo(f"{p.id}\t{p.kind}\t{p.title}")
