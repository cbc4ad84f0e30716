"""The Ambiti as a worker knows them: «Cremasco», not the code `cremasco` stored in the rows
and files of a transfer."""

from __future__ import annotations

from functools import cache

from antiviolenza_desktop.services.programme import load_default_programme


@cache
def _names() -> dict[str, str]:
    """Read once: the bundled programme only changes with the application."""
    return {ambito.code: ambito.name for ambito in load_default_programme().ambiti}


def ambito_name(code: str) -> str:
    """The Ambito's name as the programme spells it; its code if the programme lacks it."""
    return _names().get(code, code)
