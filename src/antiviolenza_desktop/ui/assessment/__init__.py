"""Ui: the assessment feature."""
