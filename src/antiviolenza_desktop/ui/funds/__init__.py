"""Ui: the funds feature."""
