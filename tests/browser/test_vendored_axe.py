"""The accessibility checker the browser walks run is the vendored axe-core named in VENDORED.txt, with its licence:
no test downloads it, and a changed file is noticed."""

from __future__ import annotations

import hashlib
import re

from tests.browser.checks import AXE_JS


def test_the_vendored_axe_core_is_the_recorded_release_with_its_licence():
    note = (AXE_JS.parent / "VENDORED.txt").read_text(encoding="utf-8")
    version = re.search(r"axe-core (\d+\.\d+\.\d+)", note)
    digest = re.search(r"sha256 ([0-9a-f]{64})", note)
    assert version and digest
    source = AXE_JS.read_bytes()
    assert source.startswith(f"/*! axe v{version.group(1)}".encode())
    assert hashlib.sha256(source).hexdigest() == digest.group(1)
    assert "Mozilla Public License, version 2.0" in (AXE_JS.parent / "LICENSE").read_text(encoding="utf-8")
