"""Build the second blind part of the structure corpus from ``blind2_docs``: each document in its forms,
with its expected structure, into ``structure_corpus/blind2-*`` and ``structure_corpus/blind2.json``.

    .venv/bin/python tests/evaluation/make_blind2_corpus.py

The expected structures were written before the reader was run on any of these files; the files and the
index were then frozen (``structure_corpus/FROZEN.md`` records their SHA-256 and the date). Running this
again rebuilds them — a frozen file must not change, so the hashes say whether it did (the scans and
the photo carry seeded noise, PDFs depend on the LibreOffice version: compare by hash, not by rebuild).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tests.core.text.legacy import to_tcvn3, to_vni  # noqa: E402
from tests.evaluation.blind2_docs import BLIND2_DOCS, BLIND2_FORMS  # noqa: E402

spec = importlib.util.spec_from_file_location("make_blind", ROOT / "tests/evaluation/make_blind_corpus.py")
assert spec and spec.loader
blind = importlib.util.module_from_spec(spec)
spec.loader.exec_module(blind)
make = blind.make

OUT = make.OUT
FROZEN = "2026-12-05"


def build(doc: dict, form: str, seed: int) -> bytes:
    doc_id = doc["id"]
    if form == "vni.txt":
        return to_vni(make.write_txt(doc)).encode("cp1252")
    if form == "tcvn3.txt":
        return to_tcvn3(make.write_txt(doc)).encode("cp1252")
    if form == "tcvn3.docx":
        return make.write_docx_typed(doc, font=".VnTime", encode=to_tcvn3)
    if form == "scan.pdf":
        forms = BLIND2_FORMS[doc_id]
        source = make.write_docx_numbered(doc) if "numbered.docx" in forms else make.write_docx_typed(doc)
        return make.to_scan(make.to_pdf(source, f"{doc_id}.docx"), seed=seed)
    return blind.build(doc, form, seed)


def main() -> None:
    entries = []
    for n, doc in enumerate(BLIND2_DOCS):
        exp = make.expected(doc["lines"])
        for form in BLIND2_FORMS[doc["id"]]:
            name = f"blind2-{doc['id']}.{form}"
            (OUT / name).write_bytes(build(doc, form, seed=200 + n))
            entries.append(
                {
                    "file": name,
                    "document": doc["id"],
                    "form": form,
                    "split": "blind2",
                    "source": doc["source"],
                    "style": doc["style"],
                    "expected": exp,
                }
            )
            print("wrote", name)
    (OUT / "blind2.json").write_text(
        json.dumps(
            {
                "frozen": FROZEN,
                "about": "The second blind test part: expected structure written before the reader was run; frozen.",
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
