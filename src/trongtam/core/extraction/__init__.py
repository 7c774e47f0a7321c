"""trongtam.core.extraction."""
