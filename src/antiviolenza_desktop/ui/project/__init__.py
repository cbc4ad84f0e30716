"""Ui: the project feature."""
