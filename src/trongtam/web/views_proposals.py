"""Views of a unit's proposal: upload the letter, review the extraction beside the original, correct, submit.

Thin: reads check what the user may see (404 otherwise); writes go through registry.cycles.proposals, which
checks what the user may change (403 otherwise). Every form works as a plain POST and redirect; with htmx
the target rows are saved in place and answer only the row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html_join
from django.utils.safestring import SafeString
from django.views.decorators.http import require_GET, require_POST

from trongtam.core.numbers import NumberError, read_number
from trongtam.registry import policy
from trongtam.registry.cycles import permissions
from trongtam.registry.cycles import proposals as svc
from trongtam.registry.cycles import selectors as cycle_selectors
from trongtam.registry.cycles.models import (
    Basis,
    Change,
    Cycle,
    Direction,
    Field,
    KeyTask,
    Op,
    Proposal,
    ProposalStatus,
    Target,
)
from trongtam.registry.jobs import services as job_services
from trongtam.registry.jobs.models import Job
from trongtam.registry.numbers import bound_of
from trongtam.registry.organisations.models import Organisation
from trongtam.web.templatetags.vn import vn_number

# ---------------------------------------------------------------------------------------------
# Forms


class VnDecimalField(forms.CharField):
    """A decimal typed the Vietnamese way, shown back the same way, bounded by the target's column."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.bound = bound_of(Target._meta.get_field("value"))

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, Decimal | int):
            return vn_number(value)
        return value

    def to_python(self, value: Any) -> Decimal | None:  # type: ignore[override]
        try:
            # The form's error line already starts with the field's label.
            return read_number(str(value or ""), bound=self.bound, label="")
        except NumberError as exc:
            raise ValidationError(exc.message_vi) from None


class TargetForm(forms.Form):
    indicator = forms.CharField(label="Chỉ tiêu", max_length=500)
    op = forms.ChoiceField(label="So sánh", choices=Op.choices)
    value = VnDecimalField(label="Giá trị")
    value_max = VnDecimalField(label="Đến (khoảng)")
    unit = forms.CharField(label="Đơn vị tính", max_length=64, required=False)
    direction = forms.ChoiceField(label="Chiều đánh giá", choices=Direction.choices, required=False)
    change = forms.ChoiceField(label="Loại", choices=Change.choices, required=False)
    basis = forms.ChoiceField(label="Cách tính mức thay đổi", choices=Basis.choices, required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        # The short "add" form leaves these out; a new target starts as a level to reach, higher is better.
        data["direction"] = data.get("direction") or Direction.HIGHER
        data["change"] = data.get("change") or Change.LEVEL
        if data.get("op") == "range" and data.get("value_max") is None:
            self.add_error("value_max", "Chỉ tiêu dạng khoảng cần giá trị “đến”.")
        return data


class TargetEditForm(TargetForm):
    version = forms.IntegerField(widget=forms.HiddenInput)


class HeaderForm(forms.Form):
    letter_number = forms.CharField(label="Số", max_length=32, required=False)
    letter_symbol = forms.CharField(label="Ký hiệu", max_length=64, required=False)
    letter_date = forms.DateField(
        label="Ngày (dd/mm/yyyy)", required=False, input_formats=["%d/%m/%Y", "%Y-%m-%d"]
    )
    place = forms.CharField(label="Địa danh", max_length=128, required=False)
    subject = forms.CharField(label="Trích yếu", max_length=500, required=False)
    recipients = forms.CharField(label="Kính gửi", required=False)
    signer_authority = forms.CharField(label="Thẩm quyền ký", max_length=255, required=False)
    signer_title = forms.CharField(label="Chức vụ người ký", max_length=255, required=False)
    signer_name = forms.CharField(label="Người ký", max_length=255, required=False)


class TaskForm(forms.Form):
    number = forms.CharField(label="Số", max_length=16, required=False)
    text = forms.CharField(label="Nội dung nhiệm vụ", widget=forms.Textarea(attrs={"rows": 3}))
    lead_text = forms.CharField(label="Chủ trì", max_length=500, required=False)
    coordinating_text = forms.CharField(label="Phối hợp", max_length=500, required=False)
    deadline = forms.DateField(
        label="Thời hạn (dd/mm/yyyy)", required=False, input_formats=["%d/%m/%Y", "%Y-%m-%d"]
    )
    deadline_text = forms.CharField(label="Thời hạn (như văn bản)", max_length=128, required=False)


# Two people may edit the same task: a save must say which version it was made on, or it is refused.
MISSING_VERSION = "Thiếu phiên bản của bản đang sửa: hãy tải lại trang rồi sửa lại (chưa lưu gì)."


class TaskEditForm(TaskForm):
    version = forms.IntegerField(widget=forms.HiddenInput, error_messages={"required": MISSING_VERSION})


class TaskAddForm(TaskForm):
    field_id = forms.IntegerField(required=False)
    field_title = forms.CharField(label="Hoặc lĩnh vực mới", max_length=255, required=False)
    parent_id = forms.IntegerField(required=False, widget=forms.HiddenInput)


# ---------------------------------------------------------------------------------------------
# Select options, built once per choice instead of once per row: a long letter has hundreds of rows.

_CHOICES: dict[str, list[tuple[str, str]]] = {
    "op": list(Op.choices),
    "change": list(Change.choices),
    "basis": list(Basis.choices),
    "direction": list(Direction.choices),
}
_DEFAULTS = {"op": ">=", "change": "level", "basis": "", "direction": "higher"}
_OPTIONS_CACHE: dict[tuple[str, str], SafeString] = {}


def _options(kind: str, selected: str) -> SafeString:
    key = (kind, selected)
    if key not in _OPTIONS_CACHE:
        _OPTIONS_CACHE[key] = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            ((v, " selected" if v == selected else "", label) for v, label in _CHOICES[kind]),
        )
    return _OPTIONS_CACHE[key]


def _target_options(target: Target | None) -> dict[str, SafeString]:
    return {
        kind: _options(kind, str(getattr(target, kind)) if target is not None else default)
        for kind, default in _DEFAULTS.items()
    }


_PLACEHOLDER = 987654321


def _url_maker(name: str) -> Any:
    # Reversing once and substituting the id keeps a page of hundreds of rows from reversing thousands of URLs.
    pattern = reverse(f"web:{name}", args=[_PLACEHOLDER])
    return lambda pk: pattern.replace(str(_PLACEHOLDER), str(pk))


def _with_options(target: Target, makers: dict[str, Any] | None = None) -> Target:
    makers = makers or _target_url_makers()
    target.opts = _target_options(target)  # type: ignore[attr-defined]
    target.urls = {k: make(target.pk) for k, make in makers.items()}  # type: ignore[attr-defined]
    return target


def _target_url_makers() -> dict[str, Any]:
    return {"update": _url_maker("proposal_target_update"), "delete": _url_maker("proposal_target_delete")}


TASK_URLS = ("task_update", "task_split", "task_merge", "task_delete", "target_add")


# ---------------------------------------------------------------------------------------------
# Reads


def _proposal_for(request: HttpRequest, proposal_id: int) -> Proposal:
    # A proposal the user may not see answers 404, exactly like one that does not exist.
    proposal = (
        Proposal.objects.select_related("cycle__owner", "cycle__office", "unit", "submitted_by")
        .filter(pk=proposal_id)
        .first()
    )
    if proposal is None or not permissions.can_view_proposal(request.user, proposal):
        raise Http404("Không tìm thấy đề xuất.")
    return proposal


def _task_for(request: HttpRequest, task_id: int) -> KeyTask:
    task = (
        KeyTask.objects.select_related("proposal__cycle", "proposal__unit", "field", "parent")
        .filter(pk=task_id)
        .first()
    )
    if (
        task is None
        or task.proposal is None
        or not permissions.can_view_proposal(request.user, task.proposal)
    ):
        raise Http404("Không tìm thấy nhiệm vụ.")
    return task


def _target_for(request: HttpRequest, target_id: int) -> Target:
    target = (
        Target.objects.select_related("key_task__proposal__cycle", "key_task__proposal__unit")
        .filter(pk=target_id)
        .first()
    )
    proposal = target.key_task.proposal if target is not None else None
    if target is None or proposal is None or not permissions.can_view_proposal(request.user, proposal):
        raise Http404("Không tìm thấy chỉ tiêu.")
    return target


def _is_htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


def _review_url(proposal_id: int, anchor: str = "") -> str:
    url = reverse("web:proposal_review", args=[proposal_id])
    return f"{url}#{anchor}" if anchor else url


def _days_left(cycle: Cycle) -> int | None:
    if cycle.proposal_deadline is None:
        return None
    return (cycle.proposal_deadline - timezone.localdate()).days


def _form_errors(exc: ValidationError) -> str:
    return " ".join(str(m) for m in exc.messages)


@login_required
@require_GET
def proposal_home(request: HttpRequest, cycle_id: int) -> HttpResponse:
    # The unit's own page for a cycle: where it stands, upload or type the proposal, days left.
    cycle = cycle_selectors.cycle_get_for_user(user=request.user, cycle_id=cycle_id)
    return render(request, "web/proposals/home.html", _home_context(request, cycle))


def _home_context(request: HttpRequest, cycle: Cycle, **extra: Any) -> dict[str, Any]:
    staff_ids = permissions.unit_ids_for_staff(request.user)
    invited_ids = set(cycle.invited_units.values_list("id", flat=True))
    proposal_unit_ids = set(cycle.proposals.values_list("unit_id", flat=True))
    units = list(
        Organisation.objects.filter(id__in=staff_ids & (invited_ids | proposal_unit_ids)).order_by("name")
    )
    rows = []
    for unit in units:
        proposal = svc.proposal_current(cycle=cycle, unit=unit)
        rows.append(
            {
                "unit": unit,
                "proposal": proposal,
                "can_propose": permissions.can_propose(request.user, cycle, unit.pk),
                "can_edit": proposal is None or permissions.can_edit_proposal(request.user, proposal),
            }
        )
    office_view = permissions.is_coordinator(request.user, cycle) or permissions.is_leader(
        request.user, cycle
    )
    context: dict[str, Any] = {
        "cycle": cycle,
        "rows": rows,
        "days_left": _days_left(cycle),
        "office_view": office_view,
        "all_proposals": cycle.proposals.filter(policy.visible_q(request.user, Proposal))
        .select_related("unit")
        .order_by("unit__name")
        if office_view
        else [],
        "accept": ",".join(svc.ALLOWED_EXTENSIONS),
        "max_mb": settings.TRONGTAM_MAX_UPLOAD_BYTES // (1024 * 1024),
        "upload_error": "",
        "upload_unit_id": None,
    }
    context.update(extra)
    return context


def _unit_from_post(request: HttpRequest, cycle: Cycle) -> Organisation:
    staff_ids = permissions.unit_ids_for_staff(request.user)
    raw = request.POST.get("unit", "")
    if raw.isdigit():
        unit = Organisation.objects.filter(pk=int(raw)).first()
    elif len(staff_ids) == 1:
        unit = Organisation.objects.filter(pk=next(iter(staff_ids))).first()
    else:
        unit = None
    if unit is None:
        raise Http404("Không tìm thấy đơn vị.")
    return unit


@login_required
@require_POST
def proposal_upload(request: HttpRequest, cycle_id: int) -> HttpResponse:
    # Read the letter and show the review at once; a file that cannot be read is explained beside the form.
    cycle = cycle_selectors.cycle_get_for_user(user=request.user, cycle_id=cycle_id)
    unit = _unit_from_post(request, cycle)
    upload = request.FILES.get("file")
    try:
        if upload is None:
            raise ValidationError("Hãy chọn tệp văn bản đề xuất để tải lên.")
        filename = upload.name or "tệp"
        svc.upload_check(filename=filename, size=upload.size or 0)
        if (upload.size or 0) > settings.TRONGTAM_UPLOAD_JOB_BYTES:
            content = upload.read()
            svc.upload_precheck(filename=filename, content=content)
            return _upload_in_background(request, cycle, unit, filename, content)
        proposal = svc.proposal_upload(
            cycle=cycle, unit=unit, user=request.user, content=upload.read(), filename=filename
        )
    except ValidationError as exc:
        context = _home_context(request, cycle, upload_error=_form_errors(exc), upload_unit_id=unit.pk)
        return render(request, "web/proposals/home.html", context, status=400)
    messages.success(request, f"Đã đọc tệp “{proposal.source_name}”. Hãy rà soát và sửa trước khi gửi.")
    return redirect(_review_url(proposal.pk))


def _upload_in_background(
    request: HttpRequest, cycle: Cycle, unit: Organisation, filename: str, content: bytes
) -> HttpResponse:
    # A large letter takes long to read: check the right now (403 at once), read it in a background job.
    permissions.require(
        permissions.can_propose(request.user, cycle, unit.pk),
        "Bạn không thể đề xuất cho đơn vị này trong đợt này.",
    )
    job = job_services.job_create(
        user=request.user,  # type: ignore[arg-type]
        kind=Job.Kind.PROPOSAL_IMPORT,
        title=f"Đọc văn bản đề xuất “{filename}” của {unit.name}",
        params={"cycle_id": cycle.pk, "unit_id": unit.pk, "filename": filename},
        input_name=filename,
        input_data=content,
    )
    return redirect("web:job_detail", job.pk)


@login_required
@require_POST
def proposal_manual(request: HttpRequest, cycle_id: int) -> HttpResponse:
    # "Nhập trực tiếp": an empty draft to type the tasks into.
    cycle = cycle_selectors.cycle_get_for_user(user=request.user, cycle_id=cycle_id)
    unit = _unit_from_post(request, cycle)
    proposal = svc.proposal_start(cycle=cycle, unit=unit, user=request.user)
    return redirect(_review_url(proposal.pk, "them-nhiem-vu"))


# ---------------------------------------------------------------------------------------------
# The review page


@dataclass
class Segment:
    text: str
    target_id: int | None = None


@dataclass
class ReviewTask:
    task: KeyTask
    targets: list[Target]
    children: list[ReviewTask] = field(default_factory=list)
    split_options: SafeString | None = None
    urls: dict[str, str] = field(default_factory=dict)
    previous: KeyTask | None = None


@dataclass
class ReviewGroup:
    field: Field | None
    tasks: list[ReviewTask]


def _segments(text: str, targets: list[Target]) -> list[Segment]:
    """The original text cut into plain runs and target clauses (overlapping clauses keep the first)."""
    spans = sorted(
        (t.source_start, t.source_end, t.pk)
        for t in targets
        if t.source_start is not None
        and t.source_end is not None
        and 0 <= t.source_start < t.source_end <= len(text)
    )
    out: list[Segment] = []
    pos = 0
    for start, end, pk in spans:
        if start < pos:
            continue
        if start > pos:
            out.append(Segment(text[pos:start]))
        out.append(Segment(text[start:end], pk))
        pos = end
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out


def _split_options(text: str) -> SafeString | None:
    points = svc.key_task_split_points(text)
    if not points:
        return None
    return format_html_join(
        "",
        '<option value="{}">…{} | {}…</option>',
        ((at, text[:at].rstrip()[-30:], text[at : at + 40]) for at in points),
    )


def _review_groups(proposal: Proposal, editable: bool) -> tuple[list[ReviewGroup], list[Target]]:
    tasks = list(
        KeyTask.objects.filter(proposal=proposal)
        .select_related("field")
        .prefetch_related(Prefetch("targets", queryset=Target.objects.order_by("order", "id")))
        .order_by("order", "id")
    )
    nodes = {t.pk: ReviewTask(task=t, targets=list(t.targets.all())) for t in tasks}
    if editable:
        target_makers = _target_url_makers()
        task_makers = {k: _url_maker(f"proposal_{k}") for k in TASK_URLS}
        for node in nodes.values():
            node.split_options = _split_options(node.task.text)
            node.urls = {k: make(node.task.pk) for k, make in task_makers.items()}
            for target in node.targets:
                _with_options(target, target_makers)
    roots: list[ReviewTask] = []
    for t in tasks:
        node = nodes[t.pk]
        parent = nodes.get(t.parent_id) if t.parent_id else None
        siblings = parent.children if parent is not None else roots
        siblings.append(node)
    fields: dict[int | None, list[ReviewTask]] = {}
    for node in roots:
        fields.setdefault(node.task.field_id, []).append(node)
    field_objs = {n.task.field.pk: n.task.field for n in roots if n.task.field is not None}
    order = sorted(field_objs.values(), key=lambda f: (f.order, f.pk))
    groups = [ReviewGroup(field=f, tasks=fields[f.pk]) for f in order]
    if None in fields:
        groups.append(ReviewGroup(field=None, tasks=fields[None]))
    for group in groups:
        _link_previous(group.tasks)
    all_targets = [target for node in nodes.values() for target in node.targets]
    return groups, all_targets


def _link_previous(siblings: list[ReviewTask]) -> None:
    previous: KeyTask | None = None
    for node in siblings:
        node.previous = previous
        previous = node.task
        _link_previous(node.children)


@login_required
@require_GET
def proposal_review(request: HttpRequest, proposal_id: int) -> HttpResponse:
    # The extracted header and tasks beside the original text, every target's clause highlighted.
    proposal = _proposal_for(request, proposal_id)
    editable = permissions.can_edit_proposal(request.user, proposal)
    groups, targets = _review_groups(proposal, editable)
    cycle = proposal.cycle
    return render(
        request,
        "web/proposals/review.html",
        {
            "proposal": proposal,
            "cycle": cycle,
            "editable": editable,
            "can_return": proposal.status == ProposalStatus.SUBMITTED
            and permissions.is_coordinator(request.user, cycle),
            "groups": groups,
            "target_count": len(targets),
            "segments": _segments(proposal.source_text, targets),
            "fields": list(cycle.fields.order_by("order")),
            "new_opts": _target_options(None),
            "days_left": _days_left(cycle),
        },
    )


# ---------------------------------------------------------------------------------------------
# Proposal actions


@login_required
@require_POST
def proposal_header(request: HttpRequest, proposal_id: int) -> HttpResponse:
    # The header as read can be wrong too (a number in the wrong box, a missing date).
    proposal = _proposal_for(request, proposal_id)
    form = HeaderForm(request.POST)
    if not form.is_valid():
        return _task_result(request, proposal.pk, "thong-tin", error=f"Chưa lưu. {_flat_errors(form)}")
    try:
        svc.proposal_update(proposal=proposal, user=request.user, **form.cleaned_data)
    except ValidationError as exc:
        return _task_result(request, proposal.pk, "thong-tin", error=_form_errors(exc))
    return _task_result(request, proposal.pk, "thong-tin", ok="Đã lưu thông tin văn bản.")


@login_required
@require_POST
def proposal_submit(request: HttpRequest, proposal_id: int) -> HttpResponse:
    # Submitting needs an explicit confirmation, because the unit cannot edit afterwards.
    proposal = _proposal_for(request, proposal_id)
    if request.POST.get("confirm") != "1":
        messages.error(request, "Hãy đánh dấu xác nhận trước khi gửi đề xuất.")
        return redirect(_review_url(proposal.pk, "gui"))
    try:
        svc.proposal_submit(proposal=proposal, user=request.user)
    except ValidationError as exc:
        messages.error(request, _form_errors(exc))
        return redirect(_review_url(proposal.pk, "gui"))
    messages.success(request, "Đã gửi đề xuất tới văn phòng tổng hợp.")
    return redirect(_review_url(proposal.pk))


@login_required
@require_POST
def proposal_return(request: HttpRequest, proposal_id: int) -> HttpResponse:
    proposal = _proposal_for(request, proposal_id)
    try:
        svc.proposal_return(proposal=proposal, user=request.user, reason=request.POST.get("reason", ""))
    except ValidationError as exc:
        messages.error(request, _form_errors(exc))
        return redirect(_review_url(proposal.pk, "tra-lai"))
    messages.success(request, f"Đã trả lại đề xuất của {proposal.unit.name}.")
    return redirect(_review_url(proposal.pk))


# ---------------------------------------------------------------------------------------------
# Targets


def _row(
    request: HttpRequest,
    target: Target,
    *,
    vals: Any = None,
    error: str = "",
    saved: bool = False,
    status: int = 200,
) -> HttpResponse:
    return render(
        request,
        "web/proposals/_target_row.html",
        {"t": _with_options(target), "vals": vals, "row_error": error, "saved": saved, "editable": True},
        status=status,
    )


@login_required
@require_POST
def target_update(request: HttpRequest, target_id: int) -> HttpResponse:
    # Save one row; with htmx answer the row itself, a stale version answers the row with the conflict.
    target = _target_for(request, target_id)
    proposal_id = target.key_task.proposal_id or 0
    form = TargetEditForm(request.POST)
    if not form.is_valid():
        error = f"Chưa lưu. {_flat_errors(form)}"
        if _is_htmx(request):
            # Show back what was typed, so nothing is lost while the user corrects it.
            for name in ("op", "change", "basis", "direction"):
                setattr(target, name, request.POST.get(name, getattr(target, name)))
            return _row(request, target, vals=request.POST, error=error)
        messages.error(request, error)
        return redirect(_review_url(proposal_id, f"ct-{target.pk}"))
    data = dict(form.cleaned_data)
    version = data.pop("version")
    try:
        target = svc.target_update(target=target, user=request.user, expected_version=version, **data)
    except ValidationError as exc:
        error = _form_errors(exc)
        if _is_htmx(request):
            # Show what is stored now, so the user sees the other person's change.
            target.refresh_from_db()
            return _row(request, target, error=error)
        messages.error(request, error)
        return redirect(_review_url(proposal_id, f"ct-{target.pk}"))
    if _is_htmx(request):
        return _row(request, target, saved=True)
    messages.success(request, f"Đã lưu chỉ tiêu “{target.indicator}”.")
    return redirect(_review_url(proposal_id, f"ct-{target.pk}"))


def _flat_errors(form: forms.Form) -> str:
    parts = []
    for name, errors in form.errors.items():
        text = " ".join(str(m) for m in errors)
        label = form.fields[name].label if name in form.fields else None
        parts.append(f"{label}: {text}" if label else text)
    return " ".join(parts)


@login_required
@require_POST
def target_delete(request: HttpRequest, target_id: int) -> HttpResponse:
    target = _target_for(request, target_id)
    proposal_id, task_id = target.key_task.proposal_id or 0, target.key_task_id
    svc.target_delete(target=target, user=request.user)
    if _is_htmx(request):
        return HttpResponse("")
    messages.success(request, "Đã xóa chỉ tiêu.")
    return redirect(_review_url(proposal_id, f"nv-{task_id}"))


@login_required
@require_POST
def target_add(request: HttpRequest, task_id: int) -> HttpResponse:
    # With htmx a new row is appended in place; a refusal reloads the page with the reason on top.
    task = _task_for(request, task_id)
    proposal_id = task.proposal_id or 0
    form = TargetForm(request.POST)
    if not form.is_valid():
        return _task_result(
            request, proposal_id, f"nv-{task.pk}", error=f"Chưa thêm chỉ tiêu. {_flat_errors(form)}"
        )
    try:
        target = svc.target_add(key_task=task, user=request.user, **form.cleaned_data)
    except ValidationError as exc:
        return _task_result(request, proposal_id, f"nv-{task.pk}", error=_form_errors(exc))
    if _is_htmx(request):
        return _row(request, target, saved=True)
    messages.success(request, f"Đã thêm chỉ tiêu “{target.indicator}”.")
    return redirect(_review_url(proposal_id, f"ct-{target.pk}"))


# ---------------------------------------------------------------------------------------------
# Tasks


def _task_result(
    request: HttpRequest, proposal_id: int, anchor: str, *, ok: str = "", error: str = ""
) -> HttpResponse:
    # Structural changes (split, merge, delete) redraw the page; with htmx the browser is told to go there.
    if error:
        messages.error(request, error)
    elif ok:
        messages.success(request, ok)
    url = _review_url(proposal_id, anchor)
    if _is_htmx(request):
        response = HttpResponse("")
        response["HX-Redirect"] = url
        return response
    return HttpResponseRedirect(url)


@login_required
@require_POST
def task_update(request: HttpRequest, task_id: int) -> HttpResponse:
    task = _task_for(request, task_id)
    proposal_id = task.proposal_id or 0
    form = TaskEditForm(request.POST)
    if not form.is_valid():
        return _task_result(request, proposal_id, f"nv-{task.pk}", error=f"Chưa lưu. {_flat_errors(form)}")
    data = dict(form.cleaned_data)
    version = data.pop("version")
    field_id = request.POST.get("field_id", "")
    if field_id.isdigit():
        data["field"] = Field.objects.filter(pk=int(field_id), cycle_id=task.cycle_id).first() or task.field
    try:
        svc.key_task_update(task=task, user=request.user, expected_version=version, **data)
    except ValidationError as exc:
        return _task_result(request, proposal_id, f"nv-{task.pk}", error=_form_errors(exc))
    return _task_result(request, proposal_id, f"nv-{task.pk}", ok="Đã lưu nhiệm vụ.")


@login_required
@require_POST
def task_delete(request: HttpRequest, task_id: int) -> HttpResponse:
    task = _task_for(request, task_id)
    proposal_id = task.proposal_id or 0
    svc.key_task_delete(task=task, user=request.user)
    return _task_result(request, proposal_id, "nhiem-vu", ok="Đã xóa nhiệm vụ cùng các chỉ tiêu của nó.")


@login_required
@require_POST
def task_split(request: HttpRequest, task_id: int) -> HttpResponse:
    task = _task_for(request, task_id)
    proposal_id = task.proposal_id or 0
    raw = request.POST.get("at", "")
    try:
        if not raw.isdigit():
            raise ValidationError("Hãy chọn chỗ tách nhiệm vụ.")
        second = svc.key_task_split(task=task, user=request.user, at=int(raw))
    except ValidationError as exc:
        return _task_result(request, proposal_id, f"nv-{task.pk}", error=_form_errors(exc))
    return _task_result(request, proposal_id, f"nv-{second.pk}", ok="Đã tách nhiệm vụ làm hai.")


@login_required
@require_POST
def task_merge(request: HttpRequest, task_id: int) -> HttpResponse:
    # The button merges a task into the one above it; "into" may name any task of the same proposal.
    other = _task_for(request, task_id)
    proposal_id = other.proposal_id or 0
    raw = request.POST.get("into", "")
    if not raw.isdigit():
        return _task_result(request, proposal_id, f"nv-{other.pk}", error="Hãy chọn nhiệm vụ để gộp vào.")
    into = _task_for(request, int(raw))
    try:
        merged = svc.key_task_merge(task=into, other=other, user=request.user)
    except ValidationError as exc:
        return _task_result(request, proposal_id, f"nv-{other.pk}", error=_form_errors(exc))
    return _task_result(request, proposal_id, f"nv-{merged.pk}", ok="Đã gộp hai nhiệm vụ.")


@login_required
@require_POST
def task_add(request: HttpRequest, proposal_id: int) -> HttpResponse:
    proposal = _proposal_for(request, proposal_id)
    form = TaskAddForm(request.POST)
    if not form.is_valid():
        return _task_result(request, proposal.pk, "them-nhiem-vu", error=f"Chưa thêm. {_flat_errors(form)}")
    data = dict(form.cleaned_data)
    field_id, parent_id = data.pop("field_id"), data.pop("parent_id")
    field_obj = Field.objects.filter(pk=field_id, cycle_id=proposal.cycle_id).first() if field_id else None
    parent = KeyTask.objects.filter(pk=parent_id, proposal=proposal).first() if parent_id else None
    try:
        task = svc.key_task_add(proposal=proposal, user=request.user, field=field_obj, parent=parent, **data)
    except ValidationError as exc:
        return _task_result(request, proposal.pk, "them-nhiem-vu", error=_form_errors(exc))
    return _task_result(request, proposal.pk, f"nv-{task.pk}", ok="Đã thêm nhiệm vụ.")
