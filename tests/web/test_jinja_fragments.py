"""The fragments drawn by Jinja2 (trongtam.web.jinja) write every value as Django's templates do."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from django.template import engines
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy

VALUES = [
    "<b>\"Hữu Lũng\" & 'Chi Lăng'</b>",
    mark_safe("<svg><title>đã an toàn</title></svg>"),
    12345,
    Decimal("1234.50"),
    0,
    True,
    None,
    date(2025, 9, 30),
    datetime(2025, 9, 30, 23, 30, tzinfo=UTC),
    gettext_lazy("Đang thực hiện"),
]


@pytest.mark.parametrize("value", VALUES, ids=[type(v).__name__ + str(i) for i, v in enumerate(VALUES)])
def test_a_value_is_written_as_djangos_templates_write_it(value):
    django = engines["django"].from_string("[{{ v }}]").render({"v": value})
    jinja = engines["jinja2"].from_string("[{{ v }}]").render({"v": value})
    assert jinja == django


def test_a_name_that_does_not_resolve_draws_nothing_and_filters_see_the_empty_string():
    template = "[{{ missing }}|{{ none.attr.deeper }}|{{ missing|vn_number }}|{{ none.day|date('Y-m-d') }}]"
    assert engines["jinja2"].from_string(template).render({"none": None}) == "[||—|]"


def test_the_projects_filters_are_djangos():
    context = {"n": Decimal("195000"), "d": date(2025, 1, 2), "t": "Một nhiệm vụ rất dài " * 10}
    django = engines["django"].from_string(
        "{% load vn %}{{ n|vn_number }} {{ d|vn_date }} {{ d|date:'Y-m-d' }} {{ t|truncatechars:30 }}"
    )
    jinja = engines["jinja2"].from_string(
        "{{ n|vn_number }} {{ d|vn_date }} {{ d|date('Y-m-d') }} {{ t|truncatechars(30) }}"
    )
    assert jinja.render(context) == django.render(context)
