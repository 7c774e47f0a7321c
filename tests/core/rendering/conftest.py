"""Reading generated .docx files back in tests: every paragraph, including those inside tables."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from docx import Document as open_docx

from trongtam.core.rendering.model import (
    FieldGroup,
    Issuance,
    Letterhead,
    Registration,
    SignatureBlock,
    TaskItem,
)


def load(data: bytes) -> Any:
    return open_docx(io.BytesIO(data))


def paragraphs(doc: Any) -> Iterator[Any]:
    """Body paragraphs and table-cell paragraphs in document order."""
    body = doc.element.body
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    def walk_table(t: Table) -> Iterator[Any]:
        for row in t.rows:
            seen = set()
            for cell in row.cells:
                if id(cell._tc) in seen:
                    continue
                seen.add(id(cell._tc))
                yield from cell.paragraphs
                for inner in cell.tables:
                    yield from walk_table(inner)

    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(child, doc)
        elif tag == "tbl":
            yield from walk_table(Table(child, doc))


def texts(doc: Any) -> list[str]:
    return [p.text for p in paragraphs(doc) if p.text.strip()]


def para(doc: Any, startswith: str) -> Any:
    for p in paragraphs(doc):
        if p.text.startswith(startswith):
            return p
    raise AssertionError(f"no paragraph starts with {startswith!r}; have {texts(doc)[:40]}")


def run_of(doc: Any, startswith: str) -> Any:
    p = para(doc, startswith)
    runs = [r for r in p.runs if r.text]
    assert runs, p.text
    return runs[0]


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
