"""Ui: the archive feature."""
