"""trongtam.core.text."""
