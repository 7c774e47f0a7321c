"""PDF conversion of the sample letter: cold (`soffice --convert-to`, a new LibreOffice each time) against warm
(one LibreOffice kept running by unoserver, as `trongtam serve` does). Goal: a PDF in < 1 s after the first."""

from __future__ import annotations

import os
import socket
import statistics
import time
from pathlib import Path

from trongtam.cli.worker import unoserver_start
from trongtam.core.rendering.pdf import docx_to_pdf, docx_to_pdf_warm

SAMPLE = Path(__file__).resolve().parents[1] / "src/trongtam/registry/sample/seed-huu-lung-2024.docx"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    data = SAMPLE.read_bytes()
    os.environ.pop("TRONGTAM_UNOSERVER", None)
    cold = []
    for _ in range(3):
        t = time.perf_counter()
        docx_to_pdf(data)
        cold.append(time.perf_counter() - t)
    print(
        f"cold soffice --convert-to: median {statistics.median(cold):.2f} s  ({', '.join(f'{x:.2f}' for x in cold)})"
    )
    address = unoserver_start(port=_free_port() + 1)
    if address is None:
        print("warm: unoserver cannot run here (no LibreOffice Python bridge: apt-get install python3-uno)")
        return
    t0 = time.perf_counter()
    while docx_to_pdf_warm(data, address=address, timeout=30) is None:
        if time.perf_counter() - t0 > 60:
            raise SystemExit("unoserver did not start within 60 s")
        time.sleep(0.2)
    print(f"warm: unoserver up and first PDF after {time.perf_counter() - t0:.2f} s")
    warm = []
    for _ in range(10):
        t = time.perf_counter()
        assert docx_to_pdf_warm(data, address=address) is not None
        warm.append(time.perf_counter() - t)
    print(
        f"warm through unoserver: median {statistics.median(warm):.2f} s, max {max(warm):.2f} s (goal < 1 s)"
    )


if __name__ == "__main__":
    main()
