"""`trongtam document`: issue one of a cycle's official documents from the data, as .docx (and .pdf)."""

from __future__ import annotations

from pathlib import Path

import click

from ._django import django_setup

KINDS = {
    "dang-ky": "registration",
    "danh-muc": "task_list",
    "bao-cao": "progress",
    "danh-gia": "assessment",
    "don-doc": "reminder",
}


@click.command()
@click.argument("cycle_id", type=int)
@click.argument("kind", type=click.Choice(sorted(KINDS)))
@click.option("--user", "username", required=True, help="Tài khoản ban hành (quyền như trên giao diện web).")
@click.option(
    "--unit", "unit_id", type=int, default=None, help="Đơn vị (id): công văn đăng ký, báo cáo của đơn vị."
)
@click.option(
    "--period", "period_id", type=int, default=None, help="Kỳ báo cáo (id): báo cáo, đánh giá, đôn đốc."
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True, help="Tệp .docx ra."
)
@click.option("--pdf", "with_pdf", is_flag=True, help="Ghi thêm bản .pdf bên cạnh (cần LibreOffice).")
def document(
    cycle_id: int,
    kind: str,
    username: str,
    unit_id: int | None,
    period_id: int | None,
    output: Path,
    with_pdf: bool,
) -> None:
    """Ban hành văn bản của đợt từ dữ liệu: dang-ky, danh-muc, bao-cao, danh-gia, don-doc.

    Văn bản được lấy số từ sổ đăng ký của cơ quan ban hành, lưu trong hệ thống và ghi ra OUTPUT.
    """
    django_setup()
    from django.contrib.auth import get_user_model
    from django.core.exceptions import PermissionDenied

    from trongtam.registry.cycles.selectors import cycle_get_for_user
    from trongtam.registry.documents.services import document_docx, document_issue, document_pdf
    from trongtam.registry.organisations.models import Organisation
    from trongtam.registry.progress.models import Period

    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        raise click.ClickException(f"Không có tài khoản “{username}”.")
    try:
        cycle = cycle_get_for_user(user=user, cycle_id=cycle_id)
    except Exception as exc:
        raise click.ClickException(
            f"Không tìm thấy đợt đăng ký {cycle_id} (hoặc {username} không được xem)."
        ) from exc
    unit = Organisation.objects.filter(id=unit_id).first() if unit_id else None
    if unit_id and unit is None:
        raise click.ClickException(f"Không có đơn vị {unit_id}.")
    period = Period.objects.filter(id=period_id, cycle=cycle).first() if period_id else None
    if period_id and period is None:
        raise click.ClickException(f"Đợt {cycle_id} không có kỳ báo cáo {period_id}.")
    try:
        issued = document_issue(cycle=cycle, kind=KINDS[kind], user=user, unit=unit, period=period)
    except PermissionDenied as exc:
        raise click.ClickException(str(exc) or "Không có quyền ban hành văn bản này.") from exc
    output.write_bytes(document_docx(document=issued))
    click.echo(f"Đã ban hành {issued.number_line}: {output}")
    if with_pdf:
        pdf_path = output.with_suffix(".pdf")
        pdf_path.write_bytes(document_pdf(document=issued))
        click.echo(f"Bản PDF: {pdf_path}")
