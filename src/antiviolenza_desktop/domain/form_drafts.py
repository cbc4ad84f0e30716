"""The forms whose unsaved content survives a lock, and why a kept draft may be refused.

A draft is what a form held when the store locked, kept for the worker who typed it. The
payload format has a version: a draft written by another version of the program that no longer
fits the form is refused with `DraftNotUsable`, never half-applied.
"""

from __future__ import annotations

from antiviolenza_desktop.domain.errors import AppError

DRAFT_FORMAT_VERSION = 1

NEW_REFERRAL = "segnalazione"
CASE_EDIT = "modifica_scheda"
ASSESSMENT = "valutazione"
PROJECT = "progetto"
FORM_KINDS = (NEW_REFERRAL, CASE_EDIT, ASSESSMENT, PROJECT)
CASE_FORM_KINDS = frozenset({CASE_EDIT, ASSESSMENT, PROJECT})
"""The kinds that belong to one case (a new referral has no case yet)."""


class DraftNotUsable(AppError):
    """A kept draft that this version of the program cannot put back into its form."""

    code = "bozza_non_utilizzabile"
    template = (
        "Una bozza lasciata aperta al blocco è stata scritta da un'altra versione del programma "
        "e non si può riprendere: è stata scartata e il modulo è vuoto. Va compilato di nuovo."
    )


class DraftsNotKept(AppError):
    """Writing the drafts failed when the store locked (the lock went ahead: security first)."""

    code = "bozze_non_salvate"
    template = (
        "All'ultimo blocco non è stato possibile conservare i moduli che stavi compilando: "
        "quello che non avevi salvato è andato perso. Controlla le schede su cui lavoravi."
    )


def kind_fits(kind: str, case_id: int | None) -> bool:
    """A draft names a known form and has a case exactly when its form belongs to one."""
    return kind in FORM_KINDS and (kind in CASE_FORM_KINDS) == (case_id is not None)


def check_kind(kind: str, case_id: int | None) -> None:
    """`kind_fits`, for a stored row: one that does not fit was written by another version
    (this one never writes it), so it is refused like any other draft it cannot read."""
    if not kind_fits(kind, case_id):
        raise DraftNotUsable(field=kind if kind in FORM_KINDS else None)
