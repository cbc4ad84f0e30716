"""Ui: the session feature."""
