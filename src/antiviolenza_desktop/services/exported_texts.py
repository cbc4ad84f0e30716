"""The one check on free texts that leave the store in reports: no woman's name, no codice fiscale.

Ledger payments and reversals, the bulk ledger import and the co-financing registers all call
this module before writing. The rule is `domain.name_guard.names_her`; the women it is asked
about are every woman of the store whose folded surname occurs in the texts.

Finding them must not cost a loop over 50,000 women in Python. `cases.name_key` (kept by
`case_records.fill_case`) already holds each woman's first names and surname folded as the
guard folds them, sorted and joined by «|». SQLite joins the whole column, read from its narrow
index, into one string; Python splits it into parts and keeps those that are slices of the
texts' folded letters (`name_guard.parts_in`, set operations in C). Only the women with a
part found, usually none, are read (one more scan of the index) and judged. Nothing is cached:
a name edited a moment ago is checked at once, and no list of names outlives the call.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from sqlalchemy import func, or_, select

from antiviolenza_desktop.domain.name_guard import (
    KEY_ONLY_LETTER,
    ExportedText,
    folded_name,
    parts_in,
    refuse_names,
    search_text,
    texts_naming,
)
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import Case

_KEY_SEPARATOR = "\n"  # never in a key: its parts are letters joined by «|»
_PART_SEPARATOR = "|"
_BAR = func.instr(Case.name_key, _PART_SEPARATOR)
_FIRST_PART = func.substr(Case.name_key, 1, _BAR - 1)
_SECOND_PART = func.substr(Case.name_key, _BAR + 1)


def _parts(keys: str) -> list[str]:
    """The parts of keys joined by _KEY_SEPARATOR, «ʼ» dropped as the guard drops it."""
    if KEY_ONLY_LETTER in keys:
        keys = keys.replace(KEY_ONLY_LETTER, "")
    return keys.replace(_KEY_SEPARATOR, _PART_SEPARATOR).split(_PART_SEPARATOR)


def _parts_found(uow: UnitOfWork, haystack: str) -> set[str]:
    keys, longest = uow.session.execute(
        select(
            func.group_concat(Case.name_key, _KEY_SEPARATOR), func.max(func.length(Case.name_key))
        )
    ).one()
    return parts_in(haystack, _parts(keys), longest) if keys else set()


def _women_with(uow: UnitOfWork, parts: set[str]) -> list[tuple[str, str]]:
    """The women with one of `parts` in their name_key (or a «ʼ», which the parts lack): one
    scan of the key index, then only their rows are read."""
    listed = func.json_each(json.dumps(sorted(parts))).table_valued("value")
    wanted = select(listed.c.value).scalar_subquery()
    ids = select(Case.id).where(
        or_(
            _FIRST_PART.in_(wanted),
            _SECOND_PART.in_(wanted),
            func.instr(Case.name_key, KEY_ONLY_LETTER) > 0,
        )
    )
    rows = uow.session.execute(select(Case.first_name, Case.last_name).where(Case.id.in_(ids)))
    return [(first, last) for first, last in rows]


def women_in(uow: UnitOfWork, texts: Iterable[str]) -> list[tuple[str, str]]:
    """The (first name, surname) of every woman whose folded surname occurs in the texts,
    plus a few whose first names do: the only women the texts can name."""
    haystack = search_text(texts)
    parts = _parts_found(uow, haystack) if haystack else set()
    return _women_with(uow, parts) if parts else []


def refuse_women_named(uow: UnitOfWork, texts: Sequence[ExportedText]) -> None:
    """Refuse the first of `texts` (in order) that names any woman of the store or holds a
    codice fiscale. Errors: WomanNamedInText, FiscalCodeInText; their parameters never say
    who was named."""
    women = women_in(uow, (item.text for item in texts))
    for item in texts:
        refuse_names(item.field, item.what, item.text, women)


def texts_naming_women(uow: UnitOfWork, texts: Iterable[str]) -> set[str]:
    """Of many texts (a bulk import), those that name a woman of the store or hold a codice
    fiscale; one search of the store for all of them."""
    distinct = {text for text in texts if text.strip()}
    return texts_naming(distinct, [folded_name(*name) for name in women_in(uow, distinct)])
