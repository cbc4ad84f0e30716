"""Use cases: every rule-checked, audited write and every read the front ends need."""
