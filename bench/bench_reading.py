"""Reading benchmark: read + structure + targets for generated .docx letters and for the seed.

    .venv/bin/python bench/bench_reading.py                 # wall time, min and median of N runs
    .venv/bin/python bench/bench_reading.py --instructions  # CPU instructions (valgrind callgrind)

Each figure is printed beside its floor: python-docx opening the same file and joining the
paragraph text (the least any .docx reader must do), and lxml alone parsing the file's
``word/document.xml``. Target: a 10-page .docx under 200 ms.

The machine is shared, so the load average is printed with every figure, and each figure is the
minimum of N runs of wall time (with the median) and the minimum CPU time of the process, which
leaves out the time spent waiting for a core. ``--instructions`` counts instructions, the same
whatever the load: each count is the difference between a run that reads the file once more and
one that does not, so imports, start-up and the first call's regex compilation are left out.
"""

from __future__ import annotations

import io
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx

from trongtam.core.extraction import read_document
from trongtam.core.reading import read_file

SEED = Path("/work/shared/seed")

TASKS = [
    "Tổng thu ngân sách trên địa bàn đạt 195.000 triệu đồng, tăng 8,5% so với năm 2023.",
    "Phấn đấu giảm tỷ lệ hộ nghèo đa chiều từ 3% trở lên; tỷ lệ lao động qua đào tạo đạt 64%.",
    "Thu hút lượng khách du lịch năm 2024 đạt 750.000 lượt người; doanh thu du lịch khoảng 107 tỷ 508 triệu đồng.",
    "Xây dựng 02 xã Minh Tiến và Quyết Thắng đạt chuẩn nông thôn mới; có thêm từ 02 sản phẩm OCOP đạt 3 sao trở lên.",
    "Tỷ lệ giải quyết khiếu nại, tố cáo thuộc thẩm quyền đạt từ 90% trở lên; tỷ lệ chậm hạn dưới 15%.",
]
FILLER = (
    "Cơ quan chủ trì: Phòng Tài chính - Kế hoạch; cơ quan phối hợp: Chi cục Thuế khu vực, UBND các xã, "
    "thị trấn. Thời gian hoàn thành: trước 30/6/2025. Tiếp tục chỉ đạo tổ chức triển khai thực hiện các "
    "chỉ tiêu đã được phân khai cụ thể tại Kế hoạch số 113/KH-UBND ngày 19/5/2021 của UBND tỉnh."
)


def generated_docx(pages: int = 10) -> bytes:
    """A plan of about ``pages`` A4 pages: fields, numbered tasks (Word numbering), bullets, a table."""
    d = docx.Document()
    d.add_paragraph("Số: 215/KH-UBND")
    d.add_paragraph("Hữu Lũng, ngày 05 tháng 01 năm 2024")
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Thực hiện các nhiệm vụ trọng tâm năm 2024")
    d.add_paragraph(
        "Căn cứ Nghị quyết số 12/NQ-HĐND ngày 20/12/2023 của HĐND huyện, UBND huyện ban hành Kế hoạch:"
    )
    field = 0
    chars = 0
    while chars < pages * 3000:  # about 3.000 characters of body text per A4 page at 13 pt
        field += 1
        d.add_paragraph(f"LĨNH VỰC THỨ {field}", style="Heading 1")
        for i in range(12):
            text = f"{TASKS[i % len(TASKS)]} {FILLER}"
            d.add_paragraph(text, style="List Number")
            chars += len(text)
            if i % 4 == 3:
                for sub in (
                    "Quan tâm đầu tư nâng cấp trụ sở thư viện cấp huyện.",
                    "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 97%.",
                ):
                    d.add_paragraph(sub, style="List Bullet 2")
                    chars += len(sub)
        table = d.add_table(rows=3, cols=3)
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row.cells):
                cell.text = f"Ô {r}.{c} đạt 95%"
    d.add_paragraph("Trên đây là Kế hoạch thực hiện nhiệm vụ trọng tâm năm 2024./.")
    d.add_paragraph("Nơi nhận:\n- TT Huyện ủy;\n- Lưu: VT.")
    d.add_paragraph("TM. ỦY BAN NHÂN DÂN")
    d.add_paragraph("CHỦ TỊCH")
    d.add_paragraph("Nguyễn Văn An")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def floor(data: bytes) -> str:
    """python-docx opening the file and joining the paragraph text."""
    return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)


def lxml_floor(data: bytes) -> object:
    """lxml alone parsing the body part: the least any reader of the file must do."""
    from lxml import etree

    return etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (5 min {five:.1f}) on {os.cpu_count()} cores"


def timed(fn: Callable[[], object], repeat: int = 15) -> tuple[float, float, float]:
    """(minimum, median, minimum CPU time) of ``repeat`` runs in ms, after one warm-up run (imports,
    regex compilation). The CPU time leaves out the time the process waited for a core, so on a busy
    machine it is the figure nearest to what an idle machine would show."""
    fn()
    samples = []
    cpu = []
    for _ in range(repeat):
        c0, t0 = time.process_time(), time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return min(samples) * 1000, statistics.median(samples) * 1000, min(cpu) * 1000


def row(label: str, data: bytes, name: str, repeat: int) -> float:
    doc = read_document(data, name=name)
    read_ms, _, read_cpu = timed(lambda: read_file(data, name=name), repeat)
    full_ms, full_med, full_cpu = timed(lambda: read_document(data, name=name), repeat)
    docx_file = name.endswith(".docx")
    floor_ms = timed(lambda: floor(data), repeat)[0] if docx_file else float("nan")
    lxml_ms = timed(lambda: lxml_floor(data), repeat)[0] if docx_file else float("nan")
    targets = sum(len(t.targets) for t in doc.all_tasks())
    print(
        f"{label:<26} {len(doc.text):>8,} ch {len(doc.all_tasks()):>5} tasks {targets:>5} targets | "
        f"read {read_ms:6.1f} (CPU {read_cpu:6.1f})  read+extract {full_ms:7.1f} (median {full_med:7.1f}, "
        f"CPU {full_cpu:7.1f}) | "
        f"floors: python-docx {floor_ms:6.1f}, lxml {lxml_ms:5.1f} | "
        f"{len(doc.text) / full_ms:>6,.0f} ch/ms"
    )
    return full_cpu


# ------------------------------------------------------------------------------------------------
# Instruction counts under callgrind


def _inner(what: str, pages: int, times: int) -> None:
    """Run ``what`` on a generated letter ``times`` times after one warm-up (run under callgrind)."""
    data = generated_docx(pages)
    fn: Callable[[], object] = {
        "read": lambda: read_file(data, name="gen.docx"),
        "extract": lambda: read_document(data, name="gen.docx"),
        "floor": lambda: floor(data),
        "lxml": lambda: lxml_floor(data),
    }[what]
    fn()
    for _ in range(times):
        fn()


def _instructions(what: str, pages: int, times: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "callgrind.out")
        subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={out}",
                sys.executable,
                __file__,
                "--inner",
                what,
                str(pages),
                str(times),
            ],
            check=True,
            capture_output=True,
        )
        text = open(out, encoding="utf-8").read()
    m = re.search(r"^(?:summary|totals): (\d+)", text, re.M)
    assert m, "no instruction total in callgrind's output"
    return int(m.group(1))


def instructions(pages_list: tuple[int, ...] = (10,)) -> None:
    print(f"Instructions per run (valgrind callgrind; one more run minus none; {load()})")
    for pages in pages_list:
        counts = {}
        for what in ("lxml", "floor", "read", "extract"):
            counts[what] = _instructions(what, pages, 1) - _instructions(what, pages, 0)
        print(
            f"generated {pages}-page .docx: read {counts['read'] / 1e6:8.1f} M, "
            f"read+extract {counts['extract'] / 1e6:8.1f} M | floors: python-docx "
            f"{counts['floor'] / 1e6:6.1f} M, lxml {counts['lxml'] / 1e6:5.1f} M "
            f"(read+extract x{counts['extract'] / counts['floor']:4.1f} the python-docx floor)"
        )


def main() -> int:
    if sys.argv[1:2] == ["--inner"]:
        _inner(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
        return 0
    if sys.argv[1:2] == ["--instructions"]:
        instructions()
        return 0
    repeat = 15
    print(
        f"Reading benchmark: ms, minimum of {repeat} runs (5 above 10 pages), median, and minimum CPU time; {load()}"
    )
    per_page = {}
    for pages in (1, 10, 50, 100):
        data = generated_docx(pages)
        # Long letters take seconds a run: fewer runs, the minimum still the figure.
        runs = repeat if pages <= 10 else 5
        per_page[pages] = row(f"generated {pages}-page .docx", data, f"gen{pages}.docx", runs)
    if SEED.exists():
        row("seed .docx", (SEED / "seed-reconstructed.docx").read_bytes(), "seed.docx", repeat)
        row("seed .txt", (SEED / "000_143f74c5205fce24.txt").read_bytes(), "seed.txt", repeat)
    print(
        "linear in size: CPU ms a page at 10 / 50 / 100 pages = "
        + " / ".join(f"{per_page[p] / p:.1f}" for p in (10, 50, 100))
    )
    ms = per_page[10]
    verdict = "OK" if ms < 200 else "OVER"
    print(
        f"\n10-page .docx read and extracted in {ms:.1f} ms CPU (min of {repeat}; target < 200 ms): {verdict}"
    )
    print(load())
    return 0


if __name__ == "__main__":
    sys.exit(main())
