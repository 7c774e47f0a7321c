"""Bad input: every failure is a ReadError that names the file and the problem, in English and Vietnamese."""

from __future__ import annotations

import io
import zipfile

import pytest

from trongtam.core.errors import MissingTool, ReadError, UnsafeFile, UnsupportedFormat
from trongtam.core.reading import ReadLimits, read_file


def assert_names_file(err: ReadError, name: str) -> None:
    assert name in str(err) and name in err.message_vi


def test_an_empty_file_is_refused(tmp_path):
    path = tmp_path / "rong.docx"
    path.write_bytes(b"")
    with pytest.raises(ReadError, match="empty") as err:
        read_file(path)
    assert_names_file(err.value, "rong.docx")
    assert "rỗng" in err.value.message_vi


def test_whitespace_only_text_is_empty():
    with pytest.raises(ReadError, match="empty"):
        read_file(b"  \n\n\t ", name="trang.txt")


def test_binary_data_is_not_a_document():
    data = bytes(range(256)) * 40
    with pytest.raises(ReadError) as err:
        read_file(data, name="anh.bin")
    assert_names_file(err.value, "anh.bin")
    assert isinstance(err.value, UnsupportedFormat)


def test_binary_data_named_txt_is_refused():
    with pytest.raises(ReadError, match="binary"):
        read_file(b"\x00\x01\x02\x03" * 500, name="du-lieu.txt")


def test_a_corrupt_docx_is_refused():
    with pytest.raises(ReadError) as err:
        read_file(b"PK\x03\x04" + b"\x00garbage" * 100, name="hong.docx")
    assert_names_file(err.value, "hong.docx")


def test_a_zip_that_is_not_a_word_document_is_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "xin chào")
    with pytest.raises(ReadError, match=r"not a valid Word file|not a Word document") as err:
        read_file(buf.getvalue(), name="nen.docx")
    assert_names_file(err.value, "nen.docx")


def test_a_docx_with_broken_xml_is_refused(factory):
    data = factory.build_docx(factory.p("một"))
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            payload = src.read(info)
            dst.writestr(info.filename, payload[:-40] if info.filename == "word/document.xml" else payload)
    with pytest.raises(ReadError) as err:
        read_file(buf.getvalue(), name="vo.docx")
    assert_names_file(err.value, "vo.docx")


def test_a_zip_bomb_is_refused_before_parsing(factory):
    data = factory.build_docx(factory.p("một"))
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info))
        dst.writestr("word/media/bomb.bin", b"\x00" * (30 * 1024 * 1024))
    assert len(buf.getvalue()) < 1024 * 1024
    with pytest.raises(UnsafeFile, match="zip bomb") as err:
        read_file(buf.getvalue(), name="bom.docx")
    assert_names_file(err.value, "bom.docx")


def test_total_uncompressed_size_is_limited(factory):
    data = factory.build_docx(factory.p("một " * 5000))
    with pytest.raises(UnsafeFile, match="zip bomb"):
        read_file(data, name="to.docx", limits=ReadLimits(max_uncompressed=10_000))


def test_xml_entities_are_refused(factory):
    data = factory.build_docx(factory.p("một"))
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            payload = src.read(info)
            if info.filename == "word/document.xml":
                payload = payload.replace(
                    b"?>", b'?><!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>', 1
                )
            dst.writestr(info.filename, payload)
    with pytest.raises(UnsafeFile, match="DOCTYPE") as err:
        read_file(buf.getvalue(), name="thuc-the.docx")
    assert_names_file(err.value, "thuc-the.docx")


def test_a_50_mb_file_is_refused_by_size_before_it_is_read(tmp_path):
    path = tmp_path / "lon.txt"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    with pytest.raises(UnsafeFile, match="too large") as err:
        read_file(path)
    assert_names_file(err.value, "lon.txt")
    assert "quá lớn" in err.value.message_vi


def test_the_size_limit_is_configurable():
    with pytest.raises(UnsafeFile):
        read_file(b"x" * 2000, name="a.txt", limits=ReadLimits(max_bytes=1000))


def test_a_missing_file_is_a_read_error(tmp_path):
    with pytest.raises(ReadError, match="not found"):
        read_file(tmp_path / "khong-co.docx")


def test_a_legacy_doc_without_libreoffice_says_so(monkeypatch, tmp_path):
    # TRONGTAM_SOFFICE names the binary for legacy uploads too; a path that does not exist is "not installed".
    monkeypatch.setenv("TRONGTAM_SOFFICE", str(tmp_path / "khong-co-soffice"))
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    with pytest.raises(MissingTool, match="LibreOffice") as err:
        read_file(ole, name="cu.doc")
    assert_names_file(err.value, "cu.doc")
    assert "LibreOffice" in err.value.message_vi


def test_damaged_copies_of_real_files_only_ever_raise_read_errors(factory):
    """Flip bytes in a .docx, a .txt and a .pdf: every outcome is a Document or a ReadError."""
    import random

    from trongtam.core.extraction import read_document

    rng = random.Random(7)
    docx = factory.plan_docx()
    txt = "I. LĨNH VỰC\n\n1. Thu ngân sách đạt 195.000 triệu đồng.\n".encode()
    for _ in range(150):
        data = bytearray(rng.choice([docx, txt]))
        for _ in range(rng.randint(1, 12)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if rng.random() < 0.3:
            data = data[: rng.randrange(1, len(data))]
        try:
            read_document(bytes(data), name=rng.choice(["a.docx", "a.txt", "a"]))
        except ReadError as err:
            assert "a" in str(err)
