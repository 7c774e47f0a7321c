"""trongtam.core.reading."""
