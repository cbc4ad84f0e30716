"""The rule every append-only register shares: a row is cancelled once, by a reversing row.

The hours register, the action expenses, the training sessions and the network members never
change a row: a mistake gets a new row whose `reverses_id` points at it (unique, so at most
one). Which row may be reversed, and which row reversed which, is decided here once;
`register_reversal.reverse_row` writes the reversing row of every register.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol, TypeVar

from sqlalchemy import select

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


class RowNotFound(AppError):
    code = "riga_inesistente"
    template = "La riga n. {row} del registro non esiste."


class RowAlreadyReversed(AppError):
    code = "riga_gia_stornata"
    template = "La riga n. {row} è già stata stornata (riga n. {reversal})."


class ReversalRowNotReversible(AppError):
    code = "riga_di_storno"
    template = "La riga n. {row} è uno storno: uno storno non si storna."


class ReversibleRow(Protocol):
    id: Any
    reverses_id: Any


Row = TypeVar("Row", bound=ReversibleRow)


def row_to_reverse(uow: UnitOfWork, model: type[Row], row_id: int) -> Row:
    """The row `row_id` of `model`, if it may be reversed. Errors: RowNotFound,
    ReversalRowNotReversible, RowAlreadyReversed."""
    row = uow.session.get(model, row_id)
    if row is None:
        raise RowNotFound("row", row=row_id)
    if row.reverses_id is not None:
        raise ReversalRowNotReversible("row", row=row_id)
    reversal = uow.session.scalar(select(model.id).where(model.reverses_id == row_id))
    if reversal is not None:
        raise RowAlreadyReversed("row", row=row_id, reversal=reversal)
    return row


def reversed_by(rows: Iterable[ReversibleRow]) -> dict[int, int]:
    """Row number → the number of the row that reversed it."""
    return {row.reverses_id: row.id for row in rows if row.reverses_id is not None}
