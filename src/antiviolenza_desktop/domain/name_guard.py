"""Keeping women's names out of the texts that leave the store in reports.

Payees, document references, notes and narratives are typed by people and end up in the
ledger CSV, the XLSX and the financial report. A worker paying a woman directly may well type
her name as the payee; the report would then carry it. A text is refused when it contains
both her first and her last name as words (case, accents and apostrophes ignored), which
catches «Maria Rossi» and «ROSSI MARIA» but not a provider that merely shares a surname.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from antiviolenza_desktop.domain.errors import AppError

_WORD = re.compile(r"[^\W\d_]+")


class WomanNamedInText(AppError):
    code = "nome_della_donna_nel_testo"
    template = (
        "{what} contiene il nome e cognome di una donna seguita: scrivi «la beneficiaria» o il "
        "codice del caso. Questo testo finisce nei rendiconti e nei file esportati."
    )


def _words(text: str) -> set[str]:
    folded = unicodedata.normalize("NFKD", text.replace("'", "").replace("’", ""))
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold()
    return set(_WORD.findall(plain))


def refuse_names(field: str, what: str, text: str, names: Iterable[tuple[str, str]]) -> None:
    """Raise WomanNamedInText when `text` names any of the women in `names`."""
    if not text.strip():
        return
    words = _words(text)
    for first_name, last_name in names:
        first, last = _words(first_name), _words(last_name)
        if first and last and (first | last) <= words:
            raise WomanNamedInText(field, what=what)
