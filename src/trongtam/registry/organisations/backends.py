"""The login backend: Django's ``ModelBackend``, reading the person with their memberships in one query.

Every page asks the policy what the person may do (``policy.principal_of``), which needs their memberships;
Django's middleware has just read the account itself. Read together — the memberships with their account,
one row each — a request pays one query for both instead of two (a person without any membership: the
account alone, as before). The roles are kept on that account object, for this request only: the next
request reads them again, so a membership added or removed counts from the next page on.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied

from .models import Membership

#: The attribute of the request's account object holding its roles by organisation (``get_user``).
ROLES_ATTRIBUTE = "_trongtam_roles_by_org"


class MembershipBackend(ModelBackend):
    """``ModelBackend``, whose ``get_user`` (every request of a logged-in person) reads the memberships too."""

    def authenticate(self, request: Any, username: Any = None, password: Any = None, **kwargs: Any) -> Any:
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is None and password is not None and (username is not None or kwargs):
            # Refused here, refused by ``ModelBackend`` listed after this one (kept only for the sessions it
            # opened): stop, so that a wrong password is not hashed twice. Django tells ``user_login_failed``
            # (and so Axes) once, as for any refusal.
            raise PermissionDenied
        return user

    def get_user(self, user_id: Any) -> Any:
        rows = list(Membership.objects.filter(user_id=user_id).select_related("user").order_by())
        if not rows:
            return super().get_user(user_id)
        user = rows[0].user
        if not self.user_can_authenticate(user):
            return None
        roles: dict[int, set[str]] = {}
        for m in rows:
            roles.setdefault(m.organisation_id, set()).add(m.role)
        setattr(user, ROLES_ATTRIBUTE, {org_id: frozenset(r) for org_id, r in roles.items()})
        return user
