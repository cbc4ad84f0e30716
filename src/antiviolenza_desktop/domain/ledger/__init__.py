"""Domain: the ledger feature."""
