"""A unit uploads a photographed or scanned letter as an image: it is read by OCR in a background job
and the review page says which page was read by OCR and how sure it was."""

from __future__ import annotations

import io
import shutil

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from tests.core.reading.scanmaker import page_image

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.ocr,
    pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed"),
]

LETTER = [
    (0, "KẾ HOẠCH", True),
    (0, "Thực hiện nhiệm vụ trọng tâm năm 2025", False),
    (10, "I. LĨNH VỰC KINH TẾ", True),
    (10, "1. Tổng thu ngân sách trên địa bàn đạt 195.000 triệu đồng.", False),
    (10, "2. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 97%.", False),
]


def test_an_image_upload_is_read_by_ocr_in_a_job_and_the_review_says_so(client, cast):
    from trongtam.registry.cycles.models import KeyTask, Proposal, Target
    from trongtam.registry.jobs.models import Job

    buf = io.BytesIO()
    page_image(LETTER, skew=1.2, seed=7).save(buf, format="PNG", dpi=(200, 200))
    client.force_login(cast.unit_staff)
    response = client.post(
        reverse("web:proposal_upload", args=[cast.cycle.id]),
        {"unit": cast.unit.id, "file": SimpleUploadedFile("anh-chup.png", buf.getvalue())},
    )
    job = Job.objects.get()  # a small image too: OCR takes seconds, never inside the request
    assert response.status_code == 302 and response["Location"] == reverse("web:job_detail", args=[job.id])
    assert job.status == "done", job.message
    proposal = Proposal.objects.get()
    assert list(KeyTask.objects.filter(proposal=proposal, parent=None).values_list("number", flat=True)) == [
        "1",
        "2",
    ]
    first = KeyTask.objects.get(proposal=proposal, parent=None, number="1")
    assert "195.000" in first.text and Target.objects.filter(key_task__proposal=proposal).exists()
    review = client.get(reverse("web:proposal_review", args=[proposal.id])).content.decode()
    assert "Trang đọc bằng nhận dạng chữ (OCR), độ tin cậy trung bình: 1 (" in review
