"""The server-rendered web interface, in Vietnamese."""
