"""Build the blind part of the structure corpus from ``blind_docs``: each document in its forms, with its
expected structure, into ``structure_corpus/blind-*`` and ``structure_corpus/blind.json``.

    .venv/bin/python tests/evaluation/make_blind_corpus.py

The expected structures were written before the reader was run on any of these files; the files and
the index were then frozen (``structure_corpus/FROZEN.md`` records their SHA-256 and the date). Running
this again rebuilds them — a frozen file must not change, so the hashes say whether it did.
"""

from __future__ import annotations

import importlib.util
import io
import json
import sys
from pathlib import Path

import numpy as np
import pypdfium2
from PIL import Image, ImageFilter

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tests.evaluation.blind_docs import BLIND_DOCS, BLIND_FORMS  # noqa: E402

spec = importlib.util.spec_from_file_location(
    "make_corpus", ROOT / "tests/evaluation/make_structure_corpus.py"
)
assert spec and spec.loader
make = importlib.util.module_from_spec(spec)
spec.loader.exec_module(make)

OUT = make.OUT
FROZEN = "2026-12-04"


def to_photo(pdf: bytes, seed: int) -> bytes:
    """The letter's pages, rendered at 200 dpi and stacked, tilted 1.2°, grey paper, noise and blur:
    what a phone photo of a letter sent as JPEG looks like."""
    src = pypdfium2.PdfDocument(pdf)
    pages = [src[i].render(scale=200 / 72).to_pil().convert("RGB") for i in range(len(src))]
    # Keep only the printed part of each page, so a two-page letter becomes one long sheet.
    crops = []
    for img in pages:
        ink = np.asarray(img.convert("L")) < 200
        rows = np.flatnonzero(ink.any(axis=1))
        top, bottom = (int(rows[0]) - 40, int(rows[-1]) + 40) if rows.size else (0, img.height)
        crops.append(img.crop((0, max(0, top), img.width, min(img.height, bottom))))
    sheet = Image.new("RGB", (crops[0].width, sum(c.height for c in crops)), "white")
    y = 0
    for c in crops:
        sheet.paste(c, (0, y))
        y += c.height
    rng = np.random.default_rng(seed)
    sheet = sheet.rotate(1.2, fillcolor=(235, 232, 225), resample=Image.Resampling.BICUBIC, expand=True)
    arr = np.asarray(sheet).astype(np.int16) - 18  # grey paper, not white
    arr = np.clip(arr + rng.normal(0, 10, arr.shape), 0, 255).astype(np.uint8)
    out = Image.fromarray(arr).filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    out.save(buf, format="JPEG", quality=80, dpi=(200, 200))
    return buf.getvalue()


def build(doc: dict, form: str, seed: int) -> bytes:
    doc_id = doc["id"]
    if form == "txt":
        return make.write_txt(doc).encode("utf-8")
    if form == "typed.docx":
        return make.write_docx_typed(doc)
    if form == "numbered.docx":
        return make.write_docx_numbered(doc)
    if form == "pdf":
        return make.to_pdf(make.write_docx_numbered(doc), f"{doc_id}.docx")
    if form == "spaced.pdf":
        return make.to_pdf(make.write_docx_numbered(doc, spaced_headings=True), f"{doc_id}.docx")
    if form == "running.pdf":
        return make.to_pdf(make.write_docx_typed(doc, running=doc["lines"][0][1]), f"{doc_id}.docx")
    if form == "photo.jpg":
        return to_photo(make.to_pdf(make.write_docx_typed(doc), f"{doc_id}.docx"), seed)
    raise ValueError(form)


def main() -> None:
    entries = []
    for n, doc in enumerate(BLIND_DOCS):
        exp = make.expected(doc["lines"])
        for form in BLIND_FORMS[doc["id"]]:
            name = f"blind-{doc['id']}.{form}"
            (OUT / name).write_bytes(build(doc, form, seed=100 + n))
            entries.append(
                {
                    "file": name,
                    "document": doc["id"],
                    "form": form,
                    "split": "blind",
                    "source": doc["source"],
                    "style": doc["style"],
                    "expected": exp,
                }
            )
            print("wrote", name)
    (OUT / "blind.json").write_text(
        json.dumps(
            {
                "frozen": FROZEN,
                "about": "The blind test part: expected structure written before the reader was run; frozen.",
                "documents": entries,
            },
            ensure_ascii=False,
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
