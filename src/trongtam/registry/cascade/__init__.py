"""Targets handed down from a province to its communes and rolled back up; items marked as state secrets."""
