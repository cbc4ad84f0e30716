"""Domain: the payload feature."""
