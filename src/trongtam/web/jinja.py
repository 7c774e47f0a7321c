"""Jinja2 for the few fragments drawn for every row of the hottest pages (a report's rows, the dashboard).

Django's template language resolves every ``{{ row.target.unit }}`` through its generic lookup (a dict
key, then an attribute, then an index, then a call) and renders each node as an object: on the report page
that is about 8,000 lookups and most of its CPU, paid again by every request with the page cache off.
Jinja2 compiles a template to Python, so the same rows cost a fraction of that (bench/README.md, "the page
cache off, round 3").

The output is the same as Django's, byte for byte: every ``{{ … }}`` goes through what Django's own
rendering does to a value (``_finalize``: the local time of a datetime, numbers localised with the
thousands separator, ``conditional_escape`` with Django's entities, and what is already safe — a chart's
SVG — left as it is), an undefined name (or an attribute of one, or of None) draws nothing, the filters are the project's own (``vn``) and
Django's (``truncatechars``, ``date``), and a template keeps its last newline. The templates live beside
the others, under ``templates/jinja/`` (``settings.TEMPLATES``, the ``jinja2`` engine), where the security
test's scan of every template reads them too.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from typing import Any

from django.conf import settings
from django.template.defaultfilters import date as django_date
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import localize
from django.utils.html import conditional_escape
from django.utils.text import Truncator
from jinja2 import ChainableUndefined, Environment, Undefined

from trongtam.web.templatetags import vn


def _finalize(value: Any) -> str:
    """What Django's ``render_value_in_context`` does to a value drawn with autoescaping on.

    Most values are text, escaped as Django's ``escape`` does (``html.escape``) without its lazy-string
    wrapper; what is already safe (``__html__``) is drawn as it is; numbers and dates take Django's way."""
    if type(value) is str:
        return html.escape(value)
    if hasattr(value, "__html__"):
        return str(value.__html__())
    if isinstance(value, datetime) and settings.USE_TZ and timezone.is_aware(value):
        value = timezone.localtime(value)  # a datetime in the current time zone, as Django draws it
    value = localize(value)
    if not issubclass(type(value), str):
        value = str(value)
    return conditional_escape(value)


def _as_django(f: Callable[..., Any]) -> Callable[..., Any]:
    """A filter given what Django gives it for a name that does not resolve: the empty string."""

    def apply(value: Any, *args: Any) -> Any:
        return f("" if isinstance(value, Undefined) else value, *args)

    return apply


def _truncatechars(value: Any, length: int) -> str:
    """Django's ``truncatechars``: at most ``length`` characters, an ellipsis included."""
    return Truncator(value).chars(int(length))


def _url(name: str, *args: Any) -> str:
    """``{% url name arg … %}``."""
    return reverse(name, args=args)


def environment(**options: Any) -> Environment:
    """The ``jinja2`` engine's environment (``settings.TEMPLATES``)."""
    options.update(
        autoescape=False, finalize=_finalize, undefined=ChainableUndefined, keep_trailing_newline=True
    )
    env = Environment(**options)
    filters: dict[str, Callable[..., Any]] = {
        "vn_number": vn.vn_number,
        "vn_estimate": vn.vn_estimate,
        "vn_date": vn.vn_date,
        "op_symbol": vn.op_symbol,
        "truncatechars": _truncatechars,
        "date": django_date,
    }
    env.filters.update({name: _as_django(f) for name, f in filters.items()})
    env.globals.update(url=_url, target_value=vn.target_value)
    return env
