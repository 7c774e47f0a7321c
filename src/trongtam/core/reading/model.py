"""What every reader returns: a flat list of blocks in body order, and the limits readers enforce."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from trongtam.core.errors import MissingTool, ReadError, UnsafeFile, UnsupportedFormat
from trongtam.core.letter import OcrPage

ListKind = Literal["roman", "number", "letter", "bullet"]
Format = Literal["docx", "pdf", "txt", "md", "doc", "odt", "rtf", "image"]

MB = 1024 * 1024


@dataclass(frozen=True)
class Block:
    """One paragraph (or one paragraph of a table cell) with its resolved list label.

    ``label`` is the list label as a reader shows it ("I.", "13.", "a)", "-", "•"); ``text`` never
    repeats it. Soft line breaks inside a paragraph are kept as "\\n". ``unsure`` marks a block read
    by OCR with words of low confidence, to be checked by a person.
    """

    text: str
    label: str = ""
    list_kind: ListKind | None = None
    level: int = 0
    style: str | None = None
    heading_level: int | None = None
    is_table_cell: bool = False
    table: int | None = None
    row: int | None = None
    col: int | None = None
    blank_before: bool = True
    page: int | None = None
    bold: bool = False
    unsure: bool = False

    @property
    def line(self) -> str:
        """The block as displayed: label, a space, then the text."""
        return f"{self.label} {self.text}" if self.label else self.text


@dataclass(frozen=True)
class ReadResult:
    """A read file: its blocks in body order, the text they make, and what the reader noticed.

    ``repairs`` says what was repaired before reading (a legacy encoding converted, font glyphs
    replaced); ``ocr_pages`` which pages were read by OCR and how sure it was.
    """

    name: str
    format: Format
    blocks: tuple[Block, ...]
    warnings: tuple[str, ...] = ()
    pages: int | None = None
    repairs: tuple[str, ...] = ()
    ocr_pages: tuple[OcrPage, ...] = ()

    @property
    def text(self) -> str:
        """The blocks' display lines joined by newlines."""
        return "\n".join(b.line for b in self.blocks)


@dataclass(frozen=True)
class ReadLimits:
    """Safety limits applied before and while parsing; all configurable."""

    max_bytes: int = 20 * MB
    max_uncompressed: int = 200 * MB
    max_ratio: int = 100
    max_zip_entries: int = 5000
    max_pages: int = 500
    # An image page larger than this (a 600 dpi A4 scan is 35 million) is refused before decoding.
    max_image_pixels: int = 60_000_000
    convert_timeout: float = 120.0
    ocr: bool = True
    ocr_lang: str = "vie"
    extra: dict[str, str] = field(default_factory=dict)
    # Told one line per step of a long read (a page read by OCR), for the CLI's progress lines.
    progress: Callable[[str], None] | None = field(default=None, compare=False)


def read_error(name: str, problem: str, problem_vi: str, cls: type[ReadError] = ReadError) -> ReadError:
    """Build a ReadError (or subclass) whose messages name the file and the problem."""
    return cls(f"{name}: {problem}", message_vi=f"Không đọc được tệp “{name}”: {problem_vi}")


__all__ = [
    "MB",
    "Block",
    "Format",
    "ListKind",
    "MissingTool",
    "OcrPage",
    "ReadError",
    "ReadLimits",
    "ReadResult",
    "UnsafeFile",
    "UnsupportedFormat",
    "read_error",
]
