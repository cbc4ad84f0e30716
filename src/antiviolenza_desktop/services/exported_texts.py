"""The one check on free texts that leave the store in reports: no woman's name, no codice fiscale.

Ledger payments and reversals, the bulk ledger import and the co-financing registers all call
this module before writing. The rule is `domain.name_guard.names_her`; the women it is asked
about are every woman of the store whose folded surname occurs in the texts.

Finding them must not cost a loop over 50,000 women in Python. `cases.name_key` (kept by
`case_records.fill_case`) already holds each woman's first names and surname folded as the
guard folds them, sorted and joined by «|». SQLite joins the whole column, read from its narrow
index, into one string; Python splits it into a set of parts and looks up the slices of the
texts' folded letters in it (`name_guard.parts_in`). Only the women with a part found, usually
none, are read and judged. Nothing is cached: a name edited a moment ago is checked at once,
and no list of names outlives the call.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import func, select

from antiviolenza_desktop.domain.name_guard import (
    KEY_ONLY_LETTER,
    ExportedText,
    FoldedName,
    folded_name,
    holds_fiscal_code,
    names_anyone,
    parts_in,
    refuse_names,
    search_text,
)
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import Case

_KEY_SEPARATOR = "\n"  # never in a key: its parts are letters joined by «|»
_PART_SEPARATOR = "|"
_CHUNK = 500


def _parts(key: str) -> set[str]:
    return set(key.replace(KEY_ONLY_LETTER, "").split(_PART_SEPARATOR)) - {""}


def _keys_with_parts_in(uow: UnitOfWork, haystack: str) -> list[str]:
    keys = uow.session.scalar(select(func.group_concat(Case.name_key, _KEY_SEPARATOR))) or ""
    every_part = _parts(keys.replace(_KEY_SEPARATOR, _PART_SEPARATOR))
    found = parts_in(haystack, every_part)
    if not found:
        return []
    return [key for key in set(keys.split(_KEY_SEPARATOR)) if _parts(key) & found]


def women_in(uow: UnitOfWork, texts: Iterable[str]) -> list[tuple[str, str]]:
    """The (first name, surname) of every woman whose folded surname occurs in the texts,
    plus a few whose first names do: the only women the texts can name."""
    haystack = search_text(texts)
    keys = _keys_with_parts_in(uow, haystack) if haystack else []
    women: list[tuple[str, str]] = []
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start : start + _CHUNK]
        rows = uow.session.execute(
            select(Case.first_name, Case.last_name).where(Case.name_key.in_(chunk))
        )
        women += [(first, last) for first, last in rows]
    return women


def refuse_women_named(uow: UnitOfWork, texts: Sequence[ExportedText]) -> None:
    """Refuse the first of `texts` (in order) that names any woman of the store or holds a
    codice fiscale. Errors: WomanNamedInText, FiscalCodeInText; their parameters never say
    who was named."""
    women = women_in(uow, (item.text for item in texts))
    for item in texts:
        refuse_names(item.field, item.what, item.text, women)


def texts_naming_women(uow: UnitOfWork, texts: Iterable[str]) -> set[str]:
    """Of many texts (a bulk import), those that name a woman of the store or hold a codice
    fiscale; the store is read once for all of them."""
    distinct = {text for text in texts if text.strip()}
    women: list[FoldedName] = [folded_name(*name) for name in women_in(uow, distinct)]
    return {text for text in distinct if holds_fiscal_code(text) or names_anyone(text, women)}
