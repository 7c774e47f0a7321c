"""Hand-down services: who may write, and bad input that changes nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied

from trongtam.registry.cascade.models import Share, ShareStatus
from trongtam.registry.cascade.services import CascadeError, ShareInput, hand_down_save, share_propose
from trongtam.registry.cycles.models import Target

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def sample(cascade_sample):
    return cascade_sample


def _user(name):
    return get_user_model().objects.get(username=name)


def _forest(sample) -> Target:
    return Target.objects.get(key_task__cycle=sample.cycle, indicator="diện tích trồng rừng mới")


def test_a_commune_may_not_hand_down(sample):
    with pytest.raises(PermissionDenied):
        hand_down_save(
            target=_forest(sample),
            method="sum",
            rows=[ShareInput(commune_id=sample.communes[0].id, value="1")],
            user=_user("xa-tuanson"),
        )


def test_a_bad_row_among_good_ones_changes_none_of_them(sample):
    target = _forest(sample)
    before = {s.commune_id: s.value for s in Share.objects.filter(hand_down__target=target)}
    rows = [
        ShareInput(commune_id=sample.communes[0].id, value="999"),
        ShareInput(commune_id=sample.communes[1].id, value="1,2,3"),
    ]
    with pytest.raises(CascadeError) as caught:
        hand_down_save(target=target, method="sum", rows=rows, user=_user("tinh-vanphong"))
    # The message names the commune and the value as typed, and says how a number is written.
    message = caught.value.message_vi
    assert sample.communes[1].name in message and "“1,2,3”" in message and "cách viết số" in message
    after = {s.commune_id: s.value for s in Share.objects.filter(hand_down__target=target)}
    assert after == before
    assert Share.objects.get(
        hand_down__target=target, commune=sample.communes[0]
    ).commune_target.value == Decimal("150")


def test_a_rate_needs_a_positive_base_for_every_commune(sample):
    target = Target.objects.get(
        key_task__cycle=sample.cycle, indicator="tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều"
    )
    for base, message in (
        ("", "cần quyền số"),
        ("0", "quyền số phải lớn hơn 0"),
        ("-5", "quyền số phải lớn hơn 0"),
    ):
        with pytest.raises(CascadeError) as caught:
            hand_down_save(
                target=target,
                method="weighted",
                rows=[ShareInput(commune_id=sample.communes[0].id, same=True, base=base)],
                user=_user("tinh-vanphong"),
            )
        assert message in caught.value.message_vi


def test_same_as_province_is_only_for_rates(sample):
    with pytest.raises(CascadeError) as caught:
        hand_down_save(
            target=_forest(sample),
            method="sum",
            rows=[ShareInput(commune_id=sample.communes[0].id, same=True)],
            user=_user("tinh-vanphong"),
        )
    assert "chỉ dùng cho chỉ tiêu tỷ lệ" in caught.value.message_vi


def test_only_the_communes_own_people_propose_for_its_share(sample):
    share = Share.objects.get(hand_down__target=_forest(sample), commune__name="Đảng ủy xã Tuấn Sơn")
    with pytest.raises(PermissionDenied):
        share_propose(share=share, value="100", reason="x", user=_user("xa-vannham"))
    with pytest.raises(CascadeError):
        share_propose(share=share, value="một trăm", reason="Quỹ đất ít", user=_user("xa-tuanson"))
    share.refresh_from_db()
    assert share.status == ShareStatus.ASSIGNED


def test_a_commune_cycle_target_cannot_be_handed_down_again(sample):
    admin = get_user_model().objects.create_superuser(username="quantri", password="x")
    share = Share.objects.filter(hand_down__target=_forest(sample)).first()
    with pytest.raises(CascadeError) as caught:
        hand_down_save(
            target=share.commune_target,
            method="sum",
            rows=[ShareInput(commune_id=share.commune_id, value="1")],
            user=admin,
        )
    assert "cấp tỉnh" in caught.value.message_vi
