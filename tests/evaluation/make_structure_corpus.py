"""Build the structure corpus: each document of ``structure_docs`` written in one or more of the
forms offices send (text, Word with typed labels, Word with automatic numbering, PDF, a scan, TCVN3
and VNI copies) with its expected structure, into ``trongtam/core/evaluation/structure_corpus/``.

    .venv/bin/python tests/evaluation/make_structure_corpus.py

Needs LibreOffice (PDF) and Pillow/numpy (scans). The split is by source and was frozen on the date
in ``FROZEN``; the files are committed, so the evaluation never rebuilds them.
"""

from __future__ import annotations

import importlib.util
import io
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import docx
import numpy as np
import pypdfium2
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from PIL import Image, ImageDraw, ImageFilter

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tests.core.text.legacy import to_tcvn3, to_vni  # noqa: E402
from tests.evaluation.structure_docs import (  # noqa: E402
    DEV_DOCS_2,
    DEV_DOCS_3,
    DEV_DOCS_4,
    DEV_DOCS_5,
    DEV_DOCS_6,
    DEV_DOCS_7,
    DEV_DOCS_8,
    DEV_DOCS_9,
    DEV_DOCS_10,
    DEV_DOCS_11,
    DEV_DOCS_12,
    DEV_DOCS_13,
    DEV_DOCS_14,
    DEV_DOCS_15,
    DOCS,
    SEED,
)

OUT = ROOT / "src/trongtam/core/evaluation/structure_corpus"
FROZEN = "2026-12-04"
# Split by source before looking: every second source (in the order they were found) is test.
TEST_IDS = {
    "tam-phuoc-chi-tieu",
    "so-ket-dash-roman",
    "huyen-uy-bullets-bold-fields",
    "phu-luong-paren-numbers",
    "seed",
}

spec = importlib.util.spec_from_file_location("docx_factory", ROOT / "tests/core/corpus/docx_factory.py")
assert spec and spec.loader
factory = importlib.util.module_from_spec(spec)
spec.loader.exec_module(factory)


# ------------------------------------------------------------------------------------------------
# Expected structure from the roles


def expected(lines: list[tuple]) -> list[dict]:
    sections: list[dict] = []
    last_task: dict | None = None
    last: dict | None = None
    for role, *rest in lines:
        if role == "S":
            sections.append({"number": rest[0], "title": rest[1], "tasks": []})
            last_task = last = None
        elif role in ("T", "C", "M"):
            if not sections:
                sections.append({"number": "", "title": "", "tasks": []})
            items = rest[0] if role == "M" else [(rest[0], rest[1])]
            for number, text in items:
                node = {"number": number, "text": text, "children": []}
                if role == "C":
                    assert last_task is not None
                    last_task["children"].append(node)
                else:
                    sections[-1]["tasks"].append(node)
                    last_task = node
                last = node
        elif role == "P":
            assert last is not None
            last["text"] += " " + rest[0]
    return sections


# Until 05/12/2026 the typed-label writer repeated a numbered heading's title even when its typed label
# already held it ("1. Cải cách thủ tục hành chính: Cải cách thủ tục hành chính"): a defect of the build.
# The parts frozen with it (test, blind3's hcm-so-thap-phan) are rebuilt as they were with True; every
# part built after the fix sets it to False (make_blind4_corpus.py) and writes the label once.
REPEAT_LABELLED_TITLES = True


def typed_paragraphs(doc: dict) -> list[tuple[str, str, bool]]:
    """(role, paragraph text with its typed label, bold)."""
    out = []
    for role, *rest in doc["lines"]:
        if role in ("h", "E"):
            out.append((role, rest[0], False))
        elif role == "title":
            out.append((role, rest[0], True))
        elif role == "S":
            number, title, label = rest
            holds_title = not number and label.strip("-*: ").startswith(title[:5])
            if not REPEAT_LABELLED_TITLES:
                holds_title = holds_title or (bool(title) and title in label)
            text = label if holds_title else f"{label} {title}"
            out.append((role, text, True))
        elif role in ("T", "C"):
            out.append((role, f"{rest[2]} {rest[1]}" if rest[2] else rest[1], False))
        elif role == "M":
            out.append((role, " ".join(f"- {t}" for _, t in rest[0]), False))
        elif role == "P":
            out.append((role, rest[0], False))
    if doc.get("split_heading"):
        # A part's label ("PHẦN I") stands on a line of its own above the part's title.
        labels = [rest[2] for role, *rest in doc["lines"] if role == "S"]
        split = []
        for role, text, bold in out:
            label = next((lab for lab in labels if role == "S" and text.startswith(lab + " ")), None)
            split += (
                [(role, text, bold)]
                if label is None
                else [(role, label, bold), (role, text[len(label) + 1 :], bold)]
            )
        out = split
    if doc.get("glue_closing"):
        # The closing remark typed at the end of the last task's paragraph.
        i = next(k for k, (r, _, _) in enumerate(out) if r == "E")
        j = max(k for k, (r, _, _) in enumerate(out[:i]) if r in ("T", "C", "P", "M"))
        out[j] = (out[j][0], f"{out[j][1]} {out[i][1]}", False)
        del out[i]
    return out


# ------------------------------------------------------------------------------------------------
# Writers


def write_txt(doc: dict) -> str:
    return "\n\n".join(text for _, text, _ in typed_paragraphs(doc)) + "\n"


def write_docx_typed(doc: dict, *, running: str | None = None, font: str | None = None, encode=None) -> bytes:
    d = docx.Document()
    for _role, text, bold in typed_paragraphs(doc):
        run = d.add_paragraph().add_run(encode(text) if encode else text)
        run.bold = bold
        if font:
            run.font.name = font
        run.font.size = Pt(13)
    if running:
        section = d.sections[0]
        section.header.paragraphs[0].text = running
        footer = section.footer.paragraphs[0]
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), "PAGE")
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        r.append(t)
        fld.append(r)
        footer._p.append(fld)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


_KIND_FMT = {"roman": "upperRoman", "number": "decimal", "letter": "lowerLetter", "bullet": "bullet"}


def _label_shape(label: str) -> tuple[str, str]:
    """(numFmt, lvlText) for a typed label: "II." -> upperRoman "%1.", "a)" -> lowerLetter "%1)"."""
    if re.fullmatch(r"[IVX]+[.\-]", label):
        return "upperRoman", "%1" + label[-1]
    if re.fullmatch(r"\d+[.\-)]", label):
        return "decimal", "%1" + label[-1]
    if re.fullmatch(r"\(\d+\)\.?", label):
        return "decimal", "(%1)" + label[3:]
    if re.fullmatch(r"[a-z][.)]", label):
        return "lowerLetter", "%1" + label[-1]
    return "bullet", label


def write_docx_numbered(doc: dict, *, spaced_headings: bool = False) -> bytes:
    """A Word file whose labels exist only in numbering.xml: one level per label shape, in order of depth."""
    depth = {"S": 0, "T": 1, "C": 2}
    shapes: dict[int, tuple[str, str]] = {}
    for role, *rest in doc["lines"]:
        if role in depth and (role != "S" or rest[0]):
            shapes.setdefault(depth[role], _label_shape(rest[2].split(" ")[0]))

    def shape(i: int) -> tuple[str, str]:
        fmt, text = shapes.get(i, ("bullet", "-"))
        return fmt, text.replace("%1", f"%{i + 1}")  # level i counts with its own counter

    levels = "".join(
        factory.lvl(i, *shape(i), extra=f'<w:pPr><w:ind w:left="{360 * (i + 1)}" w:hanging="360"/></w:pPr>')
        for i in range(3)
    )
    # Fields and tasks restart their counters under the level above, as Word does by default.
    num = factory.numbering({1: levels}, {1: (1, "")})
    body = ""
    for role, *rest in doc["lines"]:
        if role in ("h", "E", "P"):
            body += factory.p(rest[0])
        elif role == "title":
            body += factory.p(rest[0], bold=True)
        elif role == "S":
            number, title, label = rest
            if not number:
                body += factory.p(title, bold=True)
                continue
            heading = label.split(" ", 1)[1] if " " in label else title
            para = factory.p(heading, (1, 0), bold=True)
            if spaced_headings:
                para = para.replace("<w:rPr><w:b/></w:rPr>", '<w:rPr><w:b/><w:spacing w:val="60"/></w:rPr>')
            body += para
        elif role in ("T", "C"):
            body += factory.p(rest[1], (1, depth[role]))
        elif role == "M":
            body += factory.p(" ".join(f"- {t}" for _, t in rest[0]))
    return factory.build_docx(body, num)


def to_pdf(data: bytes, name: str) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / name
        src.write_bytes(data)
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(src)],
            check=True,
            capture_output=True,
            timeout=180,
        )
        return (Path(tmp) / (src.stem + ".pdf")).read_bytes()


def to_scan(pdf: bytes, seed: int) -> bytes:
    """Render at 200 dpi, draw a red stamp, skew, add noise and blur: an image-only PDF."""
    src = pypdfium2.PdfDocument(pdf)
    rng = np.random.default_rng(seed)
    images = []
    for i in range(len(src)):
        img = src[i].render(scale=200 / 72).to_pil().convert("RGB")
        draw = ImageDraw.Draw(img)
        if i == len(src) - 1:
            x, y = img.width * 0.55, img.height * 0.55
            draw.ellipse((x, y, x + 300, y + 300), outline=(205, 25, 25), width=10)
        img = img.rotate(float(rng.uniform(-2.0, 2.0)), fillcolor="white", resample=Image.Resampling.BICUBIC)
        arr = np.asarray(img).astype(np.int16)
        arr = np.clip(arr + rng.normal(0, 9, arr.shape), 0, 255).astype(np.uint8)
        images.append(Image.fromarray(arr).filter(ImageFilter.GaussianBlur(0.5)))
    buf = io.BytesIO()
    images[0].save(buf, format="PDF", save_all=True, append_images=images[1:], resolution=200)
    return buf.getvalue()


# ------------------------------------------------------------------------------------------------
# The seed


def seed_expected() -> list[dict]:
    """The seed letter's structure as its README describes it: I with 17 tasks (1–6 typed as dashes,
    13 with two sub-items, 17 split by a page break) and II with 2."""
    text = Path(SEED.split(" ")[0]).read_text(encoding="utf-8")
    body = text.split("### I.")[1].split("Trên đây là")[0]
    part1, part2 = body.split("## II.")
    tasks: list[dict] = []
    for para in [p.strip() for p in part1.split("\n\n")[1:] if p.strip()]:
        for line in para.split("\n"):
            line = line.strip()
            m = re.match(r"^(\d+)\\?\.\s+(.*)$", line)
            if m:
                tasks.append({"number": m.group(1), "text": m.group(2), "children": []})
            elif line.startswith("- ") and len(tasks) < 6:
                tasks.append({"number": str(len(tasks) + 1), "text": line[2:], "children": []})
            elif line.startswith("- "):
                tasks[-1]["children"].append({"number": "-", "text": line[2:], "children": []})
            elif line:
                tasks[-1]["text"] += " " + line
    t2 = []
    for para in [p.strip() for p in part2.split("\n\n")[1:] if p.strip()]:
        m = re.match(r"^(\d+)\.\s+(.*)$", para, re.S)
        assert m
        t2.append({"number": m.group(1), "text": " ".join(m.group(2).split()), "children": []})
    return [
        {"number": "I", "title": "LĨNH VỰC KINH TẾ - XÃ HỘI", "tasks": tasks},
        {"number": "II", "title": "LĨNH VỰC QUỐC PHÒNG, AN NINH", "tasks": t2},
    ]


# The dev documents added on 05/12/2026 (``DEV_DOCS_2``) and their forms.
DEV2_FORMS: dict[str, list[str]] = {
    "duc-tho-chu-cai-ngoac": ["txt", "numbered.docx"],
    "nghia-hanh-chu-cai-cham": ["txt", "numbered.pdf"],
    "my-xuyen-ket-rieng": ["numbered.docx", "spaced.pdf"],
    "phu-xuyen-phan-chu": ["typed.docx", "scan.pdf", "photo.jpg"],
    "an-thanh-hai-cham-pdf": ["txt", "running.pdf"],
    "chi-thi-hai-tieu-de-quet": ["typed.docx", "scan.pdf"],
    "hoang-hoa-so-linh-vuc": ["typed.docx", "tcvn3.txt"],
}


# The dev documents added after the third blind part was scored (``DEV_DOCS_3``) and their forms.
DEV3_FORMS: dict[str, list[str]] = {
    "tan-ky-quyet-nghi": ["numbered.docx", "typed.docx"],
    "theo-doi-phan-rieng-dong": ["typed.docx", "txt"],
    "ha-noi-cham-tron-gach": ["numbered.docx", "pdf"],
}


# The dev document added on 05/12/2026 for a cause the third blind part showed (``DEV_DOCS_4``).
DEV4_FORMS: dict[str, list[str]] = {
    "ia-dal-thi-dua-hai-doan": ["typed.docx", "scan.pdf"],
}


# The dev documents added after the fourth blind part was scored (``DEV_DOCS_5``) and their forms.
DEV5_FORMS: dict[str, list[str]] = {
    "xuan-dai-phan-thu-nhat": ["typed.docx", "txt", "typed.pdf"],
    "dan-luc-ngoac-cham": ["typed.docx", "txt", "running.pdf"],
    "hoang-tien-dam-cau": ["typed.docx", "photo.jpg", "scan.pdf"],
}


# The dev documents added after the sixth blind part was scored (``DEV_DOCS_6``) and their forms.
DEV6_FORMS: dict[str, list[str]] = {
    "ubtvqh-can-cu-dieu": ["numbered.docx", "typed.docx", "txt", "typed.pdf"],
    "nghe-an-vach-ngang": ["txt", "typed.docx", "running.pdf"],
    "son-la-kinh-gui-gach": ["typed.docx", "txt", "typed.pdf"],
}


# The dev documents added after the seventh blind part was scored (``DEV_DOCS_7``) and their forms.
DEV7_FORMS: dict[str, list[str]] = {
    "d7d-son-la-quyet-dinh-nhiem-vu": ["numbered.docx", "running.pdf", "tcvn3.txt"],
    "d7d-dong-son-mam-non-ke-hoach": ["typed.docx", "scan.pdf", "vni.txt"],
    "d7d-thua-thien-hue-ke-hoach-ktxh": ["typed.docx", "photo.jpg", "spaced.pdf"],
    "d7e-thanh-hoa-chi-thi-sau-tet": ["numbered.docx", "scan.pdf", "tcvn3.txt"],
    "d7e-chinh-phu-phien-hop-thang-6": ["typed.docx", "running.pdf", "photo.jpg"],
    "d7e-chinh-phu-nhiem-vu-cuoi-nam": ["typed.docx", "spaced.pdf", "vni.txt"],
}


# The dev documents added after the seventh blind part's first run (``DEV_DOCS_8``) and their forms.
DEV8_FORMS: dict[str, list[str]] = {
    "d8i-cam-linh-ke-hoach-nam-hoc": ["typed.docx", "scan.pdf", "vni.txt"],
    "d8i-trung-uong-doan-ke-hoach-dai-hoi": ["numbered.docx", "photo.jpg", "tcvn3.txt"],
    "d8i-trung-uong-doan-he-thieu-nhi": ["numbered.docx", "spaced.pdf", "tcvn3.docx"],
    "d8j-ba-ria-vung-tau-phat-bieu-hdnd": ["typed.docx", "scan.pdf", "txt"],
    "d8j-gia-lai-be-mac-ky-hop": ["typed.docx", "photo.jpg", "vni.txt"],
    "d8j-quang-nam-be-mac-bi-thu": ["numbered.docx", "running.pdf", "tcvn3.txt"],
    "d8k-kien-giang-ke-hoach-thu-nhat": ["typed.docx", "scan.pdf", "tcvn3.txt"],
    "d8k-chinh-phu-thong-bao-thu-nhat": ["txt", "photo.jpg", "running.pdf"],
    "d8k-thanh-hoa-thong-bao-mot-la": ["typed.docx", "typed.pdf", "vni.txt"],
}


# The dev documents of items named and counted (``DEV_DOCS_9``) and their forms.
DEV9_FORMS: dict[str, list[str]] = {
    "d9m-btctw-huong-dan-tieu-chuan": ["typed.docx", "scan.pdf", "tcvn3.txt"],
    "d9m-btctw-huong-dan-kiem-diem": ["txt", "running.pdf"],
    "d9m-la-bang-ke-hoach-kiem-diem": ["typed.docx", "photo.jpg", "vni.txt"],
    "d9n-bu-gia-map-du-an": ["typed.docx", "scan.pdf", "tcvn3.txt"],
    "d9n-bo-gddt-cong-van-du-an": ["txt", "running.pdf", "vni.txt"],
    "d9n-thpt-chien-luoc-giai-phap": ["typed.docx", "photo.jpg", "txt"],
}


# The dev documents of closings without "Nơi nhận" and of council resolutions' numbered headings (``DEV_DOCS_10``).
DEV10_FORMS: dict[str, list[str]] = {
    "d10a-trang-an-nghi-quyet-chi-bo": ["typed.docx", "scan.pdf", "tcvn3.txt"],
    "d10a-dai-loc-bao-cao-cong-doan": ["typed.docx", "running.pdf", "vni.txt"],
    "d10a-my-hung-nghi-quyet-chi-bo-mam-non": ["typed.docx", "spaced.pdf", "tcvn3.docx"],
    "d10b-quang-tri-nghi-quyet-ke-hoach": ["typed.docx", "scan.pdf", "vni.txt"],
    "d10b-hung-yen-nghi-quyet-nhiem-vu-dash": ["typed.docx", "running.pdf", "tcvn3.txt"],
    "d10b-hung-yen-nghi-quyet-5-nam": ["typed.docx", "running.pdf", "txt"],
}


# The dev documents of the ninth blind part's classes (``DEV_DOCS_11``): Roman numbers as the second level, a decision
# with its plan in the same file, the issuer's closing instruction.
DEV11_FORMS: dict[str, list[str]] = {
    "d11e-bo-gddt-huong-dan-nam-hoc": ["typed.docx", "scan.pdf", "tcvn3.txt"],
    "d11e-phu-tho-tuyen-giao-bao-cao": ["typed.docx", "running.pdf", "vni.txt"],
    "d11e-noi-hoang-mam-non-so-ket": ["typed.docx", "txt", "tcvn3.docx"],
    "d11f-thanh-hoa-quyet-dinh-chuyen-doi-so": ["typed.docx", "scan.pdf", "tcvn3.txt"],
    "d11f-quang-nam-quyet-dinh-chuong-trinh-thtk": ["typed.docx", "running.pdf", "vni.txt"],
    "d11f-kon-tum-quyet-dinh-btv-tri-thuc": ["typed.docx", "txt", "tcvn3.docx"],
    "d11g-tong-tran-thong-bao-dang-uy": ["typed.docx", "scan.pdf", "tcvn3.txt"],
    "d11g-tan-lap-nghi-quyet-hdnd": ["numbered.docx", "running.pdf", "vni.txt"],
    "d11g-ha-tinh-chi-thi-cai-cach": ["txt", "running.pdf", "tcvn3.docx"],
}


# The dev documents of the tenth blind part's classes (``DEV_DOCS_12``).
DEV12_FORMS: dict[str, list[str]] = {
    "d12h-phu-my-thong-bao-ket-luan": ["typed.docx", "scan.pdf", "vni.txt"],
    "d12h-sai-dong-ket-luan-thang": ["typed.docx", "running.pdf", "tcvn3.txt"],
    "d12h-binh-thuan-chi-thi-tet": ["typed.docx", "txt", "tcvn3.docx"],
    "d12i-quang-binh-chi-thi-ngan-sach": ["typed.docx", "scan.pdf", "tcvn3.txt"],
    "d12i-tien-giang-chi-thi-thien-tai": ["typed.docx", "running.pdf", "vni.txt"],
    "d12i-chau-thanh-cong-van-thien-tai": ["typed.docx", "txt", "tcvn3.docx"],
}


# The dev documents of the eleventh blind part's classes (``DEV_DOCS_13``).
DEV13_FORMS: dict[str, list[str]] = {
    "d13a-vpcp-thong-bao-dong-bang-bac-bo": ["typed.docx", "scan.pdf", "vni.txt"],
    "d13a-tien-giang-chi-thi-thien-tai": ["txt", "typed.pdf", "tcvn3.docx"],
    "d13b-tw-phat-bieu-chi-dao": ["typed.docx", "running.pdf", "vni.txt"],
    "d13b-cao-bang-dien-van-be-mac": ["numbered.docx", "scan.pdf", "tcvn3.txt"],
    "d13b-da-nang-phat-bieu-be-mac": ["txt", "typed.pdf", "tcvn3.docx"],
    "d13c-chinh-phu-nghi-quyet-chuyen-de": ["typed.docx", "running.pdf", "vni.txt"],
    "d13c-an-giang-nghi-quyet-hdnd": ["txt", "typed.pdf", "tcvn3.docx"],
    "d13c-nghe-an-nghi-quyet-sau-thang": ["typed.docx", "scan.pdf", "tcvn3.txt"],
}


# Dev documents in layouts of the helpers' choice (``DEV_DOCS_14``).
DEV14_FORMS: dict[str, list[str]] = {
    "d14a-hung-thinh-ke-hoach-cchc": ["typed.docx", "running.pdf", "tcvn3.txt"],
    "d14a-xuan-mai-ke-hoach-mttq": ["typed.docx", "scan.pdf", "vni.txt"],
    "d14a-vinh-an-bao-cao-dang-uy": ["typed.docx", "txt", "tcvn3.docx"],
    "d14b-da-nang-ttyt-ke-hoach": ["typed.docx", "running.pdf", "vni.txt"],
    "d14b-tw-hdph-huong-dan": ["typed.docx", "typed.pdf", "tcvn3.txt"],
    "d14b-phu-tho-so-vhttdl-huong-dan": ["txt", "scan.pdf", "tcvn3.docx"],
}


# Dev documents beside the fourteenth blind part (``DEV_DOCS_15``).
DEV15_FORMS: dict[str, list[str]] = {
    "d15a-noong-lay-bao-cao-tong-ket-nam-hoc": ["typed.docx", "running.pdf", "vni.txt"],
    "d15a-vinh-ha-bao-cao-dan-van": ["typed.docx", "scan.pdf", "tcvn3.txt"],
    "d15a-truong-son-bao-cao-cong-tac-hoi": ["txt", "typed.pdf", "tcvn3.docx"],
    "d15b-quoc-hoi-nghi-quyet-giam-sat": ["typed.docx", "running.pdf", "tcvn3.txt"],
    "d15b-tran-quoc-toan-kiem-tra-noi-bo": ["typed.pdf", "scan.pdf", "vni.txt"],
    "d15b-ldld-hcm-chuong-trinh-cong-tac": ["typed.docx", "txt", "tcvn3.docx"],
}


def dev2_entries(
    docs: list[dict] | None = None, forms: dict[str, list[str]] | None = None, seed: int = 300
) -> list[dict]:
    """Write the files of ``DEV_DOCS_2`` (or of ``docs`` in ``forms``; split dev) and return their index
    entries."""
    docs = DEV_DOCS_2 if docs is None else docs
    forms = DEV2_FORMS if forms is None else forms
    spec = importlib.util.spec_from_file_location(
        "make_blind", ROOT / "tests/evaluation/make_blind_corpus.py"
    )
    assert spec and spec.loader
    blind = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(blind)
    entries = []
    for n, doc in enumerate(docs):
        exp = expected(doc["lines"])
        for form in forms[doc["id"]]:
            name = f"{doc['id']}.{form}"
            if form == "tcvn3.txt":
                data = to_tcvn3(write_txt(doc)).encode("cp1252")
            elif form == "vni.txt":
                data = to_vni(write_txt(doc)).encode("cp1252")
            elif form == "tcvn3.docx":
                data = write_docx_typed(doc, font=".VnTime", encode=to_tcvn3)
            elif form == "typed.pdf":
                data = to_pdf(write_docx_typed(doc), f"{doc['id']}.docx")
            elif form == "numbered.pdf":
                data = to_pdf(write_docx_numbered(doc), f"{doc['id']}.docx")
            elif form == "scan.pdf":
                data = to_scan(to_pdf(write_docx_typed(doc), f"{doc['id']}.docx"), seed=seed + n)
            else:
                data = blind.build(doc, form, seed=seed + n)
            (OUT / name).write_bytes(data)
            entries.append(
                {
                    "file": name,
                    "document": doc["id"],
                    "form": form,
                    "split": "dev",
                    "source": doc["source"],
                    "style": doc["style"],
                    "expected": exp,
                }
            )
            print("wrote", name)
    return entries


def _rebuild_dev(docs: list[dict], forms: dict[str, list[str]] | None, seed: int) -> None:
    """Add (or rebuild) only these dev documents in corpus.json, keeping every other file as it is."""
    index = json.loads((OUT / "corpus.json").read_text(encoding="utf-8"))
    ids = {d["id"] for d in docs}
    index["documents"] = [e for e in index["documents"] if e["document"] not in ids] + dev2_entries(
        docs, forms, seed=seed
    )
    (OUT / "corpus.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# Dev documents added later, each rebuilt alone: those of 05/12/2026, those added after the third blind part
# was scored, and the one added for a scan's lone specks.
DEV_ONLY = {
    "--dev2-only": (DEV_DOCS_2, DEV2_FORMS, 300),
    "--dev3-only": (DEV_DOCS_3, DEV3_FORMS, 500),
    "--dev4-only": (DEV_DOCS_4, DEV4_FORMS, 600),
    "--dev5-only": (DEV_DOCS_5, DEV5_FORMS, 800),
    "--dev6-only": (DEV_DOCS_6, DEV6_FORMS, 1100),
    "--dev7-only": (DEV_DOCS_7, DEV7_FORMS, 1300),
    "--dev8-only": (DEV_DOCS_8, DEV8_FORMS, 1400),
    "--dev9-only": (DEV_DOCS_9, DEV9_FORMS, 1600),
    "--dev10-only": (DEV_DOCS_10, DEV10_FORMS, 1700),
    "--dev11-only": (DEV_DOCS_11, DEV11_FORMS, 2300),
    "--dev12-only": (DEV_DOCS_12, DEV12_FORMS, 2500),
    "--dev13-only": (DEV_DOCS_13, DEV13_FORMS, 3200),
    "--dev14-only": (DEV_DOCS_14, DEV14_FORMS, 3500),
    "--dev15-only": (DEV_DOCS_15, DEV15_FORMS, 3800),
}


def main() -> None:
    for flag, (docs, forms, seed) in DEV_ONLY.items():
        if flag in sys.argv:
            _rebuild_dev(docs, forms, seed)
            return
    # The blind part (make_blind_corpus.py, frozen apart) is kept; everything else is rebuilt.
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        if not old.name.startswith("blind") and old.name != "FROZEN.md":
            old.unlink()
    entries = []

    def add(doc_id: str, fmt: str, name: str, data: bytes, exp: list[dict], source: str, style: str) -> None:
        (OUT / name).write_bytes(data)
        entries.append(
            {
                "file": name,
                "document": doc_id,
                "form": fmt,
                "split": "test" if doc_id in TEST_IDS else "dev",
                "source": source,
                "style": style,
                "expected": exp,
            }
        )
        print("wrote", name)

    by_id = {d["id"]: d for d in DOCS}
    forms = {
        "son-lang-chi-tieu": ["txt", "vni.txt"],
        "tam-phuoc-chi-tieu": ["numbered.docx", "numbered.pdf"],
        "truong-dong-ke-hoach": ["numbered.docx", "scan.pdf"],
        "so-ket-dash-roman": ["typed.docx", "tcvn3.docx"],
        "quang-phuoc-muc-tieu": ["numbered.docx", "spaced.pdf"],
        "huyen-uy-bullets-bold-fields": ["typed.docx", "running.pdf"],
        "chu-pah-heading-over-list": ["txt", "scan.pdf"],
        "thanh-hoa-bullets-only": ["typed.docx"],
        "phu-luong-paren-numbers": ["txt", "tcvn3.txt"],
    }
    for n, (doc_id, wanted) in enumerate(forms.items()):
        doc = by_id[doc_id]
        exp = expected(doc["lines"])
        for form in wanted:
            name = f"{doc_id}.{form}"
            if form == "txt":
                data = write_txt(doc).encode("utf-8")
            elif form == "vni.txt":
                data = to_vni(write_txt(doc)).encode("cp1252")
            elif form == "tcvn3.txt":
                data = to_tcvn3(write_txt(doc)).encode("cp1252")
            elif form == "typed.docx":
                data = write_docx_typed(doc)
            elif form == "tcvn3.docx":
                data = write_docx_typed(doc, font=".VnTime", encode=to_tcvn3)
            elif form == "numbered.docx":
                data = write_docx_numbered(doc)
            elif form == "typed.pdf":
                data = to_pdf(write_docx_typed(doc), f"{doc['id']}.docx")
            elif form == "numbered.pdf":
                data = to_pdf(write_docx_numbered(doc), f"{doc_id}.docx")
            elif form == "spaced.pdf":
                data = to_pdf(write_docx_numbered(doc, spaced_headings=True), f"{doc_id}.docx")
            elif form == "running.pdf":
                data = to_pdf(
                    write_docx_typed(doc, running="Huyện ủy Hậu Lộc - Đăng ký nhiệm vụ trọng tâm năm 2024"),
                    f"{doc_id}.docx",
                )
            elif form == "scan.pdf":
                source = write_docx_numbered(doc) if "numbered.docx" in wanted else write_docx_typed(doc)
                data = to_scan(to_pdf(source, f"{doc_id}.docx"), seed=n)
            else:
                raise ValueError(form)
            add(doc_id, form, name, data, exp, doc["source"], doc["style"])
    seed_exp = seed_expected()
    seed_txt = Path(SEED.split(" ")[0])
    seed_docx = seed_txt.parent / "seed-reconstructed.docx"
    add(
        "seed",
        "txt",
        "seed.txt",
        seed_txt.read_bytes(),
        seed_exp,
        SEED,
        "markdown residue, dashes for lost numbers",
    )
    add(
        "seed",
        "numbered.docx",
        "seed.numbered.docx",
        seed_docx.read_bytes(),
        seed_exp,
        SEED,
        "Word numbering only",
    )
    seed_pdf = to_pdf(seed_docx.read_bytes(), "seed.docx")
    add("seed", "pdf", "seed.pdf", seed_pdf, seed_exp, SEED, "printed to PDF")
    add(
        "seed",
        "scan.pdf",
        "seed.scan.pdf",
        to_scan(seed_pdf, seed=99),
        seed_exp,
        SEED,
        "scanned with a red stamp",
    )
    entries.extend(dev2_entries())
    entries.extend(dev2_entries(DEV_DOCS_3, DEV3_FORMS, seed=500))
    entries.extend(dev2_entries(DEV_DOCS_4, DEV4_FORMS, seed=600))
    entries.extend(dev2_entries(DEV_DOCS_5, DEV5_FORMS, seed=800))
    entries.extend(dev2_entries(DEV_DOCS_6, DEV6_FORMS, seed=1100))
    entries.extend(dev2_entries(DEV_DOCS_7, DEV7_FORMS, seed=1300))
    entries.extend(dev2_entries(DEV_DOCS_8, DEV8_FORMS, seed=1400))
    entries.extend(dev2_entries(DEV_DOCS_9, DEV9_FORMS, seed=1600))
    entries.extend(dev2_entries(DEV_DOCS_10, DEV10_FORMS, seed=1700))
    entries.extend(dev2_entries(DEV_DOCS_11, DEV11_FORMS, seed=2300))
    entries.extend(dev2_entries(DEV_DOCS_12, DEV12_FORMS, seed=2500))
    entries.extend(dev2_entries(DEV_DOCS_13, DEV13_FORMS, seed=3200))
    entries.extend(dev2_entries(DEV_DOCS_14, DEV14_FORMS, seed=3500))
    entries.extend(dev2_entries(DEV_DOCS_15, DEV15_FORMS, seed=3800))
    (OUT / "corpus.json").write_text(
        json.dumps(
            {
                "frozen": FROZEN,
                "about": "Whole documents with their expected structure; split by source, test frozen on the date above.",
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
