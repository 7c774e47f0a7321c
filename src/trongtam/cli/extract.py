"""`trongtam extract`: read a document and print its header, sections, tasks, targets and warnings.

Pure core, no Django: it works on a machine without a database. Bad input prints one line naming
the file and the problem on stderr and exits non-zero; it never shows a traceback.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, TextIO

import click

from trongtam.core.errors import TrongtamError
from trongtam.core.letter import Document, Target, Task


def _fail(message: str, code: int = 2) -> None:
    click.echo(message, err=True)
    raise SystemExit(code)


@click.command("extract")
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="In mô hình văn bản dạng JSON.")
@click.option(
    "--batch",
    "batch",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Tệp JSONL đầu vào: mỗi dòng {id, text, kind?}; ra mỗi dòng {id, targets}.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Tệp ghi kết quả.")
@click.option(
    "--kind",
    type=click.Choice(["plan", "report"]),
    default=None,
    help="Loại văn bản: plan (kế hoạch/đăng ký) hoặc report (báo cáo); mặc định tự nhận biết.",
)
def extract(
    file: Path | None, as_json: bool, batch: Path | None, output: Path | None, kind: str | None
) -> None:
    """Đọc văn bản (.docx, .pdf, .txt, .md, .doc, ảnh quét .png, .jpg, .tif) và in nhiệm vụ, chỉ tiêu của nó."""
    if batch is not None:
        _run_batch(batch, output)
        return
    if file is None:
        _fail("Lỗi: cần chỉ ra tệp văn bản (trongtam extract TỆP) hoặc --batch TỆP.jsonl.")
        return
    from trongtam.core.extraction import read_document
    from trongtam.core.reading import ReadLimits

    _quiet_parsers()
    # A scanned page takes seconds to read: one line per page on stderr says the command is working.
    limits = ReadLimits(progress=lambda line: click.echo(line, err=True))
    try:
        document = read_document(file, kind=kind, limits=limits)  # type: ignore[arg-type]
    except TrongtamError as exc:
        _fail(f"Lỗi: {exc.message_vi}")
        return
    except Exception as exc:  # a bug must still not show a traceback to an office user
        _fail(f"Lỗi: không xử lý được tệp “{file.name}” ({type(exc).__name__}: {exc}).", 1)
        return
    if as_json:
        text = json.dumps(document.to_dict(), ensure_ascii=False, indent=2)
        _write(text + "\n", output)
        return
    if output is not None:
        with output.open("w", encoding="utf-8") as fh:
            _print_summary(document, fh)
    else:
        _print_summary(document, None)


def _quiet_parsers() -> None:
    """PDF parsers log every oddity of a damaged file; the user gets one line from us instead."""
    import logging
    import warnings

    for logger in ("pdfminer", "pypdf", "pdfplumber"):
        logging.getLogger(logger).setLevel(logging.CRITICAL)
    warnings.filterwarnings("ignore", module="pypdf")


def _write(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")


def _run_batch(path: Path, output: Path | None) -> None:
    try:
        from trongtam.core.extraction.batch import extract_batch
    except ImportError:
        _fail("Lỗi: chưa có bộ trích xuất chỉ tiêu theo lô (trongtam.core.extraction.batch).", 1)
        return
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        _fail(f"Lỗi: không tìm thấy tệp “{path.name}”.")
        return
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"Lỗi: không đọc được tệp “{path.name}” ({exc}).")
        return
    try:
        results = [
            r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)
            for r in extract_batch(raw.splitlines())
        ]
    except TrongtamError as exc:
        _fail(f"Lỗi: tệp “{path.name}”: {exc.message_vi}")
        return
    except Exception as exc:
        _fail(f"Lỗi: không trích xuất được chỉ tiêu từ “{path.name}” ({type(exc).__name__}: {exc}).", 1)
        return
    _write("".join(r.rstrip("\n") + "\n" for r in results), output)


# ---------------------------------------------------------------------------------------------
# The readable summary


def _num(value: Any) -> str:
    """A Decimal written the Vietnamese way: 195.000; 16,6."""
    if value is None:
        return ""
    s = format(value, "f")
    if "." in s:
        whole, frac = s.split(".")
        frac = frac.rstrip("0")
    else:
        whole, frac = s, ""
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = sign + ".".join(groups)
    return f"{out},{frac}" if frac else out


def _num_pct(value: float) -> str:
    return f"{value:.1f}".replace(".", ",") + "%"


_OPS = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=", "~": "≈"}


def _target_line(t: Target) -> str:
    if t.op == "range":
        value = f"{_num(t.value)}–{_num(t.value_max)}"
    else:
        value = f"{_OPS.get(t.op, t.op)} {_num(t.value)}"
    change = {"increase": " (tăng)", "decrease": " (giảm)"}.get(t.change or "", "")
    role = "kết quả" if t.role == "actual" else "chỉ tiêu"
    period = f", {t.period}" if t.period else ""
    unit = (t.unit if t.unit.startswith("%") else f" {t.unit}") if t.unit else ""
    return f"{role}: {t.indicator} {value}{unit}{change}{period}"


def _print_summary(doc: Document, fh: TextIO | None) -> None:
    from rich.console import Console
    from rich.markup import escape

    console = Console(file=fh or sys.stdout, highlight=False, soft_wrap=True, width=110)
    h = doc.header
    console.print(
        f"[bold]Tệp:[/bold] {escape(doc.source_name)}  ({'báo cáo' if doc.kind == 'report' else 'kế hoạch'})"
    )
    rows = [
        ("Cơ quan chủ quản", h.parent_issuer),
        ("Cơ quan ban hành", h.issuer),
        ("Số, ký hiệu", _number(h.number, h.symbol)),
        ("Địa danh, ngày", _place_date(h.place, h.issued_on)),
        ("Loại văn bản", h.doc_type),
        ("Trích yếu", h.subject),
        ("Kính gửi", "; ".join(h.recipients) if h.recipients else None),
        ("Năm của văn bản", doc.period),
    ]
    for label, value in rows:
        if value:
            console.print(f"[bold]{label}:[/bold] {escape(value)}")
    for note in doc.repairs:
        console.print(f"[bold]Sửa văn bản:[/bold] {escape(note)}")
    if doc.ocr_pages:
        pages = ", ".join(f"trang {p.page} ({_num_pct(p.confidence)})" for p in doc.ocr_pages)
        console.print(f"[bold]Đọc bằng OCR:[/bold] {pages} — độ tin cậy trung bình của chữ")
    total = len(doc.all_tasks())
    targets = sum(len(t.targets) for t in doc.all_tasks()) + len(doc.preamble_targets)
    console.print(f"\n[bold]{len(doc.sections)} phần, {total} nhiệm vụ và mục con, {targets} chỉ tiêu[/bold]")
    if doc.preamble_targets:
        console.print("\n[bold cyan]Phần mở đầu[/bold cyan]")
        for target in doc.preamble_targets:
            console.print(f"     [green]→ {escape(_target_line(target))}[/green]")
    for s in doc.sections:
        title = f"{s.number}. {s.title}" if s.number else (s.title or "(không có tên phần)")
        console.print(f"\n[bold cyan]{escape(title)}[/bold cyan]")
        for t in s.tasks:
            _print_task(console, t, 1)
    c = doc.closing
    if c.recipients or c.signature:
        console.print("\n[bold]Phần kết[/bold]")
        if c.recipients:
            console.print(f"  Nơi nhận: {escape('; '.join(c.recipients))}")
        if c.signature:
            sig = c.signature
            parts = [*sig.authority, sig.title or "", sig.name or ""]
            console.print(f"  Ký: {escape(' / '.join(p for p in parts if p))}")
    if doc.warnings:
        console.print("\n[bold yellow]Cảnh báo[/bold yellow]")
        for w in doc.warnings:
            console.print(f"  ! {escape(w)}")


def _print_task(console: Any, t: Task, depth: int) -> None:
    from rich.markup import escape

    indent = "  " * depth
    if not t.number or t.number == "-":
        number = t.number or "•"
    elif t.number.isalpha() and len(t.number) == 1:
        number = f"{t.number})"
    else:
        number = f"{t.number}."
    text = t.text if len(t.text) <= 300 else t.text[:297] + "…"
    check = " [bold red](cần kiểm tra: OCR đọc chưa chắc)[/bold red]" if t.needs_check else ""
    console.print(f"{indent}[bold]{escape(number)}[/bold] {escape(text)}{check}")
    details = []
    if t.lead_units:
        details.append("chủ trì: " + ", ".join(t.lead_units))
    if t.coordinating_units:
        details.append("phối hợp: " + ", ".join(t.coordinating_units))
    if t.deadline:
        when = t.deadline_date.strftime("%d/%m/%Y") if t.deadline_date else ""
        details.append(f"thời hạn: {t.deadline}" + (f" (đến {when})" if when else ""))
    if t.places:
        details.append("địa bàn: " + ", ".join(t.places))
    if details:
        console.print(f"{indent}   [dim]{escape('; '.join(details))}[/dim]")
    for target in t.targets:
        console.print(f"{indent}   [green]→ {escape(_target_line(target))}[/green]")
    for child in t.children:
        _print_task(console, child, depth + 1)


def _number(number: str | None, symbol: str | None) -> str | None:
    if not number and not symbol:
        return None
    return f"{number or '…'}/{symbol}" if symbol else number


def _place_date(place: str | None, issued: Any) -> str | None:
    if not place and not issued:
        return None
    when = issued.strftime("%d/%m/%Y") if issued else ""
    return ", ".join(p for p in (place, when) if p)
