"""Hostile documents: script and markup in every field the reader extracts (header number and symbol,
place, subject, recipients, field title, task text, indicator, unit, distribution list, signer block),
uploaded through the app as .txt and .docx and then shown on every page that shows them. No page may
carry the markup live; the escaped text must be visible (so the test sees the fields at all).
"""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


pytestmark = pytest.mark.django_db

SEED = (
    Path(__file__).resolve().parents[2]
    / "src"
    / "trongtam"
    / "registry"
    / "sample"
    / "seed-huu-lung-2024.txt"
)
S = '<script>alert("{}")</script>'
LIVE = re.compile(r"<script>alert\(|<img src=x onerror|<b>HOSTILE|javascript:alert", re.I)


def hostile_text() -> str:
    seed = SEED.read_text(encoding="utf-8")
    replacements = [
        ("Số: /HĐND-VP", "Số: 12/HĐND-VP" + S.format("symbol")),
        ("Hữu Lũng, ngày 01", "Hữu Lũng<b>HOSTILE" + S.format("place") + "</b>, ngày 01"),
        ("Về việc đăng ký các nhiệm vụ", "Về việc đăng ký " + S.format("subject") + " các nhiệm vụ"),
        (
            "Kính gửi: Ban Thường vụ Huyện ủy.",
            "Kính gửi: Ban Thường vụ " + S.format("recipients") + " Huyện ủy.",
        ),
        (
            "- Tổng thu ngân sách trên địa bàn 195.000 triệu đồng.",
            "- Tổng thu ngân sách " + S.format("indicator") + " trên địa bàn 195.000 triệu đồng.\n"
            "- Tỷ lệ hộ <img src=x onerror=alert(1)> dùng nước sạch đạt 98 hộ" + S.format("unit") + ".",
        ),
        ("- Lưu: VT.", "- " + S.format("distribution") + " Lưu: VT."),
        ("**TM. THƯỜNG TRỰC HĐND**", "**TM. THƯỜNG TRỰC HĐND " + S.format("authority") + "**"),
        ("PHÓ CHỦ TỊCH**", "PHÓ CHỦ TỊCH " + S.format("title") + "**"),
        ("**Mai Xuân Thắng**", "**Mai Xuân " + S.format("signer") + " Thắng**"),
        ("### I. LĨNH VỰC KINH TẾ - XÃ HỘI", "### I. LĨNH VỰC KINH TẾ " + S.format("field") + " - XÃ HỘI"),
    ]
    for old, new in replacements:
        assert old in seed, old
        seed = seed.replace(old, new, 1)
    return seed


def hostile_docx() -> bytes:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for line in hostile_text().splitlines():
        document.add_paragraph(line.replace("**", "").replace("### ", "").replace("***", ""))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _html(response) -> str:
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return body.decode("utf-8", errors="replace")


def _check(pages: dict[str, object]) -> str:
    seen = ""
    for url, response in pages.items():
        assert response.status_code == 200, (url, response.status_code)
        html = _html(response)
        live = LIVE.search(html)
        assert not live, f"{url} carries live markup: …{html[max(0, live.start() - 80) : live.end() + 40]}…"
        seen += html
    return seen


@pytest.mark.parametrize("kind", ["txt", "docx"])
def test_hostile_document_is_escaped_on_every_page(client, cast, kind):
    from trongtam.registry.cycles import consolidation
    from trongtam.registry.cycles.models import KeyTask, Proposal, Target
    from trongtam.registry.progress import services as progress

    content = hostile_text().encode("utf-8") if kind == "txt" else hostile_docx()
    client.force_login(cast.unit_staff)
    response = client.post(
        reverse("web:proposal_upload", args=[cast.cycle.id]),
        {"unit": cast.unit.id, "file": SimpleUploadedFile(f"de-xuat.{kind}", content)},
    )
    assert response.status_code == 302, _html(response)[:2000]
    proposal = Proposal.objects.get(cycle=cast.cycle, unit=cast.unit)
    # Fields the reader may leave empty on this layout get the payload directly, so that every
    # field a page can show is hostile.
    Proposal.objects.filter(pk=proposal.pk).update(
        signer_title=proposal.signer_title or "PHÓ CHỦ TỊCH " + S.format("title"),
        signer_name=proposal.signer_name or "Mai " + S.format("signer"),
        letter_symbol=proposal.letter_symbol or "HĐND-VP" + S.format("symbol"),
    )
    Target.objects.filter(key_task__proposal=proposal, unit="hộ").update(unit="hộ" + S.format("unit"))
    assert KeyTask.objects.filter(proposal=proposal).exists()

    pages: dict[str, object] = {}

    def get(url: str) -> None:
        pages[f"{url} ({kind})"] = client.get(url)

    get(reverse("web:proposal_home", args=[cast.cycle.id]))
    get(reverse("web:proposal_review", args=[proposal.id]))
    get(reverse("web:cycle_detail", args=[cast.cycle.id]))
    get(reverse("web:cycle_list"))
    client.post(reverse("web:proposal_submit", args=[proposal.id]), {"confirm": "1"})
    proposal.refresh_from_db()
    if proposal.status != "submitted":
        from trongtam.registry.cycles.proposals import proposal_submit

        proposal_submit(proposal=proposal, user=cast.unit_staff)

    client.force_login(cast.coordinator)
    consolidation.consolidation_build(cycle=cast.cycle, user=cast.coordinator)
    for task in consolidation.list_tasks(cast.cycle):
        task.lead_units.add(cast.unit)
    get(reverse("web:proposal_review", args=[proposal.id]))
    get(reverse("web:consolidation", args=[cast.cycle.id]))
    get(reverse("web:cycle_detail", args=[cast.cycle.id]))
    get(reverse("web:versions", args=[cast.cycle.id]))
    get(reverse("web:cycle_history", args=[cast.cycle.id]))

    periods = progress.period_generate_defaults(cycle=cast.cycle)
    jan = next(p for p in periods if p.kind == "month" and p.number == 1)
    progress.cycle_assess(cycle=cast.cycle, period=jan, today=date(2024, 2, 15))
    get(reverse("web:progress_overview", args=[cast.cycle.id]))
    get(reverse("web:progress_report", args=[cast.cycle.id, jan.id, cast.unit.id]))
    get(reverse("web:progress_assessment", args=[cast.cycle.id]) + f"?ky={jan.id}")
    get(reverse("web:progress_dashboard", args=[cast.cycle.id]))
    client.force_login(cast.unit_staff)
    get(reverse("web:progress_report", args=[cast.cycle.id, jan.id, cast.unit.id]))
    client.force_login(cast.leader)
    get(reverse("web:progress_dashboard", args=[cast.cycle.id]))

    seen = _check(pages)
    escaped = {m for m in re.findall(r"&lt;script&gt;alert\((?:&quot;|&#x27;|\")(\w+)", seen)}
    # The fields every kind of document carries, shown escaped somewhere.
    assert {"subject", "indicator", "field"} <= escaped, escaped
    assert "&lt;img src=x onerror" in seen


def test_hostile_document_through_the_api_is_json_not_html(client, cast):
    from trongtam.registry.cycles import proposals

    proposals.proposal_upload(
        cycle=cast.cycle,
        unit=cast.unit,
        user=cast.unit_staff,
        content=hostile_text().encode("utf-8"),
        filename="de-xuat.txt",
    )
    client.force_login(cast.unit_staff)
    for url in ("/api/proposals", "/api/key-tasks", "/api/targets"):
        response = client.get(url)
        if response.status_code == 404:
            continue
        assert response.status_code == 200, url
        assert response["Content-Type"].startswith("application/json"), url
        assert response["X-Content-Type-Options"] == "nosniff"
