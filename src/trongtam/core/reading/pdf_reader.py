"""Read a .pdf with a text layer (pdfplumber, pypdf as fallback), or OCR it when it has none.

Lines are grouped into paragraphs by their layout (line gap, first-line indent, list labels), page
numbers are dropped, and a paragraph that runs over a page break is joined back into one.
"""

from __future__ import annotations

import dataclasses
import io
import itertools
import re
import statistics
from typing import Any

from trongtam.core.reading.labels import BULLETS, label_depth, label_value, split_label
from trongtam.core.reading.model import (
    Block,
    OcrPage,
    ReadLimits,
    ReadResult,
    UnsafeFile,
    read_error,
)
from trongtam.core.reading.plain import blocks_from_lines
from trongtam.core.text.normalize import nfc
from trongtam.core.text.roman import from_roman, to_roman

_PAGE_NUMBER = re.compile(r"^(?:-\s*)?(?:Trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*-)?$", re.IGNORECASE)
_AUTHORITY = re.compile(r"^(?:(?:TM|KT|Q|TL|TUQ)\.\s*\S|(?:T/M|K/T|T/L)\s+\S|Nơi nhận)")
_TERMINAL = (".", ":", ";", "!", "?", "./.")


def _check_encryption(data: bytes, name: str) -> None:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        encrypted = reader.is_encrypted
        if encrypted and not reader.decrypt(""):
            encrypted = True
        elif encrypted:
            encrypted = False
    except PdfReadError as exc:
        if "encrypt" in str(exc).lower() or "password" in str(exc).lower():
            encrypted = True
        else:
            raise read_error(name, f"damaged PDF ({exc})", "tệp PDF bị hỏng.") from exc
    except Exception as exc:  # pypdf raises many kinds of errors on garbage
        if "encrypt" in str(exc).lower() or "password" in str(exc).lower() or "crypt" in str(exc).lower():
            encrypted = True
        else:
            raise read_error(name, f"damaged PDF ({type(exc).__name__}: {exc})", "tệp PDF bị hỏng.") from exc
    if encrypted:
        raise read_error(
            name,
            "the PDF is encrypted (password protected)",
            "tệp PDF được mã hóa (có mật khẩu); hãy gỡ mật khẩu rồi tải lại.",
            UnsafeFile,
        )


_LABEL_ONLY = re.compile(
    r"^(?:[IVXLC]{1,6}[.)-]|\d{1,3}(?:\.\d{1,3})*[.)-]|[a-zđ][.)]|\(\w{1,2}\)|[-–—+•●▪■◦○·∙*\uf0a7\uf0b7\uf0d8])$"
)
# What OCR makes of a list label: "1Ợ:", "T7.", "H." for "13.", "17.", "II.", "®" or "s®" for a bullet.
_OCR_BULLET_ONLY = re.compile(r"^(?:[^\w\s(\[“\"]{1,2}|\w?[®©])$")
_OCR_BULLET = re.compile(r"^(?:[^\w\s(\[“\"]{1,2}|\w?[®©])\s+(?=[A-ZĐ\u00C0-\u1EF9])")
_OCR_GARBLED = re.compile(r"^(?P<token>\S{1,3}[.:,])\s+(?=[A-ZĐ\u00C0-\u1EF9])")
_COLUMN_GAP = 18.0  # points between two words on one baseline that mark separate columns


def _page_lines(page: Any) -> list[list[dict[str, Any]]]:
    """The lines of a page with a text layer, grouped into reading regions."""
    try:
        chars = page.chars
        # When the page spells out its spaces, a wider tolerance joins the letters of a heading
        # spaced out with character spacing ("C H Ỉ  T I Ê U") without joining two words.
        spaced = sum(1 for c in chars if c.get("text") == " ") > len(chars) // 20
        words = page.extract_words(
            keep_blank_chars=False, use_text_flow=False, x_tolerance=5 if spaced else 3
        )
    except Exception:  # pdfplumber fails on damaged content streams in many ways; the page is skipped
        return []
    if spaced:
        words = [part for w in words for part in _unglue_label(w)]
    return _lines_from_words(words)


_GLUED_LABEL = re.compile(r"^(\d{1,3}[.)]|[IVXLC]{1,6}[.)]|[a-zđ]\))(?=[^\W\d_])")
# "III-QUỐC": a Roman label with a dash joined to a heading in capitals.
_GLUED_DASH_LABEL = re.compile(r"^([IVXLC]{1,6}-)(?=[^\W\d_]{2})")


def _unglue_label(word: dict[str, Any]) -> list[dict[str, Any]]:
    """ "1.Tập" -> "1." and "Tập", "III-QUỐC" -> "III-" and "QUỐC": a label that the wider tolerance
    joined to the word after its tab."""
    m = _GLUED_LABEL.match(str(word["text"]))
    if not m:
        m = _GLUED_DASH_LABEL.match(str(word["text"]))
        if not m or not str(word["text"])[m.end() : m.end() + 2].isupper():
            return [word]
    x0, x1, text = float(word["x0"]), float(word["x1"]), str(word["text"])
    cut = x0 + (x1 - x0) * len(m.group(1)) / len(text)
    return [
        {**word, "text": m.group(1), "x1": cut},
        {**word, "text": text[m.end() :], "x0": cut + _COLUMN_GAP / 2},
    ]


def _lines_from_words(words: list[dict[str, Any]], *, ocr: bool = False) -> list[list[dict[str, Any]]]:
    """Words (text, x0, x1, top; ``unsure`` when OCR doubted them) -> lines split where a wide gap
    separates columns, grouped into reading regions.

    Official documents put the issuer beside the national motto and the Nơi nhận list beside the
    signature; a run of two-column lines is read left column first, then right column.
    """
    words.sort(key=lambda w: (float(w["top"]), float(w["x0"])))
    rows: list[list[dict[str, Any]]] = []
    for w in words:
        if rows and abs(float(w["top"]) - float(rows[-1][0]["top"])) <= 3.0:
            rows[-1].append(w)
        else:
            rows.append([w])
    lines: list[list[dict[str, Any]]] = []
    for row in rows:
        row.sort(key=lambda w: float(w["x0"]))
        segments: list[dict[str, Any]] = []
        for w in row:
            if segments and float(w["x0"]) - segments[-1]["x1"] <= _COLUMN_GAP:
                seg = segments[-1]
                seg["text"] += " " + str(w["text"])
                seg["x1"] = float(w["x1"])
                seg["unsure"] = seg["unsure"] or bool(w.get("unsure"))
            else:
                segments.append(
                    {
                        "text": str(w["text"]),
                        "x0": float(w["x0"]),
                        "x1": float(w["x1"]),
                        "top": float(w["top"]),
                        "unsure": bool(w.get("unsure")),
                    }
                )
        merged: list[dict[str, Any]] = []
        for seg in segments:
            seg["text"] = nfc(seg["text"]).strip()
            ocr_label = (
                ocr and len(merged) == 1 and len(merged[0]["text"]) <= 4 and " " not in merged[0]["text"]
            )
            if merged and (_LABEL_ONLY.match(merged[-1]["text"]) or ocr_label):
                # "1." then a tab stop then the text: one line, not two columns. What OCR makes of a
                # label it could not read ("1Ợ:", "W/E") is kept as "#." for the sequence to renumber.
                if (
                    ocr_label
                    and not _LABEL_ONLY.match(merged[-1]["text"])
                    and not _OCR_BULLET_ONLY.match(merged[-1]["text"])
                ):
                    merged[-1]["text"] = "#."
                merged[-1]["text"] += " " + seg["text"]
                merged[-1]["x1"] = seg["x1"]
                merged[-1]["unsure"] = merged[-1]["unsure"] or seg["unsure"]
            elif seg["text"]:
                merged.append(seg)
        lines.append(merged)
    return _regions([ln for ln in lines if ln])


def _regions(lines: list[list[dict[str, Any]]]) -> list[list[dict[str, Any]]]:
    regions: list[list[dict[str, Any]]] = []
    i = 0
    while i < len(lines):
        if len(lines[i]) < 2:
            if not regions or (len(regions[-1]) and regions[-1][-1].get("_columns")):
                regions.append([])
            regions[-1].append(lines[i][0])
            i += 1
            continue
        boundary = lines[i][1]["x0"] - 4
        left: list[dict[str, Any]] = []
        right: list[dict[str, Any]] = []
        while i < len(lines):
            segs = lines[i]
            if len(segs) == 1 and segs[0]["x0"] < boundary < segs[0]["x1"]:
                break
            for seg in segs:
                (left if seg["x1"] <= boundary else right).append(seg)
            i += 1
        if left:
            regions.append(left)
        if right:
            regions.append(right)
        for region in (left, right):
            if region:
                region[-1]["_columns"] = True
        regions.append([])
    return [r for r in regions if r]


def _paragraphs(lines: list[dict[str, Any]], page_height: float) -> list[tuple[str, bool]]:
    """Group one page's lines into paragraphs by gap, indent and labels."""
    lines = [
        ln
        for ln in lines
        if not (
            _PAGE_NUMBER.match(ln["text"])
            and (ln["top"] < page_height * 0.1 or ln["top"] > page_height * 0.85)
        )
    ]
    if not lines:
        return []
    gaps = [b["top"] - a["top"] for a, b in itertools.pairwise(lines) if b["top"] > a["top"]]
    gap = statistics.median(gaps) if gaps else 14.0
    left = min(ln["x0"] for ln in lines)
    right = max(ln["x1"] for ln in lines)
    paras: list[list[dict[str, Any]]] = []
    prev: dict[str, Any] | None = None
    for k, ln in enumerate(lines):
        new = prev is None
        if prev is not None:
            dy = ln["top"] - prev["top"]
            prev_text = prev["text"]
            ends = prev_text.endswith(_TERMINAL)
            short = prev["x1"] < left + (right - left) * 0.8
            starts_upper = ln["text"][:1].isupper()
            prev_caps = prev_text == prev_text.upper() and any(ch.isalpha() for ch in prev_text)
            # "… phát triển kinh tế" then "- xã hội năm 2022": a compound's hyphen carried to the next line of a line
            # that ran to the margin, no dash item; so is a range's dash: "… bình quân đạt 2,5" then "- 3%/năm"
            wrapped_hyphen = (
                ln["text"][:2] in ("- ", "– ")
                and (ln["text"][2:3].islower() or (ln["text"][2:3].isdigit() and prev_text[-1:].isdigit()))
                and not prev_text.endswith((*_TERMINAL, ":", ";", ","))
                and prev["x1"] >= left + (right - left) * 0.8
                and 0 <= dy <= gap * 1.45
            )
            if wrapped_hyphen:
                pass
            elif (
                split_label(ln["text"])[0]
                or dy > gap * 1.45
                or dy < 0
                or (ends and ln["x0"] > prev["x0"] + 8)
            ):
                new = True
            elif (ends or prev_caps) and short and starts_upper:
                new = True
            elif prev_text.endswith(":") and starts_upper:
                new = True  # "… như sau:" then the first heading or item
            elif (
                short
                and starts_upper
                and len(paras[-1]) <= 2
                and _labelled_heading(" ".join(x["text"] for x in paras[-1]))
            ):
                new = True  # "1. Mục tiêu tổng quát" (one or two lines) stopping short, then its paragraph
            elif (
                ends and starts_upper and ln["text"].endswith(":") and ln["x1"] < left + (right - left) * 0.8
            ):
                new = True  # "… đạt 100%." then "Về quốc phòng - an ninh:": a field heading of its own
            elif (
                ends
                and starts_upper
                and _plain_heading(ln["text"], lines[k + 1] if k + 1 < len(lines) else None)
            ):
                new = True  # "… đạt 98%." then "Quốc phòng, an ninh" over a list: a heading of its own
            elif not prev_caps and _caps_line(ln["text"]):
                new = True  # a heading in capitals under a sentence: its own paragraph, even when no
                # wider gap sets it apart (OCR lines of a scan are evenly spaced)
            elif abs(dy) < 1.0 or _AUTHORITY.match(ln["text"]):
                new = True
        if new:
            paras.append([ln])
        else:
            paras[-1].append(ln)
        prev = ln
    return [(_join_lines([ln["text"] for ln in p]), any(ln.get("unsure") for ln in p)) for p in paras]


# A line broken at the hyphen inside a number or an abbreviation: "… Nghị định số 136/2020/NĐ-" then "CP;".
_BROKEN_AT_HYPHEN = re.compile(r"[\w/]-$")


def _join_lines(lines: list[str]) -> str:
    """A paragraph's lines, one per line, except that a line broken at a hyphen inside a word ("NĐ-" then "CP;",
    "2021-" then "2025") is joined back without the break."""
    out = lines[:1]
    for line in lines[1:]:
        starts = line[:1]
        if (
            _BROKEN_AT_HYPHEN.search(out[-1])
            and (starts.isupper() or starts.isdigit())
            and not split_label(line)[0]
        ):
            out[-1] += line
        else:
            out.append(line)
    return "\n".join(out)


def _plain_heading(text: str, nxt: dict[str, Any] | None) -> bool:
    """A short line without end punctuation, directly above a list item: a heading whose bold the
    text layer or OCR does not keep ("Các chỉ tiêu xã hội và môi trường" over "- …")."""
    t = text.strip()
    return (
        0 < len(t) <= 90
        and not t.endswith((*_TERMINAL, ":", ",", "-"))
        and not t[:1].isdigit()
        and nxt is not None
        and bool(split_label(nxt["text"])[0])
    )


def _labelled_heading(text: str) -> bool:
    """A numbered heading of one or two lines: a label, then at most 160 characters without end punctuation ("1.
    Mục tiêu tổng quát"); a task's sentence that stops short of the margin has its full stop."""
    label, _kind, rest = split_label(text)
    rest = rest.strip()
    return bool(label) and 0 < len(rest) <= 160 and not rest.endswith((*_TERMINAL, ":", ",", ";", "-"))


def _caps_line(text: str) -> bool:
    """A line in capitals with at least four letters: "NHIỆM VỤ TRỌNG TÂM"."""
    return text == text.upper() and sum(ch.isalpha() for ch in text) >= 4


def _ocr_page(data: bytes, index: int, limits: ReadLimits) -> tuple[list[tuple[str, bool]], float]:
    """One scanned page read by OCR: its paragraphs (text, unsure) and the mean word confidence."""
    from trongtam.core.reading.ocr import render_pdf_page

    return ocr_paragraphs(render_pdf_page(data, index), limits)


def ocr_paragraphs(image: Any, limits: ReadLimits) -> tuple[list[tuple[str, bool]], float]:
    """One page image (at the OCR resolution) read by OCR into paragraphs (text, unsure) by the same
    rules as a PDF's text layer, and tesseract's mean word confidence."""
    from trongtam.core.reading.ocr import read_image

    page = read_image(image, limits.ocr_lang)
    words = [{"text": w.text, "x0": w.x0, "x1": w.x1, "top": w.top, "unsure": w.unsure} for w in page.words]
    lines = _lines_from_words(words, ocr=True)
    paras = [para for region in lines for para in _paragraphs(region, page.height)]
    return paras, page.confidence


def read_pdf(data: bytes, name: str, limits: ReadLimits) -> ReadResult:
    """Read PDF bytes into paragraph blocks; pages without a text layer are read by OCR."""
    _check_encryption(data, name)
    import pdfplumber

    layout: list[tuple[list[list[dict[str, Any]]], float]] = []
    pages: list[list[tuple[str, bool]]] = []
    warnings: list[str] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            count = len(pdf.pages)
            if count > limits.max_pages:
                raise read_error(
                    name,
                    f"too many pages ({count} > {limits.max_pages})",
                    f"tệp PDF quá nhiều trang ({count} trang, giới hạn {limits.max_pages}).",
                    UnsafeFile,
                )
            layout = [(_page_lines(page), float(page.height or 842)) for page in pdf.pages]
        _drop_running_lines(layout, warnings)
        pages = [
            [para for region in regions for para in _paragraphs(region, height)] for regions, height in layout
        ]
    except UnsafeFile:
        raise
    except Exception as exc:  # pdfplumber's own failures on odd files: pypdf reads the text instead
        pages = [[(p, False) for p in page] for page in _pypdf_pages(data, name, limits)]
        warnings.append(f"Đọc PDF bằng pypdf do pdfplumber lỗi: {type(exc).__name__}.")
    count = len(pages)
    scanned = [i for i, page in enumerate(pages) if sum(len(p) for p, _ in page) < 10]
    ocr_pages: list[OcrPage] = []
    if scanned:
        from trongtam.core.reading.ocr import check_ocr, no_ocr

        if not limits.ocr:
            raise no_ocr(name)
        check_ocr(name, limits)
        for done, index in enumerate(scanned, start=1):
            if limits.progress is not None:
                limits.progress(
                    f"Nhận dạng chữ (OCR) trang {index + 1}/{count} ({done}/{len(scanned)} trang quét)…"
                )
            pages[index], confidence = _ocr_page(data, index, limits)
            ocr_pages.append(OcrPage(page=index + 1, confidence=confidence))
        listed = ", ".join(str(p.page) for p in ocr_pages)
        warnings.append(f"Trang {listed} là ảnh quét, được nhận dạng bằng OCR; cần kiểm tra lại.")
    blocks = blocks_from_pages(pages, {p.page for p in ocr_pages}, warnings)
    if not blocks:
        raise read_error(name, "the PDF has no text", "tệp PDF không có nội dung chữ.")
    return ReadResult(
        name=name,
        format="pdf",
        blocks=tuple(blocks),
        warnings=tuple(warnings),
        pages=count,
        ocr_pages=tuple(ocr_pages),
    )


def blocks_from_pages(pages: list[list[tuple[str, bool]]], ocr: set[int], warnings: list[str]) -> list[Block]:
    """Pages of paragraphs (text, unsure) -> blocks with their labels; a paragraph broken by a page
    end is joined again, and on the pages in ``ocr`` (numbers from 1) misread labels are repaired."""
    blocks: list[Block] = []
    for number, paras in enumerate(pages, start=1):
        for i, (para, unsure) in enumerate(paras):
            label, kind, rest = split_label(para)
            if i == 0 and blocks and not label and _continues(blocks[-1].line, para):
                last = blocks[-1]
                blocks[-1] = Block(
                    text=f"{last.text} {para}",
                    label=last.label,
                    list_kind=last.list_kind,
                    page=last.page,
                    unsure=last.unsure or unsure,
                )
                warnings.append(f"Đã nối đoạn văn bị ngắt giữa trang {number - 1} và trang {number}.")
                continue
            blocks.append(Block(text=rest, label=label, list_kind=kind, page=number, unsure=unsure))
    if blocks and ocr:
        blocks = _repair_ocr_labels(blocks, ocr, warnings)
    return blocks


def _repair_ocr_labels(blocks: list[Block], pages: set[int], warnings: list[str]) -> list[Block]:
    """Give back the list labels OCR misread, from their place in the sequence: "H." after "I." is
    "II.", "II." after "II." is "III.", "1Ợ:" after "12." is "13.", "®" is a bullet. Parts lettered
    "A.", "B." stay letters: a misread one after "A." is the next letter, not a Roman numeral."""
    # A label read as a line of its own ("x0 Ẩ" for "17.") goes back in front of the text it numbers.
    merged: list[Block] = []
    for b in blocks:
        if b.page in pages and not b.label and _speck(b.text):
            continue  # a speck of noise read as "," or "." on a line of its own: no label, no text
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.page in pages
            and not prev.label
            and len(prev.text) <= 6
            and not re.search(r"[^\W\d_]{3}", prev.text)
            and not b.label
            and b.text[:1].isupper()
        ):
            merged[-1] = dataclasses.replace(b, text="#. " + b.text, unsure=True)
            continue
        merged.append(b)
    out: list[Block] = []
    last_roman = last_number = 0
    last_part = ""  # the last part lettered "A.", "B." … (parts count in letters, not Roman numerals)
    fixed = 0
    previous: Block | None = None

    def next_part() -> str:
        return f"{chr(ord(last_part) + 1)}." if last_part else f"{to_roman(last_roman + 1)}."

    for b in merged:
        if (
            b.page in pages
            and not b.label
            and previous is not None
            and previous.list_kind == "bullet"
            and (m := re.match(r"^[^\W\d_]{1,2}\s+(?=[A-ZĐ\u00C0-\u1EF9])", b.text))
            and not b.text[:1].isupper()
        ):
            b = dataclasses.replace(b, label="•", list_kind="bullet", text=b.text[m.end() :], unsure=True)
            fixed += 1
        if b.page in pages and (national := _national_line(b)):
            # a speck OCR read before the national motto or the Party's name, as a label or a garbled token: the
            # header's line, never a part
            b = dataclasses.replace(b, label="", list_kind=None, text=national)
        elif b.page in pages:
            if not b.label and b.text.startswith("#. "):
                rest = b.text[3:]
                first = rest.split("\n")[0]
                if first == first.upper():
                    b = dataclasses.replace(b, label=next_part(), list_kind="roman", text=rest)
                else:
                    b = dataclasses.replace(b, label=f"{last_number + 1}.", list_kind="number", text=rest)
                fixed += 1
            elif not b.label and (m := _OCR_BULLET.match(b.text)):
                b = dataclasses.replace(b, label="•", list_kind="bullet", text=b.text[m.end() :])
                fixed += 1
            elif not b.label and (m := _OCR_GARBLED.match(b.text)) and _garbled(m.group("token")):
                rest = b.text[m.end() :]
                first = rest.split("\n")[0]
                if first == first.upper():
                    b = dataclasses.replace(b, label=next_part(), list_kind="roman", text=rest)
                else:
                    b = dataclasses.replace(b, label=f"{last_number + 1}.", list_kind="number", text=rest)
                fixed += 1
            elif b.list_kind == "roman" and _letter_part(b.label, last_part, last_roman):
                pass  # "A." first, or the letter after the last part's: parts lettered, kept as read
            elif b.list_kind == "roman" and last_part and from_roman(b.label.strip(".)-")) is None:
                b = dataclasses.replace(b, label=next_part())  # "8." or "R." where "B." was expected
                fixed += 1
            elif (
                b.list_kind == "roman"
                and last_part
                and last_roman
                and _ROMAN_TASK.match(b.label)
                and label_value(b.label) == last_roman
            ):
                # Roman tasks under a lettered part: "II." after "II." is "III." there too
                b = dataclasses.replace(b, label=to_roman(last_roman + 1) + b.label.strip().lstrip("IVX"))
                fixed += 1
            elif (
                b.list_kind == "roman"
                and not last_part
                and (label_value(b.label) or 0) != last_roman + 1
                and from_roman(b.label.strip(".)-").replace("L", "I")) == last_roman + 1
            ):
                # OCR reads "I" as "L": "L." opening the parts is "I.", "LI." after it "II." (fifty parts never are)
                b = dataclasses.replace(b, label=b.label.replace("L", "I"))
                fixed += 1
            elif (
                b.list_kind == "roman"
                and not last_part
                and (from_roman(b.label.strip(".)")) is None or (label_value(b.label) or 0) <= last_roman)
            ):
                b = dataclasses.replace(b, label=next_part())
                fixed += 1
        if b.list_kind == "roman" and _letter_part(b.label, last_part, last_roman):
            # the Roman numbers under a lettered part count from "I." again (the letters alone count the parts)
            last_part, last_number, last_roman = b.label.strip(".)-"), 0, 0
        elif b.list_kind == "roman":
            last_roman, last_number = label_value(b.label) or last_roman + 1, 0
        elif b.list_kind == "number" and label_depth(b.label) == 1:
            last_number = label_value(b.label) or last_number + 1
        previous = b
        out.append(b)
    if fixed:
        warnings.append(f"Đã sửa {fixed} số thứ tự/ký hiệu đầu dòng bị OCR đọc sai, theo thứ tự trước sau.")
    return out


def _speck(text: str) -> bool:
    """A paragraph OCR made of a speck of noise: one to three marks of punctuation, no letter, digit
    or bullet ("," or "." alone on a line).

    >>> _speck(","), _speck(" . "), _speck("-"), _speck("1."), _speck("IỊ"), _speck("V10 V2SN"), _speck("COVID-19")
    (True, True, False, False, False, True, False)
    """
    t = text.strip()
    if 0 < len(t) <= 3 and not re.search(r"\w", t) and not any(ch in BULLETS for ch in t):
        return True
    # … or a short line of codes with no word in it, letters and digits mixed in every token ("V10 V2SN"): a stamp's
    # or a smudge's reading, never a heading
    tokens = t.split()
    return 2 <= len(tokens) <= 3 and len(t) <= 20 and all(_CODE.fullmatch(w) for w in tokens)


_CODE = re.compile(r"(?=\w*\d)(?=\w*[^\W\d_])\w+")


# The national motto's first line and the Party's name: the header's, never a part's, whatever speck OCR read before
# them.
_NATIONAL_LINE = re.compile(r"^(?:CỘNG\s+H[ÒO]A\s+XÃ\s+HỘI|ĐẢNG\s+CỘNG\s+SẢN)")


def _national_line(b: Block) -> str:
    """The text of a line that is the national motto's or the Party's name behind a speck OCR read as a label; ""
    for any other line."""
    text = b.text.removeprefix("#. ")
    if (m := _OCR_GARBLED.match(text)) and _garbled(m.group("token")):
        text = text[m.end() :]
    if (b.label or text != b.text) and _NATIONAL_LINE.match(text):
        return text
    return ""


_ROMAN_TASK = re.compile(r"^[IVX]{1,5}[.)\-–]")


def _letter_part(label: str, last_part: str, last_roman: int) -> bool:
    """Whether a capital label is a lettered part: "A." opening the document's parts, or the letter
    after the last lettered part ("C." after "B." is a part, not Roman 100)."""
    core = label.strip(".)-")
    if len(core) != 1 or not core.isupper():
        return False
    if last_part:
        return ord(core) == ord(last_part) + 1
    return core == "A" and last_roman == 0


def _garbled(token: str) -> bool:
    core = token[:-1]
    if core.upper() in ("Q", "TM", "KT", "TL", "TUQ", "SỐ"):
        return False
    return any(ch.isdigit() for ch in core) or core.islower() or len(core) == 1 or not core.isalpha()


def _running_key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _drop_running_lines(layout: list[tuple[list[list[dict[str, Any]]], float]], warnings: list[str]) -> None:
    """Remove running headers and footers: the same line (page numbers aside) at the top or bottom of
    several pages."""
    if len(layout) < 2:
        return
    seen: dict[str, int] = {}
    for regions, height in layout:
        keys = {
            _running_key(ln["text"])
            for region in regions
            for ln in region
            if ln["top"] < height * 0.1 or ln["top"] > height * 0.88
        }
        for key in keys:
            seen[key] = seen.get(key, 0) + 1
    running = {k for k, n in seen.items() if n >= 2 and n * 2 >= len(layout) and k.strip("# -–")}
    if not running:
        return
    for regions, height in layout:
        for region in regions:
            region[:] = [
                ln
                for ln in region
                if not (
                    (ln["top"] < height * 0.1 or ln["top"] > height * 0.88)
                    and _running_key(ln["text"]) in running
                )
            ]
    warnings.append(f"Đã bỏ {len(running)} dòng đầu/chân trang lặp lại ở các trang.")


def _continues(previous: str, first: str) -> bool:
    """Whether the first paragraph of a page continues the last one of the previous page."""
    if not first:
        return False
    if first[0].islower():
        return True
    prev = previous.rstrip()
    if _labelled_heading(prev) and prev.split()[-1].lower() not in _JOINING_WORDS:
        return False  # "1. Về tình hình kinh tế - xã hội" at a page's foot, its paragraph on the next page
    return not prev.endswith(_TERMINAL) and prev != prev.upper()


# Words a heading never ends on: a line ending so breaks a sentence ("… phối hợp với" / "Sở Tài chính …").
_JOINING_WORDS = frozenset(
    "và với của các những cho tại trong theo để về là có được đến từ trên dưới hoặc như thuộc giữa vào bằng do qua "
    "sau trước khi nhằm gắn cùng mà thì nên".split()
)


def check_pdf(data: bytes, name: str, limits: ReadLimits | None = None) -> None:
    """Refuse at once a PDF with more pages than the reader takes (milliseconds through pypdf), before it is
    queued to be read in the background; a PDF pypdf cannot open passes (reading it says what is wrong)."""
    from pypdf import PdfReader

    limits = limits or ReadLimits()
    try:
        count = len(PdfReader(io.BytesIO(data)).pages)
    except Exception:
        return
    if count > limits.max_pages:
        raise read_error(
            name,
            f"too many pages ({count} > {limits.max_pages})",
            f"tệp PDF quá nhiều trang ({count} trang, giới hạn {limits.max_pages}).",
            UnsafeFile,
        )


def pdf_needs_ocr(data: bytes, *, max_pages: int = 50) -> bool:
    """Whether some page of the PDF has no text layer (under 10 characters), so reading it runs OCR.

    A quick look through pypdf, for callers deciding where to read the file; a PDF it cannot open answers
    False (reading it says what is wrong).
    """
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            return False
        return any(len((page.extract_text() or "").strip()) < 10 for page in reader.pages[:max_pages])
    except Exception:
        return False


def _pypdf_pages(data: bytes, name: str, limits: ReadLimits) -> list[list[str]]:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if len(reader.pages) > limits.max_pages:
            raise read_error(
                name,
                f"too many pages ({len(reader.pages)} > {limits.max_pages})",
                f"tệp PDF quá nhiều trang ({len(reader.pages)} trang).",
                UnsafeFile,
            )
        out = []
        for page in reader.pages:
            text = nfc(page.extract_text() or "")
            out.append([b.line for b in blocks_from_lines(text.split("\n"), markdown=False)])
        return out
    except UnsafeFile:
        raise
    except Exception as exc:
        raise read_error(name, f"damaged PDF ({type(exc).__name__}: {exc})", "tệp PDF bị hỏng.") from exc
