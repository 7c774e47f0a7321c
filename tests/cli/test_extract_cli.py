"""`trongtam extract`: summary, --json, --batch, and one clear line for bad input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests.data import SEED_DOCX, SEED_TXT

from trongtam.cli.main import cli

CORPUS = Path(__file__).parents[1] / "core" / "corpus"


def run(*args: str):
    return CliRunner().invoke(cli, ["extract", *args])


def test_it_prints_a_readable_vietnamese_summary():
    result = run(str(SEED_TXT))
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Số, ký hiệu: …/HĐND-VP" in out
    assert "Địa danh, ngày: Hữu Lũng, 01/12/2023" in out
    assert "I. LĨNH VỰC KINH TẾ - XÃ HỘI" in out and "II. LĨNH VỰC QUỐC PHÒNG, AN NINH" in out
    assert "17. Nâng cao chất lượng" in out
    assert "Cảnh báo" in out and "đánh số lại" in out
    assert "Mai Xuân Thắng" in out


def test_json_has_sections_with_tasks_numbers_text_children_and_targets():
    result = run("--json", str(SEED_DOCX))
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [len(s["tasks"]) for s in data["sections"]] == [17, 2]
    t13 = data["sections"][0]["tasks"][12]
    assert t13["number"] == "13" and len(t13["children"]) == 2
    assert set(t13) >= {"number", "text", "children", "targets"}
    assert data["header"]["issued_on"] == "2023-12-01"


def test_the_summary_shows_the_targets():
    result = run(str(SEED_TXT))
    assert "→ chỉ tiêu:" in result.output and "195.000 triệu đồng" in result.output


def test_json_of_a_corpus_plan_can_be_written_to_a_file(tmp_path):
    out = tmp_path / "plan.json"
    result = run("--json", str(CORPUS / "plan-header-table.docx"), "-o", str(out))
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["header"]["symbol"] == "KH-UBND"
    assert data["sections"][0]["tasks"][0]["lead_units"] == ["Phòng Tài chính - Kế hoạch"]


def test_batch_reads_jsonl_and_writes_one_line_of_targets_per_passage(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "a", "text": "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 97%."}, ensure_ascii=False)
        + "\n\n"
        + json.dumps({"id": "b", "text": "Không có số liệu.", "kind": "report"}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    result = run("--batch", str(src), "-o", str(out))
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == ["a", "b"]
    assert lines[0]["targets"][0]["value"] == 97 and lines[0]["targets"][0]["unit"] == "%"
    assert lines[1]["targets"] == []


def test_batch_with_a_broken_line_names_the_file_and_line(tmp_path):
    src = tmp_path / "hong.jsonl"
    src.write_text('{"id": 1, "text": "a"}\nkhông phải json\n', encoding="utf-8")
    result = run("--batch", str(src))
    assert result.exit_code != 0
    assert "hong.jsonl" in result.output and "2" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("name", "payload", "words"),
    [
        ("rong.txt", b"", "rỗng"),
        ("hong.docx", b"PK\x03\x04" + b"\x00" * 300, "Word"),
        ("anh.bin", bytes(range(256)) * 20, "nhị phân"),
        ("vo.pdf", b"%PDF-1.4\n" + b"\x00rac" * 100, "PDF"),
    ],
)
def test_bad_input_gives_one_line_naming_the_file_and_a_non_zero_exit(tmp_path, name, payload, words):
    path = tmp_path / name
    path.write_bytes(payload)
    result = run(str(path))
    assert result.exit_code != 0
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1, result.output
    assert name in lines[0] and words in lines[0]
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_a_missing_file_is_reported_without_a_traceback(tmp_path):
    result = run(str(tmp_path / "khong-co.docx"))
    assert result.exit_code != 0 and "khong-co.docx" in result.output
    assert "Traceback" not in result.output


def test_no_file_and_no_batch_is_an_error():
    result = run()
    assert result.exit_code != 0 and "Lỗi" in result.output


def test_the_command_module_does_not_import_django():
    import subprocess
    import sys

    code = "import sys, trongtam.cli.extract, trongtam.core.extraction; print('django' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_the_summary_says_what_was_repaired_and_the_closing_is_not_part_of_the_last_task(tmp_path):
    from tests.core.text.legacy import to_tcvn3

    letter = (
        "I. KINH TẾ\n\n1. Tỷ lệ hộ nghèo giảm dưới 2%.\n\n"
        "2. Thu ngân sách đạt 195.000 triệu đồng. Kính đề nghị Văn phòng Huyện ủy tổng hợp./.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    )
    path = tmp_path / "cu.txt"
    path.write_bytes(to_tcvn3(letter).encode("cp1252"))
    result = run(str(path))
    assert result.exit_code == 0, result.output
    assert "Sửa văn bản:" in result.output and "TCVN3" in result.output
    task_line = next(line for line in result.output.splitlines() if "Thu ngân sách" in line)
    assert "Kính đề nghị" not in task_line
    assert "Nơi nhận: Như trên; Lưu: VT" in result.output


@pytest.mark.ocr
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_a_scanned_image_is_read_by_ocr_and_the_summary_says_which_page(tmp_path):
    from tests.core.reading.scanmaker import page_image

    image = tmp_path / "quet.png"
    lines = [(10, "I. LĨNH VỰC KINH TẾ", True), (10, "1. Thu ngân sách đạt 195.000 triệu đồng.", False)]
    page_image(lines, seed=9).save(image, format="PNG", dpi=(200, 200))
    result = run(str(image))
    assert result.exit_code == 0, result.output
    assert "Đọc bằng OCR: trang 1 (" in result.output and "195.000 triệu đồng" in result.output
