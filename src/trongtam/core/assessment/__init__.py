"""trongtam.core.assessment."""
