"""The proposal page says what the reader repaired and marks tasks OCR was unsure of."""

from __future__ import annotations

import dataclasses

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from tests.core.text.legacy import to_tcvn3

from trongtam.core.extraction import structure_text
from trongtam.registry.cycles import proposals, services
from trongtam.registry.cycles.models import KeyTask, Proposal

LETTER = (
    "I. LĨNH VỰC KINH TẾ\n\n1. Tỷ lệ hộ nghèo giảm dưới 2%.\n\n2. Thu ngân sách đạt 195.000 triệu đồng.\n"
)


def test_a_letter_typed_in_tcvn3_is_read_in_unicode_and_the_page_says_it_was_converted(client, cast):
    client.force_login(cast.unit_staff)
    upload = SimpleUploadedFile("cu.txt", to_tcvn3(LETTER).encode("cp1252"), content_type="text/plain")
    response = client.post(
        reverse("web:proposal_upload", args=[cast.cycle.id]), {"unit": cast.unit.id, "file": upload}
    )
    assert response.status_code == 302, response.content[:300]
    proposal = Proposal.objects.get()
    assert "TCVN3" in proposal.reading_notes
    assert list(KeyTask.objects.values_list("text", flat=True).order_by("order")) == [
        "Tỷ lệ hộ nghèo giảm dưới 2%.",
        "Thu ngân sách đạt 195.000 triệu đồng.",
    ]
    body = client.get(response["Location"]).content.decode()
    assert "Khi đọc tệp" in body and "TCVN3" in body


def test_a_task_ocr_was_unsure_of_is_marked_for_checking_on_the_page(client, cast):
    document = structure_text(LETTER, name="quet.pdf")
    section = document.sections[0]
    unsure = dataclasses.replace(section.tasks[1], needs_check=True)
    document = dataclasses.replace(
        document, sections=(dataclasses.replace(section, tasks=(section.tasks[0], unsure)),)
    )
    proposal = proposals.proposal_start(cycle=cast.cycle, unit=cast.unit, user=cast.unit_staff)
    services.proposal_import_document(proposal=proposal, document=document)
    assert list(KeyTask.objects.order_by("order").values_list("needs_check", flat=True)) == [False, True]
    client.force_login(cast.unit_staff)
    body = client.get(reverse("web:proposal_review", args=[proposal.id])).content.decode()
    assert body.count('class="needs-check"') == 1
