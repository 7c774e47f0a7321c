"""The API takes a scanned letter as an image: read by OCR, the draft proposal comes back with its tasks."""

from __future__ import annotations

import io
import shutil

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.core.reading.scanmaker import page_image

pytestmark = [
    pytest.mark.ocr,
    pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed"),
]

LETTER = [
    (10, "I. LĨNH VỰC KINH TẾ", True),
    (10, "1. Tổng thu ngân sách trên địa bàn đạt 195.000 triệu đồng.", False),
    (10, "2. Thu hút 750.000 lượt khách du lịch.", False),
]


def test_a_jpeg_letter_uploaded_through_the_api_is_read_by_ocr(api_as, world):
    type(world.proposal).objects.filter(pk=world.proposal.pk).update(status="draft")
    buf = io.BytesIO()
    page_image(LETTER, skew=-1.0, seed=8).save(buf, format="JPEG", quality=85)
    staff = api_as("unit_staff")
    letter = SimpleUploadedFile("quet.jpg", buf.getvalue(), content_type="image/jpeg")
    response = staff.post(f"/cycles/{world.cycle.id}/proposals/upload", data={"file": letter})
    assert response.status_code == 200, response.content
    body = response.json()
    assert [t["number"] for t in body["tasks"]] == ["1", "2"]
    assert "195.000" in body["tasks"][0]["text"] and body["tasks"][1]["targets"]
    assert "OCR" in body["reading_notes"]
