"""The “Khóa truy cập API” page: a user creates, sees and revokes their own API tokens.

A new key is shown once, right after creation (kept in the session for that one display, never stored).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from trongtam.registry.tokens import selectors, services
from trongtam.web.forms_common import describe_errors
from trongtam.web.forms_tokens import TokenForm

NEW_KEY = "trongtam_new_api_token"


@login_required
def token_list(request: HttpRequest) -> HttpResponse:
    return _page(request, TokenForm())


def _page(request: HttpRequest, form: TokenForm, status: int = 200) -> HttpResponse:
    # The freshly created key, if any, is shown once and forgotten.
    new_key = request.session.pop(NEW_KEY, None) if status == 200 else None
    tokens = selectors.token_list_for_user(user=request.user)
    return render(
        request,
        "web/tokens/list.html",
        {
            "tokens": tokens,
            "new_key": new_key,
            "form": form,
            "error_summary": describe_errors(form),
            "api_docs": "/api/docs",
            "schema": "/api/openapi.json",
        },
        status=status,
    )


@login_required
@require_POST
def token_create(request: HttpRequest) -> HttpResponse:
    # A refused name comes back in its field with the reason beside it (400), not as a notice on another page.
    form = TokenForm(request.POST)
    if form.is_valid():
        try:
            token, raw = services.token_create(user=request.user, name=form.cleaned_data["name"])  # type: ignore[arg-type]
        except ValidationError as exc:
            form.add_error("name", exc.messages)
    if not form.is_valid():
        return _page(request, form, status=400)
    request.session[NEW_KEY] = {"name": token.name, "key": raw}
    messages.success(request, f"Đã tạo khóa “{token.name}”. Hãy sao chép khóa ngay: khóa chỉ hiện một lần.")
    return redirect("web:token_list")


@login_required
@require_POST
def token_revoke(request: HttpRequest, token_id: int) -> HttpResponse:
    token = services.token_revoke(user=request.user, token_id=token_id)  # type: ignore[arg-type]
    messages.success(request, f"Đã thu hồi khóa “{token.name}”: khóa không dùng được nữa.")
    return redirect("web:token_list")
