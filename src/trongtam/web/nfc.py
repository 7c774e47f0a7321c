"""Text arrives in Unicode NFC, whatever the keyboard sent: decomposed Vietnamese (NFD, as typed on some
systems) is composed at the edge, for every form and for the API's JSON, before any view reads it.

Stored text then compares, searches and sorts as one spelling: "Hữu Lũng" typed either way is the same.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, QueryDict

_FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")


def _is_nfc(data: QueryDict) -> bool:
    nfc = unicodedata.is_normalized
    return all(nfc("NFC", key) and all(nfc("NFC", v) for v in values) for key, values in data.lists())


def _nfc_query(data: QueryDict) -> QueryDict:
    """``data`` itself when every key and value is already NFC (what nearly every form sends: checking is a
    fraction of copying a report form's hundred fields), else an immutable copy composed to NFC."""
    if _is_nfc(data):
        return data
    out = QueryDict(mutable=True, encoding=data.encoding)
    for key, values in data.lists():
        out.setlist(unicodedata.normalize("NFC", key), [unicodedata.normalize("NFC", v) for v in values])
    out._mutable = False
    return out


class NfcMiddleware:
    """Normalises the query string, form fields and JSON bodies to NFC."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.GET:
            request.GET = _nfc_query(request.GET)  # type: ignore[assignment]
        if request.method in ("POST", "PUT", "PATCH"):
            self._normalise_body(request)
        return self.get_response(request)

    def _normalise_body(self, request: HttpRequest) -> None:
        content_type = request.content_type or ""
        length = int(request.META.get("CONTENT_LENGTH") or 0)
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE or 0
        if content_type == "application/json" or content_type.endswith("+json"):
            if limit and length > limit:
                return  # left for the view to refuse as too large
            body = request.body
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                return  # the view answers the malformed body
            composed = unicodedata.normalize("NFC", text)
            if composed != text:
                request._body = composed.encode("utf-8")  # type: ignore[attr-defined]
        elif content_type in _FORMS:
            if limit and length > limit:
                # Too large to keep in memory: urlencoded is left for the view to refuse, and so is an API
                # form (the API may read the raw body, which parsing the form here would consume).
                if content_type == _FORMS[0] or request.path.startswith("/api/"):
                    return
            else:
                # Read (and kept) first, so that whatever reads the raw body after the form still can.
                request.body  # noqa: B018
            request.POST = _nfc_query(request.POST)  # type: ignore[assignment]
