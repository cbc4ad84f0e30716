"""Domain: the funds feature."""
