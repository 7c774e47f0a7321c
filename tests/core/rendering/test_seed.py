"""The seed letter read by the reader and rendered again carries the same tasks and targets, in order."""

from __future__ import annotations

from typing import Any

import pytest
from tests.data import SEED_DOCX, SEED_TXT

from trongtam.core.extraction import read_document
from trongtam.core.rendering import registration_from_document, render_registration_letter

SEEDS = [SEED_TXT, SEED_DOCX]


def _norm(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(params=SEEDS, ids=lambda p: p.suffix)
def seed(request: Any) -> Any:
    return read_document(request.param)


@pytest.mark.parametrize("fmt", ["nd30-2020", "hd36-2018"])
def test_the_rendered_seed_keeps_every_task_in_order(seed: Any, dx: Any, fmt: str) -> None:
    doc = dx.load(render_registration_letter(registration_from_document(seed, profile=fmt)))
    body = [_norm(x) for x in dx.texts(doc)]
    positions = []
    for t in seed.all_tasks():
        wanted = _norm(t.text).strip("*# ")
        hits = [i for i, line in enumerate(body) if wanted[:120] in line]
        assert hits, f"task {t.number} missing: {wanted[:60]}"
        positions.append(hits[0])
    assert positions == sorted(positions)
    assert len(seed.all_tasks()) >= 19


def test_the_rendered_seed_keeps_every_target_in_order(seed: Any, dx: Any) -> None:
    text = _norm("\n".join(dx.texts(dx.load(render_registration_letter(registration_from_document(seed))))))
    quotes = [_norm(tg.quote or seed.text[tg.start : tg.end]) for t in seed.all_tasks() for tg in t.targets]
    assert len(quotes) >= 19, "the extractor found too few targets in the seed"
    at = 0
    for q in quotes:
        found = text.find(q, at)
        assert found >= 0, q
        at = found


def test_the_seed_header_keeps_its_blanks(seed: Any, dx: Any) -> None:
    doc = dx.load(render_registration_letter(registration_from_document(seed)))
    lines = dx.texts(doc)
    assert "Số:      /HĐND-VP" in lines
    assert "Hữu Lũng, ngày 01 tháng 12 năm 2023" in lines
    assert "Kính gửi: Ban Thường vụ Huyện ủy." in lines
    assert "TM. THƯỜNG TRỰC HĐND" in lines
    assert "KT. CHỦ TỊCH" in lines
    assert "Mai Xuân Thắng" in lines
    distribution = [p.text for p in doc.tables[-1].cell(0, 0).paragraphs if p.text]
    assert distribution == [
        "Nơi nhận:",
        "- Ban Tổ chức Huyện ủy;",
        "- Thường trực HĐND huyện;",
        "- Các Ban HĐND huyện;",
        "- C, PCVP HĐND và UBND huyện;",
        "- Lưu: VT.",
    ]
    # The seed has no issuer line: a blank for the clerk, not an invented name.
    assert doc.tables[0].cell(0, 0).text.strip().startswith("……")


def test_the_party_rendering_of_the_seed_uses_slash_signing(seed: Any, dx: Any) -> None:
    lines = dx.texts(
        dx.load(render_registration_letter(registration_from_document(seed, profile="hd36-2018")))
    )
    assert "T/M THƯỜNG TRỰC HĐND" in lines
    assert "K/T CHỦ TỊCH" in lines
    assert any(x.startswith("về việc đăng ký các nhiệm vụ trọng tâm") for x in lines)
