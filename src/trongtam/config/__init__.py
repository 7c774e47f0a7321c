"""Django configuration: settings from the environment, URLs, WSGI."""
