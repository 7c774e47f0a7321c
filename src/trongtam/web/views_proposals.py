"""Views of a unit's proposal: upload the letter, review the extraction beside the original, correct, submit.

Thin: reads check what the user may see (404 otherwise); writes go through registry.cycles.proposals, which
checks what the user may change (403 otherwise). Every form works as a plain POST and redirect; with htmx
the target rows are saved in place and answer only the row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html_join
from django.utils.safestring import SafeString
from django.views.decorators.http import require_GET, require_POST

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
from trongtam.registry.organisations.models import Organisation
from trongtam.web.forms_common import SummaryItem, error_summary, field_messages, field_state
from trongtam.web.forms_proposals import (
    HeaderForm,
    TargetEditForm,
    TargetForm,
    TaskAddForm,
    TaskEditForm,
    flat_errors,
)
from trongtam.web.templatetags.vn import vn_date

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
    # What a refused edit of this row typed, and its errors (``_mark_refused``); none by default.
    target.vals, target.ferr, target.row_error = None, {}, ""  # type: ignore[attr-defined]
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
        # A large letter, or one read slowly whatever its size (an image or a scanned PDF by OCR, seconds a
        # page; a .doc through LibreOffice), is read in a background job.
        content = upload.read()
        if (upload.size or 0) > settings.TRONGTAM_UPLOAD_JOB_BYTES or svc.reads_slowly(
            filename=filename, content=content
        ):
            svc.upload_precheck(filename=filename, content=content)
            return _upload_in_background(request, cycle, unit, filename, content)
        proposal = svc.proposal_upload(
            cycle=cycle, unit=unit, user=request.user, content=content, filename=filename
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
    # A refused edit of this task: what was typed, each field's error, the message.
    vals: Any = None
    ferr: dict[str, str] = field(default_factory=dict)
    error: str = ""
    # A refused new target of this task, the same way.
    new_vals: Any = None
    new_ferr: dict[str, str] = field(default_factory=dict)
    new_error: str = ""
    new_opts: dict[str, SafeString] = field(default_factory=dict)


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
    return _review_page(request, proposal)


@dataclass
class Refused:
    """A form of the review page that was refused: whose it is, what was typed, each field's error."""

    kind: str  # "target", "task" or "new_target" (its task's pk)
    pk: int
    vals: Any
    errors: dict[str, str]
    message: str


# The HTML id of each field of a task's edit form (_task.html), for the error summary's links.
_TASK_FIELD_IDS = {
    "number": "number",
    "deadline": "deadline",
    "text": "text",
    "lead_text": "lead",
    "coordinating_text": "coord",
    "deadline_text": "dtext",
}


# The header form's fields (review.html): name → (HTML id, label, textarea?, maxlength).
_HEADER_FIELDS = {
    "letter_number": ("h-number", "Số", False, 32),
    "letter_symbol": ("h-symbol", "Ký hiệu", False, 64),
    "letter_date": ("h-date", "Ngày (dd/mm/yyyy)", False, 0),
    "place": ("h-place", "Địa danh", False, 128),
    "subject": ("h-subject", "Trích yếu", False, 500),
    "recipients": ("h-recipients", "Kính gửi (mỗi nơi một dòng)", True, 0),
    "signer_authority": ("h-authority", "Thẩm quyền ký", True, 0),
    "signer_title": ("h-title", "Chức vụ người ký", False, 255),
    "signer_name": ("h-signer", "Người ký", False, 255),
}


@dataclass(frozen=True)
class HeaderField:
    """A field of the header form as drawn: stored, or (refused) as typed with its error."""

    name: str
    field_id: str
    label: str
    textarea: bool
    maxlength: int
    value: str
    error: str

    @property
    def error_id(self) -> str:
        return f"{self.field_id}-loi"


def _header_fields(proposal: Proposal, form: HeaderForm | None) -> dict[str, HeaderField]:
    out: dict[str, HeaderField] = {}
    for name, (field_id, label, textarea, maxlength) in _HEADER_FIELDS.items():
        if form is not None:
            state = field_state(form, name, field_id)
            value, error = state.value, state.error
        else:
            stored = getattr(proposal, name)
            value = (vn_date(stored) if stored else "") if name == "letter_date" else str(stored or "")
            error = ""
        out[name] = HeaderField(name, field_id, label, textarea, maxlength, value, error)
    return out


def _review_page(
    request: HttpRequest,
    proposal: Proposal,
    *,
    refused: Refused | None = None,
    header: HeaderForm | None = None,
    step: dict[str, str] | None = None,
    status: int = 200,
) -> HttpResponse:
    """The review page; with ``refused`` (or ``header``), that form drawn again as typed, each error
    beside its field; with ``step``, the refused submission or return (``form``: "gui" or "tra-lai",
    ``field``: the id of the field the ``error`` is about, ``reason``: the reason typed)."""
    editable = permissions.can_edit_proposal(request.user, proposal)
    groups, targets = _review_groups(proposal, editable)
    cycle = proposal.cycle
    summary: list[SummaryItem] = []
    if refused is not None:
        summary = _mark_refused(groups, refused)
    if header is not None:
        summary = error_summary(header, ids={name: spec[0] for name, spec in _HEADER_FIELDS.items()})
    if step is not None:
        summary = [SummaryItem(step["field"], step["error"])]
    return render(
        request,
        "web/proposals/review.html",
        {
            "error_summary": summary,
            "header_fields": _header_fields(proposal, header),
            "header_refused": header is not None,
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
            "step": step,
        },
        status=status,
    )


def _mark_refused(groups: list[ReviewGroup], refused: Refused) -> list[SummaryItem]:
    """Put what was typed and the errors on the refused task or target; the summary's lines."""
    stack = [node for group in groups for node in group.tasks]
    while stack:
        node = stack.pop()
        stack.extend(node.children)
        if refused.kind == "new_target" and node.task.pk == refused.pk:
            _mark_new_target(node, refused)
            ids = {name: f"moi-{node.task.pk}-{name}" for name in refused.errors}
            break
        if refused.kind == "task" and node.task.pk == refused.pk:
            node.vals, node.ferr, node.error = refused.vals, refused.errors, refused.message
            ids = {name: f"nv-{node.task.pk}-{suffix}" for name, suffix in _TASK_FIELD_IDS.items()}
            break
        target = next((t for t in node.targets if t.pk == refused.pk), None)
        if refused.kind == "target" and target is not None:
            target.vals, target.ferr, target.row_error = refused.vals, refused.errors, refused.message  # type: ignore[attr-defined]
            ids = {name: f"ct-{target.pk}-{name}" for name in refused.errors}
            break
    else:
        return [SummaryItem("", refused.message)]
    return [SummaryItem(ids.get(name, ""), message) for name, message in refused.errors.items()]


# ---------------------------------------------------------------------------------------------
# Proposal actions


@login_required
@require_POST
def proposal_header(request: HttpRequest, proposal_id: int) -> HttpResponse:
    # The header as read can be wrong too (a number in the wrong box, a missing date).
    proposal = _proposal_for(request, proposal_id)
    form = HeaderForm(request.POST)
    if form.is_valid():
        try:
            svc.proposal_update(proposal=proposal, user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            # The model's own checks: each beside its field when it names one, else on top.
            if hasattr(exc, "error_dict"):
                for name, errors in exc.error_dict.items():
                    form.add_error(name if name in form.fields else None, errors)
            else:
                form.add_error(None, exc)
    if form.errors:
        proposal.refresh_from_db()
        return _review_page(request, proposal, header=form, status=400)
    return _task_result(request, proposal.pk, "thong-tin", ok="Đã lưu thông tin văn bản.")


@login_required
@require_POST
def proposal_submit(request: HttpRequest, proposal_id: int) -> HttpResponse:
    # Submitting needs an explicit confirmation, because the unit cannot edit afterwards.
    proposal = _proposal_for(request, proposal_id)
    # A refused submission is the review page again (400), the reason beside the confirmation box.
    if request.POST.get("confirm") != "1":
        if not permissions.can_edit_proposal(request.user, proposal):
            raise PermissionDenied("Chỉ cán bộ của đơn vị gửi được đề xuất đang soạn hoặc bị trả lại.")
        step = {"form": "gui", "field": "xac-nhan", "error": "Hãy đánh dấu xác nhận trước khi gửi đề xuất."}
        return _review_page(request, proposal, step=step, status=400)
    try:
        svc.proposal_submit(proposal=proposal, user=request.user)
    except ValidationError as exc:
        step = {"form": "gui", "field": "xac-nhan", "error": _form_errors(exc)}
        return _review_page(request, proposal, step=step, status=400)
    messages.success(request, "Đã gửi đề xuất tới văn phòng tổng hợp.")
    return redirect(_review_url(proposal.pk))


@login_required
@require_POST
def proposal_return(request: HttpRequest, proposal_id: int) -> HttpResponse:
    proposal = _proposal_for(request, proposal_id)
    reason = request.POST.get("reason", "")
    try:
        svc.proposal_return(proposal=proposal, user=request.user, reason=reason)
    except ValidationError as exc:
        # The review page again (400) with the reason typed and why it was refused beside it.
        step = {"form": "tra-lai", "field": "reason", "error": _form_errors(exc), "reason": reason}
        return _review_page(request, proposal, step=step, status=400)
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
    ferr: dict[str, str] | None = None,
    saved: bool = False,
    status: int = 200,
) -> HttpResponse:
    return render(
        request,
        "web/proposals/_target_row.html",
        {
            "t": _with_options(target),
            "vals": vals,
            "row_error": error,
            "ferr": ferr or {},
            "saved": saved,
            "editable": True,
        },
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
        error = f"Chưa lưu. {flat_errors(form)}"
        # Show back what was typed, so nothing is lost while the user corrects it.
        for name in ("op", "change", "basis", "direction"):
            setattr(target, name, request.POST.get(name, getattr(target, name)))
        if _is_htmx(request):
            return _row(request, target, vals=request.POST, error=error, ferr=field_messages(form))
        refused = Refused("target", target.pk, request.POST, field_messages(form), error)
        return _review_page(request, _proposal_for(request, proposal_id), refused=refused, status=400)
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
        # Nothing was added: the form again as typed, each error beside its field.
        refused = Refused(
            "new_target",
            task.pk,
            request.POST,
            field_messages(form),
            f"Chưa thêm chỉ tiêu. {flat_errors(form)}",
        )
        if _is_htmx(request):
            node = ReviewTask(task=task, targets=[])
            node.urls = {"target_add": reverse("web:proposal_target_add", args=[task.pk])}
            _mark_new_target(node, refused)
            response = render(
                request,
                "web/proposals/_target_add.html",
                {"node": node, "new_opts": _target_options(None)},
            )
            response["HX-Retarget"] = f"#them-ct-{task.pk}"
            response["HX-Reswap"] = "outerHTML"
            return response
        return _review_page(request, _proposal_for(request, proposal_id), refused=refused, status=400)
    try:
        target = svc.target_add(key_task=task, user=request.user, **form.cleaned_data)
    except ValidationError as exc:
        return _task_result(request, proposal_id, f"nv-{task.pk}", error=_form_errors(exc))
    if _is_htmx(request):
        return _row(request, target, saved=True)
    messages.success(request, f"Đã thêm chỉ tiêu “{target.indicator}”.")
    return redirect(_review_url(proposal_id, f"ct-{target.pk}"))


def _mark_new_target(node: ReviewTask, refused: Refused) -> None:
    node.new_vals, node.new_ferr, node.new_error = refused.vals, refused.errors, refused.message
    node.new_opts = {"op": _options("op", str(refused.vals.get("op", _DEFAULTS["op"])))}


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
        error = f"Chưa lưu. {flat_errors(form)}"
        if _is_htmx(request):
            return _task_result(request, proposal_id, f"nv-{task.pk}", error=error)
        refused = Refused("task", task.pk, request.POST, field_messages(form), error)
        return _review_page(request, _proposal_for(request, proposal_id), refused=refused, status=400)
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
        return _task_result(request, proposal.pk, "them-nhiem-vu", error=f"Chưa thêm. {flat_errors(form)}")
    data = dict(form.cleaned_data)
    field_id, parent_id = data.pop("field_id"), data.pop("parent_id")
    field_obj = Field.objects.filter(pk=field_id, cycle_id=proposal.cycle_id).first() if field_id else None
    parent = KeyTask.objects.filter(pk=parent_id, proposal=proposal).first() if parent_id else None
    try:
        task = svc.key_task_add(proposal=proposal, user=request.user, field=field_obj, parent=parent, **data)
    except ValidationError as exc:
        return _task_result(request, proposal.pk, "them-nhiem-vu", error=_form_errors(exc))
    return _task_result(request, proposal.pk, f"nv-{task.pk}", ok="Đã thêm nhiệm vụ.")
