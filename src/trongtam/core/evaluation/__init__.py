"""Evaluation of the reader on hand-annotated text and documents with known answers (see docs/annotation.md)."""
