"""In-app notices move to the notifications app: existing ones are copied (read or not), then the table goes."""

from django.db import migrations


def copy_notices(apps, schema_editor):
    Notice = apps.get_model("progress", "Notice")
    Notification = apps.get_model("notifications", "Notification")
    rows = []
    for n in Notice.objects.all().iterator():
        # Reminders were the only notices that were not a report's step; the text tells them apart.
        kind = "reminder" if n.text.startswith("Nhắc") else "report_submitted"
        if "trả lại" in n.text:
            kind = "report_returned"
        elif "chấp nhận" in n.text:
            kind = "report_accepted"
        elif n.text.startswith("Đề nghị giải trình"):
            kind = "explanation_requested"
        rows.append(
            Notification(
                recipient_id=n.user_id,
                kind=kind,
                text=n.text,
                link=n.link,
                read_at=n.created_at if n.read else None,
            )
        )
    created = Notification.objects.bulk_create(rows)
    # auto_now_add stamped them now: give each its notice's own time back.
    for notification, notice in zip(created, Notice.objects.all().iterator(), strict=True):
        Notification.objects.filter(pk=notification.pk).update(created=notice.created_at)


class Migration(migrations.Migration):
    dependencies = [
        ("progress", "0006_stamp_triggers_after_table_rebuilds"),
        ("notifications", "0001_create_notifications"),
    ]

    operations = [
        migrations.RunPython(copy_notices, migrations.RunPython.noop),
        migrations.DeleteModel(name="Notice"),
    ]
