"""trongtam.core.rendering."""
