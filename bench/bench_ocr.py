"""OCR benchmark: seconds per scanned page (render, clean-up, deskew, tesseract) on the scanned seed, and
per photographed page (an image upload), beside the floor and a few tesseract settings.

    .venv/bin/python bench/bench_ocr.py              # the reader as it is, and its floor
    .venv/bin/python bench/bench_ocr.py --variants   # also: resolution, --psm and --oem tried on one page

Target: under 10 s a page on this machine. Tesseract's wall time depends on the machine's load, so
every figure is printed with the load average and with the CPU seconds spent (this process and the
tesseract processes it started): on a shared machine the CPU time is the figure to compare, the wall
time is what a user waited. The floor is tesseract alone on the already-clean page.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from collections.abc import Callable
from importlib import resources
from typing import Any

from trongtam.core.reading import ReadLimits, read_file


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (5 min {five:.1f}) on {os.cpu_count()} cores"


def cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measured(fn: Callable[[], Any]) -> tuple[Any, float, float]:
    """(result, wall seconds, CPU seconds of this process and its children)."""
    c0, t0 = cpu(), time.perf_counter()
    result = fn()
    return result, time.perf_counter() - t0, cpu() - c0


def seed_scan() -> bytes:
    folder = resources.files("trongtam.core.evaluation").joinpath("structure_corpus")
    return folder.joinpath("seed.scan.pdf").read_bytes()


def photo() -> bytes:
    folder = resources.files("trongtam.core.evaluation").joinpath("structure_corpus")
    return folder.joinpath("blind-quang-nam-chu-hoa.photo.jpg").read_bytes()


def reader() -> None:
    import pypdfium2
    import pytesseract

    from trongtam.core.reading.ocr import DPI, clean

    data = seed_scan()
    print(f"before: {load()}")
    result, wall, used = measured(lambda: read_file(data, name="seed.scan.pdf", limits=ReadLimits()))
    pages = len(result.ocr_pages)
    confidence = ", ".join(f"{p.confidence:.1f}" for p in result.ocr_pages)
    print(
        f"scanned seed (PDF, {pages} pages): {wall / pages:.1f} s a page wall, {used / pages:.1f} s CPU "
        f"(confidence {confidence}); {load()}"
    )
    image = photo()
    result, wall, used = measured(lambda: read_file(image, name="photo.jpg", limits=ReadLimits()))
    print(
        f"photographed letter (JPEG, {len(result.ocr_pages)} page): {wall:.1f} s wall, {used:.1f} s CPU "
        f"(confidence {result.ocr_pages[0].confidence:.1f}); {load()}"
    )
    page = clean(pypdfium2.PdfDocument(data)[0].render(scale=DPI / 72).to_pil())
    _, wall, used = measured(lambda: pytesseract.image_to_data(page, lang="vie", config="--psm 4"))
    print(f"floor: tesseract alone on one clean page: {wall:.1f} s wall, {used:.1f} s CPU; {load()}")


def variants() -> None:
    """Tesseract on the first page of the scanned seed at other resolutions and settings."""
    import pypdfium2
    import pytesseract

    from trongtam.core.reading.ocr import clean

    data = seed_scan()
    print(f"\nTesseract settings on page 1 of the scanned seed (CPU s, wall s, mean confidence); {load()}")
    for dpi, config in (
        (250, "--psm 4"),
        (200, "--psm 4"),
        (300, "--psm 4"),
        (250, "--psm 6"),
        (250, "--psm 4 --oem 1"),
    ):
        page = clean(pypdfium2.PdfDocument(data)[0].render(scale=dpi / 72).to_pil())
        out, wall, used = measured(
            lambda page=page, config=config: pytesseract.image_to_data(
                page, lang="vie", config=config, output_type=pytesseract.Output.DICT
            )
        )
        confs = [float(c) for c in out["conf"] if float(c) >= 0]
        mean = sum(confs) / len(confs) if confs else 0.0
        print(f"  {dpi} dpi {config:<16} CPU {used:5.1f} s  wall {wall:5.1f} s  confidence {mean:5.1f}")
    print(f"after: {load()}")


def main() -> None:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    reader()
    if "--variants" in sys.argv[1:]:
        variants()


if __name__ == "__main__":
    main()
