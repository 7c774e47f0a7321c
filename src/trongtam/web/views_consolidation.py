"""The office's pages: open a cycle, consolidate proposals, approve, adjust, compare versions, history, reminders."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Prefetch, Q
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
    request_file = forms.FileField(label="Tệp công văn", required=False)
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
        self.fields["invited_units"].queryset = active  # type: ignore[attr-defined]
        self.fields["request_issuer"].queryset = active  # type: ignore[attr-defined]
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
    return render(request, "web/consolidation/cycle_form.html", {"form": form})


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
        "organisations": organisation_list(active_on=date.today()),
        "fields": cycle.fields.order_by("order"),
        "versions": cycle.approved_versions.order_by("-number"),
    }
    return render(request, "web/consolidation/page.html", context)


def _act(request: HttpRequest, cycle: Cycle, action: Callable[[], object], success: str) -> HttpResponse:
    """Run a service; a validation error becomes a Vietnamese message instead of a crash."""
    try:
        action()
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, success)
    return redirect("web:consolidation", cycle.id)


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
    )


@login_required
@require_POST
def list_task_edit(request: HttpRequest, cycle_id: int, task_id: int) -> HttpResponse:
    cycle = _cycle_for(request, cycle_id)
    task = _list_task(cycle, task_id)
    post = request.POST
    field = cycle.fields.filter(id=id_or_400(post.get("field"), "lĩnh vực")).first()
    deadline = None
    if post.get("deadline"):
        try:
            deadline = date.fromisoformat(post["deadline"])
        except ValueError:
            messages.error(request, "Thời hạn không hợp lệ.")
            return redirect("web:consolidation", cycle.id)
    version = post.get("version")
    if not (version and version.isascii() and version.isdigit()):
        # Without the version it was made on, a save could silently overwrite a newer edit.
        messages.error(
            request, "Thiếu phiên bản của bản đang sửa: hãy tải lại trang rồi sửa lại (chưa lưu gì)."
        )
        return redirect("web:consolidation", cycle.id)
    return _act(
        request,
        cycle,
        lambda: consolidation.list_task_update(
            task=task,
            user=request.user,
            expected_version=int(version),
            text=post.get("text"),
            field=field,
            lead_units=Organisation.objects.filter(
                id__in=ids_or_400(post.getlist("lead_units"), "đơn vị chủ trì")
            ),
            coordinating_units=Organisation.objects.filter(
                id__in=ids_or_400(post.getlist("coordinating_units"), "đơn vị phối hợp")
            ),
            deadline=deadline,
            clear_deadline=not post.get("deadline"),
        ),
        "Đã lưu nhiệm vụ.",
    )


@login_required
@require_POST
def list_task_merge(request: HttpRequest, cycle_id: int, task_id: int) -> HttpResponse:
    cycle = _cycle_for(request, cycle_id)
    task = _list_task(cycle, task_id)
    other = _list_task(cycle, id_or_400(request.POST.get("other"), "nhiệm vụ"))
    return _act(
        request,
        cycle,
        lambda: consolidation.list_task_merge(task=task, other=other, user=request.user),
        "Đã gộp hai nhiệm vụ.",
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
    )


@login_required
@require_POST
def value_choice(request: HttpRequest, cycle_id: int, choice_id: int) -> HttpResponse:
    cycle = _cycle_for(request, cycle_id)
    choice = get_object_or_404(ValueChoice, id=choice_id, target__key_task__cycle=cycle)
    chosen = id_or_400(request.POST.get("target_id"), "chỉ tiêu")
    note = request.POST.get("note", "")
    return _act(
        request,
        cycle,
        lambda: consolidation.value_choice_decide(
            choice=choice, user=request.user, target_id=chosen, note=note
        ),
        "Đã ghi nhận giá trị được chọn.",
    )


@login_required
@require_POST
def remind(request: HttpRequest, cycle_id: int) -> HttpResponse:
    cycle = _cycle_for(request, cycle_id)
    units = cycle.invited_units.filter(id__in=ids_or_400(request.POST.getlist("units"), "đơn vị"))
    if not units:
        messages.error(request, "Hãy chọn ít nhất một đơn vị để nhắc.")
        return redirect("web:consolidation", cycle.id)
    return _act(
        request,
        cycle,
        lambda: consolidation.cycle_remind_units(cycle=cycle, user=request.user, units=units),
        "Đã gửi nhắc nhở.",
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
    )


@login_required
@require_POST
def return_to_office(request: HttpRequest, cycle_id: int) -> HttpResponse:
    cycle = _cycle_for(request, cycle_id)
    reason = request.POST.get("reason", "")
    return _act(
        request,
        cycle,
        lambda: consolidation.cycle_return_to_office(cycle=cycle, user=request.user, reason=reason),
        "Đã trả lại danh mục để văn phòng hoàn thiện.",
    )


@login_required
@require_POST
def set_numbering(request: HttpRequest, cycle_id: int) -> HttpResponse:
    cycle = _cycle_for(request, cycle_id)
    numbering = request.POST.get("numbering", "")
    return _act(
        request,
        cycle,
        lambda: consolidation.cycle_set_numbering(cycle=cycle, user=request.user, numbering=numbering),
        "Đã lưu cách đánh số; danh mục được đánh số lại khi phê duyệt.",
    )


@login_required
@require_POST
def approve(request: HttpRequest, cycle_id: int) -> HttpResponse:
    cycle = _cycle_for(request, cycle_id)
    reason = request.POST.get("reason", "")
    policy.require(request.user, "cycle.approve", cycle, "Chỉ lãnh đạo của cơ quan được phê duyệt danh mục.")
    if request.POST.get("confirm") != "1":
        # Without the confirmation page's answer, show that page instead of approving.
        messages.warning(request, "Hãy xem các lưu ý và xác nhận trước khi phê duyệt.")
        return redirect("web:approve_confirm", cycle.id)
    return _act(
        request,
        cycle,
        lambda: consolidation.cycle_approve(cycle=cycle, user=request.user, reason=reason),
        "Đã phê duyệt danh mục nhiệm vụ trọng tâm.",
    )


@login_required
@require_POST
def start_adjustment(request: HttpRequest, cycle_id: int) -> HttpResponse:
    cycle = _cycle_for(request, cycle_id)
    reason = request.POST.get("reason", "")
    return _act(
        request,
        cycle,
        lambda: consolidation.cycle_start_adjustment(cycle=cycle, user=request.user, reason=reason),
        "Đã mở điều chỉnh danh mục. Bản phê duyệt trước được giữ để so sánh.",
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
