"""Domain: the programme feature."""
