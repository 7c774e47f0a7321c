"""`trongtam render`: the seed letter laid out in the state and Party formats from the command line."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document as open_docx
from tests.data import SEED_TXT

from trongtam.cli.render import render
from trongtam.core.rendering.pdf import find_soffice


@pytest.fixture
def seed() -> Path:
    return SEED_TXT


def _lines(path: Path) -> list[str]:
    doc = open_docx(io.BytesIO(path.read_bytes()))
    out = [p.text for p in doc.paragraphs if p.text]
    for t in doc.tables:
        for row in t.rows:
            for cell in row.cells:
                out += [p.text for p in cell.paragraphs if p.text]
    return out


def test_render_letter_writes_the_state_layout(seed: Path, tmp_path: Path) -> None:
    out = tmp_path / "cong-van.docx"
    result = CliRunner().invoke(render, ["letter", str(seed), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "Đã ghi" in result.output
    assert "Để trống cho văn thư điền: số văn bản, tên cơ quan ban hành." in result.output
    lines = _lines(out)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines
    assert "Số:      /HĐND-VP" in lines
    assert "V/v đăng ký các nhiệm vụ trọng tâm của Ban thường vụ Huyện ủy" in lines
    assert "1. Tổng thu ngân sách trên địa bàn 195.000 triệu đồng." in lines
    assert any(x.startswith("17. Nâng cao chất lượng, hiệu quả công tác tiếp công dân") for x in lines)


def test_render_letter_writes_the_party_layout(seed: Path, tmp_path: Path) -> None:
    out = tmp_path / "cong-van.docx"
    result = CliRunner().invoke(render, ["letter", str(seed), "-o", str(out), "--format", "party"])
    assert result.exit_code == 0, result.output
    lines = _lines(out)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in lines
    assert "T/M THƯỜNG TRỰC HĐND" in lines


@pytest.mark.libreoffice
@pytest.mark.skipif(find_soffice() is None, reason="LibreOffice is not installed")
def test_render_letter_also_writes_a_pdf(seed: Path, tmp_path: Path) -> None:
    out = tmp_path / "cong-van.docx"
    result = CliRunner().invoke(render, ["letter", str(seed), "-o", str(out), "--pdf"])
    assert result.exit_code == 0, result.output
    assert out.with_suffix(".pdf").read_bytes()[:5] == b"%PDF-"


def test_an_unknown_format_is_refused_in_vietnamese(seed: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        render, ["letter", str(seed), "-o", str(tmp_path / "x.docx"), "--format", "xyz"]
    )
    assert result.exit_code != 0
    assert "Không có mẫu thể thức" in result.output


def test_render_template_writes_an_office_template(tmp_path: Path) -> None:
    out = tmp_path / "mau.docx"
    result = CliRunner().invoke(render, ["template", "--format", "party", "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = _lines(out)
    assert "{{ number_line }}" in lines
    assert "{{p body }}" in lines


def test_render_profiles_lists_the_shipped_formats() -> None:
    result = CliRunner().invoke(render, ["profiles"])
    assert "nd30-2020" in result.output and "hd36-2018" in result.output


def test_the_command_is_registered_in_main() -> None:
    from trongtam.cli.main import COMMANDS

    assert COMMANDS["render"] == "trongtam.cli.render:render"
