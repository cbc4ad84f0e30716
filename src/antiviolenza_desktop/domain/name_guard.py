"""Keeping women's names out of the texts that leave the store in reports.

Payees, document references, notes and narratives are typed by people and end up in the
ledger CSV, the XLSX and the financial report. A worker paying a woman directly may well type
her name as the payee; the report would then carry it. A text is refused when it has her
surname (spaces and apostrophes of any kind ignored: «D'Angelo», «D Angelo», «DʼAngelo»)
together with one of her first names or its initial («Maria Rossi», «Grazia Rossi»,
«M. G. Rossi»), and whenever it holds something shaped like a codice fiscale. A provider that
merely shares her surname («Cooperativa Rossi») passes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from antiviolenza_desktop.domain.errors import AppError

_APOSTROPHES = str.maketrans("", "", "'’ʼ`´‘")
_WORD = re.compile(r"[^\W\d_]+")
_CF_SHAPE = re.compile(
    r"\b[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]\b",
    re.IGNORECASE,
)


class WomanNamedInText(AppError):
    code = "nome_della_donna_nel_testo"
    template = (
        "{what} contiene il nome e cognome di una donna seguita: scrivi «la beneficiaria» o il "
        "codice del caso. Questo testo finisce nei rendiconti e nei file esportati."
    )


class FiscalCodeInText(AppError):
    code = "codice_fiscale_nel_testo"
    template = (
        "{what} contiene un codice fiscale: non scriverlo qui, questo testo finisce nei "
        "rendiconti e nei file esportati."
    )


def _plain(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold()


def _names_her(words: list[str], compact: str, first_name: str, last_name: str) -> bool:
    surname = "".join(_WORD.findall(_plain(last_name)))
    firsts = _WORD.findall(_plain(first_name))
    if not surname or not firsts or surname not in compact:
        return False
    initials = {word for word in words if len(word) == 1}
    return any(name in words or name[0] in initials for name in firsts)


def refuse_names(field: str, what: str, text: str, names: Iterable[tuple[str, str]]) -> None:
    """Raise WomanNamedInText when `text` names any of the women in `names`, and
    FiscalCodeInText when it holds a codice fiscale."""
    if not text.strip():
        return
    if _CF_SHAPE.search(text):
        raise FiscalCodeInText(field, what=what)
    words = _WORD.findall(_plain(text))
    compact = "".join(words)
    for first_name, last_name in names:
        if _names_her(words, compact, first_name, last_name):
            raise WomanNamedInText(field, what=what)
