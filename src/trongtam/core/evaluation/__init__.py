"""Evaluation of the reader on documents with known answers (framework-free, data inside the package)."""
