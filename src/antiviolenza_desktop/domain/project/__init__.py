"""Domain: the project feature."""
