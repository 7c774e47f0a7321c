"""Extraction: a read file -> a Document with header, sections, tasks, sub-items and targets.

read_document(source, *, name=None, kind=None) -> Document
"""

from __future__ import annotations

from trongtam.core.extraction.structure import build_document, read_document, structure_text

__all__ = ["build_document", "read_document", "structure_text"]
