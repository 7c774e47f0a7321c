"""Per-user API tokens, created and revoked in the UI."""
