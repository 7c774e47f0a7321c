"""On the real date, the office can open a new cycle: the administrative map since 01/7/2025 is loaded and the
district's successors have demo logins, while the 2024 Hữu Lũng cycle stays as history."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone

from trongtam.registry.organisations.areas import administrative_map_load
from trongtam.registry.organisations.models import AdministrativeUnit, Membership, Organisation
from trongtam.registry.sample import CURRENT_USERS, DEMO_PASSWORD, DEMO_USERS, sample_load

pytestmark = pytest.mark.django_db


def _sign_in(client, username):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(username=username)
    assert user.check_password(DEMO_PASSWORD)
    client.force_login(user)


def test_the_map_has_34_provinces_and_3321_communes_with_the_statistics_codes_and_loads_once():
    first = administrative_map_load()
    assert first.added == first.total == 34 + 3321
    assert AdministrativeUnit.objects.filter(province__isnull=True).count() == 34
    commune = AdministrativeUnit.objects.get(name="Xã Hữu Lũng")
    assert (commune.code, commune.kind, commune.province.code, commune.province.name) == (
        "06385",
        "commune",
        "20",
        "Tỉnh Lạng Sơn",
    )
    assert AdministrativeUnit.objects.get(code="01").name == "Thành phố Hà Nội"
    again = administrative_map_load()
    assert again.added == 0 and AdministrativeUnit.objects.count() == 34 + 3321


def test_the_successors_have_logins_that_can_open_a_cycle_today_and_the_2024_cycle_stays_history(client):
    administrative_map_load()
    cycle = sample_load().cycle
    today = timezone.localdate()
    # The 2024 bodies ended with the district; their logins still see their cycle.
    old_office = Organisation.objects.get(name=DEMO_USERS["vanphong"][0])
    assert not old_office.is_active_on(today)
    _sign_in(client, "vanphong")
    assert client.get(reverse("web:cycle_detail", args=[cycle.id])).status_code == 200
    # Every successor login belongs to a body valid today, on its place of the map.
    for username, (org_name, role, _name) in CURRENT_USERS.items():
        membership = Membership.objects.get(user__username=username)
        assert (membership.organisation.name, membership.role) == (org_name, role)
        assert membership.organisation.is_active_on(today)
    commune_office = Organisation.objects.get(name="Văn phòng Đảng ủy xã Hữu Lũng")
    assert commune_office.area is not None and commune_office.area.code == "06385"
    assert list(old_office.successors.all()) == [commune_office]
    # The commune's office opens a new cycle for this year, today, through the page.
    _sign_in(client, "xa-vanphong")
    form = client.get(reverse("web:cycle_create")).context["form"]
    owners = {o.name for o in form.fields["owner"].queryset}
    assert "Ban Thường vụ Đảng ủy xã Hữu Lũng" in owners
    invited = Organisation.objects.filter(name__in=["Thường trực HĐND xã Hữu Lũng", "UBND xã Hữu Lũng"])
    response = client.post(
        reverse("web:cycle_create"),
        {
            "owner": Organisation.objects.get(name="Ban Thường vụ Đảng ủy xã Hữu Lũng").id,
            "office": commune_office.id,
            "year": today.year + 1,
            "invited_units": [o.id for o in invited],
        },
    )
    assert response.status_code == 302, response.context["form"].errors


def test_loading_the_sample_again_adds_the_successors_to_an_older_database_once():
    sample_load()
    count = Organisation.objects.count()
    Organisation.objects.filter(name="UBND xã Hữu Lũng").delete()
    sample_load()
    assert Organisation.objects.count() == count
    sample_load()
    assert Organisation.objects.count() == count


def test_an_empty_choice_explains_itself_in_vietnamese_and_the_browser_does_not_answer_in_english(client):
    sample_load()
    _sign_in(client, "vanphong")
    page = client.get(reverse("web:cycle_create")).content.decode()
    assert "không có cơ quan nào còn hoạt động hôm nay" in page
    assert "Nhờ quản trị viên gắn tài khoản" in page
    assert "---------" not in page and " required" not in page
    response = client.post(reverse("web:cycle_create"), {"year": "2026"})
    body = response.content.decode()
    assert response.status_code == 400
    assert "Không có cơ quan nào để chọn" in body
    assert "Hãy chọn ít nhất một đơn vị được đề nghị đề xuất." in body
