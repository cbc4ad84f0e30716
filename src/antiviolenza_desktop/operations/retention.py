"""How long a closed path keeps a woman's personal data, which cases are past it, and erasing
one case by its code: Archivio › Conservazione dei dati and `antiviolenza casi`.

The rules (the period's bounds, who may erase, the typed code that confirms, what an erasure
keeps for the accounts) are `services.retention_due`' and `services.erasure`'s. The flow here
is the erasure by code: find the case, erase it in its own unit of work and fold the WAL, then
count the backup copies that still hold her data, so the person is told to clean them.
Cleaning them is `services.erasure_copies.purge_copies_after_erasure`, one call both front
ends make directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.services import erasure, erasure_copies, retention_due
from antiviolenza_desktop.services.erasure import ErasedCase
from antiviolenza_desktop.services.intake import CaseNotFound
from antiviolenza_desktop.services.retention_due import CaseErasure, DueCase
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class RetentionState:
    """The period in years, and the closed cases past it (codes and dates, no names)."""

    years: int
    due: tuple[DueCase, ...]


def read_retention(opened: OpenStore, *, today: date | None = None) -> RetentionState:
    with UnitOfWork(opened.store, opened.actor) as uow:
        years = retention_due.retention_years(uow)
        due = retention_due.due_for_erasure(uow, today=today or date.today())
    return RetentionState(years, tuple(due))


def set_retention(opened: OpenStore, years: int) -> int:
    """Errors: `services.retention_due.set_retention_years`'."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return retention_due.set_retention_years(uow, years=years)


@dataclass(frozen=True)
class Erasure:
    """The erased case, and how many backup copies made before still hold her data."""

    erased: ErasedCase
    stale_copies: int | None
    """None when the copies could not be listed after the erasure (the erasure stands)."""


def erase_by_code(
    opened: OpenStore, code: str, reason: str, typed_code: str, *, today: date | None = None
) -> Erasure:
    """Erase the personal data of the case `code` (the CLI names cases by code). Errors:
    CaseNotFound and `erase_case`'s; nothing is erased then."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        case_id = erasure.find_case(uow, code=code)
    return erase_case(opened, case_id, reason, typed_code, today=today)


def erase_case(
    opened: OpenStore, case_id: int, reason: str, typed_code: str, *, today: date | None = None
) -> Erasure:
    """Erase the personal data of one case, fold the WAL, count the older copies that still
    hold it: the GUI's dialog and the CLI both end here. Errors:
    `services.erasure.erase_case_and_checkpoint`'s; nothing is erased then. Once the erasure is
    committed nothing may report it as failed: copies that cannot be listed give None."""
    erased = erasure.erase_case_and_checkpoint(
        opened,
        case_id=case_id,
        reason=reason,
        typed_code=typed_code,
        today=today or date.today(),
    )
    try:
        stale: int | None = len(erasure_copies.copies_with_erased_data(opened))
    except (AppError, OSError):
        stale = None
    return Erasure(erased, stale)


def erasure_state(opened: OpenStore, case_id: int) -> CaseErasure | None:
    """What the case detail offers a coordinator: whether and why this case may be erased.
    None for a case no longer in the store (erased or never there)."""
    try:
        with UnitOfWork(opened.store, opened.actor) as uow:
            return retention_due.erasure_state(uow, case_id=case_id)
    except CaseNotFound:
        return None
