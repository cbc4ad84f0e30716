"""Ui: the exchange feature."""
