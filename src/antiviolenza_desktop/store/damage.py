"""Turn SQLCipher's and SQLite's check output into Italian a coordinator can act on.

The page number is kept (it tells a technician where to look); nothing else of the file is.
"""

from __future__ import annotations

import re

_HMAC_FAILED = re.compile(r"HMAC verification failed for page (\d+)")
_SHORT_PAGE = re.compile(r"page (\d+) has an invalid size")


def describe(problem: str) -> str:
    if match := _HMAC_FAILED.search(problem):
        return f"la pagina {match.group(1)} non supera il controllo di autenticità (HMAC)"
    if match := _SHORT_PAGE.search(problem):
        return f"la pagina {match.group(1)} è incompleta (file troncato)"
    if "malformed" in problem:
        return "la struttura interna del database non è valida"
    if "not a database" in problem:
        return "la prima pagina non si decifra"
    return "controllo di integrità fallito"
