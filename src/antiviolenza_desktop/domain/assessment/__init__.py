"""Domain: the assessment feature."""
