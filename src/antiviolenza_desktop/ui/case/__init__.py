"""Ui: the case feature."""
