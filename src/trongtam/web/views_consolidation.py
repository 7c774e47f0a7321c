"""The office's pages: open a cycle, consolidate proposals, approve, adjust, compare versions, history, reminders."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from trongtam.registry import policy
from trongtam.registry.cycles import consolidation, history, selectors, services
from trongtam.registry.cycles.models import ApprovedVersion, Cycle, KeyTask, Numbering, Target, ValueChoice
from trongtam.registry.cycles.permissions import is_coordinator, is_leader
from trongtam.registry.organisations.models import Organisation
from trongtam.registry.organisations.selectors import organisation_ids_for_user, organisation_list
from trongtam.web.errors import id_or_400, ids_or_400
from trongtam.web.forms_common import FieldState, describe_errors, error_summary, field_state
from trongtam.web.forms_consolidation import (
    ApproveForm,
    CarryOverForm,
    ListTaskForm,
    MergeForm,
    NumberingForm,
    ReasonForm,
    RemindForm,
    ValueChoiceForm,
)
from trongtam.web.widgets import FileInput


def _ruleset_choices() -> list[tuple[str, str]]:
    from trongtam.core.assessment import list_rulesets

    return [("", "— chưa chọn —"), *[(r.id, r.name) for r in list_rulesets() if not r.template]]


NO_BODY_TODAY = (
    "Tài khoản của bạn chưa thuộc văn phòng nào còn hoạt động hôm nay (các cơ quan cấp huyện đã kết thúc "
    "ngày 30/6/2025). Nhờ quản trị viên gắn tài khoản với cơ quan hiện nay (Quản trị › Thành viên) "
    "hoặc đăng nhập bằng tài khoản của cơ quan kế thừa."
)


class CycleForm(forms.Form):
    # Validation is the server's, in Vietnamese: the browser's own "Please select an item in the list."
    # would speak the browser's language and say nothing about how to fix an empty list.
    use_required_attribute = False

    owner = forms.ModelChoiceField(
        queryset=Organisation.objects.none(),
        label="Cơ quan có nhiệm vụ trọng tâm",
        empty_label="— chọn cơ quan —",
        error_messages={"required": "Hãy chọn cơ quan có nhiệm vụ trọng tâm."},
    )
    office = forms.ModelChoiceField(
        queryset=Organisation.objects.none(),
        label="Cơ quan tham mưu, tổng hợp",
        empty_label="— chọn cơ quan —",
        error_messages={"required": "Hãy chọn cơ quan tham mưu, tổng hợp."},
    )
    year = forms.IntegerField(
        label="Năm",
        min_value=2000,
        max_value=2100,
        error_messages={
            "required": "Hãy nhập năm của đợt đăng ký.",
            "invalid": "Năm phải là một số, ví dụ 2026.",
            "min_value": "Năm phải từ 2000 trở đi.",
            "max_value": "Năm phải đến 2100 là cùng.",
        },
    )
    request_number = forms.CharField(label="Số công văn đề nghị", max_length=32, required=False)
    request_symbol = forms.CharField(label="Ký hiệu (ví dụ CV/HU)", max_length=64, required=False)
    request_date = forms.DateField(
        label="Ngày công văn (dd/mm/yyyy)", required=False, input_formats=["%d/%m/%Y", "%Y-%m-%d"]
    )
    request_issuer = forms.ModelChoiceField(
        queryset=Organisation.objects.none(),
        label="Cơ quan ban hành công văn",
        required=False,
        empty_label="— cấp ủy của cơ quan có nhiệm vụ (mặc định) —",
        help_text="Cơ quan ký công văn đề nghị, ví dụ Đảng ủy xã với công văn số …-CV/ĐU.",
    )
    request_subject = forms.CharField(label="Trích yếu", max_length=500, required=False)
    request_file = forms.FileField(label="Tệp công văn", required=False, widget=FileInput)
    invited_units = forms.ModelMultipleChoiceField(
        queryset=Organisation.objects.none(),
        label="Đơn vị được đề nghị đề xuất",
        required=True,
        error_messages={"required": "Hãy chọn ít nhất một đơn vị được đề nghị đề xuất."},
    )
    proposal_deadline = forms.DateField(
        label="Hạn đề xuất (dd/mm/yyyy)", required=False, input_formats=["%d/%m/%Y", "%Y-%m-%d"]
    )
    ruleset = forms.CharField(label="Bộ quy tắc đánh giá", max_length=128, required=False)
    numbering = forms.ChoiceField(
        label="Cách đánh số nhiệm vụ khi phê duyệt",
        choices=Numbering.choices,
        initial=Numbering.PER_FIELD,
        required=False,
    )
    extra_reason = forms.CharField(
        label="Lý do mở thêm đợt",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Chỉ cần khi cơ quan đã có đợt đăng ký cùng năm.",
    )

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        owner, year = data.get("owner"), data.get("year")
        if owner is not None and year and not str(data.get("extra_reason") or "").strip():
            if Cycle.objects.filter(owner=owner, year=year).exists():
                self.add_error(
                    "extra_reason",
                    f"{owner} đã có đợt đăng ký năm {year}: hãy nêu lý do mở thêm đợt "
                    "(ví dụ: đăng ký bổ sung theo chỉ đạo mới).",
                )
        return data

    def __init__(self, *args: object, user: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        mine = organisation_ids_for_user(user=user, roles={"coordinator", "admin"})  # type: ignore[arg-type]
        active = organisation_list(active_on=timezone.localdate())
        self.fields["office"].queryset = active.filter(id__in=mine)  # type: ignore[attr-defined]
        # The body whose tasks these are is the office itself, the body above it, or a sibling of the office
        # under that body (Văn phòng Huyện ủy → Ban Thường vụ Huyện ủy).
        parents = set(Organisation.objects.filter(id__in=mine).values_list("parent_id", flat=True)) - {None}
        self.fields["owner"].queryset = active.filter(  # type: ignore[attr-defined]
            Q(id__in=mine) | Q(id__in=parents) | Q(parent_id__in=parents)
        )
        # Units and issuers of the person's own province only (the policy's filter), never another's.
        choosable = active.filter(policy.organisation_choices_q(user))  # type: ignore[arg-type]
        self.fields["invited_units"].queryset = choosable  # type: ignore[attr-defined]
        self.fields["request_issuer"].queryset = choosable  # type: ignore[attr-defined]
        # An empty list says why and what to do, in the select itself and beside it.
        self.no_body_today = not self.fields["office"].queryset.exists()  # type: ignore[attr-defined]
        if self.no_body_today:
            for name in ("owner", "office"):
                field = self.fields[name]
                field.empty_label = "— không có cơ quan nào còn hoạt động hôm nay —"  # type: ignore[attr-defined]
                field.help_text = NO_BODY_TODAY
                field.error_messages["required"] = "Không có cơ quan nào để chọn: xem hướng dẫn ở đầu trang."
        choices = _ruleset_choices()
        if choices:
            self.fields["ruleset"] = forms.ChoiceField(
                label="Bộ quy tắc đánh giá", choices=choices, required=False
            )


ISSUING_KINDS = {"party_committee", "council", "council_standing", "peoples_committee"}


def default_issuer(owner: Organisation) -> Organisation:
    """Who signs the request letter when the office does not say: the owner itself when it is a committee,
    council or people's committee; otherwise the committee above it (Ban Thường vụ → Đảng ủy xã)."""
    if owner.kind in ISSUING_KINDS or owner.parent is None:
        return owner
    return owner.parent


@login_required
def cycle_create(request: HttpRequest) -> HttpResponse:
    # Only people who coordinate some office may open a cycle; the form offers only their bodies.
    policy.require(request.user, "cycle.create", None, "Chỉ văn phòng tham mưu được mở đợt đăng ký.")
    form = CycleForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        cycle = services.cycle_create(
            owner=data["owner"],
            office=data["office"],
            year=data["year"],
            request_number=data["request_number"],
            request_symbol=data["request_symbol"],
            request_date=data["request_date"],
            request_issuer=data["request_issuer"] or default_issuer(data["owner"]),
            request_subject=data["request_subject"],
            invited_units=data["invited_units"],
            proposal_deadline=data["proposal_deadline"],
            ruleset=data["ruleset"] or "",
            status="open",
            extra_reason=data["extra_reason"],
            numbering=data["numbering"] or Numbering.PER_FIELD,
        )
        if data["request_file"]:
            cycle.request_file = data["request_file"]
            cycle.save(update_fields=["request_file"])
        messages.success(
            request, "Đã mở đợt đăng ký. Các đơn vị được đề nghị sẽ thấy đợt này trong danh sách."
        )
        return redirect("web:cycle_detail", cycle.id)
    status = 400 if form.is_bound else 200
    return render(
        request,
        "web/consolidation/cycle_form.html",
        {"form": form, "error_summary": describe_errors(form)},
        status=status,
    )


def _cycle_for(request: HttpRequest, cycle_id: int) -> Cycle:
    return selectors.cycle_get_for_user(user=request.user, cycle_id=cycle_id)


def _office_or_leader(request: HttpRequest, cycle: Cycle) -> None:
    # Units see the cycle but not the office's workspace: answer 404 as for anything they may not see.
    if not (is_coordinator(request.user, cycle) or is_leader(request.user, cycle)):
        raise Http404("Không tìm thấy trang.")


@login_required
def consolidation_page(request: HttpRequest, cycle_id: int) -> HttpResponse:
    cycle = _cycle_for(request, cycle_id)
    _office_or_leader(request, cycle)
    return _page(request, cycle)


@dataclass
class Refused:
    """A form of the consolidation page the server refused: which one (``key``), the bound form and the
    HTML ids of its fields (for the summary's links and the errors' ids)."""

    key: str
    form: forms.Form
    ids: dict[str, str] = dataclass_field(default_factory=dict)

    def states(self) -> dict[str, FieldState]:
        return {name: field_state(self.form, name, self.ids.get(name)) for name in self.form.fields}

    def chosen(self, name: str) -> set[str]:
        """The values of a multiple choice as sent (to tick them again)."""
        return set(self.form.data.getlist(name)) if hasattr(self.form.data, "getlist") else set()


def _page(request: HttpRequest, cycle: Cycle, refused: Refused | None = None) -> HttpResponse:
    """The consolidation page; with ``refused``, again (400) with what was typed in that form, each error
    beside its field and the summary on top."""
    targets = Prefetch(
        "targets",
        queryset=Target.objects.order_by("order").prefetch_related(
            Prefetch("sources", queryset=Target.objects.select_related("key_task__proposal__unit")),
            Prefetch("value_choices", queryset=ValueChoice.objects.filter(decided_at__isnull=True)),
        ),
    )
    tasks = list(
        consolidation.list_tasks(cycle)
        .select_related("field", "carried_from__cycle")
        .prefetch_related(
            targets,
            "children",
            "lead_units",
            "coordinating_units",
            Prefetch("sources", queryset=KeyTask.objects.select_related("proposal__unit")),
        )
        .order_by("field__order", "order", "id")
    )
    groups: dict[object, list[KeyTask]] = {}
    for task in tasks:
        groups.setdefault(task.field, []).append(task)
    context = {
        "cycle": cycle,
        "groups": list(groups.items()),
        "can_edit": is_coordinator(request.user, cycle) and cycle.status in consolidation.EDITABLE,
        "can_approve": is_leader(request.user, cycle)
        and cycle.status in {"open", "consolidating", "adjusting", "sent"},
        "can_send": is_coordinator(request.user, cycle) and cycle.status in consolidation.AWAITING_LIST,
        "can_return": cycle.status == "sent"
        and (is_coordinator(request.user, cycle) or is_leader(request.user, cycle)),
        "numberings": Numbering.choices,
        "can_adjust": cycle.status == "approved"
        and (is_coordinator(request.user, cycle) or is_leader(request.user, cycle)),
        "units": consolidation.cycle_unit_statuses(cycle=cycle),
        "carry": consolidation.carry_over_candidates(cycle=cycle)
        if is_coordinator(request.user, cycle)
        else [],
        "organisations": _unit_choices(request, cycle),
        "fields": cycle.fields.order_by("order"),
        "versions": cycle.approved_versions.order_by("-number"),
    }
    if refused is None:
        return render(request, "web/consolidation/page.html", context)
    states = refused.states()
    shown: dict[str, object] = {"key": refused.key, **states}
    context["refused"] = shown
    context["error_summary"] = error_summary(refused.form, ids=refused.ids)
    context["non_field_errors"] = [str(m) for m in refused.form.non_field_errors()]
    if refused.key == "remind":
        shown["units_chosen"] = refused.chosen("units")
    for task in tasks:
        if refused.key in (f"task-{task.id}", f"merge-{task.id}"):
            task.refused = {  # type: ignore[attr-defined]
                "key": refused.key.split("-")[0],
                **states,
                "lead_chosen": refused.chosen("lead_units"),
                "coord_chosen": refused.chosen("coordinating_units"),
            }
        for target in task.targets.all():
            for choice in target.value_choices.all():
                if refused.key == f"choice-{choice.id}":
                    choice.refused = states  # type: ignore[attr-defined]
    return render(request, "web/consolidation/page.html", context, status=400)


def _refuse(request: HttpRequest, cycle: Cycle, refused: Refused, action: str) -> HttpResponse:
    """Answer a refused form with the page again, to those who may make that write (the others are
    refused as before: 403, or 404 for a page they do not see)."""
    policy.require(request.user, action, cycle, "Bạn không có quyền thực hiện thao tác này.")
    _office_or_leader(request, cycle)
    return _page(request, cycle, refused)


def _act(
    request: HttpRequest,
    cycle: Cycle,
    action: Callable[[], object],
    success: str,
    refused: Refused | None = None,
    policy_action: str = "cycle.view",
) -> HttpResponse:
    """Run a service; what it refuses is shown on the page again (400) with what was typed, in Vietnamese."""
    try:
        action()
    except ValidationError as exc:
        refused = refused or Refused("", forms.Form(request.POST))
        refused.form.is_valid()  # validated before the error is added (add_error needs cleaned_data)
        refused.form.add_error(None, exc.messages)
        return _refuse(request, cycle, refused, policy_action)
    messages.success(request, success)
    return redirect("web:consolidation", cycle.id)


def _unit_choices(request: HttpRequest, cycle: Cycle) -> QuerySet[Organisation]:
    """The lead and coordinating units a task of the list may name: the cycle's province's (the policy's)."""
    return organisation_list(active_on=date.today()).filter(
        policy.organisation_choices_q(request.user, cycle)
    )


def _list_task(cycle: Cycle, task_id: int) -> KeyTask:
    return get_object_or_404(KeyTask, id=task_id, cycle=cycle, proposal__isnull=True)


@login_required
@require_POST
def consolidation_build(request: HttpRequest, cycle_id: int) -> HttpResponse:
    cycle = _cycle_for(request, cycle_id)
    return _act(
        request,
        cycle,
        lambda: consolidation.consolidation_build(cycle=cycle, user=request.user),
        "Đã tổng hợp các đề xuất đã gửi.",
        policy_action="cycle.manage",
    )


@login_required
@require_POST
def list_task_edit(request: HttpRequest, cycle_id: int, task_id: int) -> HttpResponse:
    cycle = _cycle_for(request, cycle_id)
    task = _list_task(cycle, task_id)
    post = request.POST
    # Ids that are not even numbers are not typed by anyone: a plain 400 as for any malformed request.
    id_or_400(post.get("field"), "lĩnh vực")
    ids_or_400(post.getlist("lead_units"), "đơn vị chủ trì")
    ids_or_400(post.getlist("coordinating_units"), "đơn vị phối hợp")
    form = ListTaskForm(post, cycle=cycle, units=_unit_choices(request, cycle))
    refused = Refused(
        f"task-{task.id}",
        form,
        {
            "text": f"text{task.id}",
            "field": f"field{task.id}",
            "lead_units": f"lead{task.id}",
            "coordinating_units": f"coord{task.id}",
            "deadline": f"deadline{task.id}",
            "version": f"text{task.id}",
        },
    )
    if not form.is_valid():
        return _refuse(request, cycle, refused, "cycle.manage")
    data = form.cleaned_data
    return _act(
        request,
        cycle,
        lambda: consolidation.list_task_update(
            task=task,
            user=request.user,
            expected_version=data["version"],
            text=data["text"],
            field=data["field"],
            lead_units=data["lead_units"],
            coordinating_units=data["coordinating_units"],
            deadline=data["deadline"],
            clear_deadline=data["deadline"] is None,
        ),
        "Đã lưu nhiệm vụ.",
        refused,
        "cycle.manage",
    )


@login_required
@require_POST
def list_task_merge(request: HttpRequest, cycle_id: int, task_id: int) -> HttpResponse:
    cycle = _cycle_for(request, cycle_id)
    task = _list_task(cycle, task_id)
    id_or_400(request.POST.get("other"), "nhiệm vụ")
    others = list(consolidation.list_tasks(cycle).exclude(id=task.id).values_list("id", flat=True))
    form = MergeForm(request.POST, task_ids=others)
    refused = Refused(f"merge-{task.id}", form, {"other": f"other{task.id}"})
    if not form.is_valid():
        return _refuse(request, cycle, refused, "cycle.manage")
    other = _list_task(cycle, form.cleaned_data["other"])
    return _act(
        request,
        cycle,
        lambda: consolidation.list_task_merge(task=task, other=other, user=request.user),
        "Đã gộp hai nhiệm vụ.",
        refused,
        "cycle.manage",
    )


@login_required
@require_POST
def list_task_move(request: HttpRequest, cycle_id: int, task_id: int) -> HttpResponse:
    cycle = _cycle_for(request, cycle_id)
    task = _list_task(cycle, task_id)
    offset = -1 if request.POST.get("direction") == "up" else 1
    return _act(
        request,
        cycle,
        lambda: consolidation.list_task_move(task=task, user=request.user, offset=offset),
        "Đã sắp xếp lại.",
        policy_action="cycle.manage",
    )


@login_required
@require_POST
def list_task_delete(request: HttpRequest, cycle_id: int, task_id: int) -> HttpResponse:
    cycle = _cycle_for(request, cycle_id)
    task = _list_task(cycle, task_id)
    return _act(
        request,
        cycle,
        lambda: consolidation.list_task_delete(task=task, user=request.user),
        "Đã bỏ nhiệm vụ khỏi danh mục.",
        policy_action="cycle.manage",
    )


@login_required
@require_POST
def target_main(request: HttpRequest, cycle_id: int, target_id: int) -> HttpResponse:
    cycle = _cycle_for(request, cycle_id)
    target = get_object_or_404(Target, id=target_id, key_task__cycle=cycle, key_task__proposal__isnull=True)
    is_main = request.POST.get("is_main") == "1"
    return _act(
        request,
        cycle,
        lambda: consolidation.target_mark_main(target=target, user=request.user, is_main=is_main),
        "Đã cập nhật chỉ tiêu chủ yếu.",
        policy_action="cycle.manage",
    )


@login_required
@require_POST
def value_choice(request: HttpRequest, cycle_id: int, choice_id: int) -> HttpResponse:
    cycle = _cycle_for(request, cycle_id)
    choice = get_object_or_404(ValueChoice, id=choice_id, target__key_task__cycle=cycle)
    id_or_400(request.POST.get("target_id"), "chỉ tiêu")
    offered = [alt.get("target_id") for alt in choice.alternatives if isinstance(alt, dict)]
    form = ValueChoiceForm(request.POST, target_ids=[i for i in offered if isinstance(i, int)])
    refused = Refused(
        f"choice-{choice.id}", form, {"target_id": f"alt{choice.id}", "note": f"note{choice.id}"}
    )
    if not form.is_valid():
        return _refuse(request, cycle, refused, "cycle.manage")
    return _act(
        request,
        cycle,
        lambda: consolidation.value_choice_decide(
            choice=choice,
            user=request.user,
            target_id=form.cleaned_data["target_id"],
            note=form.cleaned_data["note"],
        ),
        "Đã ghi nhận giá trị được chọn.",
        refused,
        "cycle.manage",
    )


@login_required
@require_POST
def remind(request: HttpRequest, cycle_id: int) -> HttpResponse:
    cycle = _cycle_for(request, cycle_id)
    ids_or_400(request.POST.getlist("units"), "đơn vị")
    form = RemindForm(request.POST, cycle=cycle)
    first = next(
        (
            s.unit.id
            for s in consolidation.cycle_unit_statuses(cycle=cycle)
            if not s.proposal or s.proposal.status != "submitted"
        ),
        0,
    )
    refused = Refused("remind", form, {"units": f"u{first}"})
    if not form.is_valid():
        return _refuse(request, cycle, refused, "cycle.manage")
    return _act(
        request,
        cycle,
        lambda: consolidation.cycle_remind_units(
            cycle=cycle, user=request.user, units=form.cleaned_data["units"]
        ),
        "Đã gửi nhắc nhở.",
        refused,
        "cycle.manage",
    )


@login_required
@require_POST
def carry_over(request: HttpRequest, cycle_id: int) -> HttpResponse:
    cycle = _cycle_for(request, cycle_id)
    task = get_object_or_404(
        KeyTask, id=id_or_400(request.POST.get("task"), "nhiệm vụ"), proposal__isnull=True
    )
    selectors.cycle_get_for_user(user=request.user, cycle_id=task.cycle_id)
    return _act(
        request,
        cycle,
        lambda: consolidation.key_task_carry_over(task=task, into=cycle, user=request.user),
        "Đã chuyển tiếp nhiệm vụ vào đợt này.",
        Refused("carry", CarryOverForm(request.POST, task_ids=[task.id]), {"task": "carry-task"}),
        "cycle.manage",
    )


@login_required
def approve_confirm(request: HttpRequest, cycle_id: int) -> HttpResponse:
    # Approval is a decision: the leader sees what is missing (units, deadline, the office's submission) first.
    cycle = _cycle_for(request, cycle_id)
    policy.require(request.user, "cycle.approve", cycle, "Chỉ lãnh đạo của cơ quan được phê duyệt danh mục.")
    check = consolidation.cycle_approval_check(cycle=cycle)
    tasks = consolidation.list_tasks(cycle).count()
    return render(
        request,
        "web/consolidation/approve_confirm.html",
        {"cycle": cycle, "check": check, "tasks": tasks},
    )


@login_required
@require_POST
def send_to_leader(request: HttpRequest, cycle_id: int) -> HttpResponse:
    cycle = _cycle_for(request, cycle_id)
    return _act(
        request,
        cycle,
        lambda: consolidation.cycle_send_to_leader(cycle=cycle, user=request.user),
        "Đã trình danh mục lên lãnh đạo phê duyệt; danh mục tạm khóa cho đến khi được phê duyệt hoặc trả lại.",
        policy_action="cycle.manage",
    )


@login_required
@require_POST
def return_to_office(request: HttpRequest, cycle_id: int) -> HttpResponse:
    cycle = _cycle_for(request, cycle_id)
    form = ReasonForm(request.POST, label="Lý do trả lại")
    refused = Refused("return", form, {"reason": "return-reason"})
    if not form.is_valid():
        return _refuse(request, cycle, refused, "cycle.adjust")
    return _act(
        request,
        cycle,
        lambda: consolidation.cycle_return_to_office(
            cycle=cycle, user=request.user, reason=form.cleaned_data["reason"]
        ),
        "Đã trả lại danh mục để văn phòng hoàn thiện.",
        refused,
        "cycle.adjust",
    )


@login_required
@require_POST
def set_numbering(request: HttpRequest, cycle_id: int) -> HttpResponse:
    cycle = _cycle_for(request, cycle_id)
    form = NumberingForm(request.POST)
    refused = Refused("numbering", form, {"numbering": "numbering"})
    if not form.is_valid():
        return _refuse(request, cycle, refused, "cycle.manage")
    return _act(
        request,
        cycle,
        lambda: consolidation.cycle_set_numbering(
            cycle=cycle, user=request.user, numbering=form.cleaned_data["numbering"]
        ),
        "Đã lưu cách đánh số; danh mục được đánh số lại khi phê duyệt.",
        refused,
        "cycle.manage",
    )


@login_required
@require_POST
def approve(request: HttpRequest, cycle_id: int) -> HttpResponse:
    cycle = _cycle_for(request, cycle_id)
    policy.require(request.user, "cycle.approve", cycle, "Chỉ lãnh đạo của cơ quan được phê duyệt danh mục.")
    if request.POST.get("confirm") != "1":
        # Without the confirmation page's answer, show that page instead of approving.
        messages.warning(request, "Hãy xem các lưu ý và xác nhận trước khi phê duyệt.")
        return redirect("web:approve_confirm", cycle.id)
    check = consolidation.cycle_approval_check(cycle=cycle)
    form = ApproveForm(request.POST, adjustment=check.adjustment)
    if form.is_valid():
        try:
            consolidation.cycle_approve(cycle=cycle, user=request.user, reason=form.cleaned_data["reason"])
        except ValidationError as exc:
            form.add_error(None, exc.messages)
        else:
            messages.success(request, "Đã phê duyệt danh mục nhiệm vụ trọng tâm.")
            return redirect("web:consolidation", cycle.id)
    # The confirmation page again, with the reason typed and why it was refused.
    return render(
        request,
        "web/consolidation/approve_confirm.html",
        {
            "cycle": cycle,
            "check": check,
            "tasks": consolidation.list_tasks(cycle).count(),
            "form": form,
            "reason": field_state(form, "reason", "reason"),
            "error_summary": error_summary(form, ids={"reason": "reason"}),
        },
        status=400,
    )


@login_required
@require_POST
def start_adjustment(request: HttpRequest, cycle_id: int) -> HttpResponse:
    cycle = _cycle_for(request, cycle_id)
    form = ReasonForm(
        request.POST, label="Lý do điều chỉnh", required_message="Điều chỉnh danh mục cần nêu lý do."
    )
    refused = Refused("adjust", form, {"reason": "adj-reason"})
    if not form.is_valid():
        return _refuse(request, cycle, refused, "cycle.adjust")
    return _act(
        request,
        cycle,
        lambda: consolidation.cycle_start_adjustment(
            cycle=cycle, user=request.user, reason=form.cleaned_data["reason"]
        ),
        "Đã mở điều chỉnh danh mục. Bản phê duyệt trước được giữ để so sánh.",
        refused,
        "cycle.adjust",
    )


@login_required
def versions(request: HttpRequest, cycle_id: int) -> HttpResponse:
    cycle = _cycle_for(request, cycle_id)
    all_versions = list(cycle.approved_versions.select_related("approved_by").order_by("number"))
    left_n, right_n = request.GET.get("a"), request.GET.get("b", "hien-tai")
    rows = []
    left: ApprovedVersion | None = None
    if all_versions:
        left = next((v for v in all_versions if str(v.number) == left_n), all_versions[0])
        if right_n == "hien-tai":
            right_snapshot = consolidation.list_snapshot(cycle)
        else:
            right_v = next((v for v in all_versions if str(v.number) == right_n), all_versions[-1])
            right_snapshot = right_v.snapshot
        rows = history.snapshot_compare(left.snapshot, right_snapshot)
    return render(
        request,
        "web/consolidation/versions.html",
        {"cycle": cycle, "versions": all_versions, "left": left, "right_n": right_n, "rows": rows},
    )


@login_required
def cycle_history(request: HttpRequest, cycle_id: int) -> HttpResponse:
    cycle = _cycle_for(request, cycle_id)
    return render(
        request,
        "web/consolidation/history.html",
        {
            "cycle": cycle,
            "entries": history.cycle_history(cycle=cycle, unit_ids=policy.principal_of(request.user).member),
        },
    )
