"""`trongtam import FILE --cycle ID --unit ĐƠN_VỊ`: a unit's letter read into its draft proposal in a cycle."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ._django import django_setup


@click.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--cycle", "cycle_id", required=True, type=int, help="Số (id) của đợt đăng ký.")
@click.option("--unit", "unit_ref", required=True, help="Đơn vị đề xuất: id hoặc ký hiệu (HĐND, UBND…).")
@click.option(
    "--user",
    "username",
    default=None,
    help="Tài khoản cán bộ của đơn vị; nhập với quyền của tài khoản này (thay bản nháp cũ nếu có).",
)
@click.option("--submit", is_flag=True, help="Gửi đề xuất cho văn phòng ngay sau khi nhập (cần --user).")
def import_(file: Path, cycle_id: int, unit_ref: str, username: str | None, submit: bool) -> None:
    """Đọc văn bản đề xuất (.docx, .pdf, .txt, .md, .doc, ảnh quét .png, .jpg, .tif) thành đề xuất (bản nháp) của đơn vị trong đợt.

    Không có --user: nhập với tư cách người quản trị hệ thống, chỉ khi đơn vị chưa có đề xuất trong đợt.
    Có --user: như cán bộ đơn vị tải văn bản lên giao diện web (kiểm tra quyền, lưu cả tệp gốc).
    Mọi thứ ghi trong một giao dịch: văn bản đọc lỗi thì không ghi gì.
    """
    if submit and not username:
        raise click.UsageError("--submit cần --user TÊN (tài khoản cán bộ đơn vị) để ghi nhận người gửi.")
    if not file.is_file():
        raise click.ClickException(f"Không tìm thấy tệp “{file}”.")
    content = file.read_bytes()
    django_setup()
    from django.db import transaction

    cycle = _cycle(cycle_id)
    unit = _unit(unit_ref, cycle)
    with transaction.atomic():
        if username:
            proposal = _as_user(cycle, unit, username, content, file.name, submit)
        else:
            proposal = _as_operator(cycle, unit, content, file.name)
    _print_summary(proposal)


def _cycle(cycle_id: int) -> Any:
    from trongtam.registry.cycles.models import Cycle

    cycle = Cycle.objects.select_related("owner").filter(pk=cycle_id).first()
    if cycle is None:
        raise click.ClickException(f"Không có đợt đăng ký số {cycle_id}.")
    return cycle


def _unit(ref: str, cycle: Any) -> Any:
    """An organisation by id, or by code or name — preferring the units invited to the cycle."""
    from trongtam.core.text.normalize import match_key
    from trongtam.registry.organisations.models import Organisation

    ref = ref.strip()
    if ref.isdigit():
        org = Organisation.objects.filter(pk=int(ref)).first()
        if org is None:
            raise click.ClickException(f"Không có đơn vị số {ref}.")
        return org
    key = match_key(ref)
    every = [o for o in Organisation.objects.all() if key in (match_key(o.code), match_key(o.name))]
    invited = {o.pk for o in cycle.invited_units.all()}
    found = [o for o in every if o.pk in invited] or every
    if not found:
        raise click.ClickException(f"Không có đơn vị nào có ký hiệu hoặc tên “{ref}”.")
    if len(found) > 1:
        names = "; ".join(f"{o.pk}: {o.name}" for o in found[:5])
        raise click.ClickException(
            f"Ký hiệu “{ref}” trùng nhiều đơn vị ({names}); hãy ghi số (id) của đơn vị."
        )
    return found[0]


def _as_user(cycle: Any, unit: Any, username: str, content: bytes, name: str, submit: bool) -> Any:
    from django.contrib.auth import get_user_model

    from trongtam.registry.cycles.proposals import proposal_submit, proposal_upload

    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        raise click.ClickException(f"Không có tài khoản “{username}”.")
    proposal = proposal_upload(cycle=cycle, unit=unit, user=user, content=content, filename=name)
    if submit:
        proposal = proposal_submit(proposal=proposal, user=user)
    return proposal


def _as_operator(cycle: Any, unit: Any, content: bytes, name: str) -> Any:
    from trongtam.core.extraction import read_document
    from trongtam.registry.cycles.models import Proposal
    from trongtam.registry.cycles.services import proposal_create, proposal_import_document

    if cycle.status not in ("draft", "open"):
        raise click.ClickException(
            f"Đợt “{cycle.title}” không còn nhận đề xuất (trạng thái: {cycle.get_status_display()})."
        )
    existing = Proposal.objects.filter(cycle=cycle, unit=unit).order_by("-id").first()
    if existing is not None:
        raise click.ClickException(
            f"{unit.name} đã có đề xuất số {existing.pk} trong đợt ({existing.get_status_display()}); "
            "dùng --user TÊN để tải lại thay bản nháp."
        )
    document = read_document(content, name=name, context="plan")
    proposal = proposal_create(cycle=cycle, unit=unit, source_name=name)
    proposal_import_document(proposal=proposal, document=document)
    return proposal


def _print_summary(proposal: Any) -> None:
    from django.db.models import Count
    from rich.console import Console
    from rich.table import Table

    from trongtam.registry.cycles.models import KeyTask, Target

    tasks = KeyTask.objects.filter(proposal=proposal).select_related("field").order_by("field__order", "id")
    top = [t for t in tasks if t.parent_id is None]
    targets = Target.objects.filter(key_task__proposal=proposal).count()
    console = Console(highlight=False)
    state = proposal.get_status_display().lower()
    console.print(
        f"Đã nhập “{proposal.source_name}” thành đề xuất số {proposal.pk} ({state}) của {proposal.unit.name}: "
        f"{len(top)} nhiệm vụ, {len(tasks) - len(top)} ý nhỏ, {targets} chỉ tiêu."
    )
    table = Table(title=None, show_lines=False)
    table.add_column("Lĩnh vực")
    table.add_column("Nhiệm vụ", justify="right")
    table.add_column("Chỉ tiêu", justify="right")
    by_field: dict[str, list[int]] = {}
    target_counts = dict(
        Target.objects.filter(key_task__proposal=proposal).values_list("key_task_id").annotate(n=Count("id"))
    )
    for t in tasks:
        label = t.field.title if t.field else "(không có lĩnh vực)"
        row = by_field.setdefault(label, [0, 0])
        row[0] += 1 if t.parent_id is None else 0
        row[1] += target_counts.get(t.pk, 0)
    for label, (n_tasks, n_targets) in by_field.items():
        table.add_row(label, str(n_tasks), str(n_targets))
    console.print(table)
