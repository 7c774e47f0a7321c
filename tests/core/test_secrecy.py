"""An upload whose header carries a state-secret stamp is refused before anything of it is read further."""

from __future__ import annotations

import pytest

from trongtam.core.extraction import read_document
from trongtam.core.reading.secrecy import SecretDocument, secrecy_stamp

HEADER = "TỈNH ỦY LẠNG SƠN\nVĂN PHÒNG\nSố 12-CV/VPTU\n{stamp}\nLạng Sơn, ngày 05 tháng 01 năm 2026\n"
BODY = "1. Tổng thu ngân sách trên địa bàn 195.000 triệu đồng.\n"


@pytest.mark.parametrize(
    ("stamp", "level"),
    [("MẬT", "Mật"), ("TỐI MẬT", "Tối mật"), ("TUYỆT MẬT", "Tuyệt mật"), ("Độ mật: TỐI MẬT", "Tối mật")],
)
def test_each_stamp_near_the_top_is_recognised(stamp, level):
    assert secrecy_stamp(HEADER.format(stamp=stamp).splitlines()) == level


@pytest.mark.parametrize(
    "text",
    [
        "Tăng cường công tác bảo vệ bí mật nhà nước trong cơ quan.",  # a sentence, not a stamp
        "Mật độ dân số tăng",
        "\n" * 20 + "MẬT",  # far below the header
    ],
)
def test_ordinary_text_is_not_a_stamp(text):
    assert secrecy_stamp(text.splitlines()) is None


def test_reading_a_stamped_file_is_refused_with_what_to_do_instead(tmp_path):
    path = tmp_path / "cong-van.txt"
    path.write_text(HEADER.format(stamp="TỐI MẬT") + BODY, encoding="utf-8")
    with pytest.raises(SecretDocument) as caught:
        read_document(path)
    message = caught.value.message_vi
    assert "TỐI MẬT" in message and "không được tải lên" in message and "Đánh dấu mật" in message


def test_an_unstamped_file_reads_as_before(tmp_path):
    path = tmp_path / "cong-van.txt"
    path.write_text(HEADER.format(stamp="") + BODY, encoding="utf-8")
    assert "195.000 triệu đồng" in read_document(path).text
