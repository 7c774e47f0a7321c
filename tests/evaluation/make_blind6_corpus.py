"""Build the sixth blind part of the structure corpus from ``blind6_docs``: each document in its forms,
with its expected structure, into ``structure_corpus/blind6-*`` and ``structure_corpus/blind6.json``.

    .venv/bin/python tests/evaluation/make_blind6_corpus.py

The expected structures were written before the reader was run on any of these files; the files and the
index were then frozen (``structure_corpus/FROZEN.md`` records their SHA-256 and the date). Running this
again rebuilds them — a frozen file must not change, so the hashes say whether it did (the scan and
the photo carry seeded noise, PDFs depend on the LibreOffice version: compare by hash, not by rebuild).
A heading whose typed label already holds its title is written once (``REPEAT_LABELLED_TITLES = False``).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tests.evaluation.blind6_docs import BLIND6_DOCS, BLIND6_FORMS  # noqa: E402

spec = importlib.util.spec_from_file_location("make_blind3", ROOT / "tests/evaluation/make_blind3_corpus.py")
assert spec and spec.loader
blind3 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(blind3)
make = blind3.make
make.REPEAT_LABELLED_TITLES = False

OUT = make.OUT
FROZEN = "2026-12-07"


def build(doc: dict, form: str, seed: int) -> bytes:
    doc_id = doc["id"]
    if form == "txt":
        return make.write_txt(doc).encode("utf-8")  # a part's lone label line comes from typed_paragraphs
    if form == "typed.docx":
        return make.write_docx_typed(doc)
    if form == "scan.pdf":
        forms = BLIND6_FORMS[doc_id]
        source = make.write_docx_numbered(doc) if "numbered.docx" in forms else make.write_docx_typed(doc)
        return make.to_scan(make.to_pdf(source, f"{doc_id}.docx"), seed=seed)
    if form == "typed.pdf":
        return make.to_pdf(make.write_docx_typed(doc), f"{doc_id}.docx")
    return blind3.blind2.build(doc, form, seed)


def main() -> None:
    entries = []
    for n, doc in enumerate(BLIND6_DOCS):
        exp = make.expected(doc["lines"])
        for form in BLIND6_FORMS[doc["id"]]:
            name = f"blind6-{doc['id']}.{form}"
            (OUT / name).write_bytes(build(doc, form, seed=1000 + n))
            entries.append(
                {
                    "file": name,
                    "document": doc["id"],
                    "form": form,
                    "split": "blind6",
                    "source": doc["source"],
                    "style": doc["style"],
                    "expected": exp,
                }
            )
            print("wrote", name)
    (OUT / "blind6.json").write_text(
        json.dumps(
            {
                "frozen": FROZEN,
                "about": "The fifth blind test part: expected structure written before the reader was run; frozen.",
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
