"""Views: thin, each says why; reads go through selectors and writes through services."""

from __future__ import annotations

from pathlib import PurePosixPath

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from trongtam.registry import policy, todo
from trongtam.registry.cycles import selectors as cycle_selectors
from trongtam.registry.cycles.models import KeyTask, Proposal, Reminder
from trongtam.registry.cycles.permissions import is_coordinator, is_leader, unit_ids_for_staff
from trongtam.registry.cycles.selectors import FieldTasks
from trongtam.registry.organisations.selectors import organisation_ids_for_user

from . import filters


def home(request: HttpRequest) -> HttpResponse:
    # The start page: what this person must do next, by role, soonest deadline first, each one click from
    # the page that does it. Anyone not signed in is sent to the sign-in.
    if not request.user.is_authenticated:
        return redirect("web:login")
    groups = todo.todo_for(user=request.user)
    can_open = bool(organisation_ids_for_user(user=request.user, roles={"coordinator", "admin"}))
    return render(
        request,
        "web/home.html",
        {
            "groups": [(todo.ROLE_LABELS[role], items) for role, items in groups.items()],
            "can_open": can_open,
            "today": timezone.localdate(),
        },
    )


@login_required
def cycle_list(request: HttpRequest) -> HttpResponse:
    # Searched and filtered by year, status and organisation among the cycles the person may see.
    found = filters.CycleFilter(request.GET, queryset=cycle_selectors.cycle_list_for_user(user=request.user))
    cycles = list(found.qs)
    today = timezone.localdate()
    # Reminders the office sent to the user's units show here as in-app notices until the unit proposes.
    units = unit_ids_for_staff(request.user)
    reminded: dict[int, object] = {}
    for reminder in Reminder.objects.filter(cycle__in=cycles, unit_id__in=units).order_by("sent_at"):
        reminded[reminder.cycle_id] = reminder.sent_at
    submitted = set(
        Proposal.objects.filter(cycle__in=cycles, unit_id__in=units, status="submitted").values_list(
            "cycle_id", flat=True
        )
    )
    rows = []
    for cycle in cycles:
        days_left = (cycle.proposal_deadline - today).days if cycle.proposal_deadline else None
        reminded_at = reminded.get(cycle.id) if cycle.id not in submitted else None
        rows.append({"cycle": cycle, "days_left": days_left, "reminded_at": reminded_at})
    can_open = bool(organisation_ids_for_user(user=request.user, roles={"coordinator", "admin"}))
    return render(
        request,
        "web/cycle_list.html",
        {"rows": rows, "can_open": can_open, "filter": found, "shown": len(rows)},
    )


@login_required
def cycle_detail(request: HttpRequest, cycle_id: int) -> HttpResponse:
    # A cycle of another organisation answers 404, exactly like one that does not exist.
    cycle = cycle_selectors.cycle_get_for_user(user=request.user, cycle_id=cycle_id)
    groups = cycle_selectors.cycle_tree(cycle=cycle)
    # The filters only narrow the tree the person sees already (by field, lead unit, words, targets).
    found = filters.TaskFilter(request.GET, queryset=KeyTask.objects.filter(cycle=cycle), cycle=cycle)
    if request.GET:
        keep = set(found.qs.values_list("id", flat=True))
        groups = [
            g for g in (FieldTasks(g.field, [t for t in g.tasks if t.id in keep]) for g in groups) if g.tasks
        ]
    return render(
        request,
        "web/cycle_detail.html",
        {
            "cycle": cycle,
            "groups": groups,
            "filter": found,
            "shown": sum(len(g.tasks) for g in groups),
            "counts": cycle_selectors.cycle_counts(cycle=cycle),
            # A draft belongs to its unit until it is submitted: others do not see that it exists.
            "proposals": cycle.proposals.filter(policy.visible_q(request.user, Proposal))
            .select_related("unit")
            .order_by("unit__name"),
            "has_list": cycle_selectors.cycle_has_list(cycle=cycle),
            "is_office": is_coordinator(request.user, cycle) or is_leader(request.user, cycle),
            "request_file_name": PurePosixPath(str(cycle.request_file.name)).name
            if cycle.request_file
            else "",
            # The body's readers (overseers among them) see the remarks on its tasks, targets and reports.
            "remark_links": policy.can(request.user, "cycle.read_all", cycle),
            "is_unit": bool(
                unit_ids_for_staff(request.user) & set(cycle.invited_units.values_list("id", flat=True))
            ),
        },
    )


@login_required
def request_letter(request: HttpRequest, cycle_id: int) -> FileResponse:
    # The request letter that opened the cycle, for everyone who sees the cycle, under its own file name.
    cycle = cycle_selectors.cycle_get_for_user(user=request.user, cycle_id=cycle_id)
    if not cycle.request_file:
        raise Http404("Đợt này chưa có tệp công văn đề nghị.")
    name = PurePosixPath(str(cycle.request_file.name)).name
    return FileResponse(cycle.request_file.open("rb"), as_attachment=True, filename=name)
