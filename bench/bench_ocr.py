"""OCR benchmark: seconds per scanned page (render, clean-up, deskew, tesseract) on the scanned seed.

    .venv/bin/python bench/bench_ocr.py

Target: under 10 s a page on this machine. Tesseract's time depends on the machine's load, so the
load average is printed beside the figure; the floor is tesseract alone on the already-clean page.
"""

from __future__ import annotations

import os
import time
from importlib import resources

from trongtam.core.reading import ReadLimits, read_file


def main() -> None:
    import pypdfium2
    import pytesseract

    from trongtam.core.reading.ocr import DPI, clean

    data = (
        resources.files("trongtam.core.evaluation").joinpath("structure_corpus", "seed.scan.pdf").read_bytes()
    )
    load = os.getloadavg()[0]
    start = time.perf_counter()
    result = read_file(data, name="seed.scan.pdf", limits=ReadLimits())
    total = time.perf_counter() - start
    pages = len(result.ocr_pages)
    page = clean(pypdfium2.PdfDocument(data)[0].render(scale=DPI / 72).to_pil())
    start = time.perf_counter()
    pytesseract.image_to_string(page, lang="vie", config="--psm 4")
    floor = time.perf_counter() - start
    per_page = total / pages
    confidence = ", ".join(f"{p.confidence:.1f}" for p in result.ocr_pages)
    print(
        f"OCR of the scanned seed: {pages} pages in {total:.1f} s = {per_page:.1f} s a page (confidence {confidence})"
    )
    print(
        f"floor: tesseract alone on one clean page {floor:.1f} s; load average {load:.1f} on {os.cpu_count()} cores"
    )
    print(f"target < 10 s a page: {'ok' if per_page < 10 else 'OVER'}")


if __name__ == "__main__":
    main()
