"""Background jobs: one Job row per user action that runs outside the request (PDF conversion, big uploads)."""
