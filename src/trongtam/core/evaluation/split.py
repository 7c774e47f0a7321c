"""Which split a source belongs to, decided by its address alone, before anyone reads the passage.

    >>> split_of("https://www.baothanhhoa.vn/a.htm") == split_of("http://baothanhhoa.vn/b")
    True

The host name (without ``www.``, ``m.``, ``lite.``) is hashed with SHA-256; 60 of every 100 hash buckets are dev, 40
are test.  All passages of one site land in the same split, so a site's house style studied on dev
cannot leak into the test figure.
"""

from __future__ import annotations

import hashlib
from typing import Literal
from urllib.parse import urlsplit

__all__ = ["DEV_SHARE", "source_key", "split_of"]

DEV_SHARE = 60  # out of 100
_MIRRORS = ("www.", "m.", "lite.")  # the same site under another name


def source_key(url: str) -> str:
    """The source a passage comes from: its host name, lower-cased, without ``www.``, ``m.`` or ``lite.``."""
    host = (urlsplit(url).hostname or url).lower()
    for prefix in _MIRRORS:
        if host.startswith(prefix):
            return host[len(prefix) :]
    return host


def split_of(url: str) -> Literal["dev", "test"]:
    digest = hashlib.sha256(source_key(url).encode("utf-8")).hexdigest()
    return "dev" if int(digest[:8], 16) % 100 < DEV_SHARE else "test"
