"""Domain: the case feature."""
