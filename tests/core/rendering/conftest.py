"""Reading generated .docx files back in tests: every paragraph, including those inside tables."""

from __future__ import annotations

import sys
from datetime import date
from typing import Any

import pytest
from docx import Document as open_docx  # noqa: F401 - tests reach it through dx

# The tests reach these through the ``dx`` fixture; one copy serves the documents tests too.
from tests.registry.documents.docx_helpers import load, para, paragraphs, run_of, texts  # noqa: F401

from trongtam.core.rendering.model import (
    FieldGroup,
    Issuance,
    Letterhead,
    Registration,
    SignatureBlock,
    TaskItem,
)


def seed_registration(profile: str = "nd30-2020", number: int | None = 5) -> Registration:
    """A registration letter shaped like the seed, with a full header."""
    state = profile.startswith("nd")
    return Registration(
        issuance=Issuance(
            profile=profile,
            letterhead=Letterhead(
                issuer="Thường trực HĐND huyện Hữu Lũng" if state else "Huyện ủy Hữu Lũng",
                parent_issuer=None if state else "Đảng bộ tỉnh Lạng Sơn",
                symbol="HĐND-VP" if state else "CV/HU",
                place="Hữu Lũng",
            ),
            number=number,
            issued_on=date(2023, 12, 1),
            distribution=("Ban Tổ chức Huyện ủy", "Thường trực HĐND huyện", "Các Ban HĐND huyện"),
            archive="VP" if state else "Huyện ủy",
            signature=SignatureBlock(
                ("TM. THƯỜNG TRỰC HĐND", "KT. CHỦ TỊCH"), "Phó Chủ tịch", "Mai Xuân Thắng"
            ),
        ),
        subject="đăng ký các nhiệm vụ trọng tâm của Ban thường vụ Huyện ủy",
        recipients=("Ban Thường vụ Huyện ủy",),
        preamble="Thực hiện Công văn số 1292-CV/HU, ngày 27/11/2023 của Huyện ủy Hữu Lũng về việc lựa chọn, "
        "đăng ký các nhiệm vụ trọng tâm năm 2024, Thường trực HĐND huyện đề xuất như sau:",
        fields=(
            FieldGroup(
                "Lĩnh vực kinh tế - xã hội",
                (
                    TaskItem("Tổng thu ngân sách trên địa bàn 195.000 triệu đồng."),
                    TaskItem("Thu hút lượng khách du lịch năm 2024 đạt 750.000 lượt người."),
                    TaskItem(
                        "Chỉ đạo tiếp tục quan tâm đầu tư xây dựng các thiết chế văn hóa, thể thao:",
                        children=(
                            TaskItem("Nâng cấp trụ sở thư viện cấp huyện."),
                            TaskItem("Tổ chức Lễ hội."),
                        ),
                    ),
                ),
                "I",
            ),
            FieldGroup(
                "Lĩnh vực quốc phòng, an ninh",
                (TaskItem("Tuyển chọn, gọi công dân nhập ngũ năm 2024 bảo đảm hoàn thành 100% chỉ tiêu."),),
                "II",
            ),
        ),
        closing="Trên đây là đề xuất nhiệm vụ trọng tâm năm 2024 của Thường trực HĐND huyện./.",
    )


@pytest.fixture
def dx() -> Any:
    """These helpers, as a namespace (test modules cannot import a conftest under importlib mode)."""
    return sys.modules[__name__]
