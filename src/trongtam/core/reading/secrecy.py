"""Refuse a document whose header carries a state-secret stamp (MẬT, TỐI MẬT, TUYỆT MẬT).

Luật Bảo vệ bí mật nhà nước 2018 (Điều 5) forbids keeping state secrets on a computer connected to the
internet, so such a file is refused before anything of it is stored. The stamp is looked for as a line of
its own (or "Độ mật: …") among the first lines, where Nghị định 30/2020 and Hướng dẫn 36-HD/VPTW place it;
"bí mật" inside a sentence of the body is not a stamp.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from trongtam.core.errors import ReadError

__all__ = ["HEADER_LINES", "SecretDocument", "refuse_secret", "secrecy_stamp"]

HEADER_LINES = 15
_PREFIX = re.compile(r"^độ\s*mật\s*[:：]\s*", re.IGNORECASE)
_STAMP = re.compile(r"^(TUYỆT\s+MẬT|TỐI\s+MẬT|MẬT)\s*[.!]?$")
_LEVELS = {"TUYỆT MẬT": "Tuyệt mật", "TỐI MẬT": "Tối mật", "MẬT": "Mật"}


class SecretDocument(ReadError):
    """The file carries a state-secret stamp and must not be stored."""


def secrecy_stamp(lines: Iterable[str]) -> str | None:
    """The secrecy level stamped among the first lines ("Mật", "Tối mật", "Tuyệt mật"), else None.

    >>> secrecy_stamp(["TỈNH ỦY LẠNG SƠN", "Số 12-CV/TU", "TỐI MẬT", "Kính gửi: …"])
    'Tối mật'
    >>> secrecy_stamp(["Bảo vệ bí mật nhà nước trong công tác văn thư"]) is None
    True
    """
    for i, raw in enumerate(lines):
        if i >= HEADER_LINES:
            break
        line = _PREFIX.sub("", unicodedata.normalize("NFC", raw).strip().strip("*_|").strip())
        # A stamp is written in capitals; "Mật" in a sentence of ordinary case is not one.
        if not line or line != line.upper():
            continue
        match = _STAMP.match(line)
        if match:
            word = re.sub(r"\s+", " ", match.group(1))
            return _LEVELS.get(word, "Mật")
    return None


def refuse_secret(lines: Iterable[str], *, name: str) -> None:
    """Raise ``SecretDocument`` with what to do instead when the header carries a secrecy stamp."""
    level = secrecy_stamp(lines)
    if level is None:
        return
    raise SecretDocument(
        f"{name}: header carries the secrecy stamp {level!r}",
        message_vi=(
            f"Tệp «{name}» có dấu độ mật «{level.upper()}» ở phần đầu văn bản nên không được tải lên: "
            "theo Luật Bảo vệ bí mật nhà nước, không soạn thảo, lưu giữ tài liệu mật trên máy tính kết nối "
            "Internet. Hãy quản lý văn bản này theo chế độ mật (sổ, máy tính không kết nối mạng), và trên "
            "trongtam chỉ ghi số, ký hiệu, đơn vị chủ trì, thời hạn, trạng thái và độ mật của nhiệm vụ, "
            "báo cáo (nút «Đánh dấu mật»)."
        ),
    )
