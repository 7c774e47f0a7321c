"""Scoring the extractor against hand-annotated passages (see docs/annotation.md)."""
