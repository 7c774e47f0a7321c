"""The authorization matrix: every URL pattern of the project × every role × the other organisation.

URLs are read from ``get_resolver()`` so that a page or an API endpoint added later is covered without
touching this file. Each pattern's arguments are filled with the ids of province A's objects (and, for
the cycle, also with the attacker's own cycle, to catch a view that checks the cycle but then fetches a
child object by id alone). Every person of province B, and an anonymous visitor, then reads (GET) and
writes (POST) each URL, and each person again with an API token each URL of the API (on a web page a token
counts for nothing: ``test_a_token_opens_no_web_page``): a read must be refused or must not show any of A's text, and after all the
writes not one row anywhere in the database has changed.

Within province A, staff of one unit get the same treatment for the other unit's proposal, report,
entries and evidence files.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.db import connection
from django.shortcuts import resolve_url
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

pytestmark = pytest.mark.django_db

# Namespaces tested on their own: Django's admin has hundreds of generated URLs and its own staff check.
SKIPPED_NAMESPACES = {"admin"}
# Pages anyone may open (login, logout) — still checked for leaks, never for a refusal.
# 301: an old address sending a person on to the page's new one (checked under its own route).
ALLOWED_STATUSES_GET = {301, 302, 400, 401, 403, 404, 405}
# Payload sent with every POST: the field names the views read, with values that would change data.
POST_PAYLOAD = {
    "action": "save",
    "text": "ĐÃ BỊ SỬA",
    "reason": "ĐÃ BỊ SỬA",
    "note": "ĐÃ BỊ SỬA",
    "explanation": "ĐÃ BỊ SỬA",
    "status": "done",
    "judgement": "completed",
    "level": "excellent",
    "value": "1",
    "version": "1",
    "confirm": "1",
    "clear": "1",
    "is_main": "1",
    "required": "1",
    "direction": "up",
    "at": "3",
    "end": "2024-01-31",
    "due": "2024-02-05",
    "indicator": "ĐÃ BỊ SỬA",
    "unit": "1",
    "title": "ĐÃ BỊ SỬA",
}


FORM_BODY = urlencode(POST_PAYLOAD)


@dataclass(frozen=True)
class Route:
    name: str
    route: str
    kwargs: tuple[str, ...]
    int_kwargs: tuple[str, ...] = ()

    @property
    def is_api(self) -> bool:
        return self.route.startswith("api/")


def _walk(patterns: list[Any], namespace: str = "", prefix: str = "") -> Iterator[Route]:
    for p in patterns:
        if isinstance(p, URLResolver):
            ns = p.namespace or ""
            if ns in SKIPPED_NAMESPACES:
                continue
            full_ns = f"{namespace}:{ns}" if namespace and ns else (ns or namespace)
            yield from _walk(p.url_patterns, full_ns, prefix + str(p.pattern))
        elif isinstance(p, URLPattern):
            if not p.name:
                continue
            converters = getattr(p.pattern, "converters", None) or {}
            names = tuple(converters) if converters else tuple(p.pattern.regex.groupindex)
            ints = tuple(k for k, c in converters.items() if type(c).__name__ == "IntConverter")
            name = f"{namespace}:{p.name}" if namespace else p.name
            yield Route(name, prefix + str(p.pattern), names, ints)


def all_routes() -> list[Route]:
    seen: dict[str, Route] = {}
    for r in _walk(get_resolver().url_patterns):
        seen.setdefault(r.name + "|" + r.route, r)
    return list(seen.values())


# Arguments named otherwise than the fixture world's kind of object: the API's assessment ids are the world's
# assessment records (of targets, tasks and the body); a staged progress form is an import.
KWARG_KEYS = {"assessment_id": "record", "import_id": "form_import"}


def _kind_objects() -> dict[str, dict[str, str]]:
    """Routes whose object is named by a kind and an id (a remark's page): each kind of the view's own table,
    with the world's key of that kind's objects, so each kind is walked with ids of its own kind."""
    from trongtam.registry.cycles.models import KeyTask, Target
    from trongtam.registry.progress.models import Report
    from trongtam.web.views_oversight import SUBJECTS

    keys = {KeyTask: "task", Target: "target", Report: "report"}
    return {"web:remark_page": {kind: keys[model] for kind, (_, model) in SUBJECTS.items()}}


def _candidates(kwarg: str, victim: Any, attacker: Any) -> list[Any]:
    ids = victim.ids
    if kwarg == "cycle_id":
        return [victim.cycle.id, attacker.cycle.id]
    if kwarg == "kind":
        return ["target", "task", "body"]
    if kwarg == "fmt":
        return ["docx", "pdf"]
    key = KWARG_KEYS.get(kwarg, kwarg.removesuffix("_id"))
    if key in ids:
        return sorted(set(ids[key]))
    if kwarg in ("pk", "id") or kwarg.endswith("_id") or kwarg.endswith("pk"):
        # An argument this file does not know yet: every id of every kind of the victim's objects.
        return sorted({i for values in ids.values() for i in values})
    return ["x"]


def urls_for(route: Route, victim: Any, attacker: Any) -> list[str]:
    """One URL per candidate of each argument, the others held at their first candidate; a route naming its object
    by a kind and an id (``_kind_objects``), every kind with every id of the victim's objects of that kind."""
    if not route.kwargs:
        return [reverse(route.name)]
    kinds = _kind_objects().get(route.name)
    if kinds is not None:
        rest = {k: _candidates(k, victim, attacker) for k in route.kwargs if k not in ("kind", "object_id")}
        base = {k: values[0] for k, values in rest.items()}
        urls = {
            reverse(route.name, kwargs={**base, "kind": kind, "object_id": i})
            for kind, key in kinds.items()
            for i in sorted(set(victim.ids[key]))
        }
        kind, key = next(iter(kinds.items()))
        first = {**base, "kind": kind, "object_id": min(victim.ids[key])}
        urls |= {
            reverse(route.name, kwargs={**first, k: v}) for k, values in rest.items() for v in values[1:]
        }
        return sorted(urls)
    base = {k: _candidates(k, victim, attacker)[0] for k in route.kwargs}
    urls = {reverse(route.name, kwargs=base)}
    for k in route.kwargs:
        for value in _candidates(k, victim, attacker)[1:]:
            urls.add(reverse(route.name, kwargs={**base, k: value}))
    return sorted(urls)


# A person's own things they may change anywhere, whoever they are: their notifications (marked read) and
# their notification settings. ``fingerprint(own=...)`` leaves these rows of those people out.
PERSONAL = {
    "notifications.Notification": "recipient_id",
    "notifications.Preference": "user_id",
    "notifications.HistoricalPreference": "user_id",
}
# The walkers' own API keys (made by the test for its people, and their last use), left out for the people
# ``fingerprint(keys_of=...)`` names: everyone else's keys are rows like any other.
KEYS = {"tokens.ApiToken": "user_id", "tokens.HistoricalApiToken": "user_id"}


def fingerprint(own: frozenset[int] = frozenset(), keys_of: frozenset[int] | None = None) -> str:
    """A hash of every row of every table of the project's apps (history included), but the personal rows
    (``PERSONAL``) of the people ``own`` and the API keys (``KEYS``) of the people ``keys_of`` (``own`` unless
    said)."""
    keys_of = own if keys_of is None else keys_of
    h = hashlib.sha256()
    tables = set(connection.introspection.table_names())
    for model in apps.get_models(include_auto_created=True):
        if model._meta.db_table not in tables:  # a model whose migration has not landed yet
            continue
        if model._meta.label == "oversight.ReadLog":  # the log of an overseer's reads, not the body's data
            continue
        if not model.__module__.startswith("trongtam") and model._meta.app_label not in ("auth",):
            continue
        if model._meta.app_label == "auth" and model.__name__ == "User":
            rows = model.objects.order_by("pk").values_list("pk", "username", "password", "is_active")
            h.update(repr(list(rows)).encode())
            continue
        h.update(model._meta.label.encode())
        # Every column of every row, as stored (no model instances made: a third of the cost of serializing them).
        # A many-to-many field is a table of its own (its auto-created model, walked like the others).
        rows = model._default_manager.order_by("pk")
        if model._meta.label in PERSONAL:
            rows = rows.exclude(**{f"{PERSONAL[model._meta.label]}__in": own})
        if model._meta.label in KEYS:
            rows = rows.exclude(**{f"{KEYS[model._meta.label]}__in": keys_of})
        h.update(repr(list(rows.values_list(*(f.attname for f in model._meta.concrete_fields)))).encode())
    return h.hexdigest()


def test_the_fingerprint_sees_a_changed_column_a_new_link_and_the_personal_rows_of_others_only(two_provinces):
    from django.utils import timezone

    from trongtam.registry.cycles.models import KeyTask
    from trongtam.registry.notifications.models import Notification

    a, b = two_provinces
    own = frozenset(u.pk for u in b.users.values())
    before = fingerprint(own)
    task = KeyTask.objects.filter(cycle=a.cycle).order_by("id").first()
    # Written with update() and through the link table's own model: no history row, no signal, the row alone.
    KeyTask.objects.filter(pk=task.pk).update(text=task.text + " ")
    changed = fingerprint(own)
    assert changed != before
    KeyTask.lead_units.through.objects.create(keytask=task, organisation=b.unit)
    linked = fingerprint(own)
    assert linked != changed
    Notification.objects.filter(recipient=b.users["coordinator"]).update(read_at=timezone.now())
    assert fingerprint(own) == linked, "the attacker's own notification marked read"
    Notification.objects.filter(recipient=a.users["coordinator"]).update(read_at=timezone.now())
    noticed = fingerprint(own)
    assert noticed != linked
    # API keys: the walkers' own (their last use) are left out, the victim's revoked is seen.
    from trongtam.registry.tokens.models import ApiToken

    ApiToken.objects.filter(user=b.users["coordinator"]).update(last_used_at=timezone.now())
    assert fingerprint(own) == noticed, "the attacker's own API key used"
    ApiToken.objects.filter(pk=a.ids["token"][0]).update(revoked_at=timezone.now())
    assert fingerprint(own) != noticed, "the victim's API key revoked, unseen"


def _clients(province: Any, keys: tuple[str, ...] | None = None) -> Iterator[tuple[str, Client, Any]]:
    """A logged-in browser per person, the same person holding an API token, and an anonymous visitor; with
    the person a browser must be signed in as (``None`` for the token and the anonymous visitor)."""
    from trongtam.registry.tokens.services import token_create

    for key, user in province.users.items():
        if keys is None or key in keys:
            c = Client()
            c.force_login(user)
            yield f"{province.tag}-{key}", c, user
            _, raw = token_create(user=user, name=f"kiểm thử {key}")
            yield f"{province.tag}-{key}-token", Client(HTTP_AUTHORIZATION=f"Bearer {raw}"), None
    if keys is None:
        yield "anonymous", Client(), None


def _signed_in_as(client: Client, user: Any) -> bool:
    return client.session.get(SESSION_KEY) == str(user.pk)


def _content(response: Any) -> bytes:
    """The body of any response, a file or a stream (``FileResponse`` has no ``.content``) included."""
    return b"".join(response.streaming_content) if response.streaming else response.content


def _sent_to_login(response: Any) -> bool:
    location = response.get("Location", "") if response.status_code in (301, 302, 303) else ""
    return location.split("?")[0] == resolve_url(settings.LOGIN_URL)


def _writes(client: Client, route: Route, url: str) -> list[tuple[str, Any]]:
    """Every write a route may accept: a form POST; for the API also JSON POST, PUT, PATCH and DELETE.

    The form is sent urlencoded, as a browser sends a form without a file field (Django's test client would
    send multipart, whose parsing was a sixth of this walk's time); the upload views refuse it all the same."""
    out = [("POST", client.post(url, FORM_BODY, content_type="application/x-www-form-urlencoded"))]
    if route.is_api:
        body = {**POST_PAYLOAD, "version": 1, "value": "1"}
        out.append(("POST json", client.post(url, body, content_type="application/json")))
        out.append(("PUT", client.put(url, body, content_type="application/json")))
        out.append(("PATCH", client.patch(url, body, content_type="application/json")))
        out.append(("DELETE", client.delete(url)))
    return out


def test_the_resolver_is_walked_and_every_argument_has_candidates(two_provinces):
    a, b = two_provinces
    routes = all_routes()
    names = {r.name for r in routes}
    assert {"web:cycle_detail", "web:progress_report", "web:proposal_review"} <= names
    unknown = {k for r in routes for k in r.int_kwargs if _candidates(k, a, b) == ["x"]}
    assert not unknown, f"arguments with no object in the fixture world: {unknown}"
    # Every id names an object of its own kind in the world (a route added later with an argument of a new kind
    # is walked with every id of every kind until the world holds such an object of the victim's and says so).
    kinds = _kind_objects()
    guessed = {
        f"{r.name}: {k}"
        for r in routes
        for k in r.int_kwargs
        if k not in ("cycle_id", "pk", "id")
        and not (r.name in kinds and k == "object_id")
        and KWARG_KEYS.get(k, k.removesuffix("_id")) not in a.ids
    }
    assert not guessed, f"ids of a kind the fixture world does not name: {sorted(guessed)}"
    assert all(set(kinds[name]) and all(key in a.ids for key in kinds[name].values()) for name in kinds)


# The suite's longest test (about 55 s of CPU as one): its routes are dealt into PARTS parametrized parts, so
# pytest-xdist spreads them over its workers; together they check every route. Dealt by cost, not route i to part
# i % PARTS (which gave parts of 30,6, 27,0 and 17,7 s: the workers did not end together): a route costs a read and
# its writes per URL (one form POST; the API's four more), the costliest first, each to the part with least so far.
PARTS = 3


def route_cost(route: Route, victim: Any, attacker: Any) -> int:
    """The requests a route costs the walk: per URL and client one GET and the writes (``_writes``); an API route is
    walked by each person signed in and with a token and by the anonymous visitor, a web route without the tokens."""
    people = len(attacker.users)
    clients = 2 * people + 1 if route.is_api else people + 1
    return len(urls_for(route, victim, attacker)) * (6 if route.is_api else 2) * clients


def parts_of(routes: list[Route], victim: Any, attacker: Any) -> list[list[Route]]:
    """``routes`` dealt into PARTS parts of about equal cost, each part in the routes' own order."""
    cost = {r: route_cost(r, victim, attacker) for r in routes}
    parts: list[list[Route]] = [[] for _ in range(PARTS)]
    totals = [0] * PARTS
    for route in sorted(routes, key=lambda r: -cost[r]):  # stable: equal costs keep the resolver's order
        i = totals.index(min(totals))
        parts[i].append(route)
        totals[i] += cost[route]
    order = {r: n for n, r in enumerate(routes)}
    return [sorted(part, key=order.__getitem__) for part in parts]


def test_the_parts_of_the_cross_province_matrix_check_every_route_once(two_provinces):
    victim, attacker = two_provinces
    routes = all_routes()
    parts = parts_of(routes, victim, attacker)
    dealt = [r for part in parts for r in part]
    assert sorted(map(repr, dealt)) == sorted(map(repr, routes))
    assert len(dealt) == len(set(dealt)) == len(routes)
    assert all(parts)
    costs = [sum(route_cost(r, victim, attacker) for r in part) for part in parts]
    assert max(costs) - min(costs) <= max(route_cost(r, victim, attacker) for r in routes), costs


def check_cross_province(victim: Any, attacker: Any, routes: list[Route]) -> tuple[list[str], list[str], int]:
    """Every person of ``attacker`` (signed in again before every URL: a POST to web:logout, or any route
    that signs its visitor out, must not turn the rest of the walk into an anonymous visit) and an anonymous
    visitor read and write every URL of ``routes`` made of the victim's ids, and the same person with an API
    token every URL of the API among them. Returns the leaks, the errors and how many URLs were read."""
    leaks: list[str] = []
    errors: list[str] = []
    checked = 0
    walk = [
        (route, url) for route in routes for url in urls_for(route, victim, attacker)
    ]  # once, not per client
    for who, client, user in _clients(attacker):
        # A token is honoured by the API alone (test_a_token_opens_no_web_page): on a web route its holder is the
        # anonymous visitor, walked below once, not once per person (a third of this walk's requests).
        token = who.endswith("-token")
        for route, url in walk:
            if token and not route.is_api:
                continue
            if user is not None and not _signed_in_as(client, user):
                client.force_login(user)
            get = client.get(url)
            checked += 1
            # The guard: a signed-in person is never sent to the login page, and a token is never refused
            # as missing (401) by the API. Either means the request was checked as an anonymous visitor.
            if user is not None and _sent_to_login(get):
                errors.append(f"GET {url} as {who}: sent to the login page, the browser is signed out")
            if token and get.status_code == 401:
                errors.append(f"GET {url} as {who}: 401, the token was not accepted")
            if get.status_code >= 500:
                errors.append(f"GET {url} as {who}: {get.status_code}")
            elif get.status_code == 200:
                if victim.marker.encode() in _content(get):
                    leaks.append(f"GET {url} as {who} shows {victim.marker}")
            elif get.status_code not in ALLOWED_STATUSES_GET:
                errors.append(f"GET {url} as {who}: unexpected {get.status_code}")
            for method, post in _writes(client, route, url):
                if post.status_code >= 500:
                    errors.append(f"{method} {url} as {who}: {post.status_code}")
                elif post.status_code < 300 and victim.marker.encode() in _content(post):
                    leaks.append(f"{method} {url} as {who} shows {victim.marker}")
    return leaks, errors, checked


@pytest.mark.slow
@pytest.mark.parametrize("part", range(PARTS))
def test_no_cross_province_read_or_write_anywhere(two_provinces, part):
    victim, attacker = two_provinces
    routes = parts_of(all_routes(), victim, attacker)[part]
    # Signed in, the attacker's people may mark their own notifications read and set their own preferences.
    own = frozenset(u.pk for u in attacker.users.values())
    before = fingerprint(own)
    leaks, errors, checked = check_cross_province(victim, attacker, routes)
    assert checked > 50
    assert not leaks, "\n".join(leaks)
    assert not errors, "\n".join(errors)
    assert fingerprint(own) == before, "a request from the other province changed data"


# Within one province: what the staff of one unit must not see of a sibling unit.
UNIT_PRIVATE_KWARGS = {"proposal_id", "entry_id", "evidence_id", "report_id"}


def test_a_unit_cannot_read_or_write_a_sibling_units_proposal_report_or_files(two_provinces):
    a, _ = two_provinces
    # The victim is A's first unit; its proposal, report, entries and evidence only.
    from trongtam.registry.cycles.models import KeyTask, Proposal

    unit_proposal = Proposal.objects.get(cycle=a.cycle, unit=a.unit)
    private = {
        "proposal": [unit_proposal.id],
        "entry": a.ids["entry"],
        "evidence": a.ids["evidence"],
        "report": a.ids["report"],
        "task": list(KeyTask.objects.filter(proposal=unit_proposal).values_list("id", flat=True)),
    }

    class Victim:
        ids = {**a.ids, **private, "unit": [a.unit.id]}
        cycle = a.cycle

    routes = [
        r
        for r in all_routes()
        if set(r.kwargs) & UNIT_PRIVATE_KWARGS
        or "unit_id" in r.kwargs
        or (r.name.startswith("web:proposal_task") and "task_id" in r.kwargs)
    ]
    assert routes
    own = frozenset({a.users["other_staff"].pk})  # the walker's own API key (made by ``_clients``)
    before = fingerprint(own)
    shown: list[str] = []
    for who, client, _user in _clients(a, ("other_staff",)):
        for route in routes:
            for url in urls_for(route, Victim, a):
                get = client.get(url)
                if get.status_code == 200:
                    shown.append(f"GET {url} as {who}: 200")
                assert get.status_code < 500, url
                for method, post in _writes(client, route, url):
                    assert post.status_code < 500, f"{method} {url}"
    assert not shown, "\n".join(shown)
    assert fingerprint(own) == before, "staff of one unit changed a sibling unit's data"


def test_the_admin_site_is_closed_to_everyone_but_staff(two_provinces):
    a, _ = two_provinces
    for key in ("admin", "coordinator", "unit_staff", "leader"):
        c = Client()
        c.force_login(a.users[key])
        r = c.get("/quan-tri/")
        assert r.status_code == 302 and "/login" in r["Location"], key
        r = c.get("/quan-tri/cycles/cycle/")
        assert r.status_code == 302, key


def test_uploaded_files_are_not_served_from_media_outside_debug(two_provinces, settings):
    from trongtam.registry.progress.models import Evidence

    a, b = two_provinces
    item = Evidence.objects.get(pk=a.ids["evidence"][0])
    c = Client()
    c.force_login(b.users["coordinator"])
    assert c.get(item.file.url).status_code == 404
    c.force_login(a.users["other_staff"])
    assert c.get(item.file.url).status_code == 404


def test_a_token_opens_no_web_page(two_provinces):
    """The cross-province walk sends token holders to the API's routes only: on a web route a token must count for
    nothing, the visitor is anonymous. Checked on every web URL with the token of the victim's own coordinator, who
    signed in would see most of them: each answer is the anonymous visitor's (same status, same redirect)."""
    from trongtam.registry.tokens.services import token_create

    a, b = two_provinces
    _, raw = token_create(user=a.users["coordinator"], name="kiểm thử web")
    token, anonymous = Client(HTTP_AUTHORIZATION=f"Bearer {raw}"), Client()
    checked = 0
    for route in all_routes():
        if route.is_api:
            continue
        for url in urls_for(route, a, b):
            got, expected = token.get(url), anonymous.get(url)
            assert (got.status_code, got.get("Location")) == (
                expected.status_code,
                expected.get("Location"),
            ), url
            checked += 1
    assert checked > 100
    # The positive control: the same token opens the API.
    assert token.get(reverse("api:cycles_list")).status_code == 200


def test_the_matrix_would_see_a_leak(two_provinces):
    """Positive control: the victim's own people do see the marker, so its absence above means something."""
    a, _ = two_provinces
    c = Client()
    c.force_login(a.users["coordinator"])
    assert a.marker.encode() in c.get(reverse("web:cycle_detail", args=[a.cycle.id])).content
    c.force_login(a.users["unit_staff"])
    url = reverse("web:progress_evidence", args=[a.cycle.id, a.ids["evidence"][0]])
    response = c.get(url)
    assert response.status_code == 200
    assert a.marker.encode() in b"".join(response.streaming_content)
    assert a.ids["document"], "the world issues generated documents"
    c.force_login(a.users["coordinator"])
    url = reverse("web:document_download", args=[a.cycle.id, a.ids["document"][0], "docx"])
    assert c.get(url).status_code == 200
    assert len(all_routes()) >= 40
