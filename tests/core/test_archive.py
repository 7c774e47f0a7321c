"""One zip check for every Office file (issue 17 §3): a .docx upload and a filled-in .xlsx form are held to
the same limits, so an archive one refuses the other refuses too."""

from __future__ import annotations

import io
import random
import zipfile

import pytest

from trongtam.core.errors import UnsafeFile
from trongtam.core.reading import read_file
from trongtam.core.rendering.xlsx import FormSpec, progress_form_parse

SPEC = FormSpec(unit_code="1", unit_name="Phòng", period_code="1-1", period_label="Quý I", rows=())


def _sparse(size: int = 3_000_000, every: int = 700) -> bytes:
    # About 150:1 once deflated: above the one limit (100:1), below the old .xlsx limit (200:1).
    rng = random.Random(1)
    data = bytearray(size)
    for i in range(0, size, every):
        data[i] = rng.randrange(256)
    return bytes(data)


def _archive(main_part: str, big_part: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(main_part, "<x/>")
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr(big_part, _sparse())
    return buf.getvalue()


def test_a_part_compressed_150_times_is_refused_in_a_word_file_and_in_a_form_alike():
    with pytest.raises(UnsafeFile) as docx:
        read_file(_archive("word/document.xml", "word/media/a.bin"), name="a.docx")
    with pytest.raises(UnsafeFile) as xlsx:
        progress_form_parse(_archive("xl/workbook.xml", "xl/media/a.bin"), SPEC)
    for err in (docx.value, xlsx.value):
        assert "bom nén" in err.message_vi and "nén bất thường" in err.message_vi
