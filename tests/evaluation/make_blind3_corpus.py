"""Build the third blind part of the structure corpus from ``blind3_docs``: each document in its forms,
with its expected structure, into ``structure_corpus/blind3-*`` and ``structure_corpus/blind3.json``.

    .venv/bin/python tests/evaluation/make_blind3_corpus.py

The expected structures were written before the reader was run on any of these files; the files and the
index were then frozen (``structure_corpus/FROZEN.md`` records their SHA-256 and the date). Running this
again rebuilds them — a frozen file must not change, so the hashes say whether it did (the scan and
the photo carry seeded noise, PDFs depend on the LibreOffice version: compare by hash, not by rebuild).
"""

from __future__ import annotations

import importlib.util
import io
import json
import sys
from pathlib import Path

import docx
from docx.shared import Pt

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tests.core.text.legacy import to_tcvn3  # noqa: E402
from tests.evaluation.blind3_docs import BLIND3_DOCS, BLIND3_FORMS  # noqa: E402

spec = importlib.util.spec_from_file_location("make_blind2", ROOT / "tests/evaluation/make_blind2_corpus.py")
assert spec and spec.loader
blind2 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(blind2)
blind = blind2.blind
make = blind2.make

OUT = make.OUT
FROZEN = "2026-12-05"


def paragraphs(doc: dict) -> list[tuple[str, str, bool]]:
    """The typed paragraphs; with ``split_heading`` a part's label ("Phần I") is a paragraph of its own
    above the part's title, as in the source."""
    out = make.typed_paragraphs(doc)
    if not doc.get("split_heading"):
        return out
    labels = [rest[2] for role, *rest in doc["lines"] if role == "S"]
    split: list[tuple[str, str, bool]] = []
    for role, text, bold in out:
        label = next((lab for lab in labels if role == "S" and text.startswith(lab + " ")), None)
        if label is None:
            split.append((role, text, bold))
        else:
            split += [(role, label, bold), (role, text[len(label) + 1 :], bold)]
    return split


def write_txt(doc: dict) -> str:
    return "\n\n".join(text for _, text, _ in paragraphs(doc)) + "\n"


def write_docx_typed(doc: dict) -> bytes:
    d = docx.Document()
    for _role, text, bold in paragraphs(doc):
        run = d.add_paragraph().add_run(text)
        run.bold = bold
        run.font.size = Pt(13)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def build(doc: dict, form: str, seed: int) -> bytes:
    doc_id = doc["id"]
    if doc.get("split_heading"):
        if form == "txt":
            return write_txt(doc).encode("utf-8")
        if form == "typed.docx":
            return write_docx_typed(doc)
        raise ValueError(form)
    if form == "typed.pdf":
        return make.to_pdf(make.write_docx_typed(doc), f"{doc_id}.docx")
    if form == "tcvn3.txt":
        return to_tcvn3(make.write_txt(doc)).encode("cp1252")
    if form == "scan.pdf":
        forms = BLIND3_FORMS[doc_id]
        source = make.write_docx_numbered(doc) if "numbered.docx" in forms else make.write_docx_typed(doc)
        return make.to_scan(make.to_pdf(source, f"{doc_id}.docx"), seed=seed)
    return blind2.build(doc, form, seed)


def main() -> None:
    entries = []
    for n, doc in enumerate(BLIND3_DOCS):
        exp = make.expected(doc["lines"])
        for form in BLIND3_FORMS[doc["id"]]:
            name = f"blind3-{doc['id']}.{form}"
            (OUT / name).write_bytes(build(doc, form, seed=400 + n))
            entries.append(
                {
                    "file": name,
                    "document": doc["id"],
                    "form": form,
                    "split": "blind3",
                    "source": doc["source"],
                    "style": doc["style"],
                    "expected": exp,
                }
            )
            print("wrote", name)
    (OUT / "blind3.json").write_text(
        json.dumps(
            {
                "frozen": FROZEN,
                "about": "The third blind test part: expected structure written before the reader was run; frozen.",
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
