"""Documents pages: the cycle's "Văn bản" page, issuing, downloads (.docx, .pdf, .xlsx), and the progress form.

Views stay thin: reads through ``documents.selectors``, writes through ``documents.services`` and
``documents.forms``. Every view first finds the cycle through what the user may see (404 otherwise); a
document or unit the user may not read answers 404 too, and an action they may not take 403. Files are only
ever served through these views after that check, never as direct media links.
"""

from __future__ import annotations

import logging
import re
import secrets
from typing import Any, cast
from urllib.parse import quote

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from trongtam.core.errors import TrongtamError
from trongtam.registry.cycles import selectors as cycle_selectors
from trongtam.registry.cycles.models import Cycle
from trongtam.registry.documents import exports, forms, selectors, services
from trongtam.registry.documents.models import DocumentKind, IssuedDocument
from trongtam.registry.documents.selectors import DocumentAccess
from trongtam.registry.jobs import services as job_services
from trongtam.registry.jobs.models import Job
from trongtam.registry.organisations.models import Organisation
from trongtam.registry.progress import selectors as progress_selectors
from trongtam.registry.progress.models import Period, PeriodKind, Report
from trongtam.web.errors import MISSING_FILE_VI, message_response
from trongtam.web.filters import DocumentFilter
from trongtam.web.forms_common import SummaryItem, error_summary, field_state
from trongtam.web.forms_documents import IssueForm

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
REPORT_KINDS = (PeriodKind.HALF, PeriodKind.NINE_MONTHS, PeriodKind.YEAR)

logger = logging.getLogger("trongtam.web")


def _user(request: HttpRequest) -> User:
    # Every view here is behind login_required, so the user is a real account.
    return cast(User, request.user)


def _cycle(request: HttpRequest, cycle_id: int) -> tuple[Cycle, DocumentAccess]:
    cycle = cycle_selectors.cycle_get_for_user(user=_user(request), cycle_id=cycle_id)
    return cycle, selectors.document_access(user=_user(request), cycle=cycle)


def _units(cycle: Cycle) -> list[Organisation]:
    ids = set(cycle.invited_units.values_list("id", flat=True)) | set(
        cycle.proposals.values_list("unit_id", flat=True)
    )
    return list(Organisation.objects.filter(id__in=ids).order_by("name"))


def _unit(cycle: Cycle, raw: object) -> Organisation | None:
    if raw in (None, ""):
        return None
    text = str(raw)
    if not text.isdigit():
        raise Http404("Không tìm thấy đơn vị.")
    unit = next((u for u in _units(cycle) if u.id == int(text)), None)
    if unit is None:
        raise Http404("Không tìm thấy đơn vị.")
    return unit


def _period(cycle: Cycle, raw: object) -> Period | None:
    if raw in (None, ""):
        return None
    text = str(raw)
    if not text.isdigit():
        raise Http404("Không tìm thấy kỳ báo cáo.")
    return progress_selectors.period_get(cycle=cycle, period_id=int(text))


def _download(data: bytes, filename: str, content_type: str, vietnamese: str | None = None) -> HttpResponse:
    # An ASCII name every client reads, and the Vietnamese one (RFC 5987/6266) for those that read it.
    response = HttpResponse(data, content_type=content_type)
    disposition = f'attachment; filename="{filename}"'
    if vietnamese and vietnamese != filename:
        disposition += f"; filename*=UTF-8''{quote(vietnamese, safe='')}"
    response["Content-Disposition"] = disposition
    response["X-Content-Type-Options"] = "nosniff"
    return response


def document_file_names(doc: object, ext: str) -> tuple[str, str]:
    """The file names of an issued document, from its number, symbol and title: an ASCII one and the
    Vietnamese one ("01-BC-HU-bao-cao-danh-gia-cuoi-nam.docx", "01-BC-HU Báo cáo đánh giá cuối năm.docx")."""
    number = f"{doc.number:02d}"  # type: ignore[attr-defined]
    symbol = str(doc.symbol)  # type: ignore[attr-defined]
    title = str(doc.get_kind_display())  # type: ignore[attr-defined]
    plain = "-".join(p for p in (number, _ascii(symbol).upper(), _ascii(title)) if p)
    plain = re.sub(r"-{2,}", "-", plain)
    vietnamese = f"{number}-{symbol.replace('/', '-')} {title}"
    return f"{plain}.{ext}", f"{vietnamese}.{ext}"


def _ascii(text: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", text.replace("Đ", "D").replace("đ", "d"))
    return (
        "".join(c if c.isalnum() else "-" for c in plain if not unicodedata.combining(c)).strip("-").lower()
    )


@login_required
def documents_page(request: HttpRequest, cycle_id: int) -> HttpResponse:
    # The "Văn bản" page: what has been issued, what the user may issue, spreadsheets and progress forms.
    cycle, access = _cycle(request, cycle_id)
    return _page(request, cycle, access)


def _page(
    request: HttpRequest, cycle: Cycle, access: DocumentAccess, refused: dict[str, Any] | None = None
) -> HttpResponse:
    """The page; with ``refused``, again (400) with the refused issuing card as typed and its errors."""
    periods = progress_selectors.period_list(cycle=cycle)
    units = _units(cycle)
    staff_units = [u for u in units if u.id in access.staff_units]
    form_units = [u for u in units if access.can_use_form(u.id)]
    # The filters narrow the documents the person may read (by kind, unit, period, words).
    found = DocumentFilter(request.GET, queryset=IssuedDocument.objects.filter(cycle=cycle), cycle=cycle)
    documents = selectors.document_list(cycle=cycle, access=access)
    if request.GET:
        keep = set(found.qs.values_list("id", flat=True))
        documents = [d for d in documents if d.id in keep]
    return render(
        request,
        "web/documents/page.html",
        {
            "cycle": cycle,
            "access": access,
            "documents": documents,
            "filter": found,
            "shown": len(documents),
            # One key per page load: a repeated or parallel click of one form issues one document.
            "request_key": secrets.token_hex(16),
            "units": units,
            "staff_units": staff_units,
            "form_units": form_units,
            "periods": periods,
            "report_periods": [p for p in periods if p.kind in REPORT_KINDS],
            "year_periods": [p for p in periods if p.kind == PeriodKind.YEAR],
            "proposal_units": set(cycle.proposals.values_list("unit_id", flat=True)),
            "kinds": DocumentKind,
            "refused": refused,
            "error_summary": refused["summary"] if refused else [],
        },
        status=400 if refused else 200,
    )


def _signing(form: IssueForm) -> services.Signing:
    data = form.cleaned_data
    authority = tuple(line.strip() for line in data["authority"].splitlines() if line.strip())
    return services.Signing(
        issued_on=data["issued_on"],
        authority=authority,
        signer_title=data["signer_title"].strip(),
        signer_name=data["signer_name"].strip(),
    )


# The issuing cards of the page, by the id their fields carry (web/documents/_signing.html).
_CARD = re.compile(r"(reg|pu)\d+|tl|pp|as|rm")


def _refused_issue(
    request: HttpRequest, cycle: Cycle, access: DocumentAccess, form: IssueForm
) -> HttpResponse:
    """The page again (400): the card the form was sent from open, what was typed kept, each error beside
    its field (ids ``d-``, ``a-``, ``t-``, ``n-`` + the card's id) and the summary on top."""
    card = request.POST.get("form", "")
    card = card if _CARD.fullmatch(card) else ""
    prefixes = {"issued_on": "d", "authority": "a", "signer_title": "t", "signer_name": "n"}
    ids = {name: f"{prefix}-{card}" for name, prefix in prefixes.items()} if card else {}
    refused: dict[str, Any] = {
        "form": card,
        "period": request.POST.get("period", ""),
        "unit": request.POST.get("unit", ""),
        "errors": [str(m) for m in form.non_field_errors()],
        "summary": error_summary(form, ids=ids),
        **{name: field_state(form, name, ids.get(name)) for name in prefixes},
    }
    return _page(request, cycle, access, refused)


@login_required
@require_POST
def document_create(request: HttpRequest, cycle_id: int) -> HttpResponse:
    # Issue one document in the background (number, .docx, then its PDF) and show the job's progress; the
    # service checks the right at once (403) and one click (request_key) makes one job and one number.
    cycle, access = _cycle(request, cycle_id)
    kind = request.POST.get("kind", "")
    unit = _unit(cycle, request.POST.get("unit"))
    period = _period(cycle, request.POST.get("period"))
    form = IssueForm(request.POST)
    if not form.is_valid():
        if not access.can_issue(kind, unit.id if unit else None):
            raise PermissionDenied("Bạn không có quyền ban hành loại văn bản này.")
        return _refused_issue(request, cycle, access, form)
    try:
        job = services.document_issue_start(
            cycle=cycle,
            kind=kind,
            user=_user(request),
            unit=unit,
            period=period,
            signing=_signing(form),
            request_key=request.POST.get("request_key", "")[:64],
        )
    except TrongtamError as exc:
        form.add_error(None, exc.message_vi)
        return _refused_issue(request, cycle, access, form)
    return redirect("web:job_detail", job.id)


@login_required
def document_download(request: HttpRequest, cycle_id: int, document_id: int, fmt: str) -> HttpResponse:
    # The file of an issued document, after the same check as the list (404 for what the user may not read).
    cycle, access = _cycle(request, cycle_id)
    doc = selectors.document_get(cycle=cycle, access=access, document_id=document_id)
    if fmt not in ("docx", "pdf"):
        raise Http404("Định dạng không hỗ trợ.")
    mark = getattr(doc, "secret", None)  # cascade.SecretMark: the files were deleted when it was marked
    if mark is not None:
        return message_response(
            request,
            f"Văn bản {doc.number_line} đã được đánh dấu {mark.get_level_display().upper()}: trongtam chỉ lưu "
            "số, ký hiệu, cơ quan ban hành, ngày và độ mật, không lưu tệp của văn bản mật.",
            status=404,
        )
    if fmt == "pdf" and not doc.pdf:
        # LibreOffice takes seconds: convert in the background and show the job's progress; when it is done,
        # this same address serves the kept PDF at once.
        job = job_services.job_create(
            user=_user(request),
            kind=Job.Kind.DOCUMENT_PDF,
            title=f"Bản PDF của văn bản {doc.number_line}: {doc.subject}",
            params={"document_id": doc.id},
            result_url=request.path,
        )
        return redirect("web:job_detail", job.id)
    try:
        if fmt == "docx":
            plain, vietnamese = document_file_names(doc, "docx")
            return _download(services.document_docx(document=doc), plain, DOCX, vietnamese)
        pdf = services.document_pdf(document=doc)
    except OSError:
        logger.error("The file of issued document %s is missing on disk: %s", doc.pk, doc.docx.name)
        return message_response(request, MISSING_FILE_VI, status=404)
    except TrongtamError as exc:
        messages.error(request, exc.message_vi)
        return redirect(reverse("web:documents", args=[cycle.id]))
    plain, vietnamese = document_file_names(doc, "pdf")
    return _download(pdf, plain, "application/pdf", vietnamese)


@login_required
def spreadsheet(request: HttpRequest, cycle_id: int, table: str) -> HttpResponse:
    # Every list and report table as .xlsx; a unit's table only for those who may read that unit.
    cycle, access = _cycle(request, cycle_id)
    period = _period(cycle, request.GET.get("ky"))
    unit = _unit(cycle, request.GET.get("don_vi"))
    if table == "danh-muc":
        data, name = exports.task_list_xlsx(cycle=cycle), f"danh-muc-{cycle.year}"
    elif table == "chi-tieu":
        data, name = exports.targets_xlsx(cycle=cycle), f"chi-tieu-{cycle.year}"
    elif table in ("tien-do", "danh-gia"):
        if period is None:
            raise Http404("Cần chọn kỳ báo cáo.")
        if unit is not None and not access.can_read_unit(unit.id):
            raise Http404("Không tìm thấy đơn vị.")
        # The assessment is the whole body's, whatever unit is named: only the body's readers get it.
        if (unit is None or table == "danh-gia") and not access.reads_all:
            raise PermissionDenied("Chỉ cơ quan tham mưu và lãnh đạo xem được bảng của toàn cơ quan.")
        if table == "tien-do":
            data = exports.progress_xlsx(cycle=cycle, period=period, unit=unit)
            name = f"tien-do-{_ascii(period.label)}" + (f"-{_ascii(unit.code)}" if unit else "")
        else:
            data, name = (
                exports.assessment_xlsx(cycle=cycle, period=period),
                f"danh-gia-{_ascii(period.label)}",
            )
    else:
        raise Http404("Không có bảng này.")
    return _download(data, f"{name}.xlsx", XLSX)


# --- the progress form ------------------------------------------------------------------------------------


def _form_context(
    cycle: Cycle, access: DocumentAccess, period_id: int, unit_id: int
) -> tuple[Period, Organisation]:
    period = progress_selectors.period_get(cycle=cycle, period_id=period_id)
    unit = _unit(cycle, unit_id)
    if unit is None or not access.can_use_form(unit.id):
        raise Http404("Không tìm thấy đơn vị.")
    return period, unit


@login_required
def progress_form(request: HttpRequest, cycle_id: int, period_id: int, unit_id: int) -> HttpResponse:
    # A unit's form for a period: download it pre-filled, upload it back for a dry run.
    cycle, access = _cycle(request, cycle_id)
    period, unit = _form_context(cycle, access, period_id, unit_id)
    return _form_page(request, cycle, access, period, unit)


def _form_page(
    request: HttpRequest,
    cycle: Cycle,
    access: DocumentAccess,
    period: Period,
    unit: Organisation,
    file_error: str = "",
) -> HttpResponse:
    """The unit's form page; with ``file_error``, again (400) with the reason beside the file field."""
    report = Report.objects.filter(period=period, unit=unit).first()
    return render(
        request,
        "web/documents/form.html",
        {
            "cycle": cycle,
            "period": period,
            "unit": unit,
            "report": report,
            "can_upload": access.can_upload_form(unit.id),
            "imports": selectors.form_imports(cycle=cycle, unit_id=unit.id).filter(period=period)[:10],
            "file_error": file_error,
            "error_summary": [SummaryItem("file", file_error)] if file_error else [],
        },
        status=400 if file_error else 200,
    )


@login_required
def progress_form_download(request: HttpRequest, cycle_id: int, period_id: int, unit_id: int) -> HttpResponse:
    cycle, access = _cycle(request, cycle_id)
    period, unit = _form_context(cycle, access, period_id, unit_id)
    data = forms.form_build(cycle=cycle, period=period, unit=unit)
    return _download(data, f"bieu-mau-{_ascii(period.label)}-{_ascii(unit.code)}.xlsx", XLSX)


@login_required
@require_POST
def progress_form_upload(request: HttpRequest, cycle_id: int, period_id: int, unit_id: int) -> HttpResponse:
    # The dry run: the file is checked and kept; nothing of the report changes until the unit confirms.
    cycle, access = _cycle(request, cycle_id)
    period, unit = _form_context(cycle, access, period_id, unit_id)
    if not access.can_upload_form(unit.id):
        raise PermissionDenied("Chỉ cán bộ của đơn vị được nhập biểu mẫu của đơn vị.")
    upload = request.FILES.get("file")
    if upload is None:
        # The page again with the reason beside the file field (a browser never keeps a chosen file).
        return _form_page(
            request, cycle, access, period, unit, "Chưa chọn tệp biểu mẫu (.xlsx): hãy chọn tệp."
        )
    data = upload.read(forms.MAX_UPLOAD_BYTES + 1)
    if forms.JOB_BYTES < len(data) <= forms.MAX_UPLOAD_BYTES:
        # A big form is read and checked in the background, with a progress bar; its result is the dry run.
        params = {
            "cycle_id": cycle.id,
            "period_id": period.id,
            "unit_id": unit.id,
            "filename": upload.name or "",
        }
        job = job_services.job_create(
            user=_user(request),
            kind=Job.Kind.FORM_CHECK,
            title=f"Kiểm tra biểu mẫu {upload.name} ({unit.name}, {period.label})",
            params=params,
            input_name="bieu-mau.xlsx",
            input_data=data,
        )
        return redirect("web:job_detail", job.id)
    preview = forms.form_stage(
        cycle=cycle,
        period=period,
        unit=unit,
        user=_user(request),
        name=upload.name or "bieu-mau.xlsx",
        data=data,
    )
    if preview.staged is not None:
        return redirect(reverse("web:progress_form_preview", args=[cycle.id, preview.staged.id]))
    return render(
        request,
        "web/documents/preview.html",
        {"cycle": cycle, "period": period, "unit": unit, "preview": preview, "staged": None},
        status=400,
    )


@login_required
def progress_form_preview(request: HttpRequest, cycle_id: int, import_id: int) -> HttpResponse:
    cycle, access = _cycle(request, cycle_id)
    staged = selectors.form_import_get(cycle=cycle, access=access, import_id=import_id)
    preview = forms.form_preview(staged=staged)
    context: dict[str, Any] = {
        "cycle": cycle,
        "period": staged.period,
        "unit": staged.unit,
        "preview": preview,
        "staged": staged,
    }
    return render(request, "web/documents/preview.html", context)


@login_required
@require_POST
def progress_form_confirm(request: HttpRequest, cycle_id: int, import_id: int) -> HttpResponse:
    # All rows or none; a changed existing value needs the box ticked; a conflict saves nothing.
    cycle, access = _cycle(request, cycle_id)
    staged = selectors.form_import_get(cycle=cycle, access=access, import_id=import_id)
    if len(staged.rows) > forms.JOB_ROWS and staged.applied_at is None:
        # Many rows are written in the background (still all or none), with a progress bar.
        job = job_services.job_create(
            user=_user(request),
            kind=Job.Kind.FORM_IMPORT,
            title=f"Nhập {len(staged.rows)} dòng từ biểu mẫu {staged.name} ({staged.unit.name})",
            params={
                "cycle_id": cycle.id,
                "period_id": staged.period_id,
                "unit_id": staged.unit_id,
                "staged_id": staged.id,
                "confirm_overwrite": request.POST.get("confirm_overwrite") == "1",
            },
        )
        return redirect("web:job_detail", job.id)
    try:
        saved = forms.form_apply(
            staged=staged, user=_user(request), confirm_overwrite=request.POST.get("confirm_overwrite") == "1"
        )
    except TrongtamError as exc:
        messages.error(request, exc.message_vi)
        return redirect(reverse("web:progress_form_preview", args=[cycle.id, staged.id]))
    messages.success(request, f"Đã nhập {saved} dòng số liệu từ biểu mẫu {staged.name}.")
    return redirect(reverse("web:progress_form", args=[cycle.id, staged.period_id, staged.unit_id]))
