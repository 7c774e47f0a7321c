"""The registry: Django apps, one per aggregate, with models, services (writes) and selectors (reads)."""
