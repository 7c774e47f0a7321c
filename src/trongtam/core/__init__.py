"""The framework-free core: reading, extraction, assessment and rendering. It never imports Django."""
