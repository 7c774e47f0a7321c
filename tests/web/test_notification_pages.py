"""The bell, the list of one's own notifications, marking them read, and choosing channels."""

from __future__ import annotations

import pytest
from django.urls import reverse

from trongtam.registry.notifications.models import Notification, Preference


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


pytestmark = pytest.mark.django_db


@pytest.fixture
def notes(cast):
    Notification.objects.all().delete()
    mine = Notification.objects.create(
        recipient=cast.coordinator, kind="report_submitted", text="Đơn vị A đã gửi báo cáo.", link="/dot/"
    )
    theirs = Notification.objects.create(recipient=cast.leader, kind="list_sent", text="Bí mật của lãnh đạo")
    return mine, theirs


def test_the_header_bell_counts_ones_unread_notifications(client, cast, notes):
    client.force_login(cast.coordinator)
    body = client.get(reverse("web:cycle_list")).content.decode()
    assert 'aria-label="Thông báo: 1 chưa đọc"' in body
    Notification.objects.filter(recipient=cast.coordinator).update(read_at="2024-01-01T00:00Z")
    body = client.get(reverse("web:cycle_list")).content.decode()
    assert 'aria-label="Thông báo"' in body and "chưa đọc" not in body


def test_a_person_sees_only_their_own_notifications(client, cast, notes):
    client.force_login(cast.coordinator)
    body = client.get(reverse("web:notification_list")).content.decode()
    assert "Đơn vị A đã gửi báo cáo." in body and "Bí mật của lãnh đạo" not in body


def test_opening_a_notification_marks_it_read_and_goes_to_its_page(client, cast, notes):
    mine, theirs = notes
    client.force_login(cast.coordinator)
    response = client.post(reverse("web:notification_read", args=[mine.id]), {"next": mine.link})
    assert response.status_code == 302 and response["Location"] == "/dot/"
    mine.refresh_from_db()
    assert mine.read_at is not None
    # Another person's notification is left as it was, and an outside address is not followed.
    response = client.post(
        reverse("web:notification_read", args=[theirs.id]), {"next": "https://evil.example/"}
    )
    assert response["Location"] == reverse("web:notification_list")
    theirs.refresh_from_db()
    assert theirs.read_at is None


def test_marking_all_read_empties_the_bell(client, cast, notes):
    client.force_login(cast.coordinator)
    client.post(reverse("web:notification_read_all"))
    assert not Notification.objects.filter(recipient=cast.coordinator, read_at__isnull=True).exists()
    assert Notification.objects.filter(recipient=cast.leader, read_at__isnull=True).exists()


def test_the_preferences_page_saves_each_channel(client, cast):
    client.force_login(cast.unit_staff)
    body = client.get(reverse("web:notification_preferences")).content.decode()
    assert "chưa có địa chỉ thư điện tử" in body
    assert body.count("checked") == 2  # by default both are on
    client.post(reverse("web:notification_preferences"), {"in_app": "on"})
    pref = Preference.objects.get(user=cast.unit_staff)
    assert (pref.in_app, pref.email) == (True, False)
    assert pref.history.count() == 1
