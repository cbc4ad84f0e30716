"""The one check on free texts that leave the store in reports: no woman's name, no codice fiscale.

Ledger payments and reversals, the bulk ledger import and the co-financing registers all call
this module before writing. The rule is `domain.name_guard.names_her`; the women it is asked
about are every woman of the store whose folded surname occurs in the texts.

Finding them must not cost a pass over 50,000 names in Python. `cases.name_key` (kept by
`case_records.fill_case`) already holds each woman's first names and surname folded as the
guard folds them, sorted and joined by «|». One query scans that column's narrow index and
keeps the rows where either part occurs in the texts' folded letters (SQLite's `instr`, in C);
only those rows, usually none, are read and judged by the rule. Nothing is cached, so a name
edited a moment ago is checked at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Select, func, or_, select

from antiviolenza_desktop.domain.name_guard import (
    KEY_ONLY_LETTER,
    TEXT_SEPARATOR,
    ExportedText,
    FoldedName,
    folded_name,
    holds_fiscal_code,
    names_anyone,
    refuse_names,
    search_text,
)
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import Case

_BAR = func.instr(Case.name_key, TEXT_SEPARATOR)
_FIRST_PART = func.substr(Case.name_key, 1, _BAR - 1)
_SECOND_PART = func.substr(Case.name_key, _BAR + 1)


def _matching_ids(haystack: str) -> Select[tuple[int]]:
    """Cases whose name_key has a part inside `haystack`: a superset of the women the texts
    may name (a part may be her first names). Keys with an empty part never name anyone."""
    return select(Case.id).where(
        _BAR > 1,
        Case.name_key.not_like(f"%{TEXT_SEPARATOR}"),
        or_(
            func.instr(haystack, _FIRST_PART) > 0,
            func.instr(haystack, _SECOND_PART) > 0,
            func.instr(Case.name_key, KEY_ONLY_LETTER) > 0,
        ),
    )


def women_in(uow: UnitOfWork, texts: Iterable[str]) -> list[tuple[str, str]]:
    """The (first name, surname) of every woman whose folded surname occurs in the texts,
    plus a few whose first names do: the only women the texts can name."""
    haystack = search_text(texts)
    if not haystack:
        return []
    rows = uow.session.execute(
        select(Case.first_name, Case.last_name).where(Case.id.in_(_matching_ids(haystack)))
    )
    return [(first, last) for first, last in rows]


def refuse_women_named(uow: UnitOfWork, texts: Sequence[ExportedText]) -> None:
    """Refuse the first of `texts` (in order) that names any woman of the store or holds a
    codice fiscale. Errors: WomanNamedInText, FiscalCodeInText; their parameters never say
    who was named."""
    women = women_in(uow, (item.text for item in texts))
    for item in texts:
        refuse_names(item.field, item.what, item.text, women)


def texts_naming_women(uow: UnitOfWork, texts: Iterable[str]) -> set[str]:
    """Of many texts (a bulk import), those that name a woman of the store or hold a codice
    fiscale; one query for all of them."""
    distinct = {text for text in texts if text.strip()}
    women: list[FoldedName] = [folded_name(*name) for name in women_in(uow, distinct)]
    return {text for text in distinct if holds_fiscal_code(text) or names_anyone(text, women)}
