"""Signed, encrypted bundles between Ambiti and capofila: enrolment, export, import, merge."""
