"""Domain: the audit feature."""
