"""Domain: the exchange feature."""
