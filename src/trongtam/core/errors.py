"""The core's error hierarchy, in one place.

    TrongtamError                 every error the core raises on purpose
    ├── ReadError                 a file could not be read as a document (names the file and the problem)
    │   ├── UnsupportedFormat     not a kind of file the reader knows
    │   ├── MissingTool           a converter (LibreOffice, tesseract) is not installed
    │   └── UnsafeFile            too large, a zip bomb, XML entities, encrypted
    ├── ExtractionError           text was read but could not be structured
    ├── RuleSetError              a rule set file is invalid (names the file, key and problem)
    ├── AssessmentError           an assessment input is invalid
    └── RenderError               a document could not be rendered or converted

Each carries a Vietnamese message (``message_vi``) for the UI beside the English ``str()``.
"""

from __future__ import annotations


class TrongtamError(Exception):
    """Base of every error the core raises on purpose."""

    def __init__(self, message: str, *, message_vi: str | None = None) -> None:
        super().__init__(message)
        self.message_vi = message_vi or message


class ReadError(TrongtamError):
    """A file could not be read as a document."""


class UnsupportedFormat(ReadError):
    """The file is not of a kind the reader knows."""


class MissingTool(ReadError):
    """An external converter that the file needs is not installed."""


class UnsafeFile(ReadError):
    """The file is too large, compressed suspiciously, encrypted or carries XML entities."""


class ExtractionError(TrongtamError):
    """Text was read but could not be structured."""


class RuleSetError(TrongtamError):
    """A rule set file is invalid."""


class AssessmentError(TrongtamError):
    """An assessment input is invalid."""


class RenderError(TrongtamError):
    """A document could not be rendered or converted."""
