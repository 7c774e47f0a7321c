"""The `trongtam` command line: thin commands over the registry's services and the core."""
