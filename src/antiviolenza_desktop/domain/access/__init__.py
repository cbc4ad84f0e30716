"""Domain: the access feature."""
