"""Queries the financial report needs beyond the dashboard's: the span of dates it covers.

Kept apart from `services.fund_figures` (the dashboard's sums) so the report can grow its own
queries without touching the dashboard; both read the same tables.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import exists, func, select

from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import (
    ActionExpense,
    ActionNarrative,
    CofinancingHours,
    LedgerRecord,
)


def register_span(uow: UnitOfWork) -> tuple[date | None, date | None]:
    """The first and last date of the ledger and the action expenses (None, None when both are
    empty): the period the report's actual figures cover."""
    days: list[str] = []
    for column in (LedgerRecord.on_date, ActionExpense.on_date):
        first, last = uow.session.execute(select(func.min(column), func.max(column))).one()
        days += [day for day in (first, last) if day]
    if not days:
        return None, None
    return date.fromisoformat(min(days)), date.fromisoformat(max(days))


def has_something_to_report(uow: UnitOfWork) -> bool:
    """Whether the store holds any figure or text for the report: a ledger entry, an action
    expense, co-financing hours or a narrative. A report of the card's planned budget alone
    would look like a report of nothing spent, so the exports refuse it (`NothingToReport`)."""
    sources = (LedgerRecord.seq, ActionExpense.id, CofinancingHours.id)
    if any(uow.session.scalar(select(exists().where(column.is_not(None)))) for column in sources):
        return True
    written = select(exists().where(func.length(func.trim(ActionNarrative.text)) > 0))
    return bool(uow.session.scalar(written))
