"""Keeping women's names out of the texts that leave the store in reports.

Payees, document references, notes and narratives are typed by people and end up in the
ledger CSV, the XLSX and the financial report. A worker paying a woman directly may well type
her name as the payee (or, by a slip, the name of the woman in the next file); the report would
then carry it. A text is refused when it has the surname of any woman of the store (spaces and
apostrophes of any kind ignored: «D'Angelo», «D Angelo», «DʼAngelo») together with one of her
first names or its initial («Maria Rossi», «Grazia Rossi», «M. G. Rossi»), and whenever it
holds something shaped like a codice fiscale. A provider that merely shares her surname
(«Cooperativa Rossi», «Rossi e figli» even with an Elena Rossi in the store) passes: the
Italian words «a», «e», «i», «o» count as initials only when a dot follows them, as checking
every woman of a large store would otherwise refuse ordinary sentences.

The rule is decided here, one woman at a time (`names_her`). Which women to ask it about is the
services' job (`services.exported_texts`): they take the parts of the store's `name_key` column
that occur in the texts (`parts_in`) and judge only the women with those parts, so the check
costs little at 50,000 cases. That relies on one fact kept by `folded`: with the apostrophe «ʼ»
removed, a surname folds here to exactly its part of `codice_fiscale.name_key`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from itertools import pairwise

from antiviolenza_desktop.domain.errors import AppError

_APOSTROPHES = str.maketrans("", "", "'’ʼ`´‘")
_CF_SHAPE = re.compile(
    r"\b[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]\b",
    re.IGNORECASE,
)
# Never a letter, so no folded surname can span two texts joined by it.
TEXT_SEPARATOR = "|"
# Above this many slices of a text, its slices are looked up one by one instead of kept in a set.
SLICE_BUDGET = 20_000
# The one letter that name_key keeps and this module drops (a modifier letter apostrophe).
KEY_ONLY_LETTER = "ʼ"
# Italian words of one letter («e», «a», «è», «i», «o»): an initial only when a dot follows, so
# «Cooperativa Rossi e figli» does not name Elena Rossi while «E. Rossi» does.
ONE_LETTER_WORDS = frozenset("aeio")
DOT = "."


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


@dataclass(frozen=True, slots=True)
class ExportedText:
    """A free text about to be stored where reports read it: the form field it came from and
    how the message calls it («Il beneficiario»)."""

    field: str
    what: str
    text: str


@dataclass(frozen=True, slots=True)
class FoldedText:
    """A text's words, folded (case, accents, apostrophes gone), their letters run together,
    in which a surname is looked for, and the one-letter words that read as initials."""

    words: tuple[str, ...]
    compact: str
    initials: frozenset[str]


def _tokens(text: str) -> list[str]:
    """Folded words, with each dot kept as a token of its own (it tells an initial)."""
    # Before NFKD, as «´» decomposes to a space; after, as «ŉ» decomposes to «ʼn».
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES)).translate(_APOSTROPHES)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return "".join(ch if ch.isalpha() else " . " if ch == "." else " " for ch in plain).split()


def _initials(tokens: list[str]) -> frozenset[str]:
    return frozenset(
        part
        for part, after in pairwise([*tokens, ""])
        if len(part) == 1 and part != DOT and (part not in ONE_LETTER_WORDS or after == DOT)
    )


def folded(text: str) -> FoldedText:
    tokens = _tokens(text)
    words = tuple(part for part in tokens if part != DOT)
    return FoldedText(words, "".join(words), _initials(tokens))


def holds_fiscal_code(text: str) -> bool:
    return _CF_SHAPE.search(text) is not None


@dataclass(frozen=True, slots=True)
class FoldedName:
    """A woman's surname folded to its letters, and her first names folded to words."""

    surname: str
    first_names: tuple[str, ...]


def folded_name(first_name: str, last_name: str) -> FoldedName:
    return FoldedName(folded(last_name).compact, folded(first_name).words)


def names_her(text: FoldedText, her: FoldedName) -> bool:
    """Her surname anywhere in the text's letters, and one of her first names as a word or
    its initial as a one-letter word (one of the Italian one-letter words only with a dot)."""
    if not her.surname or not her.first_names or her.surname not in text.compact:
        return False
    return any(name in text.words or name[0] in text.initials for name in her.first_names)


def names_anyone(text: str, women: Iterable[FoldedName]) -> bool:
    plain = folded(text)
    return any(names_her(plain, her) for her in women)


def refuse_names(field: str, what: str, text: str, names: Iterable[tuple[str, str]]) -> None:
    """Raise WomanNamedInText when `text` names any of the women in `names`, and
    FiscalCodeInText when it holds a codice fiscale."""
    if not text.strip():
        return
    if holds_fiscal_code(text):
        raise FiscalCodeInText(field, what=what)
    if names_anyone(text, (folded_name(first, last) for first, last in names)):
        raise WomanNamedInText(field, what=what)


def search_text(texts: Iterable[str]) -> str:
    """The texts' folded letters, joined by a separator no surname can contain: the haystack
    in which the store looks for surnames, once for all the texts of one write."""
    compacts = {folded(text).compact for text in texts if text.strip()}
    return TEXT_SEPARATOR.join(sorted(compact for compact in compacts if compact))


def parts_in(haystack: str, parts: Iterable[str], longest: int) -> set[str]:
    """Which of `parts` (folded surnames and first names, none longer than `longest`) occur in
    `haystack`. A short haystack's slices go in a set that the parts are checked against, in C;
    a long one (a bulk import) is sliced at the parts' lengths and each slice looked up."""
    longest = min(longest, len(haystack))
    if len(haystack) * longest <= SLICE_BUDGET:
        slices = {
            haystack[start : start + length]
            for length in range(1, longest + 1)
            for start in range(len(haystack) - length + 1)
        }
        return slices.intersection(parts)
    every = set(parts) - {""}
    found: set[str] = set()
    for length in {len(part) for part in every}:
        for start in range(len(haystack) - length + 1):
            piece = haystack[start : start + length]
            if piece in every:
                found.add(piece)
    return found


def texts_naming(texts: Collection[str], women: Iterable[FoldedName]) -> set[str]:
    """Of many texts (a bulk import), those that name one of `women` or hold a codice fiscale.
    Each text is judged only against the women whose surname is one of its slices."""
    by_surname: dict[str, list[FoldedName]] = {}
    for her in women:
        by_surname.setdefault(her.surname, []).append(her)
    surnames = set(by_surname) - {""}
    longest = max(map(len, surnames), default=0)
    named = {text for text in texts if holds_fiscal_code(text)}
    if not surnames:
        return named
    for text in set(texts) - named:
        plain = folded(text)
        candidates = parts_in(plain.compact, surnames, longest)
        if any(names_her(plain, her) for surname in candidates for her in by_surname[surname]):
            named.add(text)
    return named
