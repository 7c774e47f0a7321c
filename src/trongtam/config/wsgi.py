"""WSGI entry point for gunicorn and `trongtam serve`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trongtam.config.settings")
application = get_wsgi_application()
