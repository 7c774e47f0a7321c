"""A person's own notifications: the list, marking read, and the channels they are told on."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from trongtam.registry.notifications import selectors, services


@login_required
def notification_list(request: HttpRequest) -> HttpResponse:
    # Only the person's own notices exist here; the newest 200 are plenty for a message list.
    items = list(selectors.notification_list(user=request.user)[:200])
    return render(request, "web/notifications/list.html", {"notifications": items})


@login_required
@require_POST
def notification_read(request: HttpRequest, notification_id: int) -> HttpResponse:
    # "Mở" marks the notice read and goes on to its page; another person's notice is left untouched.
    services.mark_read(user=request.user, notification_id=notification_id)
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect("web:notification_list")


@login_required
@require_POST
def notification_read_all(request: HttpRequest) -> HttpResponse:
    services.mark_all_read(user=request.user)
    return redirect("web:notification_list")


@login_required
def notification_preferences(request: HttpRequest) -> HttpResponse:
    # Each person chooses per channel; e-mail needs an address on the account.
    pref = selectors.preference_for(user=request.user)
    if request.method == "POST":
        pref = services.preference_update(
            user=request.user, in_app="in_app" in request.POST, email="email" in request.POST
        )
        messages.success(request, "Đã lưu cài đặt thông báo.")
        return redirect("web:notification_preferences")
    return render(
        request,
        "web/notifications/preferences.html",
        {"pref": pref, "email": getattr(request.user, "email", "")},
    )
