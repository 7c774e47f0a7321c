"""Reading benchmark: read + structure + targets for a generated 10-page .docx and for the seed.

    .venv/bin/python bench/bench_reading.py

Each figure is printed beside its floor: python-docx opening the same file and joining the
paragraph text (the least any .docx reader must do). Target: a 10-page .docx under 200 ms.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
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


def timed(fn: Callable[[], object], repeat: int = 15) -> float:
    fn()  # warm-up: imports, regex compilation
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples) * 1000


def row(label: str, data: bytes, name: str) -> None:
    doc = read_document(data, name=name)
    read_ms = timed(lambda: read_file(data, name=name))
    full_ms = timed(lambda: read_document(data, name=name))
    floor_ms = timed(lambda: floor(data)) if name.endswith(".docx") else float("nan")
    targets = sum(len(t.targets) for t in doc.all_tasks())
    print(
        f"{label:<28} {len(doc.text):>8,} ch {len(doc.all_tasks()):>5} tasks {targets:>5} targets | "
        f"read {read_ms:7.1f} ms  read+extract {full_ms:7.1f} ms | floor {floor_ms:6.1f} ms "
        f"(x{full_ms / floor_ms:4.1f}) | {len(doc.text) / full_ms * 1000:>10,.0f} ch/s"
    )


def main() -> int:
    print("Reading benchmark (median of 15 runs; floor = python-docx open + join paragraph text)")
    for pages in (1, 10, 40):
        data = generated_docx(pages)
        row(f"generated {pages}-page .docx", data, f"gen{pages}.docx")
    if SEED.exists():
        row("seed .docx", (SEED / "seed-reconstructed.docx").read_bytes(), "seed.docx")
        row("seed .txt", (SEED / "000_143f74c5205fce24.txt").read_bytes(), "seed.txt")
    data = generated_docx(10)
    ms = timed(lambda: read_document(data, name="gen10.docx"))
    verdict = "OK" if ms < 200 else "OVER"
    print(f"\n10-page .docx read and extracted in {ms:.1f} ms (target < 200 ms): {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
