"""The warm path of the PDF conversion: through a running unoserver when one is named, cold otherwise."""

from __future__ import annotations

import threading
import xmlrpc.client
from collections.abc import Iterator
from xmlrpc.server import SimpleXMLRPCServer

import pytest

from trongtam.core.errors import RenderError
from trongtam.core.rendering.pdf import docx_to_pdf


@pytest.fixture
def fake_unoserver() -> Iterator[tuple[str, list[bytes]]]:
    # Speaks unoserver's XML-RPC `convert`, so the client side is tested without LibreOffice.
    received: list[bytes] = []
    server = SimpleXMLRPCServer(("127.0.0.1", 0), logRequests=False, allow_none=True)

    def convert(inpath, indata, outpath, convert_to, *rest):  # type: ignore[no-untyped-def]
        received.append(bytes(indata.data))
        assert convert_to == "pdf"
        return xmlrpc.client.Binary(b"%PDF-1.7 am\n")

    server.register_function(convert, "convert")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{server.server_address[1]}", received
    server.shutdown()
    server.server_close()


def test_a_named_unoserver_converts_without_starting_libreoffice(fake_unoserver, monkeypatch) -> None:
    address, received = fake_unoserver
    monkeypatch.setenv("TRONGTAM_UNOSERVER", address)
    monkeypatch.setenv("TRONGTAM_SOFFICE", "/khong/co/soffice")  # the cold path would fail
    assert docx_to_pdf(b"PK docx") == b"%PDF-1.7 am\n"
    assert received == [b"PK docx"]


def test_when_the_unoserver_does_not_answer_the_cold_path_is_used(monkeypatch) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    monkeypatch.setenv("TRONGTAM_UNOSERVER", f"127.0.0.1:{closed}")
    monkeypatch.setenv("TRONGTAM_SOFFICE", "/khong/co/soffice")
    with pytest.raises(RenderError) as err:
        docx_to_pdf(b"PK docx")
    assert "Chưa cài LibreOffice" in err.value.message_vi
