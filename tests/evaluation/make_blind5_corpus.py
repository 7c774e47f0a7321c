"""Build the fifth blind part of the structure corpus from ``blind5_docs``: each document in its forms,
with its expected structure, into ``structure_corpus/blind5-*`` and ``structure_corpus/blind5.json``.

    .venv/bin/python tests/evaluation/make_blind5_corpus.py

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
from tests.evaluation.blind5_docs import BLIND5_DOCS, BLIND5_FORMS  # noqa: E402

spec = importlib.util.spec_from_file_location("make_blind3", ROOT / "tests/evaluation/make_blind3_corpus.py")
assert spec and spec.loader
blind3 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(blind3)
make = blind3.make
make.REPEAT_LABELLED_TITLES = False

OUT = make.OUT
FROZEN = "2026-12-05"


def build(doc: dict, form: str, seed: int, forms: dict[str, list[str]] = BLIND5_FORMS) -> bytes:
    doc_id = doc["id"]
    if form == "txt":
        return make.write_txt(doc).encode("utf-8")  # a part's lone label line comes from typed_paragraphs
    if form == "typed.docx":
        return make.write_docx_typed(doc)
    if form == "scan.pdf":
        source = (
            make.write_docx_numbered(doc) if "numbered.docx" in forms[doc_id] else make.write_docx_typed(doc)
        )
        return make.to_scan(make.to_pdf(source, f"{doc_id}.docx"), seed=seed)
    if form == "typed.pdf":
        return make.to_pdf(make.write_docx_typed(doc), f"{doc_id}.docx")
    return blind3.blind2.build(doc, form, seed)


def write_part(
    docs: list[dict], forms: dict[str, list[str]], split: str, frozen: str, about: str, first_seed: int
) -> None:
    """Write each document of a blind part in its forms, and the part's index ``<split>.json``."""
    entries = []
    for n, doc in enumerate(docs):
        exp = make.expected(doc["lines"])
        for form in forms[doc["id"]]:
            name = f"{split}-{doc['id']}.{form}"
            (OUT / name).write_bytes(build(doc, form, seed=first_seed + n, forms=forms))
            entries.append(
                {
                    "file": name,
                    "document": doc["id"],
                    "form": form,
                    "split": split,
                    "source": doc["source"],
                    "style": doc["style"],
                    "expected": exp,
                }
            )
            print("wrote", name)
    (OUT / f"{split}.json").write_text(
        json.dumps({"frozen": frozen, "about": about, "documents": entries}, ensure_ascii=False, indent=1)
        + "\n",
        encoding="utf-8",
    )


def main() -> None:
    write_part(
        BLIND5_DOCS,
        BLIND5_FORMS,
        "blind5",
        FROZEN,
        "The fifth blind test part: expected structure written before the reader was run; frozen.",
        900,
    )


if __name__ == "__main__":
    main()
