"""Upload defences, exercised through the app (the proposal upload page and the progress-form upload):
size limits, type sniffing, zip bombs and XML entities in .docx and .xlsx, page and size limits for PDF.
Each hostile file gets a clear Vietnamese refusal (HTTP 400) and leaves nothing behind.
"""

from __future__ import annotations

import io
import time
import zipfile
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse


@pytest.fixture
def cast(cast_once):
    """The cast once for the module (tests/conftest.py): every test here starts from it."""
    return cast_once


pytestmark = pytest.mark.django_db


def _upload(client, cast, name: str, content: bytes):
    return client.post(
        reverse("web:proposal_upload", args=[cast.cycle.id]),
        {"unit": cast.unit.id, "file": SimpleUploadedFile(name, content)},
    )


def _refused(response, *words: str) -> str:
    assert response.status_code == 400, response.status_code
    html = response.content.decode()
    for word in words:
        assert word in html, (word, html[:3000])
    return html


def _nothing_stored(cast) -> None:
    from trongtam.registry.cycles.models import KeyTask, Proposal

    assert not KeyTask.objects.filter(proposal__cycle=cast.cycle).exists()
    assert not Proposal.objects.filter(cycle=cast.cycle).exclude(source_file="").exists()


def _zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return out.getvalue()


CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    b"</Types>"
)
RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?><Relationships '
    b'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
    b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    b'Target="word/document.xml"/></Relationships>'
)


def _docx(document_xml: bytes) -> bytes:
    return _zip(
        {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": RELS, "word/document.xml": document_xml}
    )


def test_a_file_over_the_size_limit_is_refused_before_reading(client, cast, settings):
    settings.TRONGTAM_MAX_UPLOAD_BYTES = 10_000
    client.force_login(cast.unit_staff)
    _refused(_upload(client, cast, "de-xuat.txt", "Nhiệm vụ ".encode() * 5000), "quá lớn")
    _nothing_stored(cast)


def test_an_empty_file_and_an_unknown_extension_are_refused(client, cast):
    client.force_login(cast.unit_staff)
    _refused(_upload(client, cast, "de-xuat.docx", b""), "rỗng")
    _refused(_upload(client, cast, "de-xuat.exe", b"MZ\x90\x00" + b"\x00" * 100), "chỉ nhận")
    _refused(_upload(client, cast, "de-xuat.html", b"<script>alert(1)</script>"), "chỉ nhận")
    _nothing_stored(cast)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("de-xuat.docx", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"),
        ("de-xuat.docx", b"<html><body><script>alert(1)</script></body></html>"),
        ("de-xuat.pdf", b"PK\x03\x04" + b"\x00" * 200),
        ("de-xuat.pdf", b"\x7fELF\x02\x01\x01" + b"\x00" * 500),
        ("de-xuat.docx", _zip({"hello.txt": b"not a word document"})),
        ("de-xuat.txt", b"\x7fELF\x02\x01\x01" + b"\x00" * 500 + b"Nhiem vu"),
    ],
    ids=["pdf-as-docx", "html-as-docx", "zip-as-pdf", "elf-as-pdf", "zip-without-document", "binary-as-txt"],
)
def test_content_is_sniffed_not_trusted_from_the_name(client, cast, name, content):
    client.force_login(cast.unit_staff)
    _refused(_upload(client, cast, name, content), "Không đọc được")
    _nothing_stored(cast)


def test_docx_zip_bomb_is_refused_quickly(client, cast):
    # 60 MB of spaces in a few dozen kilobytes (ratio ~1000:1); the reader must not inflate it.
    xml = b'<?xml version="1.0"?><w:document xmlns:w="w"><w:body>' + b" " * (60 * 1024 * 1024)
    bomb = _docx(xml)
    assert len(bomb) < 2 * 1024 * 1024
    client.force_login(cast.unit_staff)
    started = time.monotonic()
    _refused(_upload(client, cast, "bom.docx", bomb), "Không đọc được")
    assert time.monotonic() - started < 30  # generous: the point is that it is not inflated
    _nothing_stored(cast)


def test_docx_with_many_members_is_refused(client, cast):
    members = {f"word/media/x{i}.xml": b"<a/>" for i in range(6000)}
    members.update({"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": RELS, "word/document.xml": b"<a/>"})
    client.force_login(cast.unit_staff)
    _refused(_upload(client, cast, "nhieu.docx", _zip(members, zipfile.ZIP_STORED)), "Không đọc được")
    _nothing_stored(cast)


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
    b'<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">'
    b'<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">'
    b'<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">'
    b'<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">'
    b'<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">'
    b'<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
    b"<w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
)
XXE = (
    b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
    + "<w:t>1. Nhiệm vụ &xxe; đạt 100%</w:t></w:r></w:p></w:body></w:document>".encode()
)


@pytest.mark.parametrize("xml", [BILLION_LAUGHS, XXE], ids=["billion-laughs", "external-entity"])
def test_docx_xml_entities_are_never_expanded(client, cast, xml):
    client.force_login(cast.unit_staff)
    started = time.monotonic()
    response = _upload(client, cast, "thuc-the.docx", _docx(xml))
    assert time.monotonic() - started < 30
    body = response.content.decode()
    assert "root:x:0:0" not in body and "lollollol" not in body
    if response.status_code == 302:  # read without the entities: nothing from outside came in
        from trongtam.registry.cycles.models import KeyTask, Proposal

        proposal = Proposal.objects.get(cycle=cast.cycle, unit=cast.unit)
        assert "root:" not in proposal.source_text and "lollol" not in proposal.source_text
        assert not KeyTask.objects.filter(proposal=proposal, text__contains="root:").exists()
    else:
        _refused(response, "Không đọc được")
        _nothing_stored(cast)


def _pdf(pages: int) -> bytes:
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pdf_with_too_many_pages_is_refused(client, cast):
    client.force_login(cast.unit_staff)
    _refused(_upload(client, cast, "dai.pdf", _pdf(501)), "Không đọc được")
    _nothing_stored(cast)


def test_pdf_over_the_size_limit_is_refused(client, cast, settings):
    settings.TRONGTAM_MAX_UPLOAD_BYTES = 2000
    client.force_login(cast.unit_staff)
    _refused(_upload(client, cast, "to.pdf", _pdf(30)), "quá lớn")
    _nothing_stored(cast)


# The progress form (.xlsx) upload: the spreadsheet parser's own defences, through the page.


@pytest.fixture
def form_setup(cast):
    from trongtam.registry.cycles import services as cycles
    from trongtam.registry.progress import services as progress

    field = cycles.field_get_or_create(cycle=cast.cycle, title="KINH TẾ", number="I")
    task = cycles.key_task_create(cycle=cast.cycle, field=field, text="Thu ngân sách", number="1")
    task.lead_units.add(cast.unit)
    cycles.target_create(key_task=task, indicator="thu ngân sách", value=Decimal(100), unit="tỷ đồng")
    periods = progress.period_generate_defaults(cycle=cast.cycle)
    jan = next(p for p in periods if p.kind == "month" and p.number == 1)
    return cast, jan


def _form_upload(client, cast, period, name: str, content: bytes):
    url = reverse("web:progress_form_upload", args=[cast.cycle.id, period.id, cast.unit.id])
    return client.post(url, {"file": SimpleUploadedFile(name, content)})


def _xlsx_members(sheet_xml: bytes) -> dict[str, bytes]:
    return {
        "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
        b'package/2006/content-types"/>',
        "xl/workbook.xml": b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main"><sheets><sheet name="a" sheetId="1"/></sheets></workbook>',
        "xl/worksheets/sheet1.xml": sheet_xml,
    }


HOSTILE_SPREADSHEETS = {
    "empty": lambda: b"",
    "pdf": lambda: b"%PDF-1.4 not a spreadsheet",
    "html": lambda: b"<html><script>alert(1)</script></html>",
    "zip-bomb": lambda: _zip(_xlsx_members(b"<worksheet>" + b" " * (60 * 1024 * 1024))),
    "billion-laughs": lambda: _zip(_xlsx_members(BILLION_LAUGHS)),
    "external-entity": lambda: _zip(_xlsx_members(XXE)),
}


@pytest.mark.parametrize("kind", list(HOSTILE_SPREADSHEETS))
def test_progress_form_upload_refuses_hostile_spreadsheets(client, form_setup, kind):
    from trongtam.registry.progress.models import Entry

    cast, jan = form_setup
    content = HOSTILE_SPREADSHEETS[kind]()
    client.force_login(cast.unit_staff)
    started = time.monotonic()
    response = _form_upload(client, cast, jan, "bieu-mau.xlsx", content)
    assert time.monotonic() - started < 30
    assert response.status_code in (302, 400)
    body = response.content.decode()
    assert "root:x:0:0" not in body and "lollollol" not in body and "<script>alert" not in body
    if response.status_code == 302:
        # Only an empty file may bounce back to the form with a message; nothing is staged.
        assert "/tai-len/" not in response["Location"] and "/nhap/" not in response["Location"]
    assert not Entry.objects.exists()


def test_uploads_are_not_served_under_media_even_with_debug(settings, tmp_path):
    import importlib

    from django.urls import Resolver404, resolve

    import trongtam.config.urls as root_urls

    settings.DEBUG = True
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "proposals").mkdir()
    (tmp_path / "proposals" / "thu.html").write_text("<script>alert(1)</script>")
    try:
        reloaded = importlib.reload(root_urls)
        with pytest.raises(Resolver404):
            resolve("/media/proposals/thu.html", urlconf=reloaded)
    finally:
        settings.DEBUG = False
        importlib.reload(root_urls)
