"""What privacy mode shows instead of her name and codice fiscale, in every front end: the
GUI's lists in privacy mode (`ui.privacy_mode`) and the CLI's `casi elenco|attesa
--riservato`, so a screen in a shared room names no one the same way everywhere."""

from __future__ import annotations

HIDDEN_CODICE_FISCALE = "•" * 16


def initials(name: str) -> str:
    """«Maria Grazia» → «M. G.»: no name shown, yet two rows can still be told apart."""
    return " ".join(f"{word[0].upper()}." for word in name.split())


def hidden_codice_fiscale(codice_fiscale: str | None) -> str:
    """Always the same width, so not even the length of a temporary code shows."""
    return HIDDEN_CODICE_FISCALE if codice_fiscale else ""
